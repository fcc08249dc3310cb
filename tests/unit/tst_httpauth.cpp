// The HTTP connectors' authentication and transport against the test servers: every auth kind reaches the
// API; OAuth2 tokens fetched, renewed before they expire and after a 401, a rotated refresh token saved back,
// refusals naming the field to fix; the rate limit as the server sees it; an extra CA bundle.
#include "connectors/connectorregistry.h"
#include "connectors/httpauth.h"
#include "connectors/httpclient.h"
#include "connectors/httptransport.h"
#include "core/logging.h"
#include "job/httpvalidate.h"
#include "job/jobfile.h"
#include "job/webtargetformat.h"
#include "oauthtokenserver.h"
#include "pagedjsonapi.h"
#include "secrets/jobsecrets.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using Ferry::Testing::OAuthTokenServer;
using Ferry::Testing::PagedJsonApi;

namespace {

RetrySpec quickRetry()
{
    RetrySpec r;
    r.attempts = 3;
    r.initialDelayMs = 10;
    r.maxDelayMs = 50;
    r.requestTimeoutMs = 10000;
    return r;
}

struct Connector
{
    std::shared_ptr<HttpTransport> transport;
    std::unique_ptr<HttpAuth> auth;
    std::unique_ptr<HttpClient> client;
};

Result<Connector> connector(const HttpAuthSpec &spec, const QUrl &origin, const JobSecrets &secrets,
                            const HttpTransportSpec &transportSpec = {}, const QString &baseDir = {})
{
    Connector c;
    FERRY_TRY(transport, HttpTransport::create(transportSpec, baseDir, QStringLiteral("source.transport")));
    c.transport = transport;
    FERRY_TRY(auth, HttpAuth::create(spec, QStringLiteral("source.auth"), origin, secrets, baseDir, c.transport,
                                     quickRetry(), nullptr));
    c.auth = std::move(auth);
    c.client = std::make_unique<HttpClient>(c.transport->retry(quickRetry()), nullptr);
    c.transport->configure(*c.client);
    return c;
}

// One GET through auth and client, renewing once after a 401 as the HTTP source does.
Result<HttpResponse> get(Connector &c, const QString &url)
{
    for (int attempt = 0;; ++attempt) {
        HttpRequest request;
        request.url = QUrl(url);
        if (auto r = c.auth->authorize(request); !r)
            return r.error();
        FERRY_TRY(response, c.client->send(request));
        if (response.status != 401 || attempt > 0)
            return response;
        FERRY_TRY(renewed, c.auth->renewAfterUnauthorized());
        if (!renewed)
            return response;
    }
}

JobSecrets secrets(std::initializer_list<std::pair<const char *, QString>> values)
{
    JobSecrets s;
    for (const auto &[k, v] : values)
        s.values.insert(QLatin1String(k), v);
    return s;
}

} // namespace

class TestHttpAuth : public QObject
{
    Q_OBJECT
private slots:
    void init() { HttpAuth::clearTokenCache(); }
    void eachKindReachesTheApi_data();
    void eachKindReachesTheApi();
    void wrongCredentialsNameTheirField();
    void clientCredentialsRenewedBeforeExpiry();
    void renewedOnceAfter401();
    void rotatedRefreshTokenSavedBack();
    void wrongClientSecret();
    void revokedRefreshToken();
    void credentialsStayWithTheirOrigin();
    void rateLimitSpacesRequests();
    void caBundleAddsTrust();
    void yamlRoundTripAndChecks();
    void webTargetsAuthYamlAndChecks();
};

void TestHttpAuth::eachKindReachesTheApi_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("bearer") << 0;
    QTest::newRow("basic") << 1;
    QTest::newRow("api key header") << 2;
    QTest::newRow("api key query") << 3;
    QTest::newRow("oauth2 client credentials") << 4;
}

