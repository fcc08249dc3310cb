// The connector types "module/source" and "module/target" (a connector module through the extension host):
// their form fields and factories, for the registry.
#pragma once

#include "connectorregistry.h"

namespace Ferry {

ConnectorType moduleSourceType();
ConnectorType moduleTargetType();

// How the form's account list shows a secret value: "{secret: env:NAME}", read back into a SecretRef.
QString moduleAccountSecretText(const SecretRef &secret);

} // namespace Ferry
