// The Fliplet source against the emulator: entries as rows (entry id, timestamps, data fields), where and
// attributes as the query sends them, test / discover / sample, broken answers and refusals with the field
// to fix, and the job file's source section (Ferry format and Fliplet Agent pull files).
#include "connectors/connectorregistry.h"
#include "connectors/flipletsource.h"
#include "flipletemulator.h"
#include "job/jobfile.h"

#include <QJsonArray>
#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FlipletEmulator;

namespace {
const QString Token = QStringLiteral("eu--source-secret");
constexpr qint64 Ds = 31;

QJsonObject user(int id, const QString &name, const QString &status, int age)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("Name"), name},
                       {QStringLiteral("Status"), status},
                       {QStringLiteral("Age"), age}};
}
} // namespace

class TestFlipletSource : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void entriesBecomeRows();
    void whereAndAttributesFilterOnTheServer_data();
    void whereAndAttributesFilterOnTheServer();
    void testCountsTheEntries();
    void wrongTokenNamesTheToken();
    void unknownOrDeniedDataSource();
    void refusedQueryNamesTheFilter();
    void malformedAnswers_data();
    void malformedAnswers();
    void discoverListsDataSourcesAndColumns();
    void sampleStopsAtN();
    void startAndFetchForARun();
    void interruptedReadIsCancelled();
    void twentyThousandEntries();
    void ferryFormatRoundTrip();
    void ferryFormatRefusesBadValues();
    void registryBuildsTheSource();
    void flipletAgentPullFile();

private:
    std::unique_ptr<FlipletSource> source(FlipletSourceSpec spec = {}, const QString &token = Token)
    {
        if (spec.dataSourceId.isEmpty())
            spec.dataSourceId = QString::number(Ds);
        spec.apiUrl = m_emulator->baseUrl();
        RetrySpec retry;
        retry.attempts = 2;
        retry.initialDelayMs = 1;
        retry.maxDelayMs = 2;
        return std::make_unique<FlipletSource>(spec, token, retry);
    }
    std::unique_ptr<FlipletEmulator> m_emulator;
    QList<qint64> m_ids;
};

void TestFlipletSource::init()
{
    qunsetenv("FERRY_FLIPLET_API_URL");
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(Ds, QStringLiteral("Users"));
    m_emulator->addDataSource(32, QStringLiteral("Declared"), {QStringLiteral("A"), QStringLiteral("B")});
    m_ids.clear();
    m_ids.append(m_emulator->insertEntry(Ds, user(1, QStringLiteral("Ann"), QStringLiteral("active"), 34)));
    m_ids.append(m_emulator->insertEntry(Ds, user(2, QStringLiteral("Bob"), QStringLiteral("inactive"), 17)));
    m_ids.append(m_emulator->insertEntry(Ds, user(3, QStringLiteral("Cid"), QStringLiteral("active"), 52)));
    // Fields that only some entries have, and a nested object. (The emulator keeps data fields in name order,
    // so columns come in that order: the order of the answer.)
    m_ids.append(
        m_emulator->insertEntry(Ds, QJsonObject{{QStringLiteral("id"), 4},
                                                {QStringLiteral("Name"), QStringLiteral("Dee")},
                                                {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("vip"), true}}}}));
    QVERIFY(m_emulator->start());
}

void TestFlipletSource::cleanup()
{
    m_emulator.reset();
}

