#include "httpclient.h"

#include "core/logging.h"

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

namespace Ferry {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::Http", text, disambiguation, n);
}

bool retryableStatus(int status)
{
    return status == 429 || status == 408 || (status >= 500 && status <= 599);
}
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

HttpClient::Attempt HttpClient::attempt(const HttpRequest &request)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &h : request.headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = request.body.isNull() && request.method == "GET"
                               ? m_nam.get(req)
                               : m_nam.sendCustomRequest(req, request.method, request.body);

    Attempt a;
    if (request.sink)
        request.sink->restart();
    const auto drain = [&]() {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (request.sink && status >= 200 && status <= 299) {
            request.sink->write(reply->readAll());
        } else {
            a.response.body.append(reply->readAll());
        }
    };
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, drain);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [this, reply] {
        if (m_cancel && m_cancel->load())
            reply->abort();
    });
    cancelPoll.start(100);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    drain();
    a.response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.response.headers = reply->rawHeaderPairs();
    if (a.response.status == 0) {
        a.networkError = true;
        a.errorText = reply->errorString();
    }
    reply->deleteLater();
    return a;
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    const int attempts = std::max(1, m_retry.attempts);
    const QString what = QString::fromLatin1(request.method) + u' ' + request.url.toDisplayString(QUrl::RemoveQuery);
    for (int i = 1;; ++i) {
        if (m_cancel && m_cancel->load())
            return Error{ErrorCode::Cancelled, tr("cancelled"), what};
        Attempt a = attempt(request);
        if (m_cancel && m_cancel->load())
            return Error{ErrorCode::Cancelled, tr("cancelled"), what};
        const bool retryable = a.networkError || retryableStatus(a.response.status);
        if (!retryable)
            return a.response;
        if (i >= attempts) {
            if (a.networkError)
                return Error{
                    ErrorCode::Connection,
                    tr("no answer after %n attempt(s): %1; check the address and your network", nullptr, attempts)
                        .arg(a.errorText),
                    what};
            return a.response; // the caller explains the status
        }
        int delay = backoffMs(i);
        const int asked = a.networkError ? -1 : retryAfterMs(a.response.header("Retry-After"));
        if (asked >= 0)
            delay = asked;
        qCWarning(lcHttp).noquote() << what << "failed:"
                                    << (a.networkError ? a.errorText : QStringLiteral("HTTP %1").arg(a.response.status))
                                    << QStringLiteral("- retry %1 of %2 in %3 ms").arg(i).arg(attempts - 1).arg(delay);
        ++m_retriesDone;
        if (!sleep(delay))
            return Error{ErrorCode::Cancelled, tr("cancelled"), what};
    }
}

} // namespace Ferry
