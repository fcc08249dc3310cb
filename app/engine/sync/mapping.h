// Field mapping: picks and renames source columns into target fields.
#pragma once

#include "core/result.h"
#include "job/jobspec.h"
#include "recordset.h"

namespace Ferry {

// Empty mapping: every column as it is.
Result<RecordSet> applyMapping(RecordSet source, const QList<FieldMapping> &mapping);

} // namespace Ferry
