// The keychain against a real Secret Service: gnome-keyring in a private D-Bus session, started by
// scripts/with-keyring.sh (CTest label "keychain"). Write, read back, overwrite, delete, a missing entry;
// resolution through the SecretStore; the probe (and that it leaves nothing behind); plaintext secrets of a
// Fliplet Agent config moved into the keychain; the asynchronous calls; calls from several threads at once.
#include "core/logging.h"
#include "job/jobfile.h"
#include "secrets/jobsecrets.h"
#include "secrets/keychain.h"
#include "secrets/secretwriter.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QElapsedTimer>
#include <QtTest>

#include <thread>

using namespace Ferry;

namespace {

// The error of a failed result, for test messages (empty on success: QVERIFY2 evaluates it either way).
template <typename T> QByteArray failure(const Result<T> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

const QString Compat = QStringLiteral(FERRY_TEST_DATA) + QStringLiteral("/compat/fliplet-agent/");

using Attributes = QMap<QString, QString>;

// Every item of the Secret Service that Ferry wrote (service "Ferry"), asked over D-Bus directly.
int ferryItems()
{
    // A plain method call: QDBusInterface would introspect, and Qt keeps (leaks) the meta-objects it builds.
    QDBusMessage search = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(Attributes{{QStringLiteral("server"), Keychain::service()}});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(search, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return -1;
    int n = 0;
    for (const QVariant &list : reply.arguments()) {
        QList<QDBusObjectPath> paths;
        list.value<QDBusArgument>() >> paths;
        n += paths.size();
    }
    return n;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void missingEntrySaysWhatToDo();
    void resolvedThroughTheSecretStore();
    void probeIsUsableAndLeavesNothing();
    void storeForAJobAndDeleteWithIt();
    void moveFlipletAgentSecretsToTheKeychain();
    void asynchronousCalls();
    void severalThreadsAtOnce();
    void unicodeValues();
};

void TestKeychain::initTestCase()
{
    qDBusRegisterMetaType<Attributes>();
    if (qEnvironmentVariable("FERRY_KEYRING_STATE") != u"unlocked")
        QFAIL("run this test through scripts/with-keyring.sh (a private, unlocked gnome-keyring)");
    QCOMPARE(ferryItems(), 0);
}

void TestKeychain::writeReadOverwriteDelete()
{
    const QString entry = Keychain::entryName(QStringLiteral("round-trip"), QStringLiteral("source.password"));
    QCOMPARE(entry, QStringLiteral("round-trip/source.password"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(Keychain::write(entry, QStringLiteral("first-keychain-value")));
    auto read = Keychain::read(entry);
    QVERIFY2(read, failure(read).constData());
    QCOMPARE(*read, QStringLiteral("first-keychain-value"));
    QCOMPARE(SecretMask::mask(QStringLiteral("pw=first-keychain-value")), QStringLiteral("pw=****"));
    QCOMPARE(ferryItems(), 1);

    QVERIFY(Keychain::write(entry, QStringLiteral("second-keychain-value"))); // replaces, no second item
    QCOMPARE(*Keychain::read(entry), QStringLiteral("second-keychain-value"));
    QCOMPARE(ferryItems(), 1);

    QVERIFY(Keychain::remove(entry));
    QCOMPARE(ferryItems(), 0);
    QVERIFY(!Keychain::read(entry));
    QVERIFY(Keychain::remove(entry)); // deleting what is not there is no error
    qInfo("write, read, overwrite, read, delete, read, delete: %lld ms", timer.elapsed());
}

void TestKeychain::missingEntrySaysWhatToDo()
{
    auto read = Keychain::read(QStringLiteral("nobody/target.auth_token"), QStringLiteral("the Fliplet auth_token"));
    QVERIFY(!read);
    const Error &e = read.error();
    QCOMPARE(e.code, ErrorCode::NotFound);
    QCOMPARE(e.context, QStringLiteral("keychain:nobody/target.auth_token"));
    QVERIFY2(e.message.startsWith(QStringLiteral("the Fliplet auth_token should be in the keychain entry "
                                                 "'nobody/target.auth_token' (service Ferry), which does not exist")),
             qPrintable(e.message));
    QVERIFY(e.message.contains(QStringLiteral("{secret: env:NAME}")));
}

void TestKeychain::resolvedThroughTheSecretStore()
{
    QVERIFY(Keychain::write(QStringLiteral("store-job/target.auth_token"), QStringLiteral("eu--store-resolved")));
    JobSpec job;
    job.id = QStringLiteral("store-job");
    job.sql.driver = QStringLiteral("sqlite");
    job.sql.password.reference = QStringLiteral("keychain:store-job/source.password"); // not stored
    job.fliplet.authToken.reference = Keychain::reference(job.id, QStringLiteral("target.auth_token"));
    QCOMPARE(job.fliplet.authToken.reference, QStringLiteral("keychain:store-job/target.auth_token"));

    // Without the keychain provider: says so, and what to do.
    auto without = resolveTargetSecrets(job);
    QVERIFY(!without);
    QVERIFY(without.error().message.contains(QStringLiteral("not given access")));

    const auto store = secretStoreWithKeychain();
    auto target = resolveTargetSecrets(job, *store);
    QVERIFY2(target, failure(target).constData());
    QCOMPARE(target->value(QStringLiteral("target.auth_token")), QStringLiteral("eu--store-resolved"));
    auto all = resolveJobSecrets(job, *store);
    QVERIFY(!all);
    QCOMPARE(all.error().field, QStringLiteral("source.password"));
    QCOMPARE(all.error().code, ErrorCode::NotFound);
    QVERIFY(all.error().message.startsWith(QStringLiteral("the database password should be in the keychain")));
    QVERIFY(Keychain::remove(QStringLiteral("store-job/target.auth_token")));
}

void TestKeychain::probeIsUsableAndLeavesNothing()
{
    const int before = ferryItems();
    QElapsedTimer timer;
    timer.start();
    const KeychainStatus status = Keychain::check();
    QVERIFY2(status.usable, status.error ? qPrintable(status.error->toString()) : "no error");
    QVERIFY(!status.error);
    QCOMPARE(status.backend, QStringLiteral("the Secret Service (libsecret)"));
    QCOMPARE(status.warning, QString()); // dbus-run-session sets DBUS_SESSION_BUS_ADDRESS
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(checkKeychain().usable);
    QCOMPARE(ferryItems(), before);
}

void TestKeychain::storeForAJobAndDeleteWithIt()
{
    JobSpec job;
    job.id = QStringLiteral("crm-sync");
    auto password =
        SecretWriter::storeInKeychain(job.id, QStringLiteral("source.password"), QStringLiteral("db-pass-value"));
    QVERIFY2(password, failure(password).constData());
    QCOMPARE(*password, QStringLiteral("keychain:crm-sync/source.password"));
    auto token = SecretWriter::store(SecretDestination::Keychain, job.id, QStringLiteral("target.auth_token"),
                                     QStringLiteral("eu--job-token"));
    QVERIFY(token);
    // A reference copied from another job is not this job's to delete.
    QVERIFY(Keychain::write(QStringLiteral("other-job/target.auth_token"), QStringLiteral("eu--other-token")));
    job.sql.password.reference = *password;
    job.fliplet.authToken.reference = QStringLiteral("keychain:other-job/target.auth_token");
    QCOMPARE(ferryItems(), 3);
    QVERIFY(Keychain::remove(QStringLiteral("crm-sync/target.auth_token")));

    QVERIFY(SecretWriter::deleteJobSecrets(job));
    QVERIFY(!Keychain::read(QStringLiteral("crm-sync/source.password")));
    QCOMPARE(*Keychain::read(QStringLiteral("other-job/target.auth_token")), QStringLiteral("eu--other-token"));
    QVERIFY(Keychain::remove(QStringLiteral("other-job/target.auth_token")));
    QCOMPARE(ferryItems(), 0);

    auto refused = SecretWriter::storeInKeychain(job.id, QStringLiteral("source.password"), QStringLiteral("pasted\n"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("line break")));
    QCOMPARE(ferryItems(), 0);
}

void TestKeychain::moveFlipletAgentSecretsToTheKeychain()
{
    QTemporaryDir dir;
    auto loaded = loadJobFile(Compat + QStringLiteral("postgres-replace.yml"));
    QVERIFY(loaded);
    QVERIFY(!saveJobText(loaded->job)); // plaintext: refused
    auto moved = SecretWriter::moveInlineSecrets(loaded->job, SecretDestination::Keychain);
    QVERIFY2(moved, failure(moved).constData());
    const QString id = loaded->job.id;
    QCOMPARE(moved->sql.password,
             (SecretRef{QStringLiteral("keychain:") + id + QStringLiteral("/source.password"), {}}));
    QCOMPARE(moved->fliplet.authToken,
             (SecretRef{QStringLiteral("keychain:") + id + QStringLiteral("/target.auth_token"), {}}));
    QCOMPARE(ferryItems(), 2);

    const QString path = dir.filePath(QStringLiteral("moved.yml"));
    QVERIFY(saveJobFile(*moved, path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(!text.contains("s3cret") && !text.contains("us--sometoken"));
    QVERIFY(text.contains("{secret: keychain:" + id.toUtf8() + "/target.auth_token}"));

    auto again = loadJobFile(path);
    QVERIFY(again);
    QVERIFY(again->warnings.isEmpty());
    auto secrets = resolveJobSecrets(again->job, *secretStoreWithKeychain());
    QVERIFY2(secrets, failure(secrets).constData());
    QCOMPARE(secrets->value(QStringLiteral("source.password")), QStringLiteral("s3cret"));
    QCOMPARE(secrets->value(QStringLiteral("target.auth_token")), QStringLiteral("us--sometoken"));

    QVERIFY(SecretWriter::deleteJobSecrets(again->job));
    QCOMPARE(ferryItems(), 0);

    // A failure names the field and leaves nothing stored: the token went in, the password was refused.
    JobSpec bad = loaded->job;
    bad.sql.password.inlineValue = QStringLiteral("two\nlines");
    auto failed = SecretWriter::moveInlineSecrets(bad, SecretDestination::Keychain);
    QVERIFY(!failed);
    QCOMPARE(failed.error().field, QStringLiteral("source.password"));
    QCOMPARE(ferryItems(), 0);
}

void TestKeychain::asynchronousCalls()
{
    QObject context;
    const QString entry = QStringLiteral("async/target.auth_token");
    std::optional<Result<void>> written;
    Keychain::writeAsync(entry, QStringLiteral("eu--async-value"), &context, [&](Result<void> r) { written = r; });
    QTRY_VERIFY(written.has_value());
    QVERIFY(*written);

    std::optional<Result<QString>> read;
    Keychain::readAsync(entry, &context, [&](Result<QString> r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QVERIFY(*read);
    QCOMPARE(read->value(), QStringLiteral("eu--async-value"));

    std::optional<KeychainStatus> status;
    Keychain::checkAsync(&context, [&](KeychainStatus s) { status = s; });
    QTRY_VERIFY(status.has_value());
    QVERIFY(status->usable);

    std::optional<Result<void>> removed;
    Keychain::removeAsync(entry, &context, [&](Result<void> r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(*removed);
    QCOMPARE(ferryItems(), 0);

    // A context destroyed before the answer: nothing is called.
    bool called = false;
    {
        QObject gone;
        Keychain::readAsync(entry, &gone, [&](Result<QString>) { called = true; });
    }
    std::optional<Result<QString>> after; // queued behind it: once this arrives, the first has ended
    Keychain::readAsync(entry, &context, [&](Result<QString> r) { after = r; });
    QTRY_VERIFY(after.has_value());
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestKeychain::severalThreadsAtOnce()
{
    // QtKeychain's executor is not thread-safe; every call goes through Ferry's one keychain thread.
    constexpr int Threads = 4;
    constexpr int Rounds = 5;
    std::atomic_int failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([t, &failures] {
            for (int i = 0; i < Rounds; ++i) {
                const QString entry = QStringLiteral("thread-%1/field-%2").arg(t).arg(i);
                const QString value = QStringLiteral("value-%1-%2").arg(t).arg(i);
                const bool written = bool(Keychain::write(entry, value));
                const auto read = Keychain::read(entry);
                if (!written || !read || *read != value || !Keychain::remove(entry))
                    ++failures;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(ferryItems(), 0);
}

void TestKeychain::unicodeValues()
{
    const QString value = QStringLiteral("pässwörd-€-密码-🔑 with spaces");
    QVERIFY(Keychain::write(QStringLiteral("unicode/source.password"), value));
    QCOMPARE(*Keychain::read(QStringLiteral("unicode/source.password")), value);
    QVERIFY(Keychain::remove(QStringLiteral("unicode/source.password")));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
