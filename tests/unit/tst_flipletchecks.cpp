// The Fliplet target's checks against the emulator: test() (the token, the data source, each precise
// error, one attempt each), discover() (the data sources the token sees; the chosen one's columns, declared
// or used by its entries) and sample(n).
#include "connectors/flipletanswers.h"
#include "connectors/flipletdatasource.h"
#include "flipletemulator.h"

#include <QTcpServer>
#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FlipletEmulator;

namespace {
const QString Token = QStringLiteral("eu--secret-token");
}

class TestFlipletChecks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void testReachesUserAndDataSource();
    void wrongToken();
    void unknownDataSource();
    void dataSourceWithoutAccess();
    void noDataSourceChosen();
    void unreachableServer();
    void notAFlipletServer();
    void cancelled();
    void discoverListsDataSources();
    void discoverTakesColumnsFromEntries();
    void discoverOfAnUnknownDataSource();
    void sampleReadsFirstEntries();
    void sampleParsesOnlyWhatItKeeps();
    void capabilities();

private:
    std::unique_ptr<FlipletDataSource> target(const QString &dataSource = QStringLiteral("7"),
                                              const QString &token = Token, const QString &url = {})
    {
        FlipletTargetSpec spec;
        spec.dataSourceId = dataSource;
        spec.apiUrl = url.isEmpty() ? m_emulator->baseUrl() : url;
        RetrySpec retry;
        retry.initialDelayMs = 1;
        retry.maxDelayMs = 2;
        return std::make_unique<FlipletDataSource>(spec, token, retry, nullptr);
    }
    std::unique_ptr<FlipletEmulator> m_emulator;
};

void TestFlipletChecks::init()
{
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(7, QStringLiteral("Users"), {QStringLiteral("id"), QStringLiteral("Email")});
    m_emulator->addDataSource(8, QStringLiteral("Orders"));
    m_emulator->addDataSource(9, QStringLiteral("Keys"), {}, QStringLiteral("keystore"));
    QVERIFY(m_emulator->start());
}

void TestFlipletChecks::cleanup()
{
    m_emulator.reset();
}

void TestFlipletChecks::testReachesUserAndDataSource()
{
    auto info = target()->test(nullptr);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QCOMPARE(info->user, QStringLiteral("Test User <emulator@example.invalid>"));
    QCOMPARE(info->object, QStringLiteral("Users (7)"));
    QCOMPARE(info->columns, (QStringList{"id", "Email"}));
    QCOMPARE(info->rowCount, -1); // counting would read every entry
    QVERIFY(info->server.contains(m_emulator->baseUrl()));
    QVERIFY2(info->summary.contains(QStringLiteral("Test User")) && info->summary.contains(QStringLiteral("Users (7)")),
             qPrintable(info->summary));
    // The entries are not read.
    for (const auto &r : m_emulator->requests())
        QVERIFY2(!r.path.endsWith(QStringLiteral("/data")), qPrintable(r.path));
}

void TestFlipletChecks::wrongToken()
{
    auto r = target(QStringLiteral("7"), QStringLiteral("eu--wrong"))->test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Auth);
    QCOMPARE(r.error().field, QStringLiteral("target.auth_token"));
    QVERIFY(r.error().message.contains(QStringLiteral("refused the token")));
    auto list = target(QStringLiteral("7"), QStringLiteral("eu--wrong"))->discover(nullptr);
    QVERIFY(!list);
    QCOMPARE(list.error().field, QStringLiteral("target.auth_token"));
}

void TestFlipletChecks::unknownDataSource()
{
    auto r = target(QStringLiteral("99"))->test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(r.error().field, QStringLiteral("target.datasource_id"));
    QVERIFY(r.error().message.contains(QStringLiteral("data source 99 was not found")));
    auto rows = target(QStringLiteral("99"))->sample(3, nullptr);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, ErrorCode::NotFound);
}

void TestFlipletChecks::dataSourceWithoutAccess()
{
    m_emulator->denyAccess(7);
    auto r = target()->test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Auth);
    QCOMPARE(r.error().field, QStringLiteral("target.datasource_id"));
    QVERIFY(r.error().message.contains(QStringLiteral("no access")));
}

void TestFlipletChecks::noDataSourceChosen()
{
    auto r = target(QString())->test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidConfig);
    QCOMPARE(r.error().field, QStringLiteral("target.datasource_id"));
    // Discovery still lists what there is to choose from.
    auto schema = target(QString())->discover(nullptr);
    QVERIFY(schema);
    QCOMPARE(schema->dataSources.size(), 3);
    QVERIFY(schema->tables.isEmpty() && schema->current.isEmpty());
}

void TestFlipletChecks::unreachableServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    auto r = target(QStringLiteral("7"), Token, url)->test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Connection);
    QCOMPARE(r.error().field, QStringLiteral("target.api_url"));
    QVERIFY(r.error().message.contains(QStringLiteral("cannot reach")));
}

void TestFlipletChecks::notAFlipletServer()
{
    FlipletEmulator::Fault f;
    f.status = 200; // {"message": …}: no user
    m_emulator->queueFault(QStringLiteral("user"), f);
    auto r = target()->test(nullptr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Server);
    QVERIFY(r.error().message.contains(QStringLiteral("Fliplet API server")));
}

