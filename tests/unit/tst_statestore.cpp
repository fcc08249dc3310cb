// The state store in one process: the journal, the history queries, owners and heartbeats, leases between
// store instances, permissions, retention and the migration from schema 1. Real second processes and
// concurrent runs are in tst_sharedstatestore.
#include "store/statestore.h"

#include "core/logging.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <sys/stat.h>

using namespace Ferry;

namespace {

Plan twoRowPlan()
{
    auto source = std::make_shared<RecordSet>();
    source->columns = {QStringLiteral("id"), QStringLiteral("name")};
    source->rows = RowSet(2);
    source->rows.append({1, QStringLiteral("a")});
    source->rows.append({2, QStringLiteral("b")});
    auto target = std::make_shared<TargetSnapshot>();
    target->columns = source->columns;
    target->rows = RowSet(2);
    target->rows.append({2, QStringLiteral("old")});
    target->rows.append({3, QStringLiteral("gone")});
    target->ids = {1002, 1003};
    Plan plan;
    plan.columns = source->columns;
    plan.source = source;
    plan.target = target;
    plan.keyColumns = {0};
    plan.changes = {Change{0, -1, ChangeAction::Insert, ChangeReason::NotInTarget},
                    Change{1, 0, ChangeAction::Update, ChangeReason::ContentDiffers},
                    Change{-1, 1, ChangeAction::Delete, ChangeReason::Orphan}};
    return plan;
}

// A connection of the test's own to state.sqlite, to look at rows and to forge what other processes write.
class RawDb
{
public:
    explicit RawDb(const QString &file) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        const bool ok = q.exec();
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    // Every row's column, joined.
    QString column(const QString &sql, int column)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QStringList values;
        if (q.exec(sql))
            while (q.next())
                values.append(q.value(column).toString());
        return values.join(QStringLiteral(" | "));
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QString stateFile(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("state.sqlite"));
}

// The pid of a process that has exited (and been reaped).
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    if (!p.waitForStarted())
        return 0;
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

int mode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

std::unique_ptr<StateStore> openStore(const QString &dir)
{
    auto store = StateStore::open(dir);
    if (!store) {
        qWarning() << store.error().toString();
        return nullptr;
    }
    return std::move(store).value();
}

// Records a finished run of job with one batch of the plan's first change.
qint64 recordRun(StateStore &store, const QString &jobId, const Plan &plan, const QString &status)
{
    auto lease = store.acquireLease(jobId);
    if (!lease)
        return 0;
    auto run = store.beginRun(**lease);
    if (!run)
        return 0;
    Counts c;
    c.inserted = 1;
    if (!store.recordBatch(*run, plan, {&plan.changes[0]}, c) || !store.finishRun(*run, status, c, {}))
        return 0;
    return *run;
}

} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT
private slots:
    void journalsConfirmedBatches();
    void historyQueries();
    void leaseRefusedWhileHeldThenReleased();
    void openLeavesLiveRunsAlone();
    void deadOwnerRunBecomesInterrupted();
    void reusedPidIsNotTheOwner();
    void foreignOwnerJudgedByHeartbeat();
    void staleLeaseTakenOver();
    void heartbeatRenewsAndNoticesTakeover();
    void permissionsUnderUmask022();
    void existingFilesAreTightened();
    void retentionPrunesRunsAndJournals();
    void failedRowsAreKeptCappedAndPruned();
    void migratesFromVersion1();
    void newerSchemaRefused();
    void unwritableFolder();
};

