// validate(): each check with its field path and severity; both job-file readers report its issues with the
// file:line:column of the field (or name the key when the file lacks it).
#include "job/jobfile.h"
#include "job/validate.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace Ferry;

namespace {

using Severity = ValidationIssue::Severity;

// A job that validates without a single issue.
JobSpec validJob()
{
    JobSpec job;
    job.id = QStringLiteral("job");
    job.name = QStringLiteral("Job");
    job.sql.driver = QStringLiteral("sqlite");
    job.sql.host = QStringLiteral("users.sqlite");
    job.sql.query = QStringLiteral("SELECT id, email, updated, removed FROM users");
    job.targetKind = TargetKind::Fliplet;
    job.fliplet.dataSourceId = QStringLiteral("4711");
    job.fliplet.authToken.reference = QStringLiteral("env:FLIPLET_TOKEN");
    job.rules.keyColumns = {QStringLiteral("id")};
    job.schedule.cron = QStringLiteral("*/15 * * * *");
    return job;
}

JobSpec withMapping()
{
    JobSpec job = validJob();
    job.mapping = {{QStringLiteral("id"), QStringLiteral("ID")},
                   {QStringLiteral("email"), QStringLiteral("Email")},
                   {QStringLiteral("updated"), QStringLiteral("Updated")},
                   {QStringLiteral("removed"), QStringLiteral("Removed")}};
    job.rules.keyColumns = {QStringLiteral("ID")};
    job.rules.timestampColumn = QStringLiteral("Updated");
    job.rules.deleteColumn = QStringLiteral("Removed");
    return job;
}

JobSpec sqliteTarget()
{
    JobSpec job = validJob();
    job.targetKind = TargetKind::Sqlite;
    job.sqlite.path = QStringLiteral("out.sqlite");
    job.sqlite.table = QStringLiteral("users");
    return job;
}

struct Case
{
    const char *name;
    std::function<JobSpec()> job;
    const char *field;
    Severity severity;
    const char *says;
};

const QList<Case> &cases()
{
    using S = QString;
    static const QList<Case> all{
        // Source
        {"driver missing",
         [] {
             JobSpec j = validJob();
             j.sql.driver.clear();
             return j;
         },
         "source.driver", ValidationIssue::Error, "the database driver is missing"},
        {"driver unknown",
         [] {
             JobSpec j = validJob();
             j.sql.driver = S::fromLatin1("oracle");
             return j;
         },
         "source.driver", ValidationIssue::Error, "unknown database driver 'oracle'"},
        {"url unreadable",
         [] {
             JobSpec j = validJob();
             j.sql.driver.clear();
             j.sql.url = S::fromLatin1("ftp://user:hunter2@db/crm");
             return j;
         },
         "source.url", ValidationIssue::Error, "cannot read the connection URL"},
        {"url disagrees with driver",
         [] {
             JobSpec j = validJob();
             j.sql.driver = S::fromLatin1("mysql");
             j.sql.url = S::fromLatin1("postgres://db/crm");
             return j;
         },
         "source.url", ValidationIssue::Error, "the URL's scheme 'postgres' does not match the driver 'mysql'"},
        {"sqlite without a file",
         [] {
             JobSpec j = validJob();
             j.sql.host.clear();
             return j;
         },
         "source.path", ValidationIssue::Error, "the SQLite database file is missing"},
        {"server without a host",
         [] {
             JobSpec j = validJob();
             j.sql.driver = S::fromLatin1("postgres");
             j.sql.host.clear();
             return j;
         },
         "source.host", ValidationIssue::Error, "the database server is missing"},
        {"url without a host",
         [] {
             JobSpec j = validJob();
             j.sql.driver.clear();
             j.sql.host.clear();
             j.sql.url = S::fromLatin1("mysql:///crm");
             return j;
         },
         "source.host", ValidationIssue::Error, "the database server is missing"},
        {"port too high",
         [] {
             JobSpec j = validJob();
             j.sql.port = 70000;
             return j;
         },
         "source.port", ValidationIssue::Error, "from 1 to 65535"},
        {"port negative",
         [] {
             JobSpec j = validJob();
             j.sql.port = -1;
             return j;
         },
         "source.port", ValidationIssue::Error, "from 1 to 65535"},
        {"password reference unknown",
         [] {
             JobSpec j = validJob();
             j.sql.password.reference = S::fromLatin1("vault:crm");
             return j;
         },
         "source.password", ValidationIssue::Error, "unknown secret reference 'vault:crm'"},
        {"password variable unnamed",
         [] {
             JobSpec j = validJob();
             j.sql.password.reference = S::fromLatin1("env:");
             return j;
         },
         "source.password", ValidationIssue::Error, "names no variable"},
        {"query missing",
         [] {
             JobSpec j = validJob();
             j.sql.query = S::fromLatin1("  ");
             return j;
         },
         "source.query", ValidationIssue::Error, "the query is missing"},
        {"two statements",
         [] {
             JobSpec j = validJob();
             j.sql.query = S::fromLatin1("SELECT 1; DELETE FROM users -- gone\n");
             return j;
         },
         "source.query", ValidationIssue::Error, "holds 2 statements"},
        {"domain without mssql",
         [] {
             JobSpec j = validJob();
             j.sql.driver = S::fromLatin1("postgres");
             j.sql.host = S::fromLatin1("db");
             j.sql.domain = S::fromLatin1("CORP");
             return j;
         },
         "source.domain", ValidationIssue::Warning, "applies to SQL Server (mssql) only"},
        {"instance without mssql",
         [] {
             JobSpec j = validJob();
             j.sql.driver = S::fromLatin1("mysql");
             j.sql.host = S::fromLatin1("db");
             j.sql.instance = S::fromLatin1("SQLEXPRESS");
             return j;
         },
         "source.instance", ValidationIssue::Warning, "applies to SQL Server (mssql) only"},
        {"encrypt without mssql",
         [] {
             JobSpec j = validJob();
             j.sql.driver = S::fromLatin1("mysql");
             j.sql.host = S::fromLatin1("db");
             j.sql.encrypt = true;
             return j;
         },
         "source.encrypt", ValidationIssue::Warning, "applies to SQL Server (mssql) only"},
        // Fliplet target
        {"data source missing",
         [] {
             JobSpec j = validJob();
             j.fliplet.dataSourceId.clear();
             return j;
         },
         "target.datasource_id", ValidationIssue::Error, "the data source ID is missing"},
        {"data source not a number",
         [] {
             JobSpec j = validJob();
             j.fliplet.dataSourceId = S::fromLatin1("users");
             return j;
         },
         "target.datasource_id", ValidationIssue::Error, "a whole number above 0, not 'users'"},
        {"data source zero",
         [] {
             JobSpec j = validJob();
             j.fliplet.dataSourceId = S::fromLatin1("0");
             return j;
         },
         "target.datasource_id", ValidationIssue::Error, "a whole number above 0"},
        {"data source a path",
         [] {
             JobSpec j = validJob();
             j.fliplet.dataSourceId = S::fromLatin1("../../v1/user?x=");
             return j;
         },
         "target.datasource_id", ValidationIssue::Error, "a whole number above 0, not '../../v1/user?x='"},
        {"api url plain http to another host",
         [] {
             JobSpec j = validJob();
             j.fliplet.apiUrl = S::fromLatin1("http://fliplet.example");
             return j;
         },
         "target.api_url", ValidationIssue::Error, "only over https://"},
        {"file column unnamed",
         [] {
             JobSpec j = validJob();
             j.fliplet.files = {FlipletFileColumn{}};
             return j;
         },
         "target.files[0].column", ValidationIssue::Error, "the file column has no name"},
        {"file column twice",
         [] {
             JobSpec j = validJob();
             FlipletFileColumn c;
             c.column = S::fromLatin1("Photo");
             j.fliplet.files = {c, c};
             return j;
         },
         "target.files[1].column", ValidationIssue::Error, "listed twice"},
        {"file column headers on local",
         [] {
             JobSpec j = validJob();
             FlipletFileColumn c;
             c.column = S::fromLatin1("Photo");
             c.headers = {{S::fromLatin1("Authorization"), S::fromLatin1("Bearer 1")}};
             j.fliplet.files = {c};
             return j;
         },
         "target.files[0].headers", ValidationIssue::Error, "remote files only"},
        {"token missing",
         [] {
             JobSpec j = validJob();
             j.fliplet.authToken = {};
             return j;
         },
         "target.auth_token", ValidationIssue::Error, "the Fliplet API token is missing"},
        {"token file unnamed",
         [] {
             JobSpec j = validJob();
             j.fliplet.authToken.reference = S::fromLatin1("file:");
             return j;
         },
         "target.auth_token", ValidationIssue::Error, "names no file"},
        {"api url not http",
         [] {
             JobSpec j = validJob();
             j.fliplet.apiUrl = S::fromLatin1("ftp://fliplet.example");
             return j;
         },
         "target.api_url", ValidationIssue::Error, "is not an http:// or https:// address"},
        {"unknown hook",
         [] {
             JobSpec j = validJob();
             j.fliplet.runHooks = {S::fromLatin1("insert"), S::fromLatin1("delete")};
             return j;
         },
         "target.run_hooks", ValidationIssue::Error, "unknown hook 'delete'"},
        {"batch rows negative",
         [] {
             JobSpec j = validJob();
             j.fliplet.batchRows = -1;
             return j;
         },
         "target.batch_rows", ValidationIssue::Error, "rows per commit must be from 1 to 10000000"},
        {"batch rows too many",
         [] {
             JobSpec j = validJob();
             j.fliplet.batchRows = 20000000;
             return j;
         },
         "target.batch_rows", ValidationIssue::Error, "rows per commit"},
        {"batch bytes too few",
         [] {
             JobSpec j = validJob();
             j.fliplet.batchBytes = 100;
             return j;
         },
         "target.batch_bytes", ValidationIssue::Error, "bytes per commit must be from 1024"},
        // SQLite target
        {"sqlite target without a file",
         [] {
             JobSpec j = sqliteTarget();
             j.sqlite.path.clear();
             return j;
         },
         "target.path", ValidationIssue::Error, "the target's database file is missing"},
        {"sqlite target without a table",
         [] {
             JobSpec j = sqliteTarget();
             j.sqlite.table.clear();
             return j;
         },
         "target.table", ValidationIssue::Error, "the table is missing"},
        {"sqlite batch rows negative",
         [] {
             JobSpec j = sqliteTarget();
             j.sqlite.batchRows = -5;
             return j;
         },
         "target.batch_rows", ValidationIssue::Error, "rows per transaction"},
        // Mapping
        {"mapping without a column",
         [] {
             JobSpec j = withMapping();
             j.mapping[1].from.clear();
             return j;
         },
         "mapping[1].from", ValidationIssue::Error, "the source column is missing"},
        {"mapping without a field",
         [] {
             JobSpec j = withMapping();
             j.mapping[0].to = S::fromLatin1(" ");
             j.rules.keyColumns = {S::fromLatin1("Email")};
             return j;
         },
         "mapping[0].to", ValidationIssue::Error, "the target field is missing"},
        {"two mappings write one field",
         [] {
             JobSpec j = withMapping();
             j.mapping[3].to = S::fromLatin1("Email");
             j.rules.deleteColumn.clear();
             return j;
         },
         "mapping[3].to", ValidationIssue::Error, "the field 'Email' is already written from the column 'email'"},
        // Sync rules
        {"no key",
         [] {
             JobSpec j = validJob();
             j.rules.keyColumns.clear();
             return j;
         },
         "sync.key", ValidationIssue::Warning, "no sync key: every run appends every row again"},
        {"key without a name",
         [] {
             JobSpec j = validJob();
             j.rules.keyColumns = {S::fromLatin1("id"), S()};
             return j;
         },
         "sync.key", ValidationIssue::Error, "a key column has no name"},
        {"key twice",
         [] {
             JobSpec j = validJob();
             j.rules.keyColumns = {S::fromLatin1("id"), S::fromLatin1("id")};
             return j;
         },
         "sync.key", ValidationIssue::Warning, "the key names 'id' twice"},
        {"key not mapped",
         [] {
             JobSpec j = withMapping();
             j.rules.keyColumns = {S::fromLatin1("ID"), S::fromLatin1("id")};
             return j;
         },
         "sync.key", ValidationIssue::Error,
         "the key column 'id' is not a field the mapping writes (ID, Email, Updated, Removed)"},
        {"timestamp not mapped",
         [] {
             JobSpec j = withMapping();
             j.rules.timestampColumn = S::fromLatin1("updated");
             return j;
         },
         "sync.timestamp_column", ValidationIssue::Error, "the timestamp column 'updated' is not a field"},
        {"delete column not mapped",
         [] {
             JobSpec j = withMapping();
             j.rules.deleteColumn = S::fromLatin1("removed");
             return j;
         },
         "sync.delete_column", ValidationIssue::Error, "the delete column 'removed' is not a field"},
        {"timestamp in append mode",
         [] {
             JobSpec j = validJob();
             j.rules.mode = SyncMode::Append;
             j.rules.timestampColumn = S::fromLatin1("updated");
             return j;
         },
         "sync.timestamp_column", ValidationIssue::Warning, "append mode never updates rows"},
        {"delete column in append mode",
         [] {
             JobSpec j = validJob();
             j.rules.mode = SyncMode::Append;
             j.rules.deleteColumn = S::fromLatin1("removed");
             return j;
         },
         "sync.delete_column", ValidationIssue::Warning, "append mode never deletes"},
        {"safeguard rows negative",
         [] {
             JobSpec j = validJob();
             j.rules.safeguard.maxRows = -1;
             return j;
         },
         "sync.delete_safeguard.max_rows", ValidationIssue::Error, "from 0 to 1000000000"},
        {"safeguard share over 1",
         [] {
             JobSpec j = validJob();
             j.rules.safeguard.maxShare = 1.5;
             return j;
         },
         "sync.delete_safeguard.max_share", ValidationIssue::Error, "from 0 to 1"},
        {"safeguard share not a number",
         [] {
             JobSpec j = validJob();
             j.rules.safeguard.maxShare = std::nan("");
             return j;
         },
         "sync.delete_safeguard.max_share", ValidationIssue::Error, "from 0 to 1"},
        // Schedule
        {"cron out of range",
         [] {
             JobSpec j = validJob();
             j.schedule.cron = S::fromLatin1("0 25 * * *");
             return j;
         },
         "schedule.cron", ValidationIssue::Error, "the hour field '25' is out of range (0-23)"},
        {"cron never fires",
         [] {
             JobSpec j = validJob();
             j.schedule.cron = S::fromLatin1("0 0 31 2 *");
             return j;
         },
         "schedule.cron", ValidationIssue::Error, "never fires"},
        {"cron unsupported",
         [] {
             JobSpec j = validJob();
             j.schedule.cron = S::fromLatin1("0 0 L * *");
             return j;
         },
         "schedule.cron", ValidationIssue::Error, "uses 'L', which Ferry does not support"},
        {"unknown time zone",
         [] {
             JobSpec j = validJob();
             j.schedule.timeZone = S::fromLatin1("Europe/Atlantis");
             return j;
         },
         "schedule.time_zone", ValidationIssue::Error, "'Europe/Atlantis' is not a time zone this computer knows"},
        // Retry
        {"no tries",
         [] {
             JobSpec j = validJob();
             j.retry.attempts = 0;
             return j;
         },
         "retry.attempts", ValidationIssue::Error, "from 1 to 100"},
        {"too many tries",
         [] {
             JobSpec j = validJob();
             j.retry.attempts = 101;
             return j;
         },
         "retry.attempts", ValidationIssue::Error, "from 1 to 100"},
        {"first delay negative",
         [] {
             JobSpec j = validJob();
             j.retry.initialDelayMs = -1;
             return j;
         },
         "retry.initial_delay_ms", ValidationIssue::Error, "from 0 to 600000 ms"},
        {"longest delay too long",
         [] {
             JobSpec j = validJob();
             j.retry.maxDelayMs = 4000000;
             return j;
         },
         "retry.max_delay_ms", ValidationIssue::Error, "from 0 to 3600000 ms"},
        {"longest delay shorter than the first",
         [] {
             JobSpec j = validJob();
             j.retry.initialDelayMs = 2000;
             j.retry.maxDelayMs = 1000;
             return j;
         },
         "retry.max_delay_ms", ValidationIssue::Warning, "is shorter than the first"},
        // The rest
        {"no id",
         [] {
             JobSpec j = validJob();
             j.id.clear();
             return j;
         },
         "id", ValidationIssue::Error, "the job has no id"},
        {"unknown log level",
         [] {
             JobSpec j = validJob();
             j.logVerbosity = S::fromLatin1("loud");
             return j;
         },
         "log_verbosity", ValidationIssue::Error, "the log level 'loud' is unknown"},
    };
    return all;
}

bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list)
        if (s.contains(text))
            return true;
    return false;
}

} // namespace

