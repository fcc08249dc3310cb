// The SQL source's checks against real PostgreSQL and MariaDB servers (scripts/db-servers.sh): what
// test() reaches, each precise error (wrong password, missing database, no server, missing table, bad
// query), discovered columns and types, a sample of 5 rows from a table of 100,000 that does not read the
// rest, and cancel stopping a long statement on the server.
#include "connectors/sqlsource.h"
#include "testservers.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <thread>

using namespace Ferry;
using Ferry::Testing::Server;
using Ferry::Testing::server;

namespace {

SqlConnectionParams paramsFor(const Server &s)
{
    SqlSourceSpec spec;
    spec.driver = s.kind;
    spec.host = s.host;
    spec.port = s.port;
    spec.username = s.user;
    spec.database = s.database;
    return *sqlConnectionParams(spec, {}, s.password);
}

// Reading the sixth row of this query fails: ferry_boom() raises an error for ids above 5.
const QString FailsAfterFive = QStringLiteral("SELECT id, name, ferry_boom(id) AS checked FROM ferry_big");
// Counting ten billion pairs takes far longer than any test.
const QString Endless = QStringLiteral("SELECT COUNT(*) FROM ferry_big a, ferry_big b");

} // namespace

class TestSqlServerChecks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void testReachesServerUserAndRows();
    void wrongPassword();
    void missingDatabase();
    void noServer();
    void missingTable();
    void missingColumn();
    void badSyntax();
    void discoverColumnsAndTypes();
    void sampleOfFiveDoesNotReadTheRest();
    void sampleOfAStatementThatCannotBeWrapped();
    void cancelStopsTheStatementOnTheServer();
    void interruptStopsARead();

private:
    Server current() const
    {
        QFETCH_GLOBAL(QString, kind);
        return *server(kind == u"mysql" ? "FERRY_TEST_MY" : "FERRY_TEST_PG", kind);
    }
    bool exec(const Server &s, const QStringList &statements)
    {
        auto c = SqlConnection::open(paramsFor(s), false);
        if (!c) {
            qWarning() << c.error().toString();
            return false;
        }
        QSqlQuery q((*c)->database());
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                return false;
            }
        }
        return true;
    }
    void expectError(const Result<ConnectionInfo> &r, ErrorCode code, const QString &field, const QString &text)
    {
        QVERIFY(!r);
        QVERIFY2(r.error().code == code && r.error().field == field && r.error().message.contains(text),
                 qPrintable(errorCodeName(r.error().code) + u' ' + r.error().field + u' ' + r.error().toString()));
    }
};

void TestSqlServerChecks::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgres") << QStringLiteral("postgres");
    QTest::newRow("mariadb") << QStringLiteral("mysql");
}

void TestSqlServerChecks::initTestCase()
{
    FERRY_REQUIRE_TEST_SERVERS();
    const Server pg = *server("FERRY_TEST_PG", QStringLiteral("postgres"));
    QVERIFY(exec(
        pg,
        {QStringLiteral("DROP VIEW IF EXISTS ferry_emails"), QStringLiteral("DROP TABLE IF EXISTS ferry_people"),
         QStringLiteral("DROP TABLE IF EXISTS ferry_big"), QStringLiteral("DROP SCHEMA IF EXISTS ferry_other CASCADE"),
         QStringLiteral("CREATE TABLE ferry_people (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL, "
                        "amount NUMERIC(10,2), seen TIMESTAMP(3), note TEXT)"),
         QStringLiteral("CREATE VIEW ferry_emails AS SELECT id, email FROM ferry_people"),
         QStringLiteral("CREATE SCHEMA ferry_other"), QStringLiteral("CREATE TABLE ferry_other.things (x INT)"),
         QStringLiteral("CREATE TABLE ferry_big AS SELECT g AS id, 'name ' || g AS name "
                        "FROM generate_series(1, 100000) AS g"),
         QStringLiteral("ALTER TABLE ferry_big ADD PRIMARY KEY (id)"),
         QStringLiteral("CREATE OR REPLACE FUNCTION ferry_boom(i INT) RETURNS INT LANGUAGE plpgsql AS $$ "
                        "BEGIN IF i > 5 THEN RAISE EXCEPTION 'row % was read', i; END IF; RETURN i; END $$")}));
    const Server my = *server("FERRY_TEST_MY", QStringLiteral("mysql"));
    QVERIFY(exec(
        my, {QStringLiteral("DROP VIEW IF EXISTS ferry_emails"), QStringLiteral("DROP TABLE IF EXISTS ferry_people"),
             QStringLiteral("DROP TABLE IF EXISTS ferry_big"), QStringLiteral("DROP FUNCTION IF EXISTS ferry_boom"),
             QStringLiteral("CREATE TABLE ferry_people (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL, "
                            "amount DECIMAL(10,2), seen DATETIME(3), note TEXT)"),
             QStringLiteral("CREATE VIEW ferry_emails AS SELECT id, email FROM ferry_people"),
             QStringLiteral("CREATE TABLE ferry_big (id INT PRIMARY KEY, name VARCHAR(50))"),
             QStringLiteral("SET SESSION max_recursive_iterations = 1000000"),
             QStringLiteral("INSERT INTO ferry_big SELECT n, CONCAT('name ', n) FROM (WITH RECURSIVE seq AS "
                            "(SELECT 1 AS n UNION ALL SELECT n + 1 FROM seq WHERE n < 100000) "
                            "SELECT n FROM seq) AS s"),
             QStringLiteral("CREATE FUNCTION ferry_boom(i INT) RETURNS INT DETERMINISTIC BEGIN IF i > 5 THEN "
                            "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a row after the fifth was read'; "
                            "END IF; RETURN i; END")}));
}

