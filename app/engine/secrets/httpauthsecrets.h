// The secret fields of an HTTP connector's auth: block, for secretFields() and the SecretWriter: their
// paths ("source.auth.client_secret"), references and names in messages.
#pragma once

#include "job/httpspec.h"
#include "secretstore.h"

namespace Ferry {

// prefix: the block's path ("source.auth"). Only the secrets the auth type uses.
QList<SecretField> httpAuthSecretFields(const HttpAuthSpec &auth, const QString &prefix);
// The SecretRef of the block at path ("source.auth.token"), or nullptr.
SecretRef *httpAuthSecretAt(HttpAuthSpec &auth, const QString &prefix, const QString &path);

} // namespace Ferry
