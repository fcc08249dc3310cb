// Ferry in the system tray, on a real X server with a real tray host (scripts/with-tray.sh: Xvfb and trayer):
// the icon appears; closing the window hides it and Ferry keeps running (and says so once); the menu has
// Open, Run All Now, Pause All Schedules, the recent runs and Quit; a run shows in the tooltip and the recent
// runs, a failed run turns the icon to its failed state; Quit ends for real. Skipped where no tray host runs
// (QSystemTrayIcon::isSystemTrayAvailable() false), and run by CTest only through with-tray.sh.
#include "scriptedprompts.h"
#include "sqlitefiles.h"

#include "job/jobstore.h"
#include "joblistmodel.h"
#include "jobrun.h"
#include "jobscheduler.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "settings.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

class TestTray : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void closeHidesToTheTrayAndQuitQuits();
    void menuRunsAndReportsRuns();

private:
    JobSpec job(const QString &id, const QString &table) const;

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTray::initTestCase()
{
    registerRunMetaTypes();
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("FerryTrayTest"));
    // with-tray.sh starts the tray host just before: give it time to take the tray on a loaded machine.
    QTRY_VERIFY_WITH_TIMEOUT(
        QSystemTrayIcon::isSystemTrayAvailable() || !qEnvironmentVariableIsSet("FERRY_REQUIRE_TRAY"), 15000);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("no system tray here: run through scripts/with-tray.sh (Xvfb and trayer)");
}

void TestTray::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(runSql(m_dir->filePath(QStringLiteral("source.sqlite")),
                   {QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)"),
                    QStringLiteral("INSERT INTO people VALUES (1, 'Ann'), (2, 'Bob')")}));
}

JobSpec TestTray::job(const QString &id, const QString &table) const
{
    JobSpec j;
    j.id = id;
    j.name = id;
    j.sql.driver = QStringLiteral("sqlite");
    j.sql.host = m_dir->filePath(QStringLiteral("source.sqlite"));
    j.sql.query = QStringLiteral("SELECT id, name FROM people");
    j.targetKind = TargetKind::Sqlite;
    j.sqlite.path = m_dir->filePath(QStringLiteral("target.sqlite"));
    j.sqlite.table = table;
    j.sqlite.createTable = true;
    j.rules.keyColumns = {QStringLiteral("id")};
    return j;
}

void TestTray::closeHidesToTheTrayAndQuitQuits()
{
    Settings().setTrayNoticeShown(false);
    MainWindow w(m_dir->filePath(QStringLiteral("jobs")), m_dir->filePath(QStringLiteral("state")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    TrayIcon *tray = w.trayIcon();
    QVERIFY(tray);
    QTRY_VERIFY(tray->systemTrayIcon()->isVisible());
    QVERIFY(!QGuiApplication::quitOnLastWindowClosed());

    // Closing the window hides it; Ferry goes on, and says so the first time only.
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
    QVERIFY(!w.close());
    QVERIFY(!w.isVisible());
    QVERIFY(Settings().trayNoticeShown());
    QVERIFY(tray->systemTrayIcon()->isVisible());

    // Open from the tray brings it back.
    tray->menu()->findChild<QAction *>(QStringLiteral("trayOpenAction"))->trigger();
    QTRY_VERIFY(w.isVisible());

    // Quit ends for real: the window closes, the icon goes.
    QTimer::singleShot(0, &w, [&w] { w.findChild<QAction *>(QStringLiteral("quitAction"))->trigger(); });
    QTRY_VERIFY(!w.isVisible());
    QVERIFY(!tray->systemTrayIcon()->isVisible());
}

void TestTray::menuRunsAndReportsRuns()
{
    const QString jobs = m_dir->filePath(QStringLiteral("jobs"));
    QVERIFY(JobStore(jobs).save(job(QStringLiteral("alpha"), QStringLiteral("alpha"))));
    QVERIFY(JobStore(jobs).save(job(QStringLiteral("beta"), QStringLiteral("beta"))));
    MainWindow w(jobs, m_dir->filePath(QStringLiteral("state")));
    w.show();
    TrayIcon *tray = w.trayIcon();
    QVERIFY(tray);
    QCOMPARE(tray->state(), TrayIcon::State::Idle);
    QVERIFY2(tray->toolTip().contains(QStringLiteral("Idle: 2 job")), qPrintable(tray->toolTip()));

    // The menu: Open, Run All Now, Pause All Schedules (the window's own action), the recent runs, Quit.
    QStringList texts;
    for (QAction *a : tray->menu()->actions())
        if (!a->isSeparator() || !a->text().isEmpty()) // sections are separators with a text
            texts << a->text();
    QCOMPARE(texts.mid(0, 5), QStringList({QStringLiteral("&Open Ferry"), QStringLiteral("&Run All Now"),
                                           QStringLiteral("Pause &All Schedules"), QStringLiteral("Recent runs"),
                                           QStringLiteral("No runs since Ferry started")}));
    QCOMPARE(texts.last(), QStringLiteral("&Quit Ferry"));
    QAction *pauseAll = w.findChild<QAction *>(QStringLiteral("pauseAllAction"));
    QVERIFY(tray->menu()->actions().contains(pauseAll));

    // Run All Now: both jobs run, and show in the recent runs.
    QSignalSpy finished(w.runController(), &RunController::runFinished);
    tray->menu()->findChild<QAction *>(QStringLiteral("trayRunAllAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(tray->recentRunTexts().size(), 2);
    QVERIFY2(tray->recentRunTexts().first().contains(QStringLiteral(": Succeeded, ")),
             qPrintable(tray->recentRunTexts().first()));
    QVERIFY(tray->recentRunTexts().first().contains(QStringLiteral("2 inserted")));
    QCOMPARE(tray->state(), TrayIcon::State::Idle);

    // A run that fails turns the icon to failed, and the tooltip says which job.
    JobSpec broken = job(QStringLiteral("alpha"), QStringLiteral("alpha"));
    broken.sql.query = QStringLiteral("SELECT id, name FROM no_such_table");
    QString why;
    QVERIFY2(w.runController()->run(broken, &why), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
    w.jobModel()->reload();
    QTRY_COMPARE(tray->state(), TrayIcon::State::Failed);
    QVERIFY2(tray->toolTip().contains(QStringLiteral("alpha: the last run failed")), qPrintable(tray->toolTip()));
    QVERIFY(tray->recentRunTexts().first().startsWith(QStringLiteral("alpha: Failed")));
    w.quit();
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
