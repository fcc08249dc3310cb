// Proxies from the environment, as curl and Fliplet Agent read them, and a request really going through one.
#include "connectors/environmentproxy.h"
#include "connectors/httpclient.h"
#include "flipletemulator.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Ferry;

class TestEnvironmentProxy : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void requestsGoThroughTheProxy();
};

void TestEnvironmentProxy::rules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("env");  // NAME=value
    QTest::addColumn<QString>("expected"); // "none" or "type host:port user"

    const QString api = QStringLiteral("https://api.fliplet.com/v1/user");
    QTest::newRow("nothing set") << api << QStringList{} << "none";
    QTest::newRow("https uses HTTPS_PROXY")
        << api << QStringList{"HTTPS_PROXY=http://proxy.corp:3128"} << "http proxy.corp:3128 ";
    QTest::newRow("lower case wins") << api << QStringList{"HTTPS_PROXY=http://upper:1", "https_proxy=http://lower:2"}
                                     << "http lower:2 ";
    QTest::newRow("http uses HTTP_PROXY")
        << "http://127.0.0.1:8080/v1/user" << QStringList{"HTTP_PROXY=proxy:8888", "HTTPS_PROXY=other:1"}
        << "http proxy:8888 ";
    QTest::newRow("ALL_PROXY fallback, socks, default port")
        << api << QStringList{"ALL_PROXY=socks5://sock.corp"} << "socks sock.corp:1080 ";
    QTest::newRow("credentials") << api << QStringList{"HTTPS_PROXY=http://me:s%40cret@proxy:8080"}
                                 << "http proxy:8080 me";
    QTest::newRow("NO_PROXY exact host") << api
                                         << QStringList{"HTTPS_PROXY=proxy:1", "NO_PROXY=localhost,api.fliplet.com"}
                                         << "none";
    QTest::newRow("NO_PROXY domain suffix with dot")
        << api << QStringList{"HTTPS_PROXY=proxy:1", "no_proxy=.fliplet.com"} << "none";
    QTest::newRow("NO_PROXY suffix without dot, port ignored")
        << api << QStringList{"HTTPS_PROXY=proxy:1", "NO_PROXY=fliplet.com:443"} << "none";
    QTest::newRow("NO_PROXY is not a substring match")
        << api << QStringList{"HTTPS_PROXY=proxy:1", "NO_PROXY=let.com"} << "http proxy:1 ";
    QTest::newRow("NO_PROXY star") << api << QStringList{"HTTPS_PROXY=proxy:1", "NO_PROXY=*"} << "none";
}

void TestEnvironmentProxy::rules()
{
    QFETCH(QString, url);
    QFETCH(QStringList, env);
    QFETCH(QString, expected);
    QProcessEnvironment e;
    for (const QString &pair : env)
        e.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    const QNetworkProxy p = proxyFromEnvironment(QUrl(url), e);
    QString got = QStringLiteral("none");
    if (p.type() != QNetworkProxy::NoProxy)
        got = QStringLiteral("%1 %2:%3 %4")
                  .arg(p.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks") : QStringLiteral("http"),
                       p.hostName())
                  .arg(p.port())
                  .arg(p.user());
    QCOMPARE(got, expected);
    if (expected.endsWith(QStringLiteral(" me")))
        QCOMPARE(p.password(), QStringLiteral("s@cret"));
}

void TestEnvironmentProxy::requestsGoThroughTheProxy()
{
    Testing::FlipletEmulator emulator(QStringLiteral("eu--token"));
    QVERIFY(emulator.start());

    // A proxy that answers every request itself and remembers the request lines it saw.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    QList<QByteArray> seen;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = proxy.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &seen] {
            const QByteArray request = s->readAll();
            seen.append(request.left(request.indexOf("\r\n")));
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 19\r\n"
                     "Connection: close\r\n\r\n{\"user\":{\"id\":99}} ");
            s->disconnectFromHost();
        });
    });

    HttpRequest r;
    r.url = QUrl(emulator.baseUrl() + QStringLiteral("/v1/user"));
    r.headers.append({QByteArray("Auth-token"), QByteArray("eu--token")});
    qputenv("HTTP_PROXY", QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()).toUtf8());
    {
        HttpClient client(RetrySpec{}, nullptr);
        auto response = client.send(r);
        QVERIFY(response);
        QCOMPARE(response->body.trimmed(), QByteArray("{\"user\":{\"id\":99}}"));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first(), "GET " + r.url.toEncoded() + " HTTP/1.1"); // absolute form: a proxy request
        QVERIFY(emulator.requests().isEmpty());
    }
    qputenv("NO_PROXY", "127.0.0.1");
    {
        HttpClient client(RetrySpec{}, nullptr);
        auto response = client.send(r);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(emulator.requests().size(), 1); // straight to the server
        QCOMPARE(seen.size(), 1);
    }
    qunsetenv("HTTP_PROXY");
    qunsetenv("NO_PROXY");
}

QTEST_GUILESS_MAIN(TestEnvironmentProxy)
#include "tst_environmentproxy.moc"
