// Rows as the engine passes them around: a RowSet with the names of its columns, and what a target holds.
#pragma once

#include "rowset.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace Ferry {

struct RecordSet
{
    QStringList columns;
    RowSet rows;
};

// What a target holds: for each record its id there (Fliplet entry id, SQLite rowid) and the values of
// the columns the planner asked for, in that order (null where the target has no value).
struct TargetSnapshot
{
    QStringList columns;
    RowSet rows;
    std::vector<qint64> ids;

    // A hash of every id and row: equal fingerprints mean the target held the same records.
    std::uint64_t fingerprint() const;
};

} // namespace Ferry
