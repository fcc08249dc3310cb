// The secrets one job needs, resolved before its run starts and passed in (a GUI resolves keychain
// references on its own thread first). Keyed by the field path that names them: "source.password",
// "target.auth_token".
#pragma once

#include "core/result.h"
#include "job/jobspec.h"
#include "secretstore.h"

#include <QHash>
#include <QString>

namespace Ferry {

struct JobSecrets
{
    QHash<QString, QString> values;
    QString value(const QString &field) const { return values.value(field); }
};

// Resolves every secret field of the job (see secretFields()) through store. A failure names the field in
// Error::field.
Result<JobSecrets> resolveJobSecrets(const JobSpec &job, const SecretStore &store);
// … through the env: and file: providers.
Result<JobSecrets> resolveJobSecrets(const JobSpec &job);
// The same for one side of the job only (a test can check one side when the other's secret is missing).
Result<JobSecrets> resolveSourceSecrets(const JobSpec &job, const SecretStore &store);
Result<JobSecrets> resolveTargetSecrets(const JobSpec &job, const SecretStore &store);
Result<JobSecrets> resolveSourceSecrets(const JobSpec &job);
Result<JobSecrets> resolveTargetSecrets(const JobSpec &job);

} // namespace Ferry
