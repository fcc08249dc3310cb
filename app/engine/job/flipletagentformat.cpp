// Reads Fliplet Agent YAML configs unchanged into an equivalent JobSpec (see docs/job-format.md for the
// differences from Fliplet Agent's own behaviour, which follow its documentation, not its bugs).
#include "jobfile.h"
#include "yamlfields.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Ferry {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::FlipletAgentFormat", text, disambiguation, n);
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
        if (*type == u"pull")
            return f.error(root["type"], tr("'type: pull' is not supported yet: Ferry runs push operations "
                                            "(remove the key or set it to push)"));
        return f.error(root["type"], tr("unknown operation type '%1': use push").arg(*type));
    }

    FERRY_TRY(token, f.string(root, "auth_token"));
    if (!token || token->trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     tr("auth_token is missing: add the Fliplet API token (auth_token: eu--…) from Fliplet Studio"),
                     name};
    job.fliplet.authToken.inlineValue = token->trimmed();

    FERRY_TRY(ds, f.string(root, "datasource_id"));
    if (!ds || ds->trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     tr("datasource_id is missing: add the ID of the target data source (Fliplet Studio, App data, "
                        "settings)"),
                     name};
    job.fliplet.dataSourceId = ds->trimmed();

    // Database
    FERRY_TRY(driver, f.string(root, "database_driver"));
    if (!driver)
        return Error{ErrorCode::InvalidConfig,
                     tr("database_driver is missing: set it to mysql, postgres, mssql or sqlite"), name};
    static const QStringList drivers{QStringLiteral("mysql"), QStringLiteral("postgres"), QStringLiteral("mssql"),
                                     QStringLiteral("sqlite"), QStringLiteral("mariadb")};
    if (!drivers.contains(driver->toLower()))
        return f.error(root["database_driver"],
                       tr("unknown database_driver '%1': use mysql, postgres, mssql or sqlite").arg(*driver));
    job.sql.driver = driver->toLower() == u"mariadb" ? QStringLiteral("mysql") : driver->toLower();

    FERRY_TRY(host, f.string(root, "database_host"));
    job.sql.host = host.value_or(QString());
    if (job.sql.driver == u"sqlite" && job.sql.host.isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     tr("database_host is missing: for sqlite it is the path of the database file"), name};
    FERRY_TRY(port, f.integer(root, "database_port", 1, 65535));
    job.sql.port = static_cast<int>(port.value_or(0));
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
    if (job.sql.driver != u"mssql" && (domain || instance || encrypt)) {
        f.warn(root["database_domain"]
                   ? root["database_domain"]
                   : (root["database_instance"] ? root["database_instance"] : root["database_encrypt"]),
               tr("database_domain, database_instance and database_encrypt apply to mssql only and are ignored"));
    }
    FERRY_TRY(nativeOdbc, f.boolean(root, "database_native_odbc"));
    if (nativeOdbc)
        f.warnKey(root, "database_native_odbc",
                  tr("database_native_odbc is ignored: Ferry always reaches SQL Server "
                     "through ODBC (FreeTDS), nothing else to install"));

    FERRY_TRY(query, f.string(root, "query"));
    if (!query || query->trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("query is missing: add the SQL query whose rows are pushed"), name};
    job.sql.query = query->trimmed();

    FERRY_TRY(description, f.string(root, "description"));
    job.description = description.value_or(QString());

    // Schedule. An omitted sync_on_init means true, as documented (Fliplet Agent itself skips the run).
    FERRY_TRY(onInit, f.boolean(root, "sync_on_init"));
    job.schedule.runOnStart = onInit.value_or(true);
    FERRY_TRY(frequency, f.string(root, "frequency"));
    job.schedule.cron = frequency.value_or(QString()).trimmed();
    if (!job.schedule.cron.isEmpty()) {
        if (!looksLikeCron(job.schedule.cron))
            return f.error(root["frequency"],
                           tr("frequency '%1' is not a cron expression: use 5 fields (minute hour day month weekday) "
                              "or 6 with leading seconds, e.g. '*/15 * * * *'")
                               .arg(job.schedule.cron));
    }

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
        return f.error(root["mode"], tr("unknown mode '%1': use update (keep remote rows missing from the query) or "
                                        "replace (delete them)")
                                         .arg(*mode));

    // batch_size is documented to apply in replace mode only; update mode commits use Ferry's bounds.
    FERRY_TRY(batch, f.integer(root, "batch_size", 1, 10000000));
    if (batch && job.rules.mode != SyncMode::Update)
        job.fliplet.batchRows = static_cast<int>(*batch);

    FERRY_TRY(hooks, f.stringList(root, "run_hooks"));
    for (const QString &h : hooks) {
        if (h != u"insert" && h != u"update")
            return f.error(root["run_hooks"], tr("unknown hook '%1' in run_hooks: use insert or update").arg(h));
    }
    job.fliplet.runHooks = hooks;
    FERRY_TRY(merge, f.boolean(root, "merge"));
    job.fliplet.merge = merge ? (*merge ? 1 : 0) : -1;

    FERRY_TRY(verbosity, f.string(root, "log_verbosity"));
    if (verbosity) {
        const QString v = verbosity->trimmed().toLower();
        job.logVerbosity = v == u"debug" || v == u"info" ? v : QStringLiteral("warning");
    }

    // Keys Ferry does not do yet: say so, never ignore silently.
    const YAML::Node files = root["files"];
    if (files && !files.IsNull() && !(files.IsSequence() && files.size() == 0))
        f.warnKey(root, "files",
                  tr("'files' is not supported yet: the named columns are sent as plain values and no file is "
                     "uploaded to Fliplet media"));
    const YAML::Node encryptNode = root["encrypt"];
    if (encryptNode && !encryptNode.IsNull())
        return f.error(encryptNode, tr("'encrypt' is not supported yet, and Ferry will not send these fields "
                                       "unencrypted: remove the key to push the data in clear, or keep using "
                                       "Fliplet Agent for this job"));
    if (root["concurrency"] && !root["concurrency"].IsNull())
        f.warnKey(root, "concurrency",
                  tr("'concurrency' is ignored: it limits per-row file work in Fliplet Agent; Ferry "
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
    f.warnUnknownKeys(root, known, tr(" (not a Fliplet Agent key)"));

    if (job.rules.keyColumns.isEmpty())
        out.warnings.append(name + QStringLiteral(": ") +
                            tr("no primary_column: every run appends every row again; set primary_column to update "
                               "rows in place"));
    return out;
}

} // namespace Ferry
