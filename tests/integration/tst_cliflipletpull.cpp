// End-to-end: ferry-cli pulls a Fliplet data source (the emulator) into a SQLite file. A Ferry job and a Fliplet
// Agent type: pull file converge (the second run changes nothing), new and edited entries follow, and broken
// input (wrong token, unknown data source, a malformed answer) fails clearly and writes nothing.
#include "clitestcase.h"
#include "flipletemulator.h"
#include "testservers.h"

#include <QJsonArray>

using namespace Ferry::Testing;

namespace {
const QString Token = QStringLiteral("eu--0123456789abcdef"); // the one in compat/fliplet-agent/sqlite-pull.yml
constexpr qint64 Ds = 4712;
} // namespace

class TestCliFlipletPull : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void testAndSampleReport();
    void pullConvergesAndFollowsChanges();
    void flipletAgentPullFileRuns();
    void pullIntoPostgresConverges();
    void wrongTokenFailsAndWritesNothing();
    void unknownDataSourceNamesIt();
    void malformedAnswerWritesNothing();

private:
    QString job(const QString &extraSource = {}, const QString &mode = QStringLiteral("replace"))
    {
        const QString path = m_dir->filePath(QStringLiteral("pull.yml"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: pull-e2e\n"
                               "source:\n"
                               "  type: fliplet\n"
                               "  datasource_id: %1\n"
                               "  auth_token: {secret: env:FERRY_E2E_TOKEN}\n"
                               "%2"
                               "target:\n"
                               "  type: sqlite\n"
                               "  path: local.sqlite\n"
                               "  table: users\n"
                               "  create_table: true\n"
                               "sync:\n"
                               "  mode: %3\n"
                               "  key: fliplet_entry_id\n"
                               "  timestamp_column: fliplet_updated_at\n"
                               "retry: {attempts: 2, initial_delay_ms: 20, max_delay_ms: 50}\n")
                    .arg(Ds)
                    .arg(extraSource, mode)
                    .toUtf8());
        return path;
    }
    QProcessEnvironment env(const QString &token = Token) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FERRY_FLIPLET_API_URL"), m_emulator->baseUrl());
        e.insert(QStringLiteral("FERRY_E2E_TOKEN"), token);
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        return e;
    }
    QStringList runArgs(const QString &jobFile) const
    {
        return {QStringLiteral("run"), jobFile, QStringLiteral("--json"), QStringLiteral("--state"),
                m_dir->filePath(QStringLiteral("state"))};
    }
    // The rows of a table in a SQLite file of the test folder, as "column=value|…" lines in rowid order.
    QStringList rows(const QString &file, const QString &table, const QStringList &columns) const
    {
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_dir->filePath(file));
            if (!db.open())
                return {QStringLiteral("cannot open")};
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY fliplet_entry_id")
                            .arg(columns.join(QStringLiteral(", ")), table)))
                out.append(QStringLiteral("error: ") + q.lastError().text());
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < columns.size(); ++c)
                    cells.append(q.value(c).toString());
                out.append(cells.join(u'|'));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return out;
    }
    void addUsers(int from, int to)
    {
        for (int i = from; i <= to; ++i)
            m_emulator->insertEntry(
                Ds, QJsonObject{{QStringLiteral("id"), i},
                                {QStringLiteral("Email"), QStringLiteral("user%1@example.invalid").arg(i)},
                                {QStringLiteral("Status"),
                                 i % 3 == 0 ? QStringLiteral("inactive") : QStringLiteral("active")}});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
};

void TestCliFlipletPull::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(Ds, QStringLiteral("Users"));
    QVERIFY(m_emulator->start());
}

void TestCliFlipletPull::cleanup()
{
    m_emulator.reset();
    m_dir.reset();
}

void TestCliFlipletPull::testAndSampleReport()
{
    addUsers(1, 6);
    const QString file = job(QStringLiteral("  where: {Status: active}\n"));
    CliResult test = runCli({QStringLiteral("test"), file, QStringLiteral("--json")}, env());
    QVERIFY2(test.exitCode == 0, test.err.constData());
    const QJsonObject source = test.json().value(u"source").toObject();
    QCOMPARE(source.value(u"type").toString(), QStringLiteral("fliplet/source"));
    QCOMPARE(source.value(u"status").toString(), QStringLiteral("passed"));
    QCOMPARE(source.value(u"rowCount").toInt(), 4); // ids 3 and 6 are inactive
    QCOMPARE(source.value(u"object").toString(), QStringLiteral("Users (4712)"));
    QVERIFY(source.value(u"columns").toArray().contains(QStringLiteral("fliplet_entry_id")));
    CliResult sample = runCli({QStringLiteral("sample"), file, QStringLiteral("-n"), QStringLiteral("2")}, env());
    QVERIFY2(sample.exitCode == 0, sample.err.constData());
    QVERIFY2(sample.out.contains("user1@example.invalid") && sample.out.contains("user2@example.invalid") &&
                 !sample.out.contains("user4@example.invalid"),
             sample.out.constData());
    QVERIFY(!test.out.contains(Token.toUtf8()) && !sample.out.contains(Token.toUtf8()));
}

