// The registry entries (form fields, capabilities, factories) of the web targets: REST and webhook.
#pragma once

#include "connectorregistry.h"

namespace Ferry {

ConnectorType restTargetType();
ConnectorType webhookTargetType();

} // namespace Ferry
