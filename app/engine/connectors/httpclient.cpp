#include "httpclient.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "environmentproxy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace Ferry {

namespace {
class HttpText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Http)
};

bool retryableStatus(int status)
{
    return status == 429 || status == 408 || (status >= 500 && status <= 599);
}

// An upload body that can be read once: reset() fails after the first byte has gone out.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return m_pos == 0 && QIODevice::bytesAvailable() == 0; }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

int retryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min(seconds * 1000.0, 3600000.0));
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return static_cast<int>(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(utc), 0, 3600000));
}

HttpClient::HttpClient(RetrySpec retry, const std::atomic_bool *cancel) : m_retry(retry), m_cancel(cancel)
{
    m_nam.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_nam.setProxyFactory(new EnvironmentProxyFactory); // the manager owns it
}

int HttpClient::backoffMs(int retry) const
{
    // Exponential with "equal jitter": half the delay is fixed, half random.
    const double base = std::min<double>(m_retry.maxDelayMs, m_retry.initialDelayMs * std::pow(2.0, retry - 1));
    const double half = base / 2.0;
    return static_cast<int>(half + QRandomGenerator::global()->bounded(half + 1.0));
}

bool HttpClient::sleep(int ms)
{
    if (m_sleeper)
        return m_sleeper(ms);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (m_cancel && m_cancel->load())
            return false;
        QThread::msleep(static_cast<unsigned long>(std::min<qint64>(50, ms - timer.elapsed())));
    }
    return !(m_cancel && m_cancel->load());
}

bool HttpOutcome::retryable() const
{
    return (networkError && !redirected && !tlsError) || retryableStatus(response.status);
}

bool HttpOutcome::outcomeUnknown() const
{
    if (networkError)
        return maybeSent;
    return retryableStatus(response.status) && response.status != 429 && response.status != 503;
}

HttpOutcome HttpClient::sendOnce(const HttpRequest &request)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(TransferTimeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &h : request.headers)
        req.setRawHeader(h.first, h.second);
    if (m_attemptHook && !m_attemptHook(req)) {
        HttpOutcome cancelled;
        cancelled.networkError = true;
        cancelled.maybeSent = false;
        cancelled.errorText = HttpText::tr("cancelled");
        return cancelled;
    }
    QNetworkReply *reply;
    if (request.body.isNull() && request.method == "GET") {
        reply = m_nam.get(req);
    } else if (request.idempotent) {
        reply = m_nam.sendCustomRequest(req, request.method, request.body);
    } else {
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body);
        reply = m_nam.sendCustomRequest(req, request.method, body);
        body->setParent(reply);
    }

    // An answer read into a sink is taken as fast as the sink takes it: Qt's network thread stops reading
    // the socket when this much is waiting, instead of holding a large answer in memory.
    if (request.sink)
        reply->setReadBufferSize(SinkBufferBytes);

    HttpOutcome a;
    if (request.sink)
        request.sink->restart();
    // A sink gets the answer through one buffer, reused: readAll() would allocate (and with large buffers
    // mapped, fault in) a new buffer of up to SinkBufferBytes for every chunk of a gigabyte of answers.
    std::unique_ptr<char[]> sinkBuffer;
    const auto drain = [&]() {
        if (!reply->isOpen()) // aborted (time limit, cancel): nothing more to read
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (request.sink && status >= 200 && status <= 299) {
            if (!sinkBuffer)
                sinkBuffer = std::make_unique<char[]>(SinkChunkBytes);
            qint64 n;
            while ((n = reply->read(sinkBuffer.get(), SinkChunkBytes)) > 0)
                request.sink->write(QByteArrayView(sinkBuffer.get(), n));
        } else {
            a.response.body.append(reply->readAll());
        }
        if (request.maxBodyBytes >= 0 &&
            (a.response.body.size() > request.maxBodyBytes ||
             reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > request.maxBodyBytes)) {
            a.tooLarge = true;
            a.response.body.clear();
            reply->abort();
        }
    };
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, drain);
    if (request.maxBodyBytes >= 0) // a Content-Length over the limit fails before any body arrives
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, drain);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A server that drips a byte now and then never trips the transfer timeout: the whole request has a
    // time limit too.
    bool timedOut = false;
    QTimer requestLimit;
    requestLimit.setSingleShot(true);
    QObject::connect(&requestLimit, &QTimer::timeout, reply, [reply, &timedOut] {
        timedOut = true;
        reply->abort();
    });
    requestLimit.start(std::max(1000, m_retry.requestTimeoutMs));
    // Cancelling aborts the request in flight: a slow answer does not hold the user up. A write aborted
    // so has an unknown fate, which its caller checks (or the next run reconciles).
    QTimer cancelPoll;
    QElapsedTimer sinceCancel;
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [this, reply, &sinceCancel, &request] {
        if (!m_cancel || !m_cancel->load())
            return;
        if (!sinceCancel.isValid())
            sinceCancel.start();
        if (sinceCancel.elapsed() >= request.cancelGraceMs)
            reply->abort();
    });
    cancelPoll.start(100);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    drain();
    a.response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.response.headers = reply->rawHeaderPairs();
    if (a.tooLarge) {
        reply->deleteLater();
        return a;
    }
    const QNetworkReply::NetworkError error = reply->error();
    // Network and protocol errors (not HTTP statuses, which are answers) make the attempt a transport
    // failure even when a status line arrived: a body cut short or a connection dropped after the headers
    // is not an answer.
    bool transport = false;
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        transport = true;
        break;
    default:
        break;
    }
    QUrl redirect = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!redirect.isValid() && reply->hasRawHeader("Location"))
        redirect = QUrl::fromEncoded(reply->rawHeader("Location"));
    if (error == QNetworkReply::InsecureRedirectError || error == QNetworkReply::TooManyRedirectsError ||
        (a.response.status >= 300 && a.response.status < 400 && redirect.isValid())) {
        // Redirects are followed within the origin only: credentials never travel to another host.
        a.networkError = true;
        a.redirected = true;
        a.maybeSent = true;
        if (redirect.isValid())
            a.redirectTo = request.url.resolved(redirect);
        a.errorText =
            HttpText::tr("the server redirected to %1, another site; Ferry sends credentials to the configured host "
                         "only: if that address is right, set it in the job")
                .arg(redirect.isValid()
                         ? request.url.resolved(redirect).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                         : reply->errorString());
    } else if (a.response.status == 0 || transport) {
        a.networkError = true;
        a.errorText = timedOut ? HttpText::tr("no complete answer within %1 s (retry.request_timeout_ms)")
                                     .arg(m_retry.requestTimeoutMs / 1000)
                               : reply->errorString();
        a.maybeSent = error != QNetworkReply::ConnectionRefusedError && error != QNetworkReply::HostNotFoundError;
        a.tlsError = error == QNetworkReply::SslHandshakeFailedError;
        a.response = HttpResponse{}; // a partial body is no answer
    }
    reply->deleteLater();
    return a;
}

