#include "oauthauthorizationcode.h"

#include "core/logging.h"
#include "httpclient.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

namespace Ferry {

namespace {

class OAuthCodeText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::OAuthAuthorizationCode)
};

constexpr qsizetype MaxRequestHead = 16 * 1024;
const QString CallbackPath = QStringLiteral("/callback");

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomText(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return base64Url(raw);
}

QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

QString encoded(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

// The page the browser shows when it comes back to Ferry.
QByteArray page(const QString &title, const QString &text)
{
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                        "<body style=\"font-family: sans-serif; margin: 3em\"><h1>%1</h1><p>%2</p>"
                                        "</body></html>")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    return html.toUtf8();
}

void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: text/html; charset=utf-8\r\n";
    out += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    socket->write(out);
    socket->disconnectFromHost();
}

// What the provider's error code (RFC 6749 §4.1.2.1) means for the user, naming the field to fix.
Error authorizationError(const QString &code, const QString &description, const QString &prefix, const QString &where)
{
    const QString said = description.isEmpty() ? code : code + QStringLiteral(": ") + description;
    const auto field = [&](const char *key) { return prefix + u'.' + QLatin1String(key); };
    if (code == u"access_denied")
        return Error{ErrorCode::Auth,
                     OAuthCodeText::tr("the sign-in was declined at the provider (%1): sign in again and allow Ferry "
                                       "access")
                         .arg(said),
                     where, field("authorize_url")};
    if (code == u"invalid_scope")
        return Error{ErrorCode::Auth,
                     OAuthCodeText::tr("the provider refused the scope (%1): check %2").arg(said, field("scope")),
                     where, field("scope")};
    if (code == u"unauthorized_client" || code == u"unsupported_response_type")
        return Error{ErrorCode::Auth,
                     OAuthCodeText::tr("the provider does not let this client sign in with the authorization-code "
                                       "grant (%1): check %2 and allow that grant in the client's settings at the "
                                       "provider")
                         .arg(said, field("client_id")),
                     where, field("client_id")};
    if (code == u"server_error" || code == u"temporarily_unavailable")
        return Error{ErrorCode::Server,
                     OAuthCodeText::tr("the provider could not sign you in just now (%1): try again later").arg(said),
                     where, field("authorize_url")};
    return Error{ErrorCode::Auth,
                 OAuthCodeText::tr("the provider refused the sign-in request (%1): check %2 and %3, and that the "
                                   "provider allows the redirect address http://127.0.0.1 with any port")
                     .arg(said, field("authorize_url"), field("client_id")),
                 where, field("authorize_url")};
}

} // namespace

OAuthAuthorizationCode::OAuthAuthorizationCode(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // a short limit (tests) ends when it says
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int minutes = std::max(1, m_settings.timeoutMs / 60000);
        fail(Error{ErrorCode::Timeout,
                   m_settings.timeoutMs >= 60000
                       ? tr("the browser did not come back within %n minute(s): sign in again, and finish the "
                            "sign-in in the browser window Ferry opens",
                            nullptr, minutes)
                       : tr("the browser did not come back within %n second(s): sign in again, and finish the "
                            "sign-in in the browser window Ferry opens",
                            nullptr, std::max(1, m_settings.timeoutMs / 1000)),
                   displayUrl(QUrl(m_settings.authorizeUrl)), field("authorize_url")});
    });
}

OAuthAuthorizationCode::~OAuthAuthorizationCode()
{
    // An exchange in flight is told to stop and left to finish on its own (a slow keychain or token endpoint
    // must not freeze the window closing): its thread deletes itself, and its result, queued to this object,
    // is dropped with it.
    if (m_cancel)
        m_cancel->store(true);
}

QString OAuthAuthorizationCode::makeCodeVerifier()
{
    return randomText(32); // 43 characters of [A-Za-z0-9_-] (RFC 7636 §4.1)
}

