// The secret store: resolves secret references ("env:NAME", "file:PATH", "keychain:NAME") through a
// provider per scheme. withDefaults() has the environment and file providers; secretStoreWithKeychain()
// (secrets/keychain.h) adds the keychain's, as ferry-cli does. The desktop resolves a job's secrets on a
// thread of its own before the run starts (the run gets the values in RunOptions::secrets), so a slow or
// prompting keychain never blocks a run's worker or the GUI.
#pragma once

#include "core/result.h"
#include "job/jobspec.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Ferry {

class SecretProvider
{
public:
    virtual ~SecretProvider() = default;
    virtual QString scheme() const = 0; // "env", "file", "keychain"
    // name: what follows "scheme:". baseDir resolves relative paths. what: the field, for messages.
    virtual Result<QString> read(const QString &name, const QString &baseDir, const QString &what) const = 0;
};

class EnvironmentSecrets final : public SecretProvider
{
public:
    QString scheme() const override { return QStringLiteral("env"); }
    Result<QString> read(const QString &name, const QString &baseDir, const QString &what) const override;
};

class FileSecrets final : public SecretProvider
{
public:
    QString scheme() const override { return QStringLiteral("file"); }
    Result<QString> read(const QString &name, const QString &baseDir, const QString &what) const override;
};

// One secret field of a job: where it is, what the job file says, and how to name it in messages.
struct SecretField
{
    QString path; // "source.password", "target.auth_token"
    SecretRef ref;
    QString what; // "the database password"
};
QList<SecretField> secretFields(const JobSpec &job);
// The secret field of a Fliplet file column's header: "target.files[0].headers.Authorization".
QString fileHeaderSecretField(qsizetype fileColumn, const QString &header);

class SecretStore
{
public:
    // With the env: and file: providers.
    static std::shared_ptr<SecretStore> withDefaults();

    void addProvider(std::shared_ptr<const SecretProvider> provider); // replaces one of the same scheme
    bool hasScheme(const QString &scheme) const;

    // The value, registered with the log mask. Inline values (imported Fliplet Agent files) pass through.
    Result<QString> resolve(const SecretRef &ref, const QString &what, const QString &baseDir) const;

    Q_DECLARE_TR_FUNCTIONS(Ferry::SecretStore)

private:
    QHash<QString, std::shared_ptr<const SecretProvider>> m_providers;
};

} // namespace Ferry
