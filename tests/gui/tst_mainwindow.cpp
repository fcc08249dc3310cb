// The main window and the preview window, as a user drives them: the job list follows the job folder, a
// preview shows the plan's counts and a field diff, a change excluded stays out of the apply and the target
// ends up with exactly the rest, the log and the last run show what happened; delete, duplicate and export.
#include "scriptedprompts.h"
#include "sqlitefiles.h"

#include "flipletemulator.h"
#include "historyview.h"
#include "job/jobstore.h"
#include "joblistmodel.h"
#include "jobrun.h"
#include "jobscheduler.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "previewwindow.h"
#include "runcontroller.h"
#include "runfailuresmodel.h"
#include "runhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FlipletEmulator;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheJobFolderAndFollowsIt();
    void previewExcludeAndApply();
    void applyIsRefusedWhenTheTargetChanged();
    void runNowShowsTheOutcome();
    void historyShowsTheRowsThatFailed();
    void schedulesRunAndPause();
    void quitWaitsForRunsOrStopsThem();
    void deleteAsksAndKeepsTheFile();
    void duplicateAndExport();

private:
    JobSpec job() const;
    QString saveJob(const JobSpec &job) const;
    std::unique_ptr<MainWindow> window() const;

    QTemporaryDir m_config; // the settings of the whole test
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_jobs;
    QString m_state;
    QString m_source;
    QString m_target;
};

void TestMainWindow::initTestCase()
{
    registerRunMetaTypes();
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("FerryGuiTest"));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_jobs = m_dir->filePath(QStringLiteral("jobs"));
    m_state = m_dir->filePath(QStringLiteral("state"));
    m_source = m_dir->filePath(QStringLiteral("source.sqlite"));
    m_target = m_dir->filePath(QStringLiteral("target.sqlite"));
    QVERIFY(runSql(m_source, {QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, city TEXT)"),
                              QStringLiteral("INSERT INTO people VALUES (1, 'Ann', 'Paris'), (2, 'Bob', 'Oslo'), "
                                             "(3, 'Cid', 'Rome'), (4, 'Dee', 'Lima')")}));
    QVERIFY(runSql(m_target, {QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, city TEXT)"),
                              QStringLiteral("INSERT INTO people VALUES (1, 'Ann', 'Paris'), (2, 'Bob', 'Bergen'), "
                                             "(5, 'Eve', 'Kyiv')")}));
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

JobSpec TestMainWindow::job() const
{
    JobSpec j;
    j.id = QStringLiteral("people-copy");
    j.name = QStringLiteral("People copy");
    j.sql.driver = QStringLiteral("sqlite");
    j.sql.host = m_source;
    j.sql.query = QStringLiteral("SELECT id, name, city FROM people");
    j.targetKind = TargetKind::Sqlite;
    j.sqlite.path = m_target;
    j.sqlite.table = QStringLiteral("people");
    j.rules.mode = SyncMode::Replace;
    j.rules.keyColumns = {QStringLiteral("id")};
    return j;
}

QString TestMainWindow::saveJob(const JobSpec &j) const
{
    auto saved = JobStore(m_jobs).save(j);
    if (!saved)
        qWarning() << saved.error().toString();
    return saved ? *saved : QString();
}

std::unique_ptr<MainWindow> TestMainWindow::window() const
{
    auto w = std::make_unique<MainWindow>(m_jobs, m_state);
    w->runController()->setDrainInterval(10);
    w->show();
    return w;
}

