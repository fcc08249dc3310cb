// End-to-end: the real ferry-cli binary against the Fliplet API emulator. First push, no-op rerun, update,
// soft-delete and replace cycles, dry runs that write nothing, retried faults, a run killed between
// batches, exit codes, JSON output and secret masking.
#include "clitestcase.h"
#include "flipletemulator.h"
#include "store/statestore.h"

#include <QJsonArray>
#include <QTcpServer>

#include <sys/stat.h>

using namespace Ferry::Testing;

namespace {
// The token in the bundled compat file sqlite-users.yml.
const QString CompatToken = QStringLiteral("eu--0123456789abcdef");
const QString WrongToken = QStringLiteral("eu--wrong-secret-value");
constexpr qint64 CompatDataSource = 4711;
constexpr qint64 FerryDataSource = 900;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void helpAndVersion();
    void oneJsonLinePerJobAndLogVerbosity();
    void unsetSecretVariable();
    void flipletAgentConfigPushesThenNoOp();
    void updateAndSoftDeleteCycles();
    void replaceCycleAndSafeguard();
    void dryRunWritesNothing();
    void faultsAreRetried();
    void lostCommitAnswerIsNotAppliedTwice();
    void serverDownFails();
    void unreachableOrNonsenseServer();
    void wrongTokenFailsAndIsMasked();
    void invalidConfigRunsNothing();
    void duplicateKeysAreRowErrors();
    void killedBetweenBatchesConverges();
    void terminateStopsBetweenBatches();
    void terminateInterruptsASlowCommit();
    void hangingJobFilesAreRefused();
    void malformedIndexStopsBeforeWriting();
    void echoedTokenIsMaskedEverywhere();
    void shortSecretNeverMasksData();
    void runDeadlineStopsADrippingServer();
    void blobKeyMatchesOnReadBack();
    void valuesJsonCannotHoldAreNamed();

private:
    // The Ferry job with another query (its columns: id and whatever else it selects).
    QString jobWithQuery(const QString &query, const QString &extraTarget = {})
    {
        const QString path = ferryJob(QStringLiteral("update"), extraTarget);
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QByteArray text = f.readAll();
        f.close();
        const qsizetype from = text.indexOf("  query: ");
        const qsizetype to = text.indexOf("target:");
        text.replace(from, to - from, "  query: " + query.toUtf8() + "\n");
        text.replace("  timestamp_column: Updated\n", "");
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }
    QString compatJob()
    {
        // The real Fliplet Agent file, unchanged, next to its database.
        const QString path = m_dir->filePath(QStringLiteral("sqlite-users.yml"));
        QFile::copy(QStringLiteral(FERRY_TEST_DATA) + QStringLiteral("/compat/fliplet-agent/sqlite-users.yml"), path);
        return path;
    }
    QString ferryJob(const QString &mode, const QString &extraTarget = {}, const QString &extraSync = {})
    {
        const QString path = m_dir->filePath(QStringLiteral("ferry-job.yml"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: e2e\n"
                               "name: E2E users\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: sqlite\n"
                               "  path: users.sqlite\n"
                               "  query: SELECT id, email AS Email, full_name AS Name, updated_at AS Updated FROM "
                               "users\n"
                               "target:\n"
                               "  type: fliplet\n"
                               "  datasource_id: %1\n"
                               "  auth_token: {secret: env:FERRY_E2E_TOKEN}\n"
                               "%2"
                               "sync:\n"
                               "  mode: %3\n"
                               "  key: id\n"
                               "  timestamp_column: Updated\n"
                               "%4"
                               "retry: {attempts: 4, initial_delay_ms: 20, max_delay_ms: 100}\n")
                    .arg(FerryDataSource)
                    .arg(extraTarget, mode, extraSync)
                    .toUtf8());
        return path;
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FERRY_FLIPLET_API_URL"), m_emulator->baseUrl());
        e.insert(QStringLiteral("FERRY_E2E_TOKEN"), CompatToken);
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        return e;
    }
    QStringList runArgs(const QString &job, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("run"), job, QStringLiteral("--json"), QStringLiteral("--state"),
                           m_dir->filePath(QStringLiteral("state"))} +
               more;
    }
    int posts() const
    {
        int n = 0;
        for (const auto &r : m_emulator->requests())
            n += r.method != "GET";
        return n;
    }
    void assertNoSecretIn(const CliResult &r)
    {
        for (const QString &secret : {CompatToken, WrongToken}) {
            QVERIFY2(!r.out.contains(secret.toUtf8()), r.out.constData());
            QVERIFY2(!r.err.contains(secret.toUtf8()), r.err.constData());
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
    std::unique_ptr<SourceDb> m_db;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<FlipletEmulator>(CompatToken);
    m_emulator->addDataSource(CompatDataSource);
    QVERIFY(m_emulator->start());
    m_db = std::make_unique<SourceDb>(m_dir->filePath(QStringLiteral("users.sqlite")));
}

void TestCli::cleanup()
{
    m_db.reset();
    m_emulator.reset();
    m_dir.reset();
}

void TestCli::helpAndVersion()
{
    CliResult help = runCli({QStringLiteral("--help")}, env());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--dry-run"));
    QVERIFY(help.out.contains("--allow-mass-delete"));
    CliResult version = runCli({QStringLiteral("--version")}, env());
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(FERRY_VERSION));
    CliResult bad = runCli({QStringLiteral("frobnicate"), QStringLiteral("x.yml")}, env());
    QCOMPARE(bad.exitCode, 3);
}

