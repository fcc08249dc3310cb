// Reads Fliplet Agent YAML configs unchanged into an equivalent JobSpec (see docs/job-format.md for the
// differences from Fliplet Agent's own behaviour, which follow its documentation, not its bugs).
#include "flipletfilesformat.h"
#include "flipletsourceformat.h"
#include "jobfile.h"
#include "validate.h"
#include "yamlfields.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Ferry {

namespace {

class FlipletAgentFormatText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FlipletAgentFormat)
};

// Which Fliplet Agent key holds each field of the job (validate()'s field paths), so that its issues name the
// file's keys and places.
void locateFields(YamlFields &f, const YAML::Node &root, const QString &driver)
{
    static const std::pair<const char *, const char *> fields[] = {
        {"target.auth_token", "auth_token"},
        {"target.datasource_id", "datasource_id"},
        {"target.run_hooks", "run_hooks"},
        {"target.merge", "merge"},
        {"target.batch_rows", "batch_size"},
        {"source.driver", "database_driver"},
        {"source.port", "database_port"},
        {"source.username", "database_username"},
        {"source.password", "database_password"},
        {"source.database", "database_name"},
        {"source.domain", "database_domain"},
        {"source.instance", "database_instance"},
        {"source.encrypt", "database_encrypt"},
        {"source.query", "query"},
        {"description", "description"},
        {"schedule.cron", "frequency"},
        {"schedule.run_on_start", "sync_on_init"},
        {"sync.key", "primary_column"},
        {"sync.case_insensitive_key", "case_insensitive_primary_column"},
        {"sync.timestamp_column", "timestamp_column"},
        {"sync.delete_column", "delete_column"},
        {"sync.mode", "mode"},
        {"log_verbosity", "log_verbosity"},
    };
    const YAML::Node none(YAML::NodeType::Undefined); // keys are top-level: an absent one is named, not placed
    for (const auto &[field, key] : fields)
        f.locate(QLatin1String(field), QLatin1String(key), child(root, key), none);
    // database_host is the file for sqlite, the server otherwise.
    f.locate(driver == u"sqlite" ? QStringLiteral("source.path") : QStringLiteral("source.host"),
             QStringLiteral("database_host"), child(root, "database_host"), none);
}

} // namespace

