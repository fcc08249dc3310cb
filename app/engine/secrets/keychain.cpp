#include "keychain.h"

#include "core/logging.h"

#include <qt6keychain/keychain.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QFileInfo>
#include <QLibrary>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <condition_variable>
#include <mutex>

Q_LOGGING_CATEGORY(lcKeychain, "ferry.keychain")

namespace Ferry {

namespace {

enum class Operation { Read, Write, Remove };

// Why an operation failed, as far as it can be told.
enum class Failure { None, NotFound, NoBus, NoService, NoKeyring, Locked, NoBackend, Timeout, Stopped, Other };

struct Outcome
{
    Failure failure = Failure::None;
    QString detail; // QtKeychain's errorString (the backend's words; never a secret)
    QString value;  // what a read found
};

// Posted from the keychain thread to the thread of an asynchronous call's context.
class KeychainReply final : public QObject
{
    Q_OBJECT
signals:
    void finished();
};

// --- the keychain thread ---

std::mutex threadMutex;
QThread *keychainThread = nullptr;
QObject *keychainWorker = nullptr; // lives on keychainThread: what work is posted to
bool keychainStopped = false;

// A post routine: runs in ~QCoreApplication, while Qt is still whole.
void stopKeychainThread()
{
    QThread *thread = nullptr;
    QObject *worker = nullptr;
    {
        std::lock_guard lock(threadMutex);
        std::swap(thread, keychainThread);
        std::swap(worker, keychainWorker);
        keychainStopped = true;
    }
    if (!thread)
        return;
    thread->quit();
    // A backend call stuck inside a library keeps the thread: it is left to end with the process.
    if (thread->wait(QDeadlineTimer(5000))) {
        delete worker;
        delete thread;
    }
}

// The object to post work to, on the keychain thread (started on first use); null once the application is
// gone. QtKeychain's executor lives on the thread that used it first, and a job's end is delivered there, so
// it must be this thread, for the life of the process: it is never restarted.
QObject *keychainWorkerObject()
{
    std::lock_guard lock(threadMutex);
    if (keychainStopped || !QCoreApplication::instance())
        return nullptr;
    if (!keychainThread) {
        keychainThread = new QThread;
        keychainThread->setObjectName(QStringLiteral("Ferry keychain"));
        keychainWorker = new QObject;
        keychainWorker->moveToThread(keychainThread);
        keychainThread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return keychainWorker;
}

// Blocking on the keychain thread would wait for itself.
bool onKeychainThread()
{
    std::lock_guard lock(threadMutex);
    return keychainThread && QThread::currentThread() == keychainThread;
}

Failure classify(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::NoError:
        return Failure::None;
    case QKeychain::EntryNotFound:
        return Failure::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Failure::Locked;
    case QKeychain::NoBackendAvailable:
        return Failure::NoService;
    case QKeychain::NotImplemented:
        return Failure::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // The backend's words (GLib's, translated to the user's language) are kept for the message, but the
    // reason is told from the session bus itself.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Failure::NoBus;
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    if (QDBusConnectionInterface *iface = bus.interface()) {
        const QDBusReply<bool> registered = iface->isServiceRegistered(secrets);
        const QDBusReply<QStringList> activatable = iface->activatableServiceNames();
        if (registered.isValid() && !registered.value() && activatable.isValid() &&
            !activatable.value().contains(secrets))
            return Failure::NoService;
    }
    if (detail.contains(QLatin1String("/org/freedesktop/secrets/collection/")))
        return Failure::NoKeyring;
#else
    Q_UNUSED(detail)
#endif
    return Failure::Other;
}

// A read found nothing: when the default keyring is missing or locked, the entry may well be there,
// unreadable. Asks the Secret Service directly (quickly: it just answered).
Failure whyNotFound()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage readAlias =
        QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets"),
                                       QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> alias = bus.call(readAlias, QDBus::Block, 2000);
    if (!alias.isValid()) // not a Secret Service (KWallet's own interface): nothing to add
        return Failure::NotFound;
    if (alias.value().path() == u"/")
        return Failure::NoKeyring;
    QDBusMessage get = QDBusMessage::createMethodCall(
        service, alias.value().path(), QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QDBusVariant> locked = bus.call(get, QDBus::Block, 2000);
    if (locked.isValid() && locked.value().variant().toBool())
        return Failure::Locked;
#endif
    return Failure::NotFound;
}

// Runs on the keychain thread: one QtKeychain job, ended by its answer or by the timeout, whichever comes
// first; finished is called once, on this thread.
void runJob(Operation op, const QString &key, const QString &value, int timeoutMs,
            std::function<void(const Outcome &)> finished)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(Keychain::service());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(Keychain::service());
        write->setTextData(value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(Keychain::service());
        break;
    }
    job->setKey(key);
    // A job that times out is not deleted under the backend's callback: it deletes itself when it ends.
    job->setAutoDelete(true);
    auto done = std::make_shared<bool>(false);
    auto callback = std::make_shared<std::function<void(const Outcome &)>>(std::move(finished));
    QObject::connect(job, &QKeychain::Job::finished, job, [op, done, callback](QKeychain::Job *j) {
        if (*done)
            return; // timed out: nobody waits for it any more
        *done = true;
        Outcome outcome;
        outcome.failure = classify(j->error(), j->errorString());
        if (outcome.failure == Failure::NotFound && op == Operation::Read)
            outcome.failure = whyNotFound();
        if (outcome.failure != Failure::None)
            outcome.detail = j->errorString();
        else if (op == Operation::Read)
            outcome.value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        (*callback)(outcome);
    });
    QTimer::singleShot(timeoutMs, job, [done, callback] {
        if (*done)
            return;
        *done = true;
        qCWarning(lcKeychain, "the keychain did not answer in time; the operation stays queued until it does");
        (*callback)(Outcome{Failure::Timeout, {}, {}});
    });
    job->start();
}

// Runs op on the keychain thread; finished is called there (or at once, here, when the thread is gone).
void post(Operation op, const QString &key, const QString &value, int timeoutMs,
          std::function<void(const Outcome &)> finished)
{
    QObject *worker = keychainWorkerObject();
    if (!worker) {
        finished(Outcome{Failure::Stopped, {}, {}});
        return;
    }
    QMetaObject::invokeMethod(
        worker,
        [op, key, value, timeoutMs, finished = std::move(finished)]() mutable {
            runJob(op, key, value, timeoutMs, std::move(finished));
        },
        Qt::QueuedConnection);
}

// Calls start(deliver) and waits for deliver's value. The keychain thread ends every operation within its
// timeout; the margin covers a thread that stopped meanwhile.
template <typename T> T waitFor(const std::function<void(std::function<void(T)>)> &start, int timeoutMs, T late)
{
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable ready;
        std::optional<T> value;
    };
    auto shared = std::make_shared<Shared>();
    start([shared](T value) {
        std::lock_guard lock(shared->mutex);
        shared->value = std::move(value);
        shared->ready.notify_all();
    });
    std::unique_lock lock(shared->mutex);
    if (!shared->ready.wait_for(lock, std::chrono::milliseconds(timeoutMs) + std::chrono::seconds(5),
                                [&] { return shared->value.has_value(); }))
        return late;
    return std::move(*shared->value);
}

Outcome runBlocking(Operation op, const QString &key, const QString &value, int timeoutMs)
{
    if (onKeychainThread()) // a programmer's error: it would wait for itself until the timeout
        return Outcome{Failure::Other, QStringLiteral("a blocking keychain call on the keychain thread"), {}};
    return waitFor<Outcome>([&](std::function<void(Outcome)> deliver) { post(op, key, value, timeoutMs, deliver); },
                            timeoutMs, Outcome{Failure::Timeout, {}, {}});
}

// Calls start(deliver) and hands deliver's value to done on context's thread (nothing when context is
// destroyed first: a queued signal to a destroyed receiver is dropped).
template <typename T>
void deliverTo(QObject *context, const std::function<void(std::function<void(T)>)> &start, std::function<void(T)> done)
{
    auto value = std::make_shared<std::optional<T>>();
    auto *reply = new KeychainReply;
    QObject::connect(
        reply, &KeychainReply::finished, context, [value, done = std::move(done)] { done(std::move(**value)); },
        Qt::QueuedConnection);
    QObject *worker = keychainWorkerObject();
    if (worker)
        reply->moveToThread(worker->thread());
    start([value, reply](T result) {
        *value = std::move(result);
        emit reply->finished();
        reply->deleteLater();
    });
}

QString detailText(const Outcome &o)
{
    return o.detail.isEmpty() ? Keychain::tr("no details given") : o.detail;
}

// Why the keychain cannot be used, and what to do instead.
Error unavailable(const Outcome &o, const QString &context, int timeoutMs)
{
    const QString backend = Keychain::backendName();
    Error e{ErrorCode::Connection, {}, context};
    switch (o.failure) {
    case Failure::NoBus:
        e.message = Keychain::tr("keychain unavailable: %1 cannot be reached because no D-Bus session bus is running "
                                 "(%2); start Ferry in a desktop session, or keep this secret in an environment "
                                 "variable or a file")
                        .arg(backend, detailText(o));
        break;
    case Failure::NoService:
        e.message = Keychain::tr("keychain unavailable: no Secret Service is running (gnome-keyring or KWallet) "
                                 "(%1); start one, or keep this secret in an environment variable or a file")
                        .arg(detailText(o));
        break;
    case Failure::NoKeyring:
        e.message = Keychain::tr("keychain unavailable: %1 has no default keyring to keep secrets in (%2); log in "
                                 "to a desktop session once so that one is created and unlocked, or keep this secret "
                                 "in an environment variable or a file")
                        .arg(backend, detailText(o));
        break;
    case Failure::Locked:
        e.code = ErrorCode::Auth;
        e.message = Keychain::tr("keychain unavailable: the keyring of %1 is locked or refused access (%2); unlock "
                                 "it (log in to the desktop session again, or open the keyring manager) and retry, "
                                 "or keep this secret in an environment variable or a file")
                        .arg(backend, detailText(o));
        break;
    case Failure::NoBackend:
        e.message = Keychain::tr("keychain unavailable: this system offers no keychain Ferry can use (%1); keep this "
                                 "secret in an environment variable or a file")
                        .arg(detailText(o));
        break;
    case Failure::Timeout:
        e.message = Keychain::tr("keychain unavailable: %1 did not answer within %2 s (a password prompt may be "
                                 "waiting); answer it and retry, or keep this secret in an environment variable "
                                 "or a file")
                        .arg(backend)
                        .arg(timeoutMs / 1000.0, 0, 'g', 3);
        break;
    case Failure::Stopped:
        e.code = ErrorCode::Cancelled;
        e.message = Keychain::tr("keychain unavailable: the application is shutting down");
        break;
    case Failure::None:
    case Failure::NotFound:
    case Failure::Other:
        e.message = Keychain::tr("keychain unavailable: %1 failed (%2); keep this secret in an environment variable "
                                 "or a file instead")
                        .arg(backend, detailText(o));
        break;
    }
    return e;
}

QString entryContext(const QString &entry)
{
    return QStringLiteral("keychain:") + entry;
}

Result<QString> readResult(const Outcome &o, const QString &entry, const QString &what, int timeoutMs)
{
    if (o.failure == Failure::None) {
        SecretMask::add(o.value);
        return o.value;
    }
    if (o.failure == Failure::NotFound)
        return Error{ErrorCode::NotFound,
                     Keychain::tr("%1 should be in the keychain entry '%2' (service %3), which does not exist; store "
                                  "the secret again (the job's editor in the Ferry app), or refer to it with "
                                  "{secret: env:NAME} or {secret: file:PATH}")
                         .arg(what.isEmpty() ? Keychain::tr("the secret") : what, entry, Keychain::service()),
                     entryContext(entry)};
    return unavailable(o, entryContext(entry), timeoutMs);
}

Result<void> writeResult(const Outcome &o, const QString &entry, int timeoutMs)
{
    if (o.failure == Failure::None)
        return {};
    return unavailable(o, entryContext(entry), timeoutMs);
}

Result<void> removeResult(const Outcome &o, const QString &entry, int timeoutMs)
{
    if (o.failure == Failure::None || o.failure == Failure::NotFound)
        return {};
    return unavailable(o, entryContext(entry), timeoutMs);
}

// A session bus found neither in the environment nor at its standard place was autolaunched (dbus-launch):
// it ends with the display it was started for, and the keyring in it with it.
QString autolaunchWarning()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        (runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/bus"))))
        return Keychain::tr("the keychain was reached through a D-Bus session started on demand for this program, "
                            "which ends with the display: secrets stored now may be lost; start Ferry in a desktop "
                            "session, or keep secrets in environment variables or files");
#endif
    return {};
}

// The probe, on the keychain thread: write, read back, delete (always, once the write went through).
void runProbe(int timeoutMs, std::function<void(KeychainStatus)> finished)
{
    const QString key = QStringLiteral(".probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto fail = [finished](Error e) {
        KeychainStatus status;
        status.backend = Keychain::backendName();
        status.error = std::move(e);
        finished(status);
    };
    post(Operation::Write, key, value, timeoutMs, [=](const Outcome &written) {
        if (written.failure != Failure::None) {
            // A write that timed out may still land when the keychain answers: this delete, queued behind
            // it, removes it then.
            if (written.failure == Failure::Timeout)
                post(Operation::Remove, key, {}, 24 * 3600 * 1000, [](const Outcome &) {});
            fail(unavailable(written, {}, timeoutMs));
            return;
        }
        post(Operation::Read, key, {}, timeoutMs, [=](const Outcome &read) {
            post(Operation::Remove, key, {}, timeoutMs, [=](const Outcome &removed) {
                if (read.failure != Failure::None) {
                    fail(unavailable(read, {}, timeoutMs));
                } else if (read.value != value) {
                    fail(Error{ErrorCode::Server,
                               Keychain::tr("keychain unavailable: %1 did not return what was just written to it; "
                                            "keep this secret in an environment variable or a file")
                                   .arg(Keychain::backendName()),
                               {}});
                } else if (removed.failure != Failure::None && removed.failure != Failure::NotFound) {
                    Error e = unavailable(removed, entryContext(key), timeoutMs);
                    e.message = Keychain::tr("the keychain's test entry %1 (service %2) could not be deleted; "
                                             "delete it by hand: %3")
                                    .arg(key, Keychain::service(), e.message);
                    fail(e);
                } else {
                    KeychainStatus status;
                    status.usable = true;
                    status.backend = Keychain::backendName();
                    status.warning = autolaunchWarning();
                    finished(status);
                }
            });
        });
    });
}

} // namespace

