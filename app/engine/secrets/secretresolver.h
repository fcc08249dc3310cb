// Turns a SecretRef from a job file into the secret's value (environment variable or file) and registers
// the value with the log mask. The keychain provider joins here with the desktop app.
#pragma once

#include "core/result.h"
#include "job/jobspec.h"

namespace Ferry {

// what: the field, for messages ("the Fliplet auth_token"). baseDir resolves relative file: paths.
Result<QString> resolveSecret(const SecretRef &ref, const QString &what, const QString &baseDir);

} // namespace Ferry
