// The entries of a module source's getUpdates() answer as rows (docs/extensions.md, "Connector modules"). The
// answer is a change log, so one record may be named several times (an insert, then an update): entries are
// combined by their id, the latest one wins (a delete after an upsert is the delete). A delete entry may carry
// no value ({id, type: 'delete'}): its row gets the entry's id as its key, in the source column that sync.key
// names (through the mapping).
#pragma once

#include "core/recordset.h"
#include "core/result.h"
#include "job/jobspec.h"

#include <QJsonArray>

namespace Ferry {

class ModuleEntries
{
public:
    struct Options
    {
        QString keyColumn;    // the source column of the job's key (one column); empty: not known
        QString deleteColumn; // sync.delete_column: set on the rows of delete entries; empty: deletes are dropped
        QString file;         // the module, for error contexts
        // The source columns the job's mapping reads. An answer with no upsert (nothing changed, or deletes
        // only) has them as null columns, so the mapping does not fail for columns only upserts bring.
        QStringList mappedColumns;
    };
    struct Rows
    {
        RecordSet records;
        qsizetype deletesDropped = 0; // delete entries left out (no sync.delete_column)
        qsizetype combined = 0;       // entries replaced by a later one for the same id
    };

    // The source column that holds the job's key: sync.key when it is one column, through the mapping when there
    // is one; empty when it cannot be told (no key, a composite key, a key the mapping does not write).
    static QString keyColumnOf(const JobSpec &job);

    // entries: getUpdates()'s entries array. Errors (field source.file) name the entry: a type that is not
    // upsert, insert, update or delete; an upsert without a value object; a delete whose key cannot be filled.
    [[nodiscard]] static Result<Rows> read(const QJsonArray &entries, const Options &options);
};

} // namespace Ferry
