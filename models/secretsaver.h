// SecretSaver: where the job editor keeps the secrets typed into it, so that the job file holds only a
// reference: the OS keychain (keychain:<job id>/<field>), a file readable by the user alone (file:PATH, 0600
// in a 0700 folder), or an environment variable the user sets (env:NAME; nothing is stored). Writes run on
// a worker thread (a keychain may be slow or ask the user) and end with saved().
//
// The keychain itself is a KeychainBackend handed in by the desktop; without one (or when it is unusable)
// keychainStatus() says which backend failed and why, and the editor offers the file and the environment
// variable only by the user's explicit choice.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace Ferry {

enum class SecretStorage { Keychain, File, Environment };

// The OS keychain, as the desktop provides it. Called on a worker thread.
class KeychainBackend
{
public:
    virtual ~KeychainBackend() = default;
    virtual QString name() const = 0;           // "Secret Service", "macOS Keychain" …
    virtual QString unusableReason() const = 0; // empty when usable; otherwise what failed
    virtual Result<void> write(const QString &jobId, const QString &field, const QString &value) = 0;
};

struct SecretWrite
{
    QString field; // "source.password", "target.auth_token"
    SecretStorage storage = SecretStorage::Keychain;
    QString value;    // Keychain, File: what the user typed (File: empty keeps the file as it is)
    QString location; // Environment: the variable; File: the file (empty: Ferry's secrets folder)
};

struct SecretWriteResult
{
    QString field;
    QString reference; // for the job file: keychain:…, file:…, env:…
    std::optional<Error> error;
};

struct KeychainStatus
{
    bool usable = false;
    QString backend; // which one was tried
    QString reason;  // what failed, when unusable
};

class SecretSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretSaver)

public:
    // secretsDir: where file secrets go by default (empty: defaultDirectory()).
    explicit SecretSaver(std::shared_ptr<KeychainBackend> keychain = {}, const QString &secretsDir = QString(),
                         QObject *parent = nullptr);
    ~SecretSaver() override;

    // ~/.config/Ferry/secrets
    static QString defaultDirectory();
    static QString keychainReference(const QString &jobId, const QString &field);
    QString defaultFilePath(const QString &jobId, const QString &field) const;
    KeychainStatus keychainStatus() const;

    // Stores each secret, then saved(id, results) in the same order. Returns the request's id.
    quint64 save(const QString &jobId, const QList<SecretWrite> &writes);
    bool waitForDone(int timeoutMs) { return m_pool.waitForDone(timeoutMs); }

    // What save() does for one secret (on a worker thread).
    static SecretWriteResult write(const QString &jobId, const SecretWrite &write, KeychainBackend *keychain,
                                   const QString &secretsDir);
    // Writes value to path atomically, readable by the user alone (the folder is made 0700 when missing).
    static Result<void> writeSecretFile(const QString &path, const QString &value);
    static bool isVariableName(const QString &name);

signals:
    void saved(quint64 id, const QList<Ferry::SecretWriteResult> &results);

private:
    std::shared_ptr<KeychainBackend> m_keychain;
    QString m_secretsDir;
    QThreadPool m_pool;
    quint64 m_nextId = 1;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::SecretWriteResult)
