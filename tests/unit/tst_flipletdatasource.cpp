// The Fliplet target against the emulator: authentication, indexing, commits bounded by rows and bytes,
// deletes sent once, run_hooks and merge, the token's destination.
#include "connectors/flipletapi.h"
#include "connectors/flipletdatasource.h"
#include "core/runevents.h"
#include "flipletemulator.h"
#include "sync/executor.h"

#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FlipletEmulator;

namespace {
const QString Token = QStringLiteral("eu--secret-token");
const QStringList Cols{QStringLiteral("id"), QStringLiteral("Name")};

// Test plans are written as rows: inserts carry their values, updates and deletes a target id too.
struct Step
{
    ChangeAction action;
    QVariantList values; // id, Name
    qint64 remoteId = -1;
};

Step insert(int id, const QString &name)
{
    return Step{ChangeAction::Insert, {id, name}};
}

// Batch events, as a run's observer gets them.
class BatchRecorder final : public RunObserver
{
public:
    void batchCommitted(const RunTag &, const BatchEvent &e) override { committed.push_back(e); }
    void batchFailed(const RunTag &, const BatchFailedEvent &e) override { failed.push_back(e); }
    void retrying(const RunTag &, const RetryEvent &e) override
    {
        order.append(QStringLiteral("wait %1").arg(e.waitMs > 0 ? QStringLiteral(">0") : QStringLiteral("0")));
    }
    void logged(const RunTag &, const LogEvent &e) override
    {
        if (e.message.contains(QStringLiteral("checking the data source")))
            order.append(QStringLiteral("check"));
    }
    QStringList order;
    std::vector<BatchEvent> committed;
    std::vector<BatchFailedEvent> failed;
};
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
    void deeplyNestedAnswers();
    void commitsInRowBoundedBatches();
    void commitsInByteBoundedBatches();
    void updatesCarryIdsAndDeletesAreSentOnce();
    void hooksAndMerge();
    void failedCommitStopsAndKeepsCounts();
    void lostAnswerWithoutKeyIsReported();
    void tooLargeNamesTheSetting();
    void malformedEntriesAreServerErrors_data();
    void malformedEntriesAreServerErrors();
    void cutCommitAnswerIsCheckedNotResent();
    void cutAnswerToAGetIsRetried();
    void getErrorsAdviseForAGet();
    void tokenNeverGoesOverPlainHttp();
    void dataSourceIdIsAPositiveNumber();
    void keylessCommitOnCancelGetsAMoment();
    void lostCommitIsCheckedAfterAWait();
    void batchesFilledAheadKeepThePlansOrder();
    void cancelDropsTheBatchFilledAhead();
    void largeAnswersArriveWhole();

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
    Plan plan(const std::vector<Step> &steps)
    {
        auto source = std::make_shared<RecordSet>();
        source->columns = Cols;
        source->rows = RowSet(2);
        auto target = std::make_shared<TargetSnapshot>();
        target->columns = Cols;
        target->rows = RowSet(2);
        Plan p;
        p.columns = Cols;
        for (const Step &s : steps) {
            Change c;
            c.action = s.action;
            if (s.action != ChangeAction::Delete) {
                c.sourceRow = source->rows.size();
                source->rows.append(s.values);
            }
            if (s.remoteId >= 0) {
                c.targetRow = target->rows.size();
                target->rows.append({s.values.value(0), QVariant()});
                target->ids.push_back(s.remoteId);
            }
            if (c.action == ChangeAction::Insert)
                ++p.counts.inserted;
            else if (c.action == ChangeAction::Update)
                ++p.counts.updated;
            else
                ++p.counts.deleted;
            p.changes.push_back(c);
        }
        p.source = source;
        p.target = target;
        p.keyColumns = {0};
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
    QCOMPARE(snapshot->rows.size(), 2);
    QCOMPARE(snapshot->ids, (std::vector<qint64>{1000, 1001}));
    QCOMPARE(snapshot->rows.row(0), (QVariantList{1, QStringLiteral("Ada")}));
    QCOMPARE(snapshot->rows.value(1, 0), QVariant(QStringLiteral("2")));
    QVERIFY(snapshot->rows.isNull(1, 1));
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

void TestFlipletDataSource::deeplyNestedAnswers()
{
    // Issue 6: a value nested 100,000 levels deep, even inside an entry's data, overflowed the stack. Every
    // reader of the API's answers refuses it with an error that says so, and nothing is written.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const QByteArray body = R"({"entries":[{"id":1,"data":{"Name":"Ada","x":)" + deep + "}}]}";
    auto t = target();
    FlipletEmulator::Fault f;
    f.body = body;

    m_emulator->queueFault(QStringLiteral("data"), f);
    auto snapshot = t->index(Cols);
    QVERIFY(!snapshot);
    QCOMPARE(snapshot.error().code, ErrorCode::Server);
    QVERIFY2(snapshot.error().message.contains(QStringLiteral("nested more than 200 levels deep")),
             qPrintable(snapshot.error().message));

    m_emulator->queueFault(QStringLiteral("data"), f);
    auto sample = t->sample(10, nullptr);
    QVERIFY(!sample);
    QCOMPARE(sample.error().code, ErrorCode::Server);
    QVERIFY2(sample.error().message.contains(QStringLiteral("nested more than 1000 levels deep")),
             qPrintable(sample.error().message));

    // The commit is applied, but its answer cannot be trusted: the run stops and says why.
    m_emulator->queueFault(QStringLiteral("commit"), f);
    ExecuteResult result = execute(plan({insert(1, "a")}), *t, ExecuteContext{});
    QVERIFY(result.error);
    QCOMPARE(result.error->code, ErrorCode::Server);
    QVERIFY2(result.error->message.contains(QStringLiteral("nested more than 200 levels deep")),
             qPrintable(result.error->message));
    QCOMPARE(m_emulator->commitCount(), 1);
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
    std::vector<Step> steps;
    for (int i = 0; i < 20; ++i)
        steps.push_back(insert(i, QString(200, u'x')));
    steps.push_back(insert(99, QString(5000, u'y'))); // alone larger than a batch: sent on its own
    Plan p = plan(steps);
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
    Plan p = plan({Step{ChangeAction::Update, {1, "new"}, a}, insert(4, "d"), insert(5, "e"),
                   Step{ChangeAction::Delete, {2}, b}, Step{ChangeAction::Delete, {3}, c}});
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
    BatchRecorder events;
    RunTag tag;
    ExecuteResult result;
    {
        EventScope scope(&events, &tag);
        result = execute(p, *t, ExecuteContext{});
    }
    QVERIFY(result.error);
    QCOMPARE(result.error->code, ErrorCode::Server);
    // The failed batch is an event too, with its changes and the counts after it.
    QCOMPARE(events.committed.size(), size_t(1));
    QCOMPARE(events.failed.size(), size_t(1));
    QCOMPARE(events.failed[0].changes, (std::vector<qint64>{2, 3}));
    QVERIFY(!events.failed[0].cancelled);
    QVERIFY(events.failed[0].message.contains(QStringLiteral("HTTP 500")));
    QCOMPARE(events.failed[0].progress.failed, 2);
    QCOMPARE(events.failed[0].progress.notAttempted, 1);
    QVERIFY(result.error->message.contains(QStringLiteral("HTTP 500")));
    QCOMPARE(result.counts.inserted, 2);
    QCOMPARE(result.counts.failed, 2);
    QCOMPARE(result.counts.notAttempted, 1);
    QCOMPARE(m_emulator->entries(7).size(), size_t(2));
    // After each 500 (which may have been applied), the data source was read to check, the last one too.
    int reads = 0;
    for (const auto &r : m_emulator->requests())
        reads += r.path.endsWith(QStringLiteral("/data"));
    QCOMPARE(reads, 5);
}

void TestFlipletDataSource::lostAnswerWithoutKeyIsReported()
{
    auto t = target();
    m_emulator->queueFault(QStringLiteral("commit"), {502});
    Plan p = plan({insert(1, "a")});
    p.keyColumns.clear();
    ExecuteResult result = execute(p, *t, ExecuteContext{});
    QVERIFY(result.error);
    QVERIFY2(result.error->message.contains(QStringLiteral("cannot tell")), qPrintable(result.error->message));
    QCOMPARE(m_emulator->commitCount(), 0); // the emulator failed it before applying; Ferry did not resend
}

void TestFlipletDataSource::tooLargeNamesTheSetting()
{
    FlipletTargetSpec spec;
    spec.batchBytes = 4096;
    auto t = target(spec);
    m_emulator->queueFault(QStringLiteral("commit"), {413});
    ExecuteResult result = execute(plan({insert(1, "a")}), *t, ExecuteContext{});
    QVERIFY(result.error);
    QVERIFY2(result.error->message.contains(QStringLiteral("lower target.batch_bytes")),
             qPrintable(result.error->message));
    QVERIFY(result.error->message.contains(QStringLiteral("4096")));
    QCOMPARE(m_emulator->requests().size(), 1); // not retried
}

void TestFlipletDataSource::malformedEntriesAreServerErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::newRow("data is an array") << QByteArray(R"({"entries":[{"id":1000,"data":[1,2]}]})") << "'data'";
    QTest::newRow("an id twice") << QByteArray(R"({"entries":[{"id":1000,"data":{}},{"id":1000,"data":{}}]})")
                                 << "1000";
    QTest::newRow("deep nesting") << QByteArray(R"({"entries":[{"id":1000,"data":{"a":)") + QByteArray(5000, '[') +
                                         QByteArray(5000, ']') + "}}]}"
                                  << "nest";
    QTest::newRow("not JSON") << QByteArray("<html>maintenance</html>") << "JSON";
}

void TestFlipletDataSource::malformedEntriesAreServerErrors()
{
    // An answer that breaks the contract is a server error: the run stops before anything is written.
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    FlipletEmulator::Fault f;
    f.body = body;
    m_emulator->queueFault(QStringLiteral("data"), f);
    auto snapshot = target()->index(Cols);
    QVERIFY(!snapshot);
    QCOMPARE(snapshot.error().code, ErrorCode::Server);
    QVERIFY2(snapshot.error().message.contains(says, Qt::CaseInsensitive), qPrintable(snapshot.error().message));
    QCOMPARE(m_emulator->requests().size(), 1); // an answer, not a transport failure: not retried
}

void TestFlipletDataSource::cutCommitAnswerIsCheckedNotResent()
{
    // The server applies the commit and answers 200, but the body stops short of its Content-Length: that
    // is no confirmation. Ferry reads the data source, finds the rows, and does not send them again.
    FlipletEmulator::Fault cut;
    cut.applyFirst = true;
    cut.cutAfter = 12;
    m_emulator->queueFault(QStringLiteral("commit"), cut);
    auto t = target();
    ExecuteResult result = execute(plan({insert(1, "a"), insert(2, "b")}), *t, ExecuteContext{});
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.counts.inserted, 2);
    QCOMPARE(m_emulator->commitCount(), 1);
    QCOMPARE(m_emulator->entries(7).size(), size_t(2));
    QCOMPARE(m_emulator->requests().last().path, QStringLiteral("/v1/data-sources/7/data")); // checked
}