QString Keychain::service()
{
    return QStringLiteral("Ferry");
}

QString Keychain::entryName(const QString &jobId, const QString &field)
{
    return jobId + u'/' + field;
}

QString Keychain::reference(const QString &jobId, const QString &field)
{
    return QStringLiteral("keychain:") + entryName(jobId, field);
}

QString Keychain::entryOf(const QString &reference)
{
    const QLatin1String scheme("keychain:");
    return reference.startsWith(scheme) ? reference.mid(scheme.size()).trimmed() : QString();
}

QString Keychain::backendName()
{
#if defined(Q_OS_DARWIN)
    return tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("the Windows Credential Manager");
#else
    // QtKeychain prefers KWallet on KDE Plasma, and otherwise loads libsecret when it can.
    static const bool libsecret = QLibrary(QStringLiteral("secret-1"), 0).load();
    if (qgetenv("XDG_CURRENT_DESKTOP").contains("KDE"))
        return tr("KWallet or the Secret Service");
    return libsecret ? tr("the Secret Service (libsecret)") : tr("KWallet (libsecret is not installed)");
#endif
}

Result<QString> Keychain::read(const QString &entry, const QString &what, int timeoutMs)
{
    return readResult(runBlocking(Operation::Read, entry, {}, timeoutMs), entry, what, timeoutMs);
}

