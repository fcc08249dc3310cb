// The Fliplet target against the emulator: authentication, indexing, commits bounded by rows and bytes,
// deletes sent once, run_hooks and merge, the token's destination.
#include "connectors/flipletapi.h"
#include "connectors/flipletdatasource.h"
#include "flipletemulator.h"
#include "sync/executor.h"

#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FlipletEmulator;

namespace {
const QString Token = QStringLiteral("eu--secret-token");
const QStringList Cols{QStringLiteral("id"), QStringLiteral("Name")};

Change insert(int id, const QString &name)
{
    return Change{ChangeAction::Insert, QString::number(id), {}, {id, name}, {}, {}};
}
} // namespace

class TestFlipletDataSource : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void regions();
    void environmentOverridesBaseUrl();
    void wrongTokenIsAnAuthError();
    void unknownDataSource();
    void indexesEntries();
    void malformedAnswers();
    void commitsInRowBoundedBatches();
    void commitsInByteBoundedBatches();
    void updatesCarryIdsAndDeletesAreSentOnce();
    void hooksAndMerge();
    void failedCommitStopsAndKeepsCounts();

private:
    std::unique_ptr<FlipletDataSource> target(FlipletTargetSpec spec = {})
    {
        if (spec.dataSourceId.isEmpty())
            spec.dataSourceId = QStringLiteral("7");
        spec.apiUrl = m_emulator->baseUrl();
        RetrySpec retry;
        retry.initialDelayMs = 1;
        retry.maxDelayMs = 2;
        return std::make_unique<FlipletDataSource>(spec, Token, retry, nullptr);
    }
    Plan plan(std::vector<Change> changes)
    {
        Plan p;
        p.columns = Cols;
        for (const Change &c : changes) {
            if (c.action == ChangeAction::Insert)
                ++p.counts.inserts;
            else if (c.action == ChangeAction::Update)
                ++p.counts.updates;
            else if (c.action == ChangeAction::Delete)
                ++p.counts.deletes;
        }
        p.changes = std::move(changes);
        return p;
    }
    std::unique_ptr<FlipletEmulator> m_emulator;
};

void TestFlipletDataSource::init()
{
    qunsetenv("FERRY_FLIPLET_API_URL");
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(7);
    QVERIFY(m_emulator->start());
}

void TestFlipletDataSource::cleanup()
{
    m_emulator.reset();
    qunsetenv("FERRY_FLIPLET_API_URL");
}

void TestFlipletDataSource::regions()
{
    QCOMPARE(FlipletApi::regionBaseUrl(QStringLiteral("eu--abc")), QStringLiteral("https://api.fliplet.com"));
    QCOMPARE(FlipletApi::regionBaseUrl(QStringLiteral("us--abc")), QStringLiteral("https://us.api.fliplet.com"));
    QCOMPARE(FlipletApi::regionBaseUrl(QStringLiteral("CA--abc")), QStringLiteral("https://ca.api.fliplet.com"));
    QCOMPARE(FlipletApi::regionBaseUrl(QStringLiteral("xx--abc")), QStringLiteral("https://api.fliplet.com"));
    QCOMPARE(FlipletApi::baseUrl(QStringLiteral("us--abc"), {}), QStringLiteral("https://us.api.fliplet.com"));
    QCOMPARE(FlipletApi::baseUrl(QStringLiteral("us--abc"), QStringLiteral("https://self.hosted/")),
             QStringLiteral("https://self.hosted"));
}

void TestFlipletDataSource::environmentOverridesBaseUrl()
{
    qputenv("FERRY_FLIPLET_API_URL", m_emulator->baseUrl().toUtf8());
    FlipletTargetSpec spec;
    spec.dataSourceId = QStringLiteral("7");
    spec.apiUrl = QStringLiteral("https://api.fliplet.com");
    FlipletDataSource t(spec, Token, RetrySpec{}, nullptr);
    QCOMPARE(t.baseUrl(), m_emulator->baseUrl());
    QVERIFY(t.open());
    // Every request went to the emulator and carried the token; nothing else was contacted.
    for (const auto &r : m_emulator->requests())
        QCOMPARE(r.authToken, Token.toUtf8());
}