QString OAuthAuthorizationCode::codeChallenge(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

Result<QUrl> OAuthAuthorizationCode::start(const OAuthCodeSettings &settings)
{
    if (m_active)
        return Error{ErrorCode::Internal, tr("a sign-in is already in progress"), {}, {}};
    m_settings = settings;
    const auto checkAddress = [&](const QString &text, const char *key) -> std::optional<Error> {
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (text.trimmed().isEmpty())
            return Error{ErrorCode::InvalidConfig,
                         tr("%1 is missing: give the provider's https:// address").arg(field(key)),
                         {},
                         field(key)};
        if (!url.isValid() || (scheme != u"https" && scheme != u"http") || url.host().isEmpty())
            return Error{ErrorCode::InvalidConfig,
                         tr("'%1' is not an http:// or https:// address: check %2").arg(text, field(key)),
                         {},
                         field(key)};
        if (scheme == u"http" && !isLoopbackHost(url.host()))
            return Error{ErrorCode::InvalidConfig,
                         tr("'%1' is plain http://: sign-in answers travel only over https:// (or to this machine, "
                            "for tests); use the https:// address in %2")
                             .arg(text, field(key)),
                         {},
                         field(key)};
        return std::nullopt;
    };
    if (auto e = checkAddress(settings.authorizeUrl, "authorize_url"))
        return *e;
    if (auto e = checkAddress(settings.tokenUrl, "token_url"))
        return *e;
    if (settings.clientId.trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     tr("%1 is missing: give the client id the provider issued for Ferry").arg(field("client_id")),
                     {},
                     field("client_id")};

    // RFC 8252 §7.3: the loopback IP literal, not "localhost", on a port the system picks; this machine only.
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error{ErrorCode::Connection,
                     tr("Ferry cannot listen on 127.0.0.1 for the browser's answer (%1): check that the loopback "
                        "interface is up and that a firewall allows local connections")
                         .arg(reason),
                     {},
                     m_settings.prefix};
    }
    connect(m_server, &QTcpServer::newConnection, this, &OAuthAuthorizationCode::handleConnection);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(CallbackPath));
    m_state = randomText(16);
    m_verifier = makeCodeVerifier();
    m_cancel = std::make_shared<std::atomic_bool>(false);

    QUrl url(settings.authorizeUrl.trimmed());
    QUrlQuery query(url); // keeps parameters the provider's address already has (a tenant, a prompt)
    const std::pair<const char *, QString> parameters[] = {
        {"response_type", QStringLiteral("code")},
        {"client_id", settings.clientId.trimmed()},
        {"redirect_uri", m_redirectUri.toString(QUrl::FullyEncoded)},
        {"scope", settings.scope.trimmed()},
        {"state", m_state},
        {"code_challenge", codeChallenge(m_verifier)},
        {"code_challenge_method", QStringLiteral("S256")},
    };
    for (const auto &[key, value] : parameters) {
        query.removeAllQueryItems(QLatin1String(key));
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(key), encoded(value));
    }
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_active = true;
    if (settings.timeoutMs > 0)
        m_timeout.start(settings.timeoutMs);
    qCInfo(lcHttp) << "OAuth2 sign-in: waiting for the browser at" << m_redirectUri.toString();
    return url;
}

void OAuthAuthorizationCode::cancel()
{
    if (!m_active)
        return;
    if (m_cancel)
        m_cancel->store(true);
    // An exchange in flight stops soon; its late result belongs to this flow only and is dropped.
    fail(Error{ErrorCode::Cancelled, tr("the sign-in was cancelled"), {}, {}});
}

void OAuthAuthorizationCode::stopListening()
{
    m_timeout.stop();
    if (m_server) {
        m_server->close();
        m_server->deleteLater(); // its sockets finish writing their answer first
        m_server = nullptr;
    }
}

void OAuthAuthorizationCode::fail(const Error &error)
{
    stopListening();
    if (!m_active)
        return;
    m_active = false;
    emit failed(error);
}

void OAuthAuthorizationCode::handleConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Parented to this object, not the server, so that an answer being written survives stopListening().
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadable(socket); });
    }
}

void OAuthAuthorizationCode::handleReadable(QTcpSocket *socket)
{
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > MaxRequestHead)
            answer(socket, 431, "Request Header Fields Too Large", QByteArray());
        return;
    }
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine[0] != "GET" || !requestLine[2].startsWith("HTTP/1.")) {
        answer(socket, 400, "Bad Request", page(tr("Ferry"), tr("This address only takes Ferry's sign-in answer.")));
        return;
    }
    if (!m_active) {
        answer(socket, 410, "Gone",
               page(tr("Ferry"), tr("This sign-in is over. If Ferry still shows an error, sign in again there.")));
        return;
    }
    if (handleRedirect(socket, requestLine[1]))
        stopListening();
}

