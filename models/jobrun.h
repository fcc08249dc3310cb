// JobRun: one preview or run of a job, on a thread of its own. The GUI thread owns the JobRun and talks to
// it through signals; its RunWorker lives on the run's thread, where the engine's PreparedRun is made,
// applied and destroyed (the engine requires all three on one thread). A preview keeps its thread, and with
// it the plan and the connected target, until it is applied or released.
#pragma once

#include "run/preparedrun.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace Ferry {

class RunWorker;

class JobRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRun)

public:
    enum class Kind { Preview, Run };
    enum class State { Idle, Preparing, Prepared, Applying, Finished };
    Q_ENUM(State)

    // The observer is kept alive by the run's thread as long as it needs it.
    JobRun(const JobSpec &job, Kind kind, std::shared_ptr<RunObserver> observer, const QString &stateDir,
           QObject *parent = nullptr);
    // Cancels what is still running and lets the thread end by itself; never waits for it.
    ~JobRun() override;

    const JobSpec &job() const { return m_job; }
    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    // The preparation's report (with the plan) once prepared.
    const RunReport &preparedReport() const { return m_prepared; }
    const RunReport &finalReport() const { return m_final; }

    // Preview: prepare (prepared()); Run: prepare and apply at once (finished()).
    void start();
    // Applies the prepared plan (Prepared only): finished() follows.
    void apply(const ApplyOptions &options);
    // Asks the running step to stop (between rows and batches, and in long queries and HTTP answers).
    void cancel();
    bool cancelRequested() const { return m_cancel->load(); }
    // The run's thread while it lives (it ends by itself once the run is over or released).
    QThread *thread() const { return m_threadWatch.data(); }

signals:
    void stateChanged(Ferry::JobRun::State state);
    void prepared(const Ferry::RunReport &report);
    void finished(const Ferry::RunReport &report);

private:
    void handlePrepared(const Ferry::RunReport &report);
    void handleFinished(const Ferry::RunReport &report);
    void setState(State state);
    void releaseThread();

    JobSpec m_job;
    Kind m_kind;
    State m_state = State::Idle;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;     // until released
    QPointer<QThread> m_threadWatch; // until it is gone
    QPointer<RunWorker> m_worker;
    RunReport m_prepared;
    RunReport m_final;
};

// The worker side (internal to JobRun; public for its meta-object).
class RunWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWorker)

public:
    RunWorker(JobSpec job, RunOptions options, std::shared_ptr<std::atomic_bool> cancel,
              std::shared_ptr<RunObserver> observer);
    ~RunWorker() override;

    void prepare();
    void runOnce();
    void apply(const Ferry::ApplyOptions &options);

signals:
    void prepared(const Ferry::RunReport &report);
    void finished(const Ferry::RunReport &report);

private:
    JobSpec m_job;
    RunOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel; // m_options.cancel points into it
    std::shared_ptr<RunObserver> m_observer;    // … and m_options.observer
    std::unique_ptr<PreparedRun> m_run;
};

void registerRunMetaTypes();

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::RunReport)
Q_DECLARE_METATYPE(Ferry::ApplyOptions)
