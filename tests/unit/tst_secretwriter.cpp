// Secrets written where the user chose, without a keychain: permission-restricted files, environment variable
// names, values refused for control characters, plaintext secrets of imported Fliplet Agent configs moved
// into files, and a job's files deleted with it. (The keychain's side: tests/integration/tst_keychain.cpp.)
#include "core/logging.h"
#include "job/jobfile.h"
#include "secrets/jobsecrets.h"
#include "secrets/secretwriter.h"

#include <QtTest>

#include <sys/stat.h>

using namespace Ferry;

namespace {

// The error of a failed result, for test messages (empty on success: QVERIFY2 evaluates it either way).
template <typename T> QByteArray failure(const Result<T> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

const QString Compat = QStringLiteral(FERRY_TEST_DATA) + QStringLiteral("/compat/fliplet-agent/");

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestSecretWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileIsPrivateAndResolves();
    void fileReplacedAndFolderMadePrivate();
    void jobIdCannotEscapeTheFolder();
    void defaultFolderIsUnderTheConfigDir();
    void controlCharactersRefused_data();
    void controlCharactersRefused();
    void environmentReference();
    void moveFlipletAgentSecretsToFiles();
    void moveUrlPassword();
    void moveWebTargetAuthSecrets();
    void deleteJobSecretsOnlyTouchesFerrysFiles();

private:
    QTemporaryDir m_home;
};

void TestSecretWriter::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
}

void TestSecretWriter::fileIsPrivateAndResolves()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("secrets"));
    auto ref = SecretWriter::storeInFile(QStringLiteral("crm"), QStringLiteral("source.password"),
                                         QStringLiteral("file-written-secret"), folder);
    QVERIFY2(ref, failure(ref).constData());
    const QString path = folder + QStringLiteral("/crm-source.password");
    QCOMPARE(*ref, QStringLiteral("file:") + path);
    QCOMPARE(modeOf(folder), mode_t(0700));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(contentOf(path), QByteArray("file-written-secret")); // no newline: one line, as typed
    QCOMPARE(SecretMask::mask(QStringLiteral("x file-written-secret")), QStringLiteral("x ****"));

    auto value = SecretStore::withDefaults()->resolve(SecretRef{*ref, {}}, QStringLiteral("the password"), {});
    QVERIFY(value);
    QCOMPARE(*value, QStringLiteral("file-written-secret"));
}

void TestSecretWriter::fileReplacedAndFolderMadePrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("secrets"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    const QString path = folder + QStringLiteral("/j-target.auth_token");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old-value-here");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    }
    auto ref = SecretWriter::storeInFile(QStringLiteral("j"), QStringLiteral("target.auth_token"),
                                         QStringLiteral("new-value-here"), folder);
    QVERIFY(ref);
    QCOMPARE(contentOf(path), QByteArray("new-value-here"));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(modeOf(folder), mode_t(0700));
}

void TestSecretWriter::jobIdCannotEscapeTheFolder()
{
    QTemporaryDir dir;
    auto ref = SecretWriter::storeInFile(QStringLiteral("../../etc/x y"), QStringLiteral("source.password"),
                                         QStringLiteral("escaping-secret"), dir.path());
    QVERIFY(ref);
    QCOMPARE(*ref, QStringLiteral("file:") + dir.path() + QStringLiteral("/_._.._etc_x_y-source.password"));
    QVERIFY(QFile::exists(ref->mid(5)));
    auto noId =
        SecretWriter::storeInFile(QString(), QStringLiteral("source.password"), QStringLiteral("value"), dir.path());
    QVERIFY(!noId);
    QCOMPARE(noId.error().field, QStringLiteral("source.password"));
}

void TestSecretWriter::defaultFolderIsUnderTheConfigDir()
{
    QCOMPARE(SecretWriter::secretsDirectory(), m_home.filePath(QStringLiteral("config/Ferry/secrets")));
    auto ref = SecretWriter::store(SecretDestination::File, QStringLiteral("default-dir"),
                                   QStringLiteral("target.auth_token"), QStringLiteral("default-dir-token"));
    QVERIFY(ref);
    QCOMPARE(*ref, QStringLiteral("file:") +
                       m_home.filePath(QStringLiteral("config/Ferry/secrets/default-dir-target.auth_token")));
    QCOMPARE(modeOf(SecretWriter::secretsDirectory()), mode_t(0700));
}

