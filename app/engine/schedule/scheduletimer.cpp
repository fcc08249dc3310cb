#include "scheduletimer.h"

namespace Ferry {

ScheduleTimer::ScheduleTimer(Scheduler::Options options, QObject *parent)
    : QObject(parent), m_scheduler(options), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // seconds-level schedules fire on their second
    connect(&m_timer, &QTimer::timeout, this, &ScheduleTimer::pollNow);
}

void ScheduleTimer::setJobs(const std::vector<ScheduledJob> &jobs)
{
    m_scheduler.setJobs(jobs, m_clock());
    pollNow();
}

void ScheduleTimer::runStarted(const QString &jobId)
{
    m_scheduler.runStarted(jobId);
    emit scheduleChanged();
}

void ScheduleTimer::runFinished(const QString &jobId)
{
    m_scheduler.runFinished(jobId);
    pollNow();
}

void ScheduleTimer::setPaused(const QString &jobId, bool paused)
{
    m_scheduler.setPaused(jobId, paused, m_clock());
    pollNow();
}

void ScheduleTimer::setAllPaused(bool paused)
{
    m_scheduler.setAllPaused(paused, m_clock());
    pollNow();
}

void ScheduleTimer::setMaxParallel(int n)
{
    m_scheduler.setMaxParallel(n);
    pollNow();
}

void ScheduleTimer::pollNow()
{
    // A slot connected to runDue may start a run, which calls runStarted/runFinished back: no nested polls.
    if (m_polling)
        return;
    m_polling = true;
    const std::vector<ScheduledStart> starts = m_scheduler.poll(m_clock());
    for (const ScheduleNote &note : m_scheduler.takeNotes())
        emit noted(note);
    for (const ScheduledStart &start : starts)
        emit runDue(start);
    m_polling = false;
    rearm();
    emit scheduleChanged();
}

void ScheduleTimer::rearm()
{
    const QDateTime wake = m_scheduler.nextWake();
    qint64 wait = m_maxWaitMs;
    if (wake.isValid())
        wait = std::clamp<qint64>(m_clock().msecsTo(wake), 0, m_maxWaitMs);
    // Land just after the second turns, so the scheduled time has come when poll() looks.
    m_timer.start(int(wait == 0 ? 0 : wait + 5));
}

} // namespace Ferry
