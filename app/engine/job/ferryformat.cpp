// Ferry's own job format, version 1 (docs/job-format.md): reading and writing.
#include "jobfile.h"
#include "yamlfields.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Ferry {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::FerryFormat", text, disambiguation, n);
}

QSet<QString> keySet(std::initializer_list<const char *> keys)
{
    QSet<QString> out;
    for (const char *k : keys)
        out.insert(QLatin1String(k));
    return out;
}

// A secret is either {secret: "env:NAME" | "file:PATH"} or, discouraged, an inline value.
Result<SecretRef> readSecret(const YamlFields &f, const YAML::Node &map, const char *key)
{
    SecretRef ref;
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return ref;
    if (n.IsScalar()) {
        ref.inlineValue = yamlText(n);
        f.warn(n, tr("'%1' holds a plaintext secret: replace it with {secret: env:NAME} or {secret: file:PATH} so "
                     "the value stays out of the file")
                      .arg(QLatin1String(key)));
        return ref;
    }
    if (n.IsMap() && n["secret"] && n["secret"].IsScalar()) {
        ref.reference = yamlText(n["secret"]).trimmed();
        if (!ref.reference.startsWith(u"env:") && !ref.reference.startsWith(u"file:") &&
            !ref.reference.startsWith(u"keychain:"))
            return f.error(
                n["secret"],
                tr("unknown secret reference '%1': use env:NAME, file:PATH or keychain:NAME").arg(ref.reference));
        return ref;
    }
    return f.error(n, tr("'%1' must be {secret: env:NAME} or {secret: file:PATH}").arg(QLatin1String(key)));
}

Result<void> readSource(const YamlFields &f, const YAML::Node &src, JobSpec &job)
{
    if (!src || !src.IsMap())
        return f.error(src, tr("'source' must be a map with type, driver and query"));
    FERRY_TRY(type, f.string(src, "type"));
    if (type.value_or(QStringLiteral("sql")) != u"sql")
        return f.error(src["type"], tr("unknown source type '%1': use sql").arg(*type));
    SqlSourceSpec &s = job.sql;
    FERRY_TRY(url, f.string(src, "url"));
    s.url = url.value_or(QString());
    FERRY_TRY(driver, f.string(src, "driver"));
    s.driver = driver.value_or(QString()).toLower();
    if (s.driver.isEmpty() && s.url.isEmpty())
        return f.error(src, tr("the source needs a driver (sqlite, postgres, mysql, mssql) or a url"));
    if (!s.driver.isEmpty() && !QStringList{QStringLiteral("sqlite"), QStringLiteral("postgres"),
                                            QStringLiteral("mysql"), QStringLiteral("mssql")}
                                    .contains(s.driver))
        return f.error(src["driver"], tr("unknown driver '%1': use sqlite, postgres, mysql or mssql").arg(s.driver));
    FERRY_TRY(path, f.string(src, "path"));
    FERRY_TRY(host, f.string(src, "host"));
    s.host = s.driver == u"sqlite" ? path.value_or(QString()) : host.value_or(QString());
    FERRY_TRY(port, f.integer(src, "port", 1, 65535));
    s.port = static_cast<int>(port.value_or(0));
    FERRY_TRY(database, f.string(src, "database"));
    s.database = database.value_or(QString());
    FERRY_TRY(username, f.string(src, "username"));
    s.username = username.value_or(QString());
    FERRY_TRY(password, readSecret(f, src, "password"));
    s.password = password;
    FERRY_TRY(options, f.string(src, "options"));
    s.options = options.value_or(QString());
    FERRY_TRY(domain, f.string(src, "domain"));
    s.domain = domain.value_or(QString());
    FERRY_TRY(instance, f.string(src, "instance"));
    s.instance = instance.value_or(QString());
    FERRY_TRY(encrypt, f.boolean(src, "encrypt"));
    s.encrypt = encrypt.value_or(false);
    FERRY_TRY(query, f.string(src, "query"));
    s.query = query.value_or(QString()).trimmed();
    if (s.query.isEmpty())
        return f.error(src, tr("the source needs a query (the SQL whose rows are synced)"));
    f.warnUnknownKeys(src,
                      keySet({"type", "url", "driver", "path", "host", "port", "database", "username", "password",
                              "options", "domain", "instance", "encrypt", "query"}),
                      QString());
    return {};
}

