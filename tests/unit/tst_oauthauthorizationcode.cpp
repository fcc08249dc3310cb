// Signing in with a browser (OAuth2 authorization code + PKCE, loopback redirect) against the test token server:
// a "browser" (QNetworkAccessManager) follows the authorization URL, the server's redirect brings it back to
// Ferry's listener on 127.0.0.1. Success for public and confidential clients, then a run of an HTTP source job
// with the refresh token obtained; a state that does not match, a declined sign-in, a wrong code verifier and a
// reused code refused by the server, no refresh token issued, time-out and cancel.
#include "connectors/httpauth.h"
#include "connectors/oauthauthorizationcode.h"
#include "job/httpvalidate.h"
#include "job/jobfile.h"
#include "job/validate.h"
#include "oauthtokenserver.h"
#include "pagedjsonapi.h"
#include "run/preparedrun.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using Ferry::Testing::OAuthTokenServer;
using Ferry::Testing::PagedJsonApi;

Q_DECLARE_METATYPE(Ferry::OAuthTokens)
Q_DECLARE_METATYPE(Ferry::Error)

namespace {

constexpr int WaitMs = 20000;
const QString PublicClient = QStringLiteral("ferry-desktop");
const QString ConfidentialClient = QStringLiteral("ferry-confidential");
const QString ClientSecret = QStringLiteral("confidential-secret-0042");

struct BrowserVisit
{
    int status = 0;
    QByteArray body;
    QUrl finalUrl;
    QString error;
};

// What a browser does with the URL Ferry opens: GET, following redirects (here to Ferry's loopback listener).
BrowserVisit browse(const QUrl &url, bool followRedirects = true)
{
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                          : QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(WaitMs))
        return {0, {}, {}, QStringLiteral("no answer")};
    BrowserVisit v{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->url(),
                   reply->error() == QNetworkReply::NoError ? QString() : reply->errorString()};
    if (!followRedirects)
        v.finalUrl = reply->header(QNetworkRequest::LocationHeader).toUrl();
    reply->deleteLater();
    return v;
}

OAuthCodeSettings settingsFor(const OAuthTokenServer &server, const QString &clientId = PublicClient)
{
    OAuthCodeSettings s;
    s.prefix = QStringLiteral("source.auth");
    s.authorizeUrl = server.authorizeUrl();
    s.tokenUrl = server.tokenUrl();
    s.clientId = clientId;
    s.scope = QStringLiteral("items.read offline_access");
    s.retry.attempts = 2;
    s.retry.initialDelayMs = 10;
    s.retry.requestTimeoutMs = 10000;
    return s;
}

struct Outcome
{
    std::optional<OAuthTokens> tokens;
    std::optional<Error> error;
};

// Waits for the flow's one signal.
Outcome waitFor(OAuthAuthorizationCode &flow, QSignalSpy &ok, QSignalSpy &failed)
{
    Outcome o;
    if (ok.isEmpty() && failed.isEmpty())
        (void)QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, WaitMs);
    if (!ok.isEmpty())
        o.tokens = ok.first().first().value<OAuthTokens>();
    if (!failed.isEmpty())
        o.error = failed.first().first().value<Error>();
    Q_UNUSED(flow)
    return o;
}

bool portListens(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

} // namespace

class TestOAuthAuthorizationCode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Ferry::OAuthTokens>();
        qRegisterMetaType<Ferry::Error>();
    }
    void init() { HttpAuth::clearTokenCache(); }
    void pkce();
    void publicClientSignsInThenRunsAJob();
    void confidentialClient();
    void stateMismatch();
    void accessDenied();
    void wrongVerifierAndReusedCodeRefused();
    void noRefreshTokenIssued();
    void timeoutAndCancel();
    void lostExchangeAnswerIsNotRetried();
    void destroyedMidExchangeDoesNotWait();
    void settingsChecked();
    void yamlRoundTripAndValidation();
};

