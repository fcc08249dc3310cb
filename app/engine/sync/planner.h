// The planner: a pure function from (mapped source rows, target snapshot, rules) to a Plan. No I/O.
#pragma once

#include "core/result.h"
#include "job/jobspec.h"
#include "plan.h"

#include <memory>

namespace Ferry {

// Fails only when the rules name a column the source does not have. Both sets have the same columns.
// The plan keeps source and target alive.
Result<Plan> planSync(std::shared_ptr<const RecordSet> source, std::shared_ptr<const TargetSnapshot> target,
                      const SyncRules &rules);

// The normalised key of a row, as the planner matches it: parts joined by \x1f, 1 == 1.0 == "1", folded
// when case-insensitive. Empty when a part is null or blank.
std::string rowKey(const RowSet &rows, qint64 row, const std::vector<int> &keyColumns, bool caseInsensitive);

} // namespace Ferry
