// Rows as the engine passes them around: a RowSet with the names of its columns, and what a target holds.
#pragma once

#include "rowset.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace Ferry {

// A value the source could not hand over as it was: a number JSON cannot hold (inf, -inf, NaN), or text
// with U+FFFD, which database drivers put in place of bytes that are not UTF-8.
struct ValueNote
{
    enum Kind : std::uint8_t { NotFinite, ReplacementCharacter };
    Kind kind;
    int column;
    qsizetype row;
};

// A source row that could not be read as it is (a CSV line with the wrong number of fields, a value that is
// not its column's type). The row stays in the set with the values that could be read (null elsewhere), so
// its key still matches its target entry (which is then left alone, even in replace mode); the planner
// makes it an error, never a write.
struct SourceRowError
{
    qsizetype row;
    QString message; // translated; names the file, line and column
};

struct RecordSet
{
    QStringList columns;
    RowSet rows;
    std::vector<ValueNote> notes; // the first MaxNotes, in row order
    static constexpr size_t MaxNotes = 100;
    std::vector<SourceRowError> rowErrors; // in row order

    // The error of row, or null (a binary search: call it only when rowErrors is not empty).
    const SourceRowError *rowError(qsizetype row) const;
};

// What a target holds: for each record its id there (Fliplet entry id, SQLite rowid) and the values of
// the columns the planner asked for, in that order (null where the target has no value).
//
// Targets whose ids are text (REST APIs: integers or UUIDs) keep them in idTexts; ids are then indexes
// into idTexts (Plan::remoteIdText() resolves them). Integer-id targets leave idTexts empty.
struct TargetSnapshot
{
    QStringList columns;
    RowSet rows;
    std::vector<qint64> ids;
    QStringList idTexts;

    // A hash of every id and row: equal fingerprints mean the target held the same records.
    std::uint64_t fingerprint() const;
};

} // namespace Ferry