void TestHttpAuth::eachKindReachesTheApi()
{
    QFETCH(int, kind);
    OAuthTokenServer tokens;
    QVERIFY(tokens.start());
    tokens.addClient(QStringLiteral("ferry"), QStringLiteral("s3cret-client"));
    PagedJsonApi api(25);
    QVERIFY(api.start());
    HttpAuthSpec spec;
    JobSecrets values;
    switch (kind) {
    case 0:
        api.requireBearer(QStringLiteral("tok-123456"));
        spec.kind = HttpAuthKind::Bearer;
        values = secrets({{"source.auth.token", QStringLiteral("tok-123456")}});
        break;
    case 1:
        api.requireBasic(QStringLiteral("alice"), QStringLiteral("pa:ss wörd"));
        spec.kind = HttpAuthKind::Basic;
        spec.username = QStringLiteral("alice");
        values = secrets({{"source.auth.password", QStringLiteral("pa:ss wörd")}});
        break;
    case 2:
    case 3:
        api.requireApiKey(QStringLiteral("X-Api-Key"), QStringLiteral("key&=value"), kind == 3);
        spec.kind = HttpAuthKind::ApiKey;
        spec.keyName = QStringLiteral("X-Api-Key");
        spec.keyIn = kind == 3 ? ApiKeyPlacement::Query : ApiKeyPlacement::Header;
        values = secrets({{"source.auth.key", QStringLiteral("key&=value")}});
        break;
    case 4:
        api.requireOAuth(&tokens);
        spec.kind = HttpAuthKind::OAuth2;
        spec.tokenUrl = tokens.tokenUrl();
        spec.clientId = QStringLiteral("ferry");
        values = secrets({{"source.auth.client_secret", QStringLiteral("s3cret-client")}});
        break;
    }
    // Without credentials the API refuses: the test server really checks them.
    {
        auto none = connector(HttpAuthSpec{}, QUrl(api.baseUrl()), {});
        QVERIFY(none);
        auto refused = get(*none, api.baseUrl() + QStringLiteral("/page"));
        QVERIFY(refused);
        QCOMPARE(refused->status, 401);
        QCOMPARE(none->auth->refused(*refused, QStringLiteral("GET")).field, QStringLiteral("source.auth"));
    }
    auto c = connector(spec, QUrl(api.baseUrl()), values);
    QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
    auto answer = get(*c, api.baseUrl() + QStringLiteral("/page?page=2"));
    QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().toString()));
    QCOMPARE(answer->status, 200);
    QVERIFY(answer->body.contains("\"Record 11\""));
    if (kind == 4) {
        QCOMPARE(tokens.grants().size(), 1);
        QVERIFY(tokens.grants().first().basicAuth); // RFC 6749 §2.3.1: HTTP Basic by default
        QCOMPARE(tokens.grants().first().grantType, QStringLiteral("client_credentials"));
    }
}

void TestHttpAuth::wrongCredentialsNameTheirField()
{
    PagedJsonApi api(5);
    QVERIFY(api.start());
    api.requireBearer(QStringLiteral("right-token"));
    HttpAuthSpec spec;
    spec.kind = HttpAuthKind::Bearer;
    auto c = connector(spec, QUrl(api.baseUrl()), secrets({{"source.auth.token", QStringLiteral("wrong-token")}}));
    QVERIFY(c);
    auto answer = get(*c, api.baseUrl() + QStringLiteral("/page"));
    QVERIFY(answer);
    QCOMPARE(answer->status, 401);
    const Error e = c->auth->refused(*answer, QStringLiteral("GET /page"));
    QCOMPARE(e.code, ErrorCode::Auth);
    QCOMPARE(e.field, QStringLiteral("source.auth.token"));
    QVERIFY2(e.message.contains(QLatin1String("HTTP 401")), qPrintable(e.message));

    // A secret that was not resolved is named too.
    auto missing = connector(spec, QUrl(api.baseUrl()), {});
    QVERIFY(!missing);
    QCOMPARE(missing.error().field, QStringLiteral("source.auth.token"));
}

