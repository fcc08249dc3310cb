#include "submitrecorder.h"

#include <algorithm>

namespace Ferry {

void SubmitRecorder::phaseChanged(const RunTag &t, RunPhase p, qint64 n)
{
    if (m_next)
        m_next->phaseChanged(t, p, n);
}

void SubmitRecorder::batchSending(const RunTag &t, const BatchSendingEvent &e)
{
    if (m_next)
        m_next->batchSending(t, e);
}

void SubmitRecorder::batchCommitted(const RunTag &t, const BatchEvent &e)
{
    {
        std::lock_guard lock(m_mutex);
        const bool ids = e.ids.size() == e.changes.size();
        for (size_t i = 0; i < e.changes.size(); ++i)
            m_outcomes.push_back(HookRunner::Outcome{e.changes[i], 200, {}, ids ? e.ids[i] : QString()});
    }
    if (m_next)
        m_next->batchCommitted(t, e);
}

void SubmitRecorder::batchFailed(const RunTag &t, const BatchFailedEvent &e)
{
    if (m_next)
        m_next->batchFailed(t, e);
}

void SubmitRecorder::rowFailed(const RunTag &t, const RowErrorEvent &e)
{
    {
        std::lock_guard lock(m_mutex);
        m_outcomes.push_back(HookRunner::Outcome{e.change, 422, e.message, {}});
    }
    if (m_next)
        m_next->rowFailed(t, e);
}

void SubmitRecorder::retrying(const RunTag &t, const RetryEvent &e)
{
    if (m_next)
        m_next->retrying(t, e);
}

void SubmitRecorder::logged(const RunTag &t, const LogEvent &e)
{
    if (m_next)
        m_next->logged(t, e);
}

std::vector<HookRunner::Outcome> SubmitRecorder::outcomes() const
{
    std::lock_guard lock(m_mutex);
    std::vector<HookRunner::Outcome> out = m_outcomes;
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.change < b.change; });
    return out;
}

} // namespace Ferry
