// Prepare, then apply the same plan: exclusions, a target that changed meanwhile, the delete safeguard,
// run events and cancel, with a SQLite source and a SQLite target; exclusions keeping a module source's nextSync
// (real Node.js, tests/data/modules/changelog.js).
#include "connectors/moduleconnection.h"
#include "core/backgroundthreads.h"
#include "run/modulecursorstore.h"
#include "run/preparedrun.h"
#include "store/statestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <mutex>
#include <thread>

using namespace Ferry;

namespace {

// Runs SQL on a database file through a connection of its own.
void sql(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("setup-%1").arg(reinterpret_cast<quintptr>(&statements));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList names(const QString &file)
{
    QStringList out;
    const QString name = QStringLiteral("read-names");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM people ORDER BY id"));
        while (q.next())
            out.append(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Records every event, from whichever thread it comes.
class Recorder final : public RunObserver
{
public:
    void phaseChanged(const RunTag &tag, RunPhase phase, qint64) override
    {
        std::lock_guard lock(mutex);
        phases.append(runPhaseName(phase));
        tags.append(tag);
    }
    void batchSending(const RunTag &, const BatchSendingEvent &event) override
    {
        std::lock_guard lock(mutex);
        sending.push_back(event);
    }
    void batchCommitted(const RunTag &tag, const BatchEvent &event) override
    {
        std::lock_guard lock(mutex);
        batches.push_back(event);
        tags.append(tag);
    }
    void rowFailed(const RunTag &, const RowErrorEvent &event) override
    {
        std::lock_guard lock(mutex);
        rowErrors.push_back(event);
    }
    void logged(const RunTag &tag, const LogEvent &event) override
    {
        std::lock_guard lock(mutex);
        logs.append(event.message);
        tags.append(tag);
    }

    std::mutex mutex;
    QStringList phases;
    QList<RunTag> tags;
    std::vector<BatchSendingEvent> sending;
    std::vector<BatchEvent> batches;
    std::vector<RowErrorEvent> rowErrors;
    QStringList logs;
};

} // namespace

class TestPreparedRun : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void applyRunsThePreparedPlan();
    void excludedChangesAreNotWritten();
    void excludedChangesKeepTheModuleSourcesNextSync();
    void targetChangedSinceThePlanIsRefused();
    void safeguardConfirmsThisPlanOnly();
    void applyTwiceIsRefused();
    void eventsAreTaggedWithJobAndRun();
    void rowErrorsAreReported();
    void refusedBatchRowsAreKeptInHistory();
    void cancelInterruptsALongSourceQuery();
    void failedPreparationIsRecorded();
    void tableCreatedAfterThePreviewIsNoticed();
    void previewOfANewTargetWritesNothing();
    void valuesNamedByRowAndColumn();

private:
    JobSpec job(const QString &query = QStringLiteral("SELECT id, name FROM people")) const
    {
        JobSpec j;
        j.id = QStringLiteral("prepared-test");
        j.name = QStringLiteral("Prepared test");
        j.sql.driver = QStringLiteral("sqlite");
        j.sql.host = m_source;
        j.sql.query = query;
        j.targetKind = TargetKind::Sqlite;
        j.sqlite.path = m_target;
        j.sqlite.table = QStringLiteral("people");
        j.sqlite.createTable = true;
        j.sqlite.batchRows = 2;
        j.rules.mode = SyncMode::Replace;
        j.rules.keyColumns = {QStringLiteral("id")};
        return j;
    }
    RunOptions options(RunObserver *observer = nullptr, const std::atomic_bool *cancel = nullptr) const
    {
        RunOptions o;
        o.stateDir = m_dir->filePath(QStringLiteral("state"));
        o.observer = observer;
        o.cancel = cancel;
        return o;
    }
    // Source rows 1..n named s1..sn; the target as given.
    void setUp(int sourceRows, const QStringList &targetRows)
    {
        QStringList src{QStringLiteral("DROP TABLE IF EXISTS people"),
                        QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)")};
        for (int i = 1; i <= sourceRows; ++i)
            src.append(QStringLiteral("INSERT INTO people VALUES (%1, 's%1')").arg(i));
        sql(m_source, src);
        QStringList dst{QStringLiteral("DROP TABLE IF EXISTS people"),
                        QStringLiteral("CREATE TABLE people (id INTEGER, name TEXT)")};
        for (const QString &row : targetRows)
            dst.append(QStringLiteral("INSERT INTO people VALUES (%1)").arg(row));
        sql(m_target, dst);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source, m_target;
};

void TestPreparedRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = m_dir->filePath(QStringLiteral("source.sqlite"));
    m_target = m_dir->filePath(QStringLiteral("target.sqlite"));
}

void TestPreparedRun::applyRunsThePreparedPlan()
{
    setUp(3, {QStringLiteral("2, 'old'"), QStringLiteral("9, 'orphan'")});
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY2(prepared->plan(), qPrintable(prepared->report().error->toString()));
    const Plan &plan = *prepared->plan();
    QCOMPARE(plan.counts.inserted, 2);
    QCOMPARE(plan.counts.updated, 1);
    QCOMPARE(plan.counts.deleted, 1);
    QCOMPARE(names(m_target), (QStringList{QStringLiteral("old"), QStringLiteral("orphan")})); // nothing written

    // The plan's details are computed on demand, from the rows it keeps.
    const auto update = std::find_if(plan.changes.begin(), plan.changes.end(),
                                     [](const Change &c) { return c.action == ChangeAction::Update; });
    QCOMPARE(plan.key(*update), QStringLiteral("2"));
    const QList<FieldChange> fields = plan.fieldChanges(*update);
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields[0].before, QVariant(QStringLiteral("old")));
    QCOMPARE(fields[0].after, QVariant(QStringLiteral("s2")));

    const RunReport report = prepared->apply(ApplyOptions{});
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.status, RunStatus::Succeeded);
    QCOMPARE(report.counts.inserted, 2);
    QCOMPARE(report.counts.updated, 1);
    QCOMPARE(report.counts.deleted, 1);
    QVERIFY(report.runId > 0);
    QCOMPARE(names(m_target), (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
}

void TestPreparedRun::excludedChangesAreNotWritten()
{
    setUp(5, {QStringLiteral("9, 'orphan'")});
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY(prepared->plan());
    const Plan &plan = *prepared->plan();
    std::vector<qint64> excluded;
    for (size_t i = 0; i < plan.changes.size(); ++i) {
        const QString key = plan.key(plan.changes[i]);
        if (key == u"2" || key == u"4" || key == u"9")
            excluded.push_back(static_cast<qint64>(i));
    }
    QCOMPARE(excluded.size(), size_t(3));
    const auto preview = prepared->planFor(excluded);
    QCOMPARE(preview->counts.inserted, 3);
    QCOMPARE(preview->counts.deleted, 0);
    QCOMPARE(preview->counts.skipped, 3);
    QCOMPARE(preview->reason(preview->changes[static_cast<size_t>(excluded[0])]),
             QStringLiteral("excluded from this run"));

    ApplyOptions apply;
    apply.excluded = excluded;
    const RunReport report = prepared->apply(apply);
    QVERIFY(!report.error);
    QCOMPARE(report.counts.inserted, 3);
    QCOMPARE(report.counts.deleted, 0);
    QCOMPARE(report.counts.skipped, 3);
    QCOMPARE(names(m_target),
             (QStringList{QStringLiteral("s1"), QStringLiteral("s3"), QStringLiteral("s5"), QStringLiteral("orphan")}));
}

void TestPreparedRun::excludedChangesKeepTheModuleSourcesNextSync()
{
    // A module source gives only what changed since nextSync: a change the user excluded in the preview must be
    // read again by the next run, so nextSync stays where it was.
    const QString feed = m_dir->filePath(QStringLiteral("feed.json"));
    {
        QJsonArray entries;
        for (int i = 1; i <= 3; ++i)
            entries.append(QJsonObject{
                {QStringLiteral("id"), i},
                {QStringLiteral("type"), QStringLiteral("upsert")},
                {QStringLiteral("value"),
                 QJsonObject{{QStringLiteral("code"), i}, {QStringLiteral("name"), QStringLiteral("s%1").arg(i)}}}});
        QFile f(feed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("null"), QJsonObject{{QStringLiteral("nextSync"), 1},
                                                                               {QStringLiteral("entries"), entries}}}})
                    .toJson());
    }
    JobSpec j;
    j.id = QStringLiteral("module-excluded");
    j.name = QStringLiteral("Module excluded");
    j.sourceKind = SourceKind::Module;
    j.moduleSource.file = QStringLiteral(FERRY_SOURCE_DIR "/tests/data/modules/changelog.js");
    j.moduleSource.account = {{QStringLiteral("path"), feed}};
    j.targetKind = TargetKind::Sqlite;
    j.sqlite.path = m_target;
    j.sqlite.table = QStringLiteral("items");
    j.sqlite.createTable = true;
    j.rules.mode = SyncMode::Update;
    j.rules.keyColumns = {QStringLiteral("code")};
    const ModuleCursorStore cursor(m_dir->filePath(QStringLiteral("state")), j.id);
    const QString file = j.moduleSource.file;
    const QString account = ModuleConnection::accountFingerprint(j.moduleSource);

    auto prepared = PreparedRun::prepare(j, options());
    QVERIFY2(prepared->plan(), qPrintable(prepared->report().error->toString()));
    QCOMPARE(prepared->plan()->counts.inserted, 3);
    std::vector<qint64> excluded;
    for (size_t i = 0; i < prepared->plan()->changes.size(); ++i)
        if (prepared->plan()->key(prepared->plan()->changes[i]) == u"2")
            excluded.push_back(static_cast<qint64>(i));
    QCOMPARE(excluded.size(), size_t(1));
    ApplyOptions apply;
    apply.excluded = excluded;
    const RunReport report = prepared->apply(apply);
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.status, RunStatus::Succeeded);
    QCOMPARE(report.counts.inserted, 2);
    QCOMPARE(report.counts.skipped, 1);
    QVERIFY2(report.warnings.join(u'\n').contains(QStringLiteral("nextSync) is not advanced: 1 change(s) were "
                                                                 "excluded from this run")),
             qPrintable(report.warnings.join(u'\n')));
    auto kept = cursor.load(file, account);
    QVERIFY(kept);
    QCOMPARE(*kept, QJsonValue(QJsonValue::Null));

    // The next run reads the same changes again: the excluded one is written now, and nextSync advances.
    auto next = PreparedRun::prepare(j, options());
    QVERIFY2(next->plan(), qPrintable(next->report().error->toString()));
    QCOMPARE(next->plan()->counts.inserted, 1);
    QCOMPARE(next->plan()->counts.unchanged, 2);
    const RunReport all = next->apply(ApplyOptions{});
    QCOMPARE(all.status, RunStatus::Succeeded);
    kept = cursor.load(file, account);
    QVERIFY(kept);
    QCOMPARE(*kept, QJsonValue(1));
}

