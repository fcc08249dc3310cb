// The executor: applies a Plan's writes to a Target in batches, advancing the state store after each
// confirmed batch and reporting each through the run's events. Cancellation, and the loss of the job's
// lease, are checked between batches (cancellation also inside a batch, by the target's own waits).
#pragma once

#include "connectors/target.h"
#include "core/plan.h"
#include "store/statestore.h"

#include <atomic>
#include <optional>

namespace Ferry {

struct ExecuteResult
{
    Counts counts;
    std::optional<Error> error; // the batch that failed (after retries) or cancellation
};

struct ExecuteContext
{
    StateStore *store = nullptr;     // may be null
    const JobLease *lease = nullptr; // the job's lease, if held: once lost, no other batch starts
    qint64 runId = 0;
    // Where the target's memory is kept (Target::memoryScope()): what each confirmed change wrote is
    // remembered under the job (StateStore::remember). Empty scope: nothing is remembered.
    QString jobId;
    QString memoryScope;
    const std::atomic_bool *cancel = nullptr;
    // A second flag that stops the run between batches (the run's deadline, whose watcher mirrors cancel
    // only every few milliseconds: cancel itself is checked too, so a batch never starts after it).
    const std::atomic_bool *stop = nullptr;
    // A third that only stops between batches, never one in flight (RunOptions::stopBetweenBatches).
    const std::atomic_bool *stopBetweenBatches = nullptr;
};

// Applies every insert, update and delete of plan. Its counts start from the plan's (unchanged, skipped and
// errors as planned). A batch whose target reports per-row outcomes (TargetBatch::outcomes()) may fail some
// of its changes alone: they are counted failed, recorded in the run's failed rows and reported through
// RunEvents::rowFailed, left out of the journal and of the target's memory (so the next run plans them
// again), and the run goes on.
ExecuteResult execute(const Plan &plan, Target &target, const ExecuteContext &context);

} // namespace Ferry