void TestMainWindow::listsTheJobFolderAndFollowsIt()
{
    QVERIFY(!saveJob(job()).isEmpty());
    QFile broken(m_jobs + QStringLiteral("/broken.yaml"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("ferry: 1\nsource: [\n");
    broken.close();

    auto w = window();
    JobListModel *model = w->jobModel();
    QCOMPARE(model->rowCount(), 2);
    const int jobRow = model->rowOfJob(QStringLiteral("people-copy"));
    QVERIFY(jobRow >= 0);
    QCOMPARE(model->index(jobRow, JobListModel::NameColumn).data().toString(), QStringLiteral("People copy"));
    QVERIFY(model->index(jobRow, JobListModel::RouteColumn).data().toString().contains(QStringLiteral("SQLite")));
    QCOMPARE(model->index(jobRow, JobListModel::LastRunColumn).data().toString(), QStringLiteral("Never run"));
    const int brokenRow = model->rowOfPath(broken.fileName());
    QCOMPARE(model->index(brokenRow, 0).data(JobListModel::StatusRole).toString(), QStringLiteral("broken"));
    QVERIFY(model->index(brokenRow, JobListModel::RouteColumn).data().toString().contains(QStringLiteral("YAML")));

    // Another program adds a job and renames one: the list follows without a restart.
    JobSpec other = job();
    other.id = QStringLiteral("other");
    other.name = QStringLiteral("Other job");
    QVERIFY(!saveJob(other).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 5000);
    JobSpec renamed = job();
    renamed.name = QStringLiteral("People, renamed");
    QVERIFY(saveJobFile(renamed, model->entry(jobRow).path));
    QTRY_COMPARE_WITH_TIMEOUT(model->index(jobRow, JobListModel::NameColumn).data().toString(),
                              QStringLiteral("People, renamed"), 5000);
    QVERIFY(QFile::remove(broken.fileName()));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
}

void TestMainWindow::previewExcludeAndApply()
{
    QVERIFY(!saveJob(job()).isEmpty());
    auto w = window();
    QVERIFY(w->selectJob(QStringLiteral("people-copy")));
    PreviewWindow *preview = w->previewJob();
    QVERIFY(preview);
    PlanModel *plan = preview->planModel();
    QTRY_VERIFY_WITH_TIMEOUT(plan->plan() != nullptr, 20000);

    // Counts: 3 and 4 inserted, 2 updated (city), 5 deleted, 1 unchanged.
    const Counts counts = plan->effectiveCounts();
    QCOMPARE(counts.inserted, 2);
    QCOMPARE(counts.updated, 1);
    QCOMPARE(counts.deleted, 1);
    QCOMPARE(counts.unchanged, 1);
    QCOMPARE(plan->rowCount(), 4);
    QVERIFY(preview->findChild<QToolButton *>(QStringLiteral("filterInsertToolButton"))->text().contains(u'2'));

    // The update's field diff: city Bergen → Oslo.
    auto *table = preview->findChild<QTableView *>(QStringLiteral("planTableView"));
    auto *details = preview->findChild<QTableWidget *>(QStringLiteral("changeDetailsTableWidget"));
    int updateRow = -1;
    int insert4Row = -1;
    for (int r = 0; r < plan->rowCount(); ++r) {
        const QString action = plan->index(r, PlanModel::ActionColumn).data().toString();
        const QString key = plan->index(r, PlanModel::KeyColumn).data().toString();
        if (action == u"Update")
            updateRow = r;
        if (action == u"Insert" && key == u"4")
            insert4Row = r;
    }
    QVERIFY(updateRow >= 0 && insert4Row >= 0);
    QCOMPARE(plan->index(updateRow, PlanModel::FieldsColumn).data().toString(), QStringLiteral("city"));
    table->setCurrentIndex(plan->index(updateRow, PlanModel::KeyColumn));
    bool sawCity = false;
    for (int r = 0; r < details->rowCount(); ++r) {
        if (details->item(r, 0)->text() != u"city")
            continue;
        sawCity = true;
        QCOMPARE(details->item(r, 1)->text(), QStringLiteral("Bergen"));
        QCOMPARE(details->item(r, 2)->text(), QStringLiteral("Oslo"));
        QVERIFY(details->item(r, 0)->font().bold());
    }
    QVERIFY(sawCity);

    // Search narrows the table; clearing it brings every change back.
    plan->setSearchText(QStringLiteral("Lima"));
    QCOMPARE(plan->rowCount(), 1);
    plan->setSearchText(QString());
    QCOMPARE(plan->rowCount(), 4);

    // Exclude the insert of 4 through the button, include and exclude again.
    table->selectRow(insert4Row);
    auto *exclude = preview->findChild<QPushButton *>(QStringLiteral("excludeButton"));
    auto *include = preview->findChild<QPushButton *>(QStringLiteral("includeButton"));
    QTest::mouseClick(exclude, Qt::LeftButton);
    QCOMPARE(plan->excludedCount(), 1);
    QCOMPARE(plan->index(insert4Row, PlanModel::ApplyColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Unchecked);
    QTest::mouseClick(include, Qt::LeftButton);
    QCOMPARE(plan->excludedCount(), 0);
    QTest::mouseClick(exclude, Qt::LeftButton);
    QCOMPARE(plan->effectiveCounts().inserted, 1);
    QCOMPARE(plan->effectiveCounts().skipped, 1);

    // Apply: exactly the plan shown, minus the excluded insert.
    QSignalSpy applied(preview, &PreviewWindow::applied);
    QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("applyPlanButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
    const auto report = applied.first().first().value<RunReport>();
    QCOMPARE(report.status, RunStatus::Succeeded);
    QCOMPARE(report.counts.inserted, 1);
    QCOMPARE(report.counts.updated, 1);
    QCOMPARE(report.counts.deleted, 1);
    QCOMPARE(tableRows(m_target, QStringLiteral("SELECT id, name, city FROM people ORDER BY id")),
             QStringList({QStringLiteral("1|Ann|Paris"), QStringLiteral("2|Bob|Oslo"), QStringLiteral("3|Cid|Rome")}));
    QVERIFY(preview->findChild<QLabel *>(QStringLiteral("previewMessageLabel"))->text().contains(u"Applied"));
    QVERIFY(!preview->findChild<QPushButton *>(QStringLiteral("applyPlanButton"))->isEnabled());

    // The log shows the run, batch by batch; the job list its last run.
    LogModel *log = w->runController()->logModel();
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > 0, 5000);
    bool batch = false;
    bool finished = false;
    for (int r = 0; r < log->rowCount(); ++r) {
        const LogEntry &e = log->entry(r);
        QCOMPARE(e.jobName, QStringLiteral("People copy"));
        batch = batch || (e.batch > 0 && e.message.contains(QStringLiteral("confirmed")));
        finished = finished || e.message.startsWith(QStringLiteral("Finished (succeeded)"));
    }
    QVERIFY(batch);
    QVERIFY(finished);
    JobListModel *jobs = w->jobModel();
    const int row = jobs->rowOfJob(QStringLiteral("people-copy"));
    QTRY_VERIFY_WITH_TIMEOUT(
        jobs->index(row, JobListModel::LastRunColumn).data().toString().startsWith(QStringLiteral("Succeeded")), 5000);
    QCOMPARE(jobs->index(row, JobListModel::ChangesColumn).data().toString(),
             QStringLiteral("1 inserted, 1 updated, 1 deleted, 1 unchanged, 1 skipped"));
    // … and zeros are left out.
    QCOMPARE(countsSummary(Counts{3, 0, 0, 7, 0, 0, 0}), QStringLiteral("3 inserted, 7 unchanged"));
    QCOMPARE(countsSummary(Counts{}), QStringLiteral("nothing to change"));
    preview->close();
}

void TestMainWindow::applyIsRefusedWhenTheTargetChanged()
{
    QVERIFY(!saveJob(job()).isEmpty());
    auto w = window();
    QVERIFY(w->selectJob(QStringLiteral("people-copy")));
    PreviewWindow *preview = w->previewJob();
    QTRY_VERIFY_WITH_TIMEOUT(preview->planModel()->plan() != nullptr, 20000);
    // Someone writes to the target after the preview.
    QVERIFY(runSql(m_target, {QStringLiteral("INSERT INTO people VALUES (9, 'Zed', 'Quito')")}));
    QSignalSpy applied(preview, &PreviewWindow::applied);
    preview->applyPlan();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
    QCOMPARE(applied.first().first().value<RunReport>().error->code, ErrorCode::TargetChanged);
    const QString message = preview->findChild<QLabel *>(QStringLiteral("previewMessageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("target changed")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Preview again")));
    QVERIFY(preview->findChild<QPushButton *>(QStringLiteral("previewAgainButton"))->isEnabled());
    // Nothing was written.
    QCOMPARE(tableRows(m_target, QStringLiteral("SELECT id FROM people ORDER BY id")),
             QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("9")}));
    preview->close();
}