void TestCli::oneJsonLinePerJobAndLogVerbosity()
{
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 4);
    const QString compat = compatJob(); // no log_verbosity
    const QString ferry = ferryJob(QStringLiteral("update"));
    CliResult r = runCli(runArgs(compat) + QStringList{ferry}, env());
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"job_id").toString().left(14),
             QStringLiteral("fliplet-agent-"));
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(u"job_id").toString(), QStringLiteral("e2e"));
    QVERIFY(r.err.contains("[info]"));
    QVERIFY(!r.err.contains("[debug]"));

    // log_verbosity: debug in a job turns debug lines on; --quiet on the command line wins.
    QFile f(compat);
    QVERIFY(f.open(QIODevice::Append));
    f.write("log_verbosity: debug\n");
    f.close();
    CliResult debug = runCli(runArgs(compat), env());
    QCOMPARE(debug.exitCode, 0);
    QVERIFY2(debug.err.contains("[debug]"), debug.err.constData());
    CliResult quiet = runCli(runArgs(compat, {QStringLiteral("--quiet")}), env());
    QVERIFY(!quiet.err.contains("[debug]") && !quiet.err.contains("[info]"));
    assertNoSecretIn(debug);
}

void TestCli::unsetSecretVariable()
{
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 2);
    const QString job = ferryJob(QStringLiteral("update"));
    QProcessEnvironment e = env();
    e.remove(QStringLiteral("FERRY_E2E_TOKEN"));
    CliResult r = runCli(runArgs(job), e);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("FERRY_E2E_TOKEN, which is not set"), r.err.constData());
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestCli::flipletAgentConfigPushesThenNoOp()
{
    m_db->addUsers(1, 50);
    m_db->exec(QStringLiteral("UPDATE users SET deleted_at = '2024-01-02' WHERE id IN (7, 8)"));
    const QString job = compatJob();

    CliResult first = runCli(runArgs(job), env());
    QCOMPARE(first.exitCode, 0);
    const QJsonObject j = first.json();
    QCOMPARE(j.value(u"inserted").toInt(), 48);
    QCOMPARE(j.value(u"skipped").toInt(), 2); // marked deleted, never pushed
    QCOMPARE(j.value(u"updated").toInt(), 0);
    QCOMPARE(j.value(u"failed").toInt(), 0);
    QVERIFY(j.value(u"inserted").isDouble());
    QCOMPARE(m_emulator->entries(CompatDataSource).size(), size_t(48));
    // run_hooks: [insert] from the file reached the server.
    QCOMPARE(m_emulator->commitBodies().first().value(u"runHooks").toArray().first().toString(),
             QStringLiteral("insert"));
    assertNoSecretIn(first);

    m_emulator->clearRequests();
    CliResult second = runCli(runArgs(job), env());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 48);
    QCOMPARE(second.json().value(u"inserted").toInt(), 0);
    QCOMPARE(posts(), 0); // a no-op run sends no write
    QCOMPARE(m_emulator->entries(CompatDataSource).size(), size_t(48));
}

