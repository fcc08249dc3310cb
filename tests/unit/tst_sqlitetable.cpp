#include "connectors/sqlitetable.h"
#include "sync/executor.h"
#include "sync/planner.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <ctime>

using namespace Ferry;

namespace {
const QStringList Cols{QStringLiteral("id"), QStringLiteral("name")};
}

class TestSqliteTable : public QObject
{
    Q_OBJECT
private slots:
    void createsAndSyncs();
    void missingTableWithoutCreate();
    void missingColumnsWithoutCreate();
    void addsColumnsWhenAllowed();
    void valuesConverge();
    void columnsMatchIgnoringCase();
    void columnsDifferingInCaseOnlyAreRefused();

private:
    RecordSet rows(const QList<QVariantList> &list, const QStringList &columns = Cols)
    {
        RecordSet r;
        r.columns = columns;
        r.rows = RowSet(static_cast<int>(columns.size()));
        for (const auto &row : list)
            r.rows.append(row);
        return r;
    }
    // What the table holds, column by column, as SQLite's typeof() and text.
    static QStringList stored(const QString &file, const QString &sql)
    {
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(file);
            db.open();
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    out.append(q.value(i).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    }
    ExecuteResult sync(SqliteTable &t, RecordSet src, SyncMode mode)
    {
        auto snapshot = t.index(src.columns);
        if (!snapshot)
            return ExecuteResult{{}, snapshot.error()};
        SyncRules r;
        r.mode = mode;
        r.keyColumns = {QStringLiteral("id")};
        r.safeguard.maxShare = 1.0;
        auto plan = planSync(std::make_shared<const RecordSet>(std::move(src)),
                             std::make_shared<const TargetSnapshot>(std::move(snapshot).value()), r);
        if (!plan)
            return ExecuteResult{{}, plan.error()};
        return execute(*plan, t, ExecuteContext{});
    }
};

void TestSqliteTable::createsAndSyncs()
{
    QTemporaryDir dir;
    SqliteTargetSpec spec{QStringLiteral("out/target.sqlite"), QStringLiteral("people"), true, 2};
    {
        SqliteTable t(spec, dir.path());
        QVERIFY(t.open());
        auto r = sync(t, rows({{1, "a"}, {2, "b"}, {3, "c"}}), SyncMode::Replace);
        QVERIFY(!r.error);
        QCOMPARE(r.counts.inserted, 3);
    }
    {
        SqliteTable t(spec, dir.path());
        QVERIFY(t.open());
        auto r = sync(t, rows({{1, "a"}, {2, "B"}, {4, "d"}}), SyncMode::Replace);
        QVERIFY(!r.error);
        QCOMPARE(r.counts.inserted, 1);
        QCOMPARE(r.counts.updated, 1);
        QCOMPARE(r.counts.deleted, 1);
        QCOMPARE(r.counts.unchanged, 1);
        auto again = sync(t, rows({{1, "a"}, {2, "B"}, {4, "d"}}), SyncMode::Replace);
        QCOMPARE(again.counts.unchanged, 3);
        QCOMPARE(again.counts.inserted + again.counts.updated + again.counts.deleted, 0);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(dir.filePath(QStringLiteral("out/target.sqlite")));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM people ORDER BY id")));
    QStringList got;
    while (q.next())
        got.append(q.value(0).toString() + u'=' + q.value(1).toString());
    QCOMPARE(got, (QStringList{"1=a", "2=B", "4=d"}));
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestSqliteTable::missingTableWithoutCreate()
{
    QTemporaryDir dir;
    SqliteTable absentFile(SqliteTargetSpec{QStringLiteral("none.sqlite"), QStringLiteral("t"), false, 0}, dir.path());
    auto r = absentFile.open();
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("create_table")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));

    SqliteTable create(SqliteTargetSpec{QStringLiteral("db.sqlite"), QStringLiteral("other"), true, 0}, dir.path());
    QVERIFY(create.open());
    QVERIFY(!sync(create, rows({{1, "a"}}), SyncMode::Update).error);
    SqliteTable absentTable(SqliteTargetSpec{QStringLiteral("db.sqlite"), QStringLiteral("t"), false, 0}, dir.path());
    r = absentTable.open();
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("does not exist")));
}