void TestHttpAuth::clientCredentialsRenewedBeforeExpiry()
{
    OAuthTokenServer tokens;
    QVERIFY(tokens.start());
    tokens.addClient(QStringLiteral("ferry"), QStringLiteral("client-secret-1"));
    tokens.setExpiresIn(1); // renewed 0.2 s before it expires
    PagedJsonApi api(100);
    QVERIFY(api.start());
    api.requireOAuth(&tokens);
    HttpAuthSpec spec;
    spec.kind = HttpAuthKind::OAuth2;
    spec.tokenUrl = tokens.tokenUrl();
    spec.clientId = QStringLiteral("ferry");
    spec.clientAuth = OAuth2ClientAuth::Body;
    auto c = connector(spec, QUrl(api.baseUrl()),
                       secrets({{"source.auth.client_secret", QStringLiteral("client-secret-1")}}));
    QVERIFY(c);
    QElapsedTimer timer;
    timer.start();
    int page = 1;
    while (timer.elapsed() < 2600) { // outlives two tokens
        auto answer = get(*c, api.baseUrl() + QStringLiteral("/page?page=%1").arg(page++));
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().toString()));
        QCOMPARE(answer->status, 200);
        QTest::qWait(150);
    }
    QCOMPARE(api.unauthorized(), 0); // never sent an expired token
    QVERIFY2(tokens.grants().size() >= 3, qPrintable(QString::number(tokens.grants().size())));
    QVERIFY(!tokens.grants().first().basicAuth); // client_auth: body
}

void TestHttpAuth::renewedOnceAfter401()
{
    OAuthTokenServer tokens;
    QVERIFY(tokens.start());
    tokens.addClient(QStringLiteral("ferry"), QStringLiteral("client-secret-1"));
    PagedJsonApi api(30);
    QVERIFY(api.start());
    api.requireOAuth(&tokens);
    api.revokeTokensAfterPage(1); // the server forgets the token after the first page
    HttpAuthSpec spec;
    spec.kind = HttpAuthKind::OAuth2;
    spec.tokenUrl = tokens.tokenUrl();
    spec.clientId = QStringLiteral("ferry");
    auto c = connector(spec, QUrl(api.baseUrl()),
                       secrets({{"source.auth.client_secret", QStringLiteral("client-secret-1")}}));
    QVERIFY(c);
    for (int page = 1; page <= 3; ++page) {
        auto answer = get(*c, api.baseUrl() + QStringLiteral("/page?page=%1").arg(page));
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
    }
    QCOMPARE(api.unauthorized(), 1);
    QCOMPARE(tokens.grants().size(), 2);

    // A token the server keeps refusing: renewed once, then the error names the credential.
    tokens.setExpiresIn(0);
    HttpAuth::clearTokenCache();
    auto again = connector(spec, QUrl(api.baseUrl()),
                           secrets({{"source.auth.client_secret", QStringLiteral("client-secret-1")}}));
    QVERIFY(again);
    auto refused = get(*again, api.baseUrl() + QStringLiteral("/page"));
    QVERIFY(refused);
    QCOMPARE(refused->status, 401);
    QCOMPARE(tokens.grants().size(), 4); // the first token, and one renewal
    QCOMPARE(again->auth->refused(*refused, {}).field, QStringLiteral("source.auth.client_secret"));
}

