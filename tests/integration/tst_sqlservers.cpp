// The SQL source against real servers started by scripts/db-servers.sh: PostgreSQL, MariaDB, and the
// ODBC path (SQL Server's) exercised through the PostgreSQL ODBC driver. Typed values, URLs, a full sync
// into a SQLite target and back to "unchanged", and the errors users meet (wrong password, no server).
#include "connectors/sqlsource.h"
#include "core/backgroundthreads.h"
#include "run/preparedrun.h"
#include "testservers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <thread>

using namespace Ferry;
using Ferry::Testing::Server;
using Ferry::Testing::server;

namespace {

SqlSourceSpec specFor(const Server &s)
{
    SqlSourceSpec spec;
    spec.driver = s.kind == u"odbc" ? QStringLiteral("mssql") : s.kind;
    spec.host = s.host;
    spec.port = s.port;
    spec.username = s.user;
    spec.database = s.database;
    if (s.kind == u"odbc")
        spec.options = QStringLiteral("DRIVER={PostgreSQL Unicode}");
    return spec;
}

} // namespace

class TestSqlServers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void readsTypedRows();
    void syncsIntoSqliteAndConverges();
    void wrongPassword();
    void noServer();
    void cancelInterruptsAServerQuery();

private:
    Server current() const
    {
        QFETCH_GLOBAL(QString, kind);
        return *server(kind == u"mysql" ? "FERRY_TEST_MY" : "FERRY_TEST_PG", kind);
    }
    void exec(const Server &s, const QStringList &statements)
    {
        auto params = sqlConnectionParams(specFor(s), {}, s.password);
        QVERIFY(params);
        auto c = SqlConnection::open(*params, false);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        QSqlQuery q((*c)->database());
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }
    void createUsers(const Server &s)
    {
        const bool my = s.kind == u"mysql";
        exec(s, {QStringLiteral("DROP TABLE IF EXISTS people"),
                 my ? QStringLiteral("CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(100), amount DOUBLE, "
                                     "born DATE, seen DATETIME(3), active BOOLEAN, note TEXT)")
                    : QStringLiteral("CREATE TABLE people (id INT PRIMARY KEY, name TEXT, amount DOUBLE PRECISION, "
                                     "born DATE, seen TIMESTAMP(3), active BOOLEAN, note TEXT)"),
                 QStringLiteral("INSERT INTO people VALUES (1, 'Zoë', 12.5, '1990-05-01', '2024-02-01 09:00:00.250', "
                                "TRUE, NULL), (2, 'Bob', 3, '1985-12-24', '2024-02-02 10:30:00', FALSE, 'x')")});
    }
};

void TestSqlServers::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgres") << QStringLiteral("postgres");
    QTest::newRow("mariadb") << QStringLiteral("mysql");
    QTest::newRow("odbc") << QStringLiteral("odbc");
}

void TestSqlServers::initTestCase()
{
    FERRY_REQUIRE_TEST_SERVERS();
}

void TestSqlServers::readsTypedRows()
{
    const Server s = current();
    createUsers(s);
    auto params = sqlConnectionParams(specFor(s), {}, s.password);
    QVERIFY(params);
    SqlSource source(*params);
    auto rows =
        source.read(QStringLiteral("SELECT id, name, amount, born, seen, active, note FROM people ORDER BY id"));
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows->rows.size(), 2);
    const QVariantList r = rows->rows.row(0);
    QCOMPARE(r[0].toInt(), 1);
    QVERIFY(r[0].typeId() == QMetaType::Int || r[0].typeId() == QMetaType::LongLong);
    QCOMPARE(r[1].toString(), QStringLiteral("Zoë"));
    QCOMPARE(r[2].toDouble(), 12.5);
    QCOMPARE(r[3].toDate(), QDate(1990, 5, 1));
    QCOMPARE(r[4].toDateTime().time(), QTime(9, 0, 0, 250));
    QVERIFY(r[6].isNull());
    if (s.kind == u"postgres")
        QCOMPARE(r[5].typeId(), QMetaType::Bool);
}

