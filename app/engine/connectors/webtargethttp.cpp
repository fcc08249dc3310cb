#include "webtargethttp.h"

#include <QNetworkRequest>

namespace Ferry::WebTargetHttp {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::WebTargetHttp)
};
} // namespace

Sent send(HttpClient &client, const HttpRequest &request, const QString &what,
          const std::function<bool(const HttpOutcome &)> &again)
{
    Sent sent;
    for (int attempt = 1;; ++attempt) {
        if (client.cancelled()) {
            sent.cancelled = true;
            return sent;
        }
        sent.outcome = client.sendOnce(request);
        sent.attempts = attempt;
        if (sent.ok() || sent.outcome.redirected || attempt >= client.attempts() || !again(sent.outcome))
            return sent;
        if (!client.waitBeforeRetry(attempt, sent.outcome, what)) {
            sent.cancelled = true;
            return sent;
        }
    }
}

Result<Sent> sendAuthorized(HttpClient &client, HttpAuth &auth, const HttpRequest &request, const QString &what,
                            const std::function<bool(const HttpOutcome &)> &again)
{
    Sent sent;
    bool renewed = false;
    for (int attempt = 1;; ++attempt) {
        if (client.cancelled()) {
            sent.cancelled = true;
            return sent;
        }
        HttpRequest authorized = request;
        if (auto r = auth.authorize(authorized); !r)
            return r.error();
        sent.outcome = client.sendOnce(authorized);
        sent.attempts = attempt;
        if (sent.ok() || sent.outcome.redirected)
            return sent;
        if (refusedAccess(sent.outcome)) {
            if (sent.outcome.response.status != 401 || renewed)
                return sent;
            renewed = true;
            FERRY_TRY(renew, auth.renewAfterUnauthorized());
            if (!renew)
                return sent;
            continue; // once more with the new credentials
        }
        if (attempt >= client.attempts() || !again(sent.outcome))
            return sent;
        if (!client.waitBeforeRetry(attempt, sent.outcome, what)) {
            sent.cancelled = true;
            return sent;
        }
    }
}

QString describeAnswer(const HttpResponse &response)
{
    QString text = QString::fromUtf8(response.body.left(300)).simplified();
    if (response.body.size() > 300)
        text += QStringLiteral("…");
    return text.isEmpty() ? Text::tr("HTTP %1").arg(response.status)
                          : Text::tr("HTTP %1: %2").arg(response.status).arg(text);
}

void addHeaders(HttpRequest &request, const QList<QPair<QString, QString>> &headers)
{
    for (const auto &[name, value] : headers)
        request.headers.append(qMakePair(name.toUtf8(), value.toUtf8()));
}

} // namespace Ferry::WebTargetHttp