class TestValidate : public QObject
{
    Q_OBJECT
private slots:
    void validJobsHaveNoIssues();
    void eachCheck_data();
    void eachCheck();
    void urlIsNeverQuoted();
    void issuesComeInFieldOrder();
    void ferryReaderPlacesIssues();
    void ferryReaderNamesAbsentFields();
    void ferryReaderReportsEveryError();
    void ferryReaderWarnings();
    void flipletReaderPlacesIssues();
    void flipletReaderNamesAbsentKeys();
    void flipletReaderWarnings();
};

void TestValidate::validJobsHaveNoIssues()
{
    QCOMPARE(validate(validJob()), QList<ValidationIssue>());
    QCOMPARE(validate(withMapping()), QList<ValidationIssue>());
    QCOMPARE(validate(sqliteTarget()), QList<ValidationIssue>());
    // Semicolons in text, quoted names, comments and dollar quotes, and a trailing one, make no second statement.
    for (const char *query :
         {"SELECT id FROM t;", "SELECT id FROM t; -- done; really\n", "SELECT 'a;b' AS \"x;y\", `c;` FROM t /* ; */;",
          "SELECT $f$ ; $f$ AS s, $$;$$ AS t FROM t", "SELECT 'it''s; fine' FROM t ;  ", "SELECT [a;b] FROM t"}) {
        JobSpec j = validJob();
        j.sql.query = QString::fromLatin1(query);
        QVERIFY2(validate(j).isEmpty(), query);
    }
    JobSpec server = validJob();
    server.sql.driver = QStringLiteral("mssql");
    server.sql.host = QStringLiteral("db");
    server.sql.port = 1433;
    server.sql.domain = QStringLiteral("CORP");
    server.sql.encrypt = true;
    server.sql.password.reference = QStringLiteral("file:db.password");
    server.fliplet.apiUrl = QStringLiteral("https://fliplet.example.internal");
    server.fliplet.runHooks = {QStringLiteral("insert"), QStringLiteral("update")};
    server.fliplet.batchRows = 1000;
    server.fliplet.batchBytes = 1 << 20;
    server.schedule.cron = QStringLiteral("@daily");
    QCOMPARE(validate(server), QList<ValidationIssue>());
    JobSpec url = validJob();
    url.sql.driver.clear();
    url.sql.host.clear();
    url.sql.url = QStringLiteral("postgres://reporting@db.internal:5433/crm?sslmode=require");
    QCOMPARE(validate(url), QList<ValidationIssue>());
    url.sql.url = QStringLiteral("sqlite:///var/lib/app/users.sqlite");
    QCOMPARE(validate(url), QList<ValidationIssue>());
    JobSpec unscheduled = validJob();
    unscheduled.schedule.cron.clear();
    QCOMPARE(validate(unscheduled), QList<ValidationIssue>());
    QVERIFY(!hasErrors({}));
}