void TestHttpAuth::rotatedRefreshTokenSavedBack()
{
    OAuthTokenServer tokens;
    QVERIFY(tokens.start());
    tokens.addClient(QStringLiteral("desktop"), QStringLiteral("desktop-secret"));
    tokens.addRefreshToken(QStringLiteral("rt-initial-0001"), QStringLiteral("desktop"));
    PagedJsonApi api(10);
    QVERIFY(api.start());
    api.requireOAuth(&tokens);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("refresh.token")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("rt-initial-0001\n");
    file.close();
    QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner);

    HttpAuthSpec spec;
    spec.kind = HttpAuthKind::OAuth2;
    spec.grant = OAuth2Grant::RefreshToken;
    spec.tokenUrl = tokens.tokenUrl();
    spec.clientId = QStringLiteral("desktop");
    spec.clientSecret = SecretRef{QStringLiteral("env:UNUSED"), {}};
    spec.refreshToken = SecretRef{QStringLiteral("file:refresh.token"), {}};
    auto c = connector(spec, QUrl(api.baseUrl()),
                       secrets({{"source.auth.refresh_token", QStringLiteral("rt-initial-0001")},
                                {"source.auth.client_secret", QStringLiteral("desktop-secret")}}),
                       {}, dir.path());
    QVERIFY(c);
    auto answer = get(*c, api.baseUrl() + QStringLiteral("/page"));
    QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().toString()));
    QCOMPARE(answer->status, 200);
    QCOMPARE(tokens.grants().size(), 1);
    QCOMPARE(tokens.grants().first().refreshToken, QStringLiteral("rt-initial-0001"));
    // The server rotated it: the old one is spent, the new one is in the file, with its permissions kept.
    QVERIFY(!tokens.refreshTokens().contains(QStringLiteral("rt-initial-0001")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll()).trimmed();
    file.close();
    QVERIFY(tokens.refreshTokens().contains(saved));
    QCOMPARE(QFileInfo(file.fileName()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // A new connector resolving the saved token (another process: no cache) works with it.
    HttpAuth::clearTokenCache();
    auto next = connector(spec, QUrl(api.baseUrl()),
                          secrets({{"source.auth.refresh_token", saved},
                                   {"source.auth.client_secret", QStringLiteral("desktop-secret")}}),
                          {}, dir.path());
    QVERIFY(next);
    auto second = get(*next, api.baseUrl() + QStringLiteral("/page"));
    QVERIFY(second);
    QCOMPARE(second->status, 200);
    QCOMPARE(tokens.grants().last().refreshToken, saved);

    // An env: reference cannot be saved to: the run goes on, with a warning that says so.
    spec.refreshToken = SecretRef{QStringLiteral("env:FERRY_TEST_REFRESH"), {}};
    HttpAuth::clearTokenCache();
    const QString current = *tokens.refreshTokens().begin();
    auto env = connector(spec, QUrl(api.baseUrl()),
                         secrets({{"source.auth.refresh_token", current},
                                  {"source.auth.client_secret", QStringLiteral("desktop-secret")}}));
    QVERIFY(env);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("new one could not be saved.*FERRY_TEST_REFRESH")));
    auto third = get(*env, api.baseUrl() + QStringLiteral("/page"));
    QVERIFY(third);
    QCOMPARE(third->status, 200);
}

void TestHttpAuth::wrongClientSecret()
{
    OAuthTokenServer tokens;
    QVERIFY(tokens.start());
    tokens.addClient(QStringLiteral("ferry"), QStringLiteral("the-right-secret"));
    PagedJsonApi api(5);
    QVERIFY(api.start());
    api.requireOAuth(&tokens);
    HttpAuthSpec spec;
    spec.kind = HttpAuthKind::OAuth2;
    spec.tokenUrl = tokens.tokenUrl();
    spec.clientId = QStringLiteral("ferry");
    auto c = connector(spec, QUrl(api.baseUrl()),
                       secrets({{"source.auth.client_secret", QStringLiteral("a-wrong-secret")}}));
    QVERIFY(c);
    auto answer = get(*c, api.baseUrl() + QStringLiteral("/page"));
    QVERIFY(!answer);
    QCOMPARE(answer.error().code, ErrorCode::Auth);
    QCOMPARE(answer.error().field, QStringLiteral("source.auth.client_secret"));
    QVERIFY2(answer.error().message.contains(QLatin1String("invalid_client")), qPrintable(answer.error().message));
    QVERIFY(answer.error().message.contains(QLatin1String("source.auth.client_secret")));
    QVERIFY(api.requests().isEmpty()); // nothing reached the API without a token
}

