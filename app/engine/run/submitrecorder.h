// Watches a run's apply for what each change came to (committed, or refused alone by the target), passing
// every event on to the run's own observer: the outcomes a postSubmit hook gets as responseData.
#pragma once

#include "core/runevents.h"
#include "extensions/hookrunner.h"

#include <mutex>
#include <vector>

namespace Ferry {

class SubmitRecorder final : public RunObserver
{
public:
    explicit SubmitRecorder(RunObserver *next) : m_next(next) {}

    void phaseChanged(const RunTag &t, RunPhase p, qint64 n) override;
    void batchSending(const RunTag &t, const BatchSendingEvent &e) override;
    void batchCommitted(const RunTag &t, const BatchEvent &e) override;
    void batchFailed(const RunTag &t, const BatchFailedEvent &e) override;
    void rowFailed(const RunTag &t, const RowErrorEvent &e) override;
    void retrying(const RunTag &t, const RetryEvent &e) override;
    void logged(const RunTag &t, const LogEvent &e) override;

    // Every change written or refused alone, in plan order.
    std::vector<HookRunner::Outcome> outcomes() const;

private:
    RunObserver *m_next;
    mutable std::mutex m_mutex;
    std::vector<HookRunner::Outcome> m_outcomes;
};

} // namespace Ferry
