#include "executor.h"

#include "core/logging.h"

#include <QCoreApplication>

namespace Ferry {

namespace {

bool isWrite(ChangeAction a)
{
    return a == ChangeAction::Insert || a == ChangeAction::Update || a == ChangeAction::Delete;
}

void count(RunCounts &c, const Change &change)
{
    switch (change.action) {
    case ChangeAction::Insert:
        ++c.inserted;
        break;
    case ChangeAction::Update:
        ++c.updated;
        break;
    case ChangeAction::Delete:
        ++c.deleted;
        break;
    default:
        break;
    }
}

} // namespace

ExecuteResult execute(const Plan &plan, Target &target, const ExecuteContext &context)
{
    ExecuteResult result;
    RunCounts &counts = result.counts;
    counts.unchanged = plan.counts.unchanged;
    counts.skipped = plan.counts.skipped;
    counts.failed = plan.counts.errors;

    qint64 remaining = plan.counts.inserts + plan.counts.updates + plan.counts.deletes;
    std::unique_ptr<TargetBatch> batch = target.newBatch(plan);
    std::vector<const Change *> members;

    const auto flush = [&]() -> bool {
        if (members.empty())
            return true;
        if (context.cancel && context.cancel->load()) {
            result.error = Error{
                ErrorCode::Cancelled, QCoreApplication::translate("Ferry::Executor", "cancelled between batches"), {}};
            return false;
        }
        if (auto r = batch->commit(); !r) {
            result.error = r.error();
            counts.failed += static_cast<qint64>(members.size());
            remaining -= static_cast<qint64>(members.size());
            return false;
        }
        for (const Change *c : members)
            count(counts, *c);
        remaining -= static_cast<qint64>(members.size());
        if (context.store) {
            if (auto r = context.store->recordBatch(context.runId, plan, members, counts); !r) {
                // The target has the batch; only our memory of it failed. The next run re-reads the target.
                qCWarning(lcStore).noquote() << r.error().toString();
            }
        }
        if (context.progress)
            context.progress(counts);
        members.clear();
        batch = target.newBatch(plan);
        return true;
    };

    for (const Change &change : plan.changes) {
        if (!isWrite(change.action))
            continue;
        if (!batch->add(change)) {
            if (!flush())
                break;
            const bool added = batch->add(change);
            Q_ASSERT(added); // an empty batch takes any change
            Q_UNUSED(added);
        }
        members.push_back(&change);
    }
    if (!result.error)
        flush();
    counts.notAttempted = remaining;
    return result;
}

} // namespace Ferry
