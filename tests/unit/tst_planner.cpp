// Table-driven tests of every planner rule: key matching, duplicates, timestamps, hashes, modes,
// soft deletes, the delete safeguard.
#include "sync/planner.h"

#include <QtTest>

#include <limits>

using namespace Ferry;

Q_DECLARE_METATYPE(Ferry::SyncRules)

namespace {

// Rows are written as lists; target rows start with their remote id.
using Rows = QList<QVariantList>;

std::shared_ptr<const RecordSet> source(const QStringList &columns, const Rows &rows)
{
    auto s = std::make_shared<RecordSet>();
    s->columns = columns;
    s->rows = RowSet(static_cast<int>(columns.size()));
    for (const QVariantList &r : rows)
        s->rows.append(r);
    return s;
}

std::shared_ptr<const TargetSnapshot> target(const QStringList &columns, const Rows &rows)
{
    auto t = std::make_shared<TargetSnapshot>();
    t->columns = columns;
    t->rows = RowSet(static_cast<int>(columns.size()));
    for (const QVariantList &r : rows) {
        t->ids.push_back(r.first().toLongLong());
        t->rows.append(r.mid(1));
    }
    return t;
}

SyncRules rules(SyncMode mode, const QStringList &key, const QString &ts = {}, const QString &del = {})
{
    SyncRules r;
    r.mode = mode;
    r.keyColumns = key;
    r.timestampColumn = ts;
    r.deleteColumn = del;
    return r;
}

// "action:key" for every listed change, in plan order.
QStringList actions(const Plan &plan)
{
    QStringList out;
    for (const Change &c : plan.changes)
        out.append(changeActionName(c.action) + u':' + plan.key(c));
    return out;
}

const QStringList Cols{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("ts"), QStringLiteral("del")};
const QVariant Null;

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void updateListsChangedFields();
    void duplicateKeyProtectsTargetEntryFromReplace();
    void unknownColumnIsAConfigError();
    void safeguard_data();
    void safeguard();
    void timestampErrorNamesTheValue();
    void largePlan();
    void keyUtf8IsTheKey();
    void halvesPlanAsOne();
};

