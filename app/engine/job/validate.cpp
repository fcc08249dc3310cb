#include "validate.h"
#include "webtargetformat.h"

#include "sqltargetvalidation.h"

#include "core/cronexpression.h"
#include "flipletfilesformat.h"
#include "flipletsourceformat.h"
#include "hooksformat.h"
#include "httpvalidate.h"
#include "moduleformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Ferry {

namespace {

constexpr int MaxBatchRows = 10000000;
constexpr qint64 MinBatchBytes = 1024;
constexpr qint64 MaxBatchBytes = qint64(1) << 32;
constexpr int MaxSafeguardRows = 1000000000;
constexpr int MaxAttempts = 100;
constexpr int MaxInitialDelayMs = 600000;
constexpr int MaxDelayMs = 3600000;
constexpr int MaxRunTimeoutMs = 7 * 24 * 3600 * 1000;

// How many statements a query holds: semicolons outside quotes ('…', "…", `…`, [...] for SQL Server,
// PostgreSQL's $tag$…$tag$) and comments (-- …, /* … */) separate them; a trailing one ends the last.
int statementCount(const QString &sql)
{
    int count = 0;
    bool content = false; // the current statement has something besides spaces and comments
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql[i];
        const QChar next = i + 1 < n ? sql[i + 1] : QChar();
        if (c == u'-' && next == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (c == u';') {
            count += content;
            content = false;
            continue;
        }
        if (c.isSpace())
            continue;
        content = true;
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            for (++i; i < n; ++i) {
                if (sql[i] == u'\\' && c == u'\'' && i + 1 < n) { // MySQL's escapes; harmless elsewhere
                    ++i;
                    continue;
                }
                if (sql[i] == close)
                    break;
            }
            continue;
        }
        if (c == u'$') {
            qsizetype j = i + 1;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == u'_'))
                ++j;
            if (j < n && sql[j] == u'$' && (j == i + 1 || !sql[i + 1].isDigit())) {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                i = end < 0 ? n : end + tag.size() - 1;
            }
        }
    }
    return count + content;
}

// The driver a connection URL's scheme stands for (the same schemes the SQL connector reads).
QString driverFromScheme(const QString &scheme)
{
    if (scheme == u"postgres" || scheme == u"postgresql")
        return QStringLiteral("postgres");
    if (scheme == u"mysql" || scheme == u"mariadb")
        return QStringLiteral("mysql");
    if (scheme == u"sqlserver" || scheme == u"mssql")
        return QStringLiteral("mssql");
    if (scheme == u"sqlite")
        return QStringLiteral("sqlite");
    return {};
}

class JobValidator
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobValidator)

public:
    explicit JobValidator(const JobSpec &job) : m_job(job) {}

    QList<ValidationIssue> run()
    {
        checkSource();
        checkTarget();
        checkMapping();
        checkSync();
        checkSchedule();
        checkRetry();
        checkRest();
        m_issues += validateHooks(m_job);
        m_issues += validateModules(m_job);
        return m_issues;
    }

