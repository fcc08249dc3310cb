// The state database (SQLite through Qt Sql): run records, a journal of every confirmed change (action, row
// key, remote id, content hash; one record per batch) and job leases. It advances only after a target
// confirms a batch, in the same transaction as the run's progress, so it never claims a write that did not
// happen.
//
// Every Ferry process of a user shares it (ferry-cli, the desktop app, the daemon): WAL and a busy timeout
// let them write in turn; a lease per job keeps one job from running twice at once; runs and leases name
// their owner (process, host, a token per StateStore) and carry a heartbeat, so a run is marked interrupted
// only once its owner is provably gone. docs/architecture.md ("State store") has the rules and numbers.
//
// A StateStore and its leases belong to the thread that opened it (one SQL connection per thread); open
// one per thread.
#pragma once

#include "connectors/sqlconnection.h"
#include "connectors/target.h"
#include "core/plan.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace Ferry {

// Who runs a run or holds a lease.
struct StoreOwner
{
    qint64 pid = 0;
    QString host;  // host name, for messages
    QString token; // random, one per StateStore instance: tells apart the stores of one process
    // "<machine id>:<boot id>": where pid means something (same machine and boot: the pid can be checked)
    QString machine;
    qint64 processStart = 0; // when the process started, as Linux counts it (0: unknown): tells a reused pid
};

struct RunRecord
{
    qint64 id = 0;
    QString jobId;
    QString status; // running, succeeded, row-errors, failed, held, cancelled, interrupted
    QDateTime startedAt;
    QDateTime finishedAt; // interrupted runs: the owner's last heartbeat
    Counts counts;
    QString message;
    qint64 ownerPid = 0; // 0: unknown (runs recorded by schema 1)
    QString ownerHost;
    QDateTime heartbeatAt;
    bool journalKept = true; // false once retention dropped the run's journal (its counts stay)
};

// One confirmed change, as the journal keeps it.
struct JournalEntry
{
    ChangeAction action = ChangeAction::Insert;
    QString key;
    qint64 remoteId = -1; // -1: not known (Fliplet inserts get their id from the server)
    quint64 hash = 0;     // content hash of the row written (0 for deletes)
    qint64 runId = 0;
};

// A row the run could not write, and why: planned as an error (a duplicate key, a value the target cannot
// take), or in a batch the target refused.
struct FailureRecord
{
    ChangeAction action = ChangeAction::Error; // Error: planned as one; else what the failed batch tried
    QString key;
    QString reason;   // masked
    qint64 batch = 0; // the failed batch's number (1-based, as the journal counts them); 0: planned error
};

// One committed batch of a run, as the journal keeps it.
struct BatchRecord
{
    qint64 seq = 0;   // 1-based, in commit order
    qint64 count = 0; // changes confirmed
    QDateTime recordedAt;
};

class StateStore;

// A job's lease: while it lives, no other run of the job starts, in this process or another. A thread of
// its own renews it (and the heartbeat of the job's running run) every heartbeat interval; destroying it
// releases it. It must be destroyed on its store's thread, before the store.
class JobLease
{
public:
    ~JobLease();
    Q_DISABLE_COPY_MOVE(JobLease)

    const QString &jobId() const { return m_jobId; }
    // True once another owner took the lease over (it judged this process gone): stop writing.
    bool lost() const { return m_lost.load(); }

private:
    friend class StateStore;
    struct Heartbeat;
    JobLease(StateStore &store, QString jobId);

    StateStore &m_store;
    QString m_jobId;
    std::atomic_bool m_lost{false};
    std::unique_ptr<Heartbeat> m_heartbeat;
};

class StateStore
{
public:
    struct Retention
    {
        int maxRunsPerJob = 100;      // older runs are deleted with their journal (0: no limit)
        int maxJournalsPerJob = 20;   // older runs keep their counts, not their journal (0: no limit)
        std::chrono::days maxAge{90}; // runs started earlier are deleted, whatever their job (0: no limit)
    };
    // Every process sharing a store must use the same values: change them in tests only.
    struct Liveness
    {
        std::chrono::milliseconds heartbeatInterval{10000};
        // A heartbeat this old means its owner is gone, unless the owner is a process on this machine that
        // is verifiably still there (a stopped or suspended process keeps its lease).
        std::chrono::milliseconds staleAfter{120000};
    };