void TestSecretWriter::controlCharactersRefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("trailing LF") << QStringLiteral("token\n") << QStringLiteral("line break");
    QTest::newRow("CRLF") << QStringLiteral("token\r\n") << QStringLiteral("line break");
    QTest::newRow("two lines") << QStringLiteral("one\ntwo") << QStringLiteral("line break");
    QTest::newRow("tab") << QStringLiteral("to\tken") << QStringLiteral("control character (U+0009)");
    QTest::newRow("DEL") << QStringLiteral("token\x7f") << QStringLiteral("control character (U+007f)");
    QTest::newRow("empty") << QString() << QStringLiteral("is empty");
}

void TestSecretWriter::controlCharactersRefused()
{
    QFETCH(QString, value);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto ref = SecretWriter::storeInFile(QStringLiteral("j"), QStringLiteral("source.password"), value, dir.path());
    QVERIFY(!ref);
    QCOMPARE(ref.error().code, ErrorCode::InvalidConfig);
    QCOMPARE(ref.error().field, QStringLiteral("source.password"));
    QVERIFY2(ref.error().message.contains(message), qPrintable(ref.error().message));
    QVERIFY(ref.error().message.contains(QStringLiteral("source.password")));
    QVERIFY(QDir(dir.path()).isEmpty());
    // The keychain refuses the same, before asking anything.
    auto keychain = SecretWriter::storeInKeychain(QStringLiteral("j"), QStringLiteral("source.password"), value);
    QVERIFY(!keychain);
    QVERIFY(keychain.error().message.contains(message));
}

void TestSecretWriter::environmentReference()
{
    auto ok = SecretWriter::environmentReference(QStringLiteral("target.auth_token"), QStringLiteral("FLIPLET_TOKEN"));
    QVERIFY(ok);
    QCOMPARE(*ok, QStringLiteral("env:FLIPLET_TOKEN"));
    for (const QString &bad : {QString(), QStringLiteral("1TOKEN"), QStringLiteral("MY-TOKEN"), QStringLiteral("A B"),
                               QStringLiteral("TOKEN\n")}) {
        auto r = SecretWriter::environmentReference(QStringLiteral("target.auth_token"), bad);
        QVERIFY2(!r, qPrintable(bad));
        QCOMPARE(r.error().field, QStringLiteral("target.auth_token"));
        QVERIFY(r.error().message.contains(QStringLiteral("not an environment variable name")));
    }
}

void TestSecretWriter::moveFlipletAgentSecretsToFiles()
{
    QTemporaryDir dir;
    auto loaded = loadJobFile(Compat + QStringLiteral("postgres-replace.yml"));
    QVERIFY(loaded);
    QVERIFY(loaded->job.sql.password.isInline());
    QVERIFY(loaded->job.fliplet.authToken.isInline());
    QVERIFY(!saveJobText(loaded->job));

    auto moved = SecretWriter::moveInlineSecrets(loaded->job, SecretDestination::File, dir.path());
    QVERIFY2(moved, failure(moved).constData());
    const QString id = loaded->job.id;
    QCOMPARE(moved->sql.password,
             (SecretRef{QStringLiteral("file:") + dir.filePath(id + QStringLiteral("-source.password")), {}}));
    QCOMPARE(moved->fliplet.authToken,
             (SecretRef{QStringLiteral("file:") + dir.filePath(id + QStringLiteral("-target.auth_token")), {}}));
    QCOMPARE(contentOf(dir.filePath(id + QStringLiteral("-source.password"))), QByteArray("s3cret"));
    QCOMPARE(contentOf(dir.filePath(id + QStringLiteral("-target.auth_token"))), QByteArray("us--sometoken"));

    auto text = saveJobText(*moved);
    QVERIFY2(text, failure(text).constData());
    QVERIFY(!text->contains("s3cret"));
    QVERIFY(!text->contains("us--sometoken"));
    auto again = loadJobText(*text, dir.filePath(QStringLiteral("moved.yml")));
    QVERIFY(again);
    auto secrets = resolveJobSecrets(again->job);
    QVERIFY(secrets);
    QCOMPARE(secrets->value(QStringLiteral("source.password")), QStringLiteral("s3cret"));
    QCOMPARE(secrets->value(QStringLiteral("target.auth_token")), QStringLiteral("us--sometoken"));

    // A job with nothing inline is returned as it is.
    auto unchanged = SecretWriter::moveInlineSecrets(*moved, SecretDestination::File, dir.path());
    QVERIFY(unchanged);
    QVERIFY(unchanged->sameAs(*moved));
}