private:
    void error(const QString &field, const QString &message)
    {
        m_issues.append(ValidationIssue{field, message, ValidationIssue::Error});
    }
    void warning(const QString &field, const QString &message)
    {
        m_issues.append(ValidationIssue{field, message, ValidationIssue::Warning});
    }

    void checkSecret(const QString &field, const SecretRef &ref)
    {
        const QString &r = ref.reference;
        if (r.isEmpty())
            return;
        if (r.startsWith(u"env:")) {
            if (r.mid(4).trimmed().isEmpty())
                error(field, tr("the secret reference '%1' names no variable: write env:NAME").arg(r));
        } else if (r.startsWith(u"file:")) {
            if (r.mid(5).trimmed().isEmpty())
                error(field, tr("the secret reference '%1' names no file: write file:PATH").arg(r));
        } else if (r.startsWith(u"keychain:")) {
            if (r.mid(9).trimmed().isEmpty())
                error(field, tr("the secret reference '%1' names no keychain entry: write keychain:NAME").arg(r));
        } else {
            error(field, tr("unknown secret reference '%1': use env:NAME, file:PATH or keychain:NAME").arg(r));
        }
    }

    void checkSource()
    {
        if (m_job.sourceKind == SourceKind::Fliplet) {
            m_issues.append(validateFlipletSource(m_job.flipletSource));
            checkSecret(QStringLiteral("source.auth_token"), m_job.flipletSource.authToken);
            return;
        }
        if (m_job.sourceKind == SourceKind::Csv || m_job.sourceKind == SourceKind::Json) {
            m_issues.append(FileSourceChecks::check(m_job.file, m_job.sourceKind == SourceKind::Csv));
            return;
        }
        if (m_job.sourceKind == SourceKind::Http) {
            m_issues += validateHttpSource(m_job.http, QStringLiteral("source"));
            return;
        }
        if (m_job.sourceKind == SourceKind::Module) {
            for (const auto &[name, secret] : m_job.moduleSource.secrets)
                checkSecret(moduleSecretField(QStringLiteral("source"), name), secret);
            return; // validateModules()
        }
        static const QStringList drivers{QStringLiteral("mysql"), QStringLiteral("postgres"), QStringLiteral("mssql"),
                                         QStringLiteral("sqlite")};
        const SqlSourceSpec &s = m_job.sql;
        QString driver; // the driver in effect, when known
        if (!s.driver.isEmpty()) {
            if (drivers.contains(s.driver))
                driver = s.driver;
            else
                error(QStringLiteral("source.driver"),
                      tr("unknown database driver '%1': use mysql, postgres, mssql or sqlite").arg(s.driver));
        }
        QUrl url;
        if (!s.url.isEmpty()) {
            url = QUrl(s.url, QUrl::StrictMode);
            const QString fromScheme = driverFromScheme(url.scheme().toLower());
            // Never quote the URL: it may hold a password.
            if (!url.isValid() || fromScheme.isEmpty()) {
                error(QStringLiteral("source.url"),
                      tr("cannot read the connection URL: use postgres://user@host:port/database, mysql://…, "
                         "sqlserver://… or sqlite:///path/to/file.db"));
                url = QUrl();
            } else if (!driver.isEmpty() && driver != fromScheme) {
                error(QStringLiteral("source.url"), tr("the URL's scheme '%1' does not match the driver '%2': keep "
                                                       "one of them")
                                                        .arg(url.scheme(), driver));
            } else if (s.driver.isEmpty()) {
                driver = fromScheme;
            }
        } else if (s.driver.isEmpty()) {
            error(QStringLiteral("source.driver"),
                  tr("the database driver is missing: set it to mysql, postgres, mssql or sqlite"));
        }

        if (driver == u"sqlite") {
            const bool hasFile = !s.host.isEmpty() || !s.database.isEmpty() || (url.isValid() && !url.path().isEmpty());
            if (!hasFile)
                error(QStringLiteral("source.path"),
                      tr("the SQLite database file is missing: give its path (relative paths start from the job "
                         "file's folder)"));
        } else if (!driver.isEmpty()) {
            if (s.host.trimmed().isEmpty() && (!url.isValid() || url.host().isEmpty()))
                error(QStringLiteral("source.host"),
                      tr("the database server is missing: give its host name or address"));
            const auto mssqlOnly = [&](const char *field, bool set, const QString &message) {
                if (set)
                    warning(QLatin1String(field), message);
            };
            if (driver != u"mssql") {
                mssqlOnly("source.domain", !s.domain.isEmpty(),
                          tr("the Windows domain applies to SQL Server (mssql) only and is ignored"));
                mssqlOnly("source.instance", !s.instance.isEmpty(),
                          tr("the instance name applies to SQL Server (mssql) only and is ignored"));
                mssqlOnly("source.encrypt", s.encrypt,
                          tr("encryption applies to SQL Server (mssql) only and is ignored"));
            }
        }
        if (s.port < 0 || s.port > 65535)
            error(QStringLiteral("source.port"),
                  tr("the port must be from 1 to 65535 (or left out for the driver's default)"));
        checkSecret(QStringLiteral("source.password"), s.password);
        if (s.query.trimmed().isEmpty())
            error(QStringLiteral("source.query"), tr("the query is missing: give the SQL whose rows are synced"));
        else if (const int statements = statementCount(s.query); statements > 1)
            error(QStringLiteral("source.query"),
                  tr("the query holds %1 statements separated by semicolons; Ferry runs one SELECT: keep only the "
                     "one whose rows are synced")
                      .arg(statements));
    }

    // message has %1 for the largest value allowed.
    void checkBatchRows(int rows, const QString &message)
    {
        if (rows < 0 || rows > MaxBatchRows)
            error(QStringLiteral("target.batch_rows"), message.arg(MaxBatchRows));
    }

    void checkTarget()
    {
        if (m_job.targetKind == TargetKind::Sql) {
            m_issues += validateSqlTarget(m_job);
            return;
        }
        if (m_job.targetKind == TargetKind::Rest || m_job.targetKind == TargetKind::Webhook) {
            m_issues += validateWebTarget(m_job);
            return;
        }
        if (m_job.targetKind == TargetKind::Module) {
            for (const auto &[name, secret] : m_job.moduleTarget.secrets)
                checkSecret(moduleSecretField(QStringLiteral("target"), name), secret);
            return; // validateModules()
        }
        if (m_job.targetKind == TargetKind::Fliplet) {
            const FlipletTargetSpec &t = m_job.fliplet;
            const QString id = t.dataSourceId.trimmed();
            bool numeric = false;
            const qint64 number = id.toLongLong(&numeric);
            if (id.isEmpty())
                error(QStringLiteral("target.datasource_id"),
                      tr("the data source ID is missing: find it in Fliplet Studio (App data, the data source's "
                         "settings)"));
            else if (!numeric || number <= 0 || number > MaxDataSourceId)
                error(QStringLiteral("target.datasource_id"),
                      tr("the data source ID must be a whole number above 0, not '%1'").arg(id));
            if (t.authToken.isEmpty())
                error(
                    QStringLiteral("target.auth_token"),
                    tr("the Fliplet API token is missing: create one in Fliplet Studio and give it access to the data "
                       "source"));
            checkSecret(QStringLiteral("target.auth_token"), t.authToken);
            if (!t.apiUrl.isEmpty()) {
                const QUrl url(t.apiUrl, QUrl::StrictMode);
                const QString scheme = url.scheme().toLower();
                if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
                    error(QStringLiteral("target.api_url"),
                          tr("the API URL '%1' is not an http:// or https:// address").arg(t.apiUrl));
                else if (scheme == u"http" && !isLoopbackHost(url.host()))
                    error(QStringLiteral("target.api_url"),
                          tr("the API URL '%1' is plain http://: Ferry sends the token only over https:// (or to "
                             "this machine, for tests); use an https:// address")
                              .arg(t.apiUrl));
            }
            for (const QString &hook : t.runHooks)
                if (hook != u"insert" && hook != u"update")
                    error(QStringLiteral("target.run_hooks"), tr("unknown hook '%1': use insert or update").arg(hook));
            checkBatchRows(t.batchRows, tr("the rows per commit must be from 1 to %1 (or left out for the default)"));
            if (t.batchBytes != 0 && (t.batchBytes < MinBatchBytes || t.batchBytes > MaxBatchBytes))
                error(QStringLiteral("target.batch_bytes"),
                      tr("bytes per commit must be from %1 to %2 (or left out for the default, 32 MiB)")
                          .arg(MinBatchBytes)
                          .arg(MaxBatchBytes));
            m_issues += validateFlipletFiles(m_job);
            return;
        }
        const SqliteTargetSpec &t = m_job.sqlite;
        if (t.path.trimmed().isEmpty())
            error(QStringLiteral("target.path"),
                  tr("the target's database file is missing: give the path of the SQLite file to write (relative "
                     "paths start from the job file's folder)"));
        if (t.table.trimmed().isEmpty())
            error(QStringLiteral("target.table"), tr("the table is missing: name the table the rows are written to"));
        checkBatchRows(t.batchRows, tr("the rows per transaction must be from 1 to %1 (or left out for the default)"));
    }

    void checkMapping()
    {
        QHash<QString, qsizetype> writtenBy;
        for (qsizetype i = 0; i < m_job.mapping.size(); ++i) {
            const FieldMapping &m = m_job.mapping[i];
            const QString entry = QStringLiteral("mapping[%1]").arg(i);
            if (m.from.trimmed().isEmpty())
                error(entry + QStringLiteral(".from"),
                      tr("the source column is missing: name the column this entry reads"));
            if (m.to.trimmed().isEmpty()) {
                error(entry + QStringLiteral(".to"), tr("the target field is missing: name the field this entry "
                                                        "writes"));
            } else if (const auto earlier = writtenBy.constFind(m.to); earlier != writtenBy.cend()) {
                error(entry + QStringLiteral(".to"),
                      tr("the field '%1' is already written from the column '%2': each field can be written once")
                          .arg(m.to, m_job.mapping[*earlier].from));
            } else {
                writtenBy.insert(m.to, i);
                m_mappedFields.append(m.to);
            }
        }
    }

    // Rule columns name fields after mapping; with a mapping, they must be among its fields. message has %1
    // for the column and %2 for the mapped fields.
    void checkMapped(const QString &field, const QString &column, const QString &message)
    {
        if (m_job.mapping.isEmpty() || m_mappedFields.contains(column))
            return;
        error(field, message.arg(column, m_mappedFields.join(QStringLiteral(", "))));
    }

    void checkSync()
    {
        const SyncRules &r = m_job.rules;
        const QString keyField = QStringLiteral("sync.key");
        if (r.keyColumns.isEmpty())
            warning(keyField, tr("no sync key: every run appends every row again; set a key to update rows in "
                                 "place"));
        QSet<QString> seen;
        for (const QString &key : r.keyColumns) {
            if (key.trimmed().isEmpty()) {
                error(keyField, tr("a key column has no name"));
            } else if (seen.contains(key)) {
                warning(keyField, tr("the key names '%1' twice").arg(key));
            } else {
                seen.insert(key);
                checkMapped(keyField, key,
                            tr("the key column '%1' is not a field the mapping writes (%2): keys name fields "
                               "after mapping"));
            }
        }
        if (!r.timestampColumn.isEmpty()) {
            checkMapped(QStringLiteral("sync.timestamp_column"), r.timestampColumn,
                        tr("the timestamp column '%1' is not a field the mapping writes (%2): rule columns name "
                           "fields after mapping"));
            if (r.mode == SyncMode::Append)
                warning(QStringLiteral("sync.timestamp_column"),
                        tr("append mode never updates rows, so the timestamp column is not used"));
        }
        if (!r.deleteColumn.isEmpty()) {
            checkMapped(QStringLiteral("sync.delete_column"), r.deleteColumn,
                        tr("the delete column '%1' is not a field the mapping writes (%2): rule columns name fields "
                           "after mapping"));
            if (r.mode == SyncMode::Append)
                warning(QStringLiteral("sync.delete_column"),
                        tr("append mode never deletes: rows marked in the delete column are only left out"));
        }
        if (r.safeguard.maxRows < 0 || r.safeguard.maxRows > MaxSafeguardRows)
            error(QStringLiteral("sync.delete_safeguard.max_rows"),
                  tr("the most rows a run may delete without asking must be from 0 to %1").arg(MaxSafeguardRows));
        if (!(r.safeguard.maxShare >= 0.0 && r.safeguard.maxShare <= 1.0))
            error(QStringLiteral("sync.delete_safeguard.max_share"),
                  tr("the largest share of the target a run may delete without asking must be from 0 to 1 (0.5 is "
                     "half)"));
    }

    void checkSchedule()
    {
        const QString zone = m_job.schedule.timeZone.trimmed();
        if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
            error(QStringLiteral("schedule.time_zone"),
                  tr("'%1' is not a time zone this computer knows: use an IANA name such as Europe/Berlin or "
                     "America/New_York, or leave it empty for local time")
                      .arg(zone));
        const QString cron = m_job.schedule.cron.trimmed();
        if (cron.isEmpty())
            return;
        const Result<CronExpression> parsed = CronExpression::parse(cron);
        if (!parsed)
            error(QStringLiteral("schedule.cron"), parsed.error().message);
    }

    void checkRetry()
    {
        const RetrySpec &r = m_job.retry;
        if (r.attempts < 1 || r.attempts > MaxAttempts)
            error(QStringLiteral("retry.attempts"),
                  tr("the number of tries must be from 1 to %1 (the first try included)").arg(MaxAttempts));
        const bool initialOk = r.initialDelayMs >= 0 && r.initialDelayMs <= MaxInitialDelayMs;
        const bool maxOk = r.maxDelayMs >= 0 && r.maxDelayMs <= MaxDelayMs;
        if (!initialOk)
            error(QStringLiteral("retry.initial_delay_ms"),
                  tr("the first retry delay must be from 0 to %1 ms (10 minutes)").arg(MaxInitialDelayMs));
        if (!maxOk)
            error(QStringLiteral("retry.max_delay_ms"),
                  tr("the longest retry delay must be from 0 to %1 ms (an hour)").arg(MaxDelayMs));
        if (r.maxRetryAfterMs < 0 || r.maxRetryAfterMs > MaxDelayMs)
            error(QStringLiteral("retry.max_retry_after_ms"),
                  tr("the longest wait a server may ask for must be from 0 to %1 ms (an hour)").arg(MaxDelayMs));
        if (r.requestTimeoutMs < 1000 || r.requestTimeoutMs > 24 * 3600 * 1000)
            error(QStringLiteral("retry.request_timeout_ms"),
                  tr("the time limit of one request must be from 1000 ms to 24 hours"));
        if (r.runTimeoutMs < 1000 || r.runTimeoutMs > MaxRunTimeoutMs)
            error(QStringLiteral("retry.run_timeout_ms"),
                  tr("the time limit of a whole run must be from 1000 ms to %1 ms (a week)").arg(MaxRunTimeoutMs));
        if (initialOk && maxOk && r.maxDelayMs < r.initialDelayMs)
            warning(QStringLiteral("retry.max_delay_ms"),
                    tr("the longest retry delay (%1 ms) is shorter than the first (%2 ms): every retry waits %1 ms")
                        .arg(r.maxDelayMs)
                        .arg(r.initialDelayMs));
    }

    void checkRest()
    {
        if (m_job.id.trimmed().isEmpty())
            error(QStringLiteral("id"), tr("the job has no id: give it one that stays the same when the job is "
                                           "renamed"));
        const QString &v = m_job.logVerbosity;
        if (!v.isEmpty() && v != u"debug" && v != u"info" && v != u"warning")
            error(QStringLiteral("log_verbosity"),
                  tr("the log level '%1' is unknown: use debug, info or warning").arg(v));
    }

    const JobSpec &m_job;
    QList<ValidationIssue> m_issues;
    QStringList m_mappedFields;
};

} // namespace

QList<ValidationIssue> validate(const JobSpec &job)
{
    return JobValidator(job).run();
}

bool hasErrors(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue &i) { return i.severity == ValidationIssue::Error; });
}

} // namespace Ferry