void TestValidate::eachCheck_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << i;
}

void TestValidate::eachCheck()
{
    QFETCH(int, index);
    const Case &c = cases()[index];
    const QList<ValidationIssue> issues = validate(c.job());
    QCOMPARE(issues.size(), 1);
    const ValidationIssue &issue = issues.first();
    QCOMPARE(issue.field, QLatin1String(c.field));
    QCOMPARE(issue.severity, c.severity);
    QVERIFY2(issue.message.contains(QLatin1String(c.says)), qPrintable(issue.message));
    QCOMPARE(hasErrors(issues), c.severity == ValidationIssue::Error);
}

void TestValidate::urlIsNeverQuoted()
{
    JobSpec job = validJob();
    job.sql.driver.clear();
    job.sql.url = QStringLiteral("ftp://user:hunter2@db/crm");
    for (const ValidationIssue &issue : validate(job))
        QVERIFY2(!issue.message.contains(QStringLiteral("hunter2")), qPrintable(issue.message));
}

void TestValidate::issuesComeInFieldOrder()
{
    JobSpec job = withMapping();
    job.logVerbosity = QStringLiteral("loud");
    job.retry.attempts = 0;
    job.schedule.cron = QStringLiteral("61 * * * *");
    job.rules.safeguard.maxShare = 2;
    job.mapping[0].from.clear();
    job.fliplet.dataSourceId.clear();
    job.sql.query.clear();
    QStringList fields;
    for (const ValidationIssue &issue : validate(job))
        fields.append(issue.field);
    QCOMPARE(fields, (QStringList{QStringLiteral("source.query"), QStringLiteral("target.datasource_id"),
                                  QStringLiteral("mapping[0].from"), QStringLiteral("sync.delete_safeguard.max_share"),
                                  QStringLiteral("schedule.cron"), QStringLiteral("retry.attempts"),
                                  QStringLiteral("log_verbosity")}));
}

