// The answer of POST v1/data-sources/<id>/data/query ({"entries":[{"id":…,"data":{…},"createdAt":…,
// "updatedAt":…},…]}) as rows: the entry id and timestamps first (fliplet_entry_id, fliplet_created_at,
// fliplet_updated_at), then every field the entries' data holds, in the order they first appear (null where an
// entry lacks one).
#pragma once

#include "core/recordset.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Ferry {

class FlipletEntryRows
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FlipletEntryRows)
public:
    // The first limit entries (all when limit < 0). An answer that breaks the contract (not JSON, no entries
    // list, an entry without a whole-number id or with data that is not an object, an id twice, a data field
    // named like one of the entry columns) is an error that says which entry.
    static Result<RecordSet> read(QByteArrayView body, qsizetype limit = -1);
    static QStringList entryColumns();
};

} // namespace Ferry
