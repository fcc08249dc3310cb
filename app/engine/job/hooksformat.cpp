#include "hooksformat.h"

#include "flipletsourceformat.h"
#include "yamlfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Ferry {

namespace {

class HooksText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Hooks)
};

constexpr int MaxTimeoutSeconds = 3600;
constexpr int MaxPageSize = 1000000;
constexpr int MinMemoryMb = 16;
constexpr int MaxMemoryMb = 65536;

} // namespace

const QStringList &HooksSpec::hookNames()
{
    static const QStringList names{QStringLiteral("preSavePage"), QStringLiteral("preMap"), QStringLiteral("postMap"),
                                   QStringLiteral("postSubmit"), QStringLiteral("postAggregate")};
    return names;
}

Result<void> readHooks(YamlFields &f, const YAML::Node &root, JobSpec &job)
{
    const YAML::Node hooks = child(root, "hooks");
    f.locate(QStringLiteral("hooks"), hooks, root);
    if (!hooks || hooks.IsNull())
        return {};
    if (!hooks.IsMap())
        return f.error(hooks, HooksText::tr("'hooks' must be a map with file and calls, e.g. {file: hooks.js, calls: "
                                            "[preMap]}"));
    f.locateAll(QStringLiteral("hooks"), hooks, {"file", "calls", "settings", "timeout", "page_size", "memory_mb"});
    HooksSpec &h = job.hooks;
    FERRY_TRY(file, f.string(hooks, "file"));
    h.file = file.value_or(QString()).trimmed();
    FERRY_TRY(calls, f.stringList(hooks, "calls"));
    h.calls = calls;
    if (const YAML::Node calls = child(hooks, "calls"); calls && calls.IsSequence())
        for (size_t i = 0; i < calls.size(); ++i)
            f.locate(QStringLiteral("hooks.calls[%1]").arg(i), calls[i], calls);
    if (const YAML::Node settings = child(hooks, "settings"); settings && !settings.IsNull()) {
        if (!settings.IsMap())
            return f.error(settings, HooksText::tr("'settings' must be a map (it is passed to every hook as "
                                                   "options.settings)"));
        FERRY_TRY(json, yamlToJson(f, settings));
        h.settings = json.toObject();
    }
    // Left out: 0, the default. Written: the value, 0 or less kept as -1 so that validate() names it.
    const auto given = [](const std::optional<qint64> &v, int max) {
        return !v ? 0 : *v <= 0 ? -1 : static_cast<int>(std::min<qint64>(*v, max + qint64(1)));
    };
    FERRY_TRY(timeout, f.integer(hooks, "timeout"));
    h.timeoutSeconds = given(timeout, MaxTimeoutSeconds);
    FERRY_TRY(pageSize, f.integer(hooks, "page_size"));
    h.pageSize = given(pageSize, MaxPageSize);
    FERRY_TRY(memory, f.integer(hooks, "memory_mb"));
    h.memoryMb = given(memory, MaxMemoryMb);
    f.warnUnknownKeys(hooks, yamlKeySet({"file", "calls", "settings", "timeout", "page_size", "memory_mb"}), QString());
    return {};
}

void writeHooks(YAML::Emitter &e, const HooksSpec &h)
{
    if (h == HooksSpec{})
        return;
    e << YAML::Key << "hooks" << YAML::Value << YAML::BeginMap;
    writeYamlString(e, "file", h.file);
    e << YAML::Key << "calls" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &c : h.calls)
        e << c.toStdString();
    e << YAML::EndSeq;
    if (!h.settings.isEmpty()) {
        e << YAML::Key << "settings" << YAML::Value;
        emitJson(e, h.settings);
    }
    if (h.timeoutSeconds)
        e << YAML::Key << "timeout" << YAML::Value << h.timeoutSeconds;
    if (h.pageSize)
        e << YAML::Key << "page_size" << YAML::Value << h.pageSize;
    if (h.memoryMb)
        e << YAML::Key << "memory_mb" << YAML::Value << h.memoryMb;
    e << YAML::EndMap;
}

