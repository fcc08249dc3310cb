// OAuthAuthorizationCode: signing in with a browser to get an OAuth2 refresh token, by the authorization-code
// grant (RFC 6749 §4.1) with PKCE (RFC 7636, S256) and a loopback redirect (RFC 8252 §7.3). start() listens on
// 127.0.0.1 at a port the system picks and returns the provider's authorization URL for the browser; the
// browser comes back to http://127.0.0.1:<port>/callback with a code (or an error), which is checked against
// the request's state, answered with a small page, and exchanged at the token endpoint (on a worker thread,
// through the connector's transport: CA file, proxy, timeout). succeeded() or failed() ends every flow, once.
// No widgets: the desktop opens the URL and stores the refresh token.
#pragma once

#include "core/result.h"
#include "httptransport.h"
#include "job/httpspec.h"
#include "job/jobspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace Ferry {

struct OAuthCodeSettings
{
    QString prefix; // the auth block's field path ("source.auth"): errors name its fields
    QString authorizeUrl;
    QString tokenUrl;
    QString clientId;
    QString scope;
    OAuth2ClientAuth clientAuth = OAuth2ClientAuth::Basic;
    // The client secret (confidential clients), fetched on the worker thread before the exchange (a keychain
    // may be slow); empty function or empty value: a public client, identified by client_id alone.
    std::function<Result<QString>()> clientSecret;
    std::shared_ptr<const HttpTransport> transport; // null: defaults
    RetrySpec retry;
    int timeoutMs = 5 * 60 * 1000; // how long the browser may take
};

struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // invalid: the provider did not say
    QString scope;       // what the provider granted, when it says
};

class OAuthAuthorizationCode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthAuthorizationCode)

public:
    explicit OAuthAuthorizationCode(QObject *parent = nullptr);
    // Cancels a flow in progress (without a signal); an exchange in flight is told to stop, not waited for.
    ~OAuthAuthorizationCode() override;

    // Checks the settings, listens on the loopback interface and returns the URL to open in the browser.
    // Fails (naming the field) when an address or the client id is missing or wrong, or nothing can listen.
    [[nodiscard]] Result<QUrl> start(const OAuthCodeSettings &settings);
    // Stops waiting: failed() with ErrorCode::Cancelled follows.
    void cancel();
    bool isActive() const { return m_active; }

    QUrl redirectUri() const { return m_redirectUri; }
    QString state() const { return m_state; }

    // PKCE (RFC 7636): a code verifier of 43 characters from 32 random bytes, and its S256 challenge.
    static QString makeCodeVerifier();
    static QString codeChallenge(const QString &verifier);
    // The token request (§4.1.3), blocking: for a worker thread.
    static Result<OAuthTokens> exchangeCode(const OAuthCodeSettings &settings, const QString &code,
                                            const QString &verifier, const QUrl &redirectUri,
                                            const std::atomic_bool *cancel);

signals:
    // The browser came back with a code; the exchange at the token endpoint has started.
    void codeReceived();
    void succeeded(const Ferry::OAuthTokens &tokens);
    void failed(const Ferry::Error &error);

private:
    void handleConnection();
    void handleReadable(QTcpSocket *socket);
    // Handles one request from the browser; true when it ended the wait (a code or an error).
    bool handleRedirect(QTcpSocket *socket, const QByteArray &target);
    void fail(const Error &error);
    void stopListening();
    void exchange(const QString &code);
    void finishExchange(const Result<OAuthTokens> &result);
    QString field(const char *key) const { return m_settings.prefix + u'.' + QLatin1String(key); }

    OAuthCodeSettings m_settings;
    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    QUrl m_redirectUri;
    QString m_state;
    QString m_verifier;
    bool m_active = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Ferry