void TestCli::updateAndSoftDeleteCycles()
{
    m_db->addUsers(1, 20);
    const QString job = compatJob();
    QCOMPARE(runCli(runArgs(job), env()).exitCode, 0);

    // Three rows edited with a newer timestamp; one edited without touching it (not newer: left alone).
    m_db->exec(QStringLiteral("UPDATE users SET email = 'new' || id || '@example.invalid', "
                              "updated_at = '2024-03-01 10:00:00.250' WHERE id IN (2, 3, 4)"));
    m_db->exec(QStringLiteral("UPDATE users SET full_name = 'Quiet edit' WHERE id = 5"));
    CliResult update = runCli(runArgs(job), env());
    QCOMPARE(update.exitCode, 0);
    QCOMPARE(update.json().value(u"updated").toInt(), 3);
    QCOMPARE(update.json().value(u"unchanged").toInt(), 17);
    bool found = false;
    for (const auto &[id, data] : m_emulator->entries(CompatDataSource)) {
        if (data.value(u"id").toInt() == 3) {
            QCOMPARE(data.value(u"Email").toString(), QStringLiteral("new3@example.invalid"));
            found = true;
        }
    }
    QVERIFY(found);

    // Soft delete: rows marked deleted disappear from the data source.
    m_db->exec(QStringLiteral("UPDATE users SET deleted_at = '2024-04-01' WHERE id IN (10, 11)"));
    CliResult softDelete = runCli(runArgs(job), env());
    QCOMPARE(softDelete.exitCode, 0);
    QCOMPARE(softDelete.json().value(u"deleted").toInt(), 2);
    QCOMPARE(m_emulator->entries(CompatDataSource).size(), size_t(18));
}

void TestCli::replaceCycleAndSafeguard()
{
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 10);
    const QString job = ferryJob(QStringLiteral("replace"));
    QCOMPARE(runCli(runArgs(job), env()).exitCode, 0);

    // An orphan that someone added in Fliplet is removed by replace.
    m_emulator->insertEntry(FerryDataSource, QJsonObject{{"id", 99}, {"Email", "stray@example.invalid"}});
    m_db->exec(QStringLiteral("DELETE FROM users WHERE id = 10"));
    CliResult mirror = runCli(runArgs(job), env());
    QCOMPARE(mirror.exitCode, 0);
    QCOMPARE(mirror.json().value(u"deleted").toInt(), 2);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(9));

    // Emptying most of the source trips the safeguard: nothing is written.
    m_db->exec(QStringLiteral("DELETE FROM users WHERE id > 3"));
    m_emulator->clearRequests();
    CliResult held = runCli(runArgs(job), env());
    QCOMPARE(held.exitCode, 2);
    QCOMPARE(held.json().value(u"status").toString(), QStringLiteral("held"));
    QVERIFY(held.json()
                .value(u"error")
                .toObject()
                .value(u"message")
                .toString()
                .contains(QStringLiteral("--allow-mass-delete")));
    QCOMPARE(held.json().value(u"changes").toArray().size(), 6);
    QCOMPARE(posts(), 0);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(9));
    {
        auto store = Ferry::StateStore::open(m_dir->filePath(QStringLiteral("state")));
        QVERIFY(store);
        auto runs = (*store)->runs(QStringLiteral("e2e"));
        QVERIFY(runs && runs->size() == 3);
        QCOMPARE(runs->front().status, QStringLiteral("held")); // newest first
        QVERIFY(runs->front().message.contains(QStringLiteral("safeguard")));
    }
    QVERIFY(held.err.contains("--allow-mass-delete"));

    CliResult confirmed = runCli(runArgs(job, {QStringLiteral("--allow-mass-delete")}), env());
    QCOMPARE(confirmed.exitCode, 0);
    QCOMPARE(confirmed.json().value(u"deleted").toInt(), 6);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(3));
}