void TestFlipletDataSource::wrongTokenIsAnAuthError()
{
    FlipletTargetSpec spec;
    spec.dataSourceId = QStringLiteral("7");
    spec.apiUrl = m_emulator->baseUrl();
    FlipletDataSource t(spec, QStringLiteral("eu--wrong"), RetrySpec{}, nullptr);
    auto r = t.open();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Auth);
    QVERIFY(r.error().message.contains(QStringLiteral("HTTP 401")));
    QVERIFY(r.error().message.contains(QStringLiteral("new API token")));
}

void TestFlipletDataSource::unknownDataSource()
{
    FlipletTargetSpec spec;
    spec.dataSourceId = QStringLiteral("99");
    auto t = target(spec);
    QVERIFY(t->open());
    auto snapshot = t->index(Cols);
    QVERIFY(!snapshot);
    QVERIFY(snapshot.error().message.contains(QStringLiteral("data source 99 was not found")));
}

void TestFlipletDataSource::indexesEntries()
{
    m_emulator->insertEntry(7, QJsonObject{{"id", 1}, {"Name", "Ada"}, {"Extra", "kept remote"}});
    m_emulator->insertEntry(7, QJsonObject{{"id", "2"}});
    auto t = target();
    auto snapshot = t->index(Cols);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->entries.size(), size_t(2));
    QCOMPARE(snapshot->entries[0].remoteId.toLongLong(), 1000);
    QCOMPARE(snapshot->entries[0].values, (QVariantList{1, QStringLiteral("Ada")}));
    QCOMPARE(snapshot->entries[1].values.value(0), QVariant(QStringLiteral("2")));
    QVERIFY(!snapshot->entries[1].values.value(1).isValid());
}

void TestFlipletDataSource::malformedAnswers()
{
    // A 200 answer without the expected shape is a server error, not an empty data source.
    FlipletEmulator::Fault f;
    f.status = 200;
    auto t = target();
    // The emulator answers injected statuses with {"message": …}: no entries list.
    m_emulator->queueFault(QStringLiteral("data"), f);
    auto snapshot = t->index(Cols);
    QVERIFY(!snapshot);
    QCOMPARE(snapshot.error().code, ErrorCode::Server);
    QVERIFY(snapshot.error().message.contains(QStringLiteral("'entries'")));
}

void TestFlipletDataSource::commitsInRowBoundedBatches()
{
    FlipletTargetSpec spec;
    spec.batchRows = 2;
    auto t = target(spec);
    Plan p = plan({insert(1, "a"), insert(2, "b"), insert(3, "c"), insert(4, "d"), insert(5, "e")});
    ExecuteResult result = execute(p, *t, ExecuteContext{});
    QVERIFY(!result.error);
    QCOMPARE(result.counts.inserted, 5);
    QCOMPARE(m_emulator->commitCount(), 3);
    QCOMPARE(m_emulator->entries(7).size(), size_t(5));
    const auto bodies = m_emulator->commitBodies();
    QCOMPARE(bodies[0].value(u"entries").toArray().size(), 2);
    QCOMPARE(bodies[2].value(u"entries").toArray().size(), 1);
    QCOMPARE(bodies[0].value(u"append").toBool(), true);
}

void TestFlipletDataSource::commitsInByteBoundedBatches()
{
    FlipletTargetSpec spec;
    spec.batchBytes = 2048;
    auto t = target(spec);
    std::vector<Change> changes;
    for (int i = 0; i < 20; ++i)
        changes.push_back(insert(i, QString(200, u'x')));
    changes.push_back(insert(99, QString(5000, u'y'))); // alone larger than a batch: sent on its own
    Plan p = plan(std::move(changes));
    ExecuteResult result = execute(p, *t, ExecuteContext{});
    QVERIFY(!result.error);
    QCOMPARE(m_emulator->entries(7).size(), size_t(21));
    int total = 0;
    const auto requests = m_emulator->requests();
    for (const auto &r : requests) {
        if (r.method != "POST")
            continue;
        const int entries = QJsonDocument::fromJson(r.body).object().value(u"entries").toArray().size();
        total += entries;
        QVERIFY2(r.body.size() <= 2048 || entries == 1, qPrintable(QString::number(r.body.size())));
    }
    QCOMPARE(total, 21);
    QVERIFY(m_emulator->commitCount() >= 3);
}

