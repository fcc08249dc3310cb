// The desktop's item models without a window: each passes QAbstractItemModelTester while it changes; the
// log stays bounded and filters; the event queue hands over in batches and says what it dropped; the plan
// model filters (on a worker thread for large plans), excludes and recounts; the job list follows its folder.
#include "sqlitefiles.h"

#include "eventqueue.h"
#include "job/jobstore.h"
#include "joblistmodel.h"
#include "logmodel.h"
#include "planmodel.h"
#include "runcontroller.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {

LogEntry entry(QtMsgType level, const QString &job, const QString &message)
{
    LogEntry e;
    e.time = QDateTime::currentDateTime();
    e.level = level;
    e.jobId = job;
    e.jobName = job;
    e.message = message;
    return e;
}

} // namespace

class TestDesktopModels : public QObject
{
    Q_OBJECT
private slots:
    void logModelIsBounded();
    void logFilterBySeverityJobAndText();
    void eventQueueBatchesAndDropsWithANote();
    void eventQueueTracksProgress();
    void planModelFiltersExcludesAndRecounts();
    void planModelSearchesLargePlansOffThread();
    void jobListFollowsTheFolder();

private:
    std::shared_ptr<const Plan> preparePlan(QTemporaryDir &dir, int rows);
};

void TestDesktopModels::logModelIsBounded()
{
    LogModel log(5);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<LogEntry> batch;
    for (int i = 0; i < 3; ++i)
        batch.push_back(entry(QtInfoMsg, QStringLiteral("a"), QString::number(i)));
    log.append(batch);
    QCOMPARE(log.rowCount(), 3);
    batch.clear();
    for (int i = 3; i < 10; ++i)
        batch.push_back(entry(QtInfoMsg, QStringLiteral("a"), QString::number(i)));
    log.append(batch);
    // The newest five stay, oldest first.
    QCOMPARE(log.rowCount(), 5);
    QCOMPARE(log.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("5"));
    QCOMPARE(log.index(4, LogModel::MessageColumn).data().toString(), QStringLiteral("9"));
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void TestDesktopModels::logFilterBySeverityJobAndText()
{
    LogModel log;
    LogFilterModel filter;
    filter.setSourceModel(&log);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.append({entry(QtDebugMsg, QStringLiteral("a"), QStringLiteral("detail")),
                entry(QtInfoMsg, QStringLiteral("a"), QStringLiteral("Batch 1 confirmed")),
                entry(QtWarningMsg, QStringLiteral("b"), QStringLiteral("retry in 2 s")),
                entry(QtCriticalMsg, QStringLiteral("b"), QStringLiteral("row 7 refused"))});
    QCOMPARE(filter.rowCount(), 3); // information and above by default
    filter.setMinimumSeverity(2);
    QCOMPARE(filter.rowCount(), 2);
    filter.setMinimumSeverity(0);
    filter.setJobId(QStringLiteral("a"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setJobId(QString());
    filter.setSearchText(QStringLiteral("ROW 7"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, LogModel::LevelColumn).data().toString(), QStringLiteral("Error"));
    // New entries pass the same filter as they arrive.
    log.append({entry(QtInfoMsg, QStringLiteral("c"), QStringLiteral("row 7 again"))});
    QCOMPARE(filter.rowCount(), 2);
}

void TestDesktopModels::eventQueueBatchesAndDropsWithANote()
{
    EventQueue queue(10);
    RunTag tag{QStringLiteral("job"), QStringLiteral("Job"), 7};
    for (int i = 0; i < 25; ++i)
        queue.logged(tag, LogEvent{QtInfoMsg, QStringLiteral("ferry"), QString::number(i)});
    EventQueue::Drained d = queue.drain();
    QCOMPARE(d.entries.size(), size_t(10));
    QCOMPARE(d.entries.front().message, QStringLiteral("0"));
    QCOMPARE(d.entries.front().runId, 7);
    QVERIFY(d.entries.back().message.contains(QStringLiteral("not shown"))); // the last slot says so
    QCOMPARE(d.entries.back().level, QtWarningMsg);
    QCOMPARE(d.dropped, 16);
    // The next batch starts afresh.
    queue.logged(tag, LogEvent{QtInfoMsg, QStringLiteral("ferry"), QStringLiteral("after")});
    d = queue.drain();
    QCOMPARE(d.entries.size(), size_t(1));
    QCOMPARE(d.dropped, 0);
}

void TestDesktopModels::eventQueueTracksProgress()
{
    EventQueue queue;
    RunTag tag{QStringLiteral("job"), QStringLiteral("Job"), 3};
    queue.phaseChanged(tag, RunPhase::Reading, 100);
    queue.phaseChanged(tag, RunPhase::Reading, 200); // progress only, no second log line
    queue.phaseChanged(tag, RunPhase::Applying, 50);
    queue.batchSending(tag, BatchSendingEvent{1, 25});
    QCOMPARE(queue.drain().progress.value(QStringLiteral("job")).sent, 25); // sent, not yet confirmed
    BatchEvent batch;
    batch.changes = {0, 1, 2};
    batch.progress.inserted = 20;
    batch.progress.updated = 5;
    queue.batchCommitted(tag, batch);
    queue.batchSending(tag, BatchSendingEvent{2, 25});
    queue.rowFailed(tag, RowErrorEvent{4, QStringLiteral("k4"), QStringLiteral("refused")});
    const EventQueue::Drained d = queue.drain();
    QCOMPARE(d.entries.size(), size_t(2)); // batch 1, row error (reading and applying were drained above)
    QCOMPARE(d.entries[0].batch, 1);
    QCOMPARE(d.entries[1].key, QStringLiteral("k4"));
    QCOMPARE(d.entries[1].batch, 2); // the batch being written when it failed
    const RunProgress p = d.progress.value(QStringLiteral("job"));
    QCOMPARE(p.phase, RunPhase::Applying);
    QCOMPARE(p.planned, 50);
    QCOMPARE(p.done(), 25);
    QCOMPARE(p.sent, 50);
    QCOMPARE(p.batches, 1);
    QCOMPARE(p.runId, 3);
}

std::shared_ptr<const Plan> TestDesktopModels::preparePlan(QTemporaryDir &dir, int rows)
{
    const QString source = dir.filePath(QStringLiteral("s.sqlite"));
    const QString target = dir.filePath(QStringLiteral("t.sqlite"));
    QStringList inserts{QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT)"), QStringLiteral("BEGIN")};
    for (int i = 1; i <= rows; ++i)
        inserts.append(QStringLiteral("INSERT INTO p VALUES (%1, 'name %1')").arg(i));
    inserts.append(QStringLiteral("COMMIT"));
    if (!runSql(source, inserts))
        return nullptr;
    // The target has rows 1 and 2 (2 differs) and 0 (not in the source).
    if (!runSql(target, {QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT)"),
                         QStringLiteral("INSERT INTO p VALUES (0, 'zero'), (1, 'name 1'), (2, 'old')")}))
        return nullptr;
    JobSpec job;
    job.id = QStringLiteral("plan-model");
    job.name = job.id;
    job.sql.driver = QStringLiteral("sqlite");
    job.sql.host = source;
    job.sql.query = QStringLiteral("SELECT id, name FROM p");
    job.targetKind = TargetKind::Sqlite;
    job.sqlite.path = target;
    job.sqlite.table = QStringLiteral("p");
    job.rules.mode = SyncMode::Replace;
    job.rules.keyColumns = {QStringLiteral("id")};
    RunOptions options;
    options.stateDir = dir.filePath(QStringLiteral("state"));
    auto prepared = PreparedRun::prepare(job, options);
    return prepared->plan();
}

void TestDesktopModels::planModelFiltersExcludesAndRecounts()
{
    QTemporaryDir dir;
    const auto plan = preparePlan(dir, 5);
    QVERIFY(plan);
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan);
    // 3, 4, 5 inserted; 2 updated; 0 deleted; 1 unchanged (counted only).
    QCOMPARE(model.rowCount(), 5);
    model.setActionShown(ChangeAction::Insert, false);
    QCOMPARE(model.rowCount(), 2);
    model.setActionShown(ChangeAction::Insert, true);
    model.setSearchText(QStringLiteral("NAME 4"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PlanModel::KeyColumn).data().toString(), QStringLiteral("4"));
    // Exclude it through its check box: the counts follow.
    QVERIFY(model.setData(model.index(0, PlanModel::ApplyColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.excludedCount(), 1);
    QCOMPARE(model.effectiveCounts().inserted, 2);
    QCOMPARE(model.effectiveCounts().skipped, 1);
    QCOMPARE(model.index(0, PlanModel::ReasonColumn).data().toString(), QStringLiteral("excluded from this run"));
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(), 5);
    // The update names its changed field.
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, PlanModel::ActionColumn).data() == QStringLiteral("Update"))
            QCOMPARE(model.index(r, PlanModel::FieldsColumn).data().toString(), QStringLiteral("name"));
    // A delete can be excluded; an unchecked box checked again includes it.
    const int deleteRow = model.rowCount() - 1;
    QCOMPARE(model.index(deleteRow, PlanModel::ActionColumn).data().toString(), QStringLiteral("Delete"));
    model.setExcluded(QModelIndexList{model.index(deleteRow, 0)}, true);
    QCOMPARE(model.effectiveCounts().deleted, 0);
    QCOMPARE(model.excluded().size(), size_t(2));
    model.setExcluded(QModelIndexList{model.index(deleteRow, 0)}, false);
    QCOMPARE(model.effectiveCounts().deleted, 1);
}