void TestPreparedRun::targetChangedSinceThePlanIsRefused()
{
    setUp(3, {QStringLiteral("1, 's1'")});
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY(prepared->plan());
    QCOMPARE(prepared->plan()->counts.inserted, 2);
    sql(m_target, {QStringLiteral("UPDATE people SET name = 'edited elsewhere' WHERE id = 1")});

    const RunReport report = prepared->apply(ApplyOptions{});
    QVERIFY(report.error);
    QCOMPARE(report.error->code, ErrorCode::TargetChanged);
    QVERIFY(report.error->message.contains(QStringLiteral("preview")));
    QCOMPARE(report.status, RunStatus::Failed);
    QCOMPARE(names(m_target), QStringList{QStringLiteral("edited elsewhere")}); // nothing written
    auto store = StateStore::open(m_dir->filePath(QStringLiteral("state")));
    QVERIFY(store);
    auto runs = (*store)->runs(QStringLiteral("prepared-test"));
    QVERIFY(runs);
    QCOMPARE(runs->back().status, QStringLiteral("failed"));
}

void TestPreparedRun::safeguardConfirmsThisPlanOnly()
{
    // The plan deletes 4 of 5 target rows: held.
    setUp(1, {QStringLiteral("1, 's1'"), QStringLiteral("2, 'b'"), QStringLiteral("3, 'c'"), QStringLiteral("4, 'd'"),
              QStringLiteral("5, 'e'")});
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY(prepared->plan());
    QVERIFY(prepared->plan()->held);
    RunReport held = prepared->apply(ApplyOptions{});
    QCOMPARE(held.status, RunStatus::Held);
    QCOMPARE(names(m_target).size(), 5);

    // A confirmation given for a plan does not carry over to what the target holds by the time it is applied.
    auto second = PreparedRun::prepare(job(), options());
    QVERIFY(second->plan() && second->plan()->held);
    sql(m_target, {QStringLiteral("INSERT INTO people VALUES (6, 'added later')")});
    ApplyOptions confirmed;
    confirmed.confirmedDeletes = second->planFor({})->counts.deleted;
    RunReport refused = second->apply(confirmed);
    QVERIFY(refused.error);
    QCOMPARE(refused.error->code, ErrorCode::TargetChanged);
    QCOMPARE(names(m_target).size(), 6);

    // Excluding the deletes lifts the hold without a confirmation.
    auto third = PreparedRun::prepare(job(), options());
    std::vector<qint64> deletes;
    for (size_t i = 0; i < third->plan()->changes.size(); ++i)
        if (third->plan()->changes[i].action == ChangeAction::Delete)
            deletes.push_back(static_cast<qint64>(i));
    QCOMPARE(deletes.size(), size_t(5));
    QVERIFY(!third->planFor(deletes)->held);

    // A confirmation of another number of deletes (other exclusions, another plan) does not count; the
    // refusal writes nothing, and the same plan can then be confirmed and applied.
    auto fourth = PreparedRun::prepare(job(), options());
    QVERIFY(fourth->plan()->held);
    ApplyOptions wrongCount;
    wrongCount.confirmedDeletes = fourth->plan()->counts.deleted - 1;
    QCOMPARE(fourth->apply(wrongCount).status, RunStatus::Held);
    QCOMPARE(names(m_target).size(), 6);
    ApplyOptions right;
    right.confirmedDeletes = fourth->plan()->counts.deleted;
    RunReport applied = fourth->apply(right);
    QVERIFY2(!applied.error, qPrintable(applied.error ? applied.error->toString() : QString()));
    QCOMPARE(applied.counts.deleted, 5);
    QCOMPARE(names(m_target), QStringList{QStringLiteral("s1")});
}

