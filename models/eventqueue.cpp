#include "eventqueue.h"

#include <QLocale>
#include <QMutexLocker>

namespace Ferry {

double RunProgress::rate(qint64 nowMs) const
{
    if (applyStartedMs <= 0 || batches == 0 || nowMs <= applyStartedMs)
        return 0;
    return double(done()) * 1000.0 / double(nowMs - applyStartedMs);
}

qint64 RunProgress::etaSeconds(qint64 nowMs) const
{
    const double r = rate(nowMs);
    if (r <= 0 || planned <= 0)
        return -1;
    return qint64(double(std::max<qint64>(0, planned - done())) / r + 0.5);
}

EventQueue::Drained EventQueue::drain()
{
    Drained out;
    QMutexLocker lock(&m_mutex);
    out.entries.swap(m_pending);
    out.progress = m_progress;
    out.dropped = m_dropped;
    m_dropped = 0;
    // Finished runs are reported once.
    for (auto it = m_progress.begin(); it != m_progress.end();)
        it = it->phase == RunPhase::Finished ? m_progress.erase(it) : std::next(it);
    return out;
}

void EventQueue::add(LogEntry entry)
{
    QMutexLocker lock(&m_mutex);
    if (m_pending.size() >= size_t(m_maxPending)) {
        ++m_dropped;
        return;
    }
    m_pending.push_back(std::move(entry));
}

void EventQueue::push(const RunTag &tag, QtMsgType level, QString message, QString key, qint64 batch)
{
    LogEntry e;
    e.time = QDateTime::currentDateTime();
    e.level = level;
    e.jobId = tag.jobId;
    e.jobName = tag.jobName;
    e.runId = tag.runId;
    e.batch = batch;
    e.key = std::move(key);
    e.message = std::move(message);
    QMutexLocker lock(&m_mutex);
    if (m_pending.size() + 1 >= size_t(m_maxPending)) {
        // The last slot says how much was lost, once per drain.
        if (m_dropped++ == 0 && m_pending.size() + 1 == size_t(m_maxPending)) {
            e.level = QtWarningMsg;
            e.key.clear();
            e.batch = 0;
            e.message = tr("too many messages at once: the rest of them until now are not shown");
            m_pending.push_back(std::move(e));
        }
        return;
    }
    m_pending.push_back(std::move(e));
}

RunProgress &EventQueue::progressOf(const RunTag &tag)
{
    RunProgress &p = m_progress[tag.jobId];
    if (p.jobId.isEmpty() || (tag.runId != 0 && p.runId != 0 && p.runId != tag.runId)) {
        p = RunProgress{};
        p.jobId = tag.jobId;
        p.startedMs = QDateTime::currentMSecsSinceEpoch();
    }
    if (tag.runId != 0)
        p.runId = tag.runId;
    return p;
}

void EventQueue::phaseChanged(const RunTag &tag, RunPhase phase, qint64 count)
{
    bool newPhase = false;
    {
        QMutexLocker lock(&m_mutex);
        RunProgress &p = progressOf(tag);
        newPhase = p.phase != phase || phase == RunPhase::Connecting;
        p.phase = phase;
        p.phaseCount = count;
        if (phase == RunPhase::Applying) {
            p.planned = count;
            p.applyStartedMs = QDateTime::currentMSecsSinceEpoch();
        }
    }
    // Row counts while reading update the progress, not the log.
    if (!newPhase || phase == RunPhase::Finished)
        return;
    const QLocale locale;
    QString text;
    switch (phase) {
    case RunPhase::Connecting:
        text = tr("Connecting to the source and the target");
        break;
    case RunPhase::Reading:
        text = tr("Reading the source");
        break;
    case RunPhase::Indexing:
        text = tr("Reading what the target holds");
        break;
    case RunPhase::Planning:
        text = tr("Planning %1 source rows").arg(locale.toString(count));
        break;
    case RunPhase::Planned:
        text = tr("Planned %1 changes").arg(locale.toString(count));
        break;
    case RunPhase::Verifying:
        text = tr("Checking that the target did not change since the plan");
        break;
    case RunPhase::Applying:
        text = tr("Applying %1 changes").arg(locale.toString(count));
        break;
    case RunPhase::Finished:
        break;
    }
    push(tag, QtInfoMsg, text);
}

void EventQueue::batchSending(const RunTag &tag, const BatchSendingEvent &event)
{
    QMutexLocker lock(&m_mutex);
    progressOf(tag).sent += event.changes;
}

void EventQueue::batchCommitted(const RunTag &tag, const BatchEvent &event)
{
    qint64 batch = 0;
    {
        QMutexLocker lock(&m_mutex);
        RunProgress &p = progressOf(tag);
        batch = ++p.batches;
        p.confirmed = event.progress;
    }
    const QLocale locale;
    push(tag, QtInfoMsg,
         tr("Batch %1 confirmed: %2 changes in %3 s (so far: %4 inserted, %5 updated, %6 deleted)")
             .arg(batch)
             .arg(locale.toString(qint64(event.changes.size())), locale.toString(event.elapsedMs / 1000.0, 'f', 1),
                  locale.toString(event.progress.inserted), locale.toString(event.progress.updated),
                  locale.toString(event.progress.deleted)),
         {}, batch);
}

void EventQueue::rowFailed(const RunTag &tag, const RowErrorEvent &event)
{
    qint64 batch = 0;
    {
        QMutexLocker lock(&m_mutex);
        batch = progressOf(tag).batches + 1;
    }
    push(tag, QtCriticalMsg, event.message, event.key, batch);
}

void EventQueue::retrying(const RunTag &, const RetryEvent &)
{
    // The engine logs every retry as a warning too (logged()): one entry is enough.
}

void EventQueue::logged(const RunTag &tag, const LogEvent &event)
{
    push(tag, event.level, event.message);
}

} // namespace Ferry