void TestOAuthAuthorizationCode::pkce()
{
    // RFC 7636 Appendix B.
    QCOMPARE(OAuthAuthorizationCode::codeChallenge(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QString a = OAuthAuthorizationCode::makeCodeVerifier();
    const QString b = OAuthAuthorizationCode::makeCodeVerifier();
    QCOMPARE(a.size(), 43);
    QVERIFY(a != b);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(a).hasMatch());
}

void TestOAuthAuthorizationCode::publicClientSignsInThenRunsAJob()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(PublicClient, QString());
    server.setExpiresIn(120);
    OAuthAuthorizationCode flow;
    QSignalSpy ok(&flow, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed(&flow, &OAuthAuthorizationCode::failed);
    QSignalSpy received(&flow, &OAuthAuthorizationCode::codeReceived);
    auto url = flow.start(settingsFor(server));
    QVERIFY2(url, qPrintable(url ? QString() : url.error().toString()));
    QVERIFY(flow.isActive());

    // The listener: 127.0.0.1, a port the system chose; a stray request (a favicon) does not end the wait.
    QCOMPARE(flow.redirectUri().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(flow.redirectUri().port() > 0);
    const BrowserVisit favicon =
        browse(QUrl(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(flow.redirectUri().port())));
    QCOMPARE(favicon.status, 404);
    QVERIFY(flow.isActive());

    const BrowserVisit visit = browse(*url);
    QVERIFY2(visit.error.isEmpty(), qPrintable(visit.error));
    QCOMPARE(visit.status, 200);
    QCOMPARE(visit.finalUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(visit.finalUrl.port(), flow.redirectUri().port());
    QVERIFY2(visit.body.contains("You can close this window"), visit.body.constData());
    const Outcome o = waitFor(flow, ok, failed);
    QVERIFY2(o.tokens, qPrintable(o.error ? o.error->toString() : QStringLiteral("no signal")));
    QCOMPARE(received.size(), 1);
    QVERIFY(!flow.isActive());
    QVERIFY(!o.tokens->accessToken.isEmpty());
    QVERIFY(server.isValid(o.tokens->accessToken));
    QVERIFY(server.refreshTokens().contains(o.tokens->refreshToken));
    QVERIFY(o.tokens->expiresAt.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(o.tokens->expiresAt) - 120) <= 5);

    // What the server was asked: the authorization request, then the code with its verifier.
    QCOMPARE(server.authorizeRequests().size(), 1);
    const auto a = server.authorizeRequests().first();
    QCOMPARE(a.responseType, QStringLiteral("code"));
    QCOMPARE(a.clientId, PublicClient);
    QCOMPARE(a.redirectUri, flow.redirectUri().toString());
    QCOMPARE(a.scope, QStringLiteral("items.read offline_access"));
    QCOMPARE(a.state, flow.state());
    QCOMPARE(a.codeChallengeMethod, QStringLiteral("S256"));
    QCOMPARE(server.grants().size(), 1);
    const auto g = server.grants().first();
    QCOMPARE(g.grantType, QStringLiteral("authorization_code"));
    QCOMPARE(g.clientId, PublicClient);
    QVERIFY(!g.basicAuth);
    QCOMPARE(g.redirectUri, a.redirectUri);
    QCOMPARE(OAuthAuthorizationCode::codeChallenge(g.codeVerifier), a.codeChallenge);
    QCOMPARE(server.pendingCodes(), 0);
    // The browser's answer has been sent: the listener is closed.
    QTRY_VERIFY(!portListens(quint16(flow.redirectUri().port())));

    // The refresh token runs a job: an HTTP source read with the refresh_token grant into SQLite.
    PagedJsonApi api(12);
    QVERIFY(api.start());
    api.requireOAuth(&server);
    QTemporaryDir dir;
    QFile token(dir.filePath(QStringLiteral("refresh.token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(o.tokens->refreshToken.toUtf8());
    token.close();
    QFile::setPermissions(token.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray yaml = QStringLiteral(R"(ferry: 1
id: signed-in
source:
  type: http
  url: %1/page
  records: /data
  pagination: {style: page, page_size: 5}
  auth:
    type: oauth2
    grant: refresh_token
    token_url: %2
    authorize_url: %3
    client_id: %4
    refresh_token: {secret: file:refresh.token}
target: {type: sqlite, path: out.sqlite, table: items, create_table: true}
sync: {key: id}
)")
                                .arg(api.baseUrl(), server.tokenUrl(), server.authorizeUrl(), PublicClient)
                                .toUtf8();
    QFile jobFile(dir.filePath(QStringLiteral("signed-in.yml")));
    QVERIFY(jobFile.open(QIODevice::WriteOnly));
    jobFile.write(yaml);
    jobFile.close();
    auto loaded = loadJobFile(jobFile.fileName());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const QList<ValidationIssue> issues = validate(loaded->job);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
    RunOptions options;
    options.stateDir = dir.filePath(QStringLiteral("state"));
    // On a thread of its own, as the desktop runs jobs: the test servers answer on this one.
    RunReport report;
    std::unique_ptr<QThread> runner(QThread::create([&] { report = runJob(loaded->job, options); }));
    runner->start();
    QVERIFY(QTest::qWaitFor([&] { return runner->isFinished(); }, 60000));
    QVERIFY2(report.status == RunStatus::Succeeded, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.counts.inserted, 12);
    QCOMPARE(server.grants().size(), 2);
    QCOMPARE(server.grants().last().grantType, QStringLiteral("refresh_token"));
    QCOMPARE(server.grants().last().refreshToken, o.tokens->refreshToken);
    // The server rotated the refresh token: the job's file holds the new one.
    QVERIFY(token.open(QIODevice::ReadOnly));
    const QString rotated = QString::fromUtf8(token.readAll()).trimmed();
    QVERIFY(rotated != o.tokens->refreshToken);
    QVERIFY(server.refreshTokens().contains(rotated));
}

void TestOAuthAuthorizationCode::confidentialClient()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(ConfidentialClient, ClientSecret);
    OAuthAuthorizationCode flow;
    QSignalSpy ok(&flow, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed(&flow, &OAuthAuthorizationCode::failed);
    OAuthCodeSettings settings = settingsFor(server, ConfidentialClient);
    settings.clientSecret = [] { return Result<QString>(ClientSecret); };
    auto url = flow.start(settings);
    QVERIFY(url);
    browse(*url);
    Outcome o = waitFor(flow, ok, failed);
    QVERIFY2(o.tokens, qPrintable(o.error ? o.error->toString() : QStringLiteral("no signal")));
    QVERIFY(server.grants().last().basicAuth); // HTTP Basic, the default

    // A wrong client secret: refused, naming the field.
    OAuthAuthorizationCode again;
    QSignalSpy ok2(&again, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed2(&again, &OAuthAuthorizationCode::failed);
    settings.clientSecret = [] { return Result<QString>(QStringLiteral("not-the-secret")); };
    settings.clientAuth = OAuth2ClientAuth::Body;
    url = again.start(settings);
    QVERIFY(url);
    browse(*url);
    o = waitFor(again, ok2, failed2);
    QVERIFY(o.error);
    QCOMPARE(o.error->field, QStringLiteral("source.auth.client_secret"));
    QVERIFY2(o.error->message.contains(QStringLiteral("invalid_client")), qPrintable(o.error->message));
    QVERIFY(!server.grants().last().basicAuth);
}

void TestOAuthAuthorizationCode::stateMismatch()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(PublicClient, QString());
    OAuthAuthorizationCode flow;
    QSignalSpy ok(&flow, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed(&flow, &OAuthAuthorizationCode::failed);
    auto url = flow.start(settingsFor(server));
    QVERIFY(url);
    // A real code, coming back with another state (an old tab, a forged link): never exchanged.
    const BrowserVisit atProvider = browse(*url, false);
    QCOMPARE(atProvider.status, 302);
    QUrl forged = atProvider.finalUrl;
    QUrlQuery q(forged);
    const QString code = q.queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    q.removeAllQueryItems(QStringLiteral("state"));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("someone-elses-state"));
    forged.setQuery(q);
    const BrowserVisit back = browse(forged);
    QCOMPARE(back.status, 400);
    QVERIFY(back.body.contains("does not belong"));
    // A stray or forged answer does not end the user's sign-in (RFC 6749 §10.12 only asks that it be refused):
    // the flow waits on, and nothing was exchanged.
    QTest::qWait(200);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ok.count(), 0);
    QVERIFY(server.grants().isEmpty());
    QCOMPARE(server.pendingCodes(), 1);
    // The browser's own answer then completes it.
    const BrowserVisit real = browse(atProvider.finalUrl);
    QCOMPARE(real.status, 200);
    const Outcome o = waitFor(flow, ok, failed);
    QVERIFY2(!o.error, qPrintable(o.error ? o.error->toString() : QString()));
    QVERIFY(o.tokens);
    QCOMPARE(server.grants().size(), 1);
}

void TestOAuthAuthorizationCode::accessDenied()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(PublicClient, QString());
    server.setAuthorizeError(QStringLiteral("access_denied"));
    OAuthAuthorizationCode flow;
    QSignalSpy ok(&flow, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed(&flow, &OAuthAuthorizationCode::failed);
    auto url = flow.start(settingsFor(server));
    QVERIFY(url);
    const BrowserVisit visit = browse(*url);
    QVERIFY(visit.body.contains("Sign-in failed"));
    const Outcome o = waitFor(flow, ok, failed);
    QVERIFY(o.error);
    QCOMPARE(o.error->code, ErrorCode::Auth);
    QVERIFY2(o.error->message.contains(QStringLiteral("declined")) &&
                 o.error->message.contains(QStringLiteral("access_denied")) &&
                 o.error->message.contains(QStringLiteral("allow Ferry access")),
             qPrintable(o.error->message));
    QVERIFY(server.grants().isEmpty());

    // A scope the provider does not know: the field to fix is the scope.
    server.setAuthorizeError(QString());
    server.setAllowedScopes({QStringLiteral("items.read")});
    OAuthAuthorizationCode second;
    QSignalSpy ok2(&second, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed2(&second, &OAuthAuthorizationCode::failed);
    url = second.start(settingsFor(server)); // asks for offline_access too
    QVERIFY(url);
    browse(*url);
    const Outcome o2 = waitFor(second, ok2, failed2);
    QVERIFY(o2.error);
    QCOMPARE(o2.error->field, QStringLiteral("source.auth.scope"));
}

void TestOAuthAuthorizationCode::wrongVerifierAndReusedCodeRefused()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(PublicClient, QString());
    const OAuthCodeSettings settings = settingsFor(server);
    const QUrl redirect(QStringLiteral("http://127.0.0.1:9/callback")); // nothing listens: the code is read here
    const QString verifier = OAuthAuthorizationCode::makeCodeVerifier();
    const auto authorize = [&] {
        QUrl url(server.authorizeUrl());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), PublicClient);
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect.toString());
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
        q.addQueryItem(QStringLiteral("code_challenge"), OAuthAuthorizationCode::codeChallenge(verifier));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q);
        const BrowserVisit v = browse(url, false);
        return QUrlQuery(v.finalUrl).queryItemValue(QStringLiteral("code"));
    };

    // Another verifier than the one whose challenge the code was issued for: refused by the server.
    QString code = authorize();
    QVERIFY(!code.isEmpty());
    auto r = OAuthAuthorizationCode::exchangeCode(settings, code, OAuthAuthorizationCode::makeCodeVerifier(), redirect,
                                                  nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Auth);
    QCOMPARE(r.error().field, QStringLiteral("source.auth.token_url"));
    QVERIFY2(r.error().message.contains(QStringLiteral("code_verifier does not match")) &&
                 r.error().message.contains(QStringLiteral("sign in again")),
             qPrintable(r.error().message));
    // The code was spent by that attempt: the right verifier does not revive it.
    r = OAuthAuthorizationCode::exchangeCode(settings, code, verifier, redirect, nullptr);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("already used")), qPrintable(r.error().message));

    // A redirect_uri other than the authorization request's: refused.
    code = authorize();
    r = OAuthAuthorizationCode::exchangeCode(settings, code, verifier,
                                             QUrl(QStringLiteral("http://127.0.0.1:10/callback")), nullptr);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("redirect_uri")), qPrintable(r.error().message));

    // The right verifier and redirect: tokens, once.
    code = authorize();
    r = OAuthAuthorizationCode::exchangeCode(settings, code, verifier, redirect, nullptr);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QVERIFY(!r->refreshToken.isEmpty());
    r = OAuthAuthorizationCode::exchangeCode(settings, code, verifier, redirect, nullptr);
    QVERIFY(!r);

    // An authorization request without PKCE is refused by the provider.
    QUrl plain(server.authorizeUrl());
    plain.setQuery(QStringLiteral("response_type=code&client_id=%1&redirect_uri=%2&state=s")
                       .arg(PublicClient, QString::fromUtf8(QUrl::toPercentEncoding(redirect.toString()))));
    const BrowserVisit v = browse(plain, false);
    QCOMPARE(QUrlQuery(v.finalUrl).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
}

