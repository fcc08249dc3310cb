// validate()'s checks of the HTTP parts of a job: any connector's auth: and transport: blocks, and the HTTP
// JSON API source. Each issue names its field path under the given prefix ("source.auth.token").
#pragma once

#include "httpspec.h"
#include "validate.h"

namespace Ferry {

// url: the connector's address (a token goes over plain http:// only to this machine).
QList<ValidationIssue> validateHttpAuth(const HttpAuthSpec &auth, const QString &prefix, const QUrl &url);
QList<ValidationIssue> validateHttpTransport(const HttpTransportSpec &transport, const QString &prefix);
// prefix: "source".
QList<ValidationIssue> validateHttpSource(const HttpSourceSpec &source, const QString &prefix);

// A JSON pointer (RFC 6901): empty, or "/" followed by reference tokens; the leading "/" may be left out
// ("data/items" is read as "/data/items").
bool isJsonPointer(const QString &pointer);

} // namespace Ferry