void TestFlipletDataSource::cutAnswerToAGetIsRetried()
{
    // A 200 whose body stops short, or an answer that times out, is a transport error and is retried: not
    // "the answer has no 'user'" or "not valid JSON".
    FlipletEmulator::Fault cut;
    cut.cutAfter = 10;
    m_emulator->queueFault(QStringLiteral("user"), cut);
    m_emulator->queueFault(QStringLiteral("data"), cut);
    auto t = target();
    QVERIFY(t->open());
    auto snapshot = t->index(Cols);
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    int users = 0;
    for (const auto &r : m_emulator->requests())
        users += r.path == u"/v1/user";
    QCOMPARE(users, 2);

    FlipletTargetSpec spec;
    spec.dataSourceId = QStringLiteral("7");
    spec.apiUrl = m_emulator->baseUrl();
    RetrySpec retry;
    retry.attempts = 2;
    retry.initialDelayMs = 1;
    retry.maxDelayMs = 2;
    retry.requestTimeoutMs = 1000;
    FlipletEmulator::Fault slow;
    slow.dripMs = 200;
    m_emulator->queueFault(QStringLiteral("user"), slow);
    m_emulator->clearRequests();
    FlipletDataSource patient(spec, Token, retry, nullptr);
    QVERIFY(patient.open()); // the second attempt gets the answer
    QCOMPARE(m_emulator->requests().size(), 2);
}