void TestCli::dryRunWritesNothing()
{
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 5);
    const QString job = ferryJob(QStringLiteral("replace"));
    QCOMPARE(runCli(runArgs(job), env()).exitCode, 0);
    m_db->exec(QStringLiteral("UPDATE users SET email = 'changed@example.invalid', updated_at = '2024-05-01' "
                              "WHERE id = 2"));
    m_db->addUsers(6, 6);
    m_db->exec(QStringLiteral("DELETE FROM users WHERE id = 5"));

    const QString stateDir = m_dir->filePath(QStringLiteral("dry-state"));
    m_emulator->clearRequests();
    CliResult dry = runCli({QStringLiteral("run"), job, QStringLiteral("--dry-run"), QStringLiteral("--json"),
                            QStringLiteral("--state"), stateDir},
                           env());
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(posts(), 0);
    QVERIFY(!QFileInfo::exists(stateDir)); // not even the state store is touched
    const QJsonObject j = dry.json();
    QCOMPARE(j.value(u"dry_run").toBool(), true);
    QCOMPARE(j.value(u"inserted").toInt(), 1);
    QCOMPARE(j.value(u"updated").toInt(), 1);
    QCOMPARE(j.value(u"deleted").toInt(), 1);
    QCOMPARE(j.value(u"unchanged").toInt(), 3);
    const QJsonArray changes = j.value(u"changes").toArray();
    QCOMPARE(changes.size(), 3);
    QJsonObject update;
    for (const QJsonValue &c : changes)
        if (c.toObject().value(u"action").toString() == u"update")
            update = c.toObject();
    QCOMPARE(update.value(u"key").toString(), QStringLiteral("2"));
    const QJsonArray fields = update.value(u"fields").toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields[0].toObject().value(u"field").toString(), QStringLiteral("Email"));
    QCOMPARE(fields[0].toObject().value(u"old").toString(), QStringLiteral("user2@example.invalid"));
    QCOMPARE(fields[0].toObject().value(u"new").toString(), QStringLiteral("changed@example.invalid"));

    // The text report says the same, per row and field.
    CliResult text = runCli({QStringLiteral("run"), job, QStringLiteral("--dry-run")}, env());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Email: \"user2@example.invalid\" -> \"changed@example.invalid\""), text.out);
    QVERIFY(text.out.contains("would insert 1, update 1, delete 1"));
    QCOMPARE(posts(), 0);
}

void TestCli::faultsAreRetried()
{
    m_db->addUsers(1, 30);
    const QString job = compatJob();
    FlipletEmulator::Fault slow;
    slow.delayMs = 1500;
    m_emulator->queueFault(QStringLiteral("user"), {503});
    m_emulator->queueFault(QStringLiteral("data"), slow);
    FlipletEmulator::Fault tooMany;
    tooMany.status = 429;
    tooMany.retryAfter = 1;
    m_emulator->queueFault(QStringLiteral("commit"), tooMany);
    FlipletEmulator::Fault drop;
    drop.drop = true;
    m_emulator->queueFault(QStringLiteral("commit"), drop);
    m_emulator->queueFault(QStringLiteral("commit"), {502});

    CliResult r = runCli(runArgs(job), env());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"inserted").toInt(), 30);
    QCOMPARE(m_emulator->entries(CompatDataSource).size(), size_t(30)); // no duplicates from retries
    QVERIFY(r.err.contains("HTTP 429"));
    QVERIFY(r.err.contains("retry"));
}

void TestCli::lostCommitAnswerIsNotAppliedTwice()
{
    // The server applies a commit, then the client hears 502 (or nothing): retrying it blindly would insert
    // the batch twice. Ferry checks the data source before it retries.
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 30);
    const QString job = ferryJob(QStringLiteral("update"), QStringLiteral("  batch_rows: 10\n"));
    FlipletEmulator::Fault lost;
    lost.status = 502;
    lost.applyFirst = true;
    m_emulator->queueFault(QStringLiteral("commit"), {});
    m_emulator->queueFault(QStringLiteral("commit"), lost);
    CliResult r = runCli(runArgs(job), env());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"inserted").toInt(), 30);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(30));
    QVERIFY2(r.err.contains("applied"), r.err.constData());

    // Updates and deletes too: the answer to the update commit is lost after it was applied.
    m_db->exec(QStringLiteral("UPDATE users SET email = 'x' || id, updated_at = '2025-01-01' WHERE id <= 5"));
    m_emulator->queueFault(QStringLiteral("commit"), lost);
    CliResult u = runCli(runArgs(job), env());
    QVERIFY2(u.exitCode == 0, u.err.constData());
    QCOMPARE(u.json().value(u"updated").toInt(), 5);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(30));

    // A dropped connection after applying is the same story.
    m_db->addUsers(31, 35);
    FlipletEmulator::Fault dropped;
    dropped.drop = true;
    dropped.applyFirst = true;
    m_emulator->queueFault(QStringLiteral("commit"), dropped);
    CliResult d = runCli(runArgs(job), env());
    QVERIFY2(d.exitCode == 0, d.err.constData());
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(35));
}

