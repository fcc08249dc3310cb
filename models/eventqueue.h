// EventQueue: a RunObserver that the runs' threads report to and the GUI thread drains on a timer, so a
// chatty job cannot flood the event loop (the way qBittorrent's Logger feeds its log model). It holds at
// most a bounded number of entries between two drains; beyond that it counts what it dropped and says so.
#pragma once

#include "logentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <vector>

namespace Ferry {

class EventQueue final : public RunObserver
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::EventQueue)

public:
    // 5,000 entries per 100 ms drain: 50,000 a second reach the log; a job that says more loses the rest,
    // with a note, rather than the GUI its fluency.
    explicit EventQueue(qsizetype maxPending = 5000) : m_maxPending(maxPending) {}

    struct Drained
    {
        std::vector<LogEntry> entries;
        QHash<QString, RunProgress> progress; // by job id: the latest state of each job that reported
        qint64 dropped = 0;                   // entries dropped since the last drain (already in entries as a note)
    };
    // Everything since the last call. Any thread; the GUI thread calls it on a timer.
    Drained drain();

    // An entry from the desktop itself (a run refused, a job file that could not be read …).
    void add(LogEntry entry);

    void phaseChanged(const RunTag &tag, RunPhase phase, qint64 count) override;
    void batchSending(const RunTag &tag, const BatchSendingEvent &event) override;
    void batchCommitted(const RunTag &tag, const BatchEvent &event) override;
    void rowFailed(const RunTag &tag, const RowErrorEvent &event) override;
    void retrying(const RunTag &tag, const RetryEvent &event) override;
    void logged(const RunTag &tag, const LogEvent &event) override;

private:
    void push(const RunTag &tag, QtMsgType level, QString message, QString key = {}, qint64 batch = 0);
    RunProgress &progressOf(const RunTag &tag); // m_mutex held

    const qsizetype m_maxPending;
    QMutex m_mutex;
    std::vector<LogEntry> m_pending;
    QHash<QString, RunProgress> m_progress;
    qint64 m_dropped = 0;
};

} // namespace Ferry