void TestPlanner::rules_data()
{
    QTest::addColumn<Rows>("src");
    QTest::addColumn<Rows>("dst");
    QTest::addColumn<SyncRules>("syncRules");
    QTest::addColumn<QStringList>("expected"); // listed changes, in order
    QTest::addColumn<qint64>("unchanged");

    const SyncRules upd = ::rules(SyncMode::Update, {QStringLiteral("id")});
    const SyncRules rep = ::rules(SyncMode::Replace, {QStringLiteral("id")});
    const SyncRules app = ::rules(SyncMode::Append, {QStringLiteral("id")});
    const SyncRules updTs = ::rules(SyncMode::Update, {QStringLiteral("id")}, QStringLiteral("ts"));
    const SyncRules repDel = ::rules(SyncMode::Replace, {QStringLiteral("id")}, {}, QStringLiteral("del"));
    SyncRules ci = upd;
    ci.caseInsensitiveKey = true;
    SyncRules composite = ::rules(SyncMode::Replace, {QStringLiteral("id"), QStringLiteral("name")});

    // --- keys
    QTest::newRow("new row is inserted") << Rows{{1, "a", Null, Null}} << Rows{} << upd << QStringList{"insert:1"}
                                         << qint64(0);
    QTest::newRow("same row is unchanged")
        << Rows{{1, "a", Null, Null}} << Rows{{100, 1, "a", Null, Null}} << upd << QStringList{} << qint64(1);
    QTest::newRow("int key matches string key (the same value, not inserted again)")
        << Rows{{1, "a", Null, Null}} << Rows{{100, "1", "a", Null, Null}} << upd << QStringList{} << qint64(1);
    QTest::newRow("1.0 equals 1") << Rows{{1.0, "a", Null, Null}} << Rows{{100, 1, "a", Null, Null}} << upd
                                  << QStringList{} << qint64(1);
    QTest::newRow("string key matches int key") << Rows{{"7", "a", Null, Null}} << Rows{{100, 7, "b", Null, Null}}
                                                << upd << QStringList{"update:7"} << qint64(0);
    QTest::newRow("case-sensitive keys differ") << Rows{{"ABC", "a", Null, Null}} << Rows{{100, "abc", "a", Null, Null}}
                                                << upd << QStringList{"insert:ABC"} << qint64(0);
    QTest::newRow("case-insensitive keys match")
        << Rows{{"ABC", "a", Null, Null}} << Rows{{100, "abc", "a", Null, Null}} << ci << QStringList{"update:ABC"}
        << qint64(0);
    QTest::newRow("composite key matches on all parts")
        << Rows{{1, "a", Null, Null}, {1, "b", Null, Null}}
        << Rows{{100, 1, "a", Null, Null}, {101, 2, "a", Null, Null}} << composite
        << QStringList{"insert:1, b", "delete:2, a"} << qint64(1);
    QTest::newRow("zero is a valid key") << Rows{{0, "a", Null, Null}} << Rows{} << upd << QStringList{"insert:0"}
                                         << qint64(0);
    QTest::newRow("null key is an error")
        << Rows{{Null, "a", Null, Null}} << Rows{} << upd << QStringList{"error:null"} << qint64(0);
    QTest::newRow("empty key is an error") << Rows{{"", "a", Null, Null}, {"  ", "b", Null, Null}} << Rows{} << upd
                                           << QStringList{"error:", "error:  "} << qint64(0);
    QTest::newRow("duplicate source key: every copy is an error")
        << Rows{{1, "a", Null, Null}, {2, "b", Null, Null}, {1, "c", Null, Null}} << Rows{} << upd
        << QStringList{"error:1", "insert:2", "error:1"} << qint64(0);
    QTest::newRow("duplicates across types: 1 and \"1\"")
        << Rows{{1, "a", Null, Null}, {"1", "b", Null, Null}} << Rows{} << upd << QStringList{"error:1", "error:1"}
        << qint64(0);

    // --- content hash (no timestamp column)
    QTest::newRow("changed content is updated") << Rows{{1, "new", Null, Null}} << Rows{{100, 1, "old", Null, Null}}
                                                << upd << QStringList{"update:1"} << qint64(0);
    QTest::newRow("missing remote field counts as null")
        << Rows{{1, "a", Null, Null}} << Rows{{100, 1, "a", QVariant(), QVariant()}} << upd << QStringList{}
        << qint64(1);

    // --- timestamps
    QTest::newRow("newer source timestamp updates")
        << Rows{{1, "a", "2024-02-01 10:00:00", Null}} << Rows{{100, 1, "a", "2024-02-01 09:00:00", Null}} << updTs
        << QStringList{"update:1"} << qint64(0);
    QTest::newRow("older source timestamp does not update")
        << Rows{{1, "changed", "2024-02-01 08:00:00", Null}} << Rows{{100, 1, "a", "2024-02-01 09:00:00", Null}}
        << updTs << QStringList{} << qint64(1);
    QTest::newRow("equal instants in other notations are unchanged")
        << Rows{{1, "a", "2024-02-01T10:00:00Z", Null}} << Rows{{100, 1, "a", "2024-02-01 12:00:00+02:00", Null}}
        << updTs << QStringList{} << qint64(1);
    QTest::newRow("sub-second newer updates")
        << Rows{{1, "a", "2024-02-01 10:00:00.400", Null}} << Rows{{100, 1, "a", "2024-02-01 10:00:00", Null}} << updTs
        << QStringList{"update:1"} << qint64(0);
    QTest::newRow("microseconds count") << Rows{{1, "a", "2024-02-01 10:00:00.000002", Null}}
                                        << Rows{{100, 1, "a", "2024-02-01 10:00:00.000001", Null}} << updTs
                                        << QStringList{"update:1"} << qint64(0);
    QTest::newRow("zone makes the source older")
        << Rows{{1, "b", "2024-02-01T10:00:00+02:00", Null}} << Rows{{100, 1, "a", "2024-02-01 09:00:00Z", Null}}
        << updTs << QStringList{} << qint64(1);
    QTest::newRow("QDateTime source against text target")
        << Rows{{1, "a", QDateTime(QDate(2024, 2, 1), QTime(10, 0, 1), Qt::UTC), Null}}
        << Rows{{100, 1, "a", "2024-02-01T10:00:00Z", Null}} << updTs << QStringList{"update:1"} << qint64(0);
    QTest::newRow("unparseable source timestamp is a row error")
        << Rows{{1, "a", "yesterday", Null}} << Rows{{100, 1, "a", "2024-02-01 09:00:00", Null}} << updTs
        << QStringList{"error:1"} << qint64(0);
    QTest::newRow("target without timestamp is updated")
        << Rows{{1, "a", "2024-02-01 09:00:00", Null}} << Rows{{100, 1, "a", Null, Null}} << updTs
        << QStringList{"update:1"} << qint64(0);
    QTest::newRow("target with garbage timestamp is updated")
        << Rows{{1, "a", "2024-02-01 09:00:00", Null}} << Rows{{100, 1, "a", "n/a", Null}} << updTs
        << QStringList{"update:1"} << qint64(0);
    QTest::newRow("Unix seconds: newer updates")
        << Rows{{1, "a", 1706778001, Null}} << Rows{{100, 1, "a", 1706778000, Null}} << updTs << QStringList{"update:1"}
        << qint64(0);
    QTest::newRow("Unix milliseconds and seconds of one instant are unchanged")
        << Rows{{1, "a", qlonglong(1706778000000LL), Null}} << Rows{{100, 1, "a", 1706778000, Null}} << updTs
        << QStringList{} << qint64(1);
    QTest::newRow("Unix time against text of the same instant is unchanged")
        << Rows{{1, "a", 1706778000, Null}} << Rows{{100, 1, "a", "2024-02-01T09:00:00Z", Null}} << updTs
        << QStringList{} << qint64(1);
    QTest::newRow("Unix microseconds are refused on the first run")
        << Rows{{1, "a", qlonglong(1706778000000000LL), Null}} << Rows{} << updTs << QStringList{"error:1"}
        << qint64(0);
    QTest::newRow("a boolean source timestamp is refused on the first run")
        << Rows{{1, "a", true, Null}} << Rows{} << updTs << QStringList{"error:1"} << qint64(0);
    QTest::newRow("null source timestamp falls back to content")
        << Rows{{1, "a", Null, Null}, {2, "new", Null, Null}}
        << Rows{{100, 1, "a", Null, Null}, {101, 2, "old", Null, Null}} << updTs << QStringList{"update:2"}
        << qint64(1);

    // --- values compare by value and type
    QTest::newRow("a boolean stored as 1 is unchanged")
        << Rows{{1, true, Null, false}} << Rows{{100, 1, qlonglong(1), Null, qlonglong(0)}} << upd << QStringList{}
        << qint64(1);
    QTest::newRow("10.5 stored as \"10.50\" is unchanged")
        << Rows{{1, 10.5, Null, Null}} << Rows{{100, 1, "10.50", Null, Null}} << upd << QStringList{} << qint64(1);
    QTest::newRow("a date stored as text is unchanged")
        << Rows{{1, QDate(2024, 2, 29), Null, Null}} << Rows{{100, 1, "2024-02-29", Null, Null}} << upd << QStringList{}
        << qint64(1);
    QTest::newRow("text \"0010\" is not 10") << Rows{{1, "0010", Null, Null}} << Rows{{100, 1, 10, Null, Null}} << upd
                                             << QStringList{"update:1"} << qint64(0);

    // --- modes
    QTest::newRow("update keeps orphans")
        << Rows{{1, "a", Null, Null}} << Rows{{100, 1, "a", Null, Null}, {101, 2, "b", Null, Null}} << upd
        << QStringList{} << qint64(1);
    QTest::newRow("replace deletes orphans")
        << Rows{{1, "a", Null, Null}, {3, "c", Null, Null}}
        << Rows{{100, 1, "a", Null, Null}, {101, 2, "b", Null, Null}, {102, 4, "d", Null, Null}} << rep
        << QStringList{"insert:3", "delete:2", "delete:4"} << qint64(1);
    QTest::newRow("append inserts new keys only") << Rows{{1, "changed", Null, Null}, {2, "b", Null, Null}}
                                                  << Rows{{100, 1, "a", Null, Null}, {101, 9, "z", Null, Null}} << app
                                                  << QStringList{"skip:1", "insert:2"} << qint64(0);
    QTest::newRow("replace removes duplicate target entries")
        << Rows{{1, "a", Null, Null}} << Rows{{100, 1, "a", Null, Null}, {101, "1", "a", Null, Null}} << rep
        << QStringList{"delete:1"} << qint64(1);
    QTest::newRow("replace removes keyless target entries")
        << Rows{{1, "a", Null, Null}} << Rows{{100, 1, "a", Null, Null}, {101, Null, "x", Null, Null}} << rep
        << QStringList{"delete:null"} << qint64(1);

    // --- soft delete
    QTest::newRow("flagged row in target is deleted")
        << Rows{{1, "a", Null, "2024-01-01"}, {2, "b", Null, Null}}
        << Rows{{100, 1, "a", Null, Null}, {101, 2, "b", Null, Null}} << repDel << QStringList{"delete:1"} << qint64(1);
    QTest::newRow("flagged row not in target is skipped")
        << Rows{{1, "a", Null, true}} << Rows{} << repDel << QStringList{"skip:1"} << qint64(0);
    QTest::newRow("false, 0, empty and \"0\" are not flags")
        << Rows{{1, "a", Null, false}, {2, "b", Null, 0}, {3, "c", Null, ""}, {4, "d", Null, "0"}} << Rows{} << repDel
        << QStringList{"insert:1", "insert:2", "insert:3", "insert:4"} << qint64(0);

    // --- no key
    QTest::newRow("no key appends everything") << Rows{{1, "a", Null, Null}} << Rows{{100, 1, "a", Null, Null}}
                                               << ::rules(SyncMode::Replace, {}) << QStringList{"insert:"} << qint64(0);
}

