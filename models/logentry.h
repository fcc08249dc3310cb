// What the desktop shows of running jobs: log entries (the live log view) and each run's progress, made
// from the engine's run events on the run's threads and handed to the GUI thread in batches.
#pragma once

#include "core/plan.h"
#include "core/runevents.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Ferry {

struct LogEntry
{
    QDateTime time;
    QtMsgType level = QtInfoMsg; // QtCriticalMsg: an error
    QString jobId;
    QString jobName;
    qint64 runId = 0; // 0: a preview (never recorded)
    qint64 batch = 0; // 1-based batch of the run the entry is about, 0: none
    QString key;      // the row the entry is about, if any
    QString message;  // secrets masked
};

struct RunProgress
{
    QString jobId;
    qint64 runId = 0;
    RunPhase phase = RunPhase::Connecting;
    qint64 phaseCount = 0; // rows read, rows to plan, writes planned … (see RunPhase)
    qint64 planned = 0;    // writes to apply (known once applying)
    qint64 batches = 0;    // batches confirmed
    qint64 sent = 0;       // writes sent to the target: those confirmed, and the batch in flight
    Counts confirmed;      // what the target confirmed so far
    qint64 startedMs = 0;  // QDateTime::currentMSecsSinceEpoch() when the run's first event came
    qint64 applyStartedMs = 0;

    qint64 done() const { return confirmed.writes(); }
    // Confirmed writes per second since applying began (0 until the first batch).
    double rate(qint64 nowMs) const;
    // Seconds left at that rate, or -1 when unknown.
    qint64 etaSeconds(qint64 nowMs) const;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::LogEntry)
Q_DECLARE_METATYPE(Ferry::RunProgress)
