#include "mainwindow.h"

#include "historyview.h"
#include "icons.h"
#include "importdialog.h"
#include "jobeditor.h"
#include "joblistmodel.h"
#include "jobscheduler.h"
#include "logview.h"
#include "preferencesdialog.h"
#include "previewwindow.h"
#include "progressdelegate.h"
#include "prompts.h"
#include "runcontroller.h"
#include "runhistorymodel.h"
#include "settings.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Ferry {

MainWindow::MainWindow(const QString &jobDirectory, const QString &stateDir, QWidget *parent)
    : QMainWindow(parent), m_runs(new RunController(stateDir, this)),
      m_jobs(new JobListModel(jobDirectory, m_runs, this)), m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ferry"));
    setWindowIcon(Icons::appIcon());

    m_sorted->setSourceModel(m_jobs);
    m_sorted->setSortRole(JobListModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_jobView = new QTreeView(this);
    m_jobView->setObjectName(QStringLiteral("jobTreeView"));
    m_jobView->setModel(m_sorted);
    m_jobView->setRootIsDecorated(false);
    m_jobView->setUniformRowHeights(true);
    m_jobView->setAllColumnsShowFocus(true);
    m_jobView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_jobView->setSortingEnabled(true);
    m_jobView->sortByColumn(JobListModel::NameColumn, Qt::AscendingOrder);
    m_jobView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_jobView->setAccessibleName(tr("Jobs"));
    m_jobView->header()->setStretchLastSection(true);
    m_jobView->setColumnWidth(JobListModel::NameColumn, 200);
    m_jobView->setColumnWidth(JobListModel::RouteColumn, 340);
    m_jobView->setColumnWidth(JobListModel::ScheduleColumn, 170);
    m_jobView->setColumnWidth(JobListModel::LastRunColumn, 240);
    m_jobView->setItemDelegateForColumn(JobListModel::LastRunColumn, new ProgressDelegate(m_jobView));

    m_logView = new LogView(m_runs->logModel(), this);
    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setObjectName(QStringLiteral("bottomTabWidget"));
    m_bottomTabs->addTab(m_logView, tr("&Log"));
    m_historyView = new HistoryView(stateDir, this);
    m_bottomTabs->addTab(m_historyView, tr("Histor&y"));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_jobPages = new QStackedWidget(this);
    m_jobPages->setObjectName(QStringLiteral("jobPagesStackedWidget"));
    m_jobPages->addWidget(m_jobView);
    QWidget *empty = createEmptyState();
    m_jobPages->addWidget(empty);
    // Tab reads the window top-down: the empty list's buttons come before the log's controls.
    setTabOrder(m_jobView, empty->findChild<QPushButton *>(QStringLiteral("emptyNewJobButton")));
    setTabOrder(empty->findChild<QPushButton *>(QStringLiteral("emptyNewJobButton")),
                empty->findChild<QPushButton *>(QStringLiteral("emptyImportButton")));
    m_splitter->addWidget(m_jobPages);
    m_splitter->addWidget(m_bottomTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_jobCountLabel = new QLabel(this);
    m_runningLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_runningLabel);
    statusBar()->addPermanentWidget(m_jobCountLabel);

    createActions();
    createMenus();

    connect(m_jobView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const JobStoreEntry *e = selectedEntry();
        m_logView->setJobFilter(e ? e->loaded->job.id : QString(), e ? e->loaded->job.name : QString());
        m_historyView->setJob(e ? e->loaded->job.id : QString(), e ? e->loaded->job.name : QString());
    });
    connect(m_jobView, &QTreeView::customContextMenuRequested, this, &MainWindow::showJobMenu);
    connect(m_jobView, &QTreeView::activated, this, [this] { previewJob(); });
    connect(m_jobs, &JobListModel::reloaded, this, [this] {
        updateEmptyState();
        updateStatus();
        updateActions();
    });
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_jobs, &JobListModel::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_runs, &RunController::activeCountChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_runs, &RunController::runFinished, this, [this](const QString &jobId, const RunReport &report) {
        if (jobId == m_historyView->model()->jobId())
            m_historyView->reload();
        if (report.dryRun || m_previews.value(jobId))
            return; // the preview window shows it
        if (report.error && report.error->code == ErrorCode::Held)
            statusBar()->showMessage(tr("%1 was held: %2. Preview it to see the deletes and confirm them.")
                                         .arg(report.jobName, report.error->message));
        else if (report.error)
            statusBar()->showMessage(tr("%1 failed: %2").arg(report.jobName, report.error->message));
        else
            statusBar()->showMessage(tr("%1: %2").arg(report.jobName, countsSummary(report.counts)), 15000);
    });

    Settings settings;
    if (!restoreGeometry(settings.mainWindowGeometry()))
        resize(1100, 700);
    restoreState(settings.mainWindowState());
    if (const QByteArray s = settings.splitterState(QStringLiteral("main")); !s.isEmpty())
        m_splitter->restoreState(s);
    if (const QByteArray h = settings.headerState(QStringLiteral("jobs")); !h.isEmpty())
        m_jobView->header()->restoreState(h);

    // Jobs run on their schedules while the window is open; pauses are kept between sessions.
    m_scheduler = new JobScheduler(m_jobs, m_runs, Scheduler::Options{settings.maxParallelRuns()}, this);
    for (const QString &jobId : settings.pausedJobs())
        m_scheduler->setPaused(jobId, true);
    m_scheduler->setAllPaused(settings.schedulesPaused());
    m_pauseAllAction->setChecked(settings.schedulesPaused());
    connect(m_scheduler, &JobScheduler::scheduleChanged, this, &MainWindow::updateSchedules);
    m_scheduler->start();

    // In the tray when the desktop has one: closing the window keeps Ferry (and its schedules) running. At
    // login Ferry may start before the panel that holds the tray: it looks again for two minutes.
    if (!createTray()) {
        auto *retry = new QTimer(this);
        retry->setInterval(5000);
        connect(retry, &QTimer::timeout, this, [this, retry, tries = 0]() mutable {
            if (createTray() || ++tries >= 24)
                retry->deleteLater();
        });
        retry->start();
    }

    updateEmptyState();
    updateStatus();
    updateActions();
    updateSchedules();
    if (m_sorted->rowCount() > 0)
        m_jobView->setCurrentIndex(m_sorted->index(0, 0));
}