void TestDesktopModels::planModelSearchesLargePlansOffThread()
{
    QTemporaryDir dir;
    const auto plan = preparePlan(dir, 3000);
    QVERIFY(plan);
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSynchronousLimit(100);
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 3000); // 2998 inserts, an update, a delete
    QSignalSpy busy(&model, &PlanModel::filteringChanged);
    model.setSearchText(QStringLiteral("name 2999"));
    QVERIFY(model.isFiltering());
    model.setSearchText(QStringLiteral("name 29")); // while the first search runs: the last one wins
    QTRY_VERIFY(!model.isFiltering());
    QVERIFY(busy.count() >= 2);
    QCOMPARE(busy.last().first().toBool(), false);
    // 29, 290–299, 2900–2999
    QCOMPARE(model.rowCount(), 1 + 10 + 100);
}

void TestDesktopModels::jobListFollowsTheFolder()
{
    QTemporaryDir dir;
    const QString jobs = dir.filePath(QStringLiteral("jobs"));
    RunController runs(dir.filePath(QStringLiteral("state")));
    JobListModel model(jobs, &runs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    JobSpec job;
    job.id = QStringLiteral("one");
    job.name = QStringLiteral("One");
    job.sql.driver = QStringLiteral("sqlite");
    job.sql.host = dir.filePath(QStringLiteral("s.sqlite"));
    job.sql.query = QStringLiteral("SELECT 1 AS id");
    job.targetKind = TargetKind::Sqlite;
    job.sqlite.path = dir.filePath(QStringLiteral("t.sqlite"));
    job.sqlite.table = QStringLiteral("t");
    job.rules.keyColumns = {QStringLiteral("id")};
    const auto first = model.store().save(job);
    QVERIFY(first);
    QTRY_COMPARE(model.rowCount(), 1);
    job.id = QStringLiteral("two");
    job.name = QStringLiteral("Two");
    QVERIFY(model.store().save(job));
    QTRY_COMPARE(model.rowCount(), 2);
    // Rows keep their place: "One" is still row 0 after the reload.
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("One"));
    QVERIFY(model.store().remove(*first));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Two"));
    QCOMPARE(model.jobIds(), QStringList{QStringLiteral("two")});
}

QTEST_GUILESS_MAIN(TestDesktopModels)
#include "tst_desktopmodels.moc"
