#include "clidaemon.h"

#include "cli.h"
#include "clilog.h"
#include "secrets/keychain.h"
#include "store/statestore.h"

#include <QDir>
#include <QLocale>
#include <QThread>

namespace Ferry::Cli {

namespace {

void say(QtMsgType level, const QString &message)
{
    logLine(level, message);
}

QString when(const QDateTime &t)
{
    return QLocale::c().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

// A run on a thread of its own, with its own cancel flag and the phase it reached (a stop signal cancels a
// run that has not begun writing, and lets one that writes finish its batch).
struct Daemon::Running final : RunObserver
{
    QThread *thread = nullptr;
    std::atomic_bool cancel{false};
    std::atomic<int> phase{int(RunPhase::Connecting)};
    RunObserver *log = nullptr;

    bool writing() const { return phase.load() >= int(RunPhase::Applying); }
    void phaseChanged(const RunTag &t, RunPhase p, qint64 count) override
    {
        phase.store(int(p));
        log->phaseChanged(t, p, count);
    }
    void batchSending(const RunTag &t, const BatchSendingEvent &e) override { log->batchSending(t, e); }
    void batchCommitted(const RunTag &t, const BatchEvent &e) override { log->batchCommitted(t, e); }
    void batchFailed(const RunTag &t, const BatchFailedEvent &e) override { log->batchFailed(t, e); }
    void rowFailed(const RunTag &t, const RowErrorEvent &e) override { log->rowFailed(t, e); }
    void retrying(const RunTag &t, const RetryEvent &e) override { log->retrying(t, e); }
    void logged(const RunTag &t, const LogEvent &e) override { log->logged(t, e); }
};

Daemon::Daemon(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_store(m_options.jobDirectory),
      m_timer(Scheduler::Options{m_options.maxParallel, std::chrono::seconds(60)}),
      m_observer(std::make_unique<LogObserver>(true))
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(500); // editors save in several steps
    connect(&m_reloadTimer, &QTimer::timeout, this, &Daemon::reload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(&m_timer, &ScheduleTimer::runDue, this, &Daemon::startRun);
    connect(&m_timer, &ScheduleTimer::noted, this, [this](const ScheduleNote &note) {
        const auto it = m_jobs.find(note.jobId);
        say(note.level, QStringLiteral("%1: %2").arg(it == m_jobs.end() ? note.jobId : it->second.name, note.message));
    });
    m_signalTimer.setInterval(100);
    connect(&m_signalTimer, &QTimer::timeout, this, &Daemon::checkSignals);
}

Daemon::~Daemon()
{
    for (auto &[id, running] : m_running)
        running->cancel = true;
    for (auto &[id, running] : m_running) {
        running->thread->wait();
        delete running->thread;
    }
}

bool Daemon::start()
{
    if (!QFileInfo(m_store.directory()).isDir()) {
        printErr(CliText::tr("[error] the job folder %1 does not exist: create it and put job files in it, or "
                             "name another with --jobs DIR\n")
                     .arg(m_store.directory()));
        return false;
    }
    say(QtInfoMsg, CliText::tr("Ferry daemon %1 (pid %2): scheduling the jobs of %3, at most %n at once", nullptr,
                               m_options.maxParallel)
                       .arg(QCoreApplication::applicationVersion())
                       .arg(QCoreApplication::applicationPid())
                       .arg(QDir::toNativeSeparators(m_store.directory())));
    m_signalTimer.start();
    reload();
    return true;
}

void Daemon::reload()
{
    if (m_signalsSeen > 0)
        return; // stopping: nothing new is scheduled
    const std::vector<JobStoreEntry> entries = m_store.scan();
    std::map<QString, JobSpec> jobs;
    std::map<QString, QString> broken;
    QStringList watched{m_store.directory()};
    for (const JobStoreEntry &e : entries) {
        watched << e.path;
        if (!e.loaded) {
            broken[e.path] = e.error->toString();
            continue;
        }
        const JobSpec &job = e.loaded->job;
        if (jobs.count(job.id)) {
            broken[e.path] = CliText::tr("its id '%1' is used by another job file too").arg(job.id);
            continue;
        }
        jobs[job.id] = job;
    }
    // Said once per problem, and once when a job comes, changes or goes.
    for (const auto &[path, problem] : broken)
        if (m_brokenFiles[path] != problem)
            say(QtCriticalMsg,
                CliText::tr("%1: %2. Its job is not scheduled until the file is fixed.").arg(path, problem));
    m_brokenFiles = broken;
    if (m_started) {
        for (const auto &[id, job] : jobs) {
            const auto old = m_jobs.find(id);
            if (old == m_jobs.end())
                say(QtInfoMsg, CliText::tr("%1: new job file, scheduled").arg(job.name));
            else if (!old->second.sameAs(job))
                say(QtInfoMsg, CliText::tr("%1: job file changed, read again").arg(job.name));
        }
        for (const auto &[id, job] : m_jobs)
            if (!jobs.count(id))
                say(QtInfoMsg, CliText::tr("%1: job file removed, no longer scheduled").arg(job.name));
    }
    m_jobs = std::move(jobs);

    // The last runs tell what was missed while the daemon was not running.
    QHash<QString, QDateTime> lastStarts;
    if (!m_started) {
        if (auto store =
                StateStore::open(m_options.stateDir.isEmpty() ? StateStore::defaultDirectory() : m_options.stateDir)) {
            if (auto last = (*store)->lastRuns())
                for (const RunRecord &r : *last)
                    lastStarts.insert(r.jobId, r.startedAt);
        } else {
            say(QtWarningMsg, store.error().toString());
        }
    }
    std::vector<ScheduledJob> scheduled;
    for (const auto &[id, job] : m_jobs)
        scheduled.push_back(ScheduledJob::fromJob(job, lastStarts.value(id)));
    const bool first = !m_started;
    m_started = true;
    m_timer.setJobs(scheduled);
    const QStringList files = m_watcher.files() + m_watcher.directories();
    if (!files.isEmpty())
        m_watcher.removePaths(files);
    m_watcher.addPaths(watched);
    if (first)
        logNext();
}

void Daemon::logNext()
{
    int unscheduled = 0;
    for (const auto &[id, job] : m_jobs) {
        const QDateTime next = m_timer.scheduler().nextRun(id);
        if (next.isValid())
            say(QtInfoMsg, CliText::tr("%1: %2, next run %3").arg(job.name, job.schedule.cron, when(next)));
        else
            ++unscheduled;
    }
    if (m_jobs.empty())
        say(QtWarningMsg,
            CliText::tr("no jobs in %1 yet: the daemon waits for job files to appear").arg(m_store.directory()));
    else if (unscheduled)
        say(QtInfoMsg, CliText::tr("%n job(s) without a schedule (run them with ferry-cli run)", nullptr, unscheduled));
}

void Daemon::startRun(const ScheduledStart &start)
{
    const auto it = m_jobs.find(start.jobId);
    if (it == m_jobs.end() || m_signalsSeen > 0) {
        m_timer.runFinished(start.jobId);
        return;
    }
    const JobSpec job = it->second;
    say(QtInfoMsg, CliText::tr("%1: starting the run due at %2").arg(job.name, when(start.due)));
    auto running = std::make_unique<Running>();
    running->log = m_observer.get();
    RunOptions options;
    options.stateDir = m_options.stateDir;
    options.cancel = &running->cancel;
    options.stopBetweenBatches = &m_stopBetweenBatches;
    options.observer = running.get();
    options.secretStore = secretStoreWithKeychain();
    running->thread = QThread::create([this, job, options] {
        RunReport report = runJob(job, options);
        QMetaObject::invokeMethod(
            this, [this, id = job.id, report] { runEnded(id, report); }, Qt::QueuedConnection);
    });
    running->thread->setObjectName(QStringLiteral("run:") + job.id);
    running->thread->start();
    m_running[job.id] = std::move(running);
}

void Daemon::runEnded(const QString &jobId, const RunReport &report)
{
    if (auto it = m_running.find(jobId); it != m_running.end()) {
        it->second->thread->wait();
        delete it->second->thread;
        m_running.erase(it);
    }
    const QString counts = CliText::tr("%1 inserted, %2 updated, %3 deleted, %4 unchanged, %5 failed")
                               .arg(report.counts.inserted)
                               .arg(report.counts.updated)
                               .arg(report.counts.deleted)
                               .arg(report.counts.unchanged)
                               .arg(report.counts.failed);
    if (report.error && report.error->code == ErrorCode::AlreadyRunning)
        say(QtWarningMsg,
            CliText::tr("%1: skipped, it is running elsewhere: %2").arg(report.jobName, report.error->message));
    else if (report.error)
        say(report.status == RunStatus::Cancelled ? QtWarningMsg : QtCriticalMsg,
            CliText::tr("%1: run %2 (%3): %4")
                .arg(report.jobName, runStatusName(report.status), counts, report.error->toString()));
    else
        say(report.status == RunStatus::Succeeded ? QtInfoMsg : QtWarningMsg,
            CliText::tr("%1: run %2 in %3 s (%4)")
                .arg(report.jobName, runStatusName(report.status),
                     QLocale::c().toString(report.elapsedMs / 1000.0, 'f', 1), counts));
    m_timer.runFinished(jobId);
    if (m_signalsSeen > 0 && m_running.empty()) {
        say(QtInfoMsg, CliText::tr("stopped"));
        emit stopped(Success);
    } else if (m_signalsSeen == 0) {
        const QDateTime next = m_timer.scheduler().nextRun(jobId);
        if (next.isValid())
            say(QtDebugMsg, CliText::tr("%1: next run %2").arg(report.jobName, when(next)));
    }
}

void Daemon::checkSignals()
{
    const int n = m_options.stopSignals ? m_options.stopSignals->load() : 0;
    if (n == m_signalsSeen)
        return;
    m_signalsSeen = n;
    m_timer.setAllPaused(true);
    m_reloadTimer.stop();
    if (n >= 2 && !m_running.empty()) {
        say(QtWarningMsg, CliText::tr("cancelling %n running job(s) now", nullptr, int(m_running.size())));
        for (auto &[id, running] : m_running)
            running->cancel = true;
        return;
    }
    // Runs that write finish their batch; the others (reading, planning) have nothing to finish and stop now.
    m_stopBetweenBatches = true;
    if (m_running.empty()) {
        say(QtInfoMsg, CliText::tr("stopped"));
        emit stopped(Success);
        return;
    }
    int writing = 0;
    for (auto &[id, running] : m_running) {
        if (running->writing())
            ++writing;
        else
            running->cancel = true;
    }
    say(QtInfoMsg, CliText::tr("stopping: %1 run(s) finish the batch they are writing, %2 that had not begun writing "
                               "stop now (send the signal again to cancel them all at once)")
                       .arg(writing)
                       .arg(int(m_running.size()) - writing));
}

} // namespace Ferry::Cli
