// The executor: applies a Plan to a Target in batches, advancing the state store after each confirmed
// batch. Cancellation is checked between batches.
#pragma once

#include "connectors/target.h"
#include "plan.h"
#include "store/statestore.h"

#include <atomic>
#include <functional>
#include <optional>

namespace Ferry {

struct ExecuteResult
{
    RunCounts counts;
    std::optional<Error> error; // the batch that failed (after retries) or cancellation
};

struct ExecuteContext
{
    StateStore *store = nullptr; // may be null
    qint64 runId = 0;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const RunCounts &)> progress; // after each confirmed batch
};

ExecuteResult execute(const Plan &plan, Target &target, const ExecuteContext &context);

} // namespace Ferry