void TestPreparedRun::applyTwiceIsRefused()
{
    setUp(2, {});
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY(!prepared->apply(ApplyOptions{}).error);
    const RunReport again = prepared->apply(ApplyOptions{});
    QVERIFY(again.error);
    QVERIFY(again.error->message.contains(QStringLiteral("applied already")));
    QCOMPARE(names(m_target).size(), 2);

    // Applying on another thread than the one that prepared is refused too.
    auto other = PreparedRun::prepare(job(), options());
    RunReport fromThread;
    std::thread([&] { fromThread = other->apply(ApplyOptions{}); }).join();
    QVERIFY(fromThread.error);
    QCOMPARE(fromThread.error->code, ErrorCode::Internal);
}

void TestPreparedRun::eventsAreTaggedWithJobAndRun()
{
    setUp(5, {});
    Recorder recorder;
    auto prepared = PreparedRun::prepare(job(), options(&recorder));
    QVERIFY(prepared->plan());
    QVERIFY(recorder.phases.startsWith(QStringLiteral("connecting")));
    QVERIFY(recorder.phases.contains(QStringLiteral("planned")));
    QVERIFY(recorder.batches.empty());
    const RunReport report = prepared->apply(ApplyOptions{});
    QVERIFY(!report.error);
    QCOMPARE(recorder.phases.last(), QStringLiteral("finished"));
    QVERIFY(recorder.phases.contains(QStringLiteral("applying")));
    QVERIFY(recorder.phases.contains(QStringLiteral("verifying")));
    // batch_rows 2: batches of 2, 2 and 1 change, with the run's progress.
    QCOMPARE(recorder.batches.size(), size_t(3));
    QCOMPARE(recorder.batches[0].changes, (std::vector<qint64>{0, 1}));
    QCOMPARE(recorder.batches[2].changes, (std::vector<qint64>{4}));
    QCOMPARE(recorder.batches[2].progress.inserted, 5);
    // Each batch is announced as sent before it is confirmed.
    QCOMPARE(recorder.sending.size(), size_t(3));
    QCOMPARE(recorder.sending[0].batch, 1);
    QCOMPARE(recorder.sending[0].changes, 2);
    QCOMPARE(recorder.sending[2].batch, 3);
    QCOMPARE(recorder.sending[2].changes, 1);
    QCOMPARE(recorder.batches[0].progress.notAttempted, 3);
    QVERIFY(recorder.logs.join(u'\n').contains(QStringLiteral("5 source row(s)")));
    for (const RunTag &tag : std::as_const(recorder.tags))
        QCOMPARE(tag.jobId, QStringLiteral("prepared-test"));
    QCOMPARE(recorder.tags.last().runId, report.runId);
}

