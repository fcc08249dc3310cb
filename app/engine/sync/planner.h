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

// The plan as it is applied with these changes excluded (indexes into plan.changes): excluded writes become
// skips ("excluded from this run"), the counts are recomputed and the safeguard is evaluated again. The plan
// itself when nothing is excluded.
std::shared_ptr<const Plan> planWithExclusions(const std::shared_ptr<const Plan> &plan,
                                               const std::vector<qint64> &excluded, const DeleteSafeguard &safeguard);

namespace Testing {
// Sources of at least this many rows are planned in two halves on two threads (100,000 unless set); tests
// lower it to compare both ways on small inputs. Returns the previous value.
qint64 setParallelPlanRows(qint64 rows);
} // namespace Testing

} // namespace Ferry