Result<void> readTarget(const YamlFields &f, const YAML::Node &dst, JobSpec &job)
{
    if (!dst || !dst.IsMap())
        return f.error(dst, tr("'target' must be a map with a type (fliplet or sqlite)"));
    FERRY_TRY(type, f.string(dst, "type"));
    if (type == u"fliplet") {
        job.targetKind = TargetKind::Fliplet;
        FlipletTargetSpec &t = job.fliplet;
        FERRY_TRY(ds, f.string(dst, "datasource_id"));
        if (!ds || ds->isEmpty())
            return f.error(dst, tr("a fliplet target needs datasource_id"));
        t.dataSourceId = *ds;
        FERRY_TRY(token, readSecret(f, dst, "auth_token"));
        if (token.isEmpty())
            return f.error(dst, tr("a fliplet target needs auth_token, e.g. {secret: env:FLIPLET_TOKEN}"));
        t.authToken = token;
        FERRY_TRY(api, f.string(dst, "api_url"));
        t.apiUrl = api.value_or(QString());
        FERRY_TRY(hooks, f.stringList(dst, "run_hooks"));
        for (const QString &h : hooks)
            if (h != u"insert" && h != u"update")
                return f.error(dst["run_hooks"], tr("unknown hook '%1': use insert or update").arg(h));
        t.runHooks = hooks;
        FERRY_TRY(merge, f.boolean(dst, "merge"));
        t.merge = merge ? (*merge ? 1 : 0) : -1;
        FERRY_TRY(rows, f.integer(dst, "batch_rows", 1, 10000000));
        t.batchRows = static_cast<int>(rows.value_or(0));
        FERRY_TRY(bytes, f.integer(dst, "batch_bytes", 1024, qint64(1) << 32));
        t.batchBytes = bytes.value_or(0);
        f.warnUnknownKeys(dst,
                          keySet({"type", "datasource_id", "auth_token", "api_url", "run_hooks", "merge", "batch_rows",
                                  "batch_bytes"}),
                          QString());
        return {};
    }
    if (type == u"sqlite") {
        job.targetKind = TargetKind::Sqlite;
        SqliteTargetSpec &t = job.sqlite;
        FERRY_TRY(path, f.string(dst, "path"));
        FERRY_TRY(table, f.string(dst, "table"));
        if (!path || path->isEmpty() || !table || table->isEmpty())
            return f.error(dst, tr("a sqlite target needs path (the database file) and table"));
        t.path = *path;
        t.table = *table;
        FERRY_TRY(create, f.boolean(dst, "create_table"));
        t.createTable = create.value_or(false);
        FERRY_TRY(rows, f.integer(dst, "batch_rows", 1, 10000000));
        t.batchRows = static_cast<int>(rows.value_or(0));
        f.warnUnknownKeys(dst, keySet({"type", "path", "table", "create_table", "batch_rows"}), QString());
        return {};
    }
    return f.error(dst["type"] ? dst["type"] : dst,
                   tr("unknown target type '%1': use fliplet or sqlite").arg(type.value_or(QString())));
}

