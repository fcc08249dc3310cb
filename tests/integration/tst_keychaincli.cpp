// End to end through the keychain: ferry-cli resolves {secret: keychain:…} references from a real Secret
// Service (gnome-keyring in a private D-Bus session, scripts/with-keyring.sh; CTest label "keychain") and
// runs, tests and samples jobs against the Fliplet API emulator; a Fliplet Agent config's plaintext token is
// moved into the keychain and the saved job runs; a missing entry or a wrong token fails clearly, masked.
#include "clitestcase.h"
#include "flipletemulator.h"
#include "job/jobfile.h"
#include "secrets/keychain.h"
#include "secrets/secretwriter.h"

using namespace Ferry;
using namespace Ferry::Testing;

namespace {

// The error of a failed result, for test messages (empty on success: QVERIFY2 evaluates it either way).
template <typename T> QByteArray failure(const Result<T> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}
const QString CompatToken = QStringLiteral("eu--0123456789abcdef"); // in sqlite-users.yml
const QString WrongToken = QStringLiteral("eu--wrong-keychain-token");
constexpr qint64 CompatDataSource = 4711;
constexpr qint64 FerryDataSource = 900;
} // namespace

class TestKeychainCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runTestAndSampleWithAKeychainToken();
    void importedFlipletAgentConfigMovedIntoTheKeychain();
    void missingEntryIsNamed();
    void wrongTokenFromTheKeychainIsMasked();

private:
    QString ferryJob()
    {
        const QString path = m_dir->filePath(QStringLiteral("keychain-job.yml"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: e2e\n"
                               "name: Keychain users\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: sqlite\n"
                               "  path: users.sqlite\n"
                               "  query: SELECT id, email AS Email, full_name AS Name FROM users\n"
                               "target:\n"
                               "  type: fliplet\n"
                               "  datasource_id: %1\n"
                               "  auth_token: {secret: keychain:e2e/target.auth_token}\n"
                               "sync:\n"
                               "  key: id\n"
                               "retry: {attempts: 2, initial_delay_ms: 20, max_delay_ms: 100}\n")
                    .arg(FerryDataSource)
                    .toUtf8());
        return path;
    }
    QProcessEnvironment env() const
    {
        // The session bus and the private HOME of with-keyring.sh are inherited.
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FERRY_FLIPLET_API_URL"), m_emulator->baseUrl());
        return e;
    }
    QStringList runArgs(const QString &job) const
    {
        return {QStringLiteral("run"), job, QStringLiteral("--json"), QStringLiteral("--state"),
                m_dir->filePath(QStringLiteral("state"))};
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

void TestKeychainCli::initTestCase()
{
    if (qEnvironmentVariable("FERRY_KEYRING_STATE") != u"unlocked")
        QFAIL("run this test through scripts/with-keyring.sh (a private, unlocked gnome-keyring)");
}

void TestKeychainCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<FlipletEmulator>(CompatToken);
    m_emulator->addDataSource(CompatDataSource);
    m_emulator->addDataSource(FerryDataSource);
    QVERIFY(m_emulator->start());
    m_db = std::make_unique<SourceDb>(m_dir->filePath(QStringLiteral("users.sqlite")));
    m_db->addUsers(1, 12);
}

void TestKeychainCli::cleanup()
{
    QVERIFY(Keychain::remove(QStringLiteral("e2e/target.auth_token")));
    m_db.reset();
    m_emulator.reset();
    m_dir.reset();
}

void TestKeychainCli::runTestAndSampleWithAKeychainToken()
{
    auto ref = SecretWriter::storeInKeychain(QStringLiteral("e2e"), QStringLiteral("target.auth_token"), CompatToken);
    QVERIFY2(ref, failure(ref).constData());
    QCOMPARE(*ref, QStringLiteral("keychain:e2e/target.auth_token"));
    const QString job = ferryJob();

    const CliResult run = runCli(runArgs(job), env());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(u"inserted").toInt(), 12);
    QCOMPARE(m_emulator->entries(FerryDataSource).size(), size_t(12));
    for (const auto &request : m_emulator->requests())
        QCOMPARE(request.authToken, CompatToken.toUtf8());
    assertNoSecretIn(run);

    const CliResult test = runCli({QStringLiteral("test"), job, QStringLiteral("--json")}, env());
    QVERIFY2(test.exitCode == 0, test.out.constData());
    QCOMPARE(test.json().value(u"status").toString(), QStringLiteral("passed"));
    assertNoSecretIn(test);

    const CliResult sample = runCli({QStringLiteral("sample"), job, QStringLiteral("-n"), QStringLiteral("3")}, env());
    QVERIFY2(sample.exitCode == 0, sample.err.constData());
    QVERIFY(sample.out.contains("user3@example.invalid"));
}

void TestKeychainCli::importedFlipletAgentConfigMovedIntoTheKeychain()
{
    // The real Fliplet Agent file, next to its database, imported: its plaintext token goes into the keychain
    // and the job is saved as a Ferry job that refers to it.
    const QString agent = m_dir->filePath(QStringLiteral("sqlite-users.yml"));
    QVERIFY(
        QFile::copy(QStringLiteral(FERRY_TEST_DATA) + QStringLiteral("/compat/fliplet-agent/sqlite-users.yml"), agent));
    auto loaded = loadJobFile(agent);
    QVERIFY(loaded);
    JobSpec job = loaded->job;
    job.id = QStringLiteral("e2e"); // so cleanup() finds the entry
    auto moved = SecretWriter::moveInlineSecrets(job, SecretDestination::Keychain);
    QVERIFY2(moved, failure(moved).constData());
    const QString saved = m_dir->filePath(QStringLiteral("imported.yml"));
    QVERIFY(saveJobFile(*moved, saved));
    QFile f(saved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains(CompatToken.toUtf8()));
    QVERIFY(text.contains("auth_token: {secret: keychain:e2e/target.auth_token}"));

    const CliResult run = runCli(runArgs(saved), env());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(u"inserted").toInt(), 12);
    QCOMPARE(m_emulator->entries(CompatDataSource).size(), size_t(12));
    assertNoSecretIn(run);
}

void TestKeychainCli::missingEntryIsNamed()
{
    const CliResult run = runCli(runArgs(ferryJob()), env());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("the Fliplet auth_token should be in the keychain entry 'e2e/target.auth_token' "
                              "(service Ferry), which does not exist"),
             run.err.constData());
    QVERIFY(m_emulator->requests().isEmpty()); // nothing sent without a token

    const CliResult test = runCli({QStringLiteral("test"), ferryJob(), QStringLiteral("--json")}, env());
    QCOMPARE(test.exitCode, 2);
    const QJsonObject target = test.json().value(u"target").toObject();
    QCOMPARE(target.value(u"error").toObject().value(u"field").toString(), QStringLiteral("target.auth_token"));
    QCOMPARE(target.value(u"error").toObject().value(u"code").toString(), QStringLiteral("not-found"));
    // The source needs no secret: its side passes.
    QCOMPARE(test.json().value(u"source").toObject().value(u"status").toString(), QStringLiteral("passed"));
}

void TestKeychainCli::wrongTokenFromTheKeychainIsMasked()
{
    QVERIFY(SecretWriter::storeInKeychain(QStringLiteral("e2e"), QStringLiteral("target.auth_token"), WrongToken));
    const CliResult run = runCli(runArgs(ferryJob()) + QStringList{QStringLiteral("--verbose")}, env());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(m_emulator->requests().first().authToken, WrongToken.toUtf8());
    assertNoSecretIn(run);
}

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "tst_keychaincli.moc"
