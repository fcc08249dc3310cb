// Runs in two steps: prepare (connect, read the source, index the target, plan) and apply (execute that
// very plan, minus what the user excluded, after checking the target did not change meanwhile). A dry run
// is a preparation shown and dropped; ferry-cli's run prepares and applies at once (runJob).
//
// A PreparedRun keeps its plan and its connected target on the thread that made it: apply() must be called,
// and the object destroyed, on that thread (a worker thread; the calls block). The caller's cancel flag and
// observer must outlive it.
#pragma once

#include "core/plan.h"
#include "core/runevents.h"
#include "job/jobspec.h"
#include "run/rowfailurecollector.h"
#include "secrets/jobsecrets.h"

#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace Ferry {

class JobLease;
class MediaColumns;
class ModuleSourceCursor;
class RunHooks;
class RunDeadline;
class StateStore;
class Target;

enum class RunStatus { Succeeded, RowErrors, Failed, Held, Cancelled };

QString runStatusName(RunStatus status);

struct RunOptions
{
    bool dryRun = false;          // runJob: prepare and report only
    bool allowMassDelete = false; // runJob: confirms the deletes of the plan it makes
    QString stateDir;             // empty: StateStore::defaultDirectory()
    const std::atomic_bool *cancel = nullptr;
    // Set: stop at the next batch boundary. The batch in flight completes and is recorded; no other
    // starts (a daemon shutting down). Before anything is written, the run stops as if cancelled.
    const std::atomic_bool *stopBetweenBatches = nullptr;
    RunObserver *observer = nullptr;
    // Resolved beforehand (the desktop resolves keychain references on its own thread); unset: the job's
    // references are resolved when the run starts, through secretStore.
    std::optional<JobSecrets> secrets;
    // The providers references are resolved through; null: env: and file: only (SecretStore::withDefaults).
    // ferry-cli passes secretStoreWithKeychain().
    std::shared_ptr<const SecretStore> secretStore;
};

struct RunReport
{
    QString jobId;
    QString jobName;
    QString file;
    bool dryRun = false;
    RunStatus status = RunStatus::Failed;
    Counts counts; // dry run: what the plan would do
    // The plan (dry runs, held plans, and runs with row errors, whose report lists them).
    std::shared_ptr<const Plan> plan;
    QStringList warnings;
    std::optional<Error> error;
    qint64 runId = 0;
    qint64 elapsedMs = 0;
    qint64 mediaUploads = 0; // Fliplet file columns: files to upload (dry run), or uploaded
    // Apply: rows the target refused alone or a postSubmit hook failed (the first RowFailureCollector::MaxKept;
    // counts.failed says how many, the plan's own errors included).
    std::vector<RowFailure> failedRows;
};

struct ApplyOptions
{
    std::vector<qint64> excluded; // indexes into plan().changes that are not applied
    // The safeguard held the plan: the number of deletes the user saw and confirmed (planFor(excluded)
    // ->counts.deleted). A confirmation of another number (other exclusions, another plan) does not count.
    std::optional<qint64> confirmedDeletes;
    bool verifyTarget = true; // re-read the target first and refuse if it changed since the plan
};

class PreparedRun
{
public:
    // Never fails as such: a preparation that failed has no plan and its report says why.
    static std::unique_ptr<PreparedRun> prepare(const JobSpec &job, const RunOptions &options);
    ~PreparedRun();
    Q_DISABLE_COPY_MOVE(PreparedRun)

    const JobSpec &job() const { return m_job; }
    // Null when the preparation failed.
    std::shared_ptr<const Plan> plan() const { return m_plan; }
    // The preparation's outcome: planned counts, warnings, the plan, or the error.
    const RunReport &report() const { return m_report; }

    // The plan as apply() would run it with these exclusions: excluded writes become skips, counts
    // recomputed, the safeguard re-evaluated.
    std::shared_ptr<const Plan> planFor(const std::vector<qint64> &excluded) const;

    // Executes the plan once, records the run in the state store, and reports. A second call fails. It holds
    // the job's lease from before the run is recorded to its end; while another run of the job holds it,
    // apply fails with ErrorCode::AlreadyRunning and writes nothing.
    RunReport apply(const ApplyOptions &options);

private:
    friend RunReport runJob(const JobSpec &job, const RunOptions &options);
    PreparedRun(const JobSpec &job, const RunOptions &options);
    void prepareNow();
    Result<void> prepareSteps();
    Result<void> holdLease();
    void releaseLease();
    Result<void> applySteps(const ApplyOptions &options, RunReport &report, std::shared_ptr<const Plan> &applied);
    // A module source's nextSync, kept once this run's changes are all confirmed (none excluded, no delete
    // dropped).
    void keepModuleCursor(RunReport &report, const Plan &applied);

    // Limits the preparation, and the apply, each to retry.run_timeout_ms (runJob: both together). Returns
    // the error to report: a cancel the deadline caused becomes a time-out.
    Error timedOut(const Error &e) const;

    JobSpec m_job;
    RunOptions m_options; // its cancel is m_deadline's flag, which follows the caller's
    const std::atomic_bool *m_callerCancel;
    std::unique_ptr<RunDeadline> m_deadline; // outlives the target, which holds its flag
    RunTag m_tag;
    QThread *m_thread;
    std::unique_ptr<Target> m_target;
    std::unique_ptr<MediaColumns> m_media; // a Fliplet target's file columns; before m_target goes
    std::unique_ptr<RunHooks> m_hooks;     // the job's JavaScript hooks (null without): its Node.js host
    // A module source: where its read leaves nextSync, kept once the run is confirmed (run/modulecursorstore).
    std::shared_ptr<ModuleSourceCursor> m_moduleCursor;
    QString m_moduleFile;
    QString m_moduleAccount; // its account's fingerprint
    std::shared_ptr<const Plan> m_plan;
    RunReport m_report;
    bool m_applied = false;
    std::unique_ptr<StateStore> m_store; // open while the lease is held
    std::unique_ptr<JobLease> m_lease;
};

// prepare + apply (or prepare alone for a dry run), as ferry-cli's run does. Runs that are not dry runs are
// recorded in the state store, failed preparations included, and hold the job's lease from before the
// source is read: two runs of one job never plan from the same state of the target.
RunReport runJob(const JobSpec &job, const RunOptions &options);

} // namespace Ferry
