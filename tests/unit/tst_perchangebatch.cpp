// PerChangeBatch, the batch of the targets that write changes one at a time (REST, webhook, module): it holds
// up to its number of changes; its in-order commit lets a refused change fail alone, fails the batch as a
// whole when nothing was written or on a cancel, and otherwise keeps what was written, fails the rest with the
// reason and makes the target's later batches fail at once.
#include "connectors/perchangebatch.h"

#include <QtTest>

using namespace Ferry;

namespace {

// Writes changes in order; what each one does is told by its sourceRow: "refuse" rows are refused alone,
// "stop" rows stop the batch with stopError.
class ScriptedBatch final : public PerChangeBatch
{
public:
    ScriptedBatch(const Plan &plan, int maxChanges, std::optional<Error> &down)
        : PerChangeBatch(plan, maxChanges), m_down(down)
    {}

    QSet<qint64> refuse;
    QSet<qint64> stop;
    Error stopError{ErrorCode::Connection, QStringLiteral("the service cannot be reached"), QStringLiteral("http://x")};
    QList<qint64> written; // sourceRow of each change written, in order

    Result<void> commit() override
    {
        return commitInOrder(m_down, [this](const Change &c, RowOutcome &o) -> Result<void> {
            if (stop.contains(c.sourceRow))
                return stopError;
            if (refuse.contains(c.sourceRow)) {
                o.failed = true;
                o.message = QStringLiteral("refused %1").arg(c.sourceRow);
                return {};
            }
            written.append(c.sourceRow);
            o.remoteId = QStringLiteral("r%1").arg(c.sourceRow);
            return {};
        });
    }

private:
    std::optional<Error> &m_down;
};

// A plan's changes 0..n-1 (inserts) and the target's state ("down") its batches share.
struct Changes
{
    Plan plan;
    std::optional<Error> down;
    std::vector<Change> changes;

    explicit Changes(int n)
    {
        for (int i = 0; i < n; ++i)
            changes.push_back(Change{i, -1, ChangeAction::Insert, ChangeReason::NotInTarget, 0});
    }
    // A batch of the target holding up to maxChanges, filled with changes [from, to).
    std::unique_ptr<ScriptedBatch> batch(int maxChanges, size_t from, size_t to)
    {
        auto b = std::make_unique<ScriptedBatch>(plan, maxChanges, down);
        for (size_t i = from; i < to; ++i)
            if (!b->add(changes[i]))
                qFatal("change %zu does not fit the batch", i);
        return b;
    }
};

} // namespace

class TestPerChangeBatch : public QObject
{
    Q_OBJECT
private slots:
    void addRefusesAChangeBeyondTheBound()
    {
        Changes cs(4);
        const auto batch = cs.batch(3, 0, 3);
        QVERIFY(!batch->add(cs.changes[3]));
        QVERIFY(batch->commit());
        QCOMPARE(batch->written, (QList<qint64>{0, 1, 2}));
        QCOMPARE(batch->outcomes()->size(), size_t(3));
    }

    void aRefusedChangeFailsAlone()
    {
        Changes cs(3);
        const auto batch = cs.batch(10, 0, 3);
        batch->refuse = {1};
        QVERIFY(batch->commit());
        const std::vector<RowOutcome> &o = *batch->outcomes();
        QCOMPARE(o.size(), size_t(3));
        QVERIFY(!o[0].failed);
        QCOMPARE(o[0].remoteId, QStringLiteral("r0"));
        QVERIFY(o[1].failed);
        QCOMPARE(o[1].message, QStringLiteral("refused 1"));
        QVERIFY(o[1].remoteId.isEmpty());
        QVERIFY(!o[2].failed);
        QCOMPARE(o[2].remoteId, QStringLiteral("r2"));
        QVERIFY(!cs.down);
    }

    void anErrorOnTheFirstChangeFailsTheBatch()
    {
        Changes cs(3);
        const auto batch = cs.batch(10, 0, 3);
        batch->stop = {0};
        const auto r = batch->commit();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Connection);
        QVERIFY(batch->written.isEmpty());
        QVERIFY(!cs.down); // the next batch tries again
    }

    void anErrorAfterSomeWritesKeepsThemAndStopsLaterBatches()
    {
        Changes cs(6);
        const auto first = cs.batch(4, 0, 4);
        first->stop = {2};
        QVERIFY(first->commit()); // two changes are written: the batch is confirmed, with the rest failed
        QCOMPARE(first->written, (QList<qint64>{0, 1}));
        const std::vector<RowOutcome> &o = *first->outcomes();
        QVERIFY(!o[0].failed && !o[1].failed);
        for (size_t j : {size_t(2), size_t(3)}) {
            QVERIFY(o[j].failed);
            QCOMPARE(o[j].message, first->stopError.toString());
            QVERIFY(o[j].remoteId.isEmpty());
        }
        QVERIFY(cs.down);
        QCOMPARE(cs.down->message, first->stopError.message);

        // The target's next batch fails with that error at once, writing nothing.
        const auto second = cs.batch(4, 4, 6);
        const auto r = second->commit();
        QVERIFY(!r);
        QCOMPARE(r.error().message, first->stopError.message);
        QVERIFY(second->written.isEmpty());
    }

    void aCancelFailsTheBatchWithoutStoppingTheTarget()
    {
        Changes cs(3);
        const auto batch = cs.batch(10, 0, 3);
        batch->stop = {1};
        batch->stopError = Error{ErrorCode::Cancelled, QStringLiteral("cancelled"), {}};
        const auto r = batch->commit();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(batch->written, (QList<qint64>{0}));
        QVERIFY(!cs.down);
    }
};

QTEST_APPLESS_MAIN(TestPerChangeBatch)
#include "tst_perchangebatch.moc"
