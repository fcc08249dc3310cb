// End-to-end: `ferry-cli daemon` against the Fliplet API emulator. A job due every second runs again and
// again, never twice at once, and a job file added meanwhile is picked up; SIGTERM in the middle of a run
// lets the batch in flight finish and exits 0, and the restarted daemon converges with nothing lost; a job
// whose lease another process holds (the desktop app running it) is skipped and said, never run twice.
#include "clitestcase.h"
#include "flipletemulator.h"
#include "store/statestore.h"

using namespace Ferry;
using namespace Ferry::Testing;

namespace {
const QString Token = QStringLiteral("eu--daemon-test-token-1234");
constexpr qint64 DataSource = 901;
} // namespace

class TestDaemon : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void runsOnScheduleWithoutOverlap();
    void terminateFinishesTheBatchThenRestartConverges();
    void jobHeldByAnotherProcessIsSkipped();
    void badCommandLines();

private:
    // A job file in the daemon's folder: every user to the emulator's data source, on cron.
    void writeJob(const QString &id, const QString &cron, bool runOnStart, qint64 dataSource = DataSource,
                  int batchRows = 0)
    {
        QFile f(m_jobs + u'/' + id + QStringLiteral(".yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("ferry: 1\n"
                               "id: %1\n"
                               "name: Daemon %1\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: sqlite\n"
                               "  path: %2\n"
                               "  query: SELECT id, email AS Email, full_name AS Name FROM users\n"
                               "target:\n"
                               "  type: fliplet\n"
                               "  datasource_id: %3\n"
                               "  auth_token: {secret: env:FERRY_DAEMON_TOKEN}\n"
                               "%4"
                               "sync:\n"
                               "  mode: update\n"
                               "  key: id\n"
                               "schedule:\n"
                               "  cron: '%5'\n"
                               "  run_on_start: %6\n")
                    .arg(id, m_dir->filePath(QStringLiteral("users.sqlite")))
                    .arg(dataSource)
                    .arg(batchRows ? QStringLiteral("  batch_rows: %1\n").arg(batchRows) : QString(), cron,
                         runOnStart ? QStringLiteral("true") : QStringLiteral("false"))
                    .toUtf8());
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FERRY_FLIPLET_API_URL"), m_emulator->baseUrl());
        e.insert(QStringLiteral("FERRY_DAEMON_TOKEN"), Token);
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.remove(QStringLiteral("JOURNAL_STREAM"));
        return e;
    }
    std::unique_ptr<QProcess> startDaemon(const QStringList &more = {})
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env());
        p->start(QStringLiteral(FERRY_CLI), QStringList{QStringLiteral("daemon"), QStringLiteral("--jobs"), m_jobs,
                                                        QStringLiteral("--state"), m_state} +
                                                more);
        if (!p->waitForStarted())
            return nullptr;
        return p;
    }
    // Stops the daemon with SIGTERM; its stderr.
    QByteArray stop(QProcess &p, int *exitCode)
    {
        p.terminate();
        QSignalSpy finished(&p, &QProcess::finished);
        if (p.state() != QProcess::NotRunning && !finished.wait(60000))
            p.kill();
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardError();
    }
    std::vector<RunRecord> runs(const QString &jobId) const
    {
        auto store = StateStore::open(m_state);
        if (!store)
            return {};
        auto r = (*store)->runs(jobId, 0);
        return r ? *r : std::vector<RunRecord>{};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
    std::unique_ptr<SourceDb> m_db;
    QString m_jobs, m_state;
};

void TestDaemon::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_jobs = m_dir->filePath(QStringLiteral("jobs"));
    m_state = m_dir->filePath(QStringLiteral("state"));
    QVERIFY(QDir().mkpath(m_jobs));
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(DataSource);
    QVERIFY(m_emulator->start());
    m_db = std::make_unique<SourceDb>(m_dir->filePath(QStringLiteral("users.sqlite")));
}

void TestDaemon::cleanup()
{
    m_db.reset();
    m_emulator.reset();
    m_dir.reset();
}

