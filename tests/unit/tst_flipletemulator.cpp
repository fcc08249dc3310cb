// The emulator is the oracle of the Fliplet tests, so it is held to the contract (docs/fliplet-api.md)
// here, request by request.
#include "connectors/httpclient.h"
#include "flipletemulator.h"

#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FlipletEmulator;

class TestFlipletEmulator : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void authentication();
    void user();
    void unknownDataSource();
    void listsDataSources();
    void oneDataSource();
    void deniedDataSource();
    void insertsAndAnswersWithTheWholeDataSource();
    void keptListingFollowsEveryChange();
    void updatesMergeUnlessExtendIsFalse();
    void deletesAndAppendFalse();
    void badCommitsChangeNothing_data();
    void badCommitsChangeNothing();
    void hooksAreRecorded();
    void faults();
    void rawFaults();

private:
    HttpResponse call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QByteArray &token = "eu--token")
    {
        HttpRequest r;
        r.method = method;
        r.url = QUrl(m_emulator->baseUrl() + u'/' + path);
        r.body = body;
        if (!token.isEmpty())
            r.headers.append({QByteArray("Auth-token"), token});
        RetrySpec once;
        once.attempts = 1;
        HttpClient client(once, nullptr);
        auto response = client.send(r);
        return response ? *response : HttpResponse{};
    }
    QJsonObject json(const HttpResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
    QJsonArray commit(const QByteArray &body, int expectStatus = 200)
    {
        const HttpResponse r = call("POST", QStringLiteral("v1/data-sources/5/commit"), body);
        if (r.status != expectStatus)
            qWarning() << r.status << r.body;
        return json(r).value(u"entries").toArray();
    }
    std::unique_ptr<FlipletEmulator> m_emulator;
};

void TestFlipletEmulator::init()
{
    m_emulator = std::make_unique<FlipletEmulator>(QStringLiteral("eu--token"));
    m_emulator->addDataSource(5);
    QVERIFY(m_emulator->start());
}

void TestFlipletEmulator::cleanup()
{
    m_emulator.reset();
}

void TestFlipletEmulator::authentication()
{
    for (const QByteArray &token : {QByteArray(), QByteArray("eu--other")}) {
        const HttpResponse r = call("GET", QStringLiteral("v1/data-sources/5/data"), {}, token);
        QCOMPARE(r.status, 401);
        QVERIFY(json(r).value(u"message").isString());
    }
    QCOMPARE(call("POST", QStringLiteral("v1/data-sources/5/commit"), R"({"entries":[{"data":{}}]})", "x").status, 401);
    QCOMPARE(m_emulator->entries(5).size(), size_t(0));
}

void TestFlipletEmulator::user()
{
    const HttpResponse r = call("GET", QStringLiteral("v1/user"));
    QCOMPARE(r.status, 200);
    const QJsonObject user = json(r).value(u"user").toObject();
    QVERIFY(user.value(u"id").isDouble());
    QVERIFY(!user.value(u"fullName").toString().isEmpty());
    QVERIFY(user.contains(u"email"));
}

void TestFlipletEmulator::unknownDataSource()
{
    QCOMPARE(call("GET", QStringLiteral("v1/data-sources/6/data")).status, 404);
    QCOMPARE(call("POST", QStringLiteral("v1/data-sources/6/commit"), "{}").status, 404);
    QCOMPARE(call("GET", QStringLiteral("v1/nothing")).status, 404);
}