void TestCli::serverDownFails()
{
    m_db->addUsers(1, 3);
    const QString job = ferryJob(QStringLiteral("update"));
    m_emulator->addDataSource(FerryDataSource);
    for (int i = 0; i < 10; ++i)
        m_emulator->queueFault(QStringLiteral("commit"), {503});
    CliResult r = runCli(runArgs(job), env());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(u"status").toString(), QStringLiteral("failed"));
    QCOMPARE(r.json().value(u"inserted").toInt(), 0);
    QCOMPARE(r.json().value(u"failed").toInt(), 3);
    QVERIFY(r.err.contains("HTTP 503"));
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(0));
}

void TestCli::unreachableOrNonsenseServer()
{
    m_db->addUsers(1, 3);
    const QString job = ferryJob(QStringLiteral("update"));

    // Nothing listens at the address.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("FERRY_FLIPLET_API_URL"), closed);
    CliResult down = runCli(runArgs(job), e);
    QCOMPARE(down.exitCode, 2);
    QVERIFY2(down.err.contains("no answer after 4 attempt(s)"), down.err.constData());
    QVERIFY(down.err.contains("check the address"));

    // A server that answers, but not like the Fliplet API (a proxy's error page with status 200).
    m_emulator->addDataSource(FerryDataSource);
    FlipletEmulator::Fault nonsense;
    nonsense.status = 200; // the emulator's injected answer: {"message": …}, no entries
    m_emulator->queueFault(QStringLiteral("data"), nonsense);
    CliResult odd = runCli(runArgs(job), env());
    QCOMPARE(odd.exitCode, 2);
    QVERIFY2(odd.err.contains("no 'entries' list"), odd.err.constData());
    QCOMPARE(m_emulator->commitCount(), 0);
}

void TestCli::wrongTokenFailsAndIsMasked()
{
    m_db->addUsers(1, 3);
    const QString job = ferryJob(QStringLiteral("update"));
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("FERRY_E2E_TOKEN"), WrongToken);
    CliResult r = runCli(runArgs(job, {QStringLiteral("--verbose")}), e);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("HTTP 401"));
    assertNoSecretIn(r);
}

void TestCli::invalidConfigRunsNothing()
{
    m_db->addUsers(1, 3);
    const QString good = compatJob();
    const QString bad = m_dir->filePath(QStringLiteral("bad.yml"));
    QFile f(bad);
    f.open(QIODevice::WriteOnly);
    f.write("auth_token: eu--x\ndatasource_id: 1\ndatabase_driver: sqlite\ndatabase_host: users.sqlite\n"
            "query: SELECT 1\nmode: mirror\n");
    f.close();
    CliResult r = runCli(runArgs(good) + QStringList{bad}, env());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("bad.yml:6:7"));
    QVERIFY(m_emulator->requests().isEmpty());
    // With --json, scripts get an object for the file that stopped the run.
    QCOMPARE(r.json().value(u"status").toString(), QStringLiteral("invalid-config"));
    QVERIFY(r.json().value(u"error").toObject().value(u"context").toString().contains(QStringLiteral("bad.yml:6:7")));

    CliResult validate = runCli({QStringLiteral("validate"), good}, env());
    QCOMPARE(validate.exitCode, 0);
    QVERIFY(validate.out.contains("valid Fliplet Agent job"));
    QVERIFY(m_emulator->requests().isEmpty());

    // A key column that the query lacks is a configuration error found when planning.
    m_emulator->addDataSource(FerryDataSource);
    const QString job = ferryJob(QStringLiteral("update"), {}, QStringLiteral("  delete_column: Gone\n"));
    QCOMPARE(runCli(runArgs(job), env()).exitCode, 3);
}