void TestPlanner::rules()
{
    QFETCH(Rows, src);
    QFETCH(Rows, dst);
    QFETCH(SyncRules, syncRules);
    QFETCH(QStringList, expected);
    QFETCH(qint64, unchanged);

    SyncRules r = syncRules;
    r.safeguard.maxShare = 1.0; // these cases are about rules, not the safeguard
    auto plan = planSync(source(Cols, src), target(Cols, dst), r);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(actions(*plan), expected);
    QCOMPARE(plan->counts.unchanged, unchanged);
    const qint64 listed = plan->counts.inserted + plan->counts.updated + plan->counts.deleted + plan->counts.skipped +
                          plan->counts.failed;
    QCOMPARE(listed, qint64(plan->changes.size()));
    if (syncRules.keyColumns.isEmpty())
        QVERIFY(!plan->warnings.isEmpty());

    // Planned in two halves on two threads (as sources of 100,000 rows and more are): the same plan.
    const qint64 threshold = Testing::setParallelPlanRows(2);
    auto halves = planSync(source(Cols, src), target(Cols, dst), r);
    Testing::setParallelPlanRows(threshold);
    QVERIFY(halves);
    QCOMPARE(actions(*halves), expected);
    QCOMPARE(halves->counts, plan->counts);
    QCOMPARE(halves->warnings, plan->warnings);
}