Result<void> readSync(const YamlFields &f, const YAML::Node &sync, JobSpec &job)
{
    if (!sync)
        return {};
    if (!sync.IsMap())
        return f.error(sync, tr("'sync' must be a map (mode, key, timestamp_column, …)"));
    SyncRules &r = job.rules;
    FERRY_TRY(mode, f.string(sync, "mode"));
    const QString m = mode.value_or(QStringLiteral("update"));
    if (m == u"append")
        r.mode = SyncMode::Append;
    else if (m == u"update")
        r.mode = SyncMode::Update;
    else if (m == u"replace")
        r.mode = SyncMode::Replace;
    else
        return f.error(sync["mode"], tr("unknown mode '%1': use append, update or replace").arg(m));
    FERRY_TRY(key, f.stringList(sync, "key"));
    r.keyColumns = key;
    FERRY_TRY(ci, f.boolean(sync, "case_insensitive_key"));
    r.caseInsensitiveKey = ci.value_or(false);
    FERRY_TRY(ts, f.string(sync, "timestamp_column"));
    r.timestampColumn = ts.value_or(QString());
    FERRY_TRY(del, f.string(sync, "delete_column"));
    r.deleteColumn = del.value_or(QString());
    const YAML::Node guard = sync["delete_safeguard"];
    if (guard && !guard.IsNull()) {
        if (!guard.IsMap())
            return f.error(guard, tr("'delete_safeguard' must be a map with max_rows and/or max_share"));
        FERRY_TRY(maxRows, f.integer(guard, "max_rows", 0, 1000000000));
        r.safeguard.maxRows = static_cast<int>(maxRows.value_or(r.safeguard.maxRows));
        FERRY_TRY(maxShare, f.number(guard, "max_share", 0.0, 1.0));
        r.safeguard.maxShare = maxShare.value_or(r.safeguard.maxShare);
        f.warnUnknownKeys(guard, keySet({"max_rows", "max_share"}), QString());
    }
    f.warnUnknownKeys(
        sync, keySet({"mode", "key", "case_insensitive_key", "timestamp_column", "delete_column", "delete_safeguard"}),
        QString());
    return {};
}

Result<void> readRest(const YamlFields &f, const YAML::Node &root, JobSpec &job)
{
    const YAML::Node mapping = root["mapping"];
    if (mapping && !mapping.IsNull()) {
        if (!mapping.IsSequence())
            return f.error(mapping, tr("'mapping' must be a list of {from: column, to: field}"));
        for (const YAML::Node &m : mapping) {
            FERRY_TRY(from, f.string(m, "from"));
            FERRY_TRY(to, f.string(m, "to"));
            if (!m.IsMap() || !from || from->isEmpty())
                return f.error(m, tr("each mapping entry needs 'from' (a source column)"));
            job.mapping.append(FieldMapping{*from, to.value_or(*from)});
        }
    }
    const YAML::Node schedule = root["schedule"];
    if (schedule && !schedule.IsNull()) {
        FERRY_TRY(cron, f.string(schedule, "cron"));
        job.schedule.cron = cron.value_or(QString()).trimmed();
        if (!job.schedule.cron.isEmpty() && !looksLikeCron(job.schedule.cron))
            return f.error(schedule["cron"], tr("'%1' is not a cron expression: use 5 fields (minute hour day month "
                                                "weekday) or 6 with leading seconds")
                                                 .arg(job.schedule.cron));
        FERRY_TRY(onStart, f.boolean(schedule, "run_on_start"));
        job.schedule.runOnStart = onStart.value_or(true);
        f.warnUnknownKeys(schedule, keySet({"cron", "run_on_start"}), QString());
    }
    const YAML::Node retry = root["retry"];
    if (retry && !retry.IsNull()) {
        FERRY_TRY(attempts, f.integer(retry, "attempts", 1, 100));
        job.retry.attempts = static_cast<int>(attempts.value_or(job.retry.attempts));
        FERRY_TRY(initial, f.integer(retry, "initial_delay_ms", 0, 600000));
        job.retry.initialDelayMs = static_cast<int>(initial.value_or(job.retry.initialDelayMs));
        FERRY_TRY(maxDelay, f.integer(retry, "max_delay_ms", 0, 3600000));
        job.retry.maxDelayMs = static_cast<int>(maxDelay.value_or(job.retry.maxDelayMs));
        f.warnUnknownKeys(retry, keySet({"attempts", "initial_delay_ms", "max_delay_ms"}), QString());
    }
    FERRY_TRY(verbosity, f.string(root, "log_verbosity"));
    job.logVerbosity = verbosity.value_or(QString());
    if (!job.logVerbosity.isEmpty() &&
        !QStringList{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning")}.contains(
            job.logVerbosity))
        return f.error(root["log_verbosity"], tr("log_verbosity must be debug, info or warning"));
    return {};
}

// --- writing ---

void writeSecret(YAML::Emitter &e, const char *key, const SecretRef &s)
{
    if (s.reference.isEmpty())
        return;
    e << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "secret" << YAML::Value
      << s.reference.toStdString() << YAML::EndMap;
}

void writeString(YAML::Emitter &e, const char *key, const QString &value)
{
    if (!value.isEmpty())
        e << YAML::Key << key << YAML::Value << value.toStdString();
}

} // namespace