void TestCli::duplicateKeysAreRowErrors()
{
    m_db->addUsers(1, 5);
    m_db->addUsers(3, 3); // id 3 twice
    const QString job = compatJob();
    CliResult r = runCli(runArgs(job), env());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(u"status").toString(), QStringLiteral("row-errors"));
    QCOMPARE(j.value(u"inserted").toInt(), 4);
    QCOMPARE(j.value(u"failed").toInt(), 2);
    const QJsonArray errors = j.value(u"errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].toObject().value(u"key").toString(), QStringLiteral("3"));
    QVERIFY(errors[0].toObject().value(u"reason").toString().contains(QStringLiteral("2 times")));
}

void TestCli::killedBetweenBatchesConverges()
{
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 1000);
    const QString job = ferryJob(QStringLiteral("update"), QStringLiteral("  batch_rows: 100\n"));

    // SIGKILL the process once the server has applied the third batch, before it hears the answer.
    QProcess *running = nullptr;
    m_emulator->onCommitApplied = [&running](int n) {
        if (n == 3 && running)
            running->kill();
    };
    CliResult killed = runCli(runArgs(job), env(), [&running](QProcess &p) { running = &p; });
    running = nullptr;
    m_emulator->onCommitApplied = nullptr;
    QCOMPARE(killed.exitStatus, QProcess::CrashExit);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(300));
    {
        // The state store holds only what the server confirmed: two batches, not the third.
        auto store = Ferry::StateStore::open(m_dir->filePath(QStringLiteral("state")));
        QVERIFY(store);
        auto runs = (*store)->runs(QStringLiteral("e2e"));
        QVERIFY(runs && runs->size() == 1);
        QCOMPARE(runs->front().status, QStringLiteral("interrupted"));
        QCOMPARE(runs->front().counts.inserted, 200);
        auto journal = (*store)->journal(runs->front().id);
        QVERIFY(journal);
        QCOMPARE(journal->size(), size_t(200));
        QCOMPARE(journal->back().key, QStringLiteral("200"));
    }

    CliResult rerun = runCli(runArgs(job), env());
    QCOMPARE(rerun.exitCode, 0);
    QCOMPARE(rerun.json().value(u"inserted").toInt(), 700);
    QCOMPARE(rerun.json().value(u"unchanged").toInt(), 300);

    // Exactly one entry per key, with the right content.
    QSet<int> keys;
    for (const auto &[id, data] : m_emulator->entries(FerryDataSource)) {
        const int key = data.value(u"id").toInt();
        QVERIFY2(!keys.contains(key), qPrintable(QString::number(key)));
        keys.insert(key);
        QCOMPARE(data.value(u"Email").toString(), QStringLiteral("user%1@example.invalid").arg(key));
    }
    QCOMPARE(keys.size(), 1000);

    CliResult again = runCli(runArgs(job), env());
    QCOMPARE(again.json().value(u"unchanged").toInt(), 1000);
}

void TestCli::terminateStopsBetweenBatches()
{
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 30);
    const QString job = ferryJob(QStringLiteral("update"), QStringLiteral("  batch_rows: 10\n"));
    // SIGTERM arrives once the first commit is confirmed: no other batch starts.
    QProcess *running = nullptr;
    m_emulator->onCommitApplied = [&running](int n) {
        if (n == 1 && running)
            running->terminate();
    };
    CliResult r = runCli(runArgs(job), env(), [&running](QProcess &p) { running = &p; });
    m_emulator->onCommitApplied = nullptr;
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(u"status").toString(), QStringLiteral("cancelled"));
    const int inserted = j.value(u"inserted").toInt();
    QVERIFY2(inserted == 10 || inserted == 0, qPrintable(QString::number(inserted)));
    QCOMPARE(inserted + j.value(u"not_attempted").toInt(), 30);
    QCOMPARE(m_emulator->commitCount(), 1);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(10));

    auto store = Ferry::StateStore::open(m_dir->filePath(QStringLiteral("state")));
    QVERIFY(store);
    auto runs = (*store)->runs(QStringLiteral("e2e"));
    QVERIFY(runs && runs->size() == 1);
    QCOMPARE(runs->front().status, QStringLiteral("cancelled"));
}