bool MainWindow::createTray()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return m_tray != nullptr;
    m_tray = new TrayIcon(m_jobs, m_runs, m_pauseAllAction, this);
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::runAllRequested, this, &MainWindow::runAllJobs);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
    m_tray->show();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    return true;
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::runAllJobs()
{
    int started = 0;
    QStringList refused;
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const JobStoreEntry &e = m_jobs->entry(row);
        if (!e.loaded || m_runs->activeRun(e.loaded->job.id))
            continue;
        QString why;
        if (m_runs->run(e.loaded->job, &why))
            ++started;
        else
            refused << why;
    }
    statusBar()->showMessage(
        refused.isEmpty()
            ? tr("Started %n job(s)", nullptr, started)
            : tr("Started %n job(s); not started: %1", nullptr, started).arg(refused.join(QStringLiteral("; "))),
        15000);
}

void MainWindow::finishThenQuit()
{
    // No new run starts; the window says what it waits for and quits when the last run ends.
    m_finishing = true;
    m_scheduler->setAllPaused(true); // for this session only: the preference stays
    m_pauseAllAction->setEnabled(false);
    m_runs->refuseNewRuns(tr("Ferry is quitting once its runs end"));
    const auto update = [this] {
        const int running = m_runs->activeCount();
        if (running == 0) {
            m_finishing = false;
            m_quitting = true;
            if (close())
                QCoreApplication::quit();
            return;
        }
        statusBar()->showMessage(tr("Finishing %n run(s), then Ferry quits…", nullptr, running));
    };
    connect(m_runs, &RunController::activeCountChanged, this, update);
    // Previews that are not writing are closed: nothing to finish there.
    for (const QPointer<PreviewWindow> &w : std::as_const(m_previews))
        if (w &&
            m_jobs->index(m_jobs->rowOfJob(w->job().id), 0).data(JobListModel::StatusRole).toString() != u"running")
            w->close();
    bringToFront();
    update();
}

