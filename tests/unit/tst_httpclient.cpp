// Retries against the emulator's injected faults: 5xx, 429 with Retry-After, dropped connections.
#include "connectors/httpclient.h"
#include "flipletemulator.h"

#include <QTcpServer>
#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FlipletEmulator;

namespace {

// A raw HTTP server that answers every request with the same bytes, optionally one byte at a time.
class RawServer : public QTcpServer
{
public:
    explicit RawServer(QByteArray answer, int dripMs = 0) : m_answer(std::move(answer)), m_dripMs(dripMs)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                s->readAll();
                ++requests;
                if (m_dripMs == 0) {
                    s->write(m_answer);
                    s->disconnectFromHost();
                    return;
                }
                auto *timer = new QTimer(s);
                auto sent = std::make_shared<qsizetype>(0);
                connect(timer, &QTimer::timeout, s, [this, s, sent] {
                    if (*sent < m_answer.size())
                        s->write(m_answer.mid((*sent)++, 1));
                });
                timer->start(m_dripMs);
            });
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }
    int requests = 0;

private:
    QByteArray m_answer;
    int m_dripMs;
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void retriesServerErrors();
    void honoursRetryAfter();
    void retriesDroppedConnections();
    void givesUpAfterAttempts();
    void doesNotRetryClientErrors();
    void unreachableHost();
    void backoffGrowsWithJitter();
    void cancelStopsWaiting();
    void retryAfterForms();
    void cutBodyIsATransportError();
    void absurdRetryAfterIsCapped();
    void headerWithLineBreakIsRefused();
    void dripFeedHitsTheRequestLimit();
    void crossOriginRedirectSaysWhere();

private:
    HttpRequest userRequest() const
    {
        HttpRequest r;
        r.url = QUrl(m_emulator->baseUrl() + QStringLiteral("/v1/user"));
        r.headers.append({QByteArray("Auth-token"), QByteArray("eu--token")});
        return r;
    }
    std::unique_ptr<FlipletEmulator> m_emulator;
    QList<int> m_sleeps;
};

void TestHttpClient::init()
{
    m_emulator = std::make_unique<FlipletEmulator>(QStringLiteral("eu--token"));
    QVERIFY(m_emulator->start());
    m_sleeps.clear();
}

void TestHttpClient::cleanup()
{
    m_emulator.reset();
}

void TestHttpClient::retriesServerErrors()
{
    m_emulator->queueFault(QStringLiteral("user"), {503});
    m_emulator->queueFault(QStringLiteral("user"), {500});
    HttpClient client(RetrySpec{}, nullptr);
    client.setSleeper([this](int ms) {
        m_sleeps.append(ms);
        return true;
    });
    auto r = client.send(userRequest());
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(client.retriesDone(), 2);
    QCOMPARE(m_emulator->requests().size(), 3);
}

void TestHttpClient::honoursRetryAfter()
{
    FlipletEmulator::Fault f;
    f.status = 429;
    f.retryAfter = 3;
    m_emulator->queueFault(QStringLiteral("user"), f);
    HttpClient client(RetrySpec{}, nullptr);
    client.setSleeper([this](int ms) {
        m_sleeps.append(ms);
        return true;
    });
    auto r = client.send(userRequest());
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(m_sleeps, QList<int>{3000});
}

void TestHttpClient::retriesDroppedConnections()
{
    // Qt itself resends once on a connection closed before any answer; the rest are ours.
    FlipletEmulator::Fault drop;
    drop.drop = true;
    for (int i = 0; i < 3; ++i)
        m_emulator->queueFault(QStringLiteral("user"), drop);
    HttpClient client(RetrySpec{}, nullptr);
    client.setSleeper([this](int ms) {
        m_sleeps.append(ms);
        return true;
    });
    auto r = client.send(userRequest());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->status, 200);
    QCOMPARE(m_emulator->requests().size(), 4);
    QVERIFY(client.retriesDone() >= 1);
}

void TestHttpClient::givesUpAfterAttempts()
{
    for (int i = 0; i < 10; ++i)
        m_emulator->queueFault(QStringLiteral("user"), {502});
    RetrySpec retry;
    retry.attempts = 3;
    HttpClient client(retry, nullptr);
    client.setSleeper([this](int ms) {
        m_sleeps.append(ms);
        return true;
    });
    auto r = client.send(userRequest());
    QVERIFY(r); // the last answer, for the caller to explain
    QCOMPARE(r->status, 502);
    QCOMPARE(m_emulator->requests().size(), 3);
    QCOMPARE(m_sleeps.size(), 2);
}

void TestHttpClient::doesNotRetryClientErrors()
{
    m_emulator->queueFault(QStringLiteral("user"), {400});
    HttpClient client(RetrySpec{}, nullptr);
    client.setSleeper([this](int ms) {
        m_sleeps.append(ms);
        return true;
    });
    auto r = client.send(userRequest());
    QVERIFY(r);
    QCOMPARE(r->status, 400);
    QCOMPARE(m_emulator->requests().size(), 1);
}

void TestHttpClient::unreachableHost()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    RetrySpec retry;
    retry.attempts = 2;
    HttpClient client(retry, nullptr);
    client.setSleeper([this](int ms) {
        m_sleeps.append(ms);
        return true;
    });
    HttpRequest req;
    req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/user").arg(port));
    auto r = client.send(req);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Connection);
    QVERIFY(r.error().message.contains(QStringLiteral("2 attempt")));
    QVERIFY(r.error().context.contains(QString::number(port)));
}

