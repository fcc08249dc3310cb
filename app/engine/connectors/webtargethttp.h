// What the web targets (REST, webhook) share about HTTP: their extra headers, a send that retries until a
// 2xx answer, and answers described for people.
#pragma once

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

// "HTTP 422 (Unprocessable Entity): {"error": …}": the status and the start of the body, for messages.
QString describeAnswer(const HttpResponse &response);

// Adds the job's extra headers (name, value) to request.
void addHeaders(HttpRequest &request, const QList<QPair<QString, QString>> &headers);

} // namespace Ferry::WebTargetHttp
