#include "httpauth.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "secrets/secretupdater.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QUrlQuery>

#include <algorithm>

namespace Ferry {

namespace {

struct CachedToken
{
    QString accessToken;
    qint64 expiresAtMs = 0;
    qint64 refreshAtMs = 0;
    QString refreshToken;
};

QMutex cacheMutex;
QHash<QByteArray, CachedToken> &tokenCache()
{
    static QHash<QByteArray, CachedToken> cache;
    return cache;
}

QByteArray tokenKey(const HttpAuthSpec &spec, const QString &material)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &part : {spec.tokenUrl, spec.clientId, spec.scope, oauth2GrantName(spec.grant), material}) {
        h.addData(part.toUtf8());
        h.addData(QByteArrayView("\0", 1));
    }
    return h.result();
}

QString originText(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

// Form encoding for client credentials in the Basic header (RFC 6749 §2.3.1: application/x-www-form-urlencoded).
QByteArray formEncoded(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

HttpAuth::~HttpAuth() = default;

void HttpAuth::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
    if (m_tokenClient)
        m_tokenClient->setCancelFlag(cancel);
}

void HttpAuth::clearTokenCache()
{
    QMutexLocker lock(&cacheMutex);
    tokenCache().clear();
}

Result<std::unique_ptr<HttpAuth>> HttpAuth::create(const HttpAuthSpec &spec, const QString &prefix, const QUrl &origin,
                                                   const JobSecrets &secrets, const QString &baseDir,
                                                   std::shared_ptr<const HttpTransport> transport, RetrySpec retry,
                                                   const std::atomic_bool *cancel)
{
    std::unique_ptr<HttpAuth> a(new HttpAuth);
    a->m_spec = spec;
    a->m_prefix = prefix;
    a->m_origin = origin;
    a->m_baseDir = baseDir;
    a->m_transport = std::move(transport);
    a->m_retry = retry;
    a->m_cancel = cancel;
    const auto secret = [&](const char *key, const QString &what) -> Result<QString> {
        const QString value = secrets.value(a->field(key));
        if (value.isEmpty())
            return Error{ErrorCode::InvalidConfig,
                         tr("%1 is missing or empty: set %2").arg(what, a->field(key)),
                         {},
                         a->field(key)};
        return value;
    };
    switch (spec.kind) {
    case HttpAuthKind::None:
        break;
    case HttpAuthKind::Bearer: {
        FERRY_TRY(v, secret("token", tr("the API token")));
        a->m_secret = v;
        break;
    }
    case HttpAuthKind::Basic: {
        FERRY_TRY(v, secret("password", tr("the password")));
        a->m_secret = v;
        break;
    }
    case HttpAuthKind::ApiKey: {
        FERRY_TRY(v, secret("key", tr("the API key")));
        a->m_secret = v;
        break;
    }
    case HttpAuthKind::OAuth2: {
        if (spec.grant == OAuth2Grant::ClientCredentials) {
            FERRY_TRY(v, secret("client_secret", tr("the OAuth2 client secret")));
            a->m_clientSecret = v;
        } else {
            FERRY_TRY(v, secret("refresh_token", tr("the OAuth2 refresh token")));
            a->m_refreshToken = v;
            a->m_initialRefreshToken = v;
            a->m_clientSecret = secrets.value(a->field("client_secret"));
        }
        const QUrl tokenUrl(spec.tokenUrl);
        if (!tokenUrl.isValid() || tokenUrl.host().isEmpty())
            return Error{ErrorCode::InvalidConfig,
                         tr("the token endpoint '%1' is not an address").arg(spec.tokenUrl),
                         {},
                         a->field("token_url")};
        a->m_tokenClient = std::make_unique<HttpClient>(a->m_transport ? a->m_transport->retry(retry) : retry, cancel);
        if (a->m_transport)
            a->m_transport->configure(*a->m_tokenClient);
        QMutexLocker lock(&cacheMutex);
        const auto it = tokenCache().constFind(a->cacheKey());
        if (it != tokenCache().cend()) {
            a->m_accessToken = it->accessToken;
            a->m_expiresAtMs = it->expiresAtMs;
            a->m_refreshAtMs = it->refreshAtMs;
            if (!it->refreshToken.isEmpty())
                a->m_refreshToken = it->refreshToken;
        }
        break;
    }
    }
    return a;
}

QByteArray HttpAuth::cacheKey() const
{
    return tokenKey(m_spec, m_spec.grant == OAuth2Grant::RefreshToken ? m_initialRefreshToken : m_clientSecret);
}

Result<void> HttpAuth::authorize(HttpRequest &request)
{
    if (m_spec.kind == HttpAuthKind::None)
        return {};
    if (!sameOrigin(request.url, m_origin))
        return Error{ErrorCode::Server,
                     tr("the server sent Ferry to %1, another site than %2; Ferry sends the job's credentials to "
                        "%2 only: if that address is right, make it the job's address")
                         .arg(originText(request.url), originText(m_origin)),
                     request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)};
    switch (m_spec.kind) {
    case HttpAuthKind::None:
        break;
    case HttpAuthKind::Bearer:
        request.headers.append({"Authorization", "Bearer " + m_secret.toUtf8()});
        break;
    case HttpAuthKind::Basic:
        request.headers.append({"Authorization", "Basic " + (m_spec.username + u':' + m_secret).toUtf8().toBase64()});
        break;
    case HttpAuthKind::ApiKey:
        if (m_spec.keyIn == ApiKeyPlacement::Header) {
            request.headers.append({m_spec.keyName.toUtf8(), m_secret.toUtf8()});
        } else {
            QUrlQuery q(request.url);
            q.removeAllQueryItems(m_spec.keyName);
            q.addQueryItem(m_spec.keyName, QString::fromUtf8(QUrl::toPercentEncoding(m_secret)));
            request.url.setQuery(q);
        }
        break;
    case HttpAuthKind::OAuth2:
        if (m_accessToken.isEmpty() || (m_refreshAtMs && nowMs() >= m_refreshAtMs)) {
            if (auto r = fetchToken(); !r)
                return r.error();
        }
        request.headers.append({"Authorization", "Bearer " + m_accessToken.toUtf8()});
        break;
    }
    return {};
}