void TestHttpAuth::revokedRefreshToken()
{
    OAuthTokenServer tokens;
    QVERIFY(tokens.start());
    tokens.addRefreshToken(QStringLiteral("rt-revoked-0001"));
    tokens.revokeRefreshTokens();
    HttpAuthSpec spec;
    spec.kind = HttpAuthKind::OAuth2;
    spec.grant = OAuth2Grant::RefreshToken;
    spec.tokenUrl = tokens.tokenUrl();
    spec.refreshToken = SecretRef{QStringLiteral("env:X"), {}};
    auto c = connector(spec, QUrl(QStringLiteral("http://127.0.0.1:1")),
                       secrets({{"source.auth.refresh_token", QStringLiteral("rt-revoked-0001")}}));
    QVERIFY(c);
    auto answer = get(*c, QStringLiteral("http://127.0.0.1:1/page"));
    QVERIFY(!answer);
    QCOMPARE(answer.error().field, QStringLiteral("source.auth.refresh_token"));
    QVERIFY2(answer.error().message.contains(QLatin1String("invalid_grant")), qPrintable(answer.error().message));
    QVERIFY(answer.error().message.contains(QLatin1String("authorize Ferry again")));
}

void TestHttpAuth::credentialsStayWithTheirOrigin()
{
    HttpAuthSpec spec;
    spec.kind = HttpAuthKind::Bearer;
    auto c = connector(spec, QUrl(QStringLiteral("https://api.example.com/v1/items")),
                       secrets({{"source.auth.token", QStringLiteral("never-elsewhere")}}));
    QVERIFY(c);
    HttpRequest same;
    same.url = QUrl(QStringLiteral("https://api.example.com:443/v1/items?page=2"));
    QVERIFY(c->auth->authorize(same));
    QCOMPARE(same.headers.size(), 1);
    for (const char *other : {"https://evil.example.com/v1/items", "http://api.example.com/v1/items",
                              "https://api.example.com:8443/v1/items"}) {
        HttpRequest request;
        request.url = QUrl(QLatin1String(other));
        auto r = c->auth->authorize(request);
        QVERIFY2(!r, other);
        QVERIFY(request.headers.isEmpty());
        QVERIFY(r.error().message.contains(QLatin1String("another site")));
    }
}

void TestHttpAuth::rateLimitSpacesRequests()
{
    PagedJsonApi api(100);
    QVERIFY(api.start());
    api.throttleRequest(3, 1); // a 429 with Retry-After: 1 in the middle
    HttpTransportSpec transport;
    transport.rateLimit = 5;
    auto c = connector(HttpAuthSpec{}, QUrl(api.baseUrl()), {}, transport);
    QVERIFY(c);
    for (int page = 1; page <= 6; ++page) {
        auto answer = get(*c, api.baseUrl() + QStringLiteral("/page?page=%1").arg(page));
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
    }
    const QList<PagedJsonApi::Request> seen = api.requests();
    QCOMPARE(seen.size(), 7); // six pages and the throttled attempt
    // At most 5 a second, retries included: any 6 requests in a row span a second or more as the server saw
    // them, and no two are much closer than 200 ms (the client spaces starts exactly; the server sees them
    // with the loopback's scheduling jitter, hence the slack).
    for (qsizetype i = 5; i < seen.size(); ++i)
        QVERIFY2(seen[i].atMs - seen[i - 5].atMs >= 980, qPrintable(QStringLiteral("requests %1 to %2 within %3 ms")
                                                                        .arg(i - 5)
                                                                        .arg(i)
                                                                        .arg(seen[i].atMs - seen[i - 5].atMs)));
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY2(seen[i].atMs - seen[i - 1].atMs >= 150, qPrintable(QStringLiteral("requests %1 and %2: %3 ms apart")
                                                                        .arg(i - 1)
                                                                        .arg(i)
                                                                        .arg(seen[i].atMs - seen[i - 1].atMs)));
    // The retry waited for Retry-After.
    QCOMPARE(seen[2].status, 429);
    QVERIFY(seen[3].atMs - seen[2].atMs >= 1000);
    QVERIFY(seen.last().atMs - seen.first().atMs >= 6 * 200);
}

