// ferry-cli daemon: the jobs of a folder (the desktop's job folder by default, or any folder of Ferry or
// Fliplet Agent job files) run on their schedules without a display, the way `fliplet-agent start` does,
// with the desktop's scheduler: catch-up after a sleep or a stop, never two runs of one job (the state
// store's lease holds across processes, so a job the desktop runs is skipped and said), at most
// --parallel runs at once. Job files changed, added or removed are picked up. The first SIGTERM or SIGINT
// stops it cleanly: no new run starts, running ones finish the batch in flight (recorded), exit 0; a
// second one cancels them at once.
#pragma once

#include "job/jobstore.h"
#include "run/preparedrun.h"
#include "schedule/scheduletimer.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>

namespace Ferry::Cli {

class LogObserver;

class Daemon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Daemon)

public:
    struct Options
    {
        QString jobDirectory;
        QString stateDir; // empty: the default state store
        int maxParallel = 2;
        const std::atomic_int *stopSignals = nullptr; // how many stop signals came (the handler counts them)
    };

    explicit Daemon(Options options, QObject *parent = nullptr);
    ~Daemon() override;

    // Schedules the folder's jobs; false (said on stderr) when the folder cannot be used at all.
    bool start();

signals:
    // Every run ended after a stop signal: the exit code.
    void stopped(int exitCode);

private:
    struct Running;
    void reload();
    void startRun(const ScheduledStart &start);
    void runEnded(const QString &jobId, const RunReport &report);
    void checkSignals();
    void logNext();

    Options m_options;
    JobStore m_store;
    ScheduleTimer m_timer;
    QFileSystemWatcher m_watcher;
    QTimer m_reloadTimer;
    QTimer m_signalTimer;
    std::map<QString, JobSpec> m_jobs;        // by id, as last read
    std::map<QString, QString> m_brokenFiles; // path -> problem, said once
    std::map<QString, std::unique_ptr<Running>> m_running;
    std::unique_ptr<LogObserver> m_observer;
    std::atomic_bool m_stopBetweenBatches{false};
    int m_signalsSeen = 0;
    bool m_started = false;
};

} // namespace Ferry::Cli
