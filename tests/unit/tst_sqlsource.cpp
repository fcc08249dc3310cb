// The SQL source's checks against SQLite files: test() (what it reaches, and each precise error),
// discover() (tables, views, columns, types, keys), sample(n) (the query limited on the server, or read
// n rows and stopped), and cancel stopping a statement in flight.
#include "connectors/sqlsource.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <thread>

using namespace Ferry;

namespace {

// A query whose rows after the fifth fail to compute (integer overflow): reading them is an error.
const QString FailsAfterFive = QStringLiteral(
    "SELECT id, name, CASE WHEN id > 5 THEN abs(id - id - 9223372036854775807 - 1) ELSE id END AS checked FROM big");

} // namespace

class TestSqlSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void testReachesServerAndCountsRows();
    void testWithoutQuery();
    void missingFile();
    void notADatabase();
    void missingTable();
    void missingColumn();
    void badSyntax();
    void duplicateColumns();
    void discoverListsTablesViewsAndColumns();
    void sampleStopsAfterNRows();
    void sampleZeroGivesColumns();
    void sampleOfAQueryThatCannotBeWrapped();
    void sampleKeepsTrailingCommentsAndSemicolons();
    void cancelStopsAStatementInFlight();
    void interruptStopsARead();
    void capabilities();
    void truncatedFileIsDamaged();
    void openFailureGivesSqliteAdvice();
    void multipleStatementsSaySo();

private:
    SqlConnectionParams params(const QString &file) const
    {
        SqlConnectionParams p;
        p.kind = QStringLiteral("sqlite");
        p.qtDriver = QStringLiteral("QSQLITE");
        p.database = file;
        return p;
    }
    QString file() const { return m_dir.filePath(QStringLiteral("source.sqlite")); }

    QTemporaryDir m_dir;
};

void TestSqlSource::initTestCase()
{
    auto c = SqlConnection::open(params(file()), false);
    QVERIFY(c);
    QSqlDatabase db = (*c)->database();
    QSqlQuery q(db);
    for (const char *sql : {
             "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name VARCHAR(100), score REAL)",
             "CREATE TABLE orders (user_id INTEGER, sku TEXT, qty INTEGER, PRIMARY KEY (user_id, sku))",
             "CREATE TABLE counters (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER)",
             "CREATE VIEW active AS SELECT id, email FROM users WHERE score > 0",
             "INSERT INTO users VALUES (1, 'a@example.org', 'Ann', 1.5), (2, 'b@example.org', 'Bob', NULL), "
             "(3, 'c@example.org', 'Cy', 3)",
             "INSERT INTO counters (n) VALUES (1)",
             "CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT)",
             "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) "
             "INSERT INTO big SELECT x, 'name ' || x FROM c",
         })
        QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
}

void TestSqlSource::testReachesServerAndCountsRows()
{
    SqlSource source(params(file()), QStringLiteral("SELECT id, email AS Email FROM users"));
    auto info = source.test(nullptr);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QVERIFY(info->server.startsWith(QStringLiteral("SQLite 3.")));
    QCOMPARE(info->database, file());
    QCOMPARE(info->rowCount, 3);
    QCOMPARE(info->columns, (QStringList{"id", "Email"}));
    QVERIFY2(info->summary.contains(QStringLiteral("returns 3 row")), qPrintable(info->summary));
    QVERIFY(info->summary.contains(info->server));
}

void TestSqlSource::testWithoutQuery()
{
    // A form tests the connection before the query is written.
    SqlSource source(params(file()));
    auto info = source.test(nullptr);
    QVERIFY(info);
    QCOMPARE(info->rowCount, -1);
    QVERIFY(info->summary.startsWith(QStringLiteral("SQLite 3.")));
}

void TestSqlSource::missingFile()
{
    SqlSource source(params(m_dir.filePath(QStringLiteral("none.sqlite"))), QStringLiteral("SELECT 1"));
    for (const auto &error :
         {source.test(nullptr).error(), source.discover(nullptr).error(), source.sample(5, nullptr).error()}) {
        QCOMPARE(error.code, ErrorCode::NotFound);
        QCOMPARE(error.field, QStringLiteral("source.path"));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
}

void TestSqlSource::notADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    SqlSource source(params(path), QStringLiteral("SELECT 1"));
    auto r = source.test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QCOMPARE(r.error().field, QStringLiteral("source.path"));
    QVERIFY2(r.error().message.contains(QStringLiteral("not a SQLite database")), qPrintable(r.error().message));
}

