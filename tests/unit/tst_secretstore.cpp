// The secret store: references resolved by scheme, a provider the desktop adds (keychain), secrets
// resolved before a run and passed in, passwords inside URLs refused on save and masked.
#include "core/logging.h"
#include "job/jobfile.h"
#include "run/preparedrun.h"
#include "secrets/jobsecrets.h"

#include <QtTest>

using namespace Ferry;

namespace {

// Stands in for the desktop's keychain provider: a map, and a count of reads.
class MapSecrets final : public SecretProvider
{
public:
    QString scheme() const override { return QStringLiteral("keychain"); }
    Result<QString> read(const QString &name, const QString &, const QString &what) const override
    {
        ++reads;
        if (!values.contains(name))
            return Error{ErrorCode::InvalidConfig, what + QStringLiteral(": no keychain entry ") + name, {}};
        return values.value(name);
    }
    QHash<QString, QString> values;
    mutable int reads = 0;
};

JobSpec flipletJob(const QString &tokenRef)
{
    JobSpec job;
    job.id = QStringLiteral("j");
    job.sql.driver = QStringLiteral("sqlite");
    job.sql.host = QStringLiteral("/nonexistent/source.sqlite");
    job.sql.query = QStringLiteral("SELECT 1 AS id");
    job.fliplet.dataSourceId = QStringLiteral("1");
    job.fliplet.authToken.reference = tokenRef;
    return job;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void environmentAndFile();
    void keychainThroughAProvider();
    void keychainWithoutProviderSaysWhatToDo();
    void resolvedBeforeTheRun();
    void urlPasswordRefusedOnSaveAndMasked();
    void shortAndEscapedSecretsAreMasked();
    void controlCharactersAreRefused();
};

void TestSecretStore::environmentAndFile()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("token")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("file-secret-value\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    qputenv("FERRY_TEST_SECRET", "env-secret-value");
    auto store = SecretStore::withDefaults();
    auto env = store->resolve(SecretRef{QStringLiteral("env:FERRY_TEST_SECRET"), {}}, QStringLiteral("x"), {});
    QCOMPARE(*env, QStringLiteral("env-secret-value"));
    auto file = store->resolve(SecretRef{QStringLiteral("file:token"), {}}, QStringLiteral("x"), dir.path());
    QCOMPARE(*file, QStringLiteral("file-secret-value"));
    QCOMPARE(SecretMask::mask(QStringLiteral("a file-secret-value b")), QStringLiteral("a **** b"));

    auto unset = store->resolve(SecretRef{QStringLiteral("env:FERRY_TEST_UNSET"), {}}, QStringLiteral("the token"), {});
    QVERIFY(!unset);
    QVERIFY(unset.error().message.contains(QStringLiteral("FERRY_TEST_UNSET")));
    auto folder = store->resolve(SecretRef{QStringLiteral("file:") + dir.path(), {}}, QStringLiteral("the token"), {});
    QVERIFY(!folder);
    QVERIFY(folder.error().message.contains(QStringLiteral("not a regular file")));
}

void TestSecretStore::keychainThroughAProvider()
{
    auto keychain = std::make_shared<MapSecrets>();
    keychain->values.insert(QStringLiteral("ferry/j/target.auth_token"), QStringLiteral("keychain-token-value"));
    auto store = SecretStore::withDefaults();
    store->addProvider(keychain);
    const JobSpec job = flipletJob(QStringLiteral("keychain:ferry/j/target.auth_token"));
    auto secrets = resolveJobSecrets(job, *store);
    QVERIFY(secrets);
    QCOMPARE(secrets->value(QStringLiteral("target.auth_token")), QStringLiteral("keychain-token-value"));
    QCOMPARE(SecretMask::mask(QStringLiteral("keychain-token-value")), QStringLiteral("****"));
    const QList<SecretField> fields = secretFields(job);
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields[0].path, QStringLiteral("target.auth_token"));
}

void TestSecretStore::keychainWithoutProviderSaysWhatToDo()
{
    auto r = resolveJobSecrets(flipletJob(QStringLiteral("keychain:ferry/j/target.auth_token")));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("keychain")));
    QVERIFY(r.error().message.contains(QStringLiteral("env:NAME")));
}