void TestFlipletEmulator::listsDataSources()
{
    m_emulator->addDataSource(6, QStringLiteral("Users"), {QStringLiteral("Email"), QStringLiteral("Name")});
    m_emulator->addDataSource(7, QStringLiteral("Keys"), {}, QStringLiteral("keystore"));
    const HttpResponse r = call("GET", QStringLiteral("v1/data-sources"));
    QCOMPARE(r.status, 200);
    const QJsonArray list = json(r).value(u"dataSources").toArray();
    QCOMPARE(list.size(), 3);
    const QJsonObject users = list[1].toObject();
    QCOMPARE(users.value(u"id").toInteger(), 6);
    QCOMPARE(users.value(u"name").toString(), QStringLiteral("Users"));
    QCOMPARE(users.value(u"columns").toArray(), QJsonArray({"Email", "Name"}));
    QVERIFY(users.value(u"type").isNull());
    QVERIFY(users.contains(u"organizationId") && users.contains(u"appId") && users.contains(u"createdAt"));
    // A data source that declares no columns says null; unnamed ones get a name.
    QVERIFY(list[0].toObject().value(u"columns").isNull());
    QCOMPARE(list[0].toObject().value(u"name").toString(), QStringLiteral("Data source 5"));
    // ?type= filters, as Fliplet Agent's keystore lookup uses it.
    const QJsonArray keystores =
        json(call("GET", QStringLiteral("v1/data-sources?type=keystore"))).value(u"dataSources").toArray();
    QCOMPARE(keystores.size(), 1);
    QCOMPARE(keystores[0].toObject().value(u"id").toInteger(), 7);
    QCOMPARE(call("GET", QStringLiteral("v1/data-sources"), {}, "eu--other").status, 401);
}

void TestFlipletEmulator::oneDataSource()
{
    m_emulator->addDataSource(6, QStringLiteral("Users"), {QStringLiteral("Email")});
    const HttpResponse r = call("GET", QStringLiteral("v1/data-sources/6"));
    QCOMPARE(r.status, 200);
    const QJsonObject ds = json(r).value(u"dataSource").toObject();
    QCOMPARE(ds.value(u"id").toInteger(), 6);
    QCOMPARE(ds.value(u"name").toString(), QStringLiteral("Users"));
    QCOMPARE(ds.value(u"columns").toArray(), QJsonArray({"Email"}));
    QCOMPARE(call("GET", QStringLiteral("v1/data-sources/99")).status, 404);
    QCOMPARE(call("GET", QStringLiteral("v1/data-sources/6"), {}, "eu--other").status, 401);
}

void TestFlipletEmulator::deniedDataSource()
{
    m_emulator->addDataSource(6, QStringLiteral("Secret"));
    m_emulator->denyAccess(6);
    QCOMPARE(call("GET", QStringLiteral("v1/data-sources/6")).status, 403);
    QCOMPARE(call("GET", QStringLiteral("v1/data-sources/6/data")).status, 403);
    QCOMPARE(
        call("POST", QStringLiteral("v1/data-sources/6/commit"), R"({"append":true,"entries":[{"data":{}}]})").status,
        403);
    const QJsonArray list = json(call("GET", QStringLiteral("v1/data-sources"))).value(u"dataSources").toArray();
    QCOMPARE(list.size(), 1); // only 5
}

void TestFlipletEmulator::insertsAndAnswersWithTheWholeDataSource()
{
    m_emulator->insertEntry(5, QJsonObject{{"k", 0}});
    const QJsonArray answer = commit(R"({"append":true,"entries":[{"data":{"k":1,"s":"a\"b"}},{"data":{"k":2}}]})");
    QCOMPARE(answer.size(), 3); // the whole data source, not just the new entries
    const QJsonObject e = answer.at(1).toObject();
    QVERIFY(e.value(u"id").isDouble());
    QCOMPARE(e.value(u"data").toObject(), (QJsonObject{{"k", 1}, {"s", "a\"b"}}));
    QCOMPARE(e.value(u"dataSourceId").toInt(), 5);
    QVERIFY(!e.value(u"createdAt").toString().isEmpty());
    QVERIFY(!e.value(u"updatedAt").toString().isEmpty());
    // GET …/data lists the same.
    const QJsonArray listed = json(call("GET", QStringLiteral("v1/data-sources/5/data"))).value(u"entries").toArray();
    QCOMPARE(listed, answer);
    QVERIFY(answer.at(1).toObject().value(u"id").toInt() != answer.at(2).toObject().value(u"id").toInt());
}

