// The OS keychain through QtKeychain (the Secret Service on Linux: gnome-keyring or KWallet): one entry per
// job and field, service "Ferry", key "<jobId>/<field>", referred to from job files as
// {secret: keychain:<jobId>/<field>}. Also the keychain: provider of the SecretStore, and a probe that says
// whether a keychain is usable or which backend failed, why, and what to do.
//
// Threads. QtKeychain queues its jobs in one process-wide executor that is not thread-safe: a job started
// on one thread while another thread's job runs is started later from the first thread's event loop. So
// every keychain operation of the process runs on one thread of its own (started on first use, stopped
// when the QCoreApplication is destroyed); the functions below only hand work to it.
// - The blocking functions (read, write, remove, check) may be called from any thread, a worker's or
//   ferry-cli's main thread; they wait without an event loop, up to the timeout. Not on the GUI thread:
//   a keychain that shows a password prompt can take as long as the user does.
// - The asynchronous ones return at once and call `done` once, on `context`'s thread (which needs a running
//   event loop), unless `context` is destroyed first.
// Each operation ends within its timeout: a keychain that does not answer (a prompt nobody answers) is
// reported as unavailable, and the operation stays queued in QtKeychain until it ends by itself.
#pragma once

#include "core/result.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // "ferry.keychain"

namespace Ferry {

// What the keychain probe found.
struct KeychainStatus
{
    bool usable = false;
    QString backend;            // the backend tried, in words: "the Secret Service (libsecret)"
    std::optional<Error> error; // when not usable: which backend failed, why, and what to do instead
    // When usable but the secrets may not last: reached through a session bus that D-Bus autolaunched for
    // this program (dbus-x11 with a display and no session), which ends with that display.
    QString warning;
};

class Keychain
{
public:
    static constexpr int DefaultTimeoutMs = 15000;

    static QString service(); // "Ferry"
    // The entry of one secret field of a job: "<jobId>/<field>" ("crm-sync/source.password").
    static QString entryName(const QString &jobId, const QString &field);
    // "keychain:<jobId>/<field>", as job files refer to it.
    static QString reference(const QString &jobId, const QString &field);
    // The entry a "keychain:…" reference names; empty for other references.
    static QString entryOf(const QString &reference);
    // The backend QtKeychain uses here, in words, for messages.
    static QString backendName();

    // Blocking (any thread but the GUI's). what names the secret in messages ("the database password").
    // The value read is registered with the log mask.
    static Result<QString> read(const QString &entry, const QString &what = {}, int timeoutMs = DefaultTimeoutMs);
    // Creates or replaces the entry.
    static Result<void> write(const QString &entry, const QString &value, int timeoutMs = DefaultTimeoutMs);
    // Deletes the entry; one that does not exist is no error.
    static Result<void> remove(const QString &entry, int timeoutMs = DefaultTimeoutMs);
    // Writes a probe entry, reads it back and deletes it again (even when the read fails): usable, or
    // exactly what failed. Takes a few tens of milliseconds with a running Secret Service.
    static KeychainStatus check(int timeoutMs = DefaultTimeoutMs);

    // Asynchronous: the same operations, `done` called on context's thread.
    static void readAsync(const QString &entry, QObject *context, std::function<void(Result<QString>)> done,
                          const QString &what = {}, int timeoutMs = DefaultTimeoutMs);
    static void writeAsync(const QString &entry, const QString &value, QObject *context,
                           std::function<void(Result<void>)> done, int timeoutMs = DefaultTimeoutMs);
    static void removeAsync(const QString &entry, QObject *context, std::function<void(Result<void>)> done,
                            int timeoutMs = DefaultTimeoutMs);
    static void checkAsync(QObject *context, std::function<void(KeychainStatus)> done,
                           int timeoutMs = DefaultTimeoutMs);

    Q_DECLARE_TR_FUNCTIONS(Ferry::Keychain)
};

// The probe, by the name the desktop's design uses: Keychain::check().
inline KeychainStatus checkKeychain(int timeoutMs = Keychain::DefaultTimeoutMs)
{
    return Keychain::check(timeoutMs);
}

// The keychain: provider: "keychain:<entry>" read through Keychain::read (blocking).
class KeychainSecrets final : public SecretProvider
{
public:
    explicit KeychainSecrets(int timeoutMs = Keychain::DefaultTimeoutMs) : m_timeoutMs(timeoutMs) {}
    QString scheme() const override { return QStringLiteral("keychain"); }
    Result<QString> read(const QString &name, const QString &baseDir, const QString &what) const override;

private:
    int m_timeoutMs;
};

// A store with the env:, file: and keychain: providers (ferry-cli's, and the desktop's worker threads').
std::shared_ptr<SecretStore> secretStoreWithKeychain();

} // namespace Ferry
