// Field mapping: picks and renames source columns into target fields.
#pragma once

#include "core/recordset.h"
#include "core/result.h"
#include "job/jobspec.h"

#include <vector>

namespace Ferry {

// The columns a mapping produces from the source's, and for each the source column it reads.
// Empty mapping: every column as it is.
struct MappedColumns
{
    QStringList names;
    std::vector<int> from;
};
Result<MappedColumns> mapColumns(const QStringList &sourceColumns, const QList<FieldMapping> &mapping);

Result<RecordSet> applyMapping(RecordSet source, const QList<FieldMapping> &mapping);

} // namespace Ferry