Result<LoadedJob> readFlipletAgentJob(const YAML::Node &root, const QString &name)
{
    LoadedJob out;
    out.format = JobFileFormat::FlipletAgent;
    YamlFields f(name, &out.warnings);
    JobSpec &job = out.job;
    job.sourcePath = name;

    // A stable id from the file's absolute path, so reruns of the same file share their state.
    job.id = jobIdFromPath(QStringLiteral("fliplet-agent-"), name);
    job.name = QFileInfo(name).completeBaseName();

    FERRY_TRY(type, f.string(root, "type"));
    if (type && *type != u"push") {
        if (*type == u"pull") {
            if (auto r = readFlipletAgentPull(f, root, job); !r)
                return r.error();
            if (auto r = f.report(validate(job)); !r)
                return r.error();
            return out;
        }
        return f.error(root["type"],
                       FlipletAgentFormatText::tr("unknown operation type '%1': use push or pull").arg(*type));
    }

    FERRY_TRY(token, f.string(root, "auth_token"));
    job.fliplet.authToken.inlineValue = token.value_or(QString()).trimmed();

    FERRY_TRY(ds, f.string(root, "datasource_id"));
    job.fliplet.dataSourceId = ds.value_or(QString()).trimmed();

    // Database
    FERRY_TRY(driver, f.string(root, "database_driver"));
    const QString driverName = driver.value_or(QString()).trimmed().toLower();
    job.sql.driver = driverName == u"mariadb" ? QStringLiteral("mysql") : driverName;
    locateFields(f, root, job.sql.driver);

    FERRY_TRY(host, f.string(root, "database_host"));
    job.sql.host = host.value_or(QString()).trimmed();
    // Fliplet Agent (Sequelize) connects to localhost when no host is given.
    if (job.sql.host.isEmpty() && !job.sql.driver.isEmpty() && job.sql.driver != u"sqlite")
        job.sql.host = QStringLiteral("localhost");
    FERRY_TRY(port, f.integer(root, "database_port"));
    job.sql.port = saturatedInt(port.value_or(0));
    FERRY_TRY(user, f.string(root, "database_username"));
    job.sql.username = user.value_or(QString());
    FERRY_TRY(password, f.string(root, "database_password"));
    job.sql.password.inlineValue = password.value_or(QString());
    FERRY_TRY(dbname, f.string(root, "database_name"));
    job.sql.database = dbname.value_or(QString());
    FERRY_TRY(domain, f.string(root, "database_domain"));
    job.sql.domain = domain.value_or(QString());
    FERRY_TRY(instance, f.string(root, "database_instance"));
    job.sql.instance = instance.value_or(QString());
    FERRY_TRY(encrypt, f.boolean(root, "database_encrypt"));
    job.sql.encrypt = encrypt.value_or(false);
    FERRY_TRY(nativeOdbc, f.boolean(root, "database_native_odbc"));
    if (nativeOdbc)
        f.warnKey(root, "database_native_odbc",
                  FlipletAgentFormatText::tr("database_native_odbc is ignored: Ferry always reaches SQL Server "
                                             "through ODBC (FreeTDS), nothing else to install"));

    FERRY_TRY(query, f.string(root, "query"));
    job.sql.query = query.value_or(QString()).trimmed();

    FERRY_TRY(description, f.string(root, "description"));
    job.description = description.value_or(QString());

    // Schedule. An omitted sync_on_init means true, as documented (Fliplet Agent itself skips the run).
    FERRY_TRY(onInit, f.boolean(root, "sync_on_init"));
    job.schedule.runOnStart = onInit.value_or(true);
    FERRY_TRY(frequency, f.string(root, "frequency"));
    job.schedule.cron = frequency.value_or(QString()).trimmed();

    // Sync rules
    FERRY_TRY(pk, f.string(root, "primary_column"));
    if (pk && !pk->trimmed().isEmpty())
        job.rules.keyColumns = QStringList{pk->trimmed()};
    FERRY_TRY(ci, f.boolean(root, "case_insensitive_primary_column"));
    job.rules.caseInsensitiveKey = ci.value_or(false);
    FERRY_TRY(ts, f.string(root, "timestamp_column"));
    job.rules.timestampColumn = ts.value_or(QString()).trimmed();
    FERRY_TRY(del, f.string(root, "delete_column"));
    job.rules.deleteColumn = del.value_or(QString()).trimmed();
    FERRY_TRY(mode, f.string(root, "mode"));
    const QString modeText = mode.value_or(QStringLiteral("update")).trimmed().toLower();
    if (modeText == u"update")
        job.rules.mode = SyncMode::Update;
    else if (modeText == u"replace")
        job.rules.mode = SyncMode::Replace;
    else if (modeText == u"append")
        job.rules.mode = SyncMode::Append;
    else
        return f.error(root["mode"], FlipletAgentFormatText::tr(
                                         "unknown mode '%1': use update (keep remote rows missing from the query) or "
                                         "replace (delete them)")
                                         .arg(*mode));

    // batch_size is documented to apply in replace mode only; update mode commits use Ferry's bounds.
    FERRY_TRY(batch, f.integer(root, "batch_size"));
    if (batch && job.rules.mode != SyncMode::Update)
        job.fliplet.batchRows = saturatedInt(*batch);

    FERRY_TRY(hooks, f.stringList(root, "run_hooks"));
    job.fliplet.runHooks = hooks;
    FERRY_TRY(merge, f.boolean(root, "merge"));
    job.fliplet.merge = merge ? (*merge ? 1 : 0) : -1;

    FERRY_TRY(verbosity, f.string(root, "log_verbosity"));
    if (verbosity) {
        const QString v = verbosity->trimmed().toLower();
        job.logVerbosity = v == u"debug" || v == u"info" ? v : QStringLiteral("warning");
    }

    // Keys Ferry does not do yet: say so, never ignore silently.
    FERRY_TRY(files, readFlipletFiles(f, root));
    job.fliplet.files = files;
    const YAML::Node encryptNode = root["encrypt"];
    if (encryptNode && !encryptNode.IsNull())
        return f.error(encryptNode, FlipletAgentFormatText::tr(
                                        "'encrypt' is not supported yet, and Ferry will not send these fields "
                                        "unencrypted: remove the key to push the data in clear, or keep using "
                                        "Fliplet Agent for this job"));
    if (root["concurrency"] && !root["concurrency"].IsNull())
        f.warnKey(
            root, "concurrency",
            FlipletAgentFormatText::tr("'concurrency' is ignored: it limits per-row file work in Fliplet Agent; Ferry "
                                       "commits rows in batches"));

    static const QSet<QString> known{
        QStringLiteral("type"),
        QStringLiteral("auth_token"),
        QStringLiteral("datasource_id"),
        QStringLiteral("database_driver"),
        QStringLiteral("database_host"),
        QStringLiteral("database_port"),
        QStringLiteral("database_username"),
        QStringLiteral("database_password"),
        QStringLiteral("database_name"),
        QStringLiteral("database_domain"),
        QStringLiteral("database_instance"),
        QStringLiteral("database_encrypt"),
        QStringLiteral("database_native_odbc"),
        QStringLiteral("query"),
        QStringLiteral("description"),
        QStringLiteral("sync_on_init"),
        QStringLiteral("frequency"),
        QStringLiteral("primary_column"),
        QStringLiteral("case_insensitive_primary_column"),
        QStringLiteral("timestamp_column"),
        QStringLiteral("delete_column"),
        QStringLiteral("mode"),
        QStringLiteral("batch_size"),
        QStringLiteral("run_hooks"),
        QStringLiteral("merge"),
        QStringLiteral("files"),
        QStringLiteral("encrypt"),
        QStringLiteral("concurrency"),
        QStringLiteral("log_verbosity"),
    };
    f.warnUnknownKeys(root, known, FlipletAgentFormatText::tr(" (not a Fliplet Agent key)"));

    if (auto r = f.report(validate(job)); !r)
        return r.error();
    return out;
}

} // namespace Ferry
