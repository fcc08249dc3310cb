// One state store shared by threads and processes: runs of two jobs at once (runJob on two threads, two
// ferry-cli processes), one job refused while it runs, and a live ferry-cli run that a store opened
// meanwhile leaves alone, until its process is killed and its lease taken over.
#include "../integration/clitestcase.h"
#include "connectors/sqlitetable.h"
#include "core/backgroundthreads.h"
#include "flipletemulator.h"
#include "run/preparedrun.h"
#include "store/statestore.h"
#include "sync/executor.h"
#include "sync/planner.h"

#include <QRegularExpression>
#include <QSemaphore>

using namespace Ferry;
using namespace Ferry::Testing;

namespace {

const QString Token = QStringLiteral("eu--0123456789abcdef");

// Holds each run at its first committed batch until the test lets it go, so two runs are surely in
// progress at the same time.
class Gate final : public RunObserver
{
public:
    QSemaphore arrived;
    QSemaphore go;
    void batchCommitted(const RunTag &tag, const BatchEvent &) override
    {
        {
            QMutexLocker lock(&m_mutex);
            if (m_held.contains(tag.jobId))
                return;
            m_held.insert(tag.jobId);
        }
        arrived.release();
        go.tryAcquire(1, 60000);
    }

private:
    QMutex m_mutex;
    QSet<QString> m_held;
};

JobSpec sqliteJob(const QString &id, const QString &source, const QString &target)
{
    JobSpec j;
    j.id = id;
    j.name = id;
    j.sql.driver = QStringLiteral("sqlite");
    j.sql.database = source;
    j.sql.query = QStringLiteral("SELECT id, email, full_name FROM users");
    j.targetKind = TargetKind::Sqlite;
    j.sqlite = SqliteTargetSpec{target, QStringLiteral("users"), true, 50};
    j.rules.keyColumns = {QStringLiteral("id")};
    return j;
}

QString status(const QString &stateDir, const QString &jobId)
{
    auto store = StateStore::open(stateDir);
    if (!store)
        return store.error().toString();
    auto last = (*store)->lastRun(jobId);
    return last && last->has_value() ? (*last)->status : QString();
}

} // namespace

class TestSharedStateStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void twoJobsAtOnceOnThreads();
    void sameJobRefusedOnAnotherThread();
    void applyRefusedWhileJobRuns();
    void lostLeaseStopsTheExecutor();
    void liveCliRunStaysRunningUntilKilled();
    void twoCliProcesses();

private:
    QString cliJob(const QString &id, qint64 dataSource)
    {
        const QString path = m_dir->filePath(id + QStringLiteral(".yml"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: %1\n"
                               "name: %1\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: sqlite\n"
                               "  path: users.sqlite\n"
                               "  query: SELECT id, email AS Email, full_name AS Name FROM users\n"
                               "target:\n"
                               "  type: fliplet\n"
                               "  datasource_id: %2\n"
                               "  auth_token: {secret: env:FERRY_E2E_TOKEN}\n"
                               "  batch_rows: 10\n"
                               "sync:\n"
                               "  mode: update\n"
                               "  key: id\n"
                               "retry: {attempts: 2, initial_delay_ms: 20, max_delay_ms: 100}\n")
                    .arg(id)
                    .arg(dataSource)
                    .toUtf8());
        return path;
    }
    std::unique_ptr<QProcess> startCli(const QString &job)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FERRY_FLIPLET_API_URL"), m_emulator->baseUrl());
        e.insert(QStringLiteral("FERRY_E2E_TOKEN"), Token);
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(e);
        p->start(QStringLiteral(FERRY_CLI),
                 {QStringLiteral("run"), job, QStringLiteral("--json"), QStringLiteral("--state"), stateDir()});
        return p;
    }
    bool commitArrived() const
    {
        for (const auto &r : m_emulator->requests())
            if (r.method == "POST")
                return true;
        return false;
    }
    QString stateDir() const { return m_dir->filePath(QStringLiteral("state")); }
    // Waits with the event loop turning: the emulator answers on this thread.
    static bool finished(QProcess &p)
    {
        return QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 30000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
    std::unique_ptr<SourceDb> m_db;
};

void TestSharedStateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    QVERIFY(m_emulator->start());
    m_db = std::make_unique<SourceDb>(m_dir->filePath(QStringLiteral("users.sqlite")));
}

void TestSharedStateStore::cleanup()
{
    BackgroundThreads::waitForAll(5000);
    m_db.reset();
    m_emulator.reset();
    m_dir.reset();
}

void TestSharedStateStore::twoJobsAtOnceOnThreads()
{
    m_db->addUsers(1, 500);
    const QString source = m_dir->filePath(QStringLiteral("users.sqlite"));
    Gate gate;
    RunReport reports[2];
    std::unique_ptr<QThread> threads[2];
    for (int i = 0; i < 2; ++i) {
        RunOptions options;
        options.stateDir = stateDir();
        options.observer = &gate;
        options.secrets = JobSecrets{};
        const JobSpec job = sqliteJob(QStringLiteral("job-%1").arg(i), source,
                                      m_dir->filePath(QStringLiteral("target-%1.sqlite").arg(i)));
        threads[i].reset(QThread::create([job, options, &reports, i] { reports[i] = runJob(job, options); }));
        threads[i]->start();
    }
    // Both runs have a batch recorded and are still going: both are running, each holds its job's lease.
    QVERIFY(gate.arrived.tryAcquire(2, 60000));
    {
        auto store = StateStore::open(stateDir());
        QVERIFY(store);
        auto latest = (*store)->lastRuns();
        QVERIFY(latest);
        QCOMPARE(latest->size(), size_t(2));
        for (const RunRecord &r : *latest) {
            QCOMPARE(r.status, QStringLiteral("running"));
            QCOMPARE(r.counts.inserted, 50);
            QCOMPARE((*store)->acquireLease(r.jobId).error().code, ErrorCode::AlreadyRunning);
        }
    }
    gate.go.release(2);
    for (auto &t : threads)
        QVERIFY(t->wait(60000));

    auto store = StateStore::open(stateDir());
    QVERIFY(store);
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(!reports[i].error, qPrintable(reports[i].error ? reports[i].error->toString() : QString()));
        QCOMPARE(reports[i].status, RunStatus::Succeeded);
        QCOMPARE(reports[i].counts.inserted, 500);
        auto runs = (*store)->runs(QStringLiteral("job-%1").arg(i));
        QVERIFY(runs);
        QCOMPARE(runs->size(), size_t(1));
        const RunRecord &r = runs->front();
        QCOMPARE(r.id, reports[i].runId);
        QCOMPARE(r.status, QStringLiteral("succeeded"));
        QCOMPARE(r.counts.inserted, 500);
        auto journal = (*store)->journal(r.id);
        QVERIFY(journal);
        QCOMPARE(journal->size(), size_t(500));
        QCOMPARE(journal->back().key, QStringLiteral("500"));
        // The lease was released.
        QVERIFY((*store)->acquireLease(r.jobId));
    }
}

