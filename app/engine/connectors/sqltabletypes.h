// The registry's SQL table targets, one per driver ("sqltable/postgres", "sqltable/mysql", "sqltable/mssql",
// "sqltable/sqlite"): the connection fields are the SQL sources' own (shared, rebound to the target's part of
// the job), then schema, table, create_table and batch_rows.
#pragma once

#include "connectorregistry.h"

#include <vector>

namespace Ferry {

// Appends a target type for each SQL source type ("sql/<kind>") already in types.
void appendSqlTableTypes(std::vector<ConnectorType> &types);

// The registry id of the SQL table target for a driver kind.
QString sqlTableTypeId(const QString &kind);

} // namespace Ferry