void TestFlipletSource::entriesBecomeRows()
{
    auto s = source();
    auto columns = s->start();
    QVERIFY2(columns, qPrintable(columns ? QString() : columns.error().message));
    QCOMPARE(*columns, (QStringList{QStringLiteral("fliplet_entry_id"), QStringLiteral("fliplet_created_at"),
                                    QStringLiteral("fliplet_updated_at"), QStringLiteral("Age"), QStringLiteral("Name"),
                                    QStringLiteral("Status"), QStringLiteral("id"), QStringLiteral("Tags")}));
    auto rows = s->fetch(nullptr);
    QVERIFY(rows);
    QCOMPARE(rows->rows.size(), 4);
    for (int r = 0; r < 4; ++r) {
        QCOMPARE(rows->rows.value(r, 0).toLongLong(), m_ids[r]);
        QVERIFY(!rows->rows.value(r, 1).toString().isEmpty()); // createdAt as the API gives it
        QVERIFY(!rows->rows.value(r, 2).toString().isEmpty());
    }
    QCOMPARE(rows->rows.value(0, 4).toString(), QStringLiteral("Ann"));
    QCOMPARE(rows->rows.value(1, 3).toLongLong(), 17); // numbers stay numbers
    QVERIFY(rows->rows.isNull(3, 5));                  // Dee has no Status
    QVERIFY(rows->rows.isNull(0, 7));                  // only Dee has Tags
    QCOMPARE(rows->rows.json(3, 7), QByteArray("{\"vip\":true}"));
    // The request went to the query endpoint with an empty body (no where, no attributes).
    const auto requests = m_emulator->requests();
    QCOMPARE(requests.last().method, QByteArray("POST"));
    QCOMPARE(requests.last().path, QStringLiteral("/v1/data-sources/%1/data/query").arg(Ds));
    QCOMPARE(requests.last().body, QByteArray("{}"));
    for (const auto &r : requests)
        QCOMPARE(r.authToken, Token.toUtf8());
}

void TestFlipletSource::whereAndAttributesFilterOnTheServer_data()
{
    QTest::addColumn<QByteArray>("where");
    QTest::addColumn<QStringList>("attributes");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("columns");
    const QStringList all{QStringLiteral("fliplet_entry_id"),
                          QStringLiteral("fliplet_created_at"),
                          QStringLiteral("fliplet_updated_at"),
                          QStringLiteral("Age"),
                          QStringLiteral("Name"),
                          QStringLiteral("Status"),
                          QStringLiteral("id")};
    QTest::newRow("equality") << QByteArray(R"({"Status":"active"})") << QStringList() << QStringList{"Ann", "Cid"}
                              << all;
    QTest::newRow("$gt") << QByteArray(R"({"Age":{"$gt":18}})") << QStringList() << QStringList{"Ann", "Cid"} << all;
    QTest::newRow("$in and $lt") << QByteArray(R"({"Name":{"$in":["Ann","Bob","Zed"]},"Age":{"$lt":40}})")
                                 << QStringList() << QStringList{"Ann", "Bob"} << all;
    QTest::newRow("$or") << QByteArray(R"({"$or":[{"Name":"Bob"},{"Age":{"$gte":52}}]})") << QStringList()
                         << QStringList{"Bob", "Cid"} << all;
    QTest::newRow("$iLike") << QByteArray(R"({"Name":{"$iLike":"c%"}})") << QStringList() << QStringList{"Cid"} << all;
    QTest::newRow("attributes") << QByteArray(R"({"Status":{"$ne":"inactive"}})") << QStringList{QStringLiteral("Name")}
                                << QStringList{"Ann", "Cid", "Dee"}
                                << QStringList{QStringLiteral("fliplet_entry_id"), QStringLiteral("fliplet_created_at"),
                                               QStringLiteral("fliplet_updated_at"), QStringLiteral("Name")};
}

void TestFlipletSource::whereAndAttributesFilterOnTheServer()
{
    QFETCH(QByteArray, where);
    QFETCH(QStringList, attributes);
    QFETCH(QStringList, names);
    QFETCH(QStringList, columns);
    FlipletSourceSpec spec;
    spec.where = QJsonDocument::fromJson(where).object();
    spec.attributes = attributes;
    auto s = source(spec);
    auto rows = s->sample(100, nullptr);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
    QCOMPARE(rows->columns, columns);
    QStringList got;
    const int name = int(rows->columns.indexOf(QStringLiteral("Name")));
    for (qsizetype r = 0; r < rows->rows.size(); ++r)
        got.append(rows->rows.value(r, name).toString());
    QCOMPARE(got, names);
    // Sent as the job says: where as it is, attributes only when set.
    const QJsonObject body = QJsonDocument::fromJson(m_emulator->requests().last().body).object();
    QCOMPARE(body.value(u"where").toObject(), spec.where);
    QCOMPARE(body.contains(u"attributes"), !attributes.isEmpty());
}