Result<LoadedJob> readFerryJob(const YAML::Node &root, const QString &name)
{
    LoadedJob out;
    out.format = JobFileFormat::Ferry;
    YamlFields f(name, &out.warnings);
    JobSpec &job = out.job;
    job.sourcePath = name;

    FERRY_TRY(version, f.integer(root, "ferry", 1, 1000));
    if (!version)
        return f.error(root, tr("'ferry' (the format version) is missing"));
    if (*version > JobFormatVersion)
        return f.error(root["ferry"], tr("this job uses format version %1, written by a newer Ferry; this Ferry reads "
                                         "up to version %2: update Ferry")
                                          .arg(*version)
                                          .arg(JobFormatVersion));

    FERRY_TRY(id, f.string(root, "id"));
    if (id && !id->trimmed().isEmpty()) {
        job.id = id->trimmed();
    } else {
        job.id = jobIdFromPath(QStringLiteral("job-"), name);
    }
    FERRY_TRY(jobName, f.string(root, "name"));
    job.name = jobName.value_or(QFileInfo(name).completeBaseName());
    FERRY_TRY(description, f.string(root, "description"));
    job.description = description.value_or(QString());

    if (!root["source"])
        return f.error(root, tr("'source' is missing: say where the rows come from"));
    if (!root["target"])
        return f.error(root, tr("'target' is missing: say where the rows go"));
    if (auto r = readSource(f, root["source"], job); !r)
        return r.error();
    if (auto r = readTarget(f, root["target"], job); !r)
        return r.error();
    if (auto r = readSync(f, root["sync"], job); !r)
        return r.error();
    if (auto r = readRest(f, root, job); !r)
        return r.error();

    f.warnUnknownKeys(root,
                      keySet({"ferry", "id", "name", "description", "source", "target", "mapping", "sync", "schedule",
                              "retry", "log_verbosity"}),
                      QString());
    if (job.rules.keyColumns.isEmpty())
        out.warnings.append(name + QStringLiteral(": ") +
                            tr("no sync key: every run appends every row again; set sync.key to update rows in place"));
    return out;
}