void TestFlipletChecks::cancelled()
{
    const std::atomic_bool cancel{true};
    auto t = target();
    auto r = t->test(&cancel);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    // The call's own flag does not stick to the target.
    QVERIFY(t->test(nullptr));
}

void TestFlipletChecks::discoverListsDataSources()
{
    auto schema = target()->discover(nullptr);
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
    QCOMPARE(schema->dataSources.size(), 3);
    const DataSourceInfo users = schema->dataSources[0];
    QCOMPARE(users.id, QStringLiteral("7"));
    QCOMPARE(users.name, QStringLiteral("Users"));
    QCOMPARE(users.organizationId, qint64(1));
    QCOMPARE(users.columns, (QStringList{"id", "Email"}));
    QCOMPARE(schema->dataSources[2].type, QStringLiteral("keystore"));
    // The chosen one, with its declared columns; the entries are not read for them.
    QCOMPARE(schema->current, QStringLiteral("Users"));
    QCOMPARE(schema->tables.size(), 1);
    QCOMPARE(schema->tables[0].columnNames(), (QStringList{"id", "Email"}));
    for (const auto &r : m_emulator->requests())
        QVERIFY2(!r.path.endsWith(QStringLiteral("/data")), qPrintable(r.path));
}

void TestFlipletChecks::discoverTakesColumnsFromEntries()
{
    m_emulator->insertEntry(8, QJsonObject{{"id", 1}, {"Item", "Tea"}, {"Paid", true}});
    m_emulator->insertEntry(8, QJsonObject{{"id", 2}, {"Item", QJsonValue::Null}, {"Tags", QJsonArray{"a"}}});
    auto schema = target(QStringLiteral("8"))->discover(nullptr);
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
    QCOMPARE(schema->current, QStringLiteral("Orders"));
    const TableInfo &orders = schema->tables.value(0);
    // In the order they first appear (the emulator, like Fliplet's JSON storage, keeps keys sorted).
    QCOMPARE(orders.columnNames(), (QStringList{"Item", "Paid", "id", "Tags"}));
    QCOMPARE(orders.column(QStringLiteral("id"))->type, QStringLiteral("number"));
    QCOMPARE(orders.column(QStringLiteral("Item"))->type, QStringLiteral("string"));
    QCOMPARE(orders.column(QStringLiteral("Paid"))->type, QStringLiteral("boolean"));
    QCOMPARE(orders.column(QStringLiteral("Tags"))->type, QStringLiteral("array"));
}

void TestFlipletChecks::discoverOfAnUnknownDataSource()
{
    auto schema = target(QStringLiteral("99"))->discover(nullptr);
    QVERIFY(schema);
    QCOMPARE(schema->dataSources.size(), 3);
    QVERIFY(schema->current.isEmpty());
    QVERIFY(schema->tables.isEmpty());
}

void TestFlipletChecks::sampleReadsFirstEntries()
{
    for (int i = 1; i <= 5; ++i)
        m_emulator->insertEntry(7, QJsonObject{{"id", i}, {"Email", QStringLiteral("u%1@example.org").arg(i)}});
    m_emulator->insertEntry(7, QJsonObject{{"id", 6}, {"Late", "only in the sixth"}});
    auto rows = target()->sample(3, nullptr);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows->columns, (QStringList{"Email", "id"}));
    QCOMPARE(rows->rows.size(), 3);
    QCOMPARE(rows->rows.row(2), (QVariantList{QStringLiteral("u3@example.org"), 3}));
    auto all = target()->sample(100, nullptr);
    QVERIFY(all);
    QCOMPARE(all->rows.size(), 6);
    QCOMPARE(all->columns, (QStringList{"Email", "id", "Late"}));
    QVERIFY(all->rows.isNull(5, 0) && all->rows.isNull(0, 2));
    auto none = target(QStringLiteral("8"))->sample(3, nullptr);
    QVERIFY(none && none->rows.isEmpty() && none->columns.isEmpty());
}

void TestFlipletChecks::sampleParsesOnlyWhatItKeeps()
{
    // What follows the entries kept is not parsed, so it cannot fail the sample.
    const QByteArray body = R"({"entries":[{"id":1,"data":{"a":1}},{"id":2,"data":{"b":"x"}}, this is not JSON)";
    auto two = readFlipletSample(body, 2);
    QVERIFY2(two, qPrintable(two ? QString() : two.error().toString()));
    QCOMPARE(two->columns, (QStringList{"a", "b"}));
    QCOMPARE(two->rows.size(), 2);
    auto three = readFlipletSample(body, 3);
    QVERIFY(!three);
    QCOMPARE(three.error().code, ErrorCode::Server);
    auto wrongShape = readFlipletSample(R"({"message":"nope"})", 3);
    QVERIFY(!wrongShape);
    QVERIFY(wrongShape.error().message.contains(QStringLiteral("'entries'")));
}

void TestFlipletChecks::capabilities()
{
    const Capabilities c = target()->capabilities();
    QVERIFY(c.testFlag(Capability::BatchCommit));
    QVERIFY(c.testFlag(Capability::Delete));
    QVERIFY(c.testFlag(Capability::FreeColumns));
    QVERIFY(!c.testFlag(Capability::CreateTable));
    QVERIFY(!c.testFlag(Capability::LimitedSample)); // the API has no paging
}

QTEST_GUILESS_MAIN(TestFlipletChecks)
#include "tst_flipletchecks.moc"