void TestFlipletEmulator::keptListingFollowsEveryChange()
{
    // The emulator keeps its listing and extends it for commits that only add entries: after any mix of
    // commits, every answer and GET …/data list exactly the entries it holds, in id order.
    const auto listed = [this] {
        return json(call("GET", QStringLiteral("v1/data-sources/5/data"))).value(u"entries").toArray();
    };
    const auto expected = [this] {
        QList<qint64> ids;
        for (const auto &[id, data] : m_emulator->entries(5))
            ids.append(id);
        return ids;
    };
    const auto idsOf = [](const QJsonArray &entries) {
        QList<qint64> ids;
        for (const QJsonValue &e : entries)
            ids.append(e.toObject().value(u"id").toInteger());
        return ids;
    };
    QCOMPARE(listed().size(), 0);
    QJsonArray answer = commit(R"({"append":true,"entries":[{"data":{"k":1}},{"data":{"k":2}}]})"); // adds only
    QCOMPARE(idsOf(answer), expected());
    answer = commit(R"({"append":true,"entries":[{"data":{"k":3}}]})");
    QCOMPARE(idsOf(answer), expected());
    QCOMPARE(answer.size(), 3);
    QCOMPARE(listed(), answer);
    const qint64 first = expected().first();
    answer = commit(QStringLiteral(R"({"append":true,"entries":[{"id":%1,"data":{"k":9}},{"data":{"k":4}}]})")
                        .arg(first)
                        .toUtf8()); // an update too
    QCOMPARE(idsOf(answer), expected());
    QCOMPARE(answer.at(0).toObject().value(u"data").toObject().value(u"k").toInt(), 9);
    answer =
        commit(QStringLiteral(R"({"append":true,"entries":[{"data":{"k":5}}],"delete":[%1]})").arg(first).toUtf8());
    QCOMPARE(idsOf(answer), expected());
    m_emulator->insertEntry(5, QJsonObject{{"k", 6}}); // a change made directly
    QCOMPARE(idsOf(listed()), expected());
    answer = commit(R"({"append":true,"entries":[]})");
    QCOMPARE(idsOf(answer), expected());
    QCOMPARE(answer.size(), 5);
    QCOMPARE(listed(), answer);
}

void TestFlipletEmulator::updatesMergeUnlessExtendIsFalse()
{
    const qint64 id = m_emulator->insertEntry(5, QJsonObject{{"a", 1}, {"b", 2}});
    commit(QStringLiteral(R"({"append":true,"entries":[{"id":%1,"data":{"b":3,"c":4}}]})").arg(id).toUtf8());
    QCOMPARE(m_emulator->entries(5).at(id), (QJsonObject{{"a", 1}, {"b", 3}, {"c", 4}}));
    commit(QStringLiteral(R"({"append":true,"extend":false,"entries":[{"id":%1,"data":{"z":9}}]})").arg(id).toUtf8());
    QCOMPARE(m_emulator->entries(5).at(id), (QJsonObject{{"z", 9}}));
}

void TestFlipletEmulator::deletesAndAppendFalse()
{
    const qint64 a = m_emulator->insertEntry(5, QJsonObject{{"k", 1}});
    const qint64 b = m_emulator->insertEntry(5, QJsonObject{{"k", 2}});
    const qint64 c = m_emulator->insertEntry(5, QJsonObject{{"k", 3}});
    commit(QStringLiteral(R"({"append":true,"entries":[],"delete":[%1]})").arg(a).toUtf8());
    QCOMPARE(m_emulator->entries(5).size(), size_t(2));
    // append: false keeps only what the request names (and adds the new entries).
    commit(QStringLiteral(R"({"append":false,"entries":[{"id":%1,"data":{}},{"data":{"k":4}}]})").arg(b).toUtf8());
    const auto entries = m_emulator->entries(5);
    QCOMPARE(entries.size(), size_t(2));
    QVERIFY(entries.count(b) && !entries.count(c));
}

void TestFlipletEmulator::badCommitsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{\"entries\":[");
    QTest::newRow("data not an object") << QByteArray(R"({"append":true,"entries":[{"data":[1]}]})");
    QTest::newRow("no data") << QByteArray(R"({"append":true,"entries":[{"id":1000}]})");
    QTest::newRow("unknown id") << QByteArray(R"({"append":true,"entries":[{"data":{}},{"id":999,"data":{}}]})");
    QTest::newRow("append not a boolean") << QByteArray(R"({"append":"yes","entries":[]})");
    QTest::newRow("trailing text") << QByteArray(R"({"append":true,"entries":[{"data":{}}]} x)");
}

