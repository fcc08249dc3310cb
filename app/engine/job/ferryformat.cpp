// Ferry's own job format, version 1 (docs/job-format.md): reading and writing.
#include "filesourceformat.h"
#include "flipletfilesformat.h"
#include "flipletsourceformat.h"
#include "hooksformat.h"
#include "httpyaml.h"
#include "jobfile.h"
#include "moduleformat.h"
#include "sqlconnectionformat.h"
#include "sqltargetformat.h"
#include "validate.h"
#include "webtargetformat.h"
#include "yamlfields.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Ferry {

namespace {

class FerryFormatText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FerryFormat)
};

Result<void> readSource(YamlFields &f, const YAML::Node &src, JobSpec &job)
{
    if (!src || !src.IsMap())
        return f.error(src, FerryFormatText::tr("'source' must be a map with type, driver and query"));
    if (const YAML::Node type = child(src, "type"); type && type.IsScalar() && yamlText(type) == u"http")
        return readHttpSource(f, src, job);
    f.locateAll(QStringLiteral("source"), src,
                {"type", "url", "driver", "path", "host", "port", "database", "username", "options", "domain",
                 "instance", "encrypt", "query"});
    FERRY_TRY(type, f.string(src, "type"));
    if (type == u"fliplet") {
        FERRY_TRY(token, f.secret(src, "auth_token", QStringLiteral("source.auth_token")));
        return readFlipletSource(f, src, token, job);
    }
    if (type == u"module") {
        job.sourceKind = SourceKind::Module;
        return readModule(f, src, QStringLiteral("source"), job.moduleSource);
    }
    if (type && FileSourceFormat::isFileType(*type))
        return FileSourceFormat::read(f, src, *type, job);
    if (type.value_or(QStringLiteral("sql")) != u"sql")
        return f.error(
            src["type"],
            FerryFormatText::tr("unknown source type '%1': use sql, csv, json, http, fliplet or module").arg(*type));
    SqlSourceSpec &s = job.sql;
    if (auto r = readSqlConnection(f, src, QStringLiteral("source"), s); !r)
        return r;
    FERRY_TRY(query, f.string(src, "query"));
    s.query = query.value_or(QString()).trimmed();
    QSet<QString> known = sqlConnectionKeys();
    known << QStringLiteral("type") << QStringLiteral("query");
    f.warnUnknownKeys(src, known, QString());
    return {};
}

Result<void> readTarget(YamlFields &f, const YAML::Node &dst, JobSpec &job)
{
    if (!dst || !dst.IsMap())
        return f.error(dst, FerryFormatText::tr("'target' must be a map with a type (fliplet, sqlite, sql, rest or "
                                                "webhook)"));
    f.locateAll(QStringLiteral("target"), dst,
                {"type", "datasource_id", "api_url", "run_hooks", "merge", "batch_rows", "batch_bytes", "path", "table",
                 "create_table"});
    FERRY_TRY(type, f.string(dst, "type"));
    if (type == u"fliplet") {
        job.targetKind = TargetKind::Fliplet;
        FlipletTargetSpec &t = job.fliplet;
        FERRY_TRY(ds, f.string(dst, "datasource_id"));
        t.dataSourceId = ds.value_or(QString()).trimmed();
        FERRY_TRY(token, f.secret(dst, "auth_token", QStringLiteral("target.auth_token")));
        t.authToken = token;
        FERRY_TRY(api, f.string(dst, "api_url"));
        t.apiUrl = api.value_or(QString()).trimmed();
        FERRY_TRY(hooks, f.stringList(dst, "run_hooks"));
        t.runHooks = hooks;
        FERRY_TRY(merge, f.boolean(dst, "merge"));
        t.merge = merge ? (*merge ? 1 : 0) : -1;
        FERRY_TRY(rows, f.integer(dst, "batch_rows"));
        t.batchRows = saturatedInt(rows.value_or(0));
        FERRY_TRY(bytes, f.integer(dst, "batch_bytes"));
        t.batchBytes = bytes.value_or(0);
        FERRY_TRY(files, readFlipletFiles(f, dst));
        t.files = files;
        f.warnUnknownKeys(dst,
                          yamlKeySet({"type", "datasource_id", "auth_token", "api_url", "run_hooks", "merge",
                                      "batch_rows", "batch_bytes", "files"}),
                          QString());
        return {};
    }
    if (type == u"sqlite") {
        job.targetKind = TargetKind::Sqlite;
        SqliteTargetSpec &t = job.sqlite;
        FERRY_TRY(path, f.string(dst, "path"));
        FERRY_TRY(table, f.string(dst, "table"));
        t.path = path.value_or(QString());
        t.table = table.value_or(QString());
        FERRY_TRY(create, f.boolean(dst, "create_table"));
        t.createTable = create.value_or(false);
        FERRY_TRY(rows, f.integer(dst, "batch_rows"));
        t.batchRows = saturatedInt(rows.value_or(0));
        f.warnUnknownKeys(dst, yamlKeySet({"type", "path", "table", "create_table", "batch_rows"}), QString());
        return {};
    }
    if (type == u"sql")
        return readSqlTarget(f, dst, job);
    if (type == u"rest") {
        job.targetKind = TargetKind::Rest;
        return readRestTarget(f, dst, job.rest);
    }
    if (type == u"webhook") {
        job.targetKind = TargetKind::Webhook;
        return readWebhookTarget(f, dst, job.webhook);
    }
    if (type == u"module") {
        job.targetKind = TargetKind::Module;
        return readModule(f, dst, QStringLiteral("target"), job.moduleTarget);
    }
    return f.error(dst["type"] ? dst["type"] : dst,
                   FerryFormatText::tr("unknown target type '%1': use fliplet, sqlite, sql, rest, webhook or module")
                       .arg(type.value_or(QString())));
}