void TestStateStore::journalsConfirmedBatches()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    auto lease = store->acquireLease(QStringLiteral("job"));
    QVERIFY(lease);
    auto run = store->beginRun(**lease);
    QVERIFY(run);

    const Plan plan = twoRowPlan();
    Counts progress;
    progress.inserted = 1;
    progress.updated = 1;
    QVERIFY(store->recordBatch(*run, plan, {&plan.changes[0], &plan.changes[1]}, progress));
    progress.deleted = 1;
    QVERIFY(store->recordBatch(*run, plan, {&plan.changes[2]}, progress));

    auto journal = store->journal(*run);
    QVERIFY(journal);
    QCOMPARE(journal->size(), size_t(3));
    QCOMPARE((*journal)[0].action, ChangeAction::Insert);
    QCOMPARE((*journal)[0].key, QStringLiteral("1"));
    QCOMPARE((*journal)[0].remoteId, -1);
    QCOMPARE((*journal)[0].hash, plan.source->rows.hashRow(0));
    QCOMPARE((*journal)[0].runId, *run);
    QCOMPARE((*journal)[1].remoteId, 1002);
    QCOMPARE((*journal)[2].action, ChangeAction::Delete);
    QCOMPARE((*journal)[2].remoteId, 1003);

    // Pages across batch boundaries.
    auto page = store->journal(*run, 1, 2);
    QVERIFY(page);
    QCOMPARE(page->size(), size_t(2));
    QCOMPARE((*page)[0].key, QStringLiteral("2"));
    QCOMPARE((*page)[1].action, ChangeAction::Delete);
    QCOMPARE(store->journal(*run, 2, 10)->size(), size_t(1));
    QCOMPARE(store->journal(*run, 3)->size(), size_t(0));
    QCOMPARE(store->journal(*run + 100)->size(), size_t(0));

    // The batches as the history shows them: sizes in commit order, with their time.
    auto batches = store->batches(*run);
    QVERIFY(batches);
    QCOMPARE(batches->size(), size_t(2));
    QCOMPARE((*batches)[0].seq, 1);
    QCOMPARE((*batches)[0].count, 2);
    QCOMPARE((*batches)[1].count, 1);
    QVERIFY((*batches)[1].recordedAt.isValid());
    QVERIFY(qAbs((*batches)[1].recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // The run's counts advanced with each batch, before the run finished.
    auto last = store->lastRun(QStringLiteral("job"));
    QVERIFY(last && last->has_value());
    QCOMPARE((*last)->status, QStringLiteral("running"));
    QCOMPARE((*last)->counts.deleted, 1);
    QCOMPARE((*last)->ownerPid, QCoreApplication::applicationPid());
    QCOMPARE((*last)->ownerHost, QSysInfo::machineHostName());
    QVERIFY((*last)->heartbeatAt.isValid());

    QVERIFY(store->finishRun(*run, QStringLiteral("succeeded"), progress, {}));
    auto runs = store->runs(QStringLiteral("job"));
    QVERIFY(runs);
    QCOMPARE(runs->size(), size_t(1));
    QCOMPARE(runs->front().status, QStringLiteral("succeeded"));
    QCOMPARE(runs->front().counts.inserted, 1);
    QVERIFY(runs->front().finishedAt.isValid());
    QVERIFY(runs->front().journalKept);
}

void TestStateStore::historyQueries()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const Plan plan = twoRowPlan();
    std::vector<qint64> a;
    for (int i = 0; i < 4; ++i)
        a.push_back(recordRun(*store, QStringLiteral("a"), plan,
                              i == 3 ? QStringLiteral("failed") : QStringLiteral("succeeded")));
    const qint64 b = recordRun(*store, QStringLiteral("b"), plan, QStringLiteral("row-errors"));
    QVERIFY(b);

    auto runs = store->runs(QStringLiteral("a"), 3);
    QVERIFY(runs);
    QCOMPARE(runs->size(), size_t(3));
    QCOMPARE(runs->front().id, a[3]); // newest first
    QCOMPARE(runs->back().id, a[1]);
    QCOMPARE(store->runs(QStringLiteral("a"), 0)->size(), size_t(4));
    QCOMPARE(store->runs(QStringLiteral("none"))->size(), size_t(0));

    auto last = store->lastRun(QStringLiteral("a"));
    QVERIFY(last && last->has_value());
    QCOMPARE((*last)->status, QStringLiteral("failed"));
    auto none = store->lastRun(QStringLiteral("none"));
    QVERIFY(none && !none->has_value());

    auto latest = store->lastRuns();
    QVERIFY(latest);
    QCOMPARE(latest->size(), size_t(2));
    QCOMPARE((*latest)[0].jobId, QStringLiteral("a"));
    QCOMPARE((*latest)[0].id, a[3]);
    QCOMPARE((*latest)[1].jobId, QStringLiteral("b"));
    QCOMPARE((*latest)[1].status, QStringLiteral("row-errors"));

    // The history's queries are index lookups, not table scans.
    RawDb raw(stateFile(dir));
    for (const QString &sql :
         {QStringLiteral("SELECT * FROM runs WHERE job_id = 'a' ORDER BY id DESC LIMIT 3"),
          QStringLiteral("SELECT * FROM runs WHERE id IN (SELECT max(id) FROM runs GROUP BY "
                         "job_id) ORDER BY job_id"),
          QStringLiteral("SELECT seq, count FROM journal WHERE run_id = 1 ORDER BY seq"),
          QStringLiteral("SELECT id FROM runs WHERE status = 'running'"),
          QStringLiteral("SELECT id FROM runs WHERE started_at < '2000' AND status <> 'running'")}) {
        const QString detail = raw.column(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, 3);
        QVERIFY2(detail.contains(QStringLiteral("INDEX")) || detail.contains(QStringLiteral("PRIMARY KEY")),
                 qPrintable(sql + QStringLiteral(" -> ") + detail));
    }
}

