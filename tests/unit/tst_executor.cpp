// The executor with a per-row target: a change the target refuses fails alone (counted, recorded in the run's
// failed rows, reported as a row event, left out of the journal and of the memory) and the run goes on;
// what the target confirmed is remembered by key with its remote id (text ids included).
#include "core/runevents.h"
#include "store/statestore.h"
#include "sync/executor.h"

#include <QtTest>

#include <mutex>

using namespace Ferry;

namespace {

// Applies changes one by one into a map; refuses the keys it is told to, gives inserts the id "r<key>".
// Batches of at most two changes, so a plan spans several batches.
class PerRowTarget final : public Target
{
public:
    QSet<QString> refused;
    QMap<QString, QString> applied; // key -> last action
    int commits = 0;

    class Batch final : public TargetBatch
    {
    public:
        Batch(PerRowTarget &t, const Plan &plan) : m_target(t), m_plan(plan) {}
        bool add(const Change &change) override
        {
            if (m_changes.size() == 2)
                return false;
            m_changes.push_back(&change);
            return true;
        }
        Result<void> commit() override
        {
            ++m_target.commits;
            for (const Change *c : m_changes) {
                const QString key = m_plan.key(*c);
                RowOutcome o;
                if (m_target.refused.contains(key)) {
                    o.failed = true;
                    o.message = QStringLiteral("HTTP 422: key %1 is refused").arg(key);
                } else {
                    m_target.applied[key] = changeActionName(c->action);
                    if (c->action == ChangeAction::Insert)
                        o.remoteId = u'r' + key;
                }
                m_outcomes.push_back(o);
            }
            return {};
        }
        const std::vector<RowOutcome> *outcomes() const override { return &m_outcomes; }

    private:
        PerRowTarget &m_target;
        const Plan &m_plan;
        std::vector<const Change *> m_changes;
        std::vector<RowOutcome> m_outcomes;
    };

    QString describe() const override { return QStringLiteral("per-row test target"); }
    Capabilities capabilities() const override { return Capability::PerRowCrud | Capability::Delete; }
    Result<ConnectionInfo> test(const std::atomic_bool *) override { return ConnectionInfo{}; }
    Result<SchemaInfo> discover(const std::atomic_bool *) override { return SchemaInfo{}; }
    Result<RecordSet> sample(qsizetype, const std::atomic_bool *) override { return RecordSet{}; }
    Result<void> open() override { return {}; }
    Result<TargetSnapshot> index(const QStringList &) override { return TargetSnapshot{}; }
    std::unique_ptr<TargetBatch> newBatch(const Plan &plan) override { return std::make_unique<Batch>(*this, plan); }
    QString memoryScope() const override { return QStringLiteral("test:scope"); }
};

class RowEvents final : public RunObserver
{
public:
    void rowFailed(const RunTag &, const RowErrorEvent &e) override
    {
        std::lock_guard lock(mutex);
        failed.append(e);
    }
    std::mutex mutex;
    QList<RowErrorEvent> failed;
};

// Inserts of keys 1..4, an update of key 5 (text id "uuid-5") and a delete of key 6 (text id "uuid-6").
Plan mixedPlan()
{
    auto source = std::make_shared<RecordSet>();
    source->columns = {QStringLiteral("id"), QStringLiteral("name")};
    source->rows = RowSet(2);
    for (int i = 1; i <= 5; ++i)
        source->rows.append({i, QStringLiteral("name %1").arg(i)});
    auto target = std::make_shared<TargetSnapshot>();
    target->columns = source->columns;
    target->rows = RowSet(2);
    target->rows.append({5, QStringLiteral("old")});
    target->rows.append({6, QStringLiteral("gone")});
    target->idTexts = {QStringLiteral("uuid-5"), QStringLiteral("uuid-6")};
    target->ids = {0, 1};
    Plan plan;
    plan.columns = source->columns;
    plan.source = source;
    plan.target = target;
    plan.keyColumns = {0};
    for (int i = 0; i < 4; ++i)
        plan.changes.push_back(Change{i, -1, ChangeAction::Insert, ChangeReason::NotInTarget});
    plan.changes.push_back(Change{4, 0, ChangeAction::Update, ChangeReason::ContentDiffers});
    plan.changes.push_back(Change{-1, 1, ChangeAction::Delete, ChangeReason::Orphan});
    plan.counts.inserted = 4;
    plan.counts.updated = 1;
    plan.counts.deleted = 1;
    return plan;
}

} // namespace

class TestExecutor : public QObject
{
    Q_OBJECT

private slots:
    void refusedRowsFailAloneAndTheRunGoesOn();
    void confirmedWritesAreRemembered();
    void memoryOfAnotherTargetIsDropped();
};

