#include "runcontroller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocale>

namespace Ferry {

namespace {

// How a run ended, in words of the user's language (runStatusName's are the state store's).
QString statusWord(RunStatus status)
{
    switch (status) {
    case RunStatus::Succeeded:
        return RunController::tr("succeeded");
    case RunStatus::RowErrors:
        return RunController::tr("row errors");
    case RunStatus::Failed:
        return RunController::tr("failed");
    case RunStatus::Held:
        return RunController::tr("held");
    case RunStatus::Cancelled:
        return RunController::tr("cancelled");
    }
    return runStatusName(status);
}

} // namespace

QString countsSummary(const Counts &c)
{
    // The parts that happened, in a fixed order; "nothing to change" when none did.
    const QLocale l;
    QStringList parts;
    const auto part = [&](qint64 n, const QString &text) {
        if (n)
            parts.append(text.arg(l.toString(n)));
    };
    part(c.inserted, RunController::tr("%1 inserted"));
    part(c.updated, RunController::tr("%1 updated"));
    part(c.deleted, RunController::tr("%1 deleted"));
    part(c.unchanged, RunController::tr("%1 unchanged"));
    part(c.skipped, RunController::tr("%1 skipped"));
    part(c.failed, RunController::tr("%1 failed"));
    part(c.notAttempted, RunController::tr("%1 not attempted"));
    return parts.isEmpty() ? RunController::tr("nothing to change") : parts.join(QStringLiteral(", "));
}

RunController::RunController(const QString &stateDir, QObject *parent)
    : QObject(parent), m_stateDir(stateDir), m_events(std::make_shared<EventQueue>())
{
    registerRunMetaTypes();
    m_drainTimer.setInterval(100);
    connect(&m_drainTimer, &QTimer::timeout, this, &RunController::drainEvents);
}

RunController::~RunController()
{
    // Runs still going are cancelled; nobody is told any more (their threads end by themselves).
    for (const QPointer<JobRun> &run : std::as_const(m_active)) {
        if (run) {
            run->disconnect(this);
            run->cancel();
        }
    }
}

JobRun *RunController::preview(const JobSpec &job, QString *why)
{
    return start(job, JobRun::Kind::Preview, why);
}

JobRun *RunController::run(const JobSpec &job, QString *why)
{
    return start(job, JobRun::Kind::Run, why);
}

JobRun *RunController::start(const JobSpec &job, JobRun::Kind kind, QString *why)
{
    if (!m_refusal.isEmpty()) {
        if (why)
            *why = m_refusal;
        return nullptr;
    }
    if (JobRun *busy = m_active.value(job.id)) {
        if (why)
            *why = busy->kind() == JobRun::Kind::Preview
                       ? tr("a preview of '%1' is open: apply or close it first").arg(job.name)
                       : tr("'%1' is running already").arg(job.name);
        return nullptr;
    }
    auto *jobRun = new JobRun(job, kind, m_events, m_stateDir, this);
    m_active.insert(job.id, jobRun);
    m_threads.append(jobRun->thread());
    connect(jobRun, &JobRun::finished, this,
            [this, jobRun](const RunReport &report) { handleFinished(jobRun, report); });
    m_drainTimer.start();
    jobRun->start();
    emit runStarted(job.id, kind);
    emit activeCountChanged(activeCount());
    return jobRun;
}

void RunController::handleFinished(JobRun *jobRun, const RunReport &report)
{
    logOutcome(*jobRun, report);
    if (jobRun->state() != JobRun::State::Finished) {
        // A refused apply: the preview stays open with its plan.
        emit runFinished(jobRun->job().id, report);
        return;
    }
    const QString jobId = jobRun->job().id;
    if (m_active.value(jobId) == jobRun)
        m_active.remove(jobId);
    drainEvents(); // the run's last events before its end
    m_progress.remove(jobId);
    jobRun->deleteLater();
    emit runFinished(jobId, report);
    emit activeCountChanged(activeCount());
    emit progressChanged(jobId);
}

void RunController::logOutcome(const JobRun &jobRun, const RunReport &report)
{
    LogEntry e;
    e.time = QDateTime::currentDateTime();
    e.jobId = jobRun.job().id;
    e.jobName = jobRun.job().name;
    e.runId = report.runId;
    const bool preview =
        jobRun.kind() == JobRun::Kind::Preview && jobRun.state() != JobRun::State::Finished && !report.error;
    if (report.error) {
        e.level = report.status == RunStatus::Cancelled ? QtWarningMsg : QtCriticalMsg;
        e.message = report.error->toString();
    } else if (report.status == RunStatus::Cancelled) {
        e.level = QtWarningMsg;
        e.message = tr("Cancelled");
    } else if (preview || report.dryRun) {
        e.message = tr("Preview ready: %1").arg(countsSummary(report.counts));
    } else {
        e.level = report.status == RunStatus::Succeeded ? QtInfoMsg : QtWarningMsg;
        e.message = tr("Finished (%1): %2").arg(statusWord(report.status), countsSummary(report.counts));
    }
    m_events->add(std::move(e));
}

std::optional<RunProgress> RunController::progress(const QString &jobId) const
{
    const auto it = m_progress.constFind(jobId);
    if (it == m_progress.cend())
        return std::nullopt;
    return *it;
}

void RunController::cancel(const QString &jobId)
{
    if (JobRun *run = m_active.value(jobId))
        run->cancel();
}

bool RunController::shutdown(int timeoutMs)
{
    for (const QPointer<JobRun> &run : std::as_const(m_active))
        if (run)
            run->cancel();
    QDeadlineTimer deadline(timeoutMs);
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        while (thread && !thread->isFinished() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            thread->wait(QDeadlineTimer(50));
        }
    }
    drainEvents();
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread && !thread->isFinished())
            return false;
    return true;
}

void RunController::drainEvents()
{
    EventQueue::Drained drained = m_events->drain();
    // Previews that are done, and prepared plans waiting for the user, need no ticking.
    m_threads.removeAll(QPointer<QThread>());
    if (m_active.isEmpty() && drained.entries.empty())
        m_drainTimer.stop();
    m_log.append(std::move(drained.entries));
    for (auto it = drained.progress.cbegin(); it != drained.progress.cend(); ++it) {
        if (!m_active.contains(it.key()))
            continue;
        m_progress.insert(it.key(), it.value());
        emit progressChanged(it.key());
    }
}

} // namespace Ferry
