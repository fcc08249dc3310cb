// Runs one job end to end: read the source, map, index the target, plan, then either stop (dry run,
// held plan) or execute and record the run. Synchronous: call it on a worker thread.
#pragma once

#include "job/jobspec.h"
#include "plan.h"
#include "store/statestore.h"

#include <QStringList>

#include <atomic>
#include <optional>

namespace Ferry {

enum class RunStatus { Succeeded, RowErrors, Failed, Held, Cancelled };

QString runStatusName(RunStatus status);

struct RunOptions
{
    bool dryRun = false;
    bool allowMassDelete = false;
    QString stateDir; // empty: StateStore::defaultDirectory()
    const std::atomic_bool *cancel = nullptr;
};

struct RunReport
{
    QString jobId;
    QString jobName;
    QString file;
    bool dryRun = false;
    RunStatus status = RunStatus::Failed;
    RunCounts counts;         // dry run: what the plan would do
    std::optional<Plan> plan; // kept for dry runs and held plans
    QStringList warnings;
    std::optional<Error> error;
    qint64 runId = 0;
    qint64 elapsedMs = 0;
};

RunReport runJob(const JobSpec &job, const RunOptions &options);

} // namespace Ferry