void TestFlipletSource::testCountsTheEntries()
{
    FlipletSourceSpec spec;
    spec.where = QJsonObject{{QStringLiteral("Status"), QStringLiteral("active")}};
    auto info = source(spec)->test(nullptr);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
    QCOMPARE(info->rowCount, 2);
    QCOMPARE(info->object, QStringLiteral("Users (%1)").arg(Ds));
    QVERIFY(info->user.contains(QStringLiteral("emulator@example.invalid")));
    QVERIFY(info->columns.contains(QStringLiteral("Status")));
    QVERIFY2(info->summary.contains(QStringLiteral("2 entries")), qPrintable(info->summary));
}

void TestFlipletSource::wrongTokenNamesTheToken()
{
    auto s = source({}, QStringLiteral("eu--wrong"));
    auto info = s->test(nullptr);
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::Auth);
    QCOMPARE(info.error().field, QStringLiteral("source.auth_token"));
    QVERIFY(info.error().message.contains(QStringLiteral("401")));
    auto columns = s->start();
    QVERIFY(!columns);
    QCOMPARE(columns.error().field, QStringLiteral("source.auth_token"));
}

void TestFlipletSource::unknownOrDeniedDataSource()
{
    FlipletSourceSpec spec;
    spec.dataSourceId = QStringLiteral("999");
    auto missing = source(spec)->start();
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(missing.error().field, QStringLiteral("source.datasource_id"));
    QVERIFY2(missing.error().message.contains(QStringLiteral("999")), qPrintable(missing.error().message));

    m_emulator->denyAccess(Ds);
    auto denied = source()->test(nullptr);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::Auth);
    QCOMPARE(denied.error().field, QStringLiteral("source.datasource_id"));
    QVERIFY(denied.error().message.contains(QStringLiteral("403")));
}

void TestFlipletSource::refusedQueryNamesTheFilter()
{
    FlipletSourceSpec spec;
    spec.where = QJsonDocument::fromJson(R"({"Age":{"$between":[1,2]}})").object();
    auto rows = source(spec)->sample(5, nullptr);
    QVERIFY(!rows);
    QCOMPARE(rows.error().field, QStringLiteral("source.where"));
    QVERIFY2(rows.error().message.contains(QStringLiteral("$between")), qPrintable(rows.error().message));
}

void TestFlipletSource::malformedAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("<html>oops</html>") << QStringLiteral("not valid JSON");
    QTest::newRow("cut short") << QByteArray(R"({"entries":[{"id":1,"data":{)") << QStringLiteral("not valid JSON");
    QTest::newRow("no entries") << QByteArray(R"({"items":[]})") << QStringLiteral("no 'entries' list");
    QTest::newRow("entries not a list") << QByteArray(R"({"entries":{}})") << QStringLiteral("not a list");
    QTest::newRow("entry not an object") << QByteArray(R"({"entries":[1]})") << QStringLiteral("entry 1 is not");
    QTest::newRow("no id") << QByteArray(R"({"entries":[{"data":{}}]})") << QStringLiteral("entry 1 has no id");
    QTest::newRow("text id") << QByteArray(R"({"entries":[{"id":"x","data":{}}]})")
                             << QStringLiteral("not a whole number");
    QTest::newRow("data not an object") << QByteArray(R"({"entries":[{"id":1,"data":[]}]})")
                                        << QStringLiteral("data that is not an object");
    QTest::newRow("no data") << QByteArray(R"({"entries":[{"id":1}]})") << QStringLiteral("has no data");
    QTest::newRow("id twice") << QByteArray(R"({"entries":[{"id":1,"data":{}},{"id":1,"data":{}}]})")
                              << QStringLiteral("entry 2 repeats the id 1");
    QTest::newRow("field clash") << QByteArray(R"({"entries":[{"id":1,"data":{"fliplet_entry_id":5}}]})")
                                 << QStringLiteral("'fliplet_entry_id'");
}

