// Writes a new value over the secret a reference names, for credentials a server replaces (an OAuth2 refresh
// token rotated on use): a keychain: entry is rewritten, a file: is replaced atomically keeping its
// permissions (0600 when it is new). An env: variable cannot be changed for later runs: that is an error
// saying so. Blocking (the keychain): worker threads only.
#pragma once

#include "core/result.h"
#include "job/secretref.h"

#include <QCoreApplication>

namespace Ferry {

class SecretUpdater
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::SecretUpdater)
public:
    // field: the job field, for messages and Error::field ("source.auth.refresh_token"); baseDir resolves
    // a relative file.
    static Result<void> update(const SecretRef &ref, const QString &baseDir, const QString &field,
                               const QString &value);
};

} // namespace Ferry