Result<bool> HttpAuth::renewAfterUnauthorized()
{
    if (m_spec.kind != HttpAuthKind::OAuth2)
        return false;
    m_accessToken.clear();
    RunEvents::info(lcHttp, tr("the server refused the access token (HTTP 401): getting a new one from %1")
                                .arg(originText(QUrl(m_spec.tokenUrl))));
    if (auto r = fetchToken(); !r)
        return r.error();
    return true;
}

Result<void> HttpAuth::fetchToken()
{
    ++m_tokenRequests;
    const QUrl tokenUrl(m_spec.tokenUrl);
    QUrlQuery form;
    const bool refresh = m_spec.grant == OAuth2Grant::RefreshToken;
    form.addQueryItem(QStringLiteral("grant_type"), oauth2GrantName(m_spec.grant));
    if (refresh)
        form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(QUrl::toPercentEncoding(m_refreshToken)));
    if (!m_spec.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), QString::fromUtf8(QUrl::toPercentEncoding(m_spec.scope)));
    HttpRequest request;
    request.method = "POST";
    request.url = tokenUrl;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    if (!m_spec.clientId.isEmpty()) {
        if (m_clientSecret.isEmpty() || m_spec.clientAuth == OAuth2ClientAuth::Body) {
            form.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(m_spec.clientId)));
            if (!m_clientSecret.isEmpty())
                form.addQueryItem(QStringLiteral("client_secret"),
                                  QString::fromUtf8(QUrl::toPercentEncoding(m_clientSecret)));
        } else {
            request.headers.append(
                {"Authorization",
                 "Basic " + (formEncoded(m_spec.clientId) + ':' + formEncoded(m_clientSecret)).toBase64()});
        }
    }
    request.body = form.query(QUrl::FullyEncoded).toUtf8();
    // A rotated refresh token is spent once the server has seen the request: never resend it silently.
    request.idempotent = !refresh;
    auto sent = m_tokenClient->send(request);
    if (!sent) {
        Error e = sent.error();
        if (e.code != ErrorCode::Cancelled) {
            e.message = tr("the OAuth2 token endpoint %1 could not be reached: %2")
                            .arg(tokenUrl.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), e.message);
            e.field = field("token_url");
        }
        return e;
    }
    const HttpResponse &response = *sent;
    if (response.status < 200 || response.status > 299)
        return tokenError(response);
    QJsonParseError parseError;
    const QJsonObject answer = QJsonDocument::fromJson(response.body, &parseError).object();
    const QString accessToken = answer.value(QStringLiteral("access_token")).toString();
    if (parseError.error != QJsonParseError::NoError || accessToken.isEmpty())
        return Error{ErrorCode::Server,
                     tr("the OAuth2 token endpoint answered without an access_token (HTTP %1): check %2")
                         .arg(response.status)
                         .arg(field("token_url")),
                     tokenUrl.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), field("token_url")};
    const QString type = answer.value(QStringLiteral("token_type")).toString();
    if (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return Error{ErrorCode::Server,
                     tr("the OAuth2 token endpoint issued a token of type '%1'; Ferry uses bearer tokens").arg(type),
                     tokenUrl.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), field("token_url")};
    SecretMask::add(accessToken);
    m_accessToken = accessToken;
    const QJsonValue expiresIn = answer.value(QStringLiteral("expires_in"));
    const double lifetimeS = expiresIn.isString() ? expiresIn.toString().toDouble() : expiresIn.toDouble();
    const qint64 now = nowMs();
    if (lifetimeS > 0) {
        const qint64 lifetimeMs = static_cast<qint64>(lifetimeS * 1000);
        m_expiresAtMs = now + lifetimeMs;
        // Renewed a little before it expires (a fifth of its life, at most a minute), so that no request
        // leaves with a token that expires on the way.
        m_refreshAtMs = m_expiresAtMs - std::min<qint64>(lifetimeMs / 5, 60000);
    } else {
        m_expiresAtMs = m_refreshAtMs = 0;
    }
    const QString newRefresh = answer.value(QStringLiteral("refresh_token")).toString();
    if (refresh && !newRefresh.isEmpty() && newRefresh != m_refreshToken) {
        SecretMask::add(newRefresh);
        m_refreshToken = newRefresh;
        if (auto saved = SecretUpdater::update(m_spec.refreshToken, m_baseDir, field("refresh_token"), newRefresh);
            !saved)
            RunEvents::warning(lcHttp, tr("the server replaced the OAuth2 refresh token and the old one may no "
                                          "longer work, but the new one could not be saved: %1")
                                           .arg(saved.error().message));
        else
            RunEvents::info(lcHttp, tr("the server replaced the OAuth2 refresh token; the new one is saved in %1")
                                        .arg(m_spec.refreshToken.reference.section(u':', 0, 0)));
    }
    QMutexLocker lock(&cacheMutex);
    const CachedToken cached{m_accessToken, m_expiresAtMs, m_refreshAtMs, refresh ? m_refreshToken : QString()};
    tokenCache().insert(cacheKey(), cached);
    if (refresh)
        tokenCache().insert(tokenKey(m_spec, m_refreshToken), cached);
    return {};
}

