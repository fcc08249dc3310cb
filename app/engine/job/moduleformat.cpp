#include "moduleformat.h"

#include "yamlfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Ferry {

namespace {

class ModuleText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Modules)
};

constexpr int MaxTimeoutSeconds = 3600;
constexpr int MinMemoryMb = 16;
constexpr int MaxMemoryMb = 65536;

} // namespace

QString moduleSecretField(const QString &side, const QString &name)
{
    return side + QStringLiteral(".account.") + name;
}

Result<void> readModule(YamlFields &f, const YAML::Node &map, const QString &side, ModuleSpec &spec)
{
    f.locateAll(side, map, {"file", "account", "timeout", "memory_mb"});
    FERRY_TRY(file, f.string(map, "file"));
    spec.file = file.value_or(QString()).trimmed();
    if (const YAML::Node account = child(map, "account"); account && !account.IsNull()) {
        if (!account.IsMap())
            return f.error(account, ModuleText::tr("'account' must be a map of names to values, e.g. {url: "
                                                   "http://localhost:3000, token: {secret: env:API_TOKEN}}"));
        for (auto it = account.begin(); it != account.end(); ++it) {
            const QString name = QString::fromStdString(it->first.as<std::string>());
            const YAML::Node value = it->second;
            const QString field = side + QStringLiteral(".account.") + name;
            f.locate(field, value, account);
            if (value.IsMap()) {
                FERRY_TRY(secret, f.secret(account, it->first.as<std::string>().c_str(), field));
                spec.secrets.append({name, secret});
            } else if (value.IsScalar() || value.IsNull()) {
                spec.account.append(
                    {name, value.IsNull() ? QString() : QString::fromStdString(value.as<std::string>())});
            } else {
                return f.error(value, ModuleText::tr("account value '%1' must be text, a number or {secret: "
                                                     "env:NAME}; a list is not an account value")
                                          .arg(name));
            }
        }
    }
    const auto given = [](const std::optional<qint64> &v, int max) {
        return !v ? 0 : *v <= 0 ? -1 : static_cast<int>(std::min<qint64>(*v, max + qint64(1)));
    };
    FERRY_TRY(timeout, f.integer(map, "timeout"));
    spec.timeoutSeconds = given(timeout, MaxTimeoutSeconds);
    FERRY_TRY(memory, f.integer(map, "memory_mb"));
    spec.memoryMb = given(memory, MaxMemoryMb);
    f.warnUnknownKeys(map, yamlKeySet({"type", "file", "account", "timeout", "memory_mb"}), QString());
    return {};
}

void writeModule(YAML::Emitter &e, const ModuleSpec &spec)
{
    e << YAML::Key << "type" << YAML::Value << "module";
    writeYamlString(e, "file", spec.file);
    if (!spec.account.isEmpty() || !spec.secrets.isEmpty()) {
        e << YAML::Key << "account" << YAML::Value << YAML::BeginMap;
        for (const auto &[name, value] : spec.account)
            e << YAML::Key << name.toStdString() << YAML::Value << value.toStdString();
        for (const auto &[name, secret] : spec.secrets)
            writeYamlSecret(e, name.toUtf8().constData(), secret);
        e << YAML::EndMap;
    }
    if (spec.timeoutSeconds)
        e << YAML::Key << "timeout" << YAML::Value << spec.timeoutSeconds;
    if (spec.memoryMb)
        e << YAML::Key << "memory_mb" << YAML::Value << spec.memoryMb;
}

QString moduleFilePath(const JobSpec &job, const ModuleSpec &spec)
{
    const QString &file = spec.file;
    if (file.isEmpty() || QDir::isAbsolutePath(file) || job.sourcePath.isEmpty())
        return file;
    return QDir::cleanPath(QFileInfo(job.sourcePath).absoluteDir().absoluteFilePath(file));
}

namespace {

void validateOne(const ModuleSpec &m, const QString &side, QList<ValidationIssue> &out)
{
    const auto error = [&](const QString &field, const QString &message) {
        out.append(ValidationIssue{side + u'.' + field, message, ValidationIssue::Error});
    };
    if (m.file.isEmpty()) {
        error(QStringLiteral("file"), ModuleText::tr("the module has no file: name the JavaScript module that "
                                                     "implements init, getUpdates, insert, patch and delete "
                                                     "(relative to the job file's folder)"));
    } else if (m.file.endsWith(u".mjs")) {
        // Whether the file exists is checked when the module is used (ModuleConnection::open(), same field), as
        // for the other files a job reads: a job may be written before its module.
        error(QStringLiteral("file"),
              ModuleText::tr("%1 is an ES module (.mjs), which Ferry cannot require(): write it as a CommonJS "
                             "module (exports.getUpdates = …) in a .js file")
                  .arg(m.file));
    }
    QStringList seen;
    const auto checkName = [&](const QString &name) {
        if (name.isEmpty())
            error(QStringLiteral("account"), ModuleText::tr("an account value has no name: name it or remove it"));
        else if (seen.contains(name))
            error(QStringLiteral("account.") + name,
                  ModuleText::tr("the account value '%1' is given twice: keep one").arg(name));
        seen.append(name);
    };
    for (const auto &kv : m.account)
        checkName(kv.first);
    for (const auto &kv : m.secrets)
        checkName(kv.first);
    if (m.timeoutSeconds < 0 || m.timeoutSeconds > MaxTimeoutSeconds)
        error(QStringLiteral("timeout"),
              ModuleText::tr("the time limit of one module call must be from 1 to %1 seconds").arg(MaxTimeoutSeconds));
    if (m.memoryMb < 0 || (m.memoryMb > 0 && m.memoryMb < MinMemoryMb) || m.memoryMb > MaxMemoryMb)
        error(QStringLiteral("memory_mb"), ModuleText::tr("the extension host's memory cap must be from %1 to %2 MB")
                                               .arg(MinMemoryMb)
                                               .arg(MaxMemoryMb));
}

} // namespace

QList<ValidationIssue> validateModules(const JobSpec &job)
{
    QList<ValidationIssue> out;
    if (job.sourceKind == SourceKind::Module) {
        validateOne(job.moduleSource, QStringLiteral("source"), out);
        // getUpdates(lastSync) gives what changed since the last run, not every record: a mirror would delete
        // every record the source did not mention this time.
        if (job.rules.mode == SyncMode::Replace)
            out.append(ValidationIssue{QStringLiteral("sync.mode"),
                                       ModuleText::tr("a module source reads only what changed since the last run, so "
                                                      "mode replace would delete every other record at the target: "
                                                      "use mode update or append"),
                                       ValidationIssue::Error});
    }
    if (job.targetKind == TargetKind::Module)
        validateOne(job.moduleTarget, QStringLiteral("target"), out);
    return out;
}

} // namespace Ferry
