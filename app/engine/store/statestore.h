// The state database (SQLite): run records and, per job and row key, what Ferry last confirmed writing.
// It advances only after a target confirms a batch, so it never claims a write that did not happen.
#pragma once

#include "connectors/sqlconnection.h"
#include "core/result.h"
#include "sync/plan.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Ferry {

struct RunCounts
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 notAttempted = 0; // planned, but the run stopped before their batch
};

struct RunRecord
{
    qint64 id = 0;
    QString jobId;
    QString status; // running, succeeded, row-errors, failed, held, cancelled, interrupted
    QDateTime startedAt;
    QDateTime finishedAt;
    RunCounts counts;
    QString message;
};

struct RowState
{
    QString remoteId;
    quint64 hash = 0;
    qint64 runId = 0;
};

class StateStore
{
public:
    // Opens (creating) dir/state.sqlite. Runs left "running" by a killed process become "interrupted".
    static Result<std::unique_ptr<StateStore>> open(const QString &dir);
    static QString defaultDirectory();
    ~StateStore();
    Q_DISABLE_COPY_MOVE(StateStore)

    Result<qint64> beginRun(const QString &jobId);
    // One transaction: row state for every change of a confirmed batch, and the run's progress.
    Result<void> recordBatch(const QString &jobId, qint64 runId, const std::vector<const Change *> &changes,
                             const RunCounts &progress);
    Result<void> finishRun(qint64 runId, const QString &status, const RunCounts &counts, const QString &message);

    Result<std::optional<RowState>> rowState(const QString &jobId, const QString &key) const;
    Result<qint64> rowCount(const QString &jobId) const;
    Result<std::vector<RunRecord>> runs(const QString &jobId) const;

private:
    explicit StateStore(std::unique_ptr<SqlConnection> connection);
    Result<void> migrate();
    Error failure(const QString &what, const QString &detail) const;

    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace Ferry