Result<void> Keychain::write(const QString &entry, const QString &value, int timeoutMs)
{
    SecretMask::add(value);
    return writeResult(runBlocking(Operation::Write, entry, value, timeoutMs), entry, timeoutMs);
}

Result<void> Keychain::remove(const QString &entry, int timeoutMs)
{
    return removeResult(runBlocking(Operation::Remove, entry, {}, timeoutMs), entry, timeoutMs);
}

KeychainStatus Keychain::check(int timeoutMs)
{
    KeychainStatus late;
    late.backend = backendName();
    late.error = unavailable(Outcome{Failure::Timeout, {}, {}}, {}, timeoutMs);
    if (onKeychainThread()) {
        late.error = unavailable(
            Outcome{Failure::Other, QStringLiteral("a blocking keychain call on the keychain thread"), {}}, {}, 0);
        return late;
    }
    // Three operations, each with its own timeout.
    return waitFor<KeychainStatus>([&](std::function<void(KeychainStatus)> deliver) { runProbe(timeoutMs, deliver); },
                                   3 * timeoutMs, late);
}

void Keychain::readAsync(const QString &entry, QObject *context, std::function<void(Result<QString>)> done,
                         const QString &what, int timeoutMs)
{
    deliverTo<Outcome>(
        context, [=](std::function<void(Outcome)> deliver) { post(Operation::Read, entry, {}, timeoutMs, deliver); },
        [=, done = std::move(done)](Outcome o) { done(readResult(o, entry, what, timeoutMs)); });
}