void TestSecretStore::resolvedBeforeTheRun()
{
    // Secrets passed in are used as they are: the run does not resolve references itself.
    QTemporaryDir dir;
    JobSpec job = flipletJob(QStringLiteral("keychain:ferry/j/target.auth_token"));
    job.fliplet.apiUrl = QStringLiteral("http://127.0.0.1:9"); // nothing listens: the run fails connecting
    job.retry.attempts = 1;
    RunOptions options;
    options.dryRun = true;
    options.stateDir = dir.path();
    JobSecrets secrets;
    secrets.values.insert(QStringLiteral("target.auth_token"), QStringLiteral("passed-in-token"));
    options.secrets = secrets;
    const RunReport report = runJob(job, options);
    QVERIFY(report.error);
    QVERIFY2(!report.error->message.contains(QStringLiteral("keychain")), qPrintable(report.error->toString()));
}

void TestSecretStore::urlPasswordRefusedOnSaveAndMasked()
{
    const QByteArray yaml = "ferry: 1\n"
                            "id: url-job\n"
                            "source:\n"
                            "  url: postgres://sync:hunter2-in-url@db.example/app\n"
                            "  query: SELECT id FROM t\n"
                            "target:\n"
                            "  type: sqlite\n"
                            "  path: out.sqlite\n"
                            "  table: t\n"
                            "sync:\n"
                            "  key: id\n";
    auto loaded = loadJobText(yaml, QStringLiteral("url.yml"));
    QVERIFY(loaded);
    QVERIFY(loaded->warnings.join(u'\n').contains(QStringLiteral("URL holds a password")));
    QCOMPARE(SecretMask::mask(QStringLiteral("failed: hunter2-in-url")), QStringLiteral("failed: ****"));
    auto saved = saveJobText(loaded->job);
    QVERIFY(!saved);
    QVERIFY(saved.error().message.contains(QStringLiteral("URL holds a password")));

    JobSpec moved = loaded->job;
    QCOMPARE(urlPassword(moved.sql.url), QStringLiteral("hunter2-in-url"));
    moved.sql.url = urlWithoutPassword(moved.sql.url);
    moved.sql.password.reference = QStringLiteral("keychain:ferry/url-job/source.password");
    auto text = saveJobText(moved);
    QVERIFY(text);
    QVERIFY(!text->contains("hunter2"));
    QVERIFY(text->contains("postgres://sync@db.example/app"));
    QVERIFY(text->contains("keychain:ferry/url-job/source.password"));
}

void TestSecretStore::shortAndEscapedSecretsAreMasked()
{
    // A short secret is masked where it stands alone, never inside a longer word or number.
    SecretMask::add(QStringLiteral("2024"));
    SecretMask::add(QStringLiteral("ab"));
    QCOMPARE(SecretMask::mask(QStringLiteral("token 2024 refused (\"2024\")")),
             QStringLiteral("token **** refused (\"****\")"));
    QCOMPARE(SecretMask::mask(QStringLiteral("row 120245: ab")), QStringLiteral("row 120245: ****"));
    QCOMPARE(SecretMask::mask(QStringLiteral("table abc")), QStringLiteral("table abc"));
    // A secret with a quote or backslash is found in JSON text too, where they are escaped.
    // (No raw strings here: moc reads this file.)
    SecretMask::add(QStringLiteral("eu--to\"ke\\n"));
    QCOMPARE(SecretMask::mask(QStringLiteral("bad token eu--to\"ke\\n")), QStringLiteral("bad token ****"));
    QCOMPARE(SecretMask::mask(QStringLiteral("{\"message\":\"bad token eu--to\\\"ke\\\\n\"}")),
             QStringLiteral("{\"message\":\"bad token ****\"}"));
}

void TestSecretStore::controlCharactersAreRefused()
{
    qputenv("FERRY_TEST_CRLF_SECRET", "eu--token\r\nX-Injected: 1");
    auto store = SecretStore::withDefaults();
    auto r =
        store->resolve(SecretRef{QStringLiteral("env:FERRY_TEST_CRLF_SECRET"), {}}, QStringLiteral("the token"), {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidConfig);
    QVERIFY2(r.error().message.contains(QStringLiteral("line break")), qPrintable(r.error().message));
    QVERIFY(!r.error().toString().contains(QStringLiteral("X-Injected")));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
