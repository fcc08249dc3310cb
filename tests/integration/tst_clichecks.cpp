// End-to-end: ferry-cli test and sample, the real binary against a SQLite source and the Fliplet API
// emulator: what each side reached, each precise error in text and JSON, exit codes, masked secrets, and
// the first mapped rows as a table or JSON.
#include "clitestcase.h"
#include "flipletemulator.h"

#include <QJsonArray>

using namespace Ferry::Testing;

namespace {
const QString Token = QStringLiteral("eu--0123456789abcdef"); // also the one in sqlite-users.yml
const QString WrongToken = QStringLiteral("eu--wrong-secret-value");
constexpr qint64 DataSource = 900;

QList<QJsonObject> jsonLines(const CliResult &r)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : r.out.trimmed().split('\n'))
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    return out;
}
} // namespace

class TestCliChecks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void helpNamesTheCommands();
    void testSaysWhatEachSideReached();
    void testJsonOneLinePerJob();
    void wrongTokenIsPreciseAndMasked();
    void bothSidesFailIndependently();
    void flipletAgentConfig();
    void invalidFileTestsNothing();
    void sampleTable();
    void sampleJson();
    void sampleErrors();

private:
    QString job(const QString &name, const QString &query, qint64 dataSource = DataSource, const QString &extra = {})
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: %1\n"
                               "name: Job %1\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: sqlite\n"
                               "  path: users.sqlite\n"
                               "  query: %2\n"
                               "target:\n"
                               "  type: fliplet\n"
                               "  datasource_id: %3\n"
                               "  auth_token: {secret: env:FERRY_E2E_TOKEN}\n"
                               "sync:\n"
                               "  key: ID\n"
                               "%4")
                    .arg(QFileInfo(name).completeBaseName(), query)
                    .arg(dataSource)
                    .arg(extra)
                    .toUtf8());
        return path;
    }
    QString usersJob(const QString &name = QStringLiteral("users.yml"), qint64 dataSource = DataSource)
    {
        return job(name, QStringLiteral("SELECT id, email AS Email, full_name AS Name FROM users ORDER BY id"),
                   dataSource, QStringLiteral("mapping:\n  - {from: id, to: ID}\n  - {from: Email, to: Email}\n"));
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
    void assertNoSecretIn(const CliResult &r)
    {
        for (const QString &secret : {Token, WrongToken}) {
            QVERIFY2(!r.out.contains(secret.toUtf8()), r.out.constData());
            QVERIFY2(!r.err.contains(secret.toUtf8()), r.err.constData());
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
    std::unique_ptr<SourceDb> m_db;
};

void TestCliChecks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(DataSource, QStringLiteral("Users"), {QStringLiteral("ID"), QStringLiteral("Email")});
    m_emulator->addDataSource(4711, QStringLiteral("Agent users"));
    QVERIFY(m_emulator->start());
    m_db = std::make_unique<SourceDb>(m_dir->filePath(QStringLiteral("users.sqlite")));
    m_db->addUsers(1, 25);
}

void TestCliChecks::cleanup()
{
    m_db.reset();
    m_emulator.reset();
    m_dir.reset();
}

void TestCliChecks::helpNamesTheCommands()
{
    const CliResult help = runCli({QStringLiteral("--help")}, env());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("test JOB..."));
    QVERIFY(help.out.contains("sample JOB"));
    QVERIFY(help.out.contains("-n <N>"));
}

void TestCliChecks::testSaysWhatEachSideReached()
{
    const CliResult r = runCli({QStringLiteral("test"), usersJob()}, env());
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Job users (")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("source ok (sql/sqlite): SQLite 3.")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("the query returns 25 row")), r.out.constData());
    QVERIFY2(
        out.contains(QStringLiteral("target ok (fliplet): Fliplet API at %1 as Test User").arg(m_emulator->baseUrl())),
        r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("data source Users (900)")), r.out.constData());
    // Nothing was written; the entries were not even read.
    for (const auto &request : m_emulator->requests())
        QVERIFY2(request.method == "GET" && !request.path.endsWith(QStringLiteral("/data")), qPrintable(request.path));
    assertNoSecretIn(r);
}

