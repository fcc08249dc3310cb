#include "jobsecrets.h"

#include <QFileInfo>

namespace Ferry {

namespace {

// prefix: "source." or "target." for one side, empty for both.
Result<JobSecrets> resolve(const JobSpec &job, const SecretStore &store, const QString &prefix)
{
    const QString baseDir = job.sourcePath.isEmpty() ? QString() : QFileInfo(job.sourcePath).absolutePath();
    JobSecrets out;
    for (const SecretField &field : secretFields(job)) {
        if (!field.path.startsWith(prefix))
            continue;
        auto value = store.resolve(field.ref, field.what, baseDir);
        if (!value) {
            Error e = value.error();
            e.field = field.path;
            return e;
        }
        out.values.insert(field.path, *value);
    }
    return out;
}

} // namespace

Result<JobSecrets> resolveJobSecrets(const JobSpec &job, const SecretStore &store)
{
    return resolve(job, store, {});
}

Result<JobSecrets> resolveSourceSecrets(const JobSpec &job, const SecretStore &store)
{
    return resolve(job, store, QStringLiteral("source."));
}

Result<JobSecrets> resolveTargetSecrets(const JobSpec &job, const SecretStore &store)
{
    return resolve(job, store, QStringLiteral("target."));
}

Result<JobSecrets> resolveJobSecrets(const JobSpec &job)
{
    return resolveJobSecrets(job, *SecretStore::withDefaults());
}

Result<JobSecrets> resolveSourceSecrets(const JobSpec &job)
{
    return resolveSourceSecrets(job, *SecretStore::withDefaults());
}

Result<JobSecrets> resolveTargetSecrets(const JobSpec &job)
{
    return resolveTargetSecrets(job, *SecretStore::withDefaults());
}

} // namespace Ferry