void TestExecutor::refusedRowsFailAloneAndTheRunGoesOn()
{
    QTemporaryDir dir;
    auto store = StateStore::open(dir.path());
    QVERIFY(store);
    auto lease = (*store)->acquireLease(QStringLiteral("job"));
    QVERIFY(lease);
    auto run = (*store)->beginRun(**lease);
    QVERIFY(run);

    const Plan plan = mixedPlan();
    PerRowTarget target;
    target.refused = {QStringLiteral("2"), QStringLiteral("5")};
    RowEvents events;
    RunTag tag;
    EventScope scope(&events, &tag);
    ExecuteContext context;
    context.store = store->get();
    context.runId = *run;
    context.jobId = QStringLiteral("job");
    context.memoryScope = target.memoryScope();
    const ExecuteResult result = execute(plan, target, context);

    QVERIFY(!result.error); // the run goes on past refused rows
    QCOMPARE(target.commits, 3);
    QCOMPARE(result.counts.inserted, 3);
    QCOMPARE(result.counts.updated, 0);
    QCOMPARE(result.counts.deleted, 1);
    QCOMPARE(result.counts.failed, 2);
    QCOMPARE(result.counts.notAttempted, 0);
    QCOMPARE(target.applied.size(), 4); // 1, 3, 4 inserted, 6 deleted

    QCOMPARE(events.failed.size(), 2);
    QCOMPARE(events.failed[0].key, QStringLiteral("2"));
    QCOMPARE(events.failed[0].change, 1);
    QVERIFY(events.failed[0].message.contains(QStringLiteral("HTTP 422")));
    QCOMPARE(events.failed[1].key, QStringLiteral("5"));
    QCOMPARE(events.failed[1].change, 4);

    auto failures = (*store)->failures(*run);
    QVERIFY(failures);
    QCOMPARE(failures->size(), size_t(2));
    QCOMPARE(failures->at(0).key, QStringLiteral("2"));
    QCOMPARE(failures->at(0).action, ChangeAction::Insert);
    QCOMPARE(failures->at(0).batch, 1);
    QCOMPARE(failures->at(1).key, QStringLiteral("5"));
    QCOMPARE(failures->at(1).action, ChangeAction::Update);
    QCOMPARE(failures->at(1).batch, 3);

    // The journal holds only what the target confirmed.
    auto journal = (*store)->journal(*run);
    QVERIFY(journal);
    QStringList journalled;
    for (const JournalEntry &e : *journal)
        journalled.append(changeActionName(e.action) + u' ' + e.key);
    QCOMPARE(journalled, (QStringList{QStringLiteral("insert 1"), QStringLiteral("insert 3"),
                                      QStringLiteral("insert 4"), QStringLiteral("delete 6")}));
}

void TestExecutor::confirmedWritesAreRemembered()
{
    QTemporaryDir dir;
    auto store = StateStore::open(dir.path());
    QVERIFY(store);
    // Remembered from an earlier run: key 6 (deleted now), key 5 (its update is refused now: kept as it was).
    QVERIFY((*store)->remember(QStringLiteral("job"), QStringLiteral("test:scope"),
                               {RememberedRecord{QStringLiteral("5"), QStringLiteral("uuid-5"), 55, "{\"id\":5}"},
                                RememberedRecord{QStringLiteral("6"), QStringLiteral("uuid-6"), 66, "{\"id\":6}"}},
                               {}));
    auto lease = (*store)->acquireLease(QStringLiteral("job"));
    QVERIFY(lease);
    auto run = (*store)->beginRun(**lease);
    QVERIFY(run);

    const Plan plan = mixedPlan();
    PerRowTarget target;
    target.refused = {QStringLiteral("5")};
    ExecuteContext context;
    context.store = store->get();
    context.runId = *run;
    context.jobId = QStringLiteral("job");
    context.memoryScope = target.memoryScope();
    QVERIFY(!execute(plan, target, context).error);

    auto memory = (*store)->remembered(QStringLiteral("job"), QStringLiteral("test:scope"));
    QVERIFY(memory);
    QMap<QString, RememberedRecord> byKey;
    for (const RememberedRecord &r : *memory)
        byKey.insert(r.key, r);
    QCOMPARE(byKey.keys(), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                        QStringLiteral("4"), QStringLiteral("5")}));
    QCOMPARE(byKey[QStringLiteral("3")].remoteId, QStringLiteral("r3"));
    QCOMPARE(byKey[QStringLiteral("3")].hash, plan.source->rows.hashRow(2));
    QCOMPARE(byKey[QStringLiteral("3")].values, QByteArray("{\"id\":3,\"name\":\"name 3\"}"));
    QCOMPARE(byKey[QStringLiteral("5")].hash, 55u); // the refused update changed nothing
}

void TestExecutor::memoryOfAnotherTargetIsDropped()
{
    QTemporaryDir dir;
    auto store = StateStore::open(dir.path());
    QVERIFY(store);
    QVERIFY((*store)->remember(QStringLiteral("job"), QStringLiteral("rest:http://a/contacts"),
                               {RememberedRecord{QStringLiteral("1"), QStringLiteral("7"), 1, "{}"}}, {}));
    QVERIFY((*store)->remember(QStringLiteral("other"), QStringLiteral("rest:http://a/contacts"),
                               {RememberedRecord{QStringLiteral("1"), QStringLiteral("8"), 1, "{}"}}, {}));
    QCOMPARE((*store)->remembered(QStringLiteral("job"), QStringLiteral("rest:http://a/contacts"))->size(), size_t(1));
    // The job's target changed: what it remembers of the old one goes; other jobs keep theirs.
    QCOMPARE((*store)->remembered(QStringLiteral("job"), QStringLiteral("rest:http://b/people"))->size(), size_t(0));
    QCOMPARE((*store)->remembered(QStringLiteral("job"), QStringLiteral("rest:http://a/contacts"))->size(), size_t(0));
    QCOMPARE((*store)->remembered(QStringLiteral("other"), QStringLiteral("rest:http://a/contacts"))->size(),
             size_t(1));
    // A deleted job's memory goes with it.
    QVERIFY((*store)->forgetJob(QStringLiteral("other")));
    QCOMPARE((*store)->remembered(QStringLiteral("other"), QStringLiteral("rest:http://a/contacts"))->size(),
             size_t(0));
}

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