void TestCliChecks::testJsonOneLinePerJob()
{
    const QString good = usersJob();
    const QString unknown = usersJob(QStringLiteral("unknown.yml"), 901);
    const CliResult r = runCli({QStringLiteral("test"), good, unknown, QStringLiteral("--json")}, env());
    QCOMPARE(r.exitCode, 2);
    const QList<QJsonObject> lines = jsonLines(r);
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = lines[0];
    QCOMPARE(first.value(u"status").toString(), QStringLiteral("passed"));
    QCOMPARE(first.value(u"id").toString(), QStringLiteral("users"));
    const QJsonObject source = first.value(u"source").toObject();
    QCOMPARE(source.value(u"type").toString(), QStringLiteral("sql/sqlite"));
    QCOMPARE(source.value(u"status").toString(), QStringLiteral("passed"));
    QCOMPARE(source.value(u"rowCount").toInt(), 25);
    QCOMPARE(source.value(u"columns").toArray(), QJsonArray({"id", "Email", "Name"}));
    QVERIFY(source.value(u"server").toString().startsWith(QStringLiteral("SQLite 3.")));
    const QJsonObject target = first.value(u"target").toObject();
    QCOMPARE(target.value(u"object").toString(), QStringLiteral("Users (900)"));
    QCOMPARE(target.value(u"user").toString(), QStringLiteral("Test User <emulator@example.invalid>"));
    QVERIFY(!target.contains(u"rowCount"));

    const QJsonObject second = lines[1];
    QCOMPARE(second.value(u"status").toString(), QStringLiteral("failed"));
    QCOMPARE(second.value(u"source").toObject().value(u"status").toString(), QStringLiteral("passed"));
    const QJsonObject error = second.value(u"target").toObject().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("not-found"));
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.datasource_id"));
    QVERIFY(error.value(u"message").toString().contains(QStringLiteral("data source 901 was not found")));
}

void TestCliChecks::wrongTokenIsPreciseAndMasked()
{
    const QString path = usersJob();
    const CliResult text = runCli({QStringLiteral("test"), path}, env(WrongToken));
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.out.contains("target failed (fliplet)") && text.out.contains("refused the token"),
             text.out.constData());
    QVERIFY2(text.out.contains("fix: target.auth_token"), text.out.constData());
    QVERIFY(text.out.contains("source ok"));
    assertNoSecretIn(text);
    const CliResult json = runCli({QStringLiteral("test"), path, QStringLiteral("--json")}, env(WrongToken));
    QCOMPARE(json.exitCode, 2);
    const QJsonObject error = json.json().value(u"target").toObject().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("auth"));
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.auth_token"));
    assertNoSecretIn(json);
}

