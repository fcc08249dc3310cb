#include "jobsecrets.h"

#include <QFileInfo>

namespace Ferry {

Result<JobSecrets> resolveJobSecrets(const JobSpec &job, const SecretStore &store)
{
    const QString baseDir = job.sourcePath.isEmpty() ? QString() : QFileInfo(job.sourcePath).absolutePath();
    JobSecrets out;
    for (const SecretField &field : secretFields(job)) {
        FERRY_TRY(value, store.resolve(field.ref, field.what, baseDir));
        out.values.insert(field.path, value);
    }
    return out;
}

Result<JobSecrets> resolveJobSecrets(const JobSpec &job)
{
    return resolveJobSecrets(job, *SecretStore::withDefaults());
}

} // namespace Ferry
