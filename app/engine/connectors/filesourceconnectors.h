// The connector registry's entries for file sources: "csv" and "json" (JSON and NDJSON files).
#pragma once

#include "connectorregistry.h"

namespace Ferry {

ConnectorType csvSourceType();
ConnectorType jsonSourceType();

} // namespace Ferry
