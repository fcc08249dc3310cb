#include "jobfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace Ferry {

namespace {
class JobFileText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobFile)
};
} // namespace

Result<LoadedJob> loadJobText(const QByteArray &yaml, const QString &name)
{
    if (yaml.trimmed().isEmpty())
        return Error{
            ErrorCode::InvalidConfig,
            JobFileText::tr("the file is empty: a job needs at least a source and a target (see docs/job-format.md)"),
            name};
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Error{ErrorCode::InvalidConfig,
                     JobFileText::tr("not valid YAML: %1 (check indentation, quotes and colons around this place)")
                         .arg(QString::fromStdString(e.msg)),
                     QStringLiteral("%1:%2:%3").arg(name).arg(e.mark.line + 1).arg(e.mark.column + 1)};
    }
    if (!root.IsMap())
        return Error{
            ErrorCode::InvalidConfig,
            JobFileText::tr("a job file must be a YAML map of keys (ferry: 1, source:, target: …) or a Fliplet Agent "
                            "config (auth_token:, query: …)"),
            name};
    try {
        Result<LoadedJob> loaded = Error{};
        if (root["ferry"])
            loaded = readFerryJob(root, name);
        else if (root["auth_token"] || root["datasource_id"] || root["database_driver"] || root["query"])
            loaded = readFlipletAgentJob(root, name);
        if (loaded.hasValue() || loaded.error().code != ErrorCode::Internal || !loaded.error().message.isEmpty()) {
            if (loaded) {
                // Whatever secret the file itself holds is masked before anything can log it.
                maskInlineSecrets(loaded->job);
                if (loaded->format == JobFileFormat::Ferry && !urlPassword(loaded->job.sql.url).isEmpty())
                    loaded->warnings.append(
                        name + QStringLiteral(": ") +
                        JobFileText::tr("the database URL holds a password: move it to source.password as "
                                        "{secret: env:NAME} or {secret: file:PATH}; Ferry will not save "
                                        "the job with it"));
            }
            return loaded;
        }
    } catch (const YAML::Exception &e) {
        return Error{ErrorCode::InvalidConfig, QString::fromStdString(e.msg),
                     QStringLiteral("%1:%2:%3").arg(name).arg(e.mark.line + 1).arg(e.mark.column + 1)};
    }
    return Error{
        ErrorCode::InvalidConfig,
        JobFileText::tr("not a job file: expected Ferry's format (starting with 'ferry: 1') or a Fliplet Agent config "
                        "(with auth_token, datasource_id and query)"),
        name};
}

Result<LoadedJob> loadJobFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidConfig, JobFileText::tr("cannot read the job file: %1").arg(file.errorString()),
                     path};
    return loadJobText(file.readAll(), path);
}

Result<void> saveJobFile(const JobSpec &job, const QString &path)
{
    FERRY_TRY(text, saveJobText(job));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return Error{ErrorCode::Io, JobFileText::tr("cannot write the job file: %1").arg(file.errorString()), path};
    return {};
}

} // namespace Ferry
