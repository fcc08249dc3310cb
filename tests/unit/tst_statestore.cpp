#include "store/statestore.h"

#include <QtTest>

using namespace Ferry;

namespace {
Plan twoRowPlan()
{
    auto source = std::make_shared<RecordSet>();
    source->columns = {QStringLiteral("id"), QStringLiteral("name")};
    source->rows = RowSet(2);
    source->rows.append({1, QStringLiteral("a")});
    source->rows.append({2, QStringLiteral("b")});
    auto target = std::make_shared<TargetSnapshot>();
    target->columns = source->columns;
    target->rows = RowSet(2);
    target->rows.append({2, QStringLiteral("old")});
    target->rows.append({3, QStringLiteral("gone")});
    target->ids = {1002, 1003};
    Plan plan;
    plan.columns = source->columns;
    plan.source = source;
    plan.target = target;
    plan.keyColumns = {0};
    plan.changes = {Change{0, -1, ChangeAction::Insert, ChangeReason::NotInTarget},
                    Change{1, 0, ChangeAction::Update, ChangeReason::ContentDiffers},
                    Change{-1, 1, ChangeAction::Delete, ChangeReason::Orphan}};
    return plan;
}
} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT
private slots:
    void journalsConfirmedBatches();
    void killedRunBecomesInterrupted();
    void unwritableFolder();
};

void TestStateStore::journalsConfirmedBatches()
{
    QTemporaryDir dir;
    auto store = StateStore::open(dir.path());
    QVERIFY(store);
    auto run = (*store)->beginRun(QStringLiteral("job"));
    QVERIFY(run);

    const Plan plan = twoRowPlan();
    Counts progress;
    progress.inserted = 1;
    progress.updated = 1;
    QVERIFY((*store)->recordBatch(*run, plan, {&plan.changes[0], &plan.changes[1]}, progress));
    progress.deleted = 1;
    QVERIFY((*store)->recordBatch(*run, plan, {&plan.changes[2]}, progress));

    auto journal = (*store)->journal(*run);
    QVERIFY(journal);
    QCOMPARE(journal->size(), size_t(3));
    QCOMPARE((*journal)[0].action, ChangeAction::Insert);
    QCOMPARE((*journal)[0].key, QStringLiteral("1"));
    QCOMPARE((*journal)[0].remoteId, -1);
    QCOMPARE((*journal)[0].hash, plan.source->rows.hashRow(0));
    QCOMPARE((*journal)[1].remoteId, 1002);
    QCOMPARE((*journal)[2].action, ChangeAction::Delete);
    QCOMPARE((*journal)[2].remoteId, 1003);

    auto last = (*store)->lastChange(QStringLiteral("job"), QStringLiteral("2"));
    QVERIFY(last && last->has_value());
    QCOMPARE((*last)->action, ChangeAction::Update);
    QCOMPARE((*last)->runId, *run);
    auto none = (*store)->lastChange(QStringLiteral("other job"), QStringLiteral("2"));
    QVERIFY(none && !none->has_value());

    // The run's counts advanced with each batch, before the run finished.
    auto runs = (*store)->runs(QStringLiteral("job"));
    QVERIFY(runs);
    QCOMPARE(runs->front().status, QStringLiteral("running"));
    QCOMPARE(runs->front().counts.deleted, 1);

    QVERIFY((*store)->finishRun(*run, QStringLiteral("succeeded"), progress, {}));
    runs = (*store)->runs(QStringLiteral("job"));
    QVERIFY(runs);
    QCOMPARE(runs->size(), size_t(1));
    QCOMPARE(runs->front().status, QStringLiteral("succeeded"));
    QCOMPARE(runs->front().counts.inserted, 1);
    QVERIFY(runs->front().finishedAt.isValid());
}

void TestStateStore::killedRunBecomesInterrupted()
{
    QTemporaryDir dir;
    {
        auto store = StateStore::open(dir.path());
        QVERIFY(store);
        QVERIFY((*store)->beginRun(QStringLiteral("job")));
        // No finishRun: as if the process died.
    }
    auto store = StateStore::open(dir.path());
    QVERIFY(store);
    auto runs = (*store)->runs(QStringLiteral("job"));
    QVERIFY(runs);
    QCOMPARE(runs->front().status, QStringLiteral("interrupted"));
}

void TestStateStore::unwritableFolder()
{
    auto store = StateStore::open(QStringLiteral("/proc/ferry-cannot-be-here"));
    QVERIFY(!store);
    QVERIFY(store.error().message.contains(QStringLiteral("--state")));
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