Error HttpClient::networkError(const HttpOutcome &failed, const QString &what) const
{
    return Error{
        ErrorCode::Connection,
        HttpText::tr("no answer after %n attempt(s): %1; check the address and your network", nullptr, attempts())
            .arg(failed.errorText),
        what};
}

bool HttpClient::waitBeforeRetry(int retry, const HttpOutcome &failed, const QString &what)
{
    int delay = backoffMs(retry);
    const int asked = failed.networkError ? -1 : retryAfterMs(failed.response.header("Retry-After"));
    if (asked >= 0)
        delay = std::min(asked, std::max(0, m_retry.maxRetryAfterMs)); // an absurd Retry-After is capped
    RunEvents::retrying(
        RetryEvent{what, failed.networkError ? failed.errorText : QStringLiteral("HTTP %1").arg(failed.response.status),
                   retry, attempts() - 1, delay});
    ++m_retriesDone;
    return sleep(delay);
}

Result<void> checkHeaders(const HttpRequest &request)
{
    for (const auto &h : request.headers)
        for (char c : h.second)
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
                return Error{
                    ErrorCode::InvalidConfig,
                    HttpText::tr("the value of the HTTP header %1 holds a line break or another control character "
                                 "(a secret copied with its newline?); fix the value")
                        .arg(QString::fromLatin1(h.first)),
                    request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)};
    return {};
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    if (auto r = checkHeaders(request); !r)
        return r.error();
    const QString what = QString::fromLatin1(request.method) + u' ' + request.url.toDisplayString(QUrl::RemoveQuery);
    HttpRequest current = request; // after a followed redirect: the request to where it pointed
    int redirects = 0;
    for (int i = 1;; ++i) {
        if (cancelled())
            return Error{ErrorCode::Cancelled, HttpText::tr("cancelled"), what};
        HttpOutcome a = sendOnce(current);
        m_lastTls = a.tlsError;
        if (cancelled())
            return Error{ErrorCode::Cancelled, HttpText::tr("cancelled"), what};
        if (a.tooLarge)
            return Error{
                ErrorCode::Server,
                HttpText::tr("the answer is larger than %1 MiB, more than Ferry reads").arg(request.maxBodyBytes >> 20),
                what};
        if (a.redirected && request.redirectsWithoutHeaders) {
            const QString to = a.redirectTo.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            if (!a.redirectTo.isValid())
                return Error{ErrorCode::Server, a.errorText, what};
            if (current.url.scheme() == u"https" && a.redirectTo.scheme() != u"https")
                return Error{ErrorCode::Server,
                             HttpText::tr("the server redirected to %1, which is not https: Ferry does not leave an "
                                          "encrypted connection for a plain one; use the file's https address")
                                 .arg(to),
                             what};
            if (a.redirectTo.scheme() != u"http" && a.redirectTo.scheme() != u"https")
                return Error{ErrorCode::Server,
                             HttpText::tr("the server redirected to %1, which is not a web address").arg(to), what};
            if (++redirects > HttpRequest::MaxRedirects)
                return Error{ErrorCode::Server,
                             HttpText::tr("more than %1 redirects, the last to %2: the address loops")
                                 .arg(HttpRequest::MaxRedirects)
                                 .arg(to),
                             what};
            RunEvents::debug(lcHttp, QStringLiteral("redirected to %1 (another site: the request's headers stay "
                                                    "behind)")
                                         .arg(to));
            current.url = a.redirectTo;
            current.headers.clear();
            i = 0; // the new address gets its own attempts
            continue;
        }
        if (a.redirected)
            return Error{ErrorCode::Server, a.errorText, what};
        if (a.tlsError)
            return Error{ErrorCode::Connection,
                         HttpText::tr("the server's TLS certificate is not trusted (%1); if the server uses a private "
                                      "certificate authority, give its certificate in transport.ca_file")
                             .arg(a.errorText),
                         what};
        if (!a.retryable())
            return a.response;
        if (i >= attempts())
            return a.networkError ? Result<HttpResponse>(networkError(a, what)) : Result<HttpResponse>(a.response);
        if (!waitBeforeRetry(i, a, what))
            return Error{ErrorCode::Cancelled, HttpText::tr("cancelled"), what};
    }
}

} // namespace Ferry