void TestFlipletEmulator::badCommitsChangeNothing()
{
    QFETCH(QByteArray, body);
    m_emulator->insertEntry(5, QJsonObject{{"k", 1}});
    const HttpResponse r = call("POST", QStringLiteral("v1/data-sources/5/commit"), body);
    QCOMPARE(r.status, 400);
    QVERIFY(!json(r).value(u"message").toString().isEmpty());
    QCOMPARE(m_emulator->entries(5).size(), size_t(1));
    QCOMPARE(m_emulator->commitCount(), 0);
}

void TestFlipletEmulator::hooksAreRecorded()
{
    commit(R"({"append":true,"entries":[],"runHooks":["insert","update"]})");
    commit(R"({"append":true,"entries":[]})");
    QCOMPARE(m_emulator->hooksRun(5),
             (QList<QStringList>{{QStringLiteral("insert"), QStringLiteral("update")}, QStringList()}));
}

void TestFlipletEmulator::faults()
{
    FlipletEmulator::Fault busy;
    busy.status = 429;
    busy.retryAfter = 7;
    m_emulator->queueFault(QStringLiteral("data"), busy);
    HttpResponse r = call("GET", QStringLiteral("v1/data-sources/5/data"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    QCOMPARE(call("GET", QStringLiteral("v1/data-sources/5/data")).status, 200); // one fault, one request

    FlipletEmulator::Fault slow;
    slow.delayMs = 300;
    m_emulator->queueFault(QStringLiteral("user"), slow);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(call("GET", QStringLiteral("v1/user")).status, 200);
    QVERIFY(timer.elapsed() >= 290);

    FlipletEmulator::Fault lost;
    lost.status = 500;
    lost.applyFirst = true;
    m_emulator->queueFault(QStringLiteral("commit"), lost);
    QCOMPARE(
        call("POST", QStringLiteral("v1/data-sources/5/commit"), R"({"append":true,"entries":[{"data":{}}]})").status,
        500);
    QCOMPARE(m_emulator->entries(5).size(), size_t(1)); // applied although the answer says otherwise
}

void TestFlipletEmulator::rawFaults()
{
    RetrySpec once;
    once.attempts = 1;
    HttpClient client(once, nullptr);
    HttpRequest get;
    get.url = QUrl(m_emulator->baseUrl() + QStringLiteral("/v1/data-sources/5/data"));
    get.headers.append({QByteArray("Auth-token"), QByteArray("eu--token")});

    // A body cut short: the Content-Length is never reached, which the client sees as a network error.
    FlipletEmulator::Fault cut;
    cut.cutAfter = 5;
    m_emulator->queueFault(QStringLiteral("data"), cut);
    HttpOutcome outcome = client.sendOnce(get);
    QVERIFY(outcome.networkError);
    QCOMPARE(outcome.response.status, 0);

    // Dripped a byte at a time, the answer still arrives whole.
    FlipletEmulator::Fault drip;
    drip.dripMs = 1;
    m_emulator->queueFault(QStringLiteral("data"), drip);
    outcome = client.sendOnce(get);
    QVERIFY2(!outcome.networkError, qPrintable(outcome.errorText));
    QCOMPARE(outcome.response.body, QByteArray(R"({"entries":[]})"));

    // A replaced body, with the status given, or 200.
    FlipletEmulator::Fault replaced;
    replaced.body = R"({"entries":[{"id":1,"data":[]}]})";
    m_emulator->queueFault(QStringLiteral("data"), replaced);
    HttpResponse r = call("GET", QStringLiteral("v1/data-sources/5/data"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, replaced.body);

    // The token echoed in the message; Retry-After as given.
    FlipletEmulator::Fault echo;
    echo.status = 503;
    echo.echoToken = true;
    echo.retryAfterText = "Fri, 01 Jan 2100 00:00:00 GMT";
    m_emulator->queueFault(QStringLiteral("user"), echo);
    r = call("GET", QStringLiteral("v1/user"));
    QCOMPARE(r.status, 503);
    QVERIFY2(json(r).value(u"message").toString().contains(QStringLiteral("eu--token")), r.body.constData());
    QCOMPARE(r.header("Retry-After"), echo.retryAfterText);

    // Faults used up, the contract again.
    QCOMPARE(call("GET", QStringLiteral("v1/data-sources/5/data")).body, QByteArray(R"({"entries":[]})"));
}

QTEST_GUILESS_MAIN(TestFlipletEmulator)
#include "tst_flipletemulator.moc"