void TestStateStore::leaseRefusedWhileHeldThenReleased()
{
    QTemporaryDir dir;
    auto first = openStore(dir.path());
    auto second = openStore(dir.path()); // another instance on the same file, as another process would
    QVERIFY(first && second);
    QVERIFY(first->owner().token != second->owner().token);

    auto held = first->acquireLease(QStringLiteral("job"));
    QVERIFY(held);
    auto refused = second->acquireLease(QStringLiteral("job"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::AlreadyRunning);
    const QRegularExpression expected(
        QStringLiteral(
            "^job job is already running in process %1 on host %2 since \\d\\d:\\d\\d; wait for it or stop it$")
            .arg(QCoreApplication::applicationPid())
            .arg(QRegularExpression::escape(QSysInfo::machineHostName())));
    QVERIFY2(expected.match(refused.error().message).hasMatch(), qPrintable(refused.error().message));

    // The holder cannot take it twice either, nor can another thread with a store of its own.
    QVERIFY(!first->acquireLease(QStringLiteral("job")));
    bool threadRefused = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto own = StateStore::open(dir.path());
        threadRefused = own && (*own)->acquireLease(QStringLiteral("job")).error().code == ErrorCode::AlreadyRunning;
    }));
    thread->start();
    QVERIFY(thread->wait(20000));
    QVERIFY(threadRefused);

    // Another job is free meanwhile.
    QVERIFY(second->acquireLease(QStringLiteral("other job")));

    held->reset(); // released
    QVERIFY(second->acquireLease(QStringLiteral("job")));
}

void TestStateStore::openLeavesLiveRunsAlone()
{
    QTemporaryDir dir;
    auto owner = openStore(dir.path());
    QVERIFY(owner);
    auto lease = owner->acquireLease(QStringLiteral("job"));
    QVERIFY(lease);
    auto run = owner->beginRun(**lease);
    QVERIFY(run);
    // A second store (the desktop opening while ferry-cli runs) and a third, after a long pause: the run's
    // owner is this live process, so the run stays running whatever the age of its heartbeat.
    auto desktop = openStore(dir.path());
    QVERIFY(desktop);
    QCOMPARE((*desktop->lastRun(QStringLiteral("job")))->status, QStringLiteral("running"));
    {
        RawDb raw(stateFile(dir));
        QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET heartbeat_at = 1000")));
    }
    QVERIFY(openStore(dir.path()));
    QCOMPARE((*desktop->lastRun(QStringLiteral("job")))->status, QStringLiteral("running"));
    QVERIFY(owner->finishRun(*run, QStringLiteral("succeeded"), Counts{}, {}));
    QCOMPARE((*desktop->lastRun(QStringLiteral("job")))->status, QStringLiteral("succeeded"));
}

