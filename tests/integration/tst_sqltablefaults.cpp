// The SQL table target against real PostgreSQL and MariaDB (scripts/db-servers.sh) when things go wrong:
// a value the column refuses (too long, NULL in a NOT NULL column), a table that vanished between the
// preview and the apply or in the middle of a run, a table without a unique index on the key. Each gives a
// clear error naming the field, writes nothing of the failed batch, and the next run repairs. Also what
// test(), discover() and sample() say of an existing table.
#include "connectors/sqltable.h"
#include "sync/executor.h"
#include "sync/planner.h"
#include "testservers.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Ferry;
using namespace Ferry::Testing;

namespace {
const QStringList Cols{QStringLiteral("id"), QStringLiteral("name")};
const QString Table = QStringLiteral("Faults Table");
} // namespace

class TestSqlTableFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void tooLongValueRollsBackAndNextRunRepairs();
    void nullInNotNullColumn();
    void tableVanishedBetweenPreviewAndApply();
    void tableVanishedMidRun();
    void keyWithoutUniqueIndex();
    void testDiscoverSample();
    void largeValuesFitTheServersPacketLimit();

private:
    Server current() const
    {
        QFETCH_GLOBAL(QString, kind);
        return *server(kind == u"mysql" ? "FERRY_TEST_MY" : "FERRY_TEST_PG", kind);
    }
    QString quoted(const QString &name) const { return SqlDialect::create(current().kind)->quote(name); }
    SqlConnectionParams params() const
    {
        const Server s = current();
        SqlSourceSpec spec;
        spec.driver = s.kind;
        spec.host = s.host;
        spec.port = s.port;
        spec.username = s.user;
        spec.database = s.database;
        return *sqlConnectionParams(spec, {}, s.password);
    }
    std::unique_ptr<SqlTable> target(bool create = false, int batchRows = 0) const
    {
        SqlTargetSpec spec;
        spec.table = Table;
        spec.createTable = create;
        spec.batchRows = batchRows;
        return std::make_unique<SqlTable>(spec, params(), QStringList{QStringLiteral("id")}, nullptr);
    }
    QStringList exec(const QStringList &statements) const
    {
        auto c = SqlConnection::open(params(), false);
        if (!c)
            return {QStringLiteral("error: ") + c.error().message};
        QStringList out;
        QSqlQuery q((*c)->database());
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return {QStringLiteral("error: ") + q.lastError().text()};
            while (q.isSelect() && q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                out.append(row.join(u'|'));
            }
        }
        return out;
    }
    QStringList contents() const
    {
        return exec({QStringLiteral("SELECT id, name FROM %1 ORDER BY id").arg(quoted(Table))});
    }
    static RecordSet rows(const QList<QVariantList> &list)
    {
        RecordSet r;
        r.columns = Cols;
        r.rows = RowSet(static_cast<int>(Cols.size()));
        for (const auto &row : list)
            r.rows.append(row);
        return r;
    }
    static Result<std::shared_ptr<const Plan>> plan(SqlTable &t, const QList<QVariantList> &list)
    {
        if (auto r = t.open(); !r)
            return r.error();
        auto snapshot = t.index(Cols);
        if (!snapshot)
            return snapshot.error();
        SyncRules r;
        r.mode = SyncMode::Replace;
        r.keyColumns = {QStringLiteral("id")};
        r.safeguard.maxShare = 1.0;
        auto p = planSync(std::make_shared<const RecordSet>(rows(list)),
                          std::make_shared<const TargetSnapshot>(std::move(snapshot).value()), r);
        if (!p)
            return p.error();
        return std::make_shared<const Plan>(std::move(p).value());
    }
    static ExecuteResult sync(SqlTable &t, const QList<QVariantList> &list)
    {
        auto p = plan(t, list);
        if (!p)
            return ExecuteResult{{}, p.error()};
        return execute(**p, t, ExecuteContext{});
    }
};

void TestSqlTableFaults::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgres") << QStringLiteral("postgres");
    QTest::newRow("mariadb") << QStringLiteral("mysql");
}

void TestSqlTableFaults::initTestCase()
{
    FERRY_REQUIRE_TEST_SERVERS();
}

void TestSqlTableFaults::init()
{
    QCOMPARE(
        exec({QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(Table)),
              QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, name varchar(5) NOT NULL)").arg(quoted(Table))}),
        QStringList());
}

void TestSqlTableFaults::cleanup()
{
    exec({QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(Table))});
}