void TestSqlServerChecks::testReachesServerUserAndRows()
{
    const Server s = current();
    SqlSource source(paramsFor(s), QStringLiteral("SELECT id, name FROM ferry_big;"));
    auto info = source.test(nullptr);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QVERIFY2(info->server.startsWith(s.kind == u"mysql" ? QStringLiteral("MariaDB 1") : QStringLiteral("PostgreSQL 1")),
             qPrintable(info->server));
    QVERIFY2(info->user.startsWith(s.user), qPrintable(info->user));
    QCOMPARE(info->database, s.database);
    QCOMPARE(info->rowCount, 100000);
    QCOMPARE(info->columns, (QStringList{"id", "name"}));
    QVERIFY2(info->summary.contains(QStringLiteral("100000")) && info->summary.contains(s.database),
             qPrintable(info->summary));
}

void TestSqlServerChecks::wrongPassword()
{
    const Server s = current();
    SqlConnectionParams p = paramsFor(s);
    p.password = QStringLiteral("not-the-password");
    SqlSource source(p, QStringLiteral("SELECT 1"));
    auto r = source.test(nullptr);
    expectError(r, ErrorCode::Auth, QStringLiteral("source.password"), QStringLiteral("refused the login"));
    QVERIFY(!r.error().toString().contains(QStringLiteral("not-the-password")));
}

void TestSqlServerChecks::missingDatabase()
{
    const Server s = current();
    SqlConnectionParams p = paramsFor(s);
    p.database = QStringLiteral("ferry_no_such_db");
    SqlSource source(p, QStringLiteral("SELECT 1"));
    auto r = source.test(nullptr);
    expectError(r, s.kind == u"mysql" ? ErrorCode::Auth : ErrorCode::NotFound, QStringLiteral("source.database"),
                QStringLiteral("ferry_no_such_db"));
}

void TestSqlServerChecks::noServer()
{
    const Server s = current();
    SqlConnectionParams p = paramsFor(s);
    p.port = 1; // nothing listens there
    SqlSource source(p, QStringLiteral("SELECT 1"));
    expectError(source.test(nullptr), ErrorCode::Connection, QStringLiteral("source.host"),
                QStringLiteral("check host, port"));
}

void TestSqlServerChecks::missingTable()
{
    SqlSource source(paramsFor(current()), QStringLiteral("SELECT * FROM ferry_customers"));
    expectError(source.test(nullptr), ErrorCode::NotFound, QStringLiteral("source.query"),
                QStringLiteral("ferry_customers"));
}

void TestSqlServerChecks::missingColumn()
{
    SqlSource source(paramsFor(current()), QStringLiteral("SELECT id, phone FROM ferry_people"));
    expectError(source.test(nullptr), ErrorCode::Query, QStringLiteral("source.query"),
                QStringLiteral("column that does not exist"));
}

void TestSqlServerChecks::badSyntax()
{
    SqlSource source(paramsFor(current()), QStringLiteral("SELEKT id FROM ferry_people"));
    expectError(source.test(nullptr), ErrorCode::Query, QStringLiteral("source.query"), QStringLiteral("SELEKT"));
}