Error HttpAuth::tokenError(const HttpResponse &response) const
{
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    const QString code = answer.value(QStringLiteral("error")).toString();
    const QString description = answer.value(QStringLiteral("error_description")).toString();
    const QString said = code.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status)
                                        : (description.isEmpty() ? code : code + QStringLiteral(": ") + description);
    const QString where = QUrl(m_spec.tokenUrl).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    const bool refresh = m_spec.grant == OAuth2Grant::RefreshToken;
    if (code == u"invalid_client" || (response.status == 401 && code.isEmpty()))
        return Error{ErrorCode::Auth,
                     tr("the OAuth2 token endpoint refused the client (%1): check %2 and %3")
                         .arg(said, field("client_id"), field("client_secret")),
                     where, field("client_secret")};
    if (code == u"invalid_grant")
        return refresh ? Error{ErrorCode::Auth,
                               tr("the OAuth2 refresh token was refused (%1): it expired or was revoked; authorize "
                                  "Ferry again and store the new refresh token in %2")
                                   .arg(said, field("refresh_token")),
                               where, field("refresh_token")}
                       : Error{ErrorCode::Auth,
                               tr("the OAuth2 token endpoint refused the grant (%1): check %2")
                                   .arg(said, field("client_secret")),
                               where, field("client_secret")};
    if (code == u"invalid_scope")
        return Error{ErrorCode::Auth,
                     tr("the OAuth2 token endpoint refused the scope (%1): check %2").arg(said, field("scope")), where,
                     field("scope")};
    if (code == u"unauthorized_client" || code == u"unsupported_grant_type")
        return Error{ErrorCode::Auth,
                     tr("the OAuth2 client may not use the %1 grant (%2): check %3 and the client's settings at the "
                        "provider")
                         .arg(oauth2GrantName(m_spec.grant), said, field("grant")),
                     where, field("grant")};
    return Error{ErrorCode::Server, tr("the OAuth2 token endpoint failed (%1): check %2").arg(said, field("token_url")),
                 where, field("token_url")};
}

Error HttpAuth::refused(const HttpResponse &response, const QString &what) const
{
    const bool forbidden = response.status == 403;
    QString key;
    switch (m_spec.kind) {
    case HttpAuthKind::None:
        return Error{ErrorCode::Auth,
                     forbidden ? tr("the server refused access (HTTP 403) and the job sends no credentials: set "
                                    "%1")
                                     .arg(m_prefix)
                               : tr("the server asks for credentials (HTTP 401) and the job sends none: set %1 "
                                    "(bearer, basic, api_key or oauth2)")
                                     .arg(m_prefix),
                     what, m_prefix};
    case HttpAuthKind::Bearer:
        key = field("token");
        break;
    case HttpAuthKind::Basic:
        key = field("password");
        break;
    case HttpAuthKind::ApiKey:
        key = field("key");
        break;
    case HttpAuthKind::OAuth2:
        key = m_spec.grant == OAuth2Grant::RefreshToken ? field("refresh_token") : field("client_secret");
        break;
    }
    return Error{ErrorCode::Auth,
                 forbidden ? tr("the server refused access (HTTP 403): the credentials in %1 work but may not read "
                                "this; check their permissions or scope")
                                 .arg(key)
                 : m_spec.kind == HttpAuthKind::OAuth2
                     ? tr("the server refused the credentials (HTTP 401) even after a new token: check %1").arg(key)
                     : tr("the server refused the credentials (HTTP 401): check %1").arg(key),
                 what, key};
}

} // namespace Ferry
