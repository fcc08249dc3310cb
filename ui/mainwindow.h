// The main window: the job list (name, source → target, schedule, last run), the actions on jobs in the
// menu, the toolbar and the list's context menu, and below it the live log. Previews open in windows of
// their own, one per job.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Ferry {

class JobEditor;
class KeychainBackend;
class JobListModel;
class JobScheduler;
class JobStoreEntry;
class HistoryView;
class LogView;
class PreviewWindow;
class RunController;
class TrayIcon;
struct JobSpec;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // jobDirectory: the job store's folder; stateDir: the state store's (empty: the defaults).
    MainWindow(const QString &jobDirectory, const QString &stateDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobListModel *jobModel() const { return m_jobs; }
    RunController *runController() const { return m_runs; }
    JobScheduler *scheduler() const { return m_scheduler; }
    // Null when the desktop has no system tray (then closing the window quits).
    TrayIcon *trayIcon() const { return m_tray; }
    // Another launch's request (SingleInstance): {"command": "raise"} or {"command": "run", "job": …}.
    QJsonObject handleRequest(const QJsonObject &request);
    // Runs every job that is not busy now (the tray's Run All Now).
    void runAllJobs();
    // Quits for real (File ▸ Quit, the tray's Quit): closing the window only hides it to the tray.
    void quit();
    // Shows, raises and activates the window (from the tray, or a second launch).
    void bringToFront();
    QTreeView *jobView() const { return m_jobView; }
    HistoryView *historyView() const { return m_historyView; }
    // The job selected in the list (null when none, or when its file cannot be read).
    const JobStoreEntry *selectedEntry() const;
    bool selectJob(const QString &jobId);

    // The job editor, for a new job or the selected one (one editor per job); it saves through the job store
    // and selects the job saved. A running job may be edited: the change applies from its next run.
    JobEditor *newJob();
    JobEditor *editJob();
    // The keychain the editors use (tests; default: the system's).
    void setKeychain(std::shared_ptr<KeychainBackend> keychain) { m_keychain = std::move(keychain); }
    PreviewWindow *previewJob();
    void runJob();
    void cancelJob();
    void duplicateJob();
    void deleteJob();
    void exportJobs();
    // Opens the import dialog for these files (asks for them when empty).
    void importJobs(const QStringList &files = {});
    PreviewWindow *previewWindow(const QString &jobId) const;
    // Edit ▸ Preferences… (modal; returns when it is closed).
    void showPreferences();
    LogView *logView() const { return m_logView; }
    // The job list's context menu (the caller owns it).
    QMenu *createJobMenu(QWidget *parent) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createEmptyState();
    void updateEmptyState();
    void updateActions();
    void updateStatus();
    void updateSchedules();
    void saveLayout();
    void finishThenQuit();
    bool createTray();
    void setJobPaused(bool paused);
    void setAllPaused(bool paused);
    void showJobMenu(const QPoint &pos);
    QList<const JobStoreEntry *> selectedEntries() const;
    void showError(const QString &title, const QString &text);
    JobEditor *openEditor(const JobSpec &job, const QString &path);

    RunController *m_runs;
    JobListModel *m_jobs;
    JobScheduler *m_scheduler = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false;
    bool m_finishing = false; // quitting once the runs in flight end
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_jobView;
    QStackedWidget *m_jobPages; // the list, or what to do when there is no job yet
    QSplitter *m_splitter;
    QTabWidget *m_bottomTabs;
    LogView *m_logView;
    HistoryView *m_historyView;
    QLabel *m_jobCountLabel;
    QLabel *m_runningLabel;
    QHash<QString, QPointer<PreviewWindow>> m_previews;
    QHash<QString, QPointer<JobEditor>> m_editors; // by job id
    std::shared_ptr<KeychainBackend> m_keychain;

    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_previewAction;
    QAction *m_runAction;
    QAction *m_cancelAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_exportAction;
    QAction *m_importAction;
    QAction *m_openFolderAction;
    QAction *m_pauseJobAction;
    QAction *m_pauseAllAction;
    QAction *m_quitAction;
    QAction *m_preferencesAction;
    QAction *m_aboutAction;
};

} // namespace Ferry
