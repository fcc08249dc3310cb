// Where Ferry puts a secret the user types or imports, and the reference a job file keeps instead: the OS
// keychain (the default), or, by the user's explicit choice when no keychain is usable, a file only the user
// can read (~/.config/Ferry/secrets/<jobId>-<field>, 0600 in a 0700 folder) or an environment variable the
// user sets. Also moves the plaintext secrets of an imported Fliplet Agent config into one of them, and
// deletes a job's secrets with the job.
// Blocking (the keychain is asked synchronously): call from a worker thread, not the GUI thread.
#pragma once

#include "core/result.h"
#include "job/jobspec.h"

#include <QCoreApplication>
#include <QString>

namespace Ferry {

enum class SecretDestination { Keychain, File };

class SecretWriter
{
public:
    // ~/.config/Ferry/secrets ($XDG_CONFIG_HOME/Ferry/secrets).
    static QString secretsDirectory();

    // A secret is one line: refuses an empty value and control characters (a pasted line break). Names
    // the field ("source.password") in the message and in Error::field.
    static Result<void> checkValue(const QString &field, const QString &value);

    // Stores the value of one secret field of a job; returns the reference for the job file:
    // "keychain:<jobId>/<field>" or "file:<absolute path>". A value already there is replaced.
    static Result<QString> store(SecretDestination to, const QString &jobId, const QString &field, const QString &value,
                                 const QString &directory = {});
    static Result<QString> storeInKeychain(const QString &jobId, const QString &field, const QString &value);
    // directory: where the file goes (default: secretsDirectory()); created 0700, the file 0600.
    static Result<QString> storeInFile(const QString &jobId, const QString &field, const QString &value,
                                       const QString &directory = {});
    // "env:NAME" for an environment variable the user sets; refuses a name a shell cannot export.
    static Result<QString> environmentReference(const QString &field, const QString &variable);

    // The job with every plaintext secret (the inline values of an imported Fliplet Agent config, a password
    // inside the database URL) stored in `to` and replaced by its reference, so that saveJobText accepts
    // it. References already in the job are kept. On failure nothing stays stored, and the error names the
    // field.
    static Result<JobSpec> moveInlineSecrets(const JobSpec &job, SecretDestination to, const QString &directory = {});

    // Deletes what Ferry stored for the job (when the job is deleted): its keychain entries ("keychain:<id>/…")
    // and its files in the secrets folder. References the user manages (env:, other files, other entries)
    // are left alone. Goes on after a failure and returns the first.
    static Result<void> deleteJobSecrets(const JobSpec &job, const QString &directory = {});

    Q_DECLARE_TR_FUNCTIONS(Ferry::SecretWriter)
};

} // namespace Ferry