void TestSqlSource::missingTable()
{
    SqlSource source(params(file()), QStringLiteral("SELECT * FROM customers"));
    for (const auto &r : {source.test(nullptr).error(), source.sample(5, nullptr).error()}) {
        QCOMPARE(r.code, ErrorCode::NotFound);
        QCOMPARE(r.field, QStringLiteral("source.query"));
        QVERIFY2(r.message.contains(QStringLiteral("does not exist")) &&
                     r.message.contains(QStringLiteral("customers")),
                 qPrintable(r.message));
    }
}

void TestSqlSource::missingColumn()
{
    SqlSource source(params(file()), QStringLiteral("SELECT id, phone FROM users"));
    auto r = source.test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Query);
    QCOMPARE(r.error().field, QStringLiteral("source.query"));
    QVERIFY2(r.error().message.contains(QStringLiteral("column")) &&
                 r.error().message.contains(QStringLiteral("phone")),
             qPrintable(r.error().message));
}

void TestSqlSource::badSyntax()
{
    SqlSource source(params(file()), QStringLiteral("SELEKT id FROM users"));
    auto r = source.test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Query);
    QCOMPARE(r.error().field, QStringLiteral("source.query"));
    QVERIFY2(r.error().message.contains(QStringLiteral("SELEKT")), qPrintable(r.error().message));
}

void TestSqlSource::duplicateColumns()
{
    SqlSource source(params(file()), QStringLiteral("SELECT id, id FROM users"));
    auto r = source.sample(2, nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Query);
    QVERIFY(r.error().message.contains(QStringLiteral("same name")));
}

void TestSqlSource::discoverListsTablesViewsAndColumns()
{
    SqlSource source(params(file()), QStringLiteral("SELECT 1"));
    auto schema = source.discover(nullptr);
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
    QStringList names;
    for (const TableInfo &t : schema->tables)
        names.append(t.qualifiedName());
    // Sorted; SQLite's own tables (sqlite_sequence) left out.
    QCOMPARE(names, (QStringList{"active", "big", "counters", "orders", "users"}));
    const TableInfo *users = schema->table(QStringLiteral("users"));
    QVERIFY(users && !users->view);
    QCOMPARE(users->columnNames(), (QStringList{"id", "email", "name", "score"}));
    QCOMPARE(*users->column(QStringLiteral("id")), (ColumnInfo{"id", "INTEGER", true, true}));
    QCOMPARE(*users->column(QStringLiteral("email")), (ColumnInfo{"email", "TEXT", false, false}));
    QCOMPARE(users->column(QStringLiteral("name"))->type, QStringLiteral("VARCHAR(100)"));
    const TableInfo *orders = schema->table(QStringLiteral("orders"));
    QVERIFY(orders->column(QStringLiteral("user_id"))->primaryKey && orders->column(QStringLiteral("sku"))->primaryKey);
    QVERIFY(!orders->column(QStringLiteral("qty"))->primaryKey);
    const TableInfo *active = schema->table(QStringLiteral("active"));
    QVERIFY(active && active->view);
    QCOMPARE(active->columnNames(), (QStringList{"id", "email"}));
}

void TestSqlSource::sampleStopsAfterNRows()
{
    SqlSource source(params(file()), FailsAfterFive);
    // Read in full, the query fails at its sixth row; the sample never gets there.
    {
        SqlSource whole(params(file()));
        auto all = whole.read(FailsAfterFive);
        QVERIFY(!all);
        QVERIFY2(all.error().message.contains(QStringLiteral("overflow")), qPrintable(all.error().message));
    }
    QElapsedTimer timer;
    timer.start();
    auto rows = source.sample(5, nullptr);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    qDebug() << "5 rows of 100000 in" << timer.elapsed() << "ms";
    QCOMPARE(rows->columns, (QStringList{"id", "name", "checked"}));
    QCOMPARE(rows->rows.size(), 5);
    QCOMPARE(rows->rows.row(4), (QVariantList{5, QStringLiteral("name 5"), 5}));
}

void TestSqlSource::sampleZeroGivesColumns()
{
    SqlSource source(params(file()), QStringLiteral("SELECT id, email FROM users"));
    auto rows = source.sample(0, nullptr);
    QVERIFY(rows);
    QCOMPARE(rows->columns, (QStringList{"id", "email"}));
    QCOMPARE(rows->rows.size(), 0);
}

