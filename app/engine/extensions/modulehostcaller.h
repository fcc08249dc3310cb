// The extension host as the connector modules' caller (connectors/modulecaller.h): one host process per
// module source or target, its console output in the run's log tagged with the method.
#pragma once

namespace Ferry {

// Installs the factory the module source and target use; idempotent, thread-safe.
void installModuleHostCaller();

} // namespace Ferry