void TestFlipletDataSource::updatesCarryIdsAndDeletesAreSentOnce()
{
    const qint64 a = m_emulator->insertEntry(7, QJsonObject{{"id", 1}, {"Name", "old"}});
    const qint64 b = m_emulator->insertEntry(7, QJsonObject{{"id", 2}, {"Name", "gone"}});
    const qint64 c = m_emulator->insertEntry(7, QJsonObject{{"id", 3}, {"Name", "gone too"}});
    FlipletTargetSpec spec;
    spec.batchRows = 2;
    auto t = target(spec);
    Plan p = plan({Change{ChangeAction::Update, "1", a, {1, "new"}, {}, {}}, insert(4, "d"), insert(5, "e"),
                   Change{ChangeAction::Delete, "2", b, {}, {}, {}}, Change{ChangeAction::Delete, "3", c, {}, {}, {}}});
    ExecuteResult result = execute(p, *t, ExecuteContext{});
    QVERIFY(!result.error);
    QCOMPARE(result.counts.updated, 1);
    QCOMPARE(result.counts.deleted, 2);
    const auto entries = m_emulator->entries(7);
    QCOMPARE(entries.size(), size_t(3));
    QCOMPARE(entries.at(a).value(u"Name").toString(), QStringLiteral("new"));
    QVERIFY(!entries.count(b) && !entries.count(c));

    QList<qint64> deleted;
    bool sawUpdateId = false;
    for (const QJsonObject &body : m_emulator->commitBodies()) {
        for (const QJsonValue &d : body.value(u"delete").toArray())
            deleted.append(d.toInteger());
        for (const QJsonValue &e : body.value(u"entries").toArray())
            sawUpdateId |= e.toObject().value(u"id").toInteger() == a;
    }
    QCOMPARE(deleted, (QList<qint64>{b, c})); // each id once, in one commit or another
    QVERIFY(sawUpdateId);
}

void TestFlipletDataSource::hooksAndMerge()
{
    FlipletTargetSpec spec;
    spec.runHooks = {QStringLiteral("insert"), QStringLiteral("update")};
    spec.merge = 0;
    auto t = target(spec);
    QVERIFY(!execute(plan({insert(1, "a")}), *t, ExecuteContext{}).error);
    QJsonObject body = m_emulator->commitBodies().last();
    QCOMPARE(body.value(u"runHooks").toArray().toVariantList(), (QVariantList{"insert", "update"}));
    QCOMPARE(body.value(u"extend"), QJsonValue(false));

    auto unset = target(); // merge not set: extend left out for the server's default
    QVERIFY(!execute(plan({insert(2, "b")}), *unset, ExecuteContext{}).error);
    body = m_emulator->commitBodies().last();
    QVERIFY(!body.contains(u"extend"));
    QCOMPARE(body.value(u"runHooks").toArray().size(), 0);
}

void TestFlipletDataSource::failedCommitStopsAndKeepsCounts()
{
    FlipletTargetSpec spec;
    spec.batchRows = 2;
    auto t = target(spec);
    // The second commit fails on every attempt.
    m_emulator->queueFault(QStringLiteral("commit"), {});
    for (int i = 0; i < 5; ++i)
        m_emulator->queueFault(QStringLiteral("commit"), {500});
    Plan p = plan({insert(1, "a"), insert(2, "b"), insert(3, "c"), insert(4, "d"), insert(5, "e")});
    ExecuteResult result = execute(p, *t, ExecuteContext{});
    QVERIFY(result.error);
    QCOMPARE(result.error->code, ErrorCode::Server);
    QVERIFY(result.error->message.contains(QStringLiteral("HTTP 500")));
    QCOMPARE(result.counts.inserted, 2);
    QCOMPARE(result.counts.failed, 2);
    QCOMPARE(result.counts.notAttempted, 1);
    QCOMPARE(m_emulator->entries(7).size(), size_t(2));
}

QTEST_GUILESS_MAIN(TestFlipletDataSource)
#include "tst_flipletdatasource.moc"
