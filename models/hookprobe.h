// HookProbe: the job editor's "Test on sample rows" for hooks. It runs one pre-planning hook (preSavePage,
// preMap or postMap) through HookRunner on rows the caller already read from the source (ConnectorProbe's
// sample), on a worker thread of its own, and compares what the hook gave back with what it got: each row
// unchanged, changed (which cells), dropped, added or failed, plus what the hook printed (console.*).
// Each request gets an id; cancel(id) stops the hook (the host is killed) and its result is never delivered.
#pragma once

#include "core/recordset.h"
#include "core/result.h"
#include "job/jobspec.h"
#include "probepool.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace Ferry {

enum class HookRowStatus { Unchanged, Changed, Dropped, Added, Failed };

// One row of the comparison: a row the hook got (before), what became of it (after), or both.
struct HookRowComparison
{
    HookRowStatus status = HookRowStatus::Unchanged;
    qsizetype before = -1;      // row of HookSample::before; -1: added by the hook
    qsizetype after = -1;       // row of HookSample::after; -1: dropped
    QStringList changedColumns; // Changed: the columns whose values differ
    QString error;              // Failed: the row error the hook (or its failure) gave
};

struct HookSample
{
    quint64 id = 0;
    QString hook;
    RecordSet before; // what the hook got (for postMap: the mapped rows)
    RecordSet after;  // what it gave back
    std::vector<HookRowComparison> rows;
    QStringList log;            // console output of the hook and the host's messages, one a line
    std::optional<Error> error; // the test could not run (Node.js missing, no file, the mapping …)

    bool ok() const { return !error.has_value(); }
    int count(HookRowStatus status) const;
};

class HookProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HookProbe)

public:
    explicit HookProbe(QObject *parent = nullptr);

    // The hooks a sample can be tested with, in the order a run calls them.
    static const QStringList &testableHooks();

    // Runs hook of job.hooks on sample (the source's rows, before the mapping). Returns the request's id.
    quint64 start(const JobSpec &job, const QString &hook, RecordSet sample);
    void cancel(quint64 id) { m_pool.cancel(id); }
    void cancelAll() { m_pool.cancelAll(); }
    bool isRunning(quint64 id) const { return m_pool.isRunning(id); }
    bool isBusy() const { return m_pool.isBusy(); }
    bool waitForDone(int timeoutMs) { return m_pool.waitForDone(timeoutMs); }

    // What a request does, synchronously (on a worker thread).
    static HookSample run(const JobSpec &job, const QString &hook, RecordSet sample, const std::atomic_bool *cancel);
    // Row by row: origins[i] is the before row after row i comes from (-1: added).
    static std::vector<HookRowComparison> compare(const RecordSet &before, const RecordSet &after,
                                                  const std::vector<qsizetype> &origins);

signals:
    void finished(const Ferry::HookSample &sample);
    void busyChanged(bool busy);

private:
    ProbePool m_pool; // one test at a time: a new one cancels the last
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::HookSample)