void TestValidate::ferryReaderPlacesIssues()
{
    const QByteArray head = "ferry: 1\n"
                            "source: {type: sql, driver: sqlite, path: x.sqlite, query: SELECT 1}\n"
                            "target: {type: fliplet, datasource_id: 5, auth_token: {secret: env:T}}\n";
    struct Placed
    {
        QByteArray tail;
        QString where;
        QString says;
    };
    const QList<Placed> placed{
        {"schedule:\n  cron: '0 25 * * *'\n", QStringLiteral("job.yml:5:9"),
         QStringLiteral("the hour field '25' is out of range (0-23)")},
        {"sync: {key: id}\nmapping:\n  - {from: id, to: id}\n  - {from: email, to: id}\n",
         QStringLiteral("job.yml:7:23"), QStringLiteral("the field 'id' is already written from the column 'id'")},
        {"mapping:\n  - {from: id, to: ID}\nsync:\n  key: id\n", QStringLiteral("job.yml:7:8"),
         QStringLiteral("the key column 'id' is not a field the mapping writes (ID)")},
        {"sync:\n  key: id\n  delete_safeguard:\n    max_rows: -4\n", QStringLiteral("job.yml:7:15"),
         QStringLiteral("from 0 to 1000000000")},
        {"sync: {key: id}\nretry: {attempts: 0}\n", QStringLiteral("job.yml:5:19"), QStringLiteral("from 1 to 100")},
        {"sync: {key: id}\nlog_verbosity: loud\n", QStringLiteral("job.yml:5:16"),
         QStringLiteral("the log level 'loud' is unknown")},
    };
    for (const Placed &p : placed) {
        auto loaded = loadJobText(head + p.tail, QStringLiteral("job.yml"));
        QVERIFY2(!loaded, p.tail.constData());
        QCOMPARE(loaded.error().code, ErrorCode::InvalidConfig);
        QCOMPARE(loaded.error().context, p.where);
        QVERIFY2(loaded.error().message.contains(p.says), qPrintable(loaded.error().message));
    }
    // Values the reader used to check itself, now through validate(), keep their place.
    auto port = loadJobText("ferry: 1\n"
                            "source: {type: sql, driver: postgres, host: db, port: 99999, query: SELECT 1}\n"
                            "target: {type: sqlite, path: y.sqlite, table: t}\n",
                            QStringLiteral("job.yml"));
    QVERIFY(!port);
    QCOMPARE(port.error().toString(), QStringLiteral("job.yml:2:55: the port must be from 1 to 65535 (or left out "
                                                     "for the driver's default)"));
}