QString hooksFilePath(const JobSpec &job)
{
    const QString &file = job.hooks.file;
    if (file.isEmpty() || QDir::isAbsolutePath(file) || job.sourcePath.isEmpty())
        return file;
    return QDir::cleanPath(QFileInfo(job.sourcePath).absoluteDir().absoluteFilePath(file));
}

QList<ValidationIssue> validateHooks(const JobSpec &job)
{
    QList<ValidationIssue> out;
    const HooksSpec &h = job.hooks;
    if (h == HooksSpec{})
        return out;
    const auto error = [&](const QString &field, const QString &message) {
        out.append(ValidationIssue{field, message, ValidationIssue::Error});
    };
    const auto warning = [&](const QString &field, const QString &message) {
        out.append(ValidationIssue{field, message, ValidationIssue::Warning});
    };
    if (h.file.isEmpty()) {
        error(QStringLiteral("hooks.file"), HooksText::tr("the hooks have no file: name the JavaScript module that "
                                                          "exports them (relative to the job file's folder)"));
    } else {
        const QString path = hooksFilePath(job);
        const QFileInfo info(path);
        // A job not saved yet has no folder, so a relative file cannot be looked for.
        if (!QDir::isAbsolutePath(path)) {
        } else if (!info.exists())
            error(QStringLiteral("hooks.file"),
                  HooksText::tr("the hook file %1 does not exist: correct the path (relative to the job file's folder)")
                      .arg(path));
        else if (!info.isFile())
            error(QStringLiteral("hooks.file"),
                  HooksText::tr("%1 is not a file: name the JavaScript module").arg(path));
        else if (!info.isReadable())
            error(QStringLiteral("hooks.file"), HooksText::tr("%1 cannot be read: check its permissions").arg(path));
        if (h.file.endsWith(u".mjs"))
            error(QStringLiteral("hooks.file"),
                  HooksText::tr("%1 is an ES module (.mjs), which Ferry cannot require(): write it as a CommonJS "
                                "module (exports.preMap = …) in a .js file")
                      .arg(h.file));
    }
    if (h.calls.isEmpty())
        warning(QStringLiteral("hooks.calls"), HooksText::tr("no hook is called: list the ones to call, e.g. calls: "
                                                             "[preMap]"));
    QStringList seen;
    for (qsizetype i = 0; i < h.calls.size(); ++i) {
        const QString &c = h.calls.at(i);
        const QString field = QStringLiteral("hooks.calls[%1]").arg(i);
        if (!HooksSpec::hookNames().contains(c))
            error(field, HooksText::tr("'%1' is not a hook Ferry calls: use %2")
                             .arg(c, HooksSpec::hookNames().join(QStringLiteral(", "))));
        else if (seen.contains(c))
            warning(field, HooksText::tr("'%1' is listed twice; it is called once").arg(c));
        seen.append(c);
    }
    if (h.timeoutSeconds < 0 || h.timeoutSeconds > MaxTimeoutSeconds)
        error(QStringLiteral("hooks.timeout"),
              HooksText::tr("the time limit of one hook call must be from 1 to %1 seconds").arg(MaxTimeoutSeconds));
    if (h.pageSize < 0 || h.pageSize > MaxPageSize)
        error(QStringLiteral("hooks.page_size"),
              HooksText::tr("the records per hook call must be from 1 to %1").arg(MaxPageSize));
    if (h.memoryMb < 0 || (h.memoryMb > 0 && h.memoryMb < MinMemoryMb) || h.memoryMb > MaxMemoryMb)
        error(QStringLiteral("hooks.memory_mb"),
              HooksText::tr("the extension host's memory cap must be from %1 to %2 MB")
                  .arg(MinMemoryMb)
                  .arg(MaxMemoryMb));
    return out;
}

} // namespace Ferry
