// Watches a run's apply for the rows a target refused alone, or a postSubmit hook failed after writing, passing
// every event on: the report lists them (ferry-cli's text and --json), not only the state store.
#pragma once

#include "core/runevents.h"

#include <mutex>
#include <vector>

namespace Ferry {

struct RowFailure
{
    qint64 change = -1; // index into the applied plan's changes
    QString key;
    QString message; // the target's or the hook's, as the row error event said it
};

class RowFailureCollector final : public RelayObserver
{
public:
    static constexpr size_t MaxKept = 100; // a report lists the first ones; the count says how many

    explicit RowFailureCollector(RunObserver *next) : RelayObserver(next) {}

    void rowFailed(const RunTag &t, const RowErrorEvent &e) override
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_failures.size() < MaxKept)
                m_failures.push_back(RowFailure{e.change, e.key, e.message});
        }
        RelayObserver::rowFailed(t, e);
    }

    std::vector<RowFailure> failures() const
    {
        std::lock_guard lock(m_mutex);
        return m_failures;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<RowFailure> m_failures;
};

} // namespace Ferry
