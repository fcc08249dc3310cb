// Blocking HTTP for engine worker threads: one QNetworkAccessManager per client (so per thread), retries
// of network errors, 429 and 5xx with exponential backoff and jitter, honouring Retry-After, and
// cooperative cancel. Redirects are followed only within the same origin, so headers such as a token
// never travel to another host.
#pragma once

#include "core/result.h"
#include "job/jobspec.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <atomic>
#include <functional>

namespace Ferry {

// Receives a successful (2xx) answer's body as it arrives, instead of it being collected in memory.
class BodySink
{
public:
    virtual ~BodySink() = default;
    virtual void restart() = 0; // a new attempt begins
    virtual void write(QByteArrayView chunk) = 0;
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    BodySink *sink = nullptr; // optional
};

struct HttpResponse
{
    int status = 0;
    QByteArray body; // empty when a sink took it
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class HttpClient
{
public:
    HttpClient(RetrySpec retry, const std::atomic_bool *cancel);
    Q_DISABLE_COPY_MOVE(HttpClient)

    // A response with any status is a value; only exhausted retries and non-HTTP failures are errors.
    // Statuses 429 and 5xx are retried; the last such response is returned when attempts run out.
    Result<HttpResponse> send(const HttpRequest &request);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // For tests: replaces the random jitter and the sleeping.
    void setSleeper(std::function<bool(int ms)> sleeper) { m_sleeper = std::move(sleeper); }

    int retriesDone() const { return m_retriesDone; }

private:
    struct Attempt
    {
        bool networkError = false;
        QString errorText;
        HttpResponse response;
    };
    Attempt attempt(const HttpRequest &request);
    bool sleep(int ms); // false when cancelled
    int backoffMs(int retry) const;

    RetrySpec m_retry;
    const std::atomic_bool *m_cancel;
    QNetworkAccessManager m_nam;
    int m_timeoutMs = 60000;
    int m_retriesDone = 0;
    std::function<bool(int)> m_sleeper;
};

// Delay asked for by a Retry-After header (seconds or HTTP date), or -1.
int retryAfterMs(const QByteArray &value);

} // namespace Ferry
