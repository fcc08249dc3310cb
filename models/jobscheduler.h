// JobScheduler: runs the job folder's jobs on their schedules while the desktop app is open. A ScheduleTimer
// over the jobs JobListModel lists (their last recorded runs tell what was missed while Ferry was closed);
// the runs go through the RunController, so they show in the log, the job list's progress and the history
// like any other; runs started by hand and open previews count as running, so a tick during them is
// skipped. What the scheduler notes (a catch-up, a skipped tick, a wait for a free slot) goes to the log.
#pragma once

#include "schedule/scheduletimer.h"

#include <QObject>

namespace Ferry {

class JobListModel;
class RunController;

class JobScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobScheduler)

public:
    JobScheduler(JobListModel *jobs, RunController *runs, Scheduler::Options options = {}, QObject *parent = nullptr);
    // Starts scheduling (run-on-start and catch-up runs become due): after the pauses kept from the last
    // session are set.
    void start();

    ScheduleTimer &timer() { return m_timer; }

    void setAllPaused(bool paused);
    bool allPaused() const { return m_timer.scheduler().allPaused(); }
    void setPaused(const QString &jobId, bool paused);
    bool isPaused(const QString &jobId) const { return m_timer.scheduler().isPaused(jobId); }
    void setMaxParallel(int n) { m_timer.setMaxParallel(n); }
    // Invalid: on demand only, or paused.
    QDateTime nextRun(const QString &jobId) const { return m_timer.scheduler().nextRun(jobId); }

signals:
    void scheduleChanged();

private:
    void updateJobs();
    void startDue(const ScheduledStart &start);
    void log(const QString &jobId, QtMsgType level, const QString &message);

    JobListModel *m_jobs;
    RunController *m_runs;
    ScheduleTimer m_timer;
    bool m_started = false;
};

} // namespace Ferry