void TestOAuthAuthorizationCode::noRefreshTokenIssued()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(PublicClient, QString());
    server.setIssueRefreshTokens(false);
    OAuthAuthorizationCode flow;
    QSignalSpy ok(&flow, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed(&flow, &OAuthAuthorizationCode::failed);
    auto url = flow.start(settingsFor(server));
    QVERIFY(url);
    browse(*url);
    const Outcome o = waitFor(flow, ok, failed);
    QVERIFY(o.error);
    QCOMPARE(o.error->field, QStringLiteral("source.auth.scope"));
    QVERIFY2(o.error->message.contains(QStringLiteral("no refresh token")), qPrintable(o.error->message));
}

void TestOAuthAuthorizationCode::timeoutAndCancel()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(PublicClient, QString());
    OAuthCodeSettings settings = settingsFor(server);
    settings.timeoutMs = 300;
    OAuthAuthorizationCode flow;
    QSignalSpy ok(&flow, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed(&flow, &OAuthAuthorizationCode::failed);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(flow.start(settings));
    const quint16 port = quint16(flow.redirectUri().port());
    Outcome o = waitFor(flow, ok, failed);
    QVERIFY(o.error);
    QCOMPARE(o.error->code, ErrorCode::Timeout);
    QVERIFY2(o.error->message.contains(QStringLiteral("did not come back")), qPrintable(o.error->message));
    QVERIFY2(clock.elapsed() >= 280, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!flow.isActive());
    QTRY_VERIFY(!portListens(port));

    // Cancel: one failed() with Cancelled, the listener closed, a late browser finds nobody.
    OAuthAuthorizationCode second;
    QSignalSpy ok2(&second, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed2(&second, &OAuthAuthorizationCode::failed);
    auto url = second.start(settingsFor(server));
    QVERIFY(url);
    QVERIFY(portListens(quint16(second.redirectUri().port())));
    second.cancel();
    QCOMPARE(failed2.size(), 1);
    QCOMPARE(failed2.first().first().value<Error>().code, ErrorCode::Cancelled);
    QTRY_VERIFY(!portListens(quint16(second.redirectUri().port())));
    const BrowserVisit late = browse(*url);
    QVERIFY(!late.error.isEmpty());
    QCOMPARE(ok2.size(), 0);
    QCOMPARE(failed2.size(), 1);
    QVERIFY(server.grants().isEmpty());
}

void TestOAuthAuthorizationCode::lostExchangeAnswerIsNotRetried()
{
    // The token endpoint spends the code but its answer is lost. A code works once: trying it again could only be
    // refused (invalid_grant) and hide what happened, so the exchange is sent once and the loss is what is said.
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(PublicClient, QString());
    server.loseTokenAnswers(1);
    OAuthAuthorizationCode flow;
    QSignalSpy ok(&flow, &OAuthAuthorizationCode::succeeded);
    QSignalSpy failed(&flow, &OAuthAuthorizationCode::failed);
    auto url = flow.start(settingsFor(server)); // attempts: 2
    QVERIFY(url);
    browse(*url);
    const Outcome o = waitFor(flow, ok, failed);
    QVERIFY(o.error);
    QCOMPARE(server.lostAnswers(), 1);
    QCOMPARE(server.grants().size(), 1); // sent once
    QCOMPARE(o.error->code, ErrorCode::Connection);
    QVERIFY2(o.error->message.contains(QStringLiteral("could not be reached")) &&
                 !o.error->message.contains(QStringLiteral("invalid_grant")),
             qPrintable(o.error->message));
    QCOMPARE(o.error->field, QStringLiteral("source.auth.token_url"));
}

void TestOAuthAuthorizationCode::destroyedMidExchangeDoesNotWait()
{
    // The window closes while the exchange waits on a slow keychain (the client secret): the flow goes at once,
    // without waiting for the exchange, and the exchange, when it ends, touches nothing that is gone.
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(ConfidentialClient, ClientSecret);
    auto keychainAnswers = std::make_shared<QSemaphore>(0);
    auto exchangeEnded = std::make_shared<QSemaphore>(0);
    OAuthCodeSettings settings = settingsFor(server, ConfidentialClient);
    settings.clientSecret = [keychainAnswers, exchangeEnded] {
        keychainAnswers->acquire(); // until the test lets it answer
        exchangeEnded->release();
        return Result<QString>(ClientSecret);
    };
    auto flow = std::make_unique<OAuthAuthorizationCode>();
    QSignalSpy received(flow.get(), &OAuthAuthorizationCode::codeReceived);
    auto url = flow->start(settings);
    QVERIFY(url);
    browse(*url);
    QTRY_COMPARE(received.size(), 1);
    flow.reset(); // would never return if it waited for the exchange, which waits for the semaphore
    keychainAnswers->release();
    QVERIFY(exchangeEnded->tryAcquire(1, WaitMs));
    // The exchange was told it is cancelled: it sends nothing (and its thread cleans up after itself).
    QTest::qWait(200);
    QVERIFY(server.grants().isEmpty());
}

void TestOAuthAuthorizationCode::settingsChecked()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    OAuthCodeSettings s = settingsFor(server);
    s.authorizeUrl.clear();
    OAuthAuthorizationCode flow;
    auto r = flow.start(s);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("source.auth.authorize_url"));
    s = settingsFor(server);
    s.tokenUrl = QStringLiteral("http://login.example.com/token");
    r = flow.start(s);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("source.auth.token_url"));
    QVERIFY2(r.error().message.contains(QStringLiteral("https://")), qPrintable(r.error().message));
    s = settingsFor(server);
    s.clientId = QStringLiteral("  ");
    r = flow.start(s);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("source.auth.client_id"));
    QVERIFY(!flow.isActive());
    // Parameters the provider's address carries are kept; Ferry's own replace any of the same name.
    s = settingsFor(server);
    s.authorizeUrl = server.authorizeUrl() + QStringLiteral("?prompt=consent&state=stale");
    r = flow.start(s);
    QVERIFY(r);
    const QUrlQuery q(*r);
    QCOMPARE(q.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    QCOMPARE(q.allQueryItemValues(QStringLiteral("state")), QStringList{flow.state()});
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("items.read offline_access"));
    flow.cancel();
}