void TestMainWindow::runNowShowsTheOutcome()
{
    QVERIFY(!saveJob(job()).isEmpty());
    auto w = window();
    QVERIFY(w->selectJob(QStringLiteral("people-copy")));
    QSignalSpy finished(w->runController(), &RunController::runFinished);
    w->runJob();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().at(1).value<RunReport>().status, RunStatus::Succeeded);
    QCOMPARE(tableRows(m_target, QStringLiteral("SELECT id FROM people ORDER BY id")),
             QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    // The same job again changes nothing.
    w->runJob();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(finished.last().at(1).value<RunReport>().counts.unchanged, 4);
    QCOMPARE(finished.last().at(1).value<RunReport>().counts.writes(), 0);

    // The history lists both runs, newest first, and the first run's batch.
    HistoryView *history = w->historyView();
    RunHistoryModel *runs = history->model();
    QAbstractItemModelTester tester(runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 2, 5000);
    QCOMPARE(runs->index(0, RunHistoryModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(runs->index(0, RunHistoryModel::UnchangedColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(runs->index(1, RunHistoryModel::InsertedColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(runs->index(1, RunHistoryModel::UpdatedColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(runs->index(1, RunHistoryModel::DeletedColumn).data().toString(), QStringLiteral("1"));
    auto *table = history->findChild<QTableView *>(QStringLiteral("runHistoryTableView"));
    table->selectRow(1);
    QVERIFY(history->batchTable()->rowCount() >= 1);
    qint64 confirmed = 0;
    for (int r = 0; r < history->batchTable()->rowCount(); ++r)
        confirmed += history->batchTable()->item(r, 1)->text().toLongLong();
    QCOMPARE(confirmed, 4);
}

void TestMainWindow::historyShowsTheRowsThatFailed()
{
    // Key 4 twice in the source (both rows are errors, never sent), and a target that refuses Cid: the batch
    // holding Cid fails whole, and the run stops.
    JobSpec j = job();
    j.sql.query = QStringLiteral("SELECT id, name, city FROM people UNION ALL SELECT 4, 'Dup', 'Nice'");
    QVERIFY(runSql(m_target, {QStringLiteral("DROP TABLE people"),
                              QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT CHECK (name <> "
                                             "'Cid'), city TEXT)"),
                              QStringLiteral("INSERT INTO people VALUES (1, 'Ann', 'Paris'), (2, 'Bob', 'Bergen')")}));
    QVERIFY(!saveJob(j).isEmpty());
    auto w = window();
    QVERIFY(w->selectJob(QStringLiteral("people-copy")));
    QSignalSpy finished(w->runController(), &RunController::runFinished);
    w->runJob();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const RunReport report = finished.first().at(1).value<RunReport>();
    QCOMPARE(report.status, RunStatus::Failed);
    QCOMPARE(report.counts.failed, 4); // 4 twice, and the batch of Bob's update and Cid's insert

    HistoryView *history = w->historyView();
    QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, 5000);
    history->findChild<QTableView *>(QStringLiteral("runHistoryTableView"))->selectRow(0);
    RunFailuresModel *failures = history->failures();
    QAbstractItemModelTester tester(failures, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(failures->rowCount(), 4);
    QCOMPARE(history->detailTabs()->tabText(1), QStringLiteral("Failed rows (4)"));
    QCOMPARE(history->detailTabs()->tabText(0), QStringLiteral("Batches (0)"));
    QStringList rows;
    for (int r = 0; r < failures->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < RunFailuresModel::ColumnCount - 1; ++c)
            cells << failures->index(r, c).data().toString();
        rows << cells.join(u'|');
    }
    QCOMPARE(rows, QStringList({QStringLiteral("4|Not sent|planned"), QStringLiteral("4|Not sent|planned"),
                                QStringLiteral("2|Update|1"), QStringLiteral("3|Insert|1")}));
    const QString duplicate = failures->index(0, RunFailuresModel::ReasonColumn).data().toString();
    QVERIFY2(duplicate.contains(QStringLiteral("2 times")), qPrintable(duplicate));
    const QString refused = failures->index(3, RunFailuresModel::ReasonColumn).data().toString();
    QVERIFY2(refused.contains(QStringLiteral("CHECK constraint")), qPrintable(refused));
    QCOMPARE(history->findChild<QLabel *>(QStringLiteral("runFailuresSummaryLabel"))->text(),
             QStringLiteral("4 row(s) failed."));
}

void TestMainWindow::schedulesRunAndPause()
{
    // A job due every second runs by itself while the window is open.
    JobSpec j = job();
    j.schedule.cron = QStringLiteral("* * * * * *");
    j.schedule.runOnStart = false;
    QVERIFY(!saveJob(j).isEmpty());
    {
        auto w = window();
        QSignalSpy finished(w->runController(), &RunController::runFinished);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
        QCOMPARE(finished.first().at(1).value<RunReport>().status, RunStatus::Succeeded);
        QCOMPARE(tableRows(m_target, QStringLiteral("SELECT id FROM people ORDER BY id")),
                 QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        JobListModel *jobs = w->jobModel();
        const int row = jobs->rowOfJob(QStringLiteral("people-copy"));
        QVERIFY2(jobs->index(row, JobListModel::ScheduleColumn).data().toString().contains(QStringLiteral("next:")),
                 qPrintable(jobs->index(row, JobListModel::ScheduleColumn).data().toString()));

        // Pause this job's schedule: said in the list, no more runs, and kept for the next session.
        QVERIFY(w->selectJob(QStringLiteral("people-copy")));
        auto *pauseJob = w->findChild<QAction *>(QStringLiteral("pauseJobAction"));
        QVERIFY(pauseJob->isEnabled());
        pauseJob->trigger();
        QVERIFY(w->scheduler()->isPaused(QStringLiteral("people-copy")));
        QVERIFY(jobs->index(row, JobListModel::ScheduleColumn).data().toString().endsWith(QStringLiteral("(paused)")));
        QTRY_VERIFY_WITH_TIMEOUT(w->runController()->activeCount() == 0, 20000);
        const int runs = finished.count();
        QTest::qWait(2200);
        QCOMPARE(finished.count(), runs);
    }
    {
        auto w = window();
        QVERIFY(w->scheduler()->isPaused(QStringLiteral("people-copy")));
        QVERIFY(w->selectJob(QStringLiteral("people-copy")));
        auto *pauseJob = w->findChild<QAction *>(QStringLiteral("pauseJobAction"));
        QVERIFY(pauseJob->isChecked());
        pauseJob->trigger(); // resumed
        QVERIFY(!w->scheduler()->isPaused(QStringLiteral("people-copy")));
        // Pause all: the same for every job, kept too.
        auto *pauseAll = w->findChild<QAction *>(QStringLiteral("pauseAllAction"));
        pauseAll->trigger();
        QVERIFY(w->scheduler()->allPaused());
        QSignalSpy started(w->runController(), &RunController::runStarted);
        QTest::qWait(2200);
        QCOMPARE(started.count(), 0);
    }
    auto w = window();
    QVERIFY(w->scheduler()->allPaused());
    QVERIFY(w->findChild<QAction *>(QStringLiteral("pauseAllAction"))->isChecked());
    w->findChild<QAction *>(QStringLiteral("pauseAllAction"))->trigger();
    QVERIFY(!w->scheduler()->allPaused());
}

void TestMainWindow::quitWaitsForRunsOrStopsThem()
{
    // A job writing to a Fliplet data source whose commits take a while to answer.
    const QString token = QStringLiteral("eu--quit-test-token-0123");
    FlipletEmulator emulator(token);
    emulator.addDataSource(77);
    QVERIFY(emulator.start());
    qputenv("FERRY_FLIPLET_API_URL", emulator.baseUrl().toUtf8());
    qputenv("FERRY_QUIT_TEST_TOKEN", token.toUtf8());
    JobSpec j = job();
    j.targetKind = TargetKind::Fliplet;
    j.fliplet.dataSourceId = QStringLiteral("77");
    j.fliplet.authToken.reference = QStringLiteral("env:FERRY_QUIT_TEST_TOKEN");
    j.fliplet.batchRows = 1;
    QVERIFY(!saveJob(j).isEmpty());
    FlipletEmulator::Fault slow;
    slow.delayMs = 700;
    for (int i = 0; i < 4; ++i)
        emulator.queueFault(QStringLiteral("commit"), slow);

    ScriptedPrompts prompts;
    auto w = window();
    QVERIFY(w->selectJob(QStringLiteral("people-copy")));
    QSignalSpy finished(w->runController(), &RunController::runFinished);
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);

    // Cancel: nothing stops.
    w->runJob();
    QTRY_VERIFY_WITH_TIMEOUT(emulator.commitCount() >= 1, 20000);
    prompts.chooseAnswer = -1;
    QVERIFY(!w->close());
    QCOMPARE(prompts.offered, QStringList({QStringLiteral("Finish, then quit"), QStringLiteral("Stop them and quit")}));
    QVERIFY(prompts.asked.last().contains(QStringLiteral("1 job(s) are writing")));
    QCOMPARE(w->runController()->activeCount(), 1);

    // Finish, then quit: the run ends on its own (every row written), then the window closes.
    prompts.chooseAnswer = 0;
    QVERIFY(!w->close());
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("Finishing 1 run(s)")));
    // Meanwhile nothing new starts.
    JobSpec other = job();
    other.id = QStringLiteral("other");
    QString why;
    QVERIFY(!w->runController()->run(other, &why));
    QVERIFY2(why.contains(QStringLiteral("quitting")), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).value<RunReport>().status, RunStatus::Succeeded);
    QCOMPARE(emulator.entries(77).size(), size_t(4));
    QTRY_VERIFY(!w->isVisible());
    qunsetenv("FERRY_FLIPLET_API_URL");
}

void TestMainWindow::deleteAsksAndKeepsTheFile()
{
    const QString path = saveJob(job());
    auto w = window();
    ScriptedPrompts prompts;
    QVERIFY(w->selectJob(QStringLiteral("people-copy")));
    prompts.confirmAnswer = false;
    w->deleteJob();
    QCOMPARE(prompts.asked.size(), 1);
    QVERIFY(prompts.asked.first().contains(QStringLiteral("People copy")));
    QVERIFY(QFile::exists(path));
    prompts.confirmAnswer = true;
    w->deleteJob();
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(m_jobs + QStringLiteral("/.deleted/") + QFileInfo(path).fileName()));
    QCOMPARE(w->jobModel()->rowCount(), 0);
}

void TestMainWindow::duplicateAndExport()
{
    saveJob(job());
    auto w = window();
    ScriptedPrompts prompts;
    QVERIFY(w->selectJob(QStringLiteral("people-copy")));
    w->duplicateJob();
    JobListModel *model = w->jobModel();
    QCOMPARE(model->rowCount(), 2);
    const int copyRow = model->rowOfJob(QStringLiteral("people-copy-copy"));
    QVERIFY(copyRow >= 0);
    QCOMPARE(model->entry(copyRow).loaded->job.name, QStringLiteral("People copy (copy)"));

    // Export everything: the files load back as the same jobs.
    const QString out = m_dir->filePath(QStringLiteral("export"));
    QVERIFY(QDir().mkpath(out));
    prompts.directory = out;
    w->jobView()->clearSelection();
    w->exportJobs();
    QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(u'\n')));
    for (int row = 0; row < model->rowCount(); ++row) {
        const JobStoreEntry &e = model->entry(row);
        auto loaded = loadJobFile(QDir(out).filePath(QFileInfo(e.path).fileName()));
        QVERIFY(loaded);
        QVERIFY(loaded->job.sameAs(e.loaded->job));
    }
    // Exporting again asks before replacing.
    prompts.confirmAnswer = false;
    w->exportJobs();
    QCOMPARE(prompts.asked.size(), 1);
    QVERIFY(prompts.asked.first().contains(QStringLiteral("Replace")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