void TestStateStore::deadOwnerRunBecomesInterrupted()
{
    QTemporaryDir dir;
    const qint64 dead = deadPid();
    QVERIFY(dead > 0);
    const qint64 heartbeat = QDateTime::currentMSecsSinceEpoch() - 5000; // recent: the pid decides
    {
        auto store = openStore(dir.path());
        QVERIFY(store);
        auto lease = store->acquireLease(QStringLiteral("job"));
        QVERIFY(lease);
        QVERIFY(store->beginRun(**lease));
        // No finishRun: as if the process died. Its pid becomes a dead one.
        RawDb raw(stateFile(dir));
        QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET owner_pid = ?, owner_start = 0, heartbeat_at = ?"),
                         {dead, heartbeat}));
    }
    auto store = openStore(dir.path());
    QVERIFY(store);
    auto runs = store->runs(QStringLiteral("job"));
    QVERIFY(runs);
    QCOMPARE(runs->front().status, QStringLiteral("interrupted"));
    QCOMPARE(runs->front().finishedAt, QDateTime::fromMSecsSinceEpoch(heartbeat, Qt::UTC)); // last sign of life
    QVERIFY2(runs->front().message.contains(QString::number(dead)), qPrintable(runs->front().message));
}

void TestStateStore::reusedPidIsNotTheOwner()
{
#ifndef Q_OS_LINUX
    QSKIP("process start times are read from /proc");
#endif
    QTemporaryDir dir;
    {
        auto store = openStore(dir.path());
        QVERIFY(store);
        QVERIFY(store->owner().processStart > 0);
        auto lease = store->acquireLease(QStringLiteral("job"));
        QVERIFY(store->beginRun(**lease));
        // This process's pid, but another start time: the owner was an earlier process with the same pid.
        RawDb raw(stateFile(dir));
        QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET owner_start = owner_start - 1, owner_token = 'earlier'")));
    }
    auto store = openStore(dir.path());
    QCOMPARE((*store->lastRun(QStringLiteral("job")))->status, QStringLiteral("interrupted"));
}