void TestSqliteTable::missingColumnsWithoutCreate()
{
    QTemporaryDir dir;
    {
        SqliteTable t(SqliteTargetSpec{QStringLiteral("db.sqlite"), QStringLiteral("t"), true, 0}, dir.path());
        QVERIFY(t.open());
        QVERIFY(!sync(t, rows({{1}}, {QStringLiteral("id")}), SyncMode::Update).error);
    }
    SqliteTable t(SqliteTargetSpec{QStringLiteral("db.sqlite"), QStringLiteral("t"), false, 0}, dir.path());
    QVERIFY(t.open());
    auto r = sync(t, rows({{2, "b"}}), SyncMode::Update);
    QVERIFY(r.error);
    QVERIFY(r.error->message.contains(QStringLiteral("lacks the column(s) name")));
    QCOMPARE(r.counts.inserted, 0);
}

void TestSqliteTable::addsColumnsWhenAllowed()
{
    QTemporaryDir dir;
    SqliteTargetSpec spec{QStringLiteral("db.sqlite"), QStringLiteral("t"), true, 0};
    {
        SqliteTable t(spec, dir.path());
        QVERIFY(t.open());
        QVERIFY(!sync(t, rows({{1}}, {QStringLiteral("id")}), SyncMode::Update).error);
    }
    SqliteTable t(spec, dir.path());
    QVERIFY(t.open());
    auto r = sync(t, rows({{1, "a"}}), SyncMode::Update);
    QVERIFY(!r.error);
    QCOMPARE(r.counts.updated, 1);
}

void TestSqliteTable::valuesConverge()
{
    // Every kind of value, synced once, is unchanged on the next run: SQLite stores a boolean as 1, a
    // decimal as a number, dates and times as text (naive ones as written), JSON as canonical text.
    // Under Paris time, where the naive 02:30 below does not exist (regression: it was stored as 03:30).
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Paris");
    tzset();
    const QStringList columns{"id",   "flag",  "amount", "big",  "ratio", "born", "at",
                              "when", "stamp", "bytes",  "json", "text",  "none"};
    const auto makeRows = [&] {
        RecordSet r;
        r.columns = columns;
        r.rows = RowSet(static_cast<int>(columns.size()));
        for (int i = 0; i < 2; ++i) {
            r.rows.beginRow();
            r.rows.addInt(i);
            r.rows.addBool(i == 0);
            r.rows.addDecimal(i == 0 ? "10.50" : "-0.25");
            r.rows.addVariant(qlonglong(9007199254740993LL));
            r.rows.addVariant(i == 0 ? 0.1 : 1e300);
            r.rows.addVariant(QDate(2024, 2, 29));
            r.rows.addVariant(QTime(13, 45, 1, 500));
            r.rows.addVariant(QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::LocalTime));
            r.rows.addVariant(QDateTime(QDate(2024, 2, 1), QTime(11, 0), Qt::OffsetFromUTC, 7200));
            r.rows.addVariant(QByteArray("\x00\xff"
                                         "A",
                                         3));
            r.rows.addJson("{\"b\": 1, \"a\": [1, 2.50]}");
            r.rows.addVariant(QStringLiteral("Zoë ✓ 😀"));
            r.rows.addNull();
            r.rows.endRow();
        }
        return r;
    };
    QTemporaryDir dir;
    SqliteTargetSpec spec{QStringLiteral("db.sqlite"), QStringLiteral("t"), true, 0};
    {
        SqliteTable t(spec, dir.path());
        QVERIFY(t.open());
        auto first = sync(t, makeRows(), SyncMode::Replace);
        QVERIFY(!first.error);
        QCOMPARE(first.counts.inserted, 2);
    }
    {
        SqliteTable t(spec, dir.path());
        QVERIFY(t.open());
        auto second = sync(t, makeRows(), SyncMode::Replace);
        QVERIFY(!second.error);
        QCOMPARE(second.counts.unchanged, 2);
        QCOMPARE(second.counts.writes(), 0);
    }
    qputenv("TZ", oldTz);
    tzset();
    const QStringList types = stored(dir.filePath(QStringLiteral("db.sqlite")),
                                     QStringLiteral("SELECT typeof(flag), typeof(amount), typeof(big), typeof(born), "
                                                    "typeof(bytes), typeof(json) FROM t WHERE id = 0"));
    QCOMPARE(types, (QStringList{"integer", "real", "integer", "text", "blob", "text"}));
    const QStringList values = stored(dir.filePath(QStringLiteral("db.sqlite")),
                                      QStringLiteral("SELECT flag, amount, big, born, at, \"when\", stamp, json, text "
                                                     "FROM t WHERE id = 0"));
    QCOMPARE(values,
             (QStringList{"1", "10.5", "9007199254740993", "2024-02-29", "13:45:01.500", "2026-03-29T02:30:00.000",
                          "2024-02-01T11:00:00.000+02:00", "{\"a\":[1,2.5],\"b\":1}", "Zoë ✓ 😀"}));
}