void TestCliChecks::bothSidesFailIndependently()
{
    // A missing table and an unset token variable: each side says its own problem, and it is a failed
    // test (2), not an invalid file (3).
    const QString path = job(QStringLiteral("broken.yml"), QStringLiteral("SELECT id AS ID FROM customers"));
    QProcessEnvironment e = env();
    e.remove(QStringLiteral("FERRY_E2E_TOKEN"));
    const CliResult r = runCli({QStringLiteral("test"), path, QStringLiteral("--json")}, e);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject j = r.json();
    const QJsonObject source = j.value(u"source").toObject().value(u"error").toObject();
    QCOMPARE(source.value(u"code").toString(), QStringLiteral("not-found"));
    QCOMPARE(source.value(u"field").toString(), QStringLiteral("source.query"));
    QVERIFY(source.value(u"message").toString().contains(QStringLiteral("customers")));
    const QJsonObject target = j.value(u"target").toObject().value(u"error").toObject();
    QCOMPARE(target.value(u"field").toString(), QStringLiteral("target.auth_token"));
    QVERIFY(target.value(u"message").toString().contains(QStringLiteral("FERRY_E2E_TOKEN")));
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestCliChecks::flipletAgentConfig()
{
    const QString path = m_dir->filePath(QStringLiteral("sqlite-users.yml"));
    QVERIFY(
        QFile::copy(QStringLiteral(FERRY_TEST_DATA) + QStringLiteral("/compat/fliplet-agent/sqlite-users.yml"), path));
    const CliResult r = runCli({QStringLiteral("test"), path}, env());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Agent users (4711)"), r.out.constData());
    assertNoSecretIn(r); // the inline token of the imported file
}

void TestCliChecks::invalidFileTestsNothing()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.yml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ferry: 1\nsource: [not, a, map]\ntarget: {type: sqlite}\n");
    f.close();
    const CliResult r = runCli({QStringLiteral("test"), usersJob(), bad, QStringLiteral("--json")}, env());
    QCOMPARE(r.exitCode, 3);
    const QList<QJsonObject> lines = jsonLines(r);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].value(u"status").toString(), QStringLiteral("invalid-config"));
    QVERIFY(r.err.contains("nothing was tested"));
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestCliChecks::sampleTable()
{
    const QString path = usersJob();
    const CliResult r = runCli({QStringLiteral("sample"), path}, env());
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 13);                   // header, rule, 10 rows, count
    QCOMPARE(lines[0], QByteArray("ID | Email")); // mapped: Name is not synced
    QVERIFY(lines[1].startsWith("---+-"));
    QCOMPARE(lines[2], QByteArray(" 1 | user1@example.invalid"));
    QCOMPARE(lines[11], QByteArray("10 | user10@example.invalid"));
    QVERIFY2(lines[12].contains("10 row"), lines[12].constData());
    // The source only: the target is not contacted.
    QVERIFY(m_emulator->requests().isEmpty());

    const CliResult three = runCli({QStringLiteral("sample"), path, QStringLiteral("-n"), QStringLiteral("3")}, env());
    QCOMPARE(three.exitCode, 0);
    QCOMPARE(three.out.trimmed().split('\n').size(), 6);
}

void TestCliChecks::sampleJson()
{
    const CliResult r = runCli(
        {QStringLiteral("sample"), usersJob(), QStringLiteral("-n"), QStringLiteral("2"), QStringLiteral("--json")},
        env());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().count('\n'), 0); // one line
    const QJsonObject j = r.json();
    QCOMPARE(j.value(u"status").toString(), QStringLiteral("passed"));
    QCOMPARE(j.value(u"columns").toArray(), QJsonArray({"ID", "Email"}));
    const QJsonArray rows = j.value(u"rows").toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].toObject(), (QJsonObject{{"ID", 2}, {"Email", "user2@example.invalid"}}));
}

void TestCliChecks::sampleErrors()
{
    const QString missing = job(QStringLiteral("missing.yml"), QStringLiteral("SELECT id AS ID FROM customers"));
    CliResult r = runCli({QStringLiteral("sample"), missing}, env());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("does not exist") && r.err.contains("customers"), r.err.constData());
    r = runCli({QStringLiteral("sample"), missing, QStringLiteral("--json")}, env());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("not-found"));

    // A mapping that reads a column the query lacks is the job's own mistake.
    const QString mapping = job(QStringLiteral("mapping.yml"), QStringLiteral("SELECT id FROM users"), DataSource,
                                QStringLiteral("mapping:\n  - {from: id, to: ID}\n  - {from: phone, to: Phone}\n"));
    r = runCli({QStringLiteral("sample"), mapping}, env());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("phone"), r.err.constData());

    QCOMPARE(runCli({QStringLiteral("sample"), usersJob(), missing}, env()).exitCode, 3);
    QCOMPARE(
        runCli({QStringLiteral("sample"), usersJob(), QStringLiteral("-n"), QStringLiteral("many")}, env()).exitCode,
        3);
    QCOMPARE(runCli({QStringLiteral("sample")}, env()).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliChecks)
#include "tst_clichecks.moc"
