// The batch of a target that writes changes one at a time (Capability::PerRowCrud: the REST, webhook and
// module targets): it holds up to a number of changes and one RowOutcome per change, so a change the target
// refuses fails alone while the others are applied. commitInOrder() is the commit of targets that write the
// changes in turn; a target that writes them otherwise (the webhook's parallel deliveries) fills the outcomes
// itself.
#pragma once

#include "target.h"

#include <functional>
#include <optional>
#include <vector>

namespace Ferry {

class PerChangeBatch : public TargetBatch
{
public:
    bool add(const Change &change) final;
    const std::vector<RowOutcome> *outcomes() const final { return &m_outcomes; }

protected:
    // plan outlives the batch; maxChanges: how many changes a batch holds (the memory and journal advance
    // after each batch).
    PerChangeBatch(const Plan &plan, int maxChanges);

    // Writes one change and fills its outcome: a change the target refuses is o.failed with the reason, and
    // the call succeeds. An error stops the batch (the service is gone, access refused, cancelled).
    using WriteChange = std::function<Result<void>(const Change &c, RowOutcome &o)>;
    // Writes the changes in the order added. An error on the first change, or a cancel, fails the batch as a
    // whole (nothing was written, or a cancel's fate is for the executor to report). An error after some
    // changes were written keeps those: the rest fail with the error's text, and down is set to it so the
    // target's later batches fail at once. A batch started with down set fails with it, writing nothing.
    Result<void> commitInOrder(std::optional<Error> &down, const WriteChange &write);

    const Plan &m_plan;
    std::vector<const Change *> m_changes;
    std::vector<RowOutcome> m_outcomes;

private:
    size_t m_maxChanges;
};

} // namespace Ferry