void TestSqlServers::syncsIntoSqliteAndConverges()
{
    const Server s = current();
    createUsers(s);
    QTemporaryDir dir;
    JobSpec job;
    job.id = QStringLiteral("servers-") + s.kind;
    job.name = job.id;
    job.sourcePath = dir.filePath(QStringLiteral("job.yml"));
    job.sql = specFor(s);
    if (s.kind != u"odbc") {
        // The URL form, with the password from the environment.
        job.sql = SqlSourceSpec{};
        job.sql.url = QStringLiteral("%1://%2@%3:%4/%5").arg(s.kind, s.user, s.host).arg(s.port).arg(s.database);
    }
    qputenv("FERRY_TEST_DB_PASSWORD", s.password.toUtf8());
    job.sql.password.reference = QStringLiteral("env:FERRY_TEST_DB_PASSWORD");
    job.sql.query = QStringLiteral("SELECT id, name, amount, born, seen, active, note FROM people");
    job.targetKind = TargetKind::Sqlite;
    job.sqlite = SqliteTargetSpec{QStringLiteral("out.sqlite"), QStringLiteral("people"), true, 0};
    job.rules.keyColumns = {QStringLiteral("id")};
    job.rules.timestampColumn = QStringLiteral("seen");
    RunOptions options;
    options.stateDir = dir.filePath(QStringLiteral("state"));

    RunReport first = runJob(job, options);
    QVERIFY2(first.status == RunStatus::Succeeded, qPrintable(first.error ? first.error->toString() : QString()));
    QCOMPARE(first.counts.inserted, 2);

    RunReport second = runJob(job, options);
    QCOMPARE(second.counts.unchanged, 2);
    QCOMPARE(second.counts.updated, 0);

    exec(s, {QStringLiteral("UPDATE people SET name = 'Robert', seen = '2024-02-02 10:30:00.001' WHERE id = 2")});
    RunReport third = runJob(job, options);
    QCOMPARE(third.counts.updated, 1);
    QCOMPARE(third.counts.unchanged, 1);
}

void TestSqlServers::wrongPassword()
{
    const Server s = current();
    auto params = sqlConnectionParams(specFor(s), {}, QStringLiteral("not-the-password"));
    QVERIFY(params);
    SqlSource source(*params);
    auto r = source.open();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Auth);
    QVERIFY2(r.error().message.contains(QStringLiteral("check the user name and password")),
             qPrintable(r.error().toString()));
    QVERIFY(!r.error().toString().contains(QStringLiteral("not-the-password")));
}

void TestSqlServers::noServer()
{
    Server s = current();
    s.port = 1; // nothing listens there
    auto params = sqlConnectionParams(specFor(s), {}, s.password);
    QVERIFY(params);
    SqlSource source(*params);
    auto r = source.open();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Connection);
    QVERIFY(r.error().message.contains(QStringLiteral("check host, port")));
}

void TestSqlServers::cancelInterruptsAServerQuery()
{
    const Server s = current();
    if (s.kind == u"odbc")
        QSKIP("ODBC queries are not interrupted: the reader stops at the next row");
    QTemporaryDir dir;
    JobSpec job;
    job.id = QStringLiteral("cancel");
    job.name = QStringLiteral("cancel");
    job.sql = specFor(s);
    job.sql.password.inlineValue = s.password;
    // An hour-long query: only the server-side cancel ends it.
    job.sql.query = s.kind == u"mysql" ? QStringLiteral("SELECT SLEEP(3600) AS id")
                                       : QStringLiteral("SELECT pg_sleep(3600)::text AS id");
    job.targetKind = TargetKind::Sqlite;
    job.sqlite.path = dir.filePath(QStringLiteral("t.sqlite"));
    job.sqlite.table = QStringLiteral("t");
    job.sqlite.createTable = true;
    std::atomic_bool cancel{false};
    RunOptions options;
    options.stateDir = dir.filePath(QStringLiteral("state"));
    options.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1000));
        cancel.store(true);
    });
    auto prepared = PreparedRun::prepare(job, options);
    canceller.join();
    QVERIFY(!prepared->plan());
    QCOMPARE(prepared->report().status, RunStatus::Cancelled);
    QVERIFY2(BackgroundThreads::waitForAll(30000), "the server query was not cancelled");
}

QTEST_GUILESS_MAIN(TestSqlServers)
#include "tst_sqlservers.moc"