void MainWindow::quit()
{
    m_quitting = true;
    if (close())
        QCoreApplication::quit();
    else
        m_quitting = false;
}

QJsonObject MainWindow::handleRequest(const QJsonObject &request)
{
    const QString command = request.value(QStringLiteral("command")).toString();
    if (command == u"raise") {
        bringToFront();
        return {{QStringLiteral("ok"), true}};
    }
    if (command == u"run") {
        const QString name = request.value(QStringLiteral("job")).toString();
        auto found = m_jobs->store().find(name);
        if (!found)
            return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), found.error().message}};
        if (!found->loaded)
            return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), found->error->toString()}};
        QString why;
        if (!m_runs->run(found->loaded->job, &why))
            return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), why}};
        selectJob(found->loaded->job.id);
        return {{QStringLiteral("ok"), true},
                {QStringLiteral("message"), tr("%1 started in the running Ferry").arg(found->loaded->job.name)}};
    }
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), tr("unknown request '%1'").arg(command)}};
}

void MainWindow::updateSchedules()
{
    QSet<QString> paused;
    for (int row = 0; row < m_jobs->rowCount(); ++row)
        if (const JobStoreEntry &e = m_jobs->entry(row); e.loaded && m_scheduler->isPaused(e.loaded->job.id))
            paused.insert(e.loaded->job.id);
    m_jobs->setPaused(paused, m_scheduler->allPaused());
}

void MainWindow::setJobPaused(bool paused)
{
    const JobStoreEntry *e = selectedEntry();
    if (!e)
        return;
    m_scheduler->setPaused(e->loaded->job.id, paused);
    Settings settings;
    QStringList ids = settings.pausedJobs();
    ids.removeAll(e->loaded->job.id);
    if (paused)
        ids.append(e->loaded->job.id);
    settings.setPausedJobs(ids);
    updateSchedules();
}

void MainWindow::setAllPaused(bool paused)
{
    m_scheduler->setAllPaused(paused);
    Settings().setSchedulesPaused(paused);
    m_pauseAllAction->setChecked(paused);
    statusBar()->showMessage(
        paused ? tr("Schedules paused: jobs run only when you start them.") : tr("Schedules resumed."), 10000);
    updateSchedules();
}

MainWindow::~MainWindow()
{
    // The run controller outlives this window's members as a child: it must not call back into them.
    m_runs->disconnect(this);
}

PreviewWindow *MainWindow::previewWindow(const QString &jobId) const
{
    return m_previews.value(jobId);
}

