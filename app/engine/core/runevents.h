// Run events: what a run reports while it works (phases, committed batches, row errors, retries, log
// messages), each tagged with its job and run, to a RunObserver that the caller passes in. Engine code
// deep inside a run (connectors, the HTTP client) reports through RunEvents::…, which reaches the observer
// of the run active on the calling thread (an EventScope says which), or Qt's logging when there is none.
// No global message handler is needed to tell jobs apart.
#pragma once

#include "plan.h"

#include <QLoggingCategory>
#include <QString>

#include <vector>

namespace Ferry {

enum class RunPhase {
    Connecting, // opening the source and the target
    Reading,    // reading the source (count: rows read so far)
    Indexing,   // reading what the target holds
    Planning,   // count: source rows
    Planned,    // count: planned writes
    Verifying,  // checking that the target did not change since the plan
    Applying,   // count: writes to apply
    Finished,
};
QString runPhaseName(RunPhase phase);

struct RunTag
{
    QString jobId;
    QString jobName;
    qint64 runId = 0; // 0 until the run is recorded (previews are never recorded)
};

// A batch on its way to the target: sent, not yet confirmed.
struct BatchSendingEvent
{
    qint64 batch = 0;   // 1-based, in the order batches are sent
    qint64 changes = 0; // writes in it
};

struct BatchEvent
{
    std::vector<qint64> changes; // indexes into the applied plan's changes
    // Row for row with changes when the target reported them (TargetBatch::outcomes()), else empty: each record's
    // id at the target (an insert's new id), empty where it has none.
    std::vector<QString> ids;
    qint64 elapsedMs = 0;
    Counts progress; // the run's counts so far
};

// A batch the target did not confirm: it failed, or was cancelled in flight (its fate then unknown until
// the next run reconciles). The run stops after it.
struct BatchFailedEvent
{
    std::vector<qint64> changes; // indexes into the applied plan's changes
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QString message; // masked
    Counts progress; // the run's counts after it
};

struct RowErrorEvent
{
    qint64 change = -1; // index into the plan's changes
    QString key;
    QString message;
};

struct RetryEvent
{
    QString what;    // "GET https://…/v1/user"
    QString failure; // "HTTP 503", a network error
    int retry = 0;   // 1-based
    int retries = 0; // how many retries are allowed
    int waitMs = 0;
};

struct LogEvent
{
    QtMsgType level = QtInfoMsg;
    QString category; // ferry.connector.fliplet …
    QString message;  // secrets already masked
};

// Called on the run's threads (the reader thread too): implementations must be thread-safe and quick.
class RunObserver
{
public:
    virtual ~RunObserver() = default;
    virtual void phaseChanged(const RunTag &, RunPhase, qint64 /*count*/) {}
    virtual void batchSending(const RunTag &, const BatchSendingEvent &) {}
    virtual void batchCommitted(const RunTag &, const BatchEvent &) {}
    virtual void batchFailed(const RunTag &, const BatchFailedEvent &) {}
    virtual void rowFailed(const RunTag &, const RowErrorEvent &) {}
    virtual void retrying(const RunTag &, const RetryEvent &) {}
    virtual void logged(const RunTag &, const LogEvent &) {}
};

// An observer that passes every event on to another (null: none); derive and override what to watch.
class RelayObserver : public RunObserver
{
public:
    explicit RelayObserver(RunObserver *next) : m_next(next) {}
    void phaseChanged(const RunTag &t, RunPhase p, qint64 n) override
    {
        if (m_next)
            m_next->phaseChanged(t, p, n);
    }
    void batchSending(const RunTag &t, const BatchSendingEvent &e) override
    {
        if (m_next)
            m_next->batchSending(t, e);
    }
    void batchCommitted(const RunTag &t, const BatchEvent &e) override
    {
        if (m_next)
            m_next->batchCommitted(t, e);
    }
    void batchFailed(const RunTag &t, const BatchFailedEvent &e) override
    {
        if (m_next)
            m_next->batchFailed(t, e);
    }
    void rowFailed(const RunTag &t, const RowErrorEvent &e) override
    {
        if (m_next)
            m_next->rowFailed(t, e);
    }
    void retrying(const RunTag &t, const RetryEvent &e) override
    {
        if (m_next)
            m_next->retrying(t, e);
    }
    void logged(const RunTag &t, const LogEvent &e) override
    {
        if (m_next)
            m_next->logged(t, e);
    }

private:
    RunObserver *m_next;
};

// Makes observer (with tag, which may change while the scope lives) the calling thread's run observer.
class EventScope
{
public:
    EventScope(RunObserver *observer, const RunTag *tag);
    ~EventScope();
    Q_DISABLE_COPY_MOVE(EventScope)

private:
    RunObserver *m_previousObserver;
    const RunTag *m_previousTag;
};

namespace RunEvents {

using CategoryFn = const QLoggingCategory &(*)();

// The calling thread's observer and tag (null outside a run).
RunObserver *observer();
const RunTag *tag();

void phase(RunPhase phase, qint64 count = 0);
void batchSending(const BatchSendingEvent &event);
void batch(const BatchEvent &event);
void batchFailed(const BatchFailedEvent &event); // also logged (debug): the run's error says the rest
void rowFailed(const RowErrorEvent &event);
void retrying(const RetryEvent &event); // also logged as a warning
void log(QtMsgType level, CategoryFn category, const QString &message);
inline void debug(CategoryFn c, const QString &m)
{
    log(QtDebugMsg, c, m);
}
inline void info(CategoryFn c, const QString &m)
{
    log(QtInfoMsg, c, m);
}
inline void warning(CategoryFn c, const QString &m)
{
    log(QtWarningMsg, c, m);
}

} // namespace RunEvents

} // namespace Ferry
