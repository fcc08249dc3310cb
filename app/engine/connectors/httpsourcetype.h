// The connector type "http" (HTTP JSON API source) for the registry: its fields, factory and selection.
#pragma once

#include "connectorregistry.h"

namespace Ferry {

ConnectorType httpSourceType();

} // namespace Ferry