void TestFlipletSource::malformedAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    FlipletEmulator::Fault fault;
    fault.body = body;
    m_emulator->queueFault(QStringLiteral("query"), fault);
    auto s = source();
    auto columns = s->start();
    QVERIFY(!columns);
    QCOMPARE(columns.error().code, ErrorCode::Server);
    QVERIFY2(columns.error().message.contains(says), qPrintable(columns.error().message));
    QVERIFY(columns.error().context.contains(QString::number(Ds)));
}

void TestFlipletSource::discoverListsDataSourcesAndColumns()
{
    auto schema = source()->discover(nullptr);
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().message));
    QCOMPARE(schema->dataSources.size(), 2);
    QCOMPARE(schema->tables.size(), 2);
    QCOMPARE(schema->current, QStringLiteral("Users (%1)").arg(Ds));
    // Users declares no columns: the fields its entries use, after the entry's own.
    const TableInfo *users = schema->table(schema->current);
    QVERIFY(users);
    QCOMPARE(users->columnNames().mid(3),
             (QStringList{QStringLiteral("Age"), QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("id"),
                          QStringLiteral("Tags")}));
    QVERIFY(users->columns.first().primaryKey);
    // Declared keeps its declared columns.
    const TableInfo *declared = schema->table(QStringLiteral("Declared (32)"));
    QVERIFY(declared);
    QCOMPARE(declared->columnNames().mid(3), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
}

void TestFlipletSource::sampleStopsAtN()
{
    auto rows = source()->sample(2, nullptr);
    QVERIFY(rows);
    QCOMPARE(rows->rows.size(), 2);
    QCOMPARE(rows->rows.value(1, 0).toLongLong(), m_ids[1]);
}

void TestFlipletSource::startAndFetchForARun()
{
    // A 503 on the query is retried for a run.
    FlipletEmulator::Fault busy;
    busy.status = 503;
    m_emulator->queueFault(QStringLiteral("query"), busy);
    auto s = source();
    auto columns = s->start();
    QVERIFY2(columns, qPrintable(columns ? QString() : columns.error().message));
    auto rows = s->fetch(nullptr);
    QVERIFY(rows);
    QCOMPARE(rows->rows.size(), 4);
    int queries = 0;
    for (const auto &r : m_emulator->requests())
        queries += r.path.endsWith(u"/data/query");
    QCOMPARE(queries, 2);
}

void TestFlipletSource::interruptedReadIsCancelled()
{
    FlipletEmulator::Fault slow;
    slow.delayMs = 3000;
    m_emulator->queueFault(QStringLiteral("query"), slow);
    auto s = source();
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(200, this, [&s] { s->interrupt(); });
    auto columns = s->start();
    QVERIFY(!columns);
    QCOMPARE(columns.error().code, ErrorCode::Cancelled);
    QVERIFY(timer.elapsed() < 2500);
}