void TestPlanner::updateListsChangedFields()
{
    auto plan =
        planSync(source(Cols, {{1, "new", "2024-02-02", Null}}), target(Cols, {{100, 1, "old", "2024-02-01", Null}}),
                 ::rules(SyncMode::Update, {QStringLiteral("id")}, QStringLiteral("ts")));
    QVERIFY(plan);
    QCOMPARE(plan->changes.size(), size_t(1));
    const Change &c = plan->changes.front();
    QCOMPARE(plan->remoteId(c), 100);
    const QList<FieldChange> fields = plan->fieldChanges(c);
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields[0].field, QStringLiteral("name"));
    QCOMPARE(fields[0].before, QVariant("old"));
    QCOMPARE(fields[0].after, QVariant("new"));
    QCOMPARE(fields[1].field, QStringLiteral("ts"));
    QVERIFY(plan->reason(c).contains(QStringLiteral("newer")));
}

void TestPlanner::duplicateKeyProtectsTargetEntryFromReplace()
{
    // Rows in error still "own" their key: replace must not delete the target entry they would update.
    SyncRules r = ::rules(SyncMode::Replace, {QStringLiteral("id")}, QStringLiteral("ts"));
    r.safeguard.maxShare = 1.0;
    auto plan = planSync(source(Cols, {{1, "a", Null, Null}, {1, "b", Null, Null}, {2, "c", "garbage", Null}}),
                         target(Cols, {{100, 1, "a", Null, Null}, {101, 2, "c", "2024-01-01", Null}}), r);
    QVERIFY(plan);
    QCOMPARE(actions(*plan), (QStringList{"error:1", "error:1", "error:2"}));
    QCOMPARE(plan->counts.deleted, 0);
}

