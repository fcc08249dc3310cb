// The job list: one row per job file of the job store (broken files included, with their error), its
// source and target, schedule, and last run from the state store, or the progress of the run going on now.
// It follows the job folder: files added, changed or removed by another program show up by themselves.
// Rows keep their place while the folder changes (new jobs are appended), so selections survive a
// reload; views sort through a proxy.
#pragma once

#include "job/jobstore.h"
#include "store/statestore.h"

#include <QAbstractTableModel>
#include <QFileSystemWatcher>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace Ferry {

class RunController;

class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Column { NameColumn, RouteColumn, ScheduleColumn, LastRunColumn, ChangesColumn, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        PathRole,
        // "broken", "running", "previewing", or the last run's status ("succeeded", "failed", …), or "never"
        StatusRole,
        SortRole,
        // While a run writes: how far, in thousandths of the planned writes; -1 otherwise.
        ProgressRole,
    };

    JobListModel(const QString &jobDirectory, RunController *runs, QObject *parent = nullptr);
    ~JobListModel() override;

    const JobStore &store() const { return m_store; }
    // Reads the folder and the last runs again now (it also does so by itself when they change).
    void reload();

    int rowOfJob(const QString &jobId) const;
    int rowOfPath(const QString &path) const;
    const JobStoreEntry &entry(int row) const { return m_entries[size_t(row)]; }
    std::optional<RunRecord> lastRun(const QString &jobId) const;
    // Every job id of the store (to give new jobs one of their own).
    QStringList jobIds() const;
    // Which schedules are paused, for the schedule column (the scheduler's state); shows the column again.
    void setPaused(const QSet<QString> &jobIds, bool all);
    // The schedule column again (its next times move on as time passes).
    void refreshSchedules();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The folder could not be read or the state store could not be opened: shown once, not on every reload.
    void problem(const QString &message);
    void reloaded();

private:
    void scheduleReload();
    void reloadLastRuns();
    void watchFiles();
    void updateRunState(const QString &jobId);
    QString status(const JobStoreEntry &e) const;
    QVariant lastRunText(const JobStoreEntry &e) const;

    JobStore m_store;
    RunController *m_runs;
    std::vector<JobStoreEntry> m_entries;
    QHash<QString, RunRecord> m_lastRuns;
    QSet<QString> m_pausedJobs;
    bool m_allPaused = false;
    std::unique_ptr<StateStore> m_state;
    QString m_lastProblem;
    QFileSystemWatcher m_watcher;
    QTimer m_reloadTimer;
};

} // namespace Ferry
