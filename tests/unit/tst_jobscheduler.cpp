// The desktop's scheduler over real job files, a real state store and real runs: a job due every second
// runs again and again through the RunController (recorded in the history, never two at once); a job whose
// time passed while Ferry was closed runs once at start and the log says why; pause all stops the runs.
#include "sqlitefiles.h"

#include "job/jobstore.h"
#include "joblistmodel.h"
#include "jobscheduler.h"
#include "logmodel.h"
#include "runcontroller.h"
#include "store/statestore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

class TestJobScheduler : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void runsJobsOnTheirSchedule();
    void catchesUpWhatWasMissedWhileClosed();
    void pauseAllStopsTheRuns();

private:
    JobSpec job(const QString &cron) const;
    QStringList logMessages(RunController &runs) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_jobs, m_state, m_source, m_target;
};

void TestJobScheduler::init()
{
    registerRunMetaTypes();
    m_dir = std::make_unique<QTemporaryDir>();
    m_jobs = m_dir->filePath(QStringLiteral("jobs"));
    m_state = m_dir->filePath(QStringLiteral("state"));
    m_source = m_dir->filePath(QStringLiteral("source.sqlite"));
    m_target = m_dir->filePath(QStringLiteral("target.sqlite"));
    QVERIFY(runSql(m_source, {QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)"),
                              QStringLiteral("INSERT INTO people VALUES (1, 'Ann'), (2, 'Bob')")}));
}

JobSpec TestJobScheduler::job(const QString &cron) const
{
    JobSpec j;
    j.id = QStringLiteral("people");
    j.name = QStringLiteral("People");
    j.sql.driver = QStringLiteral("sqlite");
    j.sql.host = m_source;
    j.sql.query = QStringLiteral("SELECT id, name FROM people");
    j.targetKind = TargetKind::Sqlite;
    j.sqlite.path = m_target;
    j.sqlite.table = QStringLiteral("people");
    j.sqlite.createTable = true;
    j.rules.keyColumns = {QStringLiteral("id")};
    j.schedule.cron = cron;
    j.schedule.runOnStart = false;
    return j;
}

QStringList TestJobScheduler::logMessages(RunController &runs) const
{
    runs.drainNow();
    QStringList out;
    for (int r = 0; r < runs.logModel()->rowCount(); ++r)
        out << runs.logModel()->entry(r).message;
    return out;
}

void TestJobScheduler::runsJobsOnTheirSchedule()
{
    QVERIFY(JobStore(m_jobs).save(job(QStringLiteral("* * * * * *"))));
    RunController runs(m_state);
    JobListModel jobs(m_jobs, &runs);
    QSignalSpy started(&runs, &RunController::runStarted);
    QSignalSpy finished(&runs, &RunController::runFinished);
    JobScheduler scheduler(&jobs, &runs);
    scheduler.start();
    QVERIFY(scheduler.nextRun(QStringLiteral("people")).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, 20000);
    for (const QList<QVariant> &f : std::as_const(finished))
        QCOMPARE(f.at(1).value<RunReport>().status, RunStatus::Succeeded);
    QCOMPARE(tableRows(m_target, QStringLiteral("SELECT id, name FROM people ORDER BY id")),
             QStringList({QStringLiteral("1|Ann"), QStringLiteral("2|Bob")}));
    const QStringList log = logMessages(runs);
    QVERIFY2(log.filter(QStringLiteral("Starting the run scheduled for")).size() >= 3, qPrintable(log.join(u'\n')));
    // The scheduler never tried to start the job while it ran (the run controller would have refused it).
    QVERIFY2(log.filter(QStringLiteral("could not start")).isEmpty(), qPrintable(log.join(u'\n')));
    // Recorded like any run.
    auto store = StateStore::open(m_state);
    QVERIFY(store);
    QVERIFY((*store)->runs(QStringLiteral("people"))->size() >= 3);
}

void TestJobScheduler::catchesUpWhatWasMissedWhileClosed()
{
    QVERIFY(JobStore(m_jobs).save(job(QStringLiteral("0 3 * * *"))));
    {
        // The job last ran two days ago (at 03:00), then Ferry was closed.
        auto store = StateStore::open(m_state);
        QVERIFY(store);
        auto lease = (*store)->acquireLease(QStringLiteral("people"));
        QVERIFY(lease);
        auto run = (*store)->beginRun(**lease);
        QVERIFY(run);
        QVERIFY((*store)->finishRun(*run, QStringLiteral("succeeded"), Counts{}, {}));
        const QDateTime twoDaysAgo(QDate::currentDate().addDays(-2), QTime(3, 0, 1));
        QVERIFY(runSql(
            (*store)->databasePath(),
            {QStringLiteral("UPDATE runs SET started_at = '%1'").arg(twoDaysAgo.toUTC().toString(Qt::ISODateWithMs))}));
    }
    RunController runs(m_state);
    JobListModel jobs(m_jobs, &runs);
    QSignalSpy finished(&runs, &RunController::runFinished);
    JobScheduler scheduler(&jobs, &runs);
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().at(1).value<RunReport>().counts.inserted, 2);
    const QStringList log = logMessages(runs);
    QVERIFY2(!log.filter(QStringLiteral("missed while Ferry was not running")).isEmpty(), qPrintable(log.join(u'\n')));
    // One catch-up, however many times were missed.
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
}

void TestJobScheduler::pauseAllStopsTheRuns()
{
    QVERIFY(JobStore(m_jobs).save(job(QStringLiteral("* * * * * *"))));
    RunController runs(m_state);
    JobListModel jobs(m_jobs, &runs);
    QSignalSpy started(&runs, &RunController::runStarted);
    JobScheduler scheduler(&jobs, &runs);
    scheduler.setAllPaused(true); // kept from the last session: set before the start
    scheduler.start();
    QVERIFY(!scheduler.nextRun(QStringLiteral("people")).isValid());
    QTest::qWait(2500);
    QCOMPARE(started.count(), 0);
    QVERIFY(
        logMessages(runs).contains(QStringLiteral("Schedules paused: no job runs by itself until they are resumed.")));
    scheduler.setAllPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() >= 1, 20000);
    // One job paused: the same.
    QSignalSpy finished(&runs, &RunController::runFinished);
    QTRY_VERIFY_WITH_TIMEOUT(runs.activeCount() == 0, 20000);
    scheduler.setPaused(QStringLiteral("people"), true);
    const int before = started.count();
    QTest::qWait(2000);
    QCOMPARE(started.count(), before);
}

QTEST_GUILESS_MAIN(TestJobScheduler)
#include "tst_jobscheduler.moc"