void TestStateStore::foreignOwnerJudgedByHeartbeat()
{
    // An owner on another machine (a shared folder): only its heartbeat says whether it is alive.
    QTemporaryDir dir;
    QVERIFY(openStore(dir.path()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        RawDb raw(stateFile(dir));
        const QString insert = QStringLiteral(
            "INSERT INTO runs (job_id, status, started_at, owner_pid, owner_host, owner_token, owner_machine, "
            "owner_start, heartbeat_at) VALUES (?, 'running', '2025-01-01T00:00:00.000Z', 4242, 'elsewhere', ?, "
            "'another-machine:boot', 1, ?)");
        QVERIFY(raw.exec(insert, {QStringLiteral("fresh"), QStringLiteral("t1"), now - 60000}));
        QVERIFY(raw.exec(insert, {QStringLiteral("stale"), QStringLiteral("t2"), now - 130000}));
    }
    auto store = openStore(dir.path());
    QVERIFY(store);
    QCOMPARE((*store->lastRun(QStringLiteral("fresh")))->status, QStringLiteral("running"));
    QCOMPARE((*store->lastRun(QStringLiteral("stale")))->status, QStringLiteral("interrupted"));
}

void TestStateStore::staleLeaseTakenOver()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RawDb raw(stateFile(dir));
    const QString lease = QStringLiteral("INSERT INTO leases VALUES (?, 4242, 'elsewhere', ?, 'another-machine:boot', "
                                         "1, ?, ?)");
    QVERIFY(raw.exec(lease, {QStringLiteral("fresh"), QStringLiteral("t1"), now - 3600000, now - 1000}));
    QVERIFY(raw.exec(lease, {QStringLiteral("stale"), QStringLiteral("t2"), now - 3600000, now - 300000}));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO runs (job_id, status, started_at, owner_pid, owner_host, "
                                    "owner_token, owner_machine, owner_start, heartbeat_at) VALUES ('stale', "
                                    "'running', '2025-01-01T00:00:00.000Z', 4242, 'elsewhere', 't2', "
                                    "'another-machine:boot', 1, ?)"),
                     {now - 300000}));

    auto refused = store->acquireLease(QStringLiteral("fresh"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("already running in process 4242 on host elsewhere")),
             qPrintable(refused.error().message));

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("job stale: taking over the lease of process 4242 on "
                                                           "host elsewhere, which is gone")));
    auto taken = store->acquireLease(QStringLiteral("stale"));
    QVERIFY(taken);
    QCOMPARE(raw.value(QStringLiteral("SELECT owner_token FROM leases WHERE job_id = 'stale'")).toString(),
             store->owner().token);
    // The gone owner's run is closed, the new one recorded.
    auto run = store->beginRun(**taken);
    QVERIFY(run);
    auto runs = store->runs(QStringLiteral("stale"));
    QCOMPARE(runs->size(), size_t(2));
    QCOMPARE(runs->at(0).status, QStringLiteral("running"));
    QCOMPARE(runs->at(1).status, QStringLiteral("interrupted"));
}

void TestStateStore::heartbeatRenewsAndNoticesTakeover()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    store->setLiveness({std::chrono::milliseconds(20), std::chrono::milliseconds(120000)});
    auto lease = store->acquireLease(QStringLiteral("job"));
    QVERIFY(lease);
    auto run = store->beginRun(**lease);
    QVERIFY(run);
    RawDb raw(stateFile(dir));
    QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET heartbeat_at = 1000")));
    QVERIFY(raw.exec(QStringLiteral("UPDATE leases SET heartbeat_at = 1000")));
    // The lease's thread beats while this thread does nothing (a long read).
    QTRY_VERIFY(raw.value(QStringLiteral("SELECT heartbeat_at FROM runs")).toLongLong() > 1000);
    QTRY_VERIFY(raw.value(QStringLiteral("SELECT heartbeat_at FROM leases")).toLongLong() > 1000);
    QVERIFY(!(*lease)->lost());

    // Each recorded batch beats too.
    QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET heartbeat_at = 1000")));
    const Plan plan = twoRowPlan();
    QVERIFY(store->recordBatch(*run, plan, {&plan.changes[0]}, Counts{}));
    QVERIFY(raw.value(QStringLiteral("SELECT heartbeat_at FROM runs")).toLongLong() > 1000);

    // Another owner took the lease over (it judged this process gone): the lease says so.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("another process took over the lease")));
    QVERIFY(raw.exec(QStringLiteral("UPDATE leases SET owner_token = 'someone else'")));
    QTRY_VERIFY((*lease)->lost());
    QCOMPARE(store->beginRun(**lease).error().code, ErrorCode::AlreadyRunning);
    lease->reset(); // does not release the other owner's lease
    QCOMPARE(raw.value(QStringLiteral("SELECT owner_token FROM leases")).toString(), QStringLiteral("someone else"));
}

