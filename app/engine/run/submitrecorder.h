// Watches a run's apply for what each change came to (committed, or refused alone by the target), passing
// every event on to the run's own observer: the outcomes a postSubmit hook gets as responseData.
#pragma once

#include "core/runevents.h"
#include "extensions/hookrunner.h"

#include <mutex>
#include <vector>

namespace Ferry {

class SubmitRecorder final : public RelayObserver
{
public:
    explicit SubmitRecorder(RunObserver *next) : RelayObserver(next) {}

    void batchCommitted(const RunTag &t, const BatchEvent &e) override;
    void rowFailed(const RunTag &t, const RowErrorEvent &e) override;

    // Every change written or refused alone, in plan order.
    std::vector<HookRunner::Outcome> outcomes() const;

private:
    mutable std::mutex m_mutex;
    std::vector<HookRunner::Outcome> m_outcomes;
};

} // namespace Ferry
