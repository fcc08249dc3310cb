// ScheduleTimer: a Scheduler driven by a timer, for the desktop and the daemon. It wakes at the next
// scheduled time, and at least every 30 seconds so that a machine that slept (timers do not count sleep)
// or a clock that jumped is noticed; it says which runs are due and what it noted. The caller starts the
// runs (on worker threads) and reports when each ends. Lives on one thread (the GUI's, or the daemon's
// main thread).
#pragma once

#include "scheduler.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Ferry {

class ScheduleTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleTimer)

public:
    using Clock = std::function<QDateTime()>;

    explicit ScheduleTimer(Scheduler::Options options = {}, QObject *parent = nullptr);

    // Tests: the time the scheduler sees, and the longest wait between two polls.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setMaxWaitMs(int ms) { m_maxWaitMs = ms; }

    Scheduler &scheduler() { return m_scheduler; }
    const Scheduler &scheduler() const { return m_scheduler; }

    // The jobs (see Scheduler::setJobs); the first call starts the schedule. Polls at once.
    void setJobs(const std::vector<ScheduledJob> &jobs);
    // Counted as running until runFinished (manual runs: ticks during them are skipped).
    void runStarted(const QString &jobId);
    void runFinished(const QString &jobId); // polls at once: a run waiting for a slot may start
    void setPaused(const QString &jobId, bool paused);
    void setAllPaused(bool paused);
    void setMaxParallel(int n);

    // Polls now, then waits for the next time (the timer does it otherwise).
    void pollNow();
    // When the timer will poll next (tests, and "next check" in a status line).
    int remainingMs() const { return m_timer.remainingTime(); }

signals:
    void runDue(const Ferry::ScheduledStart &start);
    void noted(const Ferry::ScheduleNote &note);
    // A job's next time, pause or running state may have changed.
    void scheduleChanged();

private:
    void rearm();

    Scheduler m_scheduler;
    QTimer m_timer;
    Clock m_clock;
    int m_maxWaitMs = 30000;
    bool m_polling = false;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::ScheduledStart)
Q_DECLARE_METATYPE(Ferry::ScheduleNote)