bool OAuthAuthorizationCode::handleRedirect(QTcpSocket *socket, const QByteArray &target)
{
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    if (url.path() != CallbackPath) { // /favicon.ico and the like: not the answer
        answer(socket, 404, "Not Found", page(tr("Ferry"), tr("Nothing here.")));
        return false;
    }
    const QUrlQuery query(url);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString where = displayUrl(QUrl(m_settings.authorizeUrl));
    if (state != m_state) {
        // Another request's answer (an old browser tab), or a forged one (RFC 6749 §10.12): refused and never
        // exchanged, but the user's own sign-in goes on (anything on this machine can reach the port).
        qCWarning(lcHttp) << "OAuth2 sign-in: refused an answer whose state does not match this sign-in's";
        answer(socket, 400, "Bad Request",
               page(tr("Sign-in failed"), tr("This answer does not belong to Ferry's sign-in request. Return to "
                                             "Ferry and sign in again.")));
        return false;
    }
    if (!error.isEmpty()) {
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        const Error e = authorizationError(error, description, m_settings.prefix, where);
        answer(socket, 200, "OK", page(tr("Sign-in failed"), tr("%1. Return to Ferry.").arg(e.message)));
        fail(e);
        return true;
    }
    if (code.isEmpty()) {
        answer(socket, 400, "Bad Request",
               page(tr("Sign-in failed"), tr("The provider sent no authorization code. Return to Ferry.")));
        fail(Error{ErrorCode::Server,
                   tr("the provider sent the browser back without an authorization code or an error: check %1")
                       .arg(field("authorize_url")),
                   where, field("authorize_url")});
        return true;
    }
    answer(socket, 200, "OK", page(tr("Ferry is signed in"), tr("You can close this window and return to Ferry.")));
    exchange(code);
    return true;
}