void TestHttpAuth::caBundleAddsTrust()
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=Ferry test CA"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!cert.isNull() && !key.isNull());

    PagedJsonApi api(5);
    api.useTls(cert, key);
    QVERIFY(api.start());
    QVERIFY(api.baseUrl().startsWith(u"https://"));
    const QString url = api.baseUrl() + QStringLiteral("/page");

    auto plain = connector(HttpAuthSpec{}, QUrl(url), {});
    QVERIFY(plain);
    auto refused = get(*plain, url);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Connection);
    QVERIFY2(refused.error().message.contains(QLatin1String("transport.ca_file")), qPrintable(refused.error().message));
    QCOMPARE(plain->client->retriesDone(), 0); // an untrusted certificate is not retried
    QVERIFY(api.requests().isEmpty());

    HttpTransportSpec transport;
    transport.caFile = QStringLiteral("cert.pem"); // relative to the job's folder
    auto trusted = connector(HttpAuthSpec{}, QUrl(url), {}, transport, dir.path());
    QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().toString()));
    QCOMPARE(trusted->transport->extraCaCertificates(), 1);
    auto answer = get(*trusted, url);
    QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().toString()));
    QCOMPARE(answer->status, 200);
    // Added to the system's authorities, not replacing them.
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    const QList<QSslCertificate> trustedCas = trusted->transport->sslConfiguration().caCertificates();
    QVERIFY(trustedCas.contains(cert));
    for (const QSslCertificate &c : system)
        QVERIFY(trustedCas.contains(c));
    QCOMPARE(trustedCas.size(), system.size() + 1);

    transport.caFile = QStringLiteral("missing.pem");
    auto missing = HttpTransport::create(transport, dir.path(), QStringLiteral("source.transport"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().field, QStringLiteral("source.transport.ca_file"));
    transport.caFile = QStringLiteral("key.pem");
    auto notCert = HttpTransport::create(transport, dir.path(), QStringLiteral("source.transport"));
    QVERIFY(!notCert);
    QVERIFY(notCert.error().message.contains(QLatin1String("no PEM certificate")));
}

