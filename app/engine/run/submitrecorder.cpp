#include "submitrecorder.h"

#include <algorithm>

namespace Ferry {

void SubmitRecorder::batchCommitted(const RunTag &t, const BatchEvent &e)
{
    {
        std::lock_guard lock(m_mutex);
        const bool ids = e.ids.size() == e.changes.size();
        for (size_t i = 0; i < e.changes.size(); ++i)
            m_outcomes.push_back(HookRunner::Outcome{e.changes[i], 200, {}, ids ? e.ids[i] : QString()});
    }
    RelayObserver::batchCommitted(t, e);
}

void SubmitRecorder::rowFailed(const RunTag &t, const RowErrorEvent &e)
{
    {
        std::lock_guard lock(m_mutex);
        m_outcomes.push_back(HookRunner::Outcome{e.change, 422, e.message, {}});
    }
    RelayObserver::rowFailed(t, e);
}

std::vector<HookRunner::Outcome> SubmitRecorder::outcomes() const
{
    std::lock_guard lock(m_mutex);
    std::vector<HookRunner::Outcome> out = m_outcomes;
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.change < b.change; });
    return out;
}

} // namespace Ferry