void TestSecretWriter::moveWebTargetAuthSecrets()
{
    // target.auth of the REST and webhook targets: a plaintext secret is moved out like the source's.
    for (const char *target :
         {"{type: rest, base_url: https://api.example.com, list_path: /contacts, auth: {type: basic, username: "
          "ferry, password: pa55-inline}}",
          "{type: webhook, url: https://hooks.example.com/in, auth: {type: oauth2, token_url: "
          "https://login.example.com/token, client_id: ferry, client_secret: pa55-inline}}"}) {
        QTemporaryDir dir;
        const QByteArray yaml = QByteArray("ferry: 1\nid: web-auth\nsource: {type: sql, driver: sqlite, path: "
                                           "a.sqlite, query: SELECT 1 AS id}\ntarget: ") +
                                target + "\nsync: {key: id}\n";
        auto loaded = loadJobText(yaml, dir.filePath(QStringLiteral("job.yml")));
        QVERIFY2(loaded, failure(loaded).constData());
        const bool rest = loaded->job.targetKind == TargetKind::Rest;
        const QString field =
            rest ? QStringLiteral("target.auth.password") : QStringLiteral("target.auth.client_secret");
        auto refused = saveJobText(loaded->job);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, field);

        auto moved = SecretWriter::moveInlineSecrets(loaded->job, SecretDestination::File, dir.path());
        QVERIFY2(moved, failure(moved).constData());
        const SecretRef &ref = rest ? moved->rest.auth.password : moved->webhook.auth.clientSecret;
        QCOMPARE(ref, (SecretRef{QStringLiteral("file:") + dir.filePath(QStringLiteral("web-auth-") + field), {}}));
        QCOMPARE(contentOf(dir.filePath(QStringLiteral("web-auth-") + field)), QByteArray("pa55-inline"));
        auto text = saveJobText(*moved);
        QVERIFY2(text, failure(text).constData());
        QVERIFY(!text->contains("pa55-inline"));
        auto again = loadJobText(*text, dir.filePath(QStringLiteral("job.yml")));
        QVERIFY(again);
        auto secrets = resolveJobSecrets(again->job);
        QVERIFY(secrets);
        QCOMPARE(secrets->value(field), QStringLiteral("pa55-inline"));
        QVERIFY(SecretWriter::deleteJobSecrets(*moved, dir.path()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("web-auth-") + field)));
    }
}

void TestSecretWriter::moveUrlPassword()
{
    QTemporaryDir dir;
    JobSpec job;
    job.id = QStringLiteral("url-job");
    job.sql.driver = QStringLiteral("postgres");
    job.sql.url = QStringLiteral("postgres://sync:hunter2-in-url@db.example/app");
    job.targetKind = TargetKind::Sqlite;
    auto moved = SecretWriter::moveInlineSecrets(job, SecretDestination::File, dir.path());
    QVERIFY2(moved, failure(moved).constData());
    QCOMPARE(moved->sql.url, QStringLiteral("postgres://sync@db.example/app"));
    QCOMPARE(moved->sql.password.reference,
             QStringLiteral("file:") + dir.filePath(QStringLiteral("url-job-source.password")));
    QCOMPARE(contentOf(dir.filePath(QStringLiteral("url-job-source.password"))), QByteArray("hunter2-in-url"));

    // A password in the URL and in the field: which one is meant is not guessed.
    job.sql.password.reference = QStringLiteral("env:DB_PASSWORD");
    auto both = SecretWriter::moveInlineSecrets(job, SecretDestination::File, dir.path());
    QVERIFY(!both);
    QCOMPARE(both.error().field, QStringLiteral("source.url"));
}

void TestSecretWriter::deleteJobSecretsOnlyTouchesFerrysFiles()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    JobSpec job;
    job.id = QStringLiteral("del");
    auto password =
        SecretWriter::storeInFile(job.id, QStringLiteral("source.password"), QStringLiteral("pw-value"), dir.path());
    QVERIFY(password);
    const QString userFile = elsewhere.filePath(QStringLiteral("token"));
    QFile f(userFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("user-managed");
    f.close();
    job.sql.password.reference = *password;
    job.fliplet.authToken.reference = QStringLiteral("file:") + userFile;
    QVERIFY(SecretWriter::deleteJobSecrets(job, dir.path()));
    QVERIFY(!QFile::exists(password->mid(5)));
    QVERIFY(QFile::exists(userFile));                         // the user's own file is theirs
    QVERIFY(SecretWriter::deleteJobSecrets(job, dir.path())); // twice: nothing left, no error
}

QTEST_GUILESS_MAIN(TestSecretWriter)
#include "tst_secretwriter.moc"