void TestOAuthAuthorizationCode::yamlRoundTripAndValidation()
{
    const QByteArray yaml = R"(ferry: 1
id: api
source:
  type: http
  url: https://api.example.com/v1/items
  auth:
    type: oauth2
    grant: refresh_token
    token_url: https://login.example.com/oauth/token
    authorize_url: https://login.example.com/oauth/authorize?prompt=consent
    client_id: ferry-desktop
    refresh_token: {secret: keychain:api/source.auth.refresh_token}
target: {type: sqlite, path: out.sqlite, table: items}
sync: {key: id}
)";
    auto loaded = loadJobText(yaml, QStringLiteral("api.yml"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
    QCOMPARE(loaded->job.http.auth.authorizeUrl,
             QStringLiteral("https://login.example.com/oauth/authorize?prompt=consent"));
    auto saved = saveJobText(loaded->job);
    QVERIFY(saved);
    QVERIFY(saved->contains("authorize_url: https://login.example.com/oauth/authorize?prompt=consent"));
    auto again = loadJobText(*saved, QStringLiteral("api.yml"));
    QVERIFY(again);
    QVERIFY(again->job.sameAs(loaded->job));

    HttpAuthSpec bad = loaded->job.http.auth;
    bad.authorizeUrl = QStringLiteral("http://login.example.com/authorize");
    const auto issues = validateHttpAuth(bad, QStringLiteral("source.auth"), QUrl(loaded->job.http.url));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("source.auth.authorize_url"));
    QCOMPARE(issues.first().severity, ValidationIssue::Error);
    bad.authorizeUrl = QStringLiteral("https://login.example.com/authorize");
    bad.grant = OAuth2Grant::ClientCredentials;
    bad.clientSecret = SecretRef{QStringLiteral("env:SECRET"), {}};
    const auto warned = validateHttpAuth(bad, QStringLiteral("source.auth"), QUrl(loaded->job.http.url));
    QCOMPARE(warned.size(), 1);
    QCOMPARE(warned.first().severity, ValidationIssue::Warning);
    QCOMPARE(warned.first().field, QStringLiteral("source.auth.authorize_url"));
}

QTEST_GUILESS_MAIN(TestOAuthAuthorizationCode)
#include "tst_oauthauthorizationcode.moc"
