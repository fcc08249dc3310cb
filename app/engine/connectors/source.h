// The interface every sync source implements: open, run the read, and hand over its rows.
#pragma once

#include "core/recordset.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace Ferry {

class Source
{
public:
    virtual ~Source() = default;
    virtual QString describe() const = 0;
    // Connects and starts the read; returns the column names as soon as they are known.
    virtual Result<QStringList> start() = 0;
    // Collects the rows of the read started, polling cancel.
    virtual Result<RecordSet> fetch(const std::atomic_bool *cancel) = 0;
    // Thread-safe: interrupts a read in flight (a long query) from another thread. The reading thread's
    // start() or fetch() then returns soon with an error.
    virtual void interrupt() {}
};

} // namespace Ferry