QWidget *MainWindow::createEmptyState()
{
    // The first start: no job yet. Say what a job is and offer the two ways to get one.
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyJobsWidget"));
    empty->setBackgroundRole(QPalette::Base);
    empty->setAutoFillBackground(true);
    auto *title = new QLabel(tr("No jobs yet"), empty);
    title->setObjectName(QStringLiteral("emptyJobsTitleLabel"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto *text = new QLabel(tr("A job copies the rows of a database table or query into a cloud data source or "
                               "another database, showing you every change before it is made. Make one with "
                               "New Job…, or bring in Ferry job files or Fliplet Agent configs with Import…."),
                            empty);
    text->setObjectName(QStringLiteral("emptyJobsTextLabel"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed measure, in characters of the font (so at any scale and in any language): a word-wrapped label
    // centred in a layout would otherwise get a width too narrow for the height it is given.
    text->setFixedWidth(text->fontMetrics().averageCharWidth() * 66);
    text->setMinimumHeight(text->heightForWidth(text->width()));
    auto *newButton = new QPushButton(Icons::icon(QStringLiteral("document-new")), tr("&New Job…"), empty);
    newButton->setObjectName(QStringLiteral("emptyNewJobButton"));
    auto *importButton = new QPushButton(Icons::icon(QStringLiteral("document-open")), tr("&Import…"), empty);
    importButton->setObjectName(QStringLiteral("emptyImportButton"));
    empty->setFocusProxy(newButton);
    connect(newButton, &QPushButton::clicked, this, [this] { newJob(); });
    connect(importButton, &QPushButton::clicked, this, [this] { importJobs(); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newButton);
    buttons->addWidget(importButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return empty;
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_jobs->rowCount() == 0;
    const bool hadFocus = m_jobPages->currentWidget()->isAncestorOf(QApplication::focusWidget()) ||
                          m_jobPages->currentWidget() == QApplication::focusWidget();
    m_jobPages->setCurrentIndex(empty ? 1 : 0);
    if (hadFocus)
        m_jobPages->currentWidget()->setFocus();
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &icon, const QString &text, const QString &objectName,
                             const QKeySequence &shortcut, const QString &tip) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : Icons::icon(icon), text, this);
        a->setObjectName(objectName);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        a->setStatusTip(tip);
        a->setToolTip(
            shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        return a;
    };
    m_newAction = make(QStringLiteral("document-new"), tr("&New Job…"), QStringLiteral("newAction"),
                       QKeySequence(Qt::CTRL | Qt::Key_N), tr("Make a job: its source, target, mapping and schedule"));
    m_editAction =
        make(QStringLiteral("document-properties"), tr("&Edit…"), QStringLiteral("editAction"),
             QKeySequence(Qt::CTRL | Qt::Key_E), tr("Change the job's source, target, mapping and schedule"));
    m_previewAction = make(QStringLiteral("edit-find"), tr("&Preview…"), QStringLiteral("previewAction"),
                           QKeySequence(Qt::CTRL | Qt::Key_P),
                           tr("See exactly what the job would insert, update and delete, then apply it"));
    m_runAction = make(QStringLiteral("media-playback-start"), tr("&Run Now"), QStringLiteral("runAction"),
                       QKeySequence(Qt::CTRL | Qt::Key_R), tr("Run the job now, without a preview"));
    m_cancelAction = make(QStringLiteral("process-stop"), tr("&Cancel Run"), QStringLiteral("cancelAction"),
                          QKeySequence(Qt::CTRL | Qt::Key_Period), tr("Stop the job's run or preview"));
    m_duplicateAction = make(QStringLiteral("edit-copy"), tr("D&uplicate"), QStringLiteral("duplicateAction"),
                             QKeySequence(Qt::CTRL | Qt::Key_D), tr("Make a copy of the job"));
    m_deleteAction = make(QStringLiteral("edit-delete"), tr("&Delete…"), QStringLiteral("deleteAction"),
                          QKeySequence::Delete, tr("Delete the job (its file is kept in the .deleted folder)"));
    m_exportAction = make(QStringLiteral("document-save-as"), tr("E&xport…"), QStringLiteral("exportAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                          tr("Write the selected jobs (or all) to a folder as Ferry job files"));
    m_importAction =
        make(QStringLiteral("document-open"), tr("&Import…"), QStringLiteral("importAction"),
             QKeySequence(Qt::CTRL | Qt::Key_I), tr("Add Ferry job files or Fliplet Agent configs to the job list"));
    m_openFolderAction = make(QString(), tr("Open Job &Folder"), QStringLiteral("openFolderAction"), {},
                              tr("Show the folder of job files that Ferry and ferry-cli share"));
    m_pauseJobAction =
        make(QStringLiteral("media-playback-pause"), tr("Pause &Schedule"), QStringLiteral("pauseJobAction"), {},
             tr("Keep the job from running by itself on its schedule (Run Now still runs it)"));
    m_pauseJobAction->setCheckable(true);
    m_pauseAllAction =
        make(QStringLiteral("media-playback-pause"), tr("Pause &All Schedules"), QStringLiteral("pauseAllAction"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("No job runs by itself until schedules are resumed"));
    m_pauseAllAction->setCheckable(true);
    m_quitAction = make(QStringLiteral("application-exit"), tr("&Quit"), QStringLiteral("quitAction"),
                        QKeySequence::Quit, tr("Quit Ferry"));
    m_preferencesAction =
        make(QStringLiteral("preferences-system"), tr("&Preferences…"), QStringLiteral("preferencesAction"),
             QKeySequence(QKeySequence::Preferences), tr("Choose Ferry's language and what the log shows"));
    // The platform's key for preferences (none on some desktops), and Ctrl+, everywhere.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setShortcuts(preferencesKeys);
    m_preferencesAction->setToolTip(QStringLiteral("%1 (%2)").arg(
        m_preferencesAction->statusTip(), preferencesKeys.first().toString(QKeySequence::NativeText)));
    m_aboutAction = make(QStringLiteral("help-about"), tr("&About Ferry"), QStringLiteral("aboutAction"), {},
                         tr("Version and licence"));

    connect(m_newAction, &QAction::triggered, this, [this] { newJob(); });
    connect(m_editAction, &QAction::triggered, this, [this] { editJob(); });
    connect(m_previewAction, &QAction::triggered, this, [this] { previewJob(); });
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runJob);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelJob);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateJob);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteJob);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportJobs);
    connect(m_importAction, &QAction::triggered, this, [this] { importJobs(); });
    connect(m_openFolderAction, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_jobs->store().directory())); });
    connect(m_pauseJobAction, &QAction::triggered, this, &MainWindow::setJobPaused);
    connect(m_pauseAllAction, &QAction::triggered, this, &MainWindow::setAllPaused);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Ferry"),
                           tr("<h3>Ferry %1</h3><p>Syncs your databases into cloud data sources, with a preview of "
                              "every change before it is made.</p><p>Jobs: %2</p>")
                               .arg(QStringLiteral(FERRY_VERSION), m_jobs->store().directory().toHtmlEscaped()));
    });
    // The list's own Delete key must not reach a focused log search field.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_jobView->addAction(m_deleteAction);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_openFolderAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_preferencesAction);

    QMenu *job = menuBar()->addMenu(tr("&Job"));
    job->addAction(m_newAction);
    job->addAction(m_editAction);
    job->addSeparator();
    job->addAction(m_previewAction);
    job->addAction(m_runAction);
    job->addAction(m_cancelAction);
    job->addSeparator();
    job->addAction(m_pauseJobAction);
    job->addAction(m_pauseAllAction);
    job->addSeparator();
    job->addAction(m_duplicateAction);
    job->addAction(m_deleteAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *tools = addToolBar(tr("Jobs"));
    tools->setObjectName(QStringLiteral("jobsToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_newAction);
    tools->addAction(m_editAction);
    tools->addSeparator();
    tools->addAction(m_previewAction);
    tools->addAction(m_runAction);
    tools->addAction(m_cancelAction);
    tools->addSeparator();
    tools->addAction(m_duplicateAction);
    tools->addAction(m_deleteAction);
}

QMenu *MainWindow::createJobMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->addAction(m_editAction);
    menu->addAction(m_newAction);
    menu->addSeparator();
    menu->addAction(m_previewAction);
    menu->addAction(m_runAction);
    menu->addAction(m_cancelAction);
    menu->addAction(m_pauseJobAction);
    menu->addSeparator();
    menu->addAction(m_duplicateAction);
    menu->addAction(m_deleteAction);
    menu->addAction(m_exportAction);
    return menu;
}

void MainWindow::showJobMenu(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(createJobMenu(this));
    menu->exec(m_jobView->viewport()->mapToGlobal(pos));
}

QList<const JobStoreEntry *> MainWindow::selectedEntries() const
{
    QList<const JobStoreEntry *> entries;
    for (const QModelIndex &i : m_jobView->selectionModel()->selectedRows())
        entries.append(&m_jobs->entry(m_sorted->mapToSource(i).row()));
    return entries;
}

const JobStoreEntry *MainWindow::selectedEntry() const
{
    const QModelIndex current = m_jobView->currentIndex();
    if (!current.isValid() || !m_jobView->selectionModel()->isRowSelected(current.row(), current.parent()))
        return nullptr;
    const JobStoreEntry &e = m_jobs->entry(m_sorted->mapToSource(current).row());
    return e.loaded ? &e : nullptr;
}

bool MainWindow::selectJob(const QString &jobId)
{
    const int row = m_jobs->rowOfJob(jobId);
    if (row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_jobs->index(row, 0));
    m_jobView->setCurrentIndex(index);
    m_jobView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_jobView->scrollTo(index);
    return true;
}

void MainWindow::updateActions()
{
    const JobStoreEntry *e = selectedEntry();
    const bool busy = e && m_runs->activeRun(e->loaded->job.id);
    m_editAction->setEnabled(e);
    m_previewAction->setEnabled(e && (!busy || m_previews.value(e->loaded->job.id)));
    m_runAction->setEnabled(e && !busy);
    m_cancelAction->setEnabled(busy);
    const bool scheduled = e && !e->loaded->job.schedule.cron.trimmed().isEmpty();
    m_pauseJobAction->setEnabled(scheduled);
    m_pauseJobAction->setChecked(scheduled && m_scheduler && m_scheduler->isPaused(e->loaded->job.id));
    m_duplicateAction->setEnabled(e);
    m_deleteAction->setEnabled(!selectedEntries().isEmpty() && !busy);
    m_exportAction->setEnabled(m_jobs->rowCount() > 0);
}

void MainWindow::updateStatus()
{
    m_jobCountLabel->setText(tr("%n job(s)", nullptr, m_jobs->rowCount()));
    const int running = m_runs->activeCount();
    m_runningLabel->setText(running ? tr("%n running", nullptr, running) : QString());
    m_runningLabel->setVisible(running > 0);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    Prompts::instance().error(this, title, text);
}

JobEditor *MainWindow::newJob()
{
    return openEditor(JobEditor::newJob(), QString());
}

JobEditor *MainWindow::editJob()
{
    const JobStoreEntry *e = selectedEntry();
    if (!e)
        return nullptr;
    if (JobEditor *open = m_editors.value(e->loaded->job.id)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    if (e->loaded->format == JobFileFormat::FlipletAgent &&
        !Prompts::instance().confirm(this, tr("Edit job"),
                                     tr("%1 is a Fliplet Agent config. Saving it from the editor rewrites the file in "
                                        "Ferry's format, which Fliplet Agent cannot read, and keeps its token "
                                        "outside the file.")
                                         .arg(QDir::toNativeSeparators(e->path)),
                                     tr("Edit in Ferry's format"), false))
        return nullptr;
    return openEditor(e->loaded->job, e->path);
}

JobEditor *MainWindow::openEditor(const JobSpec &job, const QString &path)
{
    auto *editor = new JobEditor(m_jobs->store(), job, path, this, m_keychain);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty()) {
        m_editors.insert(job.id, editor);
        editor->setRunning(m_runs->activeRun(job.id) != nullptr);
    }
    connect(editor, &JobEditor::saved, this, [this](const QString &savedPath, const QString &jobId) {
        m_jobs->reload();
        selectJob(jobId);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(savedPath)), 10000);
    });
    editor->show();
    return editor;
}