Result<QByteArray> saveJobText(const JobSpec &job)
{
    const auto refuseInline = [&](const SecretRef &s, const QString &field) -> std::optional<Error> {
        if (s.isInline())
            return Error{ErrorCode::InvalidConfig,
                         tr("the job holds a plaintext %1; job files keep references only: store it as an "
                            "environment variable or a file and refer to it with {secret: env:NAME}")
                             .arg(field),
                         job.name};
        return std::nullopt;
    };
    if (auto e = refuseInline(job.sql.password, QStringLiteral("database password")))
        return *e;
    if (!urlPassword(job.sql.url).isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     tr("the database URL holds a password; job files keep references only: remove it from the URL "
                        "and set source.password to {secret: env:NAME}, {secret: file:PATH} or a keychain entry"),
                     job.name};
    if (job.targetKind == TargetKind::Fliplet)
        if (auto e = refuseInline(job.fliplet.authToken, QStringLiteral("auth_token")))
            return *e;

    YAML::Emitter e;
    e << YAML::BeginMap;
    e << YAML::Key << "ferry" << YAML::Value << JobFormatVersion;
    writeString(e, "id", job.id);
    writeString(e, "name", job.name);
    writeString(e, "description", job.description);

    e << YAML::Key << "source" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "type" << YAML::Value << "sql";
    const SqlSourceSpec &s = job.sql;
    writeString(e, "url", s.url);
    writeString(e, "driver", s.driver);
    writeString(e, s.driver == u"sqlite" ? "path" : "host", s.host);
    if (s.port)
        e << YAML::Key << "port" << YAML::Value << s.port;
    writeString(e, "database", s.database);
    writeString(e, "username", s.username);
    writeSecret(e, "password", s.password);
    writeString(e, "options", s.options);
    writeString(e, "domain", s.domain);
    writeString(e, "instance", s.instance);
    if (s.encrypt)
        e << YAML::Key << "encrypt" << YAML::Value << true;
    e << YAML::Key << "query" << YAML::Value << YAML::Literal << s.query.toStdString();
    e << YAML::EndMap;

    e << YAML::Key << "target" << YAML::Value << YAML::BeginMap;
    if (job.targetKind == TargetKind::Fliplet) {
        const FlipletTargetSpec &t = job.fliplet;
        e << YAML::Key << "type" << YAML::Value << "fliplet";
        e << YAML::Key << "datasource_id" << YAML::Value << t.dataSourceId.toStdString();
        writeSecret(e, "auth_token", t.authToken);
        writeString(e, "api_url", t.apiUrl);
        if (!t.runHooks.isEmpty()) {
            e << YAML::Key << "run_hooks" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString &h : t.runHooks)
                e << h.toStdString();
            e << YAML::EndSeq;
        }
        if (t.merge >= 0)
            e << YAML::Key << "merge" << YAML::Value << (t.merge == 1);
        if (t.batchRows)
            e << YAML::Key << "batch_rows" << YAML::Value << t.batchRows;
        if (t.batchBytes)
            e << YAML::Key << "batch_bytes" << YAML::Value << static_cast<long long>(t.batchBytes);
    } else {
        const SqliteTargetSpec &t = job.sqlite;
        e << YAML::Key << "type" << YAML::Value << "sqlite";
        writeString(e, "path", t.path);
        writeString(e, "table", t.table);
        if (t.createTable)
            e << YAML::Key << "create_table" << YAML::Value << true;
        if (t.batchRows)
            e << YAML::Key << "batch_rows" << YAML::Value << t.batchRows;
    }
    e << YAML::EndMap;

    if (!job.mapping.isEmpty()) {
        e << YAML::Key << "mapping" << YAML::Value << YAML::BeginSeq;
        for (const FieldMapping &m : job.mapping)
            e << YAML::Flow << YAML::BeginMap << YAML::Key << "from" << YAML::Value << m.from.toStdString() << YAML::Key
              << "to" << YAML::Value << m.to.toStdString() << YAML::EndMap;
        e << YAML::EndSeq;
    }

    const SyncRules &r = job.rules;
    e << YAML::Key << "sync" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "mode" << YAML::Value << syncModeName(r.mode).toStdString();
    if (r.keyColumns.size() == 1) {
        e << YAML::Key << "key" << YAML::Value << r.keyColumns.first().toStdString();
    } else if (r.keyColumns.size() > 1) {
        e << YAML::Key << "key" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &k : r.keyColumns)
            e << k.toStdString();
        e << YAML::EndSeq;
    }
    if (r.caseInsensitiveKey)
        e << YAML::Key << "case_insensitive_key" << YAML::Value << true;
    writeString(e, "timestamp_column", r.timestampColumn);
    writeString(e, "delete_column", r.deleteColumn);
    if (!(r.safeguard == DeleteSafeguard{}))
        e << YAML::Key << "delete_safeguard" << YAML::Value << YAML::BeginMap << YAML::Key << "max_rows" << YAML::Value
          << r.safeguard.maxRows << YAML::Key << "max_share" << YAML::Value << r.safeguard.maxShare << YAML::EndMap;
    e << YAML::EndMap;

    if (!job.schedule.cron.isEmpty() || !job.schedule.runOnStart) {
        e << YAML::Key << "schedule" << YAML::Value << YAML::BeginMap;
        writeString(e, "cron", job.schedule.cron);
        e << YAML::Key << "run_on_start" << YAML::Value << job.schedule.runOnStart;
        e << YAML::EndMap;
    }
    if (!(job.retry == RetrySpec{}))
        e << YAML::Key << "retry" << YAML::Value << YAML::BeginMap << YAML::Key << "attempts" << YAML::Value
          << job.retry.attempts << YAML::Key << "initial_delay_ms" << YAML::Value << job.retry.initialDelayMs
          << YAML::Key << "max_delay_ms" << YAML::Value << job.retry.maxDelayMs << YAML::EndMap;
    writeString(e, "log_verbosity", job.logVerbosity);
    e << YAML::EndMap;

    if (!e.good())
        return Error{ErrorCode::Internal, QString::fromStdString(e.GetLastError()), job.name};
    QByteArray text(e.c_str(), static_cast<qsizetype>(e.size()));
    text.append('\n');
    return text;
}

} // namespace Ferry