void TestSqlSource::sampleOfAQueryThatCannotBeWrapped()
{
    // A PRAGMA is no subquery: it runs as it is, and only n rows are fetched.
    SqlSource source(params(file()), QStringLiteral("PRAGMA table_info(users)"));
    auto rows = source.sample(2, nullptr);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows->rows.size(), 2);
    QCOMPARE(rows->rows.value(1, 1).toString(), QStringLiteral("email"));
}

void TestSqlSource::sampleKeepsTrailingCommentsAndSemicolons()
{
    SqlSource source(params(file()), QStringLiteral("SELECT id FROM users ORDER BY id DESC;"));
    auto rows = source.sample(2, nullptr);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows->rows.size(), 2);
    QCOMPARE(rows->rows.value(0, 0).toInt(), 3);
    SqlSource commented(params(file()), QStringLiteral("SELECT id FROM users -- all of them"));
    auto more = commented.test(nullptr);
    QVERIFY2(more, qPrintable(more ? QString() : more.error().toString()));
    QCOMPARE(more->rowCount, 3);
}

void TestSqlSource::cancelStopsAStatementInFlight()
{
    if (!SqlInterrupt::supported(QStringLiteral("sqlite")))
        QSKIP("this SQLite library cannot be interrupted");
    // Counting an endless sequence never ends by itself.
    SqlSource source(params(file()), QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                                    "SELECT count(*) FROM c"));
    std::atomic_bool cancel{false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel.store(true);
    });
    auto rows = source.sample(5, &cancel);
    canceller.join();
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, ErrorCode::Cancelled);
    auto info = source.test(&cancel);
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::Cancelled);
}

void TestSqlSource::interruptStopsARead()
{
    if (!SqlInterrupt::supported(QStringLiteral("sqlite")))
        QSKIP("this SQLite library cannot be interrupted");
    SqlSource source(params(file()));
    QVERIFY(source.open());
    std::thread interrupter([&source] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        source.interrupt();
    });
    auto columns = source.start(
        QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"));
    interrupter.join();
    QVERIFY(!columns);
    QCOMPARE(columns.error().code, ErrorCode::Cancelled);
}

void TestSqlSource::capabilities()
{
    SqlSource source(params(file()));
    QVERIFY(source.capabilities().testFlag(Capability::LimitedSample));
    QVERIFY(source.capabilities().testFlag(Capability::TypedColumns));
    QVERIFY(!source.capabilities().testFlag(Capability::BatchCommit));
    QCOMPARE(capabilityNames(Capability::BatchCommit | Capability::Delete), (QStringList{"batch-commit", "delete"}));
}

void TestSqlSource::truncatedFileIsDamaged()
{
    // A copy cut in half: its header reads, its pages do not.
    const QString cut = m_dir.filePath(QStringLiteral("cut.sqlite"));
    QVERIFY(QFile::copy(file(), cut));
    QFile f(cut);
    QVERIFY(f.resize(f.size() / 2));
    SqlSource source(params(cut), QStringLiteral("SELECT id, name FROM big"));
    auto rows = source.read(QStringLiteral("SELECT id, name FROM big"), nullptr);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, ErrorCode::Io);
    QCOMPARE(rows.error().field, QStringLiteral("source.path"));
    QVERIFY2(rows.error().message.contains(QStringLiteral("damaged")), qPrintable(rows.error().message));
}

void TestSqlSource::openFailureGivesSqliteAdvice()
{
    // A folder where the file should be: no host, port or server to check.
    SqlSource source(params(m_dir.path()), QStringLiteral("SELECT 1"));
    auto r = source.test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("source.path"));
    QVERIFY2(!r.error().message.contains(QStringLiteral("host")) && !r.error().message.contains(QStringLiteral("port")),
             qPrintable(r.error().message));
}

void TestSqlSource::multipleStatementsSaySo()
{
    SqlSource source(params(file()), QStringLiteral("SELECT id FROM users; SELECT 2"));
    auto rows = source.read(QStringLiteral("SELECT id FROM users; SELECT 2"), nullptr);
    QVERIFY(!rows);
    QVERIFY2(rows.error().message.contains(QStringLiteral("more than one statement")),
             qPrintable(rows.error().message));
}

QTEST_GUILESS_MAIN(TestSqlSource)
#include "tst_sqlsource.moc"