void TestPreparedRun::rowErrorsAreReported()
{
    setUp(0, {});
    sql(m_source,
        {QStringLiteral("INSERT INTO people VALUES (1, 'a')"), QStringLiteral("INSERT INTO people VALUES (2, 'b')")});
    Recorder recorder;
    // Two rows with the same key: both are row errors, named with their key.
    auto prepared = PreparedRun::prepare(job(QStringLiteral("SELECT 7 AS id, name FROM people")), options(&recorder));
    QVERIFY(prepared->plan());
    const RunReport report = prepared->apply(ApplyOptions{});
    QCOMPARE(report.status, RunStatus::RowErrors);
    QCOMPARE(report.counts.failed, 2);
    QCOMPARE(recorder.rowErrors.size(), size_t(2));
    QCOMPARE(recorder.rowErrors[0].key, QStringLiteral("7"));
    QVERIFY(recorder.rowErrors[0].message.contains(QStringLiteral("2 times")));
    // The history keeps them, with their reasons.
    auto store = StateStore::open(m_dir->filePath(QStringLiteral("state")));
    QVERIFY(store);
    auto failures = (*store)->failures(report.runId);
    QVERIFY(failures);
    QCOMPARE(failures->size(), size_t(2));
    QCOMPARE(failures->at(0).action, ChangeAction::Error);
    QCOMPARE(failures->at(0).key, QStringLiteral("7"));
    QCOMPARE(failures->at(0).reason, recorder.rowErrors[0].message);
    QCOMPARE(failures->at(0).batch, 0);
}