void TestFlipletDataSource::getErrorsAdviseForAGet()
{
    // A 413 on a GET has no batch to blame; a 404 on v1/user has no data source to blame.
    auto t = target();
    m_emulator->queueFault(QStringLiteral("data"), {413});
    auto snapshot = t->index(Cols);
    QVERIFY(!snapshot);
    QVERIFY2(!snapshot.error().message.contains(QStringLiteral("batch_bytes")), qPrintable(snapshot.error().message));
    QVERIFY2(snapshot.error().message.contains(QStringLiteral("no body")), qPrintable(snapshot.error().message));

    m_emulator->queueFault(QStringLiteral("user"), {404});
    auto opened = t->open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().field, QStringLiteral("target.api_url"));
    QVERIFY2(!opened.error().message.contains(QStringLiteral("data source 7 was not found")),
             qPrintable(opened.error().message));

    m_emulator->queueFault(QStringLiteral("data"), {404});
    snapshot = t->index(Cols);
    QVERIFY(!snapshot);
    QVERIFY(snapshot.error().message.contains(QStringLiteral("data source 7 was not found")));
}

void TestFlipletDataSource::tokenNeverGoesOverPlainHttp()
{
    // Refused before anything is sent (nothing listens there: a request would fail otherwise).
    FlipletTargetSpec spec;
    spec.dataSourceId = QStringLiteral("7");
    spec.apiUrl = QStringLiteral("http://192.0.2.1:9");
    FlipletDataSource remote(spec, Token, RetrySpec{}, nullptr);
    QVERIFY(!remote.index(Cols));
    auto opened = remote.open();
    QCOMPARE(opened.error().code, ErrorCode::InvalidConfig);
    QVERIFY2(opened.error().message.contains(QStringLiteral("https://")), qPrintable(opened.error().message));
    auto tested = remote.test(nullptr);
    QVERIFY(!tested);
    QCOMPARE(tested.error().code, ErrorCode::InvalidConfig);
    // To this machine it is allowed (tests, a local proxy): the emulator listens on 127.0.0.1.
    QVERIFY(target()->open());
}

