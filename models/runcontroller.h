// RunController: starts previews and runs of jobs on threads of their own (one at a time per job), carries
// their events to the GUI thread in batches (the live log, each run's progress) and says when they end.
// Lives on the GUI thread; every call returns at once.
#pragma once

#include "eventqueue.h"
#include "jobrun.h"
#include "logmodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ferry {

class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    // stateDir: the state store's folder (empty: the default one, shared with ferry-cli).
    explicit RunController(const QString &stateDir = QString(), QObject *parent = nullptr);
    ~RunController() override;

    const QString &stateDir() const { return m_stateDir; }
    LogModel *logModel() { return &m_log; }
    // How often events reach the GUI (ms).
    void setDrainInterval(int ms) { m_drainTimer.setInterval(ms); }

    // A preview (prepare, then wait for apply or release) or a run (prepare and apply). Null, with the reason
    // in *why, when the job is busy already.
    JobRun *preview(const JobSpec &job, QString *why = nullptr);
    JobRun *run(const JobSpec &job, QString *why = nullptr);
    JobRun *activeRun(const QString &jobId) const { return m_active.value(jobId); }
    int activeCount() const { return int(m_active.size()); }
    std::optional<RunProgress> progress(const QString &jobId) const;
    void cancel(const QString &jobId);
    // Non-empty: no run or preview starts, and this is why (the app is quitting once its runs end).
    void refuseNewRuns(const QString &reason) { m_refusal = reason; }

    // Cancels every run and waits up to timeoutMs for their threads to end (when the app quits). False when
    // some are still busy.
    bool shutdown(int timeoutMs);

    // Delivers the events that are waiting now (tests; the timer does it otherwise).
    void drainNow() { drainEvents(); }
    // The queue the runs report to; other reporters (a scheduler) may report to it too, then call
    // watchEvents() so that the timer delivers what they report until the queue is quiet.
    EventQueue &events() { return *m_events; }
    void watchEvents() { m_drainTimer.start(); }

signals:
    void runStarted(const QString &jobId, Ferry::JobRun::Kind kind);
    void runFinished(const QString &jobId, const Ferry::RunReport &report);
    void progressChanged(const QString &jobId);
    void activeCountChanged(int count);

private:
    JobRun *start(const JobSpec &job, JobRun::Kind kind, QString *why);
    void handleFinished(JobRun *run, const RunReport &report);
    void drainEvents();
    void logOutcome(const JobRun &run, const RunReport &report);

    QString m_stateDir;
    QString m_refusal;
    std::shared_ptr<EventQueue> m_events;
    LogModel m_log;
    QTimer m_drainTimer;
    QHash<QString, QPointer<JobRun>> m_active;
    QHash<QString, RunProgress> m_progress;
    QList<QPointer<QThread>> m_threads;
};

// A one-line summary of counts for people, the counts that are not zero: "3 inserted, 1 updated, 10 unchanged".
QString countsSummary(const Counts &counts);

} // namespace Ferry
