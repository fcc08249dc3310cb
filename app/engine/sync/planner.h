// The planner: a pure function from (mapped source rows, target snapshot, rules) to a Plan. No I/O.
#pragma once

#include "core/plan.h"
#include "core/result.h"
#include "job/jobspec.h"

#include <memory>
#include <optional>

namespace Ferry {

// Fails only when the rules name a column the source does not have. Both sets have the same columns.
// The plan keeps source and target alive.
Result<Plan> planSync(std::shared_ptr<const RecordSet> source, std::shared_ptr<const TargetSnapshot> target,
                      const SyncRules &rules);

// Why the delete safeguard holds a plan that deletes `deletes` of `targetRows` rows, or nothing when it
// lets it through.
std::optional<QString> deleteSafeguardHold(qint64 deletes, qint64 targetRows, const DeleteSafeguard &safeguard);

} // namespace Ferry
