// The interface every sync target implements: check the connection, describe what it holds, show a
// sample; for a run, open, index what it holds, and commit changes in batches.
//
// Every call is synchronous and meant for a worker thread; a target is used on the thread that made it.
// The cancel flag given to createTarget() applies to every call; test(), discover() and sample() take one
// of their own too (null: that one), as they are often run alone.
#pragma once

#include "connectorinfo.h"
#include "core/plan.h"
#include "core/recordset.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace Ferry {

// What a per-row target did with one change of a committed batch.
struct RowOutcome
{
    bool failed = false;
    QString message;  // failed: why, for people (what the server said)
    QString remoteId; // applied inserts (and updates): the record's id at the target; empty when it has none
};

// What Ferry last wrote to a target for one key, as the state store remembers it (key -> remote id).
struct RememberedRecord
{
    QString key;       // Plan::key()
    QString remoteId;  // the target's id for it; empty when the target has none (webhooks)
    quint64 hash = 0;  // RowSet::hashRow() of the row written
    QByteArray values; // the row written: a JSON object, column -> value
};

// One batch of changes under construction. add() refuses a change that would overflow the batch's
// bounds (rows, bytes), unless the batch is empty: then the caller commits and starts a new one.
class TargetBatch
{
public:
    virtual ~TargetBatch() = default;
    virtual bool add(const Change &change) = 0;
    // All or nothing: on success every change in the batch is applied.
    virtual Result<void> commit() = 0;
    // Whether another batch of the same target may be filled (add()) on another thread while this one
    // commits: true when add() only reads the plan and touches nothing of the target's (no connection).
    virtual bool fillsWhileCommitting() const { return false; }
    // Per-row targets (Capability::PerRowCrud): after a successful commit(), one outcome per change added, in
    // the order added. Failed changes were not applied (and are planned again next run); the others were.
    // Null for batches that are all or nothing, unless their target was asked for ids (Target::setReportIds): then
    // one outcome per change too, none failed, with the record's id at the target (an insert's new id).
    virtual const std::vector<RowOutcome> *outcomes() const { return nullptr; }
};

class Target
{
public:
    virtual ~Target() = default;
    virtual QString describe() const = 0;
    virtual Capabilities capabilities() const = 0;

    // Connects and checks access without changing anything: the server, the credentials, the table or data
    // source the job names (how many records it holds, when that is cheap to learn). A failure says
    // precisely what is wrong and names the job field to fix in Error::field ("target.auth_token",
    // "target.datasource_id", "target.table").
    virtual Result<ConnectionInfo> test(const std::atomic_bool *cancel) = 0;
    // What the target offers to write to: the tables of a database, the data sources a token can see; and
    // the columns of the one the job names.
    virtual Result<SchemaInfo> discover(const std::atomic_bool *cancel) = 0;
    // The first n records the target holds (all their columns).
    virtual Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) = 0;

    // Connects and checks access (credentials, existence) for a run.
    virtual Result<void> open() = 0;
    // What the target holds, with the values of columns (the mapped source columns).
    virtual Result<TargetSnapshot> index(const QStringList &columns) = 0;
    // A new batch for changes of plan (which outlives the batch).
    virtual std::unique_ptr<TargetBatch> newBatch(const Plan &plan) = 0;
    // Asks the batches made from now on for the id each change's record has at the target, inserts' new ids
    // included, through outcomes() (a postSubmit hook's responseData). Off by default: it costs a little per
    // row. Per-row targets report their ids anyway.
    virtual void setReportIds(bool on) { Q_UNUSED(on); }

    // Targets that rely on what Ferry remembers writing to them (key -> remote id, a webhook's deliveries)
    // name the target that memory belongs to (its URL): memory kept under another scope is dropped. Empty:
    // the target keeps no memory.
    virtual QString memoryScope() const { return {}; }
    // Before index(): what the state store remembers of this job's writes under memoryScope().
    virtual void setMemory(std::vector<RememberedRecord> records) { Q_UNUSED(records); }
};

} // namespace Ferry
