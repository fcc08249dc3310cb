// SecretSaver: where the job editor keeps the secrets typed into it, so that the job file holds only a
// reference: the OS keychain (keychain:<job id>/<field>, the default), or by the user's explicit choice a
// file only the user can read (file:PATH, 0600 in a 0700 folder) or an environment variable the user sets
// (env:NAME; nothing is stored). Writes run on a worker thread (a keychain may be slow or ask the user) and
// end with saved(). The keychain is probed once, asynchronously: keychainStatusChanged() says whether it is
// usable or which backend failed, why and what to do.
#pragma once

#include "core/result.h"
#include "secrets/keychain.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace Ferry {

enum class SecretStorage { Keychain, File, Environment };

// The OS keychain as the editor uses it; SystemKeychain is the real one (Keychain, SecretWriter), tests
// hand in their own.
class KeychainBackend
{
public:
    virtual ~KeychainBackend() = default;
    // Probes the keychain; done is called once on context's thread.
    virtual void check(QObject *context, std::function<void(KeychainStatus)> done) = 0;
    // Blocking, on a worker thread: stores the value, returns the reference ("keychain:<jobId>/<field>").
    virtual Result<QString> store(const QString &jobId, const QString &field, const QString &value) = 0;
};

class SystemKeychain final : public KeychainBackend
{
public:
    void check(QObject *context, std::function<void(KeychainStatus)> done) override;
    Result<QString> store(const QString &jobId, const QString &field, const QString &value) override;
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

class SecretSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretSaver)

public:
    // keychain: null for the system's. secretsDir: where file secrets go by default (empty: SecretWriter's
    // ~/.config/Ferry/secrets).
    explicit SecretSaver(std::shared_ptr<KeychainBackend> keychain = {}, const QString &secretsDir = QString(),
                         QObject *parent = nullptr);
    ~SecretSaver() override;

    QString secretsDirectory() const { return m_secretsDir; }
    // Until the probe answers: assumed usable (the default place), checked() false.
    const KeychainStatus &keychainStatus() const { return m_status; }
    bool keychainChecked() const { return m_checked; }

    // Stores each secret, then saved(id, results) in the same order. Returns the request's id.
    quint64 save(const QString &jobId, const QList<SecretWrite> &writes);
    bool waitForDone(int timeoutMs) { return m_pool.waitForDone(timeoutMs); }

    // What save() does for one secret (on a worker thread).
    static SecretWriteResult write(const QString &jobId, const SecretWrite &write, KeychainBackend *keychain,
                                   const QString &secretsDir);
    // Writes value to a file the user named, atomically, readable by the user alone.
    static Result<void> writeSecretFile(const QString &path, const QString &value);
    static bool isVariableName(const QString &name);

signals:
    void keychainStatusChanged(const Ferry::KeychainStatus &status);
    void saved(quint64 id, const QList<Ferry::SecretWriteResult> &results);

private:
    std::shared_ptr<KeychainBackend> m_keychain;
    QString m_secretsDir;
    KeychainStatus m_status;
    bool m_checked = false;
    QThreadPool m_pool;
    quint64 m_nextId = 1;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::SecretWriteResult)