    // Opens (creating, or migrating) dir/state.sqlite; the folder is made 0700 and the files 0600. Runs
    // whose owner is gone become "interrupted"; live runs of other processes are left alone.
    static Result<std::unique_ptr<StateStore>> open(const QString &dir);
    static QString defaultDirectory();
    ~StateStore();
    Q_DISABLE_COPY_MOVE(StateStore)

    void setRetention(const Retention &retention) { m_retention = retention; }
    void setLiveness(const Liveness &liveness) { m_liveness = liveness; }
    const StoreOwner &owner() const { return m_owner; }
    QString databasePath() const { return m_connection->params().database; }

    // Takes the job's lease, or fails with ErrorCode::AlreadyRunning while a live owner holds it. A lease
    // whose owner is gone is taken over (with a warning), and that owner's running run of the job becomes
    // "interrupted".
    Result<std::unique_ptr<JobLease>> acquireLease(const QString &jobId);

    // Runs are recorded under their job's lease.
    Result<qint64> beginRun(const JobLease &lease);
    // One transaction: the journal record of a confirmed batch, the run's progress and heartbeat.
    Result<void> recordBatch(qint64 runId, const Plan &plan, const std::vector<const Change *> &changes,
                             const Counts &progress);
    // The same with the journal record made beforehand (journalRecord), e.g. while the batch is in flight:
    // it hashes every row of the batch.
    Result<void> recordBatch(qint64 runId, const QByteArray &journal, qsizetype changeCount, const Counts &progress);
    // A batch's journal record. Reads the plan only, so it may run on another thread while nothing
    // changes the plan.
    static QByteArray journalRecord(const Plan &plan, const std::vector<const Change *> &changes);
    // Appends to the run's failed rows (one transaction), up to maxFailuresPerRun; the run's failed count
    // keeps the full number.
    Result<void> recordFailures(qint64 runId, const std::vector<FailureRecord> &failures);
    static constexpr qint64 maxFailuresPerRun = 10000;
    // What Ferry wrote to the job's target, once the target confirmed it (RememberedRecord): written records
    // replace what was remembered for their key, deleted keys are forgotten. One transaction.
    Result<void> remember(const QString &jobId, const QString &scope, const std::vector<RememberedRecord> &written,
                          const QStringList &deleted);
    // What is remembered for the job under scope (Target::memoryScope()), in the order last written; memory
    // of the job kept under another scope (its target changed) is dropped first.
    Result<std::vector<RememberedRecord>> remembered(const QString &jobId, const QString &scope);
    // Drops everything remembered for the job (it was deleted).
    Result<void> forgetJob(const QString &jobId);

    // Then prunes the job's old runs (and runs of any job past the maximum age).
    Result<void> finishRun(qint64 runId, const QString &status, const Counts &counts, const QString &message);
    // Applies the retention to every job.
    Result<void> prune();

    // The job's runs, newest first (limit <= 0: all).
    Result<std::vector<RunRecord>> runs(const QString &jobId, int limit = 100) const;
    Result<std::optional<RunRecord>> lastRun(const QString &jobId) const;
    // The latest run of every job, by job id.
    Result<std::vector<RunRecord>> lastRuns() const;
    // The run's committed batches, in order (empty once retention dropped its journal).
    Result<std::vector<BatchRecord>> batches(qint64 runId) const;
    // The rows the run could not write, in the order they were recorded (limit < 0: all kept).
    Result<std::vector<FailureRecord>> failures(qint64 runId, qint64 limit = -1) const;
    // The confirmed changes of one run, in order: limit of them (< 0: all) from the offset-th.
    Result<std::vector<JournalEntry>> journal(qint64 runId, qint64 offset = 0, qint64 limit = -1) const;

private:
    friend class JobLease;
    struct OwnerRow;
    explicit StateStore(std::unique_ptr<SqlConnection> connection);
    Result<void> migrate();
    Result<void> closeAbandonedRuns();
    Result<void> pruneRuns(const QString *jobId);
    bool ownerGone(const OwnerRow &owner, qint64 nowMs) const;
    void releaseLease(const JobLease &lease);
    Error failure(const QString &what, const QString &detail) const;

    std::unique_ptr<SqlConnection> m_connection;
    StoreOwner m_owner;
    Retention m_retention;
    Liveness m_liveness;
};

} // namespace Ferry