void Keychain::writeAsync(const QString &entry, const QString &value, QObject *context,
                          std::function<void(Result<void>)> done, int timeoutMs)
{
    SecretMask::add(value);
    deliverTo<Outcome>(
        context,
        [=](std::function<void(Outcome)> deliver) { post(Operation::Write, entry, value, timeoutMs, deliver); },
        [=, done = std::move(done)](Outcome o) { done(writeResult(o, entry, timeoutMs)); });
}

void Keychain::removeAsync(const QString &entry, QObject *context, std::function<void(Result<void>)> done,
                           int timeoutMs)
{
    deliverTo<Outcome>(
        context, [=](std::function<void(Outcome)> deliver) { post(Operation::Remove, entry, {}, timeoutMs, deliver); },
        [=, done = std::move(done)](Outcome o) { done(removeResult(o, entry, timeoutMs)); });
}

void Keychain::checkAsync(QObject *context, std::function<void(KeychainStatus)> done, int timeoutMs)
{
    deliverTo<KeychainStatus>(
        context, [=](std::function<void(KeychainStatus)> deliver) { runProbe(timeoutMs, deliver); }, std::move(done));
}

Result<QString> KeychainSecrets::read(const QString &name, const QString &, const QString &what) const
{
    const QString entry = name.trimmed();
    if (entry.isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     Keychain::tr("%1 refers to the keychain but names no entry: write keychain:NAME").arg(what),
                     {}};
    return Keychain::read(entry, what, m_timeoutMs);
}

std::shared_ptr<SecretStore> secretStoreWithKeychain()
{
    auto store = SecretStore::withDefaults();
    store->addProvider(std::make_shared<KeychainSecrets>());
    return store;
}

} // namespace Ferry

#include "keychain.moc"