void TestFlipletDataSource::dataSourceIdIsAPositiveNumber()
{
    // The id is part of the request's path: anything but a number could point the token elsewhere.
    for (const QString &id : {QStringLiteral("../../v1/user?x="), QStringLiteral("-7"), QStringLiteral("7/../8")}) {
        FlipletTargetSpec spec;
        spec.dataSourceId = id;
        auto t = target(spec);
        auto snapshot = t->index(Cols);
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, ErrorCode::InvalidConfig);
        QCOMPARE(snapshot.error().field, QStringLiteral("target.datasource_id"));
    }
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestFlipletDataSource::keylessCommitOnCancelGetsAMoment()
{
    // Cancel arrives while a commit without key is in flight. Its fate could not be checked later, so it may
    // finish, but only for a moment (here a quarter of the 4 s request limit: 1 s), not for as long as the
    // server likes: an answer held for 3 s comes too late.
    std::atomic_bool cancel{false};
    FlipletTargetSpec spec;
    spec.dataSourceId = QStringLiteral("7");
    spec.apiUrl = m_emulator->baseUrl();
    RetrySpec retry;
    retry.requestTimeoutMs = 4000;
    FlipletDataSource t(spec, Token, retry, &cancel);
    m_emulator->onCommitApplied = [&cancel](int) { cancel.store(true); };
    ExecuteContext context;
    context.cancel = &cancel;

    FlipletEmulator::Fault quick; // answered within the moment: confirmed
    quick.delayMs = 100;
    m_emulator->queueFault(QStringLiteral("commit"), quick);
    Plan p = plan({insert(1, "a")});
    p.keyColumns.clear();
    ExecuteResult result = execute(p, t, context);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.counts.inserted, 1);

    cancel.store(false);
    FlipletEmulator::Fault stalled; // abandoned before its answer, and the message says so
    stalled.delayMs = 3000;
    m_emulator->queueFault(QStringLiteral("commit"), stalled);
    Plan q = plan({insert(2, "b")});
    q.keyColumns.clear();
    result = execute(q, t, context);
    m_emulator->onCommitApplied = nullptr;
    QVERIFY(result.error);
    QCOMPARE(result.error->code, ErrorCode::Cancelled);
    QVERIFY2(result.error->message.contains(QStringLiteral("cannot tell")), qPrintable(result.error->message));
    QCOMPARE(m_emulator->commitCount(), 2);
}

