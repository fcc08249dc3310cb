#include "trayicon.h"

#include "core/logging.h"
#include "icons.h"
#include "joblistmodel.h"
#include "runcontroller.h"
#include "runhistorymodel.h"
#include "settings.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QPainter>

namespace Ferry {

TrayIcon::TrayIcon(JobListModel *jobs, RunController *runs, QAction *pauseAll, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_runs(runs), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open = m_menu->addAction(Icons::appIcon(), tr("&Open Ferry"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    QFont bold = open->font();
    bold.setBold(true);
    open->setFont(bold);
    QAction *runAll = m_menu->addAction(Icons::icon(QStringLiteral("media-playback-start")), tr("&Run All Now"));
    runAll->setObjectName(QStringLiteral("trayRunAllAction"));
    m_menu->addAction(pauseAll);
    m_menu->addSeparator();
    m_recentHeader = m_menu->addSection(tr("Recent runs"));
    m_recentEnd = m_menu->addSeparator();
    QAction *quit = m_menu->addAction(Icons::icon(QStringLiteral("application-exit")), tr("&Quit Ferry"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(runAll, &QAction::triggered, this, &TrayIcon::runAllRequested);
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    connect(m_runs, &RunController::progressChanged, this, &TrayIcon::update);
    connect(m_runs, &RunController::activeCountChanged, this, &TrayIcon::update);
    connect(m_runs, &RunController::runFinished, this, &TrayIcon::handleFinished);
    connect(m_jobs, &JobListModel::reloaded, this, &TrayIcon::update);
    rebuildRecent();
    update();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a top-level menu has no parent
}

void TrayIcon::show()
{
    m_tray->show();
}

QIcon TrayIcon::iconFor(State state) const
{
    if (state == State::Idle)
        return Icons::appIcon();
    // The app icon with a small badge: syncing or failed.
    const QIcon badge =
        Icons::icon(state == State::Syncing ? QStringLiteral("media-playback-start") : QStringLiteral("dialog-error"));
    QIcon result;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = Icons::appIcon().pixmap(size, size);
        QPainter painter(&pixmap);
        const int b = size * 5 / 8;
        painter.drawPixmap(size - b, size - b, badge.pixmap(b, b));
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

void TrayIcon::update()
{
    State state = m_runs->activeCount() > 0 ? State::Syncing : State::Idle;
    if (state == State::Idle)
        for (int row = 0; row < m_jobs->rowCount(); ++row)
            if (m_jobs->index(row, 0).data(JobListModel::StatusRole).toString() == u"failed")
                state = State::Failed;
    if (state != m_state || m_tray->icon().isNull()) {
        m_state = state;
        m_tray->setIcon(iconFor(state));
    }
    m_tray->setToolTip(toolTip());
}

QString TrayIcon::toolTip() const
{
    QStringList lines;
    const QLocale l;
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const JobStoreEntry &e = m_jobs->entry(row);
        if (!e.loaded)
            continue;
        const QString status = m_jobs->index(row, 0).data(JobListModel::StatusRole).toString();
        if (status == u"running" || status == u"previewing")
            lines << tr("%1: %2").arg(e.loaded->job.name,
                                      m_jobs->index(row, JobListModel::LastRunColumn).data().toString());
        else if (status == u"failed")
            lines << tr("%1: the last run failed").arg(e.loaded->job.name);
    }
    if (lines.isEmpty())
        lines << (m_jobs->rowCount() == 0 ? tr("No jobs yet") : tr("Idle: %n job(s)", nullptr, m_jobs->rowCount()));
    return tr("Ferry") + u'\n' + lines.join(u'\n');
}

void TrayIcon::handleFinished(const QString &, const RunReport &report)
{
    if (report.dryRun)
        return;
    m_recent.prepend(Recent{report.jobName, report.status, QDateTime::currentDateTime(),
                            report.error ? SecretMask::mask(report.error->message) : countsSummary(report.counts)});
    while (m_recent.size() > RecentRuns)
        m_recent.removeLast();
    rebuildRecent();
    update();
    // A job another Ferry process runs (the daemon) was skipped, not failed: the log says so, no alarm.
    const bool elsewhere = report.error && report.error->code == ErrorCode::AlreadyRunning;
    const bool failed = !elsewhere && (report.status == RunStatus::Failed || report.status == RunStatus::RowErrors ||
                                       report.status == RunStatus::Held);
    if (failed)
        notify(tr("%1: %2").arg(report.jobName, RunHistoryModel::statusText(runStatusName(report.status))),
               report.error ? SecretMask::mask(report.error->message) : countsSummary(report.counts), true);
    else if (report.status == RunStatus::Succeeded && Settings().notifyOnSuccess())
        notify(tr("%1 synced").arg(report.jobName), countsSummary(report.counts), false);
}

QStringList TrayIcon::recentRunTexts() const
{
    QStringList texts;
    const QLocale l;
    for (const Recent &r : m_recent)
        texts << tr("%1: %2, %3 · %4")
                     .arg(r.jobName, RunHistoryModel::statusText(runStatusName(r.status)),
                          l.toString(r.finishedAt.time(), QStringLiteral("HH:mm")), r.summary);
    return texts;
}

void TrayIcon::rebuildRecent()
{
    for (QAction *a : std::as_const(m_recentActions)) {
        m_menu->removeAction(a);
        delete a;
    }
    m_recentActions.clear();
    QStringList texts = recentRunTexts();
    if (texts.isEmpty())
        texts << tr("No runs since Ferry started");
    for (int i = 0; i < texts.size(); ++i) {
        QString text = texts[i];
        if (text.size() > 90)
            text = text.left(89) + u'…';
        auto *a = new QAction(text, m_menu);
        a->setEnabled(false);
        if (i < m_recent.size())
            a->setIcon(Icons::icon(m_recent[i].status == RunStatus::Succeeded ? QStringLiteral("emblem-default")
                                                                              : QStringLiteral("dialog-error")));
        m_menu->insertAction(m_recentEnd, a);
        m_recentActions << a;
    }
}

void TrayIcon::notify(const QString &title, const QString &message, bool failure)
{
    if (!m_tray->isVisible() || !QSystemTrayIcon::supportsMessages())
        return;
    m_tray->showMessage(title, message, failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 10000);
}

} // namespace Ferry
