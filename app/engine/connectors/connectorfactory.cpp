#include "connectorfactory.h"

#include "connectorregistry.h"

#include <QFileInfo>

namespace Ferry {

QString jobBaseDir(const JobSpec &job)
{
    return job.sourcePath.isEmpty() ? QString() : QFileInfo(job.sourcePath).absolutePath();
}

Result<std::unique_ptr<Source>> createSource(const JobSpec &job, const JobSecrets &secrets)
{
    return ConnectorRegistry::instance().createSource(job, secrets);
}

Result<std::unique_ptr<Target>> createTarget(const JobSpec &job, const JobSecrets &secrets,
                                             const std::atomic_bool *cancel)
{
    return ConnectorRegistry::instance().createTarget(job, secrets, cancel);
}

} // namespace Ferry
