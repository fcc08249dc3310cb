// The planner: a pure function from (mapped source rows, target snapshot, rules) to a Plan. No I/O.
#pragma once

#include "core/result.h"
#include "job/jobspec.h"
#include "plan.h"
#include "recordset.h"

namespace Ferry {

// Fails only when the rules name a column the source does not have.
Result<Plan> planSync(const RecordSet &source, const TargetSnapshot &target, const SyncRules &rules);

} // namespace Ferry