Result<void> readSync(YamlFields &f, const YAML::Node &sync, JobSpec &job)
{
    f.locateAll(QStringLiteral("sync"), sync,
                {"mode", "key", "case_insensitive_key", "timestamp_column", "delete_column", "delete_safeguard"});
    const YAML::Node guard = child(sync, "delete_safeguard");
    f.locateAll(QStringLiteral("sync.delete_safeguard"), guard, {"max_rows", "max_share"});
    if (!sync)
        return {};
    if (!sync.IsMap())
        return f.error(sync, FerryFormatText::tr("'sync' must be a map (mode, key, timestamp_column, …)"));
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
        return f.error(sync["mode"], FerryFormatText::tr("unknown mode '%1': use append, update or replace").arg(m));
    FERRY_TRY(key, f.stringList(sync, "key"));
    r.keyColumns = key;
    FERRY_TRY(ci, f.boolean(sync, "case_insensitive_key"));
    r.caseInsensitiveKey = ci.value_or(false);
    FERRY_TRY(ts, f.string(sync, "timestamp_column"));
    r.timestampColumn = ts.value_or(QString());
    FERRY_TRY(del, f.string(sync, "delete_column"));
    r.deleteColumn = del.value_or(QString());
    if (guard && !guard.IsNull()) {
        if (!guard.IsMap())
            return f.error(guard,
                           FerryFormatText::tr("'delete_safeguard' must be a map with max_rows and/or max_share"));
        FERRY_TRY(maxRows, f.integer(guard, "max_rows"));
        r.safeguard.maxRows = saturatedInt(maxRows.value_or(r.safeguard.maxRows));
        FERRY_TRY(maxShare, f.number(guard, "max_share"));
        r.safeguard.maxShare = maxShare.value_or(r.safeguard.maxShare);
        f.warnUnknownKeys(guard, yamlKeySet({"max_rows", "max_share"}), QString());
    }
    f.warnUnknownKeys(
        sync,
        yamlKeySet({"mode", "key", "case_insensitive_key", "timestamp_column", "delete_column", "delete_safeguard"}),
        QString());
    return {};
}