void TestSqlTableFaults::tooLongValueRollsBackAndNextRunRepairs()
{
    auto t = target();
    const ExecuteResult r = sync(*t, {{1, "ok"}, {2, "much too long"}, {3, "fine"}});
    QVERIFY(r.error);
    QCOMPARE(r.error->field, QStringLiteral("target.table"));
    QVERIFY2(r.error->message.startsWith(QLatin1String("row 2: the database refused the change")),
             qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(QLatin1String("too long"), Qt::CaseInsensitive), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(QLatin1String("nothing of this batch was written")),
             qPrintable(r.error->message));
    QCOMPARE(contents(), QStringList()); // the batch rolled back: rows 1 and 3 are not half-written
    QCOMPARE(r.counts.inserted, 0);

    // The source fixed: the next run writes everything, and the one after changes nothing.
    auto again = target();
    const ExecuteResult fixed = sync(*again, {{1, "ok"}, {2, "short"}, {3, "fine"}});
    QVERIFY2(!fixed.error, qPrintable(fixed.error ? fixed.error->message : QString()));
    QCOMPARE(fixed.counts.inserted, 3);
    QCOMPARE(contents(), (QStringList{"1|ok", "2|short", "3|fine"}));
    auto third = target();
    const ExecuteResult same = sync(*third, {{1, "ok"}, {2, "short"}, {3, "fine"}});
    QVERIFY(!same.error);
    QCOMPARE(same.counts.unchanged, 3);
    QCOMPARE(same.counts.inserted + same.counts.updated + same.counts.deleted, 0);
}

void TestSqlTableFaults::nullInNotNullColumn()
{
    QCOMPARE(exec({QStringLiteral("INSERT INTO %1 VALUES (7, 'kept')").arg(quoted(Table))}), QStringList());
    auto t = target();
    const ExecuteResult r = sync(*t, {{7, "kept"}, {8, QVariant()}});
    QVERIFY(r.error);
    QVERIFY2(r.error->message.startsWith(QLatin1String("row 8: ")), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(QLatin1String("null"), Qt::CaseInsensitive), qPrintable(r.error->message));
    QCOMPARE(contents(), QStringList{"7|kept"});
}

void TestSqlTableFaults::tableVanishedBetweenPreviewAndApply()
{
    QCOMPARE(exec({QStringLiteral("INSERT INTO %1 VALUES (1, 'a')").arg(quoted(Table))}), QStringList());
    auto t = target();
    auto p = plan(*t, {{1, "A"}, {2, "b"}});
    QVERIFY(p);
    QCOMPARE((*p)->counts.updated, 1);
    exec({QStringLiteral("DROP TABLE %1").arg(quoted(Table))}); // between the preview and its apply
    const ExecuteResult r = execute(**p, *t, ExecuteContext{});
    QVERIFY(r.error);
    QCOMPARE(r.error->code, ErrorCode::NotFound);
    QCOMPARE(r.error->field, QStringLiteral("target.table"));
    QVERIFY2(r.error->message.contains(QLatin1String("no longer exists")), qPrintable(r.error->message));

    // With create_table, the next run creates it anew and converges.
    auto created = target(true);
    const ExecuteResult again = sync(*created, {{1, "A"}, {2, "b"}});
    QVERIFY2(!again.error, qPrintable(again.error ? again.error->message : QString()));
    QCOMPARE(again.counts.inserted, 2);
    QCOMPARE(contents(), (QStringList{"1|A", "2|b"}));
}

void TestSqlTableFaults::tableVanishedMidRun()
{
    auto t = target(false, 2);
    auto p = plan(*t, {{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}});
    QVERIFY(p);
    const Plan &plan = **p;
    QCOMPARE(plan.changes.size(), size_t(4));
    auto first = t->newBatch(plan);
    QVERIFY(first->add(plan.changes[0]));
    QVERIFY(first->add(plan.changes[1]));
    QVERIFY(!first->add(plan.changes[2])); // batch_rows: 2
    QVERIFY(first->commit());
    QCOMPARE(contents(), (QStringList{"1|a", "2|b"}));
    exec({QStringLiteral("DROP TABLE %1").arg(quoted(Table))});
    auto second = t->newBatch(plan);
    QVERIFY(second->add(plan.changes[2]));
    QVERIFY(second->add(plan.changes[3]));
    const auto r = second->commit();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(r.error().field, QStringLiteral("target.table"));
}