void TestSharedStateStore::sameJobRefusedOnAnotherThread()
{
    m_db->addUsers(1, 200);
    const QString source = m_dir->filePath(QStringLiteral("users.sqlite"));
    const JobSpec job = sqliteJob(QStringLiteral("job"), source, m_dir->filePath(QStringLiteral("target.sqlite")));
    Gate gate;
    RunOptions options;
    options.stateDir = stateDir();
    options.observer = &gate;
    options.secrets = JobSecrets{};
    RunReport first;
    std::unique_ptr<QThread> thread(QThread::create([&] { first = runJob(job, options); }));
    thread->start();
    QVERIFY(gate.arrived.tryAcquire(1, 60000));

    RunOptions again = options;
    again.observer = nullptr;
    const RunReport second = runJob(job, again);
    QVERIFY(second.error);
    QCOMPARE(second.error->code, ErrorCode::AlreadyRunning);
    QCOMPARE(second.status, RunStatus::Failed);
    QVERIFY2(second.error->message.contains(
                 QStringLiteral("job job is already running in process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(second.error->message));
    QCOMPARE(second.runId, 0);

    gate.go.release();
    QVERIFY(thread->wait(60000));
    QCOMPARE(first.status, RunStatus::Succeeded);
    auto store = StateStore::open(stateDir());
    auto runs = (*store)->runs(QStringLiteral("job"));
    QCOMPARE(runs->size(), size_t(1)); // the refused run is not recorded
    QCOMPARE(runs->front().counts.inserted, 200);
}

void TestSharedStateStore::applyRefusedWhileJobRuns()
{
    // The desktop's path: preview, then apply; meanwhile the scheduler (here: a store of the test's own)
    // runs the job.
    m_db->addUsers(1, 20);
    const QString target = m_dir->filePath(QStringLiteral("target.sqlite"));
    const JobSpec job = sqliteJob(QStringLiteral("job"), m_dir->filePath(QStringLiteral("users.sqlite")), target);
    RunOptions options;
    options.stateDir = stateDir();
    options.secrets = JobSecrets{};
    auto prepared = PreparedRun::prepare(job, options);
    QVERIFY(prepared->plan());
    QCOMPARE(prepared->plan()->counts.inserted, 20);

    auto scheduler = StateStore::open(stateDir());
    QVERIFY(scheduler);
    auto lease = (*scheduler)->acquireLease(QStringLiteral("job"));
    QVERIFY(lease);
    const RunReport report = prepared->apply(ApplyOptions{});
    QVERIFY(report.error);
    QCOMPARE(report.error->code, ErrorCode::AlreadyRunning);
    QCOMPARE(report.status, RunStatus::Failed);
    QCOMPARE(report.counts.inserted, 0);
    QCOMPARE(report.counts.notAttempted, 20);
    QCOMPARE(report.runId, 0);
    QCOMPARE((*scheduler)->runs(QStringLiteral("job"))->size(), size_t(0));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("written"));
        db.setDatabaseName(target);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM users")) || (q.next() && q.value(0).toInt() == 0));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("written"));
}

void TestSharedStateStore::lostLeaseStopsTheExecutor()
{
    auto opened = StateStore::open(stateDir());
    QVERIFY(opened);
    StateStore &store = **opened;
    store.setLiveness({std::chrono::milliseconds(20), std::chrono::milliseconds(120000)});
    auto lease = store.acquireLease(QStringLiteral("job"));
    QVERIFY(lease);
    auto run = store.beginRun(**lease);
    QVERIFY(run);

    // Another owner took the lease over, judging this process gone (a heartbeat that stalled for minutes).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("another process took over the lease")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other owner"));
        db.setDatabaseName(store.databasePath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE leases SET owner_token = 'other'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other owner"));
    QTRY_VERIFY((*lease)->lost());

    SqliteTable target(
        SqliteTargetSpec{m_dir->filePath(QStringLiteral("target.sqlite")), QStringLiteral("t"), true, 10}, {});
    QVERIFY(target.open());
    auto source = std::make_shared<RecordSet>();
    source->columns = {QStringLiteral("id"), QStringLiteral("name")};
    source->rows = RowSet(2);
    for (int i = 1; i <= 30; ++i)
        source->rows.append({i, QStringLiteral("n%1").arg(i)});
    auto snapshot = target.index(source->columns);
    QVERIFY(snapshot);
    SyncRules rules;
    rules.keyColumns = {QStringLiteral("id")};
    auto plan = planSync(source, std::make_shared<const TargetSnapshot>(std::move(snapshot).value()), rules);
    QVERIFY(plan);
    ExecuteContext context;
    context.store = &store;
    context.lease = lease->get();
    context.runId = *run;
    const ExecuteResult result = execute(*plan, target, context);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, ErrorCode::AlreadyRunning);
    QCOMPARE(result.counts.inserted, 0);
    QCOMPARE(result.counts.notAttempted, 30);
}

void TestSharedStateStore::liveCliRunStaysRunningUntilKilled()
{
    m_emulator->addDataSource(900);
    m_db->addUsers(1, 30);
    const QString job = cliJob(QStringLiteral("slow"), 900);
    FlipletEmulator::Fault slow;
    slow.delayMs = 60000; // the first commit's answer takes a minute
    m_emulator->queueFault(QStringLiteral("commit"), slow);
    auto cli = startCli(job);
    QVERIFY(cli->waitForStarted());
    const qint64 pid = cli->processId();
    QTRY_VERIFY_WITH_TIMEOUT(commitArrived(), 30000);

    // The desktop opens the store while ferry-cli runs: the run stays running, the job stays taken.
    {
        auto store = StateStore::open(stateDir());
        QVERIFY(store);
        auto last = (*store)->lastRun(QStringLiteral("slow"));
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->status, QStringLiteral("running"));
        QCOMPARE((*last)->ownerPid, pid);
        auto refused = (*store)->acquireLease(QStringLiteral("slow"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("already running in process %1 on host").arg(pid)),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(status(stateDir(), QStringLiteral("slow")), QStringLiteral("running"));

    cli->kill(); // SIGKILL: no chance to finish the run or release the lease
    QVERIFY(finished(*cli));
    QCOMPARE(cli->exitStatus(), QProcess::CrashExit);

    auto store = StateStore::open(stateDir());
    QVERIFY(store);
    auto last = (*store)->lastRun(QStringLiteral("slow"));
    QCOMPARE((*last)->status, QStringLiteral("interrupted"));
    QVERIFY((*last)->message.contains(QString::number(pid)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("job slow: taking over the lease of process "
                                                                         "%1 on host .*, which is gone")
                                                              .arg(pid)));
    QVERIFY((*store)->acquireLease(QStringLiteral("slow")));
}

void TestSharedStateStore::twoCliProcesses()
{
    m_emulator->addDataSource(901);
    m_emulator->addDataSource(902);
    m_db->addUsers(1, 30);
    const QString a = cliJob(QStringLiteral("a"), 901);
    const QString b = cliJob(QStringLiteral("b"), 902);
    FlipletEmulator::Fault slow;
    slow.delayMs = 3000;
    m_emulator->queueFault(QStringLiteral("commit"), slow);
    auto first = startCli(a);
    QTRY_VERIFY_WITH_TIMEOUT(commitArrived(), 30000); // a waits for its first commit's answer

    // The same job in another process is refused at once; another job runs meanwhile.
    auto twice = startCli(a);
    auto other = startCli(b);
    QVERIFY(finished(*twice));
    QCOMPARE(twice->exitCode(), 2);
    const QByteArray err = twice->readAllStandardError();
    QVERIFY2(err.contains(QStringLiteral("job a is already running in process %1").arg(first->processId()).toUtf8()),
             err.constData());
    QVERIFY(finished(*other));
    QCOMPARE(other->exitCode(), 0);
    QCOMPARE(status(stateDir(), QStringLiteral("a")), QStringLiteral("running"));
    QVERIFY(finished(*first));
    QCOMPARE(first->exitCode(), 0);

    auto store = StateStore::open(stateDir());
    QVERIFY(store);
    for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")}) {
        auto runs = (*store)->runs(id);
        QVERIFY(runs);
        QCOMPARE(runs->size(), size_t(1));
        QCOMPARE(runs->front().status, QStringLiteral("succeeded"));
        QCOMPARE(runs->front().counts.inserted, 30);
        QCOMPARE((*store)->journal(runs->front().id)->size(), size_t(30));
    }
    QCOMPARE(m_emulator->entries(901).size(), size_t(30));
    QCOMPARE(m_emulator->entries(902).size(), size_t(30));
}

QTEST_GUILESS_MAIN(TestSharedStateStore)
#include "tst_sharedstatestore.moc"