void TestSqliteTable::columnsMatchIgnoringCase()
{
    // Regression: a job column "Name" and the table's "name" are one column in SQLite; Ferry added a
    // second one (which SQLite refused) and read nothing back.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("db.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE people (ID INTEGER, name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO people VALUES (1, 'a')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    SqliteTargetSpec spec{QStringLiteral("db.sqlite"), QStringLiteral("people"), true, 0};
    const QStringList columns{QStringLiteral("id"), QStringLiteral("Name")};
    {
        SqliteTable t(spec, dir.path());
        QVERIFY(t.open());
        auto snapshot = t.index(columns);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->rows.row(0), (QVariantList{qlonglong(1), QStringLiteral("a")}));
        auto r = sync(t, rows({{1, "a"}, {2, "b"}}, columns), SyncMode::Update);
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.counts.unchanged, 1);
        QCOMPARE(r.counts.inserted, 1);
    }
    QCOMPARE(stored(file, QStringLiteral("SELECT count(*) FROM pragma_table_info('people')")), QStringList{"2"});
    QCOMPARE(stored(file, QStringLiteral("SELECT ID, name FROM people ORDER BY ID")),
             (QStringList{"1", "a", "2", "b"}));
    SqliteTable t(spec, dir.path());
    QVERIFY(t.open());
    auto again = sync(t, rows({{1, "a"}, {2, "b"}}, columns), SyncMode::Update);
    QCOMPARE(again.counts.unchanged, 2);
}

void TestSqliteTable::columnsDifferingInCaseOnlyAreRefused()
{
    // Found when the target is indexed, so a dry run says it before anything is written.
    QTemporaryDir dir;
    SqliteTable t(SqliteTargetSpec{QStringLiteral("db.sqlite"), QStringLiteral("t"), true, 0}, dir.path());
    QVERIFY(t.open());
    auto snapshot = t.index({QStringLiteral("id"), QStringLiteral("Name"), QStringLiteral("NAME")});
    QVERIFY(!snapshot);
    QCOMPARE(snapshot.error().code, ErrorCode::InvalidConfig);
    QVERIFY(snapshot.error().message.contains(QStringLiteral("'Name' and 'NAME'")));
    // Non-ASCII letters are not folded by SQLite: these are two columns.
    QVERIFY(t.index({QStringLiteral("é"), QStringLiteral("É")}));
}

QTEST_GUILESS_MAIN(TestSqliteTable)
#include "tst_sqlitetable.moc"
