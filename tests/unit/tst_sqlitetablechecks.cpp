// The SQLite target's checks: test() (what it reaches, each precise error, and with create_table the
// absence of file or table as a note), discover() (the file's tables and columns) and sample(n), none of
// which creates or changes anything.
#include "connectors/sqlitetable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <unistd.h>

using namespace Ferry;

class TestSqliteTableChecks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void testCountsRecords();
    void missingFile();
    void missingFileWithCreate();
    void missingTable();
    void missingTableWithCreate();
    void notADatabase();
    void readOnlyFile();
    void discoverListsTables();
    void sampleReadsFirstRows();
    void capabilities();

private:
    SqliteTable table(const QString &file, const QString &name, bool create = false) const
    {
        return SqliteTable(SqliteTargetSpec{file, name, create, 0}, m_dir.path());
    }
    QTemporaryDir m_dir;
};

void TestSqliteTableChecks::initTestCase()
{
    const QString name = QStringLiteral("setup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("target.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {"CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT)",
                                "CREATE TABLE notes (body TEXT)", "CREATE VIEW emails AS SELECT email FROM people",
                                "INSERT INTO people VALUES (3, 'c@example.org', 'Cy'), (1, 'a@example.org', 'Ann'), "
                                "(2, 'b@example.org', NULL)"})
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestSqliteTableChecks::testCountsRecords()
{
    auto info = table(QStringLiteral("target.sqlite"), QStringLiteral("people")).test(nullptr);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QCOMPARE(info->rowCount, 3);
    QCOMPARE(info->columns, (QStringList{"id", "email", "name"}));
    QCOMPARE(info->object, QStringLiteral("people"));
    QVERIFY(info->server.startsWith(QStringLiteral("SQLite 3.")));
    QVERIFY(info->notes.isEmpty());
    QVERIFY2(info->summary.contains(QStringLiteral("holds 3 record")), qPrintable(info->summary));
}

void TestSqliteTableChecks::missingFile()
{
    SqliteTable t = table(QStringLiteral("none.sqlite"), QStringLiteral("people"));
    for (const Error &e : {t.test(nullptr).error(), t.discover(nullptr).error(), t.sample(3, nullptr).error()}) {
        QCOMPARE(e.code, ErrorCode::NotFound);
        QCOMPARE(e.field, QStringLiteral("target.path"));
        QVERIFY(e.message.contains(QStringLiteral("create_table")));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
}

void TestSqliteTableChecks::missingFileWithCreate()
{
    SqliteTable t = table(QStringLiteral("new/none.sqlite"), QStringLiteral("people"), true);
    auto info = t.test(nullptr);
    QVERIFY(info);
    QCOMPARE(info->rowCount, 0);
    QCOMPARE(info->notes.size(), 1);
    auto schema = t.discover(nullptr);
    QVERIFY(schema && schema->tables.isEmpty() && schema->current.isEmpty());
    auto rows = t.sample(3, nullptr);
    QVERIFY(rows && rows->rows.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("new"))));
}

void TestSqliteTableChecks::missingTable()
{
    SqliteTable t = table(QStringLiteral("target.sqlite"), QStringLiteral("customers"));
    auto r = t.test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(r.error().field, QStringLiteral("target.table"));
    // The tables that do exist help to spot a typo.
    QVERIFY2(r.error().message.contains(QStringLiteral("notes, people")), qPrintable(r.error().message));
    auto rows = t.sample(3, nullptr);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, ErrorCode::NotFound);
    QCOMPARE(rows.error().field, QStringLiteral("target.table"));
}

void TestSqliteTableChecks::missingTableWithCreate()
{
    SqliteTable t = table(QStringLiteral("target.sqlite"), QStringLiteral("customers"), true);
    auto info = t.test(nullptr);
    QVERIFY(info);
    QCOMPARE(info->rowCount, 0);
    QVERIFY(info->notes.value(0).contains(QStringLiteral("first run creates it")));
    auto schema = t.discover(nullptr);
    QVERIFY(schema && schema->current.isEmpty());
    QVERIFY(!schema->table(QStringLiteral("customers")));
}

void TestSqliteTableChecks::notADatabase()
{
    QFile f(m_dir.filePath(QStringLiteral("text.sqlite")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto r = table(QStringLiteral("text.sqlite"), QStringLiteral("people")).test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QCOMPARE(r.error().field, QStringLiteral("target.path"));
    QVERIFY(r.error().message.contains(QStringLiteral("not a SQLite database")));
}

void TestSqliteTableChecks::readOnlyFile()
{
    if (::geteuid() == 0)
        QSKIP("root may write to any file");
    const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("target.sqlite")), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    auto r = table(QStringLiteral("readonly.sqlite"), QStringLiteral("people")).test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QCOMPARE(r.error().field, QStringLiteral("target.path"));
}

void TestSqliteTableChecks::discoverListsTables()
{
    auto schema = table(QStringLiteral("target.sqlite"), QStringLiteral("people")).discover(nullptr);
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
    QCOMPARE(schema->current, QStringLiteral("people"));
    QCOMPARE(schema->tables.size(), 3);
    const TableInfo *people = schema->table(QStringLiteral("people"));
    QVERIFY(people);
    QCOMPARE(people->columns.value(0), (ColumnInfo{"id", "INTEGER", true, true}));
    QCOMPARE(people->columns.value(1), (ColumnInfo{"email", "TEXT", false, false}));
    QVERIFY(schema->table(QStringLiteral("emails"))->view);
    QVERIFY(schema->dataSources.isEmpty());
}

void TestSqliteTableChecks::sampleReadsFirstRows()
{
    SqliteTable t = table(QStringLiteral("target.sqlite"), QStringLiteral("people"));
    auto rows = t.sample(2, nullptr);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows->columns, (QStringList{"id", "email", "name"}));
    QCOMPARE(rows->rows.size(), 2);
    QCOMPARE(rows->rows.row(0), (QVariantList{1, QStringLiteral("a@example.org"), QStringLiteral("Ann")}));
    QVERIFY(rows->rows.isNull(1, 2));
    auto all = t.sample(100, nullptr);
    QVERIFY(all && all->rows.size() == 3);
}

void TestSqliteTableChecks::capabilities()
{
    const Capabilities c = table(QStringLiteral("target.sqlite"), QStringLiteral("people")).capabilities();
    QVERIFY(c.testFlag(Capability::BatchCommit));
    QVERIFY(c.testFlag(Capability::Delete));
    QVERIFY(c.testFlag(Capability::CreateTable));
    QVERIFY(c.testFlag(Capability::LimitedSample));
    QVERIFY(!c.testFlag(Capability::FreeColumns));
}

QTEST_GUILESS_MAIN(TestSqliteTableChecks)
#include "tst_sqlitetablechecks.moc"
