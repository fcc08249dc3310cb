// The interface every sync source implements: check the connection, describe what it offers, show a
// sample, and for a run, start the read and hand over its rows.
//
// Every call is synchronous and meant for a worker thread; a source is used on one thread (the connection
// it opens lives there), except interrupt(). Calls that can take long take a cancel flag: when it is set
// they return soon with an ErrorCode::Cancelled error.
#pragma once

#include "connectorinfo.h"
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
    virtual Capabilities capabilities() const = 0;

    // Connects and checks access: the server, the login, the database, and that the job's read works (for
    // SQL: the query runs, and how many rows it returns). A failure says precisely what is wrong and names
    // the job field to fix in Error::field ("source.password", "source.database", "source.query").
    virtual Result<ConnectionInfo> test(const std::atomic_bool *cancel) = 0;
    // What the source offers to read from: tables and views with their columns.
    virtual Result<SchemaInfo> discover(const std::atomic_bool *cancel) = 0;
    // The first n rows of the job's read (source columns, before the mapping), without reading the rest.
    virtual Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) = 0;

    // Connects and starts the read; returns the column names as soon as they are known.
    virtual Result<QStringList> start() = 0;
    // Collects the rows of the read started, polling cancel.
    virtual Result<RecordSet> fetch(const std::atomic_bool *cancel) = 0;
    // Thread-safe: interrupts a read in flight (a long query) from another thread. The reading thread's
    // start() or fetch() then returns soon with an error.
    virtual void interrupt() {}
};

} // namespace Ferry