void TestHttpClient::backoffGrowsWithJitter()
{
    for (int i = 0; i < 4; ++i)
        m_emulator->queueFault(QStringLiteral("user"), {503});
    RetrySpec retry;
    retry.attempts = 5;
    retry.initialDelayMs = 100;
    retry.maxDelayMs = 500;
    HttpClient client(retry, nullptr);
    client.setSleeper([this](int ms) {
        m_sleeps.append(ms);
        return true;
    });
    QVERIFY(client.send(userRequest()));
    QCOMPARE(m_sleeps.size(), 4);
    const int bases[] = {100, 200, 400, 500}; // doubling, capped
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(m_sleeps[i] >= bases[i] / 2 && m_sleeps[i] <= bases[i], qPrintable(QString::number(m_sleeps[i])));
    }
}

void TestHttpClient::cancelStopsWaiting()
{
    m_emulator->queueFault(QStringLiteral("user"), {503});
    std::atomic_bool cancel{false};
    HttpClient client(RetrySpec{}, &cancel);
    client.setSleeper([&cancel](int) {
        cancel.store(true);
        return false;
    });
    auto r = client.send(userRequest());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(m_emulator->requests().size(), 1);
}

void TestHttpClient::retryAfterForms()
{
    QCOMPARE(retryAfterMs("2"), 2000);
    QCOMPARE(retryAfterMs(" 0 "), 0);
    QCOMPARE(retryAfterMs(""), -1);
    QCOMPARE(retryAfterMs("soon"), -1);
    const QByteArray inTen =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(10), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
            .toLatin1();
    const int ms = retryAfterMs(inTen);
    QVERIFY2(ms > 8000 && ms <= 10000, qPrintable(QString::number(ms)));
}

void TestHttpClient::cutBodyIsATransportError()
{
    // 200 and a Content-Length of 100, then the connection closes after 12 bytes: no answer, retried.
    RawServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                     "{\"entries\":[]}");
    RetrySpec retry;
    retry.attempts = 2;
    HttpClient client(retry, nullptr);
    client.setSleeper([](int) { return true; });
    HttpRequest r;
    r.url = QUrl(server.url(QStringLiteral("/data")));
    auto outcome = client.sendOnce(r);
    QVERIFY(outcome.networkError);
    QVERIFY(outcome.retryable());
    QVERIFY(outcome.outcomeUnknown());
    auto sent = client.send(r);
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, ErrorCode::Connection);
    QCOMPARE(server.requests, 3);
}

void TestHttpClient::absurdRetryAfterIsCapped()
{
    FlipletEmulator::Fault f;
    f.status = 429;
    f.retryAfter = 36000; // ten hours
    m_emulator->queueFault(QStringLiteral("user"), f);
    RetrySpec retry;
    retry.maxRetryAfterMs = 120000;
    HttpClient client(retry, nullptr);
    client.setSleeper([this](int ms) {
        m_sleeps.append(ms);
        return true;
    });
    auto r = client.send(userRequest());
    QVERIFY(r);
    QCOMPARE(m_sleeps, QList<int>{120000});

    // A date decades ahead is capped the same way.
    FlipletEmulator::Fault later;
    later.status = 503;
    later.retryAfterText = "Fri, 01 Jan 2100 00:00:00 GMT";
    m_emulator->queueFault(QStringLiteral("user"), later);
    m_sleeps.clear();
    r = client.send(userRequest());
    QVERIFY(r);
    QCOMPARE(m_sleeps, QList<int>{120000});
}

void TestHttpClient::headerWithLineBreakIsRefused()
{
    HttpRequest r = userRequest();
    r.headers[0].second = "eu--token\r\nX-Injected: 1";
    HttpClient client(RetrySpec{}, nullptr);
    auto sent = client.send(r);
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, ErrorCode::InvalidConfig);
    QVERIFY(sent.error().message.contains(QStringLiteral("Auth-token")));
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestHttpClient::dripFeedHitsTheRequestLimit()
{
    // A byte every 100 ms never trips the transfer timeout; the request's own limit ends it.
    RawServer server("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + QByteArray(5000, ' '), 100);
    RetrySpec retry;
    retry.attempts = 1;
    retry.requestTimeoutMs = 1000;
    HttpClient client(retry, nullptr);
    HttpRequest r;
    r.url = QUrl(server.url(QStringLiteral("/slow")));
    auto sent = client.send(r);
    QVERIFY(!sent);
    QVERIFY2(sent.error().message.contains(QStringLiteral("request_timeout_ms")), qPrintable(sent.error().message));
}

void TestHttpClient::crossOriginRedirectSaysWhere()
{
    RawServer server("HTTP/1.1 302 Found\r\nLocation: http://elsewhere.invalid/steal\r\nContent-Length: 0\r\n\r\n");
    HttpClient client(RetrySpec{}, nullptr);
    HttpRequest r;
    r.url = QUrl(server.url(QStringLiteral("/v1/user")));
    r.headers.append({QByteArray("Auth-token"), QByteArray("eu--token")});
    auto sent = client.send(r);
    QVERIFY(!sent);
    QVERIFY2(sent.error().message.contains(QStringLiteral("elsewhere.invalid")), qPrintable(sent.error().message));
    QCOMPARE(server.requests, 1); // refused, not retried
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
