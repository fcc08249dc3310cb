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

#include <algorithm>
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
    // False for requests that must not reach the server twice (commits): Qt's HTTP layer silently resends
    // a request whose connection closed before any answer, so such bodies are uploaded from a device that
    // cannot rewind, which turns that resend into an error the caller sees and handles.
    bool idempotent = true;
    // Cancel aborts the request in flight, after this many milliseconds. Callers give a write whose fate could
    // not be checked afterwards (a keyless commit) a moment to finish; 0: at once.
    int cancelGraceMs = 0;
    // Redirects to another origin are refused, so credentials stay with the configured host. A download whose
    // link may point elsewhere (a CDN, a signed storage link) sets this: such redirects are then followed, up
    // to MaxRedirects and never from https to http, with none of this request's headers.
    bool redirectsWithoutHeaders = false;
    // An answer body longer than this fails the request at once (not retried) instead of filling memory; -1: no
    // limit. The Content-Length header is checked first.
    qint64 maxBodyBytes = -1;
    static constexpr int MaxRedirects = 10;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body; // empty when a sink took it
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// One attempt's outcome: an answer, or a network error (and whether the request may have reached the server).
struct HttpOutcome
{
    HttpResponse response;
    bool networkError = false;
    bool maybeSent = true;   // false when the connection was refused or the host unknown
    bool redirected = false; // to another origin, which is refused (not retried)
    bool tlsError = false;   // the TLS handshake failed (an untrusted certificate): not retried
    bool tooLarge = false;   // the body passed HttpRequest::maxBodyBytes: not retried
    QUrl redirectTo;         // where a refused redirect pointed (resolved), when the server said
    QString errorText;

    bool retryable() const;
    // The server may have acted on the request although we got no success: network errors after
    // sending, and 5xx answers other than 503 (429 and 503 say the request was not processed).
    bool outcomeUnknown() const;
};

class HttpClient
{
public:
    HttpClient(RetrySpec retry, const std::atomic_bool *cancel);
    Q_DISABLE_COPY_MOVE(HttpClient)

    // A response with any status is a value; only exhausted retries and non-HTTP failures are errors.
    // Statuses 429 and 5xx are retried; the last such response is returned when attempts run out.
    Result<HttpResponse> send(const HttpRequest &request);

    // The pieces of send(), for callers that must check something between attempts.
    HttpOutcome sendOnce(const HttpRequest &request);
    // Waits before retry number `retry` (1-based): backoff with jitter, or what Retry-After asks. Logs.
    // False when cancelled.
    bool waitBeforeRetry(int retry, const HttpOutcome &failed, const QString &what);
    int attempts() const { return std::max(1, m_retry.attempts); }
    int requestTimeoutMs() const { return std::max(1000, m_retry.requestTimeoutMs); }
    // The error for a network failure that used up the attempts.
    Error networkError(const HttpOutcome &failed, const QString &what) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Called before every attempt, retries included, with the request about to go out: a connector's transport
    // settings (TLS configuration, rate limit) apply there. Returns false when cancelled while waiting.
    void setAttemptHook(std::function<bool(QNetworkRequest &)> hook) { m_attemptHook = std::move(hook); }
    // Where a connector sets its proxy (the environment's by default).
    QNetworkAccessManager &networkAccessManager() { return m_nam; }

    // For tests: replaces the random jitter and the sleeping.
    void setSleeper(std::function<bool(int ms)> sleeper) { m_sleeper = std::move(sleeper); }

    int retriesDone() const { return m_retriesDone; }
    // Whether send() last failed on the TLS handshake (an untrusted certificate).
    bool lastFailureWasTls() const { return m_lastTls; }

private:
    bool sleep(int ms); // false when cancelled
    int backoffMs(int retry) const;

    RetrySpec m_retry;
    const std::atomic_bool *m_cancel;
    QNetworkAccessManager m_nam;
    static constexpr int TransferTimeoutMs = 60000; // no byte for this long: the request has failed
    static constexpr qint64 SinkBufferBytes = 4 << 20;
    static constexpr qint64 SinkChunkBytes = 256 << 10; // what a sink is handed at a time (fits a core's cache)
    int m_retriesDone = 0;
    bool m_lastTls = false;
    std::function<bool(int)> m_sleeper;
    std::function<bool(QNetworkRequest &)> m_attemptHook;
};

// Refuses header values with control characters (they would inject headers).
Result<void> checkHeaders(const HttpRequest &request);

// Delay asked for by a Retry-After header (seconds or HTTP date), or -1.
int retryAfterMs(const QByteArray &value);

} // namespace Ferry
