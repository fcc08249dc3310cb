#include "connectorfactory.h"

#include "flipletdatasource.h"
#include "sqlitetable.h"
#include "sqlsource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Ferry {

QString jobBaseDir(const JobSpec &job)
{
    return job.sourcePath.isEmpty() ? QString() : QFileInfo(job.sourcePath).absolutePath();
}

Result<std::unique_ptr<Source>> createSource(const JobSpec &job, const JobSecrets &secrets)
{
    FERRY_TRY(params, sqlConnectionParams(job.sql, jobBaseDir(job), secrets.value(QStringLiteral("source.password"))));
    return std::unique_ptr<Source>(std::make_unique<SqlSource>(params, job.sql.query));
}

Result<std::unique_ptr<Target>> createTarget(const JobSpec &job, const JobSecrets &secrets,
                                             const std::atomic_bool *cancel)
{
    switch (job.targetKind) {
    case TargetKind::Fliplet:
        return std::unique_ptr<Target>(std::make_unique<FlipletDataSource>(
            job.fliplet, secrets.value(QStringLiteral("target.auth_token")), job.retry, cancel));
    case TargetKind::Sqlite:
        return std::unique_ptr<Target>(std::make_unique<SqliteTable>(job.sqlite, jobBaseDir(job)));
    }
    return Error{ErrorCode::Internal, QCoreApplication::translate("Ferry::Connectors", "unknown target kind"), {}};
}

} // namespace Ferry
