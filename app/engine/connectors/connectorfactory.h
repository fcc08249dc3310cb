// Makes the source and the target a job names, with the secrets resolved for it, through the connector
// registry (connectorregistry.h).
#pragma once

#include "core/result.h"
#include "job/jobspec.h"
#include "secrets/jobsecrets.h"
#include "source.h"
#include "target.h"

#include <atomic>
#include <memory>

namespace Ferry {

Result<std::unique_ptr<Source>> createSource(const JobSpec &job, const JobSecrets &secrets);
Result<std::unique_ptr<Target>> createTarget(const JobSpec &job, const JobSecrets &secrets,
                                             const std::atomic_bool *cancel);
// The folder relative paths in the job resolve against.
QString jobBaseDir(const JobSpec &job);

} // namespace Ferry