void TestCli::terminateInterruptsASlowCommit()
{
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 30);
    const QString job = ferryJob(QStringLiteral("update"), QStringLiteral("  batch_rows: 10\n"));
    // The server applies the first commit, then holds its answer for a minute; SIGTERM arrives meanwhile.
    // The run stops at once without waiting for the answer, and the next run finds the rows that landed.
    FlipletEmulator::Fault stalled;
    stalled.delayMs = 60000;
    m_emulator->queueFault(QStringLiteral("commit"), stalled);
    QProcess *running = nullptr;
    QElapsedTimer sinceSignal;
    m_emulator->onCommitApplied = [&running, &sinceSignal](int n) {
        if (n == 1 && running) {
            running->terminate();
            sinceSignal.start();
        }
    };
    CliResult r = runCli(runArgs(job), env(), [&running](QProcess &p) { running = &p; });
    m_emulator->onCommitApplied = nullptr;
    qInfo("SIGTERM during a commit whose answer is held for 60 s: ferry-cli ended %lld ms later",
          sinceSignal.elapsed());
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(u"status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(j.value(u"inserted").toInt(), 0); // not confirmed
    QCOMPARE(j.value(u"not_attempted").toInt(), 30);
    QVERIFY(r.err.contains("in flight"));
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(10)); // what the server applied

    CliResult again = runCli(runArgs(job), env());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(u"inserted").toInt(), 20);
    QCOMPARE(again.json().value(u"unchanged").toInt(), 10);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(30));
}

void TestCli::hangingJobFilesAreRefused()
{
    // A FIFO nobody writes to and a device without end: refused at once (exit 3), nothing blocks.
    const QString fifo = m_dir->filePath(QStringLiteral("job.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &file : {fifo, QStringLiteral("/dev/zero")}) {
        CliResult r = runCli(runArgs(file), env());
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
    }
}

void TestCli::malformedIndexStopsBeforeWriting()
{
    // The data source lists one id twice: the answer breaks the contract, and the run stops before it writes.
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 3);
    FlipletEmulator::Fault twice;
    twice.body = R"({"entries":[{"id":1000,"data":{"id":1}},{"id":1000,"data":{"id":2}}]})";
    m_emulator->queueFault(QStringLiteral("data"), twice);
    CliResult r = runCli(runArgs(ferryJob(QStringLiteral("replace"))), env());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(u"status").toString(), QStringLiteral("failed"));
    QVERIFY2(r.err.contains("twice"), r.err.constData());
    QCOMPARE(posts(), 0);
}

void TestCli::echoedTokenIsMaskedEverywhere()
{
    // A token with a quote and a backslash, echoed by the server in its error: masked on stderr, in --json
    // (where it is escaped) and in the state store.
    const QString token = QStringLiteral("eu--se\"cr\\et-token");
    m_db->addUsers(1, 3);
    FlipletEmulator::Fault echo;
    echo.echoToken = true;
    m_emulator->queueFault(QStringLiteral("user"), echo);
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("FERRY_E2E_TOKEN"), token);
    CliResult r = runCli(runArgs(ferryJob(QStringLiteral("update")), {QStringLiteral("--verbose")}), e);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("for token ****"), r.err.constData()); // the server did echo it
    const QByteArray escaped = "eu--se\\\"cr\\\\et-token";
    for (const QByteArray &form : {token.toUtf8(), escaped, QByteArray("cr\\et")}) {
        QVERIFY2(!r.out.contains(form), r.out.constData());
        QVERIFY2(!r.err.contains(form), r.err.constData());
    }
    QVERIFY(r.json().value(u"error").toObject().value(u"message").toString().contains(QStringLiteral("****")));
    auto store = Ferry::StateStore::open(m_dir->filePath(QStringLiteral("state")));
    QVERIFY(store);
    auto runs = (*store)->runs(QStringLiteral("e2e"));
    QVERIFY(runs && runs->size() == 1);
    QVERIFY2(runs->front().message.contains(QStringLiteral("for token ****")), qPrintable(runs->front().message));
    QVERIFY(!runs->front().message.contains(QStringLiteral("cr\\et")));
}