void TestPlanner::unknownColumnIsAConfigError()
{
    auto plan = planSync(source(Cols, {}), target(Cols, {}), ::rules(SyncMode::Update, {QStringLiteral("ID")}));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::InvalidConfig);
    QVERIFY(plan.error().message.contains(QStringLiteral("'ID'")));
    QVERIFY(plan.error().message.contains(QStringLiteral("id, name, ts, del")));
}

void TestPlanner::safeguard_data()
{
    QTest::addColumn<int>("targetRows");
    QTest::addColumn<int>("keptRows");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<double>("maxShare");
    QTest::addColumn<bool>("held");

    QTest::newRow("2 of 10 deleted: fine") << 10 << 8 << 1000 << 0.5 << false;
    QTest::newRow("5 of 10 deleted: exactly half is fine") << 10 << 5 << 1000 << 0.5 << false;
    QTest::newRow("6 of 10 deleted: over half") << 10 << 4 << 1000 << 0.5 << true;
    QTest::newRow("1001 of 10000 deleted: over 1000 rows") << 10000 << 8999 << 1000 << 0.5 << true;
    QTest::newRow("1000 of 10000 deleted: at the bound") << 10000 << 9000 << 1000 << 0.5 << false;
    QTest::newRow("custom bounds") << 10 << 9 << 0 << 1.0 << true;
}

void TestPlanner::safeguard()
{
    QFETCH(int, targetRows);
    QFETCH(int, keptRows);
    QFETCH(int, maxRows);
    QFETCH(double, maxShare);
    QFETCH(bool, held);

    Rows src, dst;
    for (int i = 0; i < targetRows; ++i) {
        dst.append({1000 + i, i, "x", Null, Null});
        if (i < keptRows)
            src.append({i, "x", Null, Null});
    }
    SyncRules r = ::rules(SyncMode::Replace, {QStringLiteral("id")});
    r.safeguard = DeleteSafeguard{maxRows, maxShare};
    auto plan = planSync(source(Cols, src), target(Cols, dst), r);
    QVERIFY(plan);
    QCOMPARE(plan->counts.deleted, targetRows - keptRows);
    QCOMPARE(plan->held, held);
    if (held)
        QVERIFY(plan->heldReason.contains(QString::number(targetRows - keptRows)));
}

void TestPlanner::timestampErrorNamesTheValue()
{
    auto plan =
        planSync(source(Cols, {{1, "a", "31/12/2024", Null}}), target(Cols, {{100, 1, "a", "2024-01-01", Null}}),
                 ::rules(SyncMode::Update, {QStringLiteral("id")}, QStringLiteral("ts")));
    QVERIFY(plan);
    QCOMPARE(plan->counts.failed, 1);
    QVERIFY(plan->reason(plan->changes.front()).contains(QStringLiteral("31/12/2024")));
}

void TestPlanner::largePlan()
{
    // Correct at scale: 200k rows against 200k entries, one changed.
    Rows src, dst;
    for (int i = 0; i < 200000; ++i) {
        src.append({i, QStringLiteral("name %1").arg(i), Null, Null});
        dst.append({100000 + i, i, QStringLiteral("name %1").arg(i), Null, Null});
    }
    src[5][1] = QStringLiteral("changed");
    auto plan = planSync(source(Cols, src), target(Cols, dst), ::rules(SyncMode::Replace, {QStringLiteral("id")}));
    QVERIFY(plan);
    QCOMPARE(plan->counts.unchanged, 199999);
    QCOMPARE(plan->counts.updated, 1);
}

