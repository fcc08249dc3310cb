#include "jobsecrets.h"

#include "secretresolver.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Ferry {

namespace {

class SecretsText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Secrets)
};

QString baseDirOf(const JobSpec &job)
{
    return job.sourcePath.isEmpty() ? QString() : QFileInfo(job.sourcePath).absolutePath();
}

Result<void> resolveInto(JobSecrets &out, const SecretRef &ref, const QString &what, const QString &field,
                         const QString &baseDir)
{
    auto value = resolveSecret(ref, what, baseDir);
    if (!value) {
        Error e = value.error();
        e.field = field;
        return e;
    }
    out.values.insert(field, *value);
    return {};
}

} // namespace

Result<JobSecrets> resolveSourceSecrets(const JobSpec &job)
{
    JobSecrets out;
    if (!job.sql.password.isEmpty())
        if (auto r = resolveInto(out, job.sql.password, SecretsText::tr("the database password"),
                                 QStringLiteral("source.password"), baseDirOf(job));
            !r)
            return r.error();
    return out;
}

Result<JobSecrets> resolveTargetSecrets(const JobSpec &job)
{
    JobSecrets out;
    if (job.targetKind == TargetKind::Fliplet)
        if (auto r = resolveInto(out, job.fliplet.authToken, SecretsText::tr("the Fliplet auth_token"),
                                 QStringLiteral("target.auth_token"), baseDirOf(job));
            !r)
            return r.error();
    return out;
}

Result<JobSecrets> resolveJobSecrets(const JobSpec &job)
{
    FERRY_TRY(source, resolveSourceSecrets(job));
    FERRY_TRY(target, resolveTargetSecrets(job));
    source.values.insert(target.values);
    return source;
}

} // namespace Ferry
