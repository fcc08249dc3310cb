// The state database (SQLite): run records and a journal of every confirmed change (action, row key,
// remote id, content hash), one record per batch. It advances only after a target confirms a batch, in
// the same transaction as the run's progress, so it never claims a write that did not happen.
#pragma once

#include "connectors/sqlconnection.h"
#include "core/plan.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Ferry {

struct RunRecord
{
    qint64 id = 0;
    QString jobId;
    QString status; // running, succeeded, row-errors, failed, held, cancelled, interrupted
    QDateTime startedAt;
    QDateTime finishedAt;
    Counts counts;
    QString message;
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

class StateStore
{
public:
    // Opens (creating) dir/state.sqlite. Runs left "running" by a killed process become "interrupted".
    static Result<std::unique_ptr<StateStore>> open(const QString &dir);
    static QString defaultDirectory();
    ~StateStore();
    Q_DISABLE_COPY_MOVE(StateStore)

    Result<qint64> beginRun(const QString &jobId);
    // One transaction: the journal record of a confirmed batch, and the run's progress.
    Result<void> recordBatch(qint64 runId, const Plan &plan, const std::vector<const Change *> &changes,
                             const Counts &progress);
    Result<void> finishRun(qint64 runId, const QString &status, const Counts &counts, const QString &message);

    Result<std::vector<RunRecord>> runs(const QString &jobId) const;
    // The confirmed changes of one run, in order.
    Result<std::vector<JournalEntry>> journal(qint64 runId) const;
    // The last confirmed change of a row key in a job, if any.
    Result<std::optional<JournalEntry>> lastChange(const QString &jobId, const QString &key) const;

private:
    explicit StateStore(std::unique_ptr<SqlConnection> connection);
    Result<void> migrate();
    Error failure(const QString &what, const QString &detail) const;

    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace Ferry