void TestFlipletSource::twentyThousandEntries()
{
    constexpr int Count = 20000;
    m_emulator->addDataSource(40, QStringLiteral("Large"));
    for (int i = 0; i < Count; ++i)
        m_emulator->insertEntry(40,
                                QJsonObject{{QStringLiteral("id"), i},
                                            {QStringLiteral("Email"), QStringLiteral("user%1@example.invalid").arg(i)},
                                            {QStringLiteral("Score"), i * 0.5},
                                            {QStringLiteral("Active"), i % 2 == 0}});
    FlipletSourceSpec spec;
    spec.dataSourceId = QStringLiteral("40");
    auto s = source(spec);
    QElapsedTimer timer;
    timer.start();
    auto columns = s->start();
    QVERIFY(columns);
    auto rows = s->fetch(nullptr);
    QVERIFY(rows);
    QCOMPARE(rows->rows.size(), Count);
    qInfo("read %d entries (4 data fields each) in %lld ms, %lld bytes of rows", Count, timer.elapsed(),
          static_cast<long long>(rows->rows.byteSize()));
    // Columns in the answer's order (the emulator's: by name): Active, Email, Score, id.
    QCOMPARE(rows->rows.value(Count - 1, 4).toString(), QStringLiteral("user%1@example.invalid").arg(Count - 1));
    QCOMPARE(rows->rows.value(Count - 1, 5).toDouble(), (Count - 1) * 0.5);
    QCOMPARE(rows->rows.value(Count - 1, 6).toLongLong(), Count - 1);
}

void TestFlipletSource::ferryFormatRoundTrip()
{
    const QByteArray text = "ferry: 1\n"
                            "id: pull\n"
                            "source:\n"
                            "  type: fliplet\n"
                            "  datasource_id: 31\n"
                            "  auth_token: {secret: env:FLIPLET_TOKEN}\n"
                            "  where: {Status: active, Age: {$gte: 18}, Code: '007', Tags: {$in: [a, 2, true]}}\n"
                            "  attributes: [Name, Status]\n"
                            "target:\n"
                            "  type: sqlite\n"
                            "  path: out.sqlite\n"
                            "  table: users\n"
                            "  create_table: true\n"
                            "sync:\n"
                            "  key: fliplet_entry_id\n";
    auto loaded = loadJobText(text, QStringLiteral("pull.yml"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const JobSpec &job = loaded->job;
    QCOMPARE(job.sourceKind, SourceKind::Fliplet);
    QCOMPARE(job.flipletSource.dataSourceId, QStringLiteral("31"));
    QCOMPARE(job.flipletSource.authToken.reference, QStringLiteral("env:FLIPLET_TOKEN"));
    QCOMPARE(job.flipletSource.attributes, (QStringList{QStringLiteral("Name"), QStringLiteral("Status")}));
    const QJsonObject where = job.flipletSource.where;
    QCOMPARE(where.value(u"Status").toString(), QStringLiteral("active"));
    QCOMPARE(where.value(u"Age").toObject().value(u"$gte").toInteger(), 18);
    QCOMPARE(where.value(u"Code").toString(), QStringLiteral("007")); // quoted: stays text
    QCOMPARE(where.value(u"Tags").toObject().value(u"$in").toArray(), (QJsonArray{QStringLiteral("a"), 2, true}));
    QCOMPARE(ConnectorRegistry::sourceTypeId(job), QStringLiteral("fliplet/source"));

    auto saved = saveJobText(job);
    QVERIFY(saved);
    auto again = loadJobText(*saved, QStringLiteral("pull.yml"));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString() + QString::fromUtf8(*saved)));
    QVERIFY(again->job.sameAs(job));
}

void TestFlipletSource::ferryFormatRefusesBadValues()
{
    const auto load = [](const QByteArray &source) {
        return loadJobText("ferry: 1\nsource:\n" + source +
                               "target: {type: sqlite, path: out.sqlite, table: t}\nsync: {key: fliplet_entry_id}\n",
                           QStringLiteral("bad.yml"));
    };
    auto noId = load("  type: fliplet\n  auth_token: {secret: env:T}\n");
    QVERIFY(!noId);
    QVERIFY2(noId.error().message.contains(QStringLiteral("data source ID is missing")),
             qPrintable(noId.error().message));
    auto noToken = load("  type: fliplet\n  datasource_id: 3\n");
    QVERIFY(!noToken);
    QVERIFY(noToken.error().message.contains(QStringLiteral("token is missing")));
    auto badOp = load("  type: fliplet\n  datasource_id: 3\n  auth_token: {secret: env:T}\n  where: {A: {$near: 1}}\n");
    QVERIFY(!badOp);
    QVERIFY2(badOp.error().message.contains(QStringLiteral("$near")), qPrintable(badOp.error().message));
    auto whereList = load("  type: fliplet\n  datasource_id: 3\n  auth_token: {secret: env:T}\n  where: [1]\n");
    QVERIFY(!whereList);
    QVERIFY(whereList.error().message.contains(QStringLiteral("'where' must be a map")));
    auto plainHttp = load("  type: fliplet\n  datasource_id: 3\n  auth_token: {secret: env:T}\n"
                          "  api_url: http://fliplet.example.org\n");
    QVERIFY(!plainHttp);
    QVERIFY(plainHttp.error().message.contains(QStringLiteral("plain http://")));
}

