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

struct RecordSet
{
    QStringList columns;
    RowSet rows;
    std::vector<ValueNote> notes; // the first MaxNotes, in row order
    static constexpr size_t MaxNotes = 100;
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