void TestSqlServerChecks::discoverColumnsAndTypes()
{
    const Server s = current();
    const bool my = s.kind == u"mysql";
    SqlSource source(paramsFor(s));
    auto schema = source.discover(nullptr);
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
    const TableInfo *people = schema->table(QStringLiteral("ferry_people"));
    QVERIFY(people);
    QVERIFY(!people->view);
    QCOMPARE(people->columnNames(), (QStringList{"id", "email", "amount", "seen", "note"}));
    const ColumnInfo id = *people->column(QStringLiteral("id"));
    QVERIFY(id.primaryKey && !id.nullable);
    QCOMPARE(id.type, my ? QStringLiteral("int(11)") : QStringLiteral("integer"));
    QCOMPARE(*people->column(QStringLiteral("email")),
             (ColumnInfo{"email", my ? "varchar(100)" : "character varying(100)", false, false}));
    QCOMPARE(people->column(QStringLiteral("amount"))->type,
             my ? QStringLiteral("decimal(10,2)") : QStringLiteral("numeric(10,2)"));
    QCOMPARE(people->column(QStringLiteral("seen"))->type,
             my ? QStringLiteral("datetime(3)") : QStringLiteral("timestamp(3) without time zone"));
    QVERIFY(people->column(QStringLiteral("note"))->nullable);
    const TableInfo *emails = schema->table(QStringLiteral("ferry_emails"));
    QVERIFY(emails && emails->view);
    QCOMPARE(emails->columnNames(), (QStringList{"id", "email"}));
    if (!my) // tables outside the default schema are named with it
        QVERIFY(schema->table(QStringLiteral("ferry_other.things")));
    for (const TableInfo &t : schema->tables)
        QVERIFY2(!t.schema.startsWith(QStringLiteral("pg_")) && t.schema != u"information_schema",
                 qPrintable(t.qualifiedName()));
}

void TestSqlServerChecks::sampleOfFiveDoesNotReadTheRest()
{
    const Server s = current();
    {
        // Read in full, the query fails at its sixth row.
        SqlSource whole(paramsFor(s));
        auto all = whole.read(FailsAfterFive);
        QVERIFY(!all);
    }
    SqlSource source(paramsFor(s), FailsAfterFive);
    QElapsedTimer timer;
    timer.start();
    auto rows = source.sample(5, nullptr);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    qDebug() << "5 rows of 100000 in" << timer.elapsed() << "ms";
    QCOMPARE(rows->columns, (QStringList{"id", "name", "checked"}));
    QCOMPARE(rows->rows.size(), 5);
    QCOMPARE(rows->rows.value(4, 1).toString(), QStringLiteral("name 5"));
    // A trailing semicolon does not stop the query from being limited.
    SqlSource ordered(paramsFor(s), QStringLiteral("SELECT id FROM ferry_big ORDER BY id DESC;"));
    auto last = ordered.sample(3, nullptr);
    QVERIFY2(last, qPrintable(last ? QString() : last.error().toString()));
    QCOMPARE(last->rows.size(), 3);
    QCOMPARE(last->rows.value(0, 0).toInt(), 100000);
    // A query with a limit of its own is limited as a subquery, its order kept.
    SqlSource limited(paramsFor(s), QStringLiteral("SELECT id FROM ferry_big ORDER BY id DESC LIMIT 10"));
    auto top = limited.sample(3, nullptr);
    QVERIFY2(top, qPrintable(top ? QString() : top.error().toString()));
    QCOMPARE(top->rows.size(), 3);
    QCOMPARE(top->rows.value(2, 0).toInt(), 99998);
}

void TestSqlServerChecks::sampleOfAStatementThatCannotBeWrapped()
{
    const Server s = current();
    SqlSource source(paramsFor(s), s.kind == u"mysql" ? QStringLiteral("SHOW VARIABLES LIKE 'version%'")
                                                      : QStringLiteral("SHOW server_version"));
    auto rows = source.sample(1, nullptr);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows->rows.size(), 1);
}

void TestSqlServerChecks::cancelStopsTheStatementOnTheServer()
{
    const Server s = current();
    SqlSource source(paramsFor(s), Endless);
    QVERIFY(source.capabilities().testFlag(Capability::Interrupt));
    std::atomic_bool cancel{false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        cancel.store(true);
    });
    QElapsedTimer timer;
    timer.start();
    auto info = source.test(&cancel);
    canceller.join();
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::Cancelled);
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    qDebug() << "cancelled after" << timer.elapsed() << "ms";
    // The server is not still counting for a source that was given up.
    SqlSource probe(paramsFor(s),
                    s.kind == u"mysql"
                        ? QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE "
                                         "'%ferry_big a, ferry_big b%' AND INFO NOT LIKE '%PROCESSLIST%'")
                        : QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE "
                                         "'%ferry_big a, ferry_big b%' AND pid <> pg_backend_pid()"));
    QTRY_COMPARE_WITH_TIMEOUT(probe.sample(1, nullptr)->rows.value(0, 0).toInt(), 0, 10000);
}

void TestSqlServerChecks::interruptStopsARead()
{
    const Server s = current();
    SqlSource source(paramsFor(s));
    QVERIFY(source.open());
    std::thread interrupter([&source] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        source.interrupt();
    });
    auto columns = source.start(Endless);
    interrupter.join();
    QVERIFY(!columns);
    qDebug() << columns.error().message;
}

QTEST_GUILESS_MAIN(TestSqlServerChecks)
#include "tst_sqlserverchecks.moc"