void TestHttpAuth::yamlRoundTripAndChecks()
{
    const QByteArray yaml = R"(ferry: 1
id: api
source:
  type: http
  url: https://api.example.com/v1/items
  headers: {Accept: application/json, X-Trace: "on"}
  query: {status: active}
  records: /data
  pagination: {style: cursor, cursor: /meta/next_cursor, cursor_param: after, page_size: 50, size_param: limit}
  auth:
    type: oauth2
    grant: refresh_token
    token_url: https://login.example.com/oauth/token
    client_id: ferry-desktop
    client_secret: {secret: env:CLIENT_SECRET}
    refresh_token: {secret: keychain:api/source.auth.refresh_token}
    scope: read:items
  transport: {ca_file: ca.pem, proxy: none, timeout_ms: 20000, rate_limit: 2.5}
target: {type: sqlite, path: out.sqlite, table: items}
sync: {key: id}
)";
    auto loaded = loadJobText(yaml, QStringLiteral("api.yml"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
    const HttpSourceSpec &s = loaded->job.http;
    QCOMPARE(loaded->job.sourceKind, SourceKind::Http);
    QCOMPARE(s.headers.size(), 2);
    QCOMPARE(s.headers.at(1), qMakePair(QStringLiteral("X-Trace"), QStringLiteral("on")));
    QCOMPARE(s.pagination.style, PaginationStyle::Cursor);
    QCOMPARE(s.auth.grant, OAuth2Grant::RefreshToken);
    QCOMPARE(s.auth.refreshToken.reference, QStringLiteral("keychain:api/source.auth.refresh_token"));
    QCOMPARE(s.transport.rateLimit, 2.5);
    auto saved = saveJobText(loaded->job);
    QVERIFY(saved);
    auto again = loadJobText(*saved, QStringLiteral("api.yml"));
    QVERIFY2(again, qPrintable(QString::fromUtf8(*saved)));
    QVERIFY(again->job.sameAs(loaded->job));
    QVERIFY(again->warnings.isEmpty());
    const QStringList secretPaths = [&] {
        QStringList out;
        for (const SecretField &f : secretFields(loaded->job))
            out.append(f.path);
        return out;
    }();
    QCOMPARE(secretPaths,
             (QStringList{QStringLiteral("source.auth.client_secret"), QStringLiteral("source.auth.refresh_token")}));

    // Checks name their fields.
    HttpSourceSpec bad = s;
    bad.url = QStringLiteral("http://api.example.com/items");
    bad.auth.tokenUrl.clear();
    bad.auth.refreshToken = {};
    bad.transport.rateLimit = -1;
    bad.transport.proxy = QStringLiteral("ftp://x");
    bad.records = QStringLiteral("/data\n/items");
    bad.pagination.cursorPointer.clear();
    QStringList fields;
    for (const ValidationIssue &i : validateHttpSource(bad, QStringLiteral("source")))
        fields.append(i.field);
    for (const char *f :
         {"source.auth", "source.auth.token_url", "source.auth.refresh_token", "source.transport.rate_limit",
          "source.transport.proxy", "source.records", "source.pagination.cursor"})
        QVERIFY2(fields.contains(QLatin1String(f)), qPrintable(fields.join(u' ')));

    // A plaintext secret loads with a warning, and is never written.
    QByteArray inlineYaml = yaml;
    inlineYaml.replace("{secret: env:CLIENT_SECRET}", "plain-text-secret");
    auto inlined = loadJobText(inlineYaml, QStringLiteral("api.yml"));
    QVERIFY(inlined);
    QVERIFY(inlined->warnings.join(u'\n').contains(QLatin1String("plaintext")));
    auto refusedSave = saveJobText(inlined->job);
    QVERIFY(!refusedSave);
    QCOMPARE(refusedSave.error().field, QStringLiteral("source.auth.client_secret"));
}

void TestHttpAuth::webTargetsAuthYamlAndChecks()
{
    // The REST and webhook targets take the same auth: and transport: blocks, under target.
    const QByteArray rest = R"(ferry: 1
id: crm
source: {type: sql, driver: sqlite, path: in.sqlite, query: SELECT id FROM people}
target:
  type: rest
  base_url: https://api.example.com/v1
  list_path: /contacts
  auth: {type: api_key, name: X-API-Key, key: {secret: env:CRM_KEY}}
  transport: {proxy: none, timeout_ms: 15000, rate_limit: 5}
sync: {key: id}
)";
    auto loaded = loadJobText(rest, QStringLiteral("crm.yml"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
    QCOMPARE(loaded->job.rest.auth.kind, HttpAuthKind::ApiKey);
    QCOMPARE(loaded->job.rest.auth.keyName, QStringLiteral("X-API-Key"));
    QCOMPARE(loaded->job.rest.auth.key.reference, QStringLiteral("env:CRM_KEY"));
    QCOMPARE(loaded->job.rest.transport.rateLimit, 5.0);
    QCOMPARE(loaded->job.rest.transport.timeoutMs, 15000);
    auto saved = saveJobText(loaded->job);
    QVERIFY(saved);
    QVERIFY2(saved->contains("auth:") && saved->contains("transport:"), saved->constData());
    auto again = loadJobText(*saved, QStringLiteral("crm.yml"));
    QVERIFY2(again, saved->constData());
    QVERIFY(again->job.sameAs(loaded->job));
    QCOMPARE(secretFields(loaded->job).size(), 1);
    QCOMPARE(secretFields(loaded->job).first().path, QStringLiteral("target.auth.key"));
    QVERIFY(validateWebTarget(loaded->job).isEmpty());

    const QByteArray webhook = R"(ferry: 1
id: hooks
source: {type: sql, driver: sqlite, path: in.sqlite, query: SELECT id FROM people}
target:
  type: webhook
  url: https://hooks.example.com/ferry
  signing_secret: {secret: env:HOOK_SECRET}
  auth:
    type: oauth2
    token_url: https://login.example.com/oauth/token
    client_id: ferry-hooks
    client_secret: {secret: keychain:hooks/target.auth.client_secret}
    scope: hooks:write
  transport: {ca_file: ca.pem}
sync: {key: id}
)";
    auto hook = loadJobText(webhook, QStringLiteral("hooks.yml"));
    QVERIFY2(hook, qPrintable(hook ? QString() : hook.error().toString()));
    QVERIFY2(hook->warnings.isEmpty(), qPrintable(hook->warnings.join(u'\n')));
    const WebhookTargetSpec &w = hook->job.webhook;
    QCOMPARE(w.auth.kind, HttpAuthKind::OAuth2);
    QCOMPARE(w.auth.scope, QStringLiteral("hooks:write"));
    QCOMPARE(w.signingSecret.reference, QStringLiteral("env:HOOK_SECRET"));
    QCOMPARE(w.transport.caFile, QStringLiteral("ca.pem"));
    auto hookSaved = saveJobText(hook->job);
    QVERIFY(hookSaved);
    auto hookAgain = loadJobText(*hookSaved, QStringLiteral("hooks.yml"));
    QVERIFY2(hookAgain, hookSaved->constData());
    QVERIFY(hookAgain->job.sameAs(hook->job));
    QStringList paths;
    for (const SecretField &f : secretFields(hook->job))
        paths.append(f.path);
    QCOMPARE(paths,
             (QStringList{QStringLiteral("target.signing_secret"), QStringLiteral("target.auth.client_secret")}));

    // validate() names the fields under target.auth and target.transport.
    JobSpec bad = hook->job;
    bad.webhook.auth.tokenUrl.clear();
    bad.webhook.auth.clientSecret = {};
    bad.webhook.transport.rateLimit = -1;
    QStringList fields;
    for (const ValidationIssue &i : validateWebTarget(bad))
        fields.append(i.field);
    for (const char *f : {"target.auth.token_url", "target.auth.client_secret", "target.transport.rate_limit"})
        QVERIFY2(fields.contains(QLatin1String(f)), qPrintable(fields.join(u' ')));
    JobSpec badRest = loaded->job;
    badRest.rest.auth = HttpAuthSpec{};
    badRest.rest.auth.kind = HttpAuthKind::Bearer;
    badRest.rest.transport.proxy = QStringLiteral("ftp://x");
    fields.clear();
    for (const ValidationIssue &i : validateWebTarget(badRest))
        fields.append(i.field);
    for (const char *f : {"target.auth.token", "target.transport.proxy"})
        QVERIFY2(fields.contains(QLatin1String(f)), qPrintable(fields.join(u' ')));

    // A plaintext token loads with a warning and is never written.
    QByteArray inlineYaml = rest;
    inlineYaml.replace("{secret: env:CRM_KEY}", "plain-text-key");
    auto inlined = loadJobText(inlineYaml, QStringLiteral("crm.yml"));
    QVERIFY(inlined);
    QVERIFY(inlined->warnings.join(u'\n').contains(QLatin1String("plaintext")));
    auto refusedSave = saveJobText(inlined->job);
    QVERIFY(!refusedSave);
    QCOMPARE(refusedSave.error().field, QStringLiteral("target.auth.key"));

    // The registry lists the blocks' fields for both targets, so their forms show them.
    for (const char *type : {"rest", "webhook"}) {
        const ConnectorType *t = ConnectorRegistry::instance().find(QLatin1String(type));
        QVERIFY(t);
        QStringList keys;
        for (const ConnectorField &f : t->fields)
            keys.append(f.key);
        for (const char *k : {"auth.type", "auth.token", "auth.client_secret", "transport.ca_file"})
            QVERIFY2(keys.contains(QLatin1String(k)), qPrintable(keys.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestHttpAuth)
#include "tst_httpauth.moc"
