// What the web targets (REST, webhook) share about HTTP: their extra headers, a send that retries until a
// 2xx answer, and answers described for people.
#pragma once

#include "core/result.h"
#include "httpauth.h"
#include "httpclient.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Ferry::WebTargetHttp {

// A send's end: the last attempt's outcome and how many attempts it took.
struct Sent
{
    HttpOutcome outcome;
    int attempts = 0;
    bool cancelled = false;
    bool ok() const { return !outcome.networkError && outcome.response.status >= 200 && outcome.response.status < 300; }
};

// Sends until a 2xx answer; an attempt that failed is sent again (after client.waitBeforeRetry) while
// again(outcome) says so and client.attempts() allows.
Sent send(HttpClient &client, const HttpRequest &request, const QString &what,
          const std::function<bool(const HttpOutcome &)> &again);

// As send(), with credentials: auth adds them to every attempt (after a fresh copy of request). A 401 or 403
// is not sent again by the retry loop; after a 401, auth may renew its credentials (OAuth2) and the request
// is sent once more. What that answers is the caller's (auth.refused() for a 401 or 403 that remains); an
// error is one of getting credentials (the token endpoint refused or cannot be reached).
Result<Sent> sendAuthorized(HttpClient &client, HttpAuth &auth, const HttpRequest &request, const QString &what,
                            const std::function<bool(const HttpOutcome &)> &again);

// Whether the answer refuses access (401, 403).
inline bool refusedAccess(const HttpOutcome &o)
{
    return !o.networkError && (o.response.status == 401 || o.response.status == 403);
}

// "HTTP 422 (Unprocessable Entity): {"error": …}": the status and the start of the body, for messages.
QString describeAnswer(const HttpResponse &response);

// Adds the job's extra headers (name, value) to request.
void addHeaders(HttpRequest &request, const QList<QPair<QString, QString>> &headers);

} // namespace Ferry::WebTargetHttp
