#include "jobrun.h"

#include "secrets/keychain.h"

namespace Ferry {

void registerRunMetaTypes()
{
    qRegisterMetaType<Ferry::RunReport>();
    qRegisterMetaType<Ferry::ApplyOptions>();
    qRegisterMetaType<Ferry::JobRun::State>();
}

JobRun::JobRun(const JobSpec &job, Kind kind, std::shared_ptr<RunObserver> observer, const QString &stateDir,
               QObject *parent)
    : QObject(parent), m_job(job), m_kind(kind), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    registerRunMetaTypes();
    RunOptions options;
    options.stateDir = stateDir;
    // Keychain references are read on the run's thread as it starts (a keychain may prompt).
    options.secretStore = secretStoreWithKeychain();
    m_thread = new QThread;
    m_threadWatch = m_thread;
    m_thread->setObjectName(QStringLiteral("run ") + job.name);
    auto *worker = new RunWorker(job, options, m_cancel, std::move(observer));
    worker->moveToThread(m_thread);
    m_worker = worker;
    // The worker (and the PreparedRun in it) is destroyed on its own thread as the thread ends, and the
    // thread once it has ended, whether or not this JobRun still exists then.
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(worker, &RunWorker::prepared, this, &JobRun::handlePrepared);
    connect(worker, &RunWorker::finished, this, &JobRun::handleFinished);
    m_thread->start();
}

JobRun::~JobRun()
{
    m_cancel->store(true);
    releaseThread();
}

void JobRun::releaseThread()
{
    if (m_thread) {
        m_thread->quit(); // after the step it is in, if any
        m_thread = nullptr;
    }
}

void JobRun::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void JobRun::start()
{
    if (m_state != State::Idle || !m_worker)
        return;
    setState(State::Preparing);
    if (m_kind == Kind::Preview)
        QMetaObject::invokeMethod(m_worker, &RunWorker::prepare, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(m_worker, &RunWorker::runOnce, Qt::QueuedConnection);
}

void JobRun::apply(const ApplyOptions &options)
{
    if (m_state != State::Prepared || !m_worker)
        return;
    setState(State::Applying);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, options] { worker->apply(options); }, Qt::QueuedConnection);
}

void JobRun::cancel()
{
    m_cancel->store(true);
    if (m_state == State::Prepared) {
        // Nothing runs: dropping the plan is the cancel.
        m_final = m_prepared;
        m_final.status = RunStatus::Cancelled;
        releaseThread();
        setState(State::Finished);
        emit finished(m_final);
    }
}

void JobRun::handlePrepared(const RunReport &report)
{
    m_prepared = report;
    if (!report.plan || m_cancel->load()) {
        // Nothing to apply: the preparation failed or was cancelled.
        m_final = report;
        if (m_cancel->load() && !report.error)
            m_final.status = RunStatus::Cancelled;
        releaseThread();
        setState(State::Finished);
        emit prepared(report);
        emit finished(m_final);
        return;
    }
    setState(State::Prepared);
    emit prepared(report);
}

void JobRun::handleFinished(const RunReport &report)
{
    m_final = report;
    // A refused apply (held, target changed, running elsewhere) wrote nothing: the plan stays, and may be
    // applied again once confirmed.
    const bool refused = m_kind == Kind::Preview && report.error &&
                         (report.error->code == ErrorCode::Held || report.error->code == ErrorCode::AlreadyRunning);
    if (refused) {
        setState(State::Prepared);
        emit finished(report);
        return;
    }
    releaseThread();
    setState(State::Finished);
    emit finished(report);
}

RunWorker::RunWorker(JobSpec job, RunOptions options, std::shared_ptr<std::atomic_bool> cancel,
                     std::shared_ptr<RunObserver> observer)
    : m_job(std::move(job)), m_options(std::move(options)), m_cancel(std::move(cancel)), m_observer(std::move(observer))
{
    m_options.cancel = m_cancel.get();
    m_options.observer = m_observer.get();
}

// The prepared run goes first: it may still report to the observer as it closes.
RunWorker::~RunWorker()
{
    m_run.reset();
}

void RunWorker::prepare()
{
    m_run = PreparedRun::prepare(m_job, m_options);
    emit prepared(m_run->report());
}

void RunWorker::runOnce()
{
    emit finished(runJob(m_job, m_options));
}

void RunWorker::apply(const ApplyOptions &options)
{
    if (!m_run)
        return;
    emit finished(m_run->apply(options));
}

} // namespace Ferry
