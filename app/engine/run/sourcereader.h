// Reads a job's source on a detached thread of its own (its SQL connection lives and dies there) while
// the caller indexes the target. The caller can stop waiting at any time (cancel) without blocking on
// the thread: it interrupts the read and lets the thread finish and clean up by itself.
#pragma once

#include "connectors/source.h"
#include "core/recordset.h"
#include "core/result.h"
#include "core/runevents.h"
#include "job/jobspec.h"

#include <atomic>
#include <memory>

namespace Ferry {

class SourceReader
{
public:
    // Starts reading at once: source.start(), the mapping's columns, then source.fetch() and the mapping.
    SourceReader(std::unique_ptr<Source> source, QList<FieldMapping> mapping, const RunTag &tag, RunObserver *observer);
    // Interrupts a read still in flight and returns at once; the thread finishes on its own.
    ~SourceReader();
    Q_DISABLE_COPY_MOVE(SourceReader)

    // Wait for the mapped column names (known as soon as the query ran), or for the rows. Null when cancel
    // was set first (the read is then interrupted).
    std::optional<Result<QStringList>> columns(const std::atomic_bool *cancel);
    std::optional<Result<RecordSet>> rows(const std::atomic_bool *cancel);
    // Non-blocking: the columns, when the read has failed or got them already.
    std::optional<Result<QStringList>> columnsIfReady();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace Ferry
