// The interface every sync target implements: open, index what it holds, and commit changes in batches.
#pragma once

#include "core/plan.h"
#include "core/recordset.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Ferry {

// One batch of changes under construction. add() refuses a change that would overflow the batch's
// bounds (rows, bytes), unless the batch is empty: then the caller commits and starts a new one.
class TargetBatch
{
public:
    virtual ~TargetBatch() = default;
    virtual bool add(const Change &change) = 0;
    // All or nothing: on success every change in the batch is applied.
    virtual Result<void> commit() = 0;
};

class Target
{
public:
    virtual ~Target() = default;
    virtual QString describe() const = 0;
    // Connects and checks access (credentials, existence).
    virtual Result<void> open() = 0;
    // What the target holds, with the values of columns (the mapped source columns).
    virtual Result<TargetSnapshot> index(const QStringList &columns) = 0;
    // A new batch for changes of plan (which outlives the batch).
    virtual std::unique_ptr<TargetBatch> newBatch(const Plan &plan) = 0;
};

} // namespace Ferry