void TestPreparedRun::refusedBatchRowsAreKeptInHistory()
{
    setUp(5, {});
    // The target refuses s3: the second batch (rows 3 and 4) fails whole, and the run stops there.
    sql(m_target, {QStringLiteral("DROP TABLE people"),
                   QStringLiteral("CREATE TABLE people (id INTEGER, name TEXT CHECK (name <> 's3'))")});
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY(prepared->plan());
    const RunReport report = prepared->apply(ApplyOptions{});
    QCOMPARE(report.status, RunStatus::Failed);
    QCOMPARE(report.counts.inserted, 2);
    QCOMPARE(report.counts.failed, 2);
    QCOMPARE(report.counts.notAttempted, 1);
    auto store = StateStore::open(m_dir->filePath(QStringLiteral("state")));
    QVERIFY(store);
    auto failures = (*store)->failures(report.runId);
    QVERIFY(failures);
    QCOMPARE(failures->size(), size_t(2));
    QCOMPARE(failures->at(0).key, QStringLiteral("3"));
    QCOMPARE(failures->at(1).key, QStringLiteral("4"));
    for (const FailureRecord &f : *failures) {
        QCOMPARE(f.action, ChangeAction::Insert);
        QCOMPARE(f.batch, 2);
        QVERIFY2(f.reason.contains(QStringLiteral("CHECK constraint")), qPrintable(f.reason));
    }
    QCOMPARE((*store)->batches(report.runId)->size(), size_t(1));
}