void TestFlipletDataSource::lostCommitIsCheckedAfterAWait()
{
    // A server whose answer was lost may still be applying the commit: Ferry waits (the retry's backoff)
    // before it reads the data source to check, and the check finds the rows.
    FlipletEmulator::Fault lost;
    lost.status = 502;
    lost.applyFirst = true;
    m_emulator->queueFault(QStringLiteral("commit"), lost);
    FlipletTargetSpec spec;
    spec.dataSourceId = QStringLiteral("7");
    spec.apiUrl = m_emulator->baseUrl();
    RetrySpec retry;
    retry.initialDelayMs = 20;
    retry.maxDelayMs = 40;
    FlipletDataSource t(spec, Token, retry, nullptr);
    BatchRecorder events;
    RunTag tag;
    ExecuteResult result;
    {
        EventScope scope(&events, &tag);
        result = execute(plan({insert(1, "a")}), t, ExecuteContext{});
    }
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.counts.inserted, 1);
    QCOMPARE(events.order, (QStringList{QStringLiteral("wait >0"), QStringLiteral("check")}));
    QCOMPARE(m_emulator->commitCount(), 1);
}

void TestFlipletDataSource::batchesFilledAheadKeepThePlansOrder()
{
    // Each batch after the first is filled on another thread while the one before it commits: every write
    // goes out once, in the plan's order, and changes that are no writes are left out.
    std::vector<Step> steps;
    QList<qint64> expectedDeletes;
    QStringList expectedNames;
    for (int i = 0; i < 200; ++i) {
        const QString name = QStringLiteral("n%1").arg(i);
        if (i % 7 == 3) {
            const qint64 id = m_emulator->insertEntry(7, QJsonObject{{"id", i}, {"Name", "old"}});
            steps.push_back(Step{ChangeAction::Delete, {i}, id});
            expectedDeletes.append(id);
        } else if (i % 5 == 1) {
            const qint64 id = m_emulator->insertEntry(7, QJsonObject{{"id", i}, {"Name", "old"}});
            steps.push_back(Step{ChangeAction::Update, {i, name}, id});
            expectedNames.append(name);
        } else {
            steps.push_back(insert(i, name));
            expectedNames.append(name);
        }
    }
    Plan p = plan(steps);
    // Changes that are no writes, in between.
    for (size_t i = 0; i < p.changes.size(); i += 9)
        p.changes.insert(p.changes.begin() + static_cast<std::ptrdiff_t>(i),
                         Change{p.changes[i].sourceRow, -1, ChangeAction::Skip, ChangeReason::AppendNoUpdate, 0});
    FlipletTargetSpec spec;
    spec.batchRows = 3;
    auto t = target(spec);
    BatchRecorder events;
    RunTag tag;
    ExecuteResult result;
    {
        EventScope scope(&events, &tag);
        result = execute(p, *t, ExecuteContext{});
    }
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.counts.inserted + result.counts.updated + result.counts.deleted, qint64(200));
    QCOMPARE(m_emulator->commitCount(), 67);
    QStringList names;
    QList<qint64> deletes;
    for (const QJsonObject &body : m_emulator->commitBodies()) {
        for (const QJsonValue &e : body.value(u"entries").toArray())
            names.append(e.toObject().value(u"data").toObject().value(u"Name").toString());
        for (const QJsonValue &d : body.value(u"delete").toArray())
            deletes.append(d.toInteger());
    }
    QCOMPARE(names, expectedNames);
    QCOMPARE(deletes, expectedDeletes);
    // Each batch's event names its own changes, in order, and together they are the plan's writes.
    std::vector<qint64> reported, writes;
    for (const BatchEvent &e : events.committed)
        reported.insert(reported.end(), e.changes.begin(), e.changes.end());
    for (size_t i = 0; i < p.changes.size(); ++i)
        if (Plan::isWrite(p.changes[i].action))
            writes.push_back(static_cast<qint64>(i));
    QCOMPARE(reported, writes);
}

