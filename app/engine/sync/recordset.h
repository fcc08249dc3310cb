// Rows as the engine passes them around: typed values aligned with a shared list of column names.
#pragma once

#include <QStringList>
#include <QVariant>

#include <vector>

namespace Ferry {

struct RecordSet
{
    QStringList columns;
    std::vector<QVariantList> rows;
};

// What a target holds for one record: its id there (Fliplet entry id, SQLite rowid) and the values of
// the columns the planner asked for, in that order (invalid QVariant where the target has no value).
struct TargetEntry
{
    QVariant remoteId;
    QVariantList values;
};

struct TargetSnapshot
{
    QStringList columns;
    std::vector<TargetEntry> entries;
};

} // namespace Ferry
