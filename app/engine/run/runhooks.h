// A job's hooks in a run (docs/extensions.md): what PreparedRun asks of them at each of its steps. The rows
// before planning (preSavePage, preMap, the mapping, postMap), the plan's execution followed by postSubmit,
// and postAggregate at the end. Lives on the run's thread, with the run.
#pragma once

#include "core/recordset.h"
#include "core/result.h"
#include "job/jobspec.h"
#include "sync/executor.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace Ferry {

class HookRunner;
struct RunReport;
struct RunTag;
class RunObserver;
class Target;

class RunHooks
{
public:
    // Null for a job without hooks: it never starts Node.js.
    static std::unique_ptr<RunHooks> forJob(const JobSpec &job, const std::atomic_bool *cancel, bool dryRun);
    ~RunHooks();
    Q_DISABLE_COPY_MOVE(RunHooks)

    // preSavePage and preMap on the source's own rows, then the job's mapping, then postMap. What the hooks
    // said besides records is added to warnings.
    [[nodiscard]] Result<RecordSet> rows(RecordSet raw, QStringList &warnings);
    // execute(), then postSubmit over what it wrote: the row errors its hooks add are counted failed, recorded
    // in the state store and reported as row errors.
    ExecuteResult execute(const Plan &applied, Target &target, const ExecuteContext &context, RunObserver *observer,
                          const RunTag &tag, QStringList &warnings);
    // postAggregate, once the run's outcome is known (its failure is a warning of the report).
    void finished(RunReport &report);

private:
    RunHooks(const JobSpec &job, const std::atomic_bool *cancel, bool dryRun);

    QList<FieldMapping> m_mapping;
    std::unique_ptr<HookRunner> m_runner;
    // postSubmit's preMapData: the rows as the mapping got them (only for a job that calls postSubmit), and for
    // each mapped row its row there when postMap ran (empty: row for row).
    std::optional<RecordSet> m_pre;
    std::vector<qsizetype> m_preRows;
};

} // namespace Ferry
