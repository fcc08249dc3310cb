#include "perchangebatch.h"

namespace Ferry {

PerChangeBatch::PerChangeBatch(const Plan &plan, int maxChanges) : m_plan(plan), m_maxChanges(size_t(maxChanges)) {}

bool PerChangeBatch::add(const Change &change)
{
    if (m_changes.size() >= m_maxChanges)
        return false;
    m_changes.push_back(&change);
    return true;
}

Result<void> PerChangeBatch::commitInOrder(std::optional<Error> &down, const WriteChange &write)
{
    if (down)
        return *down;
    m_outcomes.assign(m_changes.size(), RowOutcome{});
    for (size_t i = 0; i < m_changes.size(); ++i) {
        auto r = write(*m_changes[i], m_outcomes[i]);
        if (r)
            continue;
        if (r.error().code == ErrorCode::Cancelled || i == 0)
            return r.error(); // nothing written (or a cancel): the batch fails as a whole
        // Part of the batch is written: those are kept, the rest fail with the reason and later batches stop.
        down = r.error();
        for (size_t j = i; j < m_changes.size(); ++j)
            m_outcomes[j] = RowOutcome{true, r.error().toString(), {}};
        break;
    }
    return {};
}

} // namespace Ferry
