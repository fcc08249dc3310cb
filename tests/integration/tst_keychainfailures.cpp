// When no keychain is usable, Ferry says which backend failed and why, quickly (never a hang): run once per
// situation (CTest label "keychain"), which FERRY_KEYRING_STATE names:
//   no-bus             no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS=disabled:, or unset without a display)
//   no-secret-service  a session bus without any Secret Service     (scripts/with-keyring.sh --no-secret-service)
//   no-keyring         gnome-keyring started by D-Bus, no keyring   (scripts/with-keyring.sh --no-keyring)
//   locked             the login keyring exists but is locked       (scripts/with-keyring.sh --locked)
#include "secrets/keychain.h"
#include "secrets/secretwriter.h"

#include "clitestcase.h"

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QtTest>

#include <cstdio>

using namespace Ferry;
using namespace Ferry::Testing;

namespace {

struct Expected
{
    ErrorCode code;
    QString why; // in the message
};

// Generous: a failing keychain answers in milliseconds; this only tells "answered" from "hung".
constexpr qint64 QuickMs = 10000;

// A Secret Service that takes every call and never answers (a prompt nobody answers looks the same).
class SilentService final : public QDBusVirtualObject
{
public:
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
    QString introspect(const QString &) const override { return {}; }
};

} // namespace

class TestKeychainFailures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void probeSaysWhichBackendFailedAndWhy();
    void writeFailsAndNothingIsStored();
    void readFails();
    void asynchronousProbe();
    void cliSaysKeychainUnavailable();
    void aKeychainThatNeverAnswersTimesOut(); // last: its calls stay queued in QtKeychain

private:
    QString m_state;
    Expected m_expected;
};

void TestKeychainFailures::initTestCase()
{
    m_state = qEnvironmentVariable("FERRY_KEYRING_STATE");
    const QHash<QString, Expected> expected{
        {QStringLiteral("no-bus"), {ErrorCode::Connection, QStringLiteral("no D-Bus session bus is running")}},
        {QStringLiteral("no-secret-service"),
         {ErrorCode::Connection, QStringLiteral("no Secret Service is running (gnome-keyring or KWallet)")}},
        {QStringLiteral("no-keyring"), {ErrorCode::Connection, QStringLiteral("has no default keyring")}},
        {QStringLiteral("locked"), {ErrorCode::Auth, QStringLiteral("is locked or refused access")}},
    };
    if (!expected.contains(m_state))
        QFAIL("FERRY_KEYRING_STATE must say which failure to expect (see the comment at the top of this file)");
    m_expected = expected.value(m_state);
    qInfo("keychain state: %s", qPrintable(m_state));
}

void TestKeychainFailures::probeSaysWhichBackendFailedAndWhy()
{
    QElapsedTimer timer;
    timer.start();
    const KeychainStatus status = Keychain::check();
    const qint64 ms = timer.elapsed();
    QVERIFY(!status.usable);
    QVERIFY(status.error);
    const QString message = status.error->message;
    qInfo("probe: %lld ms: %s", ms, qPrintable(message));
    QVERIFY(ms < QuickMs);
    QVERIFY2(message.startsWith(QStringLiteral("keychain unavailable: ")), qPrintable(message));
    QVERIFY2(message.contains(m_expected.why), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("keep this secret in an environment variable or a file")),
             qPrintable(message));
    QCOMPARE(status.error->code, m_expected.code);
    QCOMPARE(status.backend, QStringLiteral("the Secret Service (libsecret)"));
}

void TestKeychainFailures::writeFailsAndNothingIsStored()
{
    QElapsedTimer timer;
    timer.start();
    auto ref = SecretWriter::storeInKeychain(QStringLiteral("job"), QStringLiteral("target.auth_token"),
                                             QStringLiteral("eu--never-stored"));
    QVERIFY(timer.elapsed() < QuickMs);
    QVERIFY(!ref);
    const Error &e = ref.error();
    QCOMPARE(e.field, QStringLiteral("target.auth_token"));
    QCOMPARE(e.context, QStringLiteral("keychain:job/target.auth_token"));
    QVERIFY2(e.message.startsWith(QStringLiteral("target.auth_token could not be stored in the keychain: keychain "
                                                 "unavailable: ")),
             qPrintable(e.message));
    QVERIFY2(e.message.contains(m_expected.why), qPrintable(e.message));
    QVERIFY(!e.message.contains(QStringLiteral("eu--never-stored")));
}