void TestFlipletDataSource::cancelDropsTheBatchFilledAhead()
{
    // Cancelled while the second commit is in flight (its answer still arrives): the third batch, filled
    // meanwhile, is never sent, and its changes stay not attempted.
    std::atomic_bool cancel{false};
    FlipletTargetSpec spec;
    spec.batchRows = 2;
    spec.dataSourceId = QStringLiteral("7");
    spec.apiUrl = m_emulator->baseUrl();
    FlipletDataSource t(spec, Token, RetrySpec{}, nullptr);
    m_emulator->onCommitApplied = [&cancel](int n) {
        if (n == 2)
            cancel.store(true);
    };
    ExecuteContext context;
    context.cancel = &cancel;
    Plan p = plan({insert(1, "a"), insert(2, "b"), insert(3, "c"), insert(4, "d"), insert(5, "e"), insert(6, "f")});
    ExecuteResult result = execute(p, t, context);
    m_emulator->onCommitApplied = nullptr;
    QVERIFY(result.error);
    QCOMPARE(result.error->code, ErrorCode::Cancelled);
    QCOMPARE(m_emulator->commitCount(), 2);
    QCOMPARE(result.counts.inserted, 4);
    QCOMPARE(result.counts.notAttempted, 2);
    QCOMPARE(m_emulator->entries(7).size(), size_t(4));
}

void TestFlipletDataSource::largeAnswersArriveWhole()
{
    // Answers above 1 MiB leave the emulator a piece at a time as the socket drains: the listing and every
    // commit's answer arrive whole, and the next commit extends the listing it kept.
    const QString padding(400, u'p');
    for (int i = 0; i < 6000; ++i)
        m_emulator->insertEntry(7, QJsonObject{{"id", i}, {"Name", padding + QString::number(i)}});
    auto t = target();
    auto snapshot = t->index(Cols);
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    QCOMPARE(snapshot->rows.size(), 6000);
    QCOMPARE(snapshot->rows.value(5999, 1).toString(), padding + QStringLiteral("5999"));
    for (int round = 0; round < 3; ++round) {
        std::vector<Step> steps;
        for (int i = 0; i < 2000; ++i)
            steps.push_back(insert(10000 * (round + 1) + i, padding));
        ExecuteResult result = execute(plan(steps), *t, ExecuteContext{});
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.counts.inserted, 2000);
    }
    snapshot = t->index(Cols);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->rows.size(), 12000);
    QCOMPARE(m_emulator->entries(7).size(), size_t(12000));
}

QTEST_GUILESS_MAIN(TestFlipletDataSource)
#include "tst_flipletdatasource.moc"