void TestSqlTableFaults::keyWithoutUniqueIndex()
{
    QCOMPARE(exec({QStringLiteral("DROP TABLE %1").arg(quoted(Table)),
                   QStringLiteral("CREATE TABLE %1 (id int, name varchar(5))").arg(quoted(Table))}),
             QStringList());
    auto t = target();
    QVERIFY(t->open());
    const auto refused = t->index(Cols);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("sync.key"));
    QVERIFY2(refused.error().message.contains(QLatin1String("no primary key or unique index")),
             qPrintable(refused.error().message));
    const auto info = t->test(nullptr);
    QVERIFY(info);
    QVERIFY(info->notes.join(u' ').contains(QLatin1String("no primary key or unique index")));

    // A unique index will do.
    QCOMPARE(exec({QStringLiteral("CREATE UNIQUE INDEX %1 ON %2 (id)")
                       .arg(quoted(QStringLiteral("faults_id")), quoted(Table))}),
             QStringList());
    auto indexed = target();
    const ExecuteResult r = sync(*indexed, {{1, "a"}});
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.counts.inserted, 1);
}

void TestSqlTableFaults::testDiscoverSample()
{
    QCOMPARE(exec({QStringLiteral("INSERT INTO %1 VALUES (2, 'b'), (1, 'a')").arg(quoted(Table))}), QStringList());
    auto t = target();
    const auto info = t->test(nullptr);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
    QCOMPARE(info->rowCount, 2);
    QCOMPARE(info->columns, Cols);
    QVERIFY(info->notes.isEmpty());
    const auto schema = t->discover(nullptr);
    QVERIFY(schema);
    QCOMPARE(schema->current, Table);
    const TableInfo *table = schema->table(Table);
    QVERIFY(table);
    QVERIFY(table->column(QStringLiteral("id"))->primaryKey);
    QVERIFY(table->column(QStringLiteral("name"))->type.contains(QLatin1String("varchar"), Qt::CaseInsensitive) ||
            table->column(QStringLiteral("name"))->type.contains(QLatin1String("character varying")));
    const auto sample = t->sample(1, nullptr);
    QVERIFY(sample);
    QCOMPARE(sample->columns, Cols);
    QCOMPARE(sample->rows.size(), 1);
    QCOMPARE(sample->rows.value(0, 1).toString(), QStringLiteral("a")); // in key order

    if (current().kind == u"postgres") {
        // A table outside the default schema, named as Find tables lists it.
        QCOMPARE(exec({QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"Other Schema\""),
                       QStringLiteral("DROP TABLE IF EXISTS \"Other Schema\".%1").arg(quoted(Table)),
                       QStringLiteral("CREATE TABLE \"Other Schema\".%1 (id int PRIMARY KEY, name text)")
                           .arg(quoted(Table))}),
                 QStringList());
        const auto listed = t->discover(nullptr);
        QVERIFY(listed);
        const QString qualified = QStringLiteral("Other Schema.") + Table;
        QVERIFY(listed->table(qualified));
        SqlTargetSpec other;
        other.table = qualified;
        SqlTable elsewhere(other, params(), {QStringLiteral("id")}, nullptr);
        const ExecuteResult r = sync(elsewhere, {{5, "e"}});
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(exec({QStringLiteral("SELECT id, name FROM \"Other Schema\".%1").arg(quoted(Table))}),
                 QStringList{QStringLiteral("5|e")});
        QCOMPARE(contents(), (QStringList{"1|a", "2|b"})); // the default schema's table untouched
        exec({QStringLiteral("DROP SCHEMA \"Other Schema\" CASCADE")});
    }

    SqlTargetSpec missing;
    missing.table = QStringLiteral("no such table");
    SqlTable absent(missing, params(), {QStringLiteral("id")}, nullptr);
    const auto error = absent.test(nullptr);
    QVERIFY(!error);
    QCOMPARE(error.error().field, QStringLiteral("target.table"));
    QVERIFY2(error.error().message.contains(Table), qPrintable(error.error().message)); // lists what exists
}

void TestSqlTableFaults::largeValuesFitTheServersPacketLimit()
{
    // Three 6 MB values: one statement holding them all would pass MariaDB's 16 MiB max_allowed_packet.
    QCOMPARE(exec({QStringLiteral("DROP TABLE %1").arg(quoted(Table)),
                   QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, name %2)")
                       .arg(quoted(Table),
                            current().kind == u"mysql" ? QStringLiteral("LONGTEXT") : QStringLiteral("text"))}),
             QStringList());
    const QString big(6 * 1000 * 1000, u'x');
    auto t = target();
    const ExecuteResult r = sync(*t, {{1, big}, {2, big}, {3, big}});
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->message.left(500) : QString()));
    QCOMPARE(r.counts.inserted, 3);
    QCOMPARE(exec({QStringLiteral("SELECT COUNT(*) FROM %1 WHERE LENGTH(name) = 6000000").arg(quoted(Table))}),
             QStringList{QStringLiteral("3")});
}

QTEST_GUILESS_MAIN(TestSqlTableFaults)
#include "tst_sqltablefaults.moc"