void TestStateStore::permissionsUnderUmask022()
{
    const mode_t previous = ::umask(022);
    QTemporaryDir dir;
    const QString stateDir = dir.filePath(QStringLiteral("deep/state"));
    auto store = openStore(stateDir);
    ::umask(previous);
    QVERIFY(store);
    QCOMPARE(mode(stateDir), 0700);
    const QString file = stateDir + QStringLiteral("/state.sqlite");
    for (const QString &path : {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(mode(path), 0600);
    }
}

void TestStateStore::existingFilesAreTightened()
{
    QTemporaryDir dir;
    const QString file = stateFile(dir);
    QVERIFY(openStore(dir.path()));
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    {
        QFile wal(file + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly)); // left behind by a crash, readable by all
        QVERIFY(::chmod(QFile::encodeName(wal.fileName()).constData(), 0664) == 0);
    }
    auto store = openStore(dir.path()); // kept open: SQLite removes the -wal file on its last close
    QVERIFY(store);
    QCOMPARE(mode(dir.path()), 0700);
    QCOMPARE(mode(file), 0600);
    QCOMPARE(mode(file + QStringLiteral("-wal")), 0600);
}

void TestStateStore::retentionPrunesRunsAndJournals()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    store->setRetention({3, 2, std::chrono::days(90)});
    const Plan plan = twoRowPlan();
    RawDb raw(stateFile(dir));

    // A job not run for 100 days: its old run goes whenever another run finishes.
    const qint64 old = recordRun(*store, QStringLiteral("retired"), plan, QStringLiteral("succeeded"));
    QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET started_at = ? WHERE id = ?"),
                     {QDateTime::currentDateTimeUtc().addDays(-100).toString(Qt::ISODateWithMs), old}));
    // A run still in progress is never pruned.
    auto lease = store->acquireLease(QStringLiteral("busy"));
    QVERIFY(lease);
    auto busy = store->beginRun(**lease);
    QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET started_at = '2000-01-01T00:00:00.000Z' WHERE id = ?"), {*busy}));

    std::vector<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(recordRun(*store, QStringLiteral("job"), plan, QStringLiteral("succeeded")));
    auto runs = store->runs(QStringLiteral("job"), 0);
    QVERIFY(runs);
    QCOMPARE(runs->size(), size_t(3));
    QCOMPARE(runs->at(0).id, ids[4]);
    QCOMPARE(runs->at(2).id, ids[2]);
    QVERIFY(runs->at(0).journalKept && runs->at(1).journalKept);
    QVERIFY(!runs->at(2).journalKept);
    QCOMPARE(store->journal(ids[3])->size(), size_t(1));
    QCOMPARE(store->journal(ids[2])->size(), size_t(0));
    QCOMPARE(
        raw.value(QStringLiteral("SELECT count(*) FROM journal WHERE run_id IN (?, ?, ?)"), {ids[0], ids[1], ids[2]})
            .toInt(),
        0);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM journal")).toInt(), 2);
    QCOMPARE(store->runs(QStringLiteral("retired"))->size(), size_t(0));
    QCOMPARE(store->lastRun(QStringLiteral("busy"))->value().status, QStringLiteral("running"));

    // prune() applies a tighter setting to every job at once.
    store->setRetention({1, 1, std::chrono::days(0)});
    QVERIFY(store->prune());
    QCOMPARE(store->runs(QStringLiteral("job"))->size(), size_t(1));
    QCOMPARE(store->runs(QStringLiteral("busy"))->size(), size_t(1));
}

