#include "executor.h"

#include "core/logging.h"
#include "core/runevents.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <future>

namespace Ferry {

namespace {

// The rows of a batch the target refused, for the run's history: each with the batch's error.
void recordFailedBatch(StateStore &store, qint64 runId, const Plan &plan, const std::vector<const Change *> &members,
                       qint64 batch, const QString &message)
{
    std::vector<FailureRecord> failures;
    const size_t n = std::min(members.size(), size_t(StateStore::maxFailuresPerRun));
    failures.reserve(n);
    for (size_t i = 0; i < n; ++i)
        failures.push_back(FailureRecord{members[i]->action, plan.key(*members[i]), message, batch});
    if (auto r = store.recordFailures(runId, failures); !r)
        RunEvents::warning(lcStore, r.error().toString()); // the run's error and counts still say it
}

// What the confirmed changes of a batch wrote, for the target's memory: each insert and update's key, remote id,
// hash and values; each delete's key.
void rememberBatch(StateStore &store, const ExecuteContext &context, const Plan &plan,
                   const std::vector<const Change *> &confirmed, const std::vector<const RowOutcome *> &outcomes)
{
    std::vector<RememberedRecord> written;
    QStringList deleted;
    const QList<QByteArray> prefixes = RowSet::jsonFieldPrefixes(plan.columns);
    for (size_t i = 0; i < confirmed.size(); ++i) {
        const Change &c = *confirmed[i];
        if (c.action == ChangeAction::Delete) {
            deleted.append(plan.key(c));
            continue;
        }
        RememberedRecord r;
        r.key = plan.key(c);
        if (outcomes[i] && !outcomes[i]->remoteId.isEmpty())
            r.remoteId = outcomes[i]->remoteId;
        else if (plan.hasRemoteId(c))
            r.remoteId = plan.remoteIdText(c);
        r.hash = plan.source->rows.hashRow(c.sourceRow);
        if (plan.columns.isEmpty())
            r.values = QByteArrayLiteral("{");
        else
            plan.source->rows.appendJsonFields(r.values, c.sourceRow, prefixes);
        r.values.append('}');
        written.push_back(std::move(r));
    }
    if (auto r = store.remember(context.jobId, context.memoryScope, written, deleted); !r)
        RunEvents::warning(lcStore, r.error().toString()); // the target has them; the next run re-reads it
}

} // namespace

ExecuteResult execute(const Plan &plan, Target &target, const ExecuteContext &context)
{
    ExecuteResult result;
    Counts &counts = result.counts;
    counts.unchanged = plan.counts.unchanged;
    counts.skipped = plan.counts.skipped;
    counts.failed = plan.counts.failed;

    qint64 remaining = plan.counts.writes();
    QElapsedTimer timer;
    qint64 batches = 0; // committed so far

    // Adds the writes from changes[from] on to a batch until it refuses one; returns where it stopped.
    const auto fill = [&plan](TargetBatch &batch, std::vector<const Change *> &members, size_t from) {
        for (; from < plan.changes.size(); ++from) {
            const Change &change = plan.changes[from];
            if (!Plan::isWrite(change.action))
                continue;
            if (!batch.add(change)) {
                Q_ASSERT(!members.empty()); // an empty batch takes any change
                break;
            }
            members.push_back(&change);
        }
        return from;
    };

    const auto flush = [&](TargetBatch &batch, const std::vector<const Change *> &members) -> bool {
        if ((context.cancel && context.cancel->load()) || (context.stop && context.stop->load()) ||
            (context.stopBetweenBatches && context.stopBetweenBatches->load())) {
            result.error = Error{
                ErrorCode::Cancelled, QCoreApplication::translate("Ferry::Executor", "cancelled between batches"), {}};
            return false;
        }
        if (context.lease && context.lease->lost()) {
            result.error = Error{ErrorCode::AlreadyRunning,
                                 QCoreApplication::translate("Ferry::Executor",
                                                             "stopped between batches: another process took over "
                                                             "this job's lease, judging this run gone"),
                                 {}};
            return false;
        }
        timer.start();
        RunEvents::batchSending(BatchSendingEvent{batches + 1, static_cast<qint64>(members.size())});
        // The batch's journal record (a hash of every row) is made on another thread while the batch is in
        // flight, when this one mostly waits for the server. Joined before this returns, whatever happens.
        std::future<QByteArray> journal;
        if (context.store)
            journal =
                std::async(std::launch::async, [&plan, &members] { return StateStore::journalRecord(plan, members); });
        if (auto r = batch.commit(); !r) {
            result.error = r.error();
            const bool cancelled = r.error().code == ErrorCode::Cancelled;
            if (!cancelled) { // a cancelled batch stays "not attempted"
                counts.failed += static_cast<qint64>(members.size());
                remaining -= static_cast<qint64>(members.size());
            }
            BatchFailedEvent failed;
            failed.elapsedMs = timer.elapsed();
            failed.cancelled = cancelled;
            failed.message = r.error().toString();
            failed.changes.reserve(members.size());
            for (const Change *c : members)
                failed.changes.push_back(c - plan.changes.data());
            failed.progress = counts;
            failed.progress.notAttempted = remaining;
            if (context.store && !cancelled)
                recordFailedBatch(*context.store, context.runId, plan, members, ++batches, failed.message);
            RunEvents::batchFailed(failed);
            return false;
        }
        BatchEvent event;
        event.elapsedMs = timer.elapsed();
        event.changes.reserve(members.size());
        // A per-row target may have refused some changes alone: those fail, the others are confirmed.
        const std::vector<RowOutcome> *outcomes = batch.outcomes();
        Q_ASSERT(!outcomes || outcomes->size() == members.size());
        if (outcomes && outcomes->size() != members.size())
            outcomes = nullptr; // a target's bug: trust the commit as a whole rather than guess
        std::vector<const Change *> confirmed;
        std::vector<const RowOutcome *> confirmedOutcomes;
        std::vector<FailureRecord> failures;
        confirmed.reserve(members.size());
        confirmedOutcomes.reserve(members.size());
        for (size_t i = 0; i < members.size(); ++i) {
            const Change *c = members[i];
            const qint64 index = c - plan.changes.data();
            const RowOutcome *outcome = outcomes ? &(*outcomes)[i] : nullptr;
            if (outcome && outcome->failed) {
                ++counts.failed;
                const QString key = plan.key(*c);
                if (failures.size() < size_t(StateStore::maxFailuresPerRun))
                    failures.push_back(FailureRecord{c->action, key, outcome->message, batches + 1});
                RunEvents::rowFailed(RowErrorEvent{index, key, outcome->message});
                continue;
            }
            counts.add(c->action);
            event.changes.push_back(index);
            if (outcome)
                event.ids.push_back(outcome->remoteId);
            confirmed.push_back(c);
            confirmedOutcomes.push_back(outcome);
        }
        remaining -= static_cast<qint64>(members.size());
        if (context.store && !failures.empty())
            if (auto r = context.store->recordFailures(context.runId, failures); !r)
                RunEvents::warning(lcStore, r.error().toString()); // the run's counts still say how many failed
        if (context.store) {
            QByteArray record = journal.get();
            if (confirmed.size() != members.size())
                record = StateStore::journalRecord(plan, confirmed); // only what the target confirmed
            if (!context.memoryScope.isEmpty() && !confirmed.empty())
                rememberBatch(*context.store, context, plan, confirmed, confirmedOutcomes);
            if (auto r =
                    context.store->recordBatch(context.runId, record, static_cast<qsizetype>(confirmed.size()), counts);
                !r) {
                // The target has the batch; only our memory of it failed. The next run re-reads the target.
                RunEvents::warning(lcStore, r.error().toString());
            }
        }
        event.progress = counts;
        event.progress.notAttempted = remaining;
        RunEvents::batch(event);
        ++batches;
        return true;
    };

    std::unique_ptr<TargetBatch> batch = target.newBatch(plan);
    std::vector<const Change *> members;
    size_t next = fill(*batch, members, 0);
    while (!members.empty()) {
        std::unique_ptr<TargetBatch> following;
        std::vector<const Change *> followingMembers;
        // A target whose batches only read the plan while they are filled gets the next one filled on another
        // thread while this one is in flight (for Fliplet: its request body written while the server works).
        // Joined before anything else happens, whatever the commit's fate; a batch filled in vain is dropped.
        std::future<size_t> ahead;
        if (next < plan.changes.size() && batch->fillsWhileCommitting()) {
            following = target.newBatch(plan);
            ahead = std::async(std::launch::async, [&fill, &following, &followingMembers, next] {
                return fill(*following, followingMembers, next);
            });
        }
        const bool committed = flush(*batch, members);
        if (ahead.valid())
            next = ahead.get();
        if (!committed)
            break;
        if (!following) {
            following = target.newBatch(plan);
            next = fill(*following, followingMembers, next);
        }
        batch = std::move(following);
        members = std::move(followingMembers);
    }
    counts.notAttempted = remaining;
    return result;
}

} // namespace Ferry