void TestCliFlipletPull::pullConvergesAndFollowsChanges()
{
    addUsers(1, 30);
    const QString file = job();
    CliResult first = runCli(runArgs(file), env());
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json().value(u"inserted").toInt(), 30);
    QCOMPARE(first.json().value(u"failed").toInt(), 0);
    const QStringList pulled =
        rows(QStringLiteral("local.sqlite"), QStringLiteral("users"),
             {QStringLiteral("fliplet_entry_id"), QStringLiteral("id"), QStringLiteral("Email")});
    QCOMPARE(pulled.size(), 30);
    const auto entries = m_emulator->entries(Ds);
    QCOMPARE(pulled.first(), QStringLiteral("%1|1|user1@example.invalid").arg(entries.begin()->first));
    QCOMPARE(pulled.last(), QStringLiteral("%1|30|user30@example.invalid").arg(entries.rbegin()->first));
    QVERIFY(!first.err.contains(Token.toUtf8()));

    // Converged: the second run changes nothing.
    CliResult second = runCli(runArgs(file), env());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 30);
    QCOMPARE(second.json().value(u"inserted").toInt(), 0);
    QCOMPARE(second.json().value(u"updated").toInt(), 0);
    QCOMPARE(second.json().value(u"deleted").toInt(), 0);

    // New entries arrive; with a filter, entries that no longer match leave the table (replace mode).
    addUsers(31, 32);
    const QString filtered = job(QStringLiteral("  where: {Status: active}\n"));
    CliResult third = runCli(runArgs(filtered), env());
    QVERIFY2(third.exitCode == 0, third.err.constData());
    QCOMPARE(third.json().value(u"inserted").toInt(), 2);
    QCOMPARE(third.json().value(u"deleted").toInt(), 10); // ids 3, 6, …, 30 are inactive
    QCOMPARE(rows(QStringLiteral("local.sqlite"), QStringLiteral("users"), {QStringLiteral("id")}).size(), 22);
    CliResult fourth = runCli(runArgs(filtered), env());
    QCOMPARE(fourth.json().value(u"unchanged").toInt(), 22);
    QCOMPARE(fourth.json().value(u"inserted").toInt() + fourth.json().value(u"deleted").toInt(), 0);
}

void TestCliFlipletPull::flipletAgentPullFileRuns()
{
    addUsers(1, 12);
    const QString path = m_dir->filePath(QStringLiteral("sqlite-pull.yml"));
    QVERIFY(
        QFile::copy(QStringLiteral(FERRY_TEST_DATA) + QStringLiteral("/compat/fliplet-agent/sqlite-pull.yml"), path));
    CliResult first = runCli(runArgs(path), env());
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json().value(u"inserted").toInt(), 8); // where: {Status: active}
    const QStringList pulled = rows(QStringLiteral("pulled.sqlite"), QStringLiteral("fliplet_datasource_4712"),
                                    {QStringLiteral("id"), QStringLiteral("Status")});
    QCOMPARE(pulled.size(), 8);
    QCOMPARE(pulled.first(), QStringLiteral("1|active"));
    QVERIFY(!first.err.contains(Token.toUtf8())); // the inline token is masked
    CliResult second = runCli(runArgs(path), env());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 8);
    QCOMPARE(second.json().value(u"inserted").toInt(), 0);
}

