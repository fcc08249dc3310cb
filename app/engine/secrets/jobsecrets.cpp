#include "jobsecrets.h"

#include "secretresolver.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Ferry {

Result<JobSecrets> resolveJobSecrets(const JobSpec &job)
{
    const QString baseDir = job.sourcePath.isEmpty() ? QString() : QFileInfo(job.sourcePath).absolutePath();
    JobSecrets out;
    if (!job.sql.password.isEmpty()) {
        FERRY_TRY(password,
                  resolveSecret(job.sql.password,
                                QCoreApplication::translate("Ferry::Secrets", "the database password"), baseDir));
        out.values.insert(QStringLiteral("source.password"), password);
    }
    if (job.targetKind == TargetKind::Fliplet) {
        FERRY_TRY(token,
                  resolveSecret(job.fliplet.authToken,
                                QCoreApplication::translate("Ferry::Secrets", "the Fliplet auth_token"), baseDir));
        out.values.insert(QStringLiteral("target.auth_token"), token);
    }
    return out;
}

} // namespace Ferry