void TestPlanner::halvesPlanAsOne()
{
    // A source planned in two halves on two threads gives exactly the plan of one pass, change by change, in
    // every mode: inserts, updates by timestamp and by content, duplicates and empty keys on both sides,
    // rows marked deleted, orphans.
    Rows src, dst;
    for (int i = 0; i < 3000; ++i) {
        const QVariant id = i % 97 == 0 ? Null : QVariant(i % 1409 == 5 ? 5 : i); // empty and repeated keys
        const QString ts = QStringLiteral("2024-01-%1").arg(1 + i % 28, 2, 10, QChar(u'0'));
        src.append({id, QStringLiteral("n%1").arg(i % 3 ? i : -i), ts, i % 11 == 0});
        if (i % 4 != 0)
            dst.append({qlonglong(100000 + i), id, QStringLiteral("n%1").arg(i),
                        i % 5 ? QVariant(ts) : QVariant(QStringLiteral("2023-12-31")), false});
    }
    for (int i = 0; i < 300; ++i) // orphans and a target duplicate
        dst.append({qlonglong(200000 + i), 50000 + (i % 299), QStringLiteral("o"), Null, false});
    for (const SyncMode mode : {SyncMode::Update, SyncMode::Append, SyncMode::Replace}) {
        for (const bool timestamps : {false, true}) {
            SyncRules r = ::rules(mode, {QStringLiteral("id")}, timestamps ? QStringLiteral("ts") : QString(),
                                  QStringLiteral("del"));
            r.safeguard.maxShare = 1.0;
            auto one = planSync(source(Cols, src), target(Cols, dst), r);
            const qint64 threshold = Testing::setParallelPlanRows(1000);
            auto halves = planSync(source(Cols, src), target(Cols, dst), r);
            Testing::setParallelPlanRows(threshold);
            QVERIFY(one && halves);
            QCOMPARE(halves->counts, one->counts);
            QCOMPARE(halves->warnings, one->warnings);
            QCOMPARE(halves->held, one->held);
            QCOMPARE(halves->changes.size(), one->changes.size());
            for (size_t i = 0; i < one->changes.size(); ++i) {
                const Change &a = halves->changes[i], &b = one->changes[i];
                QVERIFY2(a.sourceRow == b.sourceRow && a.targetRow == b.targetRow && a.action == b.action &&
                             a.reason == b.reason && a.detail == b.detail,
                         qPrintable(QStringLiteral("change %1").arg(i)));
            }
            QVERIFY(one->counts.inserted > 0 && one->counts.failed > 0 && one->counts.unchanged > 0);
        }
    }
}

void TestPlanner::keyUtf8IsTheKey()
{
    // The journal writes keys through keyUtf8 (integers and ASCII text straight from the rows): the same bytes
    // as key() in UTF-8, for every kind of value, single and composite, from the source and the target.
    const QStringList cols{QStringLiteral("a"), QStringLiteral("b")};
    const QVariantList values{qlonglong(0),
                              qlonglong(-42),
                              std::numeric_limits<qlonglong>::max(),
                              std::numeric_limits<qlonglong>::min(),
                              QStringLiteral(""),
                              QStringLiteral("plain"),
                              QStringLiteral(" spaced, \"quoted\" \\ "),
                              QStringLiteral("caf\u00e9"),
                              QStringLiteral("\ufeffbom"),
                              QString(QChar(0)),
                              1.5,
                              1e300,
                              true,
                              QVariant(),
                              QByteArray("\x00\xff"),
                              QDate(2024, 2, 29),
                              QDateTime(QDate(2024, 2, 29), QTime(12, 30), Qt::UTC)};
    Rows src, dst;
    for (const QVariant &a : values)
        for (const QVariant &b : {values.value(1), values.value(6), values.value(7)}) {
            src.append({a, b});
            dst.append({qlonglong(src.size()), a, b});
        }
    auto s = source(cols, src);
    auto t = target(cols, dst);
    for (const std::vector<int> &keys : {std::vector<int>{0}, std::vector<int>{1, 0}}) {
        Plan p;
        p.source = s;
        p.target = t;
        p.keyColumns = keys;
        for (qint64 r = 0; r < s->rows.size(); ++r) {
            for (const Change &c : {Change{r, -1, ChangeAction::Insert, ChangeReason::NotInTarget, 0},
                                    Change{-1, r, ChangeAction::Delete, ChangeReason::Orphan, 0}}) {
                const QByteArray expected = p.key(c).toUtf8();
                QVERIFY2(p.keyUtf8(c) == expected, expected.constData());
            }
        }
        p.keyColumns.clear();
        QVERIFY(p.keyUtf8(Change{0, -1, ChangeAction::Insert, ChangeReason::NotInTarget, 0}).isEmpty());
    }
}

QTEST_APPLESS_MAIN(TestPlanner)
#include "tst_planner.moc"