// Data flows back into a database server: Fliplet → a PostgreSQL table the first run creates.
void TestCliFlipletPull::pullIntoPostgresConverges()
{
    const std::optional<Server> pg = server("FERRY_TEST_PG", QStringLiteral("postgres"));
    if (!pg) {
        if (qEnvironmentVariableIsSet("FERRY_REQUIRE_SERVERS"))
            QFAIL("FERRY_TEST_PG is not set: start the servers with scripts/db-servers.sh");
        QSKIP("no PostgreSQL server: eval \"$(scripts/db-servers.sh start)\" to run this test");
    }
    const QString table = QStringLiteral("Fliplet Users %1").arg(QDateTime::currentMSecsSinceEpoch());
    addUsers(1, 25);
    const QString path = m_dir->filePath(QStringLiteral("pull-pg.yml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("ferry: 1\n"
                               "id: pull-pg\n"
                               "source: {type: fliplet, datasource_id: %1, auth_token: {secret: env:FERRY_E2E_TOKEN}}\n"
                               "target:\n"
                               "  type: sql\n"
                               "  driver: postgres\n"
                               "  host: %2\n"
                               "  port: %3\n"
                               "  database: %4\n"
                               "  username: %5\n"
                               "  password: {secret: env:FERRY_E2E_PG_PASSWORD}\n"
                               "  table: %6\n"
                               "  create_table: true\n"
                               "sync: {mode: replace, key: fliplet_entry_id, timestamp_column: fliplet_updated_at}\n")
                    .arg(Ds)
                    .arg(pg->host)
                    .arg(pg->port)
                    .arg(pg->database, pg->user, table)
                    .toUtf8());
    }
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("FERRY_E2E_PG_PASSWORD"), pg->password);
    CliResult first = runCli(runArgs(path), e);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json().value(u"inserted").toInt(), 25);

    // What PostgreSQL holds: every entry, by its Fliplet id, with its fields.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-check"));
        db.setHostName(pg->host);
        db.setPort(pg->port);
        db.setDatabaseName(pg->database);
        db.setUserName(pg->user);
        db.setPassword(pg->password);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*), min(\"Email\"), count(DISTINCT fliplet_entry_id) FROM \"%1\"")
                            .arg(table)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 25);
        QCOMPARE(q.value(1).toString(), QStringLiteral("user10@example.invalid"));
        QCOMPARE(q.value(2).toInt(), 25);
        // A new entry in Fliplet is one insert on the next run; then the run after changes nothing.
        addUsers(26, 26);
        CliResult second = runCli(runArgs(path), e);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(second.json().value(u"inserted").toInt(), 1);
        QCOMPARE(second.json().value(u"unchanged").toInt(), 25);
        QVERIFY(q.exec(QStringLiteral("SELECT \"Email\" FROM \"%1\" WHERE id = 26").arg(table)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("user26@example.invalid"));
        CliResult third = runCli(runArgs(path), e);
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(third.json().value(u"unchanged").toInt(), 26);
        QCOMPARE(third.json().value(u"inserted").toInt() + third.json().value(u"updated").toInt() +
                     third.json().value(u"deleted").toInt(),
                 0);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE \"%1\"").arg(table)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-check"));
}

void TestCliFlipletPull::wrongTokenFailsAndWritesNothing()
{
    addUsers(1, 3);
    CliResult r = runCli(runArgs(job()), env(QStringLiteral("eu--wrong-token-value")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("HTTP 401") && r.err.contains("create a new API token"), r.err.constData());
    QVERIFY(!r.err.contains("eu--wrong-token-value"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("local.sqlite"))));
    // ferry-cli test names the field to fix.
    CliResult test = runCli({QStringLiteral("test"), job()}, env(QStringLiteral("eu--wrong-token-value")));
    QVERIFY2(test.exitCode != 0 && test.out.contains("fix: source.auth_token"), test.out.constData());
}

void TestCliFlipletPull::unknownDataSourceNamesIt()
{
    QString file = job();
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    text.replace("datasource_id: 4712", "datasource_id: 999");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    CliResult r = runCli(runArgs(file), env());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("data source 999 was not found") && r.err.contains("check datasource_id"),
             r.err.constData());
    CliResult test = runCli({QStringLiteral("test"), file}, env());
    QVERIFY2(test.exitCode != 0 && test.out.contains("fix: source.datasource_id"), test.out.constData());
}

void TestCliFlipletPull::malformedAnswerWritesNothing()
{
    addUsers(1, 5);
    const QString file = job();
    QCOMPARE(runCli(runArgs(file), env()).exitCode, 0);
    // The next answer lists an entry twice: the run stops before writing, and the table keeps its rows.
    FlipletEmulator::Fault fault;
    fault.body = R"({"entries":[{"id":1,"data":{"id":1}},{"id":1,"data":{"id":1}}]})";
    m_emulator->queueFault(QStringLiteral("query"), fault);
    CliResult r = runCli(runArgs(file), env());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("repeats the id 1"), r.err.constData());
    QCOMPARE(rows(QStringLiteral("local.sqlite"), QStringLiteral("users"), {QStringLiteral("id")}).size(), 5);
}

QTEST_GUILESS_MAIN(TestCliFlipletPull)
#include "tst_cliflipletpull.moc"