void TestKeychainFailures::readFails()
{
    QElapsedTimer timer;
    timer.start();
    auto read = Keychain::read(QStringLiteral("job/target.auth_token"), QStringLiteral("the Fliplet auth_token"));
    QVERIFY(timer.elapsed() < QuickMs);
    QVERIFY(!read);
    qInfo("read: %s", qPrintable(read.error().message));
    // A keyring that is locked, or missing, lists nothing: the entry is not said to be missing, the keyring is.
    QCOMPARE(read.error().code, m_expected.code);
    QVERIFY2(read.error().message.contains(m_expected.why), qPrintable(read.error().message));
}

void TestKeychainFailures::asynchronousProbe()
{
    QObject context;
    std::optional<KeychainStatus> status;
    Keychain::checkAsync(&context, [&](KeychainStatus s) { status = s; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), QuickMs);
    QVERIFY(!status->usable);
    QVERIFY(status->error->message.contains(m_expected.why));
}

void TestKeychainFailures::cliSaysKeychainUnavailable()
{
    QTemporaryDir dir;
    const QString job = dir.filePath(QStringLiteral("job.yml"));
    QFile f(job);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ferry: 1\n"
            "id: unavailable\n"
            "source: {type: sql, driver: sqlite, path: users.sqlite, query: SELECT 1 AS id}\n"
            "target:\n"
            "  type: fliplet\n"
            "  datasource_id: 1\n"
            "  api_url: http://127.0.0.1:9\n"
            "  auth_token: {secret: keychain:unavailable/target.auth_token}\n"
            "sync: {key: id}\n");
    f.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QElapsedTimer timer;
    timer.start();
    const CliResult run = runCli({QStringLiteral("run"), job, QStringLiteral("--dry-run")}, env);
    const CliResult test = runCli({QStringLiteral("test"), job}, env);
    QVERIFY(timer.elapsed() < 2 * QuickMs);
    QVERIFY2(run.exitCode == 2, run.err.constData());
    QVERIFY2(test.exitCode == 2, (test.out + test.err).constData());
    QVERIFY2(run.err.contains("keychain unavailable: "), run.err.constData());
    QVERIFY2(run.err.contains(m_expected.why.toUtf8()), run.err.constData());
    QVERIFY2(test.out.contains("keychain unavailable: "), test.out.constData());
    QVERIFY2(test.out.contains("target.auth_token"), test.out.constData());
}

void TestKeychainFailures::aKeychainThatNeverAnswersTimesOut()
{
    if (m_state != u"no-secret-service")
        QSKIP("needs a session bus on which org.freedesktop.secrets is free");
    // The silent service is a process of its own (this program, started with --silent-secret-service), so
    // the calls it leaves unanswered are not this process's to clean up.
    QProcess silent;
    silent.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--silent-secret-service")});
    QVERIFY(silent.waitForReadyRead(10000));
    QCOMPARE(silent.readLine(), QByteArray("ready\n"));

    QElapsedTimer timer;
    timer.start();
    auto written = Keychain::write(QStringLiteral("silent/source.password"), QStringLiteral("never-answered"), 1000);
    const qint64 ms = timer.elapsed();
    QVERIFY(!written);
    qInfo("write: %lld ms: %s", ms, qPrintable(written.error().message));
    QVERIFY(ms >= 900 && ms < 5000);
    QVERIFY2(written.error().message.contains(
                 QStringLiteral("did not answer within 1 s (a password prompt may be waiting)")),
             qPrintable(written.error().message));
    const KeychainStatus status = Keychain::check(1000);
    QVERIFY(!status.usable);
    QVERIFY(status.error->message.contains(QStringLiteral("did not answer")));
    silent.kill();
    silent.waitForFinished();
}

// A Secret Service that takes every call and never answers, until killed.
int runSilentSecretService(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SilentService silent;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath) ||
        !bus.registerService(QStringLiteral("org.freedesktop.secrets")))
        return 1;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return app.exec();
}

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], "--silent-secret-service") == 0)
        return runSilentSecretService(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainFailures test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainfailures.moc"
