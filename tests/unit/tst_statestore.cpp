#include "store/statestore.h"

#include <QtTest>

using namespace Ferry;

class TestStateStore : public QObject
{
    Q_OBJECT
private slots:
    void recordsConfirmedBatches();
    void killedRunBecomesInterrupted();
    void unwritableFolder();
};

void TestStateStore::recordsConfirmedBatches()
{
    QTemporaryDir dir;
    auto store = StateStore::open(dir.path());
    QVERIFY(store);
    auto run = (*store)->beginRun(QStringLiteral("job"));
    QVERIFY(run);

    Change a{ChangeAction::Insert, QStringLiteral("1"), {}, {1, QStringLiteral("a")}, {}, {}};
    Change b{ChangeAction::Update, QStringLiteral("2"), 1002, {2, QStringLiteral("b")}, {}, {}};
    RunCounts progress;
    progress.inserted = 1;
    progress.updated = 1;
    QVERIFY((*store)->recordBatch(QStringLiteral("job"), *run, {&a, &b}, progress));
    QCOMPARE(*(*store)->rowCount(QStringLiteral("job")), 2);
    auto state = (*store)->rowState(QStringLiteral("job"), QStringLiteral("2"));
    QVERIFY(state && state->has_value());
    QCOMPARE((*state)->remoteId, QStringLiteral("1002"));
    QCOMPARE((*state)->runId, *run);

    Change del{ChangeAction::Delete, QStringLiteral("1"), 1001, {}, {}, {}};
    QVERIFY((*store)->recordBatch(QStringLiteral("job"), *run, {&del}, progress));
    QCOMPARE(*(*store)->rowCount(QStringLiteral("job")), 1);
    QCOMPARE(*(*store)->rowCount(QStringLiteral("other job")), 0);

    QVERIFY((*store)->finishRun(*run, QStringLiteral("succeeded"), progress, {}));
    auto runs = (*store)->runs(QStringLiteral("job"));
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