void TestDaemon::runsOnScheduleWithoutOverlap()
{
    m_db->addUsers(1, 50);
    writeJob(QStringLiteral("every-second"), QStringLiteral("* * * * * *"), false);
    auto daemon = startDaemon();
    QVERIFY(daemon);
    QTRY_VERIFY_WITH_TIMEOUT(runs(QStringLiteral("every-second")).size() >= 3, 30000);
    // A job file added while it runs is picked up.
    m_emulator->addDataSource(DataSource + 1);
    writeJob(QStringLiteral("added"), QStringLiteral("* * * * * *"), false, DataSource + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!runs(QStringLiteral("added")).empty(), 30000);
    int exitCode = -1;
    const QByteArray err = stop(*daemon, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(err.contains("added: new job file, scheduled") || err.contains("Daemon added: new job file, scheduled"),
             err.constData());
    QVERIFY2(err.contains("stopped"), err.constData());
    QVERIFY2(!err.contains(Token.toUtf8()), err.constData());

    // Every run succeeded, one after the other: each started after the one before finished.
    // (The newest may have been stopped by the SIGTERM before it wrote anything.)
    const std::vector<RunRecord> all = runs(QStringLiteral("every-second"));
    for (size_t i = 0; i < all.size(); ++i)
        QVERIFY2(all[i].status == u"succeeded" || (i == 0 && all[i].status == u"cancelled"), qPrintable(all[i].status));
    for (size_t i = 1; i < all.size(); ++i) // newest first
        QVERIFY(all[i - 1].startedAt >= all[i].finishedAt);
    QCOMPARE(all.back().counts.inserted, 50);
    QCOMPARE(all[1].counts.unchanged, 50);
    QCOMPARE(m_emulator->entries(DataSource).size(), size_t(50));
    QCOMPARE(m_emulator->entries(DataSource + 1).size(), size_t(50));
}

void TestDaemon::terminateFinishesTheBatchThenRestartConverges()
{
    m_db->addUsers(1, 30);
    writeJob(QStringLiteral("slow"), QStringLiteral("0 3 * * *"), true, DataSource, 10);
    // The first commit's answer takes 1.5 s; SIGTERM arrives while it is in flight.
    FlipletEmulator::Fault slow;
    slow.delayMs = 1500;
    m_emulator->queueFault(QStringLiteral("commit"), slow);
    std::unique_ptr<QProcess> daemon;
    bool signalled = false;
    m_emulator->onCommitApplied = [&](int n) {
        if (n == 1 && daemon) {
            daemon->terminate();
            signalled = true;
        }
    };
    daemon = startDaemon();
    QVERIFY(daemon);
    QSignalSpy finished(daemon.get(), &QProcess::finished);
    QVERIFY(finished.wait(60000));
    m_emulator->onCommitApplied = nullptr;
    QVERIFY(signalled);
    QCOMPARE(daemon->exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon->exitCode(), 0);
    const QByteArray err = daemon->readAllStandardError();
    QVERIFY2(err.contains("finish the batch they are writing"), err.constData());
    // The batch in flight was confirmed and recorded; no other started.
    QCOMPARE(m_emulator->commitCount(), 1);
    QCOMPARE(m_emulator->entries(DataSource).size(), size_t(10));
    std::vector<RunRecord> first = runs(QStringLiteral("slow"));
    QCOMPARE(first.size(), size_t(1));
    QCOMPARE(first[0].status, QStringLiteral("cancelled"));
    QCOMPARE(first[0].counts.inserted, 10);

    // Restarted: it runs at start and converges.
    daemon = startDaemon();
    QVERIFY(daemon);
    QTRY_COMPARE_WITH_TIMEOUT(runs(QStringLiteral("slow")).size(), size_t(2), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(runs(QStringLiteral("slow")).front().status != u"running", 30000);
    int exitCode = -1;
    stop(*daemon, &exitCode);
    QCOMPARE(exitCode, 0);
    const RunRecord second = runs(QStringLiteral("slow")).front();
    QCOMPARE(second.status, QStringLiteral("succeeded"));
    QCOMPARE(second.counts.inserted, 20);
    QCOMPARE(second.counts.unchanged, 10);
    QCOMPARE(m_emulator->entries(DataSource).size(), size_t(30));
}

void TestDaemon::jobHeldByAnotherProcessIsSkipped()
{
    m_db->addUsers(1, 5);
    writeJob(QStringLiteral("shared"), QStringLiteral("* * * * * *"), false);
    // Another Ferry process (the desktop app, running the job) holds the job's lease.
    auto store = StateStore::open(m_state);
    QVERIFY(store);
    auto lease = (*store)->acquireLease(QStringLiteral("shared"));
    QVERIFY(lease);
    auto daemon = startDaemon();
    QVERIFY(daemon);
    QTest::qWait(2500);
    QCOMPARE(m_emulator->commitCount(), 0);
    lease->reset(); // the other run ends
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator->commitCount() >= 1, 30000);
    int exitCode = -1;
    const QByteArray err = stop(*daemon, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(err.contains("skipped, it is running elsewhere"), err.constData());
    QVERIFY2(err.contains("already running in process"), err.constData());
    QCOMPARE(m_emulator->entries(DataSource).size(), size_t(5));
}

void TestDaemon::badCommandLines()
{
    CliResult missing =
        runCli({QStringLiteral("daemon"), QStringLiteral("--jobs"), m_dir->filePath(QStringLiteral("nope"))}, env());
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains("does not exist"), missing.err.constData());
    CliResult parallel = runCli({QStringLiteral("daemon"), QStringLiteral("--parallel"), QStringLiteral("0")}, env());
    QCOMPARE(parallel.exitCode, 3);
    QVERIFY(parallel.err.contains("--parallel"));
    // A broken job file is named, and the others still run.
    QFile broken(m_jobs + QStringLiteral("/broken.yaml"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("ferry: 1\nsource: [\n");
    broken.close();
    m_db->addUsers(1, 3);
    writeJob(QStringLiteral("fine"), QStringLiteral("0 3 * * *"), true);
    auto daemon = startDaemon();
    QVERIFY(daemon);
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator->entries(DataSource).size() == 3, 30000);
    int exitCode = -1;
    const QByteArray err = stop(*daemon, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(err.contains("broken.yaml") && err.contains("not scheduled until the file is fixed"), err.constData());
}

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