void OAuthAuthorizationCode::exchange(const QString &code)
{
    m_timeout.stop();
    emit codeReceived();
    const OAuthCodeSettings settings = m_settings;
    const QString verifier = m_verifier;
    const QUrl redirect = m_redirectUri;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // The thread writes its result here and ends; its finished() signal, queued to this object, reads it. If this
    // object is gone by then, the queued call goes with it and the thread deletes itself all the same.
    auto result = std::make_shared<Result<OAuthTokens>>(
        Error{ErrorCode::Internal, QStringLiteral("the code exchange did not run"), {}});
    QThread *worker = QThread::create([settings, code, verifier, redirect, cancel, result] {
        *result = exchangeCode(settings, code, verifier, redirect, cancel.get());
    });
    worker->setObjectName(QStringLiteral("oauth2 code exchange"));
    connect(worker, &QThread::finished, this, [this, result, cancel] {
        if (cancel == m_cancel) // the same sign-in (each start() makes a new flag), not one cancelled since
            finishExchange(*result);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void OAuthAuthorizationCode::finishExchange(const Result<OAuthTokens> &result)
{
    if (!m_active)
        return;
    m_active = false;
    if (result)
        emit succeeded(*result);
    else
        emit failed(result.error());
}

Result<OAuthTokens> OAuthAuthorizationCode::exchangeCode(const OAuthCodeSettings &settings, const QString &code,
                                                         const QString &verifier, const QUrl &redirectUri,
                                                         const std::atomic_bool *cancel)
{
    const auto field = [&](const char *key) { return settings.prefix + u'.' + QLatin1String(key); };
    const QUrl tokenUrl(settings.tokenUrl.trimmed());
    const QString where = displayUrl(tokenUrl);
    QString clientSecret;
    if (settings.clientSecret) {
        auto secret = settings.clientSecret();
        if (!secret) {
            Error e = secret.error();
            if (e.field.isEmpty())
                e.field = field("client_secret");
            return e;
        }
        clientSecret = *secret;
        SecretMask::add(clientSecret);
    }
    SecretMask::add(code);

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), encoded(code));
    form.addQueryItem(QStringLiteral("redirect_uri"), encoded(redirectUri.toString(QUrl::FullyEncoded)));
    form.addQueryItem(QStringLiteral("code_verifier"), encoded(verifier));
    HttpRequest request;
    request.method = "POST";
    request.url = tokenUrl;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    const QString clientId = settings.clientId.trimmed();
    // RFC 6749 §2.3.1 / §4.1.3: a confidential client authenticates (HTTP Basic by default, or in the body); a
    // public one names itself with client_id.
    if (clientSecret.isEmpty() || settings.clientAuth == OAuth2ClientAuth::Body) {
        form.addQueryItem(QStringLiteral("client_id"), encoded(clientId));
        if (!clientSecret.isEmpty())
            form.addQueryItem(QStringLiteral("client_secret"), encoded(clientSecret));
    } else {
        request.headers.append(
            {"Authorization",
             "Basic " + (QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret)).toBase64()});
    }
    request.body = form.query(QUrl::FullyEncoded).toUtf8();
    request.idempotent = false; // a code is good for one exchange: never resent silently
    // Nor retried: a second try with a spent code would only be refused (invalid_grant), hiding what went wrong
    // the first time; the user signs in again instead.
    RetrySpec retry = settings.transport ? settings.transport->retry(settings.retry) : settings.retry;
    retry.attempts = 1;
    HttpClient client(retry, cancel);
    if (settings.transport)
        settings.transport->configure(client);
    auto sent = client.send(request);
    if (!sent) {
        Error e = sent.error();
        if (e.code == ErrorCode::Cancelled)
            return Error{ErrorCode::Cancelled, OAuthCodeText::tr("the sign-in was cancelled"), {}, {}};
        e.message = OAuthCodeText::tr("the OAuth2 token endpoint %1 could not be reached: %2").arg(where, e.message);
        e.field = field("token_url");
        return e;
    }
    const HttpResponse &response = *sent;
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    if (response.status < 200 || response.status > 299) {
        const QString error = answer.value(QStringLiteral("error")).toString();
        const QString description = answer.value(QStringLiteral("error_description")).toString();
        const QString said = error.isEmpty()
                                 ? QStringLiteral("HTTP %1").arg(response.status)
                                 : (description.isEmpty() ? error : error + QStringLiteral(": ") + description);
        if (error == u"invalid_client" || (response.status == 401 && error.isEmpty()))
            return Error{ErrorCode::Auth,
                         OAuthCodeText::tr("the OAuth2 token endpoint refused the client (%1): check %2 and %3")
                             .arg(said, field("client_id"), field("client_secret")),
                         where, field("client_secret")};
        if (error == u"invalid_grant")
            return Error{ErrorCode::Auth,
                         OAuthCodeText::tr("the OAuth2 token endpoint refused the authorization code (%1): sign in "
                                           "again; if it keeps failing, check that %2 belongs to the same provider "
                                           "as %3")
                             .arg(said, field("token_url"), field("authorize_url")),
                         where, field("token_url")};
        if (error == u"unauthorized_client" || error == u"unsupported_grant_type")
            return Error{ErrorCode::Auth,
                         OAuthCodeText::tr("the OAuth2 client may not use the authorization-code grant (%1): allow it "
                                           "in the client's settings at the provider, or check %2")
                             .arg(said, field("client_id")),
                         where, field("client_id")};
        return Error{ErrorCode::Server,
                     OAuthCodeText::tr("the OAuth2 token endpoint failed (%1): check %2").arg(said, field("token_url")),
                     where, field("token_url")};
    }
    OAuthTokens tokens;
    tokens.accessToken = answer.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = answer.value(QStringLiteral("refresh_token")).toString();
    tokens.scope = answer.value(QStringLiteral("scope")).toString();
    if (tokens.accessToken.isEmpty())
        return Error{ErrorCode::Server,
                     OAuthCodeText::tr("the OAuth2 token endpoint answered without an access_token (HTTP %1): check %2")
                         .arg(response.status)
                         .arg(field("token_url")),
                     where, field("token_url")};
    SecretMask::add(tokens.accessToken);
    if (tokens.refreshToken.isEmpty())
        return Error{ErrorCode::Auth,
                     OAuthCodeText::tr("the provider signed Ferry in but issued no refresh token, which Ferry needs to "
                                       "run without you: many providers issue one only when asked for offline access "
                                       "(a scope such as offline_access in %1, or a setting of the client)")
                         .arg(field("scope")),
                     where, field("scope")};
    SecretMask::add(tokens.refreshToken);
    const QJsonValue expiresIn = answer.value(QStringLiteral("expires_in"));
    const double seconds = expiresIn.isString() ? expiresIn.toString().toDouble() : expiresIn.toDouble();
    if (seconds > 0)
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addMSecs(static_cast<qint64>(seconds * 1000));
    return tokens;
}

} // namespace Ferry