void TestPreparedRun::cancelInterruptsALongSourceQuery()
{
    setUp(1, {});
    // A query that never ends on its own: only an interrupt stops it.
    const QString endless =
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) AS id, "
                       "'x' AS name FROM n");
    std::atomic_bool cancel{false};
    Recorder recorder;
    std::thread canceller([&] {
        // Cancel once the query runs (the reader has reported nothing more than "connecting").
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel.store(true);
    });
    auto prepared = PreparedRun::prepare(job(endless), options(&recorder, &cancel));
    canceller.join();
    QVERIFY(!prepared->plan());
    QCOMPARE(prepared->report().status, RunStatus::Cancelled);
    // The reader thread was interrupted and ends by itself; nobody had to wait for it.
    QVERIFY(BackgroundThreads::waitForAll(30000));
}

void TestPreparedRun::failedPreparationIsRecorded()
{
    setUp(1, {});
    JobSpec broken = job(QStringLiteral("SELECT nonsense FROM nowhere"));
    const RunReport report = runJob(broken, options());
    QCOMPARE(report.status, RunStatus::Failed);
    QCOMPARE(report.error->code, ErrorCode::NotFound);
    auto store = StateStore::open(m_dir->filePath(QStringLiteral("state")));
    QVERIFY(store);
    auto runs = (*store)->runs(QStringLiteral("prepared-test"));
    QVERIFY(runs && runs->size() == 1);
    QCOMPARE(runs->front().status, QStringLiteral("failed"));
    QVERIFY(runs->front().message.contains(QStringLiteral("nowhere")));
}

void TestPreparedRun::tableCreatedAfterThePreviewIsNoticed()
{
    // Previewed against a target table that did not exist; another process then creates and fills it.
    setUp(2, {});
    sql(m_target, {QStringLiteral("DROP TABLE people")});
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY(prepared->plan());
    QCOMPARE(prepared->plan()->counts.inserted, 2);
    sql(m_target, {QStringLiteral("CREATE TABLE people (id INTEGER, name TEXT)"),
                   QStringLiteral("INSERT INTO people VALUES (1, 's1'), (2, 's2')")});
    const RunReport report = prepared->apply(ApplyOptions{});
    QVERIFY(report.error);
    QCOMPARE(report.error->code, ErrorCode::TargetChanged);
    QCOMPARE(names(m_target).size(), 2); // not inserted twice
}

void TestPreparedRun::previewOfANewTargetWritesNothing()
{
    setUp(2, {});
    QFile::remove(m_target);
    JobSpec j = job();
    j.sqlite.path = m_dir->filePath(QStringLiteral("new/folder/target.sqlite"));
    auto prepared = PreparedRun::prepare(j, options());
    QVERIFY2(prepared->plan(), qPrintable(prepared->report().error->toString()));
    QCOMPARE(prepared->plan()->counts.inserted, 2);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("new"))));
    prepared.reset();
    auto again = PreparedRun::prepare(j, options());
    const RunReport report = again->apply(ApplyOptions{});
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QVERIFY(QFileInfo::exists(j.sqlite.path));
}

void TestPreparedRun::valuesNamedByRowAndColumn()
{
    // Text with U+FFFD (bytes that were not UTF-8) is named for any target, the first five and a count of
    // the rest; inf is not, for SQLite holds it.
    setUp(8, {});
    sql(m_source, {QStringLiteral("UPDATE people SET name = CAST(x'41ff42' AS TEXT) WHERE id > 1")});
    auto prepared =
        PreparedRun::prepare(job(QStringLiteral("SELECT id, name, 9e999 AS r FROM people ORDER BY id")), options());
    QVERIFY2(prepared->plan(), qPrintable(prepared->report().error->toString()));
    const QStringList warnings = prepared->report().warnings;
    QCOMPARE(warnings.filter(QStringLiteral("U+FFFD, which")).size(), 5);
    QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("row 2, column name")), qPrintable(warnings.join(u'\n')));
    QVERIFY(warnings.contains(QStringLiteral("… and 2 more text(s) with U+FFFD")));
    QVERIFY(warnings.filter(QStringLiteral("inf")).isEmpty());
}

QTEST_GUILESS_MAIN(TestPreparedRun)
#include "tst_preparedrun.moc"