void TestValidate::ferryReaderNamesAbsentFields()
{
    // The field is not in the file: the error points at its section and names it.
    auto table = loadJobText("ferry: 1\n"
                             "source: {type: sql, driver: sqlite, path: x.sqlite, query: SELECT 1}\n"
                             "target:\n"
                             "  type: sqlite\n"
                             "  path: y.sqlite\n",
                             QStringLiteral("job.yml"));
    QVERIFY(!table);
    QCOMPARE(table.error().context, QStringLiteral("job.yml:4:3"));
    QVERIFY2(table.error().message.startsWith(QStringLiteral("target.table: the table is missing")),
             qPrintable(table.error().message));

    auto query = loadJobText("ferry: 1\n"
                             "source:\n"
                             "  driver: postgres\n"
                             "  host: db\n"
                             "target: {type: sqlite, path: y.sqlite, table: t}\n",
                             QStringLiteral("job.yml"));
    QVERIFY(!query);
    QCOMPARE(query.error().toString(),
             QStringLiteral("job.yml:3:3: source.query: the query is missing: give the SQL whose rows are synced"));

    // A mapping entry without 'to' keeps the column's name; a clash then points at the entry.
    auto clash = loadJobText("ferry: 1\n"
                             "source: {type: sql, driver: sqlite, path: x.sqlite, query: SELECT 1}\n"
                             "target: {type: sqlite, path: y.sqlite, table: t}\n"
                             "mapping:\n"
                             "  - {from: a, to: b}\n"
                             "  - from: b\n",
                             QStringLiteral("job.yml"));
    QVERIFY(!clash);
    QCOMPARE(clash.error().context, QStringLiteral("job.yml:6:5"));
    QVERIFY2(clash.error().message.startsWith(QStringLiteral("mapping[1].to: the field 'b' is already written")),
             qPrintable(clash.error().message));
}