Result<void> readRest(YamlFields &f, const YAML::Node &root, JobSpec &job)
{
    const YAML::Node mapping = root["mapping"];
    f.locate(QStringLiteral("mapping"), mapping, root);
    if (mapping && !mapping.IsNull()) {
        if (!mapping.IsSequence())
            return f.error(mapping, FerryFormatText::tr("'mapping' must be a list of {from: column, to: field}"));
        for (const YAML::Node &m : mapping) {
            if (!m.IsMap())
                return f.error(m, FerryFormatText::tr("each mapping entry must be a map: {from: column, to: field}"));
            const QString entry = QStringLiteral("mapping[%1]").arg(job.mapping.size());
            f.locate(entry, m, mapping);
            f.locateAll(entry, m, {"from", "to"});
            FERRY_TRY(from, f.string(m, "from"));
            FERRY_TRY(to, f.string(m, "to"));
            // Without 'to', the field keeps the column's name.
            job.mapping.append(FieldMapping{from.value_or(QString()), to.value_or(from.value_or(QString()))});
        }
    }
    const YAML::Node schedule = root["schedule"];
    f.locateAll(QStringLiteral("schedule"), schedule, {"cron", "run_on_start", "time_zone"});
    if (schedule && !schedule.IsNull()) {
        if (!schedule.IsMap())
            return f.error(schedule,
                           FerryFormatText::tr("'schedule' must be a map with cron, run_on_start and/or time_zone"));
        FERRY_TRY(cron, f.string(schedule, "cron"));
        job.schedule.cron = cron.value_or(QString()).trimmed();
        FERRY_TRY(onStart, f.boolean(schedule, "run_on_start"));
        job.schedule.runOnStart = onStart.value_or(true);
        FERRY_TRY(zone, f.string(schedule, "time_zone"));
        job.schedule.timeZone = zone.value_or(QString()).trimmed();
        f.warnUnknownKeys(schedule, yamlKeySet({"cron", "run_on_start", "time_zone"}), QString());
    }
    const YAML::Node retry = root["retry"];
    f.locateAll(
        QStringLiteral("retry"), retry,
        {"attempts", "initial_delay_ms", "max_delay_ms", "max_retry_after_ms", "request_timeout_ms", "run_timeout_ms"});
    if (retry && !retry.IsNull()) {
        if (!retry.IsMap())
            return f.error(
                retry, FerryFormatText::tr("'retry' must be a map with attempts, initial_delay_ms and max_delay_ms"));
        FERRY_TRY(attempts, f.integer(retry, "attempts"));
        job.retry.attempts = saturatedInt(attempts.value_or(job.retry.attempts));
        FERRY_TRY(initial, f.integer(retry, "initial_delay_ms"));
        job.retry.initialDelayMs = saturatedInt(initial.value_or(job.retry.initialDelayMs));
        FERRY_TRY(maxDelay, f.integer(retry, "max_delay_ms"));
        job.retry.maxDelayMs = saturatedInt(maxDelay.value_or(job.retry.maxDelayMs));
        FERRY_TRY(maxRetryAfter, f.integer(retry, "max_retry_after_ms"));
        job.retry.maxRetryAfterMs = saturatedInt(maxRetryAfter.value_or(job.retry.maxRetryAfterMs));
        FERRY_TRY(requestTimeout, f.integer(retry, "request_timeout_ms"));
        job.retry.requestTimeoutMs = saturatedInt(requestTimeout.value_or(job.retry.requestTimeoutMs));
        FERRY_TRY(runTimeout, f.integer(retry, "run_timeout_ms"));
        job.retry.runTimeoutMs = saturatedInt(runTimeout.value_or(job.retry.runTimeoutMs));
        f.warnUnknownKeys(retry,
                          yamlKeySet({"attempts", "initial_delay_ms", "max_delay_ms", "max_retry_after_ms",
                                      "request_timeout_ms", "run_timeout_ms"}),
                          QString());
    }
    FERRY_TRY(verbosity, f.string(root, "log_verbosity"));
    job.logVerbosity = verbosity.value_or(QString());
    return {};
}

// --- writing ---

// A literal block shows a query as written, but YAML has no escapes there: only printable characters, tabs
// and line feeds survive it. A query with anything else is written double-quoted, with escapes.
bool fitsLiteralBlock(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'\n' || u == u'\t' ||
               (u >= 0x20 && u != 0x7F && (u < 0x80 || u >= 0xA0) && u != 0x2028 && u != 0x2029 && u != 0xFEFF &&
                u < 0xFFFE);
    });
}