void TestCli::shortSecretNeverMasksData()
{
    // A token of four characters is masked in messages where it stands alone, never in data.
    m_emulator = std::make_unique<FlipletEmulator>(QStringLiteral("2024"));
    m_emulator->addDataSource(FerryDataSource);
    QVERIFY(m_emulator->start());
    m_db->addUsers(2024, 2024);
    m_db->exec(QStringLiteral("UPDATE users SET full_name = 'Amount 2024 and 120245'"));
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("FERRY_E2E_TOKEN"), QStringLiteral("2024"));
    const QString job = ferryJob(QStringLiteral("update"));
    CliResult dry = runCli(runArgs(job, {QStringLiteral("--dry-run")}), e);
    QCOMPARE(dry.exitCode, 0);
    const QJsonObject change = dry.json().value(u"changes").toArray().first().toObject();
    QCOMPARE(change.value(u"key").toString(), QStringLiteral("2024"));
    CliResult text = runCli({QStringLiteral("run"), job, QStringLiteral("--dry-run")}, e);
    QVERIFY2(text.out.contains("2024"), text.out.constData());
    CliResult r = runCli(runArgs(job), e);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_emulator->entries(FerryDataSource).begin()->second.value(u"Name").toString(),
             QStringLiteral("Amount 2024 and 120245"));
    QCOMPARE(m_emulator->entries(FerryDataSource).begin()->second.value(u"id").toInt(), 2024);

    // In a message, it is masked.
    FlipletEmulator::Fault echo;
    echo.status = 400;
    echo.echoToken = true;
    m_emulator->queueFault(QStringLiteral("user"), echo);
    CliResult refused = runCli(runArgs(job), e);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("for token ****"), refused.err.constData());
}

void TestCli::runDeadlineStopsADrippingServer()
{
    // The server drips its answer a byte every 50 ms: each byte keeps the connection alive, and the request
    // limit is far. The run's own limit stops it.
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 3);
    QString job = ferryJob(QStringLiteral("update"));
    QFile f(job);
    f.open(QIODevice::ReadOnly);
    QByteArray text = f.readAll().replace("max_delay_ms: 100}",
                                          "max_delay_ms: 100, request_timeout_ms: 60000, run_timeout_ms: 1500}");
    f.close();
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(text);
    f.close();
    FlipletEmulator::Fault drip;
    drip.dripMs = 50;
    m_emulator->queueFault(QStringLiteral("data"), drip);
    QElapsedTimer timer;
    timer.start();
    CliResult r = runCli(runArgs(job), env());
    qInfo("a run limited to 1.5 s against a server dripping a byte every 50 ms ended after %lld ms", timer.elapsed());
    QCOMPARE(r.exitCode, 2);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(u"status").toString(), QStringLiteral("failed"));
    QCOMPARE(j.value(u"error").toObject().value(u"code").toString(), QStringLiteral("timeout"));
    QVERIFY2(r.err.contains("run_timeout_ms"), r.err.constData());
    QCOMPARE(posts(), 0);
}

void TestCli::blobKeyMatchesOnReadBack()
{
    // A BLOB key is sent as base64 text and compared in that form on the next run: no insert again.
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 3);
    const QString job = jobWithQuery(QStringLiteral("SELECT CAST(email AS BLOB) AS id, full_name AS Name FROM users"));
    CliResult first = runCli(runArgs(job), env());
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json().value(u"inserted").toInt(), 3);
    QCOMPARE(m_emulator->entries(FerryDataSource).begin()->second.value(u"id").toString(),
             QString::fromLatin1(QByteArray("user1@example.invalid").toBase64()));
    CliResult again = runCli(runArgs(job), env());
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json().value(u"inserted").toInt(), 0);
    QCOMPARE(again.json().value(u"unchanged").toInt(), 3);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(3));
}

void TestCli::valuesJsonCannotHoldAreNamed()
{
    // inf becomes null in JSON and text that was not UTF-8 arrives with U+FFFD: each is a warning that
    // names its row and column, never silent.
    m_emulator->addDataSource(FerryDataSource);
    m_db->addUsers(1, 3);
    m_db->exec(QStringLiteral("UPDATE users SET full_name = CAST(x'41ff42' AS TEXT) WHERE id = 2"));
    const QString job = jobWithQuery(
        QStringLiteral("SELECT id, full_name AS Name, CASE WHEN id = 3 THEN -9e999 ELSE 1.5 END AS Ratio FROM users "
                       "ORDER BY id"));
    CliResult r = runCli(runArgs(job), env());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString warnings = QJsonDocument(r.json().value(u"warnings").toArray()).toJson();
    QVERIFY2(warnings.contains(QStringLiteral("row 3, column Ratio: -inf")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("row 2, column Name")) && warnings.contains(QStringLiteral("U+FFFD")),
             qPrintable(warnings));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
