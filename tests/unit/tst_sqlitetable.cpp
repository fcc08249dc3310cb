#include "connectors/sqlitetable.h"
#include "sync/executor.h"
#include "sync/planner.h"

#include <QSqlQuery>
#include <QtTest>

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

QTEST_GUILESS_MAIN(TestSqliteTable)
#include "tst_sqlitetable.moc"