void writeSqlSource(YAML::Emitter &e, const SqlSourceSpec &s)
{
    e << YAML::Key << "type" << YAML::Value << "sql";
    writeSqlConnection(e, s);
    e << YAML::Key << "query" << YAML::Value;
    if (fitsLiteralBlock(s.query))
        e << YAML::Literal;
    e << s.query.toStdString();
}

} // namespace

Result<LoadedJob> readFerryJob(const YAML::Node &root, const QString &name)
{
    LoadedJob out;
    out.format = JobFileFormat::Ferry;
    YamlFields f(name, &out.warnings);
    JobSpec &job = out.job;
    job.sourcePath = name;
    for (const char *key :
         {"id", "name", "description", "log_verbosity", "source", "target", "sync", "schedule", "retry"})
        f.locate(QLatin1String(key), child(root, key), root);

    FERRY_TRY(version, f.integer(root, "ferry", 1, 1000));
    if (!version)
        return f.error(root, FerryFormatText::tr("'ferry' (the format version) is missing"));
    if (*version > JobFormatVersion)
        return f.error(root["ferry"], FerryFormatText::tr(
                                          "this job uses format version %1, written by a newer Ferry; this Ferry reads "
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
        return f.error(root, FerryFormatText::tr("'source' is missing: say where the rows come from"));
    if (!root["target"])
        return f.error(root, FerryFormatText::tr("'target' is missing: say where the rows go"));
    if (auto r = readSource(f, root["source"], job); !r)
        return r.error();
    if (auto r = readTarget(f, root["target"], job); !r)
        return r.error();
    if (auto r = readSync(f, root["sync"], job); !r)
        return r.error();
    if (auto r = readRest(f, root, job); !r)
        return r.error();
    if (auto r = readHooks(f, root, job); !r)
        return r.error();

    f.warnUnknownKeys(root,
                      yamlKeySet({"ferry", "id", "name", "description", "source", "target", "mapping", "sync",
                                  "schedule", "retry", "log_verbosity", "hooks"}),
                      QString());
    if (auto r = f.report(validate(job)); !r)
        return r.error();
    return out;
}

Result<QByteArray> saveJobText(const JobSpec &job)
{
    const auto refuseInline = [&](const SecretRef &s, const QString &field) -> std::optional<Error> {
        if (s.isInline())
            return Error{
                ErrorCode::InvalidConfig,
                FerryFormatText::tr("the job holds a plaintext %1; job files keep references only: store it as an "
                                    "environment variable or a file and refer to it with {secret: env:NAME}")
                    .arg(field),
                job.name};
        return std::nullopt;
    };
    if (auto e = refuseInline(job.sql.password, QStringLiteral("database password")))
        return *e;
    if (!urlPassword(job.sql.url).isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     FerryFormatText::tr(
                         "the database URL holds a password; job files keep references only: remove it from the URL "
                         "and set source.password to {secret: env:NAME}, {secret: file:PATH} or a keychain entry"),
                     job.name};
    if (job.targetKind == TargetKind::Fliplet)
        if (auto e = refuseInline(job.fliplet.authToken, QStringLiteral("auth_token")))
            return *e;
    if (auto e = sqlTargetWriteProblem(job))
        return *e;
    if (job.sourceKind == SourceKind::Fliplet)
        if (auto e = refuseInline(job.flipletSource.authToken, QStringLiteral("auth_token")))
            return *e;
    if (job.sourceKind == SourceKind::Http)
        if (auto e = inlineHttpAuthSecret(job.http.auth, QStringLiteral("source.auth"), job.name))
            return *e;
    if (job.targetKind == TargetKind::Rest)
        if (auto e = inlineHttpAuthSecret(job.rest.auth, QStringLiteral("target.auth"), job.name))
            return *e;
    if (job.targetKind == TargetKind::Webhook)
        if (auto e = inlineHttpAuthSecret(job.webhook.auth, QStringLiteral("target.auth"), job.name))
            return *e;

    YAML::Emitter e;
    e << YAML::BeginMap;
    e << YAML::Key << "ferry" << YAML::Value << JobFormatVersion;
    writeYamlString(e, "id", job.id);
    writeYamlString(e, "name", job.name);
    writeYamlString(e, "description", job.description);

    e << YAML::Key << "source" << YAML::Value << YAML::BeginMap;
    if (job.sourceKind == SourceKind::Fliplet) {
        writeFlipletSource(e, job.flipletSource);
        writeYamlSecret(e, "auth_token", job.flipletSource.authToken);
    } else if (job.sourceKind == SourceKind::Csv || job.sourceKind == SourceKind::Json) {
        FileSourceFormat::write(e, job);
    } else if (job.sourceKind == SourceKind::Http) {
        writeHttpSource(e, job.http);
    } else if (job.sourceKind == SourceKind::Module) {
        writeModule(e, job.moduleSource);
    } else {
        writeSqlSource(e, job.sql);
    }
    e << YAML::EndMap;

    e << YAML::Key << "target" << YAML::Value << YAML::BeginMap;
    if (job.targetKind == TargetKind::Fliplet) {
        const FlipletTargetSpec &t = job.fliplet;
        e << YAML::Key << "type" << YAML::Value << "fliplet";
        e << YAML::Key << "datasource_id" << YAML::Value << t.dataSourceId.toStdString();
        writeYamlSecret(e, "auth_token", t.authToken);
        writeYamlString(e, "api_url", t.apiUrl);
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
        writeFlipletFiles(e, t.files);
    } else if (job.targetKind == TargetKind::Sql) {
        writeSqlTarget(e, job.sqlTarget);
    } else if (job.targetKind == TargetKind::Rest) {
        writeRestTarget(e, job.rest);
    } else if (job.targetKind == TargetKind::Webhook) {
        writeWebhookTarget(e, job.webhook);
    } else if (job.targetKind == TargetKind::Module) {
        writeModule(e, job.moduleTarget);
    } else {
        const SqliteTargetSpec &t = job.sqlite;
        e << YAML::Key << "type" << YAML::Value << "sqlite";
        writeYamlString(e, "path", t.path);
        writeYamlString(e, "table", t.table);
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
    writeYamlString(e, "timestamp_column", r.timestampColumn);
    writeYamlString(e, "delete_column", r.deleteColumn);
    if (!(r.safeguard == DeleteSafeguard{}))
        e << YAML::Key << "delete_safeguard" << YAML::Value << YAML::BeginMap << YAML::Key << "max_rows" << YAML::Value
          << r.safeguard.maxRows << YAML::Key << "max_share" << YAML::Value << r.safeguard.maxShare << YAML::EndMap;
    e << YAML::EndMap;

    if (!job.schedule.cron.isEmpty() || !job.schedule.runOnStart || !job.schedule.timeZone.isEmpty()) {
        e << YAML::Key << "schedule" << YAML::Value << YAML::BeginMap;
        writeYamlString(e, "cron", job.schedule.cron);
        e << YAML::Key << "run_on_start" << YAML::Value << job.schedule.runOnStart;
        writeYamlString(e, "time_zone", job.schedule.timeZone);
        e << YAML::EndMap;
    }
    if (!(job.retry == RetrySpec{}))
        e << YAML::Key << "retry" << YAML::Value << YAML::BeginMap << YAML::Key << "attempts" << YAML::Value
          << job.retry.attempts << YAML::Key << "initial_delay_ms" << YAML::Value << job.retry.initialDelayMs
          << YAML::Key << "max_delay_ms" << YAML::Value << job.retry.maxDelayMs << YAML::Key << "max_retry_after_ms"
          << YAML::Value << job.retry.maxRetryAfterMs << YAML::Key << "request_timeout_ms" << YAML::Value
          << job.retry.requestTimeoutMs << YAML::Key << "run_timeout_ms" << YAML::Value << job.retry.runTimeoutMs
          << YAML::EndMap;
    writeYamlString(e, "log_verbosity", job.logVerbosity);
    writeHooks(e, job.hooks);
    e << YAML::EndMap;

    if (!e.good())
        return Error{ErrorCode::Internal, QString::fromStdString(e.GetLastError()), job.name};
    QByteArray text(e.c_str(), static_cast<qsizetype>(e.size()));
    text.append('\n');
    return text;
}

} // namespace Ferry