void TestStateStore::failedRowsAreKeptCappedAndPruned()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    store->setRetention({3, 1, std::chrono::days(90)});
    const Plan plan = twoRowPlan();
    const qint64 run = recordRun(*store, QStringLiteral("job"), plan, QStringLiteral("row-errors"));
    QVERIFY(run);
    // In the order recorded, over several calls; reasons masked like every stored message.
    SecretMask::add(QStringLiteral("hunter2secret"));
    QVERIFY(store->recordFailures(
        run, {FailureRecord{ChangeAction::Error, QStringLiteral("7"), QStringLiteral("the key 7 appears 2 times"), 0},
              FailureRecord{ChangeAction::Update, QStringLiteral("8, b"),
                            QStringLiteral("HTTP 400 for https://user:hunter2secret@api.example/x"), 3}}));
    std::vector<FailureRecord> many;
    for (int i = 0; i < int(StateStore::maxFailuresPerRun); ++i)
        many.push_back(FailureRecord{ChangeAction::Insert, QString::number(i), QStringLiteral("refused"), 4});
    QVERIFY(store->recordFailures(run, many));
    auto failures = store->failures(run);
    QVERIFY(failures);
    QCOMPARE(qint64(failures->size()), StateStore::maxFailuresPerRun);
    QCOMPARE(failures->at(0).key, QStringLiteral("7"));
    QCOMPARE(failures->at(0).action, ChangeAction::Error);
    QCOMPARE(failures->at(0).batch, 0);
    QCOMPARE(failures->at(1).key, QStringLiteral("8, b"));
    QCOMPARE(failures->at(1).action, ChangeAction::Update);
    QCOMPARE(failures->at(1).batch, 3);
    QVERIFY2(!failures->at(1).reason.contains(QStringLiteral("hunter2secret")), qPrintable(failures->at(1).reason));
    QCOMPARE(failures->at(2).key, QStringLiteral("0"));
    QCOMPARE(failures->back().key, QString::number(StateStore::maxFailuresPerRun - 3));
    QCOMPARE(store->failures(run, 2)->size(), size_t(2));
    QVERIFY(store->recordFailures(run, {FailureRecord{ChangeAction::Insert, QStringLiteral("late"), {}, 5}}));
    QCOMPARE(qint64(store->failures(run)->size()), StateStore::maxFailuresPerRun);

    // Retention drops them with the run's journal.
    recordRun(*store, QStringLiteral("job"), plan, QStringLiteral("succeeded"));
    QCOMPARE(store->failures(run)->size(), size_t(0));
    RawDb raw(stateFile(dir));
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM failures")).toInt(), 0);
}