PreviewWindow *MainWindow::previewJob()
{
    const JobStoreEntry *e = selectedEntry();
    if (!e)
        return nullptr;
    const JobSpec &job = e->loaded->job;
    if (PreviewWindow *open = m_previews.value(job.id)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    if (m_runs->activeRun(job.id)) {
        showError(tr("Preview"), tr("'%1' is running now: preview it once the run is over.").arg(job.name));
        return nullptr;
    }
    auto *window = new PreviewWindow(job, m_runs, nullptr);
    m_previews.insert(job.id, window);
    window->show();
    window->start();
    return window;
}

void MainWindow::runJob()
{
    const JobStoreEntry *e = selectedEntry();
    if (!e)
        return;
    QString why;
    if (!m_runs->run(e->loaded->job, &why))
        showError(tr("Run now"), why);
}

void MainWindow::cancelJob()
{
    if (const JobStoreEntry *e = selectedEntry())
        m_runs->cancel(e->loaded->job.id);
}

void MainWindow::duplicateJob()
{
    const JobStoreEntry *e = selectedEntry();
    if (!e)
        return;
    JobSpec copy = e->loaded->job;
    copy.name = tr("%1 (copy)").arg(copy.name);
    copy.id = m_jobs->store().newIdFor(copy.name);
    auto saved = m_jobs->store().save(copy);
    if (!saved) {
        showError(tr("Duplicate"), saved.error().toString());
        return;
    }
    m_jobs->reload();
    selectJob(copy.id);
    statusBar()->showMessage(tr("Made %1").arg(QDir::toNativeSeparators(*saved)), 10000);
}

void MainWindow::deleteJob()
{
    const QList<const JobStoreEntry *> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    QStringList names;
    for (const JobStoreEntry *e : entries)
        names.append(e->displayName());
    const QString deletedFolder =
        QDir::toNativeSeparators(QDir(m_jobs->store().directory()).filePath(QStringLiteral(".deleted")));
    const QString text =
        entries.size() == 1
            ? tr("Delete the job '%1'?\n\nIts file is moved to %2, from where it can be restored; its run history "
                 "stays.")
                  .arg(names.first(), deletedFolder)
            : tr("Delete these %1 jobs?\n\n%2\n\nTheir files are moved to %3, from where they can be restored; their "
                 "run history stays.")
                  .arg(entries.size())
                  .arg(names.join(u'\n'), deletedFolder);
    if (!Prompts::instance().confirm(this, tr("Delete jobs"), text, tr("Delete"), true))
        return;
    QStringList paths;
    for (const JobStoreEntry *e : entries)
        paths.append(e->path);
    QStringList failures;
    for (const QString &path : paths)
        if (auto removed = m_jobs->store().remove(path); !removed)
            failures.append(removed.error().toString());
    m_jobs->reload();
    if (!failures.isEmpty())
        showError(tr("Delete jobs"), failures.join(u'\n'));
    else
        statusBar()->showMessage(
            tr("Deleted %n job(s); the files are in %1", nullptr, int(paths.size())).arg(deletedFolder), 15000);
}

void MainWindow::exportJobs()
{
    QList<const JobStoreEntry *> entries = selectedEntries();
    if (entries.isEmpty())
        for (int row = 0; row < m_jobs->rowCount(); ++row)
            entries.append(&m_jobs->entry(row));
    QList<const JobStoreEntry *> readable;
    for (const JobStoreEntry *e : entries)
        if (e->loaded)
            readable.append(e);
    if (readable.isEmpty())
        return;
    Settings settings;
    const QString dir = Prompts::instance().existingDirectory(
        this, tr("Export %n job(s) to", nullptr, int(readable.size())), settings.lastFolder());
    if (dir.isEmpty())
        return;
    settings.setLastFolder(dir);
    QStringList existing;
    for (const JobStoreEntry *e : readable)
        if (QFileInfo::exists(QDir(dir).filePath(QFileInfo(e->path).fileName())))
            existing.append(QFileInfo(e->path).fileName());
    if (!existing.isEmpty() &&
        !Prompts::instance().confirm(this, tr("Export jobs"),
                                     tr("%1 holds files of these names already:\n\n%2\n\nReplace them?")
                                         .arg(QDir::toNativeSeparators(dir), existing.join(u'\n')),
                                     tr("Replace"), true))
        return;
    QStringList failures;
    for (const JobStoreEntry *e : readable) {
        // Exports hold references to secrets only: the job format refuses anything else.
        const QString path = QDir(dir).filePath(QFileInfo(e->path).fileName());
        JobSpec job = e->loaded->job;
        if (auto saved = saveJobFile(job, path); !saved)
            failures.append(saved.error().toString());
    }
    if (!failures.isEmpty())
        showError(tr("Export jobs"), failures.join(u'\n'));
    else
        statusBar()->showMessage(
            tr("Exported %n job(s) to %1", nullptr, int(readable.size())).arg(QDir::toNativeSeparators(dir)), 15000);
}

void MainWindow::importJobs(const QStringList &given)
{
    Settings settings;
    const QStringList files = given.isEmpty()
                                  ? Prompts::instance().openFiles(this, tr("Import jobs"), settings.lastFolder(),
                                                                  tr("Job files (*.yaml *.yml);;All files (*)"))
                                  : given;
    if (files.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(files.first()).absolutePath());
    auto *dialog = new ImportDialog(files, m_jobs->store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_jobs->reload();
        const QStringList ids = dialog->importedIds();
        if (!ids.isEmpty())
            selectJob(ids.first());
        statusBar()->showMessage(tr("Imported %n job(s)", nullptr, int(ids.size())), 10000);
    });
    dialog->open();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::logMinimumSeverityChanged, m_logView, &LogView::setMinimumSeverity);
    connect(&dialog, &PreferencesDialog::maxParallelRunsChanged, m_scheduler, &JobScheduler::setMaxParallel);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tray && !m_quitting) {
        // To the tray: schedules keep running. Said once, the first time.
        saveLayout();
        hide();
        event->ignore();
        Settings settings;
        if (!settings.trayNoticeShown()) {
            m_tray->notify(tr("Ferry is still running"),
                           tr("Scheduled jobs keep running from the tray. To quit, use Quit in the tray's menu or "
                              "File ▸ Quit."),
                           false);
            settings.setTrayNoticeShown(true);
        }
        return;
    }
    if (m_finishing) {
        event->ignore(); // quits by itself once the runs end
        return;
    }
    if (m_runs->activeCount() > 0) {
        int applying = 0;
        for (int row = 0; row < m_jobs->rowCount(); ++row) {
            const QString status = m_jobs->index(row, 0).data(JobListModel::StatusRole).toString();
            if (status == u"running")
                ++applying;
        }
        if (applying > 0) {
            const int choice = Prompts::instance().choose(
                this, tr("Quit Ferry"),
                tr("%n job(s) are writing to their targets. Let them finish, then quit? Or stop them now: what the "
                   "targets confirmed stays, and the next run completes the rest.",
                   nullptr, applying),
                {tr("Finish, then quit"), tr("Stop them and quit")});
            if (choice < 0) {
                event->ignore();
                m_quitting = false;
                return;
            }
            if (choice == 0) {
                finishThenQuit();
                event->ignore();
                return;
            }
        }
    }
    for (const QPointer<PreviewWindow> &w : std::as_const(m_previews))
        if (w)
            w->close();
    saveLayout();
    m_runs->shutdown(5000);
    if (m_tray)
        m_tray->systemTrayIcon()->hide();
    event->accept();
}

void MainWindow::saveLayout()
{
    Settings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    settings.setSplitterState(QStringLiteral("main"), m_splitter->saveState());
    settings.setHeaderState(QStringLiteral("jobs"), m_jobView->header()->saveState());
}

} // namespace Ferry