void TestFlipletSource::registryBuildsTheSource()
{
    const ConnectorType *type = ConnectorRegistry::instance().find(QStringLiteral("fliplet/source"));
    QVERIFY(type);
    QCOMPARE(type->role, ConnectorRole::Source);
    QVERIFY(type->field(QStringLiteral("datasource_id"))->suggestedByDiscover);
    JobSpec job;
    QVariantMap values{{QStringLiteral("datasource_id"), Ds},
                       {QStringLiteral("auth_token"), QStringLiteral("env:T")},
                       {QStringLiteral("where"), QStringLiteral(R"({"Status":"active"})")},
                       {QStringLiteral("attributes"), QStringLiteral("Name, Age")}};
    QVERIFY(type->apply(job, values));
    QCOMPARE(job.sourceKind, SourceKind::Fliplet);
    QCOMPARE(job.flipletSource.attributes, (QStringList{QStringLiteral("Name"), QStringLiteral("Age")}));
    QCOMPARE(job.flipletSource.where.value(u"Status").toString(), QStringLiteral("active"));
    QCOMPARE(type->values(job).value(QStringLiteral("where")).toString(), QStringLiteral(R"({"Status":"active"})"));
    values.insert(QStringLiteral("where"), QStringLiteral("{Status: active"));
    const QList<Error> problems = type->check(values);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("source.where"));
    QVERIFY(problems.first().message.contains(QStringLiteral("not valid JSON")));
}

void TestFlipletSource::flipletAgentPullFile()
{
    const QByteArray text = "type: pull\n"
                            "auth_token: eu--inline-token\n"
                            "datasource_id: 31\n"
                            "database_driver: sqlite\n"
                            "database_host: pulled.sqlite\n"
                            "where: {Status: active}\n"
                            "frequency: '*/5 * * * *'\n";
    auto loaded = loadJobText(text, QStringLiteral("pull-agent.yml"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const JobSpec &job = loaded->job;
    QCOMPARE(loaded->format, JobFileFormat::FlipletAgent);
    QCOMPARE(job.sourceKind, SourceKind::Fliplet);
    QCOMPARE(job.flipletSource.authToken.inlineValue, QStringLiteral("eu--inline-token"));
    QCOMPARE(job.flipletSource.where.value(u"Status").toString(), QStringLiteral("active"));
    QCOMPARE(job.targetKind, TargetKind::Sqlite);
    QCOMPARE(job.sqlite.path, QStringLiteral("pulled.sqlite"));
    QCOMPARE(job.sqlite.table, QStringLiteral("fliplet_datasource_31"));
    QVERIFY(job.sqlite.createTable);
    QCOMPARE(job.rules.keyColumns, QStringList{QStringLiteral("fliplet_entry_id")});
    QCOMPARE(job.schedule.cron, QStringLiteral("*/5 * * * *"));

    auto other = loadJobText("type: pull\nauth_token: eu--x\ndatasource_id: 3\ndatabase_driver: oracle\n",
                             QStringLiteral("pull-oracle.yml"));
    QVERIFY(!other);
    QVERIFY2(other.error().message.contains(QStringLiteral("'oracle' is not supported")),
             qPrintable(other.error().message));
}

QTEST_GUILESS_MAIN(TestFlipletSource)
#include "tst_flipletsource.moc"