void TestStateStore::migratesFromVersion1()
{
    QTemporaryDir dir;
    const QString file = stateFile(dir);
    // A database as Ferry's schema 1 wrote it, statement for statement.
    const QDate yesterday = QDate::currentDate().addDays(-1);
    QByteArray blob;
    {
        const char action = static_cast<char>(ChangeAction::Update);
        const quint32 keyLength = 2;
        const qint64 remoteId = 1042;
        const quint64 hash = 0xfeedfacecafebeefULL;
        blob.append(&action, 1);
        blob.append(reinterpret_cast<const char *>(&keyLength), 4);
        blob.append("42");
        blob.append(reinterpret_cast<const char *>(&remoteId), 8);
        blob.append(reinterpret_cast<const char *>(&hash), 8);
    }
    {
        RawDb v1(file);
        for (const char *s :
             {"PRAGMA journal_mode=WAL",
              "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL, "
              "status TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, inserted INTEGER DEFAULT 0, "
              "updated INTEGER DEFAULT 0, deleted INTEGER DEFAULT 0, unchanged INTEGER DEFAULT 0, "
              "skipped INTEGER DEFAULT 0, failed INTEGER DEFAULT 0, message TEXT)",
              "CREATE INDEX IF NOT EXISTS runs_job ON runs(job_id, id)",
              "CREATE TABLE IF NOT EXISTS journal (run_id INTEGER NOT NULL, seq INTEGER NOT NULL, "
              "count INTEGER NOT NULL, changes BLOB NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (run_id, seq))",
              "PRAGMA user_version = 1",
              "INSERT INTO runs (job_id, status, started_at, finished_at, updated, unchanged, message) VALUES ('job', "
              "'succeeded', '%1T10:00:00.000Z', '%1T10:00:05.000Z', 1, 9, NULL)",
              "INSERT INTO runs (job_id, status, started_at) VALUES ('job', 'running', '%1T11:00:00.000Z')"})
            QVERIFY(v1.exec(QString::fromLatin1(s).replace(QStringLiteral("%1"), yesterday.toString(Qt::ISODate))));
        QVERIFY(v1.exec(QStringLiteral("INSERT INTO journal VALUES (1, 1, 1, ?, '2025-03-01T10:00:04.000Z')"), {blob}));
    }

    auto store = openStore(dir.path());
    QVERIFY(store);
    RawDb raw(file);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
    auto runs = store->runs(QStringLiteral("job"));
    QVERIFY(runs);
    QCOMPARE(runs->size(), size_t(2));
    // A run left running by schema 1's Ferry has no owner: that Ferry is gone.
    QCOMPARE(runs->at(0).status, QStringLiteral("interrupted"));
    QCOMPARE(runs->at(0).ownerPid, 0);
    QCOMPARE(runs->at(1).status, QStringLiteral("succeeded"));
    QCOMPARE(runs->at(1).counts.updated, 1);
    QCOMPARE(runs->at(1).counts.unchanged, 9);
    QCOMPARE(runs->at(1).startedAt, QDateTime(yesterday, QTime(10, 0), Qt::UTC));
    QVERIFY(runs->at(1).journalKept);
    auto journal = store->journal(runs->at(1).id);
    QVERIFY(journal);
    QCOMPARE(journal->size(), size_t(1));
    QCOMPARE(journal->front().key, QStringLiteral("42"));
    QCOMPARE(journal->front().action, ChangeAction::Update);
    QCOMPARE(journal->front().remoteId, 1042);
    QCOMPARE(journal->front().hash, 0xfeedfacecafebeefULL);

    // The new tables and columns work on the migrated file.
    const Plan plan = twoRowPlan();
    const qint64 next = recordRun(*store, QStringLiteral("job"), plan, QStringLiteral("succeeded"));
    QVERIFY(next > runs->at(0).id);
    QCOMPARE(store->lastRuns()->size(), size_t(1));
    QVERIFY(
        store->recordFailures(next, {FailureRecord{ChangeAction::Error, QStringLiteral("7"), QStringLiteral("x"), 0}}));
    QCOMPARE(store->failures(next)->size(), size_t(1));
    // Schema 4: what a job wrote to its target, by key.
    QVERIFY(store->remember(QStringLiteral("job"), QStringLiteral("webhook:http://x"),
                            {RememberedRecord{QStringLiteral("42"), QStringLiteral("uuid-42"), 7, "{\"id\":42}"}}, {}));
    auto memory = store->remembered(QStringLiteral("job"), QStringLiteral("webhook:http://x"));
    QVERIFY(memory);
    QCOMPARE(memory->size(), size_t(1));
    QCOMPARE(memory->front().remoteId, QStringLiteral("uuid-42"));
    QCOMPARE(memory->front().hash, 7u);
    QCOMPARE(memory->front().values, QByteArray("{\"id\":42}"));
    QVERIFY(store->remember(QStringLiteral("job"), QStringLiteral("webhook:http://x"), {}, {QStringLiteral("42")}));
    QCOMPARE(store->remembered(QStringLiteral("job"), QStringLiteral("webhook:http://x"))->size(), size_t(0));
    // And opening again changes nothing.
    QVERIFY(openStore(dir.path()));
    QCOMPARE(store->runs(QStringLiteral("job"))->size(), size_t(3));
}

void TestStateStore::newerSchemaRefused()
{
    QTemporaryDir dir;
    {
        RawDb raw(stateFile(dir));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    auto store = StateStore::open(dir.path());
    QVERIFY(!store);
    QVERIFY(store.error().message.contains(QStringLiteral("newer Ferry")));
}

void TestStateStore::unwritableFolder()
{
    auto store = StateStore::open(QStringLiteral("/proc/ferry-cannot-be-here"));
    QVERIFY(!store);
    QVERIFY(store.error().message.contains(QStringLiteral("--state")));
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
