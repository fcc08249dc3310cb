#include "jobscheduler.h"

#include "joblistmodel.h"
#include "runcontroller.h"

#include <QLocale>

namespace Ferry {

JobScheduler::JobScheduler(JobListModel *jobs, RunController *runs, Scheduler::Options options, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_runs(runs), m_timer(options)
{
    connect(&m_timer, &ScheduleTimer::runDue, this, &JobScheduler::startDue);
    connect(&m_timer, &ScheduleTimer::noted, this,
            [this](const ScheduleNote &note) { log(note.jobId, note.level, note.message); });
    connect(&m_timer, &ScheduleTimer::scheduleChanged, this, &JobScheduler::scheduleChanged);
    connect(m_runs, &RunController::runStarted, this, [this](const QString &jobId) { m_timer.runStarted(jobId); });
    connect(m_runs, &RunController::runFinished, this, [this](const QString &jobId) { m_timer.runFinished(jobId); });
    connect(m_jobs, &JobListModel::reloaded, this, &JobScheduler::updateJobs);
    // Runs already going (a preview opened before) count from the start.
    for (int row = 0; row < m_jobs->rowCount(); ++row)
        if (const JobStoreEntry &e = m_jobs->entry(row); e.loaded && m_runs->activeRun(e.loaded->job.id))
            m_timer.runStarted(e.loaded->job.id);
}

void JobScheduler::start()
{
    m_started = true;
    updateJobs();
}

void JobScheduler::updateJobs()
{
    if (!m_started)
        return;
    std::vector<ScheduledJob> jobs;
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const JobStoreEntry &e = m_jobs->entry(row);
        if (!e.loaded)
            continue; // a broken file has no schedule to keep
        const auto last = m_jobs->lastRun(e.loaded->job.id);
        jobs.push_back(ScheduledJob::fromJob(e.loaded->job, last ? last->startedAt : QDateTime()));
    }
    m_timer.setJobs(jobs);
}

void JobScheduler::startDue(const ScheduledStart &start)
{
    const int row = m_jobs->rowOfJob(start.jobId);
    if (row < 0 || !m_jobs->entry(row).loaded) {
        m_timer.runFinished(start.jobId);
        return;
    }
    const JobSpec &job = m_jobs->entry(row).loaded->job;
    if (start.reason == StartReason::Scheduled)
        log(job.id, QtInfoMsg,
            tr("Starting the run scheduled for %1.")
                .arg(QLocale().toString(start.due.toLocalTime(), QLocale::ShortFormat)));
    QString why;
    if (!m_runs->run(job, &why)) {
        log(job.id, QtWarningMsg, tr("The scheduled run could not start: %1.").arg(why));
        m_timer.runFinished(job.id);
    }
}

void JobScheduler::setAllPaused(bool paused)
{
    if (paused == allPaused())
        return;
    m_timer.setAllPaused(paused);
    log(QString(), QtInfoMsg,
        paused ? tr("Schedules paused: no job runs by itself until they are resumed.") : tr("Schedules resumed."));
}

void JobScheduler::setPaused(const QString &jobId, bool paused)
{
    if (paused == isPaused(jobId))
        return;
    m_timer.setPaused(jobId, paused);
    log(jobId, QtInfoMsg, paused ? tr("Schedule paused.") : tr("Schedule resumed."));
}

void JobScheduler::log(const QString &jobId, QtMsgType level, const QString &message)
{
    LogEntry e;
    e.time = QDateTime::currentDateTime();
    e.level = level;
    e.jobId = jobId;
    const int row = jobId.isEmpty() ? -1 : m_jobs->rowOfJob(jobId);
    e.jobName = row >= 0 && m_jobs->entry(row).loaded ? m_jobs->entry(row).loaded->job.name : jobId;
    e.message = message;
    m_runs->events().add(std::move(e));
    m_runs->watchEvents();
}

} // namespace Ferry
