// Ferry in the system tray: an icon that says idle, syncing (with each running job's progress in its tooltip)
// or a failed last run; a menu with Open, Run All Now, Pause All Schedules, the recent runs and Quit; and a
// desktop notification when a run fails (and when one succeeds, if chosen in Preferences). The main window
// owns it when the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable()).
#pragma once

#include "run/preparedrun.h"

#include <QDateTime>
#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace Ferry {

class JobListModel;
class RunController;

class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    enum class State { Idle, Syncing, Failed };

    // pauseAll: the main window's Pause All Schedules action (checkable), shared so both say the same.
    TrayIcon(JobListModel *jobs, RunController *runs, QAction *pauseAll, QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();
    State state() const { return m_state; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    // Recent runs as the menu lists them, newest first ("Demo customers: succeeded, 10:02 · 9 inserted").
    QStringList recentRunTexts() const;
    // A notification, when the tray can show one.
    void notify(const QString &title, const QString &message, bool failure);

    static constexpr int RecentRuns = 5;

signals:
    void openRequested();
    void runAllRequested();
    void quitRequested();

private:
    struct Recent
    {
        QString jobName;
        RunStatus status;
        QDateTime finishedAt;
        QString summary;
    };
    void update();
    void handleFinished(const QString &jobId, const RunReport &report);
    void rebuildRecent();
    QIcon iconFor(State state) const;

    JobListModel *m_jobs;
    RunController *m_runs;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_recentHeader;
    QAction *m_recentEnd;
    QList<QAction *> m_recentActions;
    QList<Recent> m_recent;
    State m_state = State::Idle;
};

} // namespace Ferry