void TestValidate::ferryReaderReportsEveryError()
{
    auto loaded = loadJobText("ferry: 1\n"
                              "source: {type: sql, driver: oracle, query: SELECT 1}\n"
                              "target: {type: fliplet, datasource_id: users, auth_token: {secret: env:T}}\n"
                              "schedule: {cron: '*/0 * * * *'}\n",
                              QStringLiteral("job.yml"));
    QVERIFY(!loaded);
    const QStringList lines = loaded.error().toString().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("job.yml:2:29: unknown database driver 'oracle'")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("job.yml:3:40: the data source ID must be a whole number above 0")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("job.yml:4:18: the minute field '*/0' has a step of 0")),
             qPrintable(lines[2]));
}

void TestValidate::ferryReaderWarnings()
{
    auto loaded = loadJobText("ferry: 1\n"
                              "source: {type: sql, driver: postgres, host: db, domain: CORP, query: SELECT 1}\n"
                              "target: {type: sqlite, path: y.sqlite, table: t}\n"
                              "retry: {initial_delay_ms: 5000, max_delay_ms: 1000}\n",
                              QStringLiteral("job.yml"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->warnings,
             (QStringList{QStringLiteral("job.yml:2:57: the Windows domain applies to SQL Server (mssql) only and is "
                                         "ignored"),
                          QStringLiteral("job.yml: sync.key: no sync key: every run appends every row again; set a "
                                         "key to update rows in place"),
                          QStringLiteral("job.yml:4:47: the longest retry delay (1000 ms) is shorter than the first "
                                         "(5000 ms): every retry waits 1000 ms")}));
}

void TestValidate::flipletReaderPlacesIssues()
{
    const QByteArray head = "auth_token: eu--abc\n"
                            "database_driver: sqlite\n"
                            "database_host: ./x.sqlite\n"
                            "query: SELECT 1\n"
                            "primary_column: id\n";
    struct Placed
    {
        QByteArray tail;
        QString where;
        QString says;
    };
    const QList<Placed> placed{
        {"datasource_id: 12\nfrequency: '0 25 * * *'\n", QStringLiteral("agent.yml:7:12"),
         QStringLiteral("the hour field '25' is out of range (0-23)")},
        {"datasource_id: 12\nfrequency: '0 0 ? * MON'\n", QStringLiteral("agent.yml:7:12"),
         QStringLiteral("the day-of-month field '?' uses '?'")},
        {"datasource_id: abc\n", QStringLiteral("agent.yml:6:16"),
         QStringLiteral("the data source ID must be a whole number above 0, not 'abc'")},
        {"datasource_id: 12\nrun_hooks: [insert, remove]\n", QStringLiteral("agent.yml:7:12"),
         QStringLiteral("unknown hook 'remove'")},
        {"datasource_id: 12\nmode: replace\nbatch_size: -5\n", QStringLiteral("agent.yml:8:13"),
         QStringLiteral("the rows per commit must be from 1 to 10000000")},
        {"datasource_id: 12\nlog_verbosity: [debug]\n", QStringLiteral("agent.yml:7:16"),
         QStringLiteral("must be a single value")},
    };
    for (const Placed &p : placed) {
        auto loaded = loadJobText(head + p.tail, QStringLiteral("agent.yml"));
        QVERIFY2(!loaded, p.tail.constData());
        QCOMPARE(loaded.error().context, p.where);
        QVERIFY2(loaded.error().message.contains(p.says), qPrintable(loaded.error().message));
    }
}

void TestValidate::flipletReaderNamesAbsentKeys()
{
    auto query = loadJobText("auth_token: eu--abc\ndatasource_id: 12\ndatabase_driver: sqlite\ndatabase_host: x.db\n",
                             QStringLiteral("agent.yml"));
    QVERIFY(!query);
    QCOMPARE(query.error().toString(),
             QStringLiteral("agent.yml: query: the query is missing: give the SQL whose rows are synced"));

    // For sqlite, database_host is the database file.
    auto file = loadJobText("auth_token: eu--abc\ndatasource_id: 12\ndatabase_driver: sqlite\nquery: SELECT 1\n",
                            QStringLiteral("agent.yml"));
    QVERIFY(!file);
    QVERIFY2(file.error().toString().startsWith(
                 QStringLiteral("agent.yml: database_host: the SQLite database file is missing")),
             qPrintable(file.error().toString()));

    auto several = loadJobText("query: SELECT 1\n", QStringLiteral("agent.yml"));
    QVERIFY(!several);
    const QString text = several.error().toString();
    QVERIFY2(text.contains(QStringLiteral("agent.yml: database_driver: the database driver is missing")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("agent.yml: datasource_id: the data source ID is missing")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("agent.yml: auth_token: the Fliplet API token is missing")),
             qPrintable(text));

    // Fliplet Agent connects to localhost when a server driver has no host.
    auto localhost = loadJobText("auth_token: eu--abc\ndatasource_id: 12\ndatabase_driver: mysql\nquery: SELECT 1\n"
                                 "primary_column: id\n",
                                 QStringLiteral("agent.yml"));
    QVERIFY2(localhost, qPrintable(localhost ? QString() : localhost.error().toString()));
    QCOMPARE(localhost->job.sql.host, QStringLiteral("localhost"));
}

void TestValidate::flipletReaderWarnings()
{
    auto loaded = loadJobText("auth_token: eu--abc\n"
                              "datasource_id: 12\n"
                              "database_driver: postgres\n"
                              "database_host: db\n"
                              "database_instance: SQLEXPRESS\n"
                              "query: SELECT 1\n",
                              QStringLiteral("agent.yml"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY2(anyContains(loaded->warnings,
                         QStringLiteral("agent.yml:5:20: the instance name applies to SQL Server (mssql) only")),
             qPrintable(loaded->warnings.join(u'\n')));
    QVERIFY2(anyContains(loaded->warnings, QStringLiteral("agent.yml: primary_column: no sync key")),
             qPrintable(loaded->warnings.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestValidate)
#include "tst_validate.moc"
