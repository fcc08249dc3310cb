// End-to-end: the real ferry-cli binary from a SQLite source to the web targets. REST against the real
// json-server (inserts, patches and deletes in replace mode over several pages, convergence, the service down,
// a malformed list, a record deleted remotely between plan and apply); webhook against a receiver that
// checks signatures, deduplicates deliveries and fails on demand (each change processed once, a change
// refused past its retries reported failed and delivered by the next run, convergence). Credentials
// (target.auth): a webhook receiver that requires a bearer token or OAuth2 access tokens, and the REST target
// listing an API that requires them.
#include "clitestcase.h"
#include "jsonserver.h"
#include "oauthtokenserver.h"
#include "pagedjsonapi.h"
#include "webhookreceiver.h"

#include "connectors/httpauth.h"
#include "connectors/resttarget.h"
#include "job/jobfile.h"
#include "run/preparedrun.h"
#include "store/statestore.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Ferry;
using namespace Ferry::Testing;

namespace {

const QByteArray Secret = "webhook-signing-secret-for-tests";

QMap<int, QJsonObject> byCode(const QJsonArray &records)
{
    QMap<int, QJsonObject> out;
    for (const QJsonValue &v : records)
        out.insert(v.toObject().value(u"code").toInt(), v.toObject());
    return out;
}

} // namespace

class TestWebTargets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restInsertPatchDeleteConverges();
    void restServiceDown();
    void restMalformedList();
    void restRecordDeletedBeforePatch();
    void webhookDeliversEachChangeOnce();
    void webhookWrongSecretAndUnreachable();
    void webhookBearerToken();
    void webhookOAuth2ClientCredentials();
    void restTargetAuthorizesEveryRequest();

private:
    QString restJob(const QString &baseUrl, const QString &listPath = QStringLiteral("/contacts"),
                    const QString &mode = QStringLiteral("replace"))
    {
        return writeJob(QStringLiteral("target:\n"
                                       "  type: rest\n"
                                       "  base_url: %1\n"
                                       "  list_path: %2\n"
                                       "  page_size: 2\n")
                            .arg(baseUrl, listPath),
                        mode);
    }
    QString webhookJob(const QString &url, const QString &extra = {})
    {
        return writeJob(QStringLiteral("target:\n"
                                       "  type: webhook\n"
                                       "  url: %1\n"
                                       "  signing_secret: {secret: env:FERRY_WEBHOOK_SECRET}\n"
                                       "  headers: {X-Receiver-Tenant: tests}\n"
                                       "%2")
                            .arg(url, extra),
                        QStringLiteral("replace"));
    }
    QString writeJob(const QString &target, const QString &mode)
    {
        const QString path = m_dir->filePath(QStringLiteral("web-job.yml"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: web\n"
                               "name: Web users\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: sqlite\n"
                               "  path: users.sqlite\n"
                               "  query: SELECT id AS code, email, full_name AS name FROM users\n"
                               "%1"
                               "sync:\n"
                               "  mode: %2\n"
                               "  key: code\n"
                               "  delete_safeguard: {max_share: 1}\n"
                               "retry: {attempts: 3, initial_delay_ms: 10, max_delay_ms: 40, request_timeout_ms: "
                               "1000}\n")
                    .arg(target, mode)
                    .toUtf8());
        return path;
    }
    QStringList runArgs(const QString &job) const
    {
        return {QStringLiteral("run"), job, QStringLiteral("--json"), QStringLiteral("--state"),
                m_dir->filePath(QStringLiteral("state"))};
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        e.insert(QStringLiteral("FERRY_WEBHOOK_SECRET"), QString::fromLatin1(Secret));
        e.insert(QStringLiteral("FERRY_HOOK_TOKEN"), QStringLiteral("hook-token-0042"));
        e.insert(QStringLiteral("FERRY_HOOK_CLIENT_SECRET"), QStringLiteral("hook-client-secret"));
        return e;
    }
    static QString counts(const QJsonObject &j)
    {
        return QStringLiteral("i%1 u%2 d%3 f%4")
            .arg(j.value(u"inserted").toInt())
            .arg(j.value(u"updated").toInt())
            .arg(j.value(u"deleted").toInt())
            .arg(j.value(u"failed").toInt());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SourceDb> m_db;
};

void TestWebTargets::initTestCase()
{
    FERRY_REQUIRE_JSON_SERVER();
}

void TestWebTargets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SourceDb>(m_dir->filePath(QStringLiteral("users.sqlite")));
}

void TestWebTargets::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestWebTargets::restInsertPatchDeleteConverges()
{
    JsonServer server;
    // One record the source does not have: replace mode deletes it.
    QVERIFY(server.start(m_dir->filePath(QStringLiteral("db.json")),
                         QJsonObject{{QStringLiteral("contacts"),
                                      QJsonArray{QJsonObject{{QStringLiteral("id"), 100},
                                                             {QStringLiteral("code"), 999},
                                                             {QStringLiteral("email"), QStringLiteral("old@x")}}}}}));
    m_db->addUsers(1, 5);
    const QString job = restJob(server.url());

    CliResult first = runCli(runArgs(job), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(counts(first.json()), QStringLiteral("i5 u0 d1 f0"));
    QMap<int, QJsonObject> held = byCode(server.collection(QStringLiteral("contacts")));
    QCOMPARE(held.keys(), (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(held[3].value(u"email").toString(), QStringLiteral("user3@example.invalid"));
    QCOMPARE(held[3].value(u"name").toString(), QStringLiteral("User 3"));
    const QJsonValue firstId2 = held[2].value(u"id");

    // Ferry remembers each key's id at the service.
    {
        auto store = StateStore::open(m_dir->filePath(QStringLiteral("state")));
        QVERIFY(store);
        auto memory = (*store)->remembered(QStringLiteral("web"), QStringLiteral("rest:%1/contacts").arg(server.url()));
        QVERIFY(memory);
        QCOMPARE(memory->size(), size_t(5));
        for (const RememberedRecord &r : *memory)
            QCOMPARE(r.remoteId, QString::number(held[r.key.toInt()].value(u"id").toInt()));
    }

    // Unchanged: nothing sent (five records over three pages of two).
    CliResult again = runCli(runArgs(job), env());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(counts(again.json()), QStringLiteral("i0 u0 d0 f0"));
    QCOMPARE(again.json().value(u"unchanged").toInt(), 5);

    // A changed row is patched, a removed one deleted, a new one inserted.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE users SET email = 'changed@example.invalid' WHERE id = 2")));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM users WHERE id = 5")));
    m_db->addUsers(6, 6);
    CliResult changed = runCli(runArgs(job), env());
    QVERIFY2(changed.exitCode == 0, changed.out + changed.err);
    QCOMPARE(counts(changed.json()), QStringLiteral("i1 u1 d1 f0"));
    held = byCode(server.collection(QStringLiteral("contacts")));
    QCOMPARE(held.keys(), (QList<int>{1, 2, 3, 4, 6}));
    QCOMPARE(held[2].value(u"email").toString(), QStringLiteral("changed@example.invalid"));
    QCOMPARE(held[2].value(u"id"), firstId2); // patched in place, not replaced

    CliResult converged = runCli(runArgs(job), env());
    QCOMPARE(converged.exitCode, 0);
    QCOMPARE(counts(converged.json()), QStringLiteral("i0 u0 d0 f0"));
}

void TestWebTargets::restServiceDown()
{
    QTcpServer closed; // a port nothing listens on
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_db->addUsers(1, 3);
    CliResult r = runCli(runArgs(restJob(QStringLiteral("http://127.0.0.1:%1").arg(port))), env());
    QCOMPARE(r.exitCode, 2);
    const QJsonObject error = r.json().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("connection"));
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.base_url"));
    QVERIFY2(error.value(u"message").toString().contains(QStringLiteral("cannot be reached")),
             qPrintable(error.value(u"message").toString()));
    QCOMPARE(counts(r.json()), QStringLiteral("i0 u0 d0 f0"));
}

void TestWebTargets::restMalformedList()
{
    JsonServer server;
    // /profile is a single object in json-server, not a list; /wrapped holds its records inside "data".
    QVERIFY(server.start(
        m_dir->filePath(QStringLiteral("db.json")),
        QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}},
                    {QStringLiteral("contacts"), QJsonArray{}}}));
    m_db->addUsers(1, 3);
    CliResult r = runCli(runArgs(restJob(server.url(), QStringLiteral("/profile"))), env());
    QCOMPARE(r.exitCode, 2);
    QJsonObject error = r.json().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("server"));
    QVERIFY2(error.value(u"message").toString().contains(QStringLiteral("not a JSON array")),
             qPrintable(error.value(u"message").toString()));
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.envelope"));
    QCOMPARE(server.collection(QStringLiteral("contacts")).size(), 0); // nothing written anywhere

    // A list path that does not exist: 404, named.
    r = runCli(runArgs(restJob(server.url(), QStringLiteral("/nowhere"))), env());
    QCOMPARE(r.exitCode, 2);
    error = r.json().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("not-found"));
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.list_path"));
}

void TestWebTargets::restRecordDeletedBeforePatch()
{
    JsonServer server;
    QVERIFY(server.start(m_dir->filePath(QStringLiteral("db.json")),
                         QJsonObject{{QStringLiteral("contacts"), QJsonArray{}}}));
    m_db->addUsers(1, 3);
    const QString job = restJob(server.url(), QStringLiteral("/contacts"), QStringLiteral("update"));
    QCOMPARE(runCli(runArgs(job), env()).exitCode, 0);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE users SET email = 'new' || id || '@example.invalid'")));

    // Planned (three patches), then record 2 is deleted at the service before the plan is applied.
    auto loaded = loadJobFile(job);
    QVERIFY(loaded);
    RunOptions options;
    options.stateDir = m_dir->filePath(QStringLiteral("state"));
    auto prepared = PreparedRun::prepare(loaded->job, options);
    QVERIFY(prepared->plan());
    QCOMPARE(prepared->plan()->counts.updated, 3);
    const int remoteId = byCode(server.collection(QStringLiteral("contacts")))[2].value(u"id").toInt();
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            nam.deleteResource(QNetworkRequest(QUrl(QStringLiteral("%1/contacts/%2").arg(server.url()).arg(remoteId))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    ApplyOptions apply;
    apply.verifyTarget = false; // as a run straight after its plan: the service changed in between all the same
    const RunReport report = prepared->apply(apply);
    QCOMPARE(report.status, RunStatus::RowErrors);
    QCOMPARE(report.counts.updated, 2);
    QCOMPARE(report.counts.failed, 1);
    QVERIFY(!report.error);
    auto store = StateStore::open(options.stateDir);
    QVERIFY(store);
    auto failures = (*store)->failures(report.runId);
    QVERIFY(failures);
    QCOMPARE(failures->size(), size_t(1));
    QCOMPARE(failures->front().key, QStringLiteral("2"));
    QVERIFY2(failures->front().reason.contains(QStringLiteral("HTTP 404")), qPrintable(failures->front().reason));
    QVERIFY(failures->front().reason.contains(QStringLiteral("deleted there")));
    prepared.reset();
    store->reset();

    // Nothing lost: the next run inserts it again, and then everything is as the source says.
    CliResult next = runCli(runArgs(job), env());
    QVERIFY2(next.exitCode == 0, next.out + next.err);
    QCOMPARE(counts(next.json()), QStringLiteral("i1 u0 d0 f0"));
    const QMap<int, QJsonObject> held = byCode(server.collection(QStringLiteral("contacts")));
    QCOMPARE(held.keys(), (QList<int>{1, 2, 3}));
    for (int code : held.keys())
        QCOMPARE(held[code].value(u"email").toString(), QStringLiteral("new%1@example.invalid").arg(code));
}

void TestWebTargets::webhookDeliversEachChangeOnce()
{
    WebhookReceiver receiver(Secret);
    QVERIFY(receiver.start());
    m_db->addUsers(1, 6);
    // Failures on demand: two 500s, a 429 asking for a one-second pause, an answer slower than the client
    // waits (processed, then sent again: a duplicate), and key 3 refused eleven times (the first attempt and
    // ten retries, the default).
    receiver.queueFault({500});
    receiver.queueFault({429, 1});
    receiver.queueFault({500});
    receiver.queueFault({0, -1, 1500});
    receiver.refuseKey(QStringLiteral("3"), 11);
    const QString job = webhookJob(receiver.url());

    CliResult first = runCli(runArgs(job), env());
    QVERIFY2(first.exitCode == 1, first.out + first.err); // row errors
    QCOMPARE(counts(first.json()), QStringLiteral("i5 u0 d0 f1"));
    QCOMPARE(first.json().value(u"status").toString(), QStringLiteral("row-errors"));
    QCOMPARE(receiver.processed().size(), 5);
    QVERIFY(receiver.duplicates() >= 1); // the slow answer's delivery came again, and was not processed twice
    QCOMPARE(receiver.badSignatures(), 0);
    QString refusedId;
    for (auto it = receiver.attempts().cbegin(); it != receiver.attempts().cend(); ++it)
        if (it.value() == 11)
            refusedId = it.key();
    QVERIFY2(!refusedId.isEmpty(), "key 3's delivery was not tried 11 times");
    QSet<QString> keys;
    for (const auto &d : receiver.processed()) {
        QCOMPARE(d.event, QStringLiteral("new"));
        QCOMPARE(d.jobId, QStringLiteral("web"));
        QCOMPARE(d.record.value(u"email").toString(), QStringLiteral("user%1@example.invalid").arg(d.key));
        keys.insert(d.key);
    }
    QCOMPARE(keys, (QSet<QString>{"1", "2", "4", "5", "6"}));
    // The failed row is in the run's history, with the service's answer.
    {
        auto store = StateStore::open(m_dir->filePath(QStringLiteral("state")));
        QVERIFY(store);
        auto failures = (*store)->failures(first.json().value(u"run_id").toInteger());
        QVERIFY(failures);
        QCOMPARE(failures->size(), size_t(1));
        QCOMPARE(failures->front().key, QStringLiteral("3"));
        QVERIFY2(failures->front().reason.contains(QStringLiteral("HTTP 422")), qPrintable(failures->front().reason));
        // What was delivered is remembered (the webhook's index), the failed change is not.
        auto memory = (*store)->remembered(QStringLiteral("web"), QStringLiteral("webhook:") + receiver.url());
        QVERIFY(memory);
        QCOMPARE(memory->size(), size_t(5));
    }

    // The next run delivers key 3, with the same delivery id as before.
    CliResult second = runCli(runArgs(job), env());
    QVERIFY2(second.exitCode == 0, second.out + second.err);
    QCOMPARE(counts(second.json()), QStringLiteral("i1 u0 d0 f0"));
    QCOMPARE(receiver.processed().size(), 6);
    QCOMPARE(receiver.processed().last().key, QStringLiteral("3"));
    QCOMPARE(receiver.processed().last().id, refusedId);

    // Converged: nothing is sent at all.
    const int requests = receiver.requests();
    CliResult third = runCli(runArgs(job), env());
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(counts(third.json()), QStringLiteral("i0 u0 d0 f0"));
    QCOMPARE(receiver.requests(), requests);

    // An update and a delete (replace mode): "updated" with the new record, "deleted" with the last one sent.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE users SET full_name = 'Renamed' WHERE id = 2")));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM users WHERE id = 5")));
    CliResult changed = runCli(runArgs(job), env());
    QVERIFY2(changed.exitCode == 0, changed.out + changed.err);
    QCOMPARE(counts(changed.json()), QStringLiteral("i0 u1 d1 f0"));
    QCOMPARE(receiver.processed().size(), 8);
    // Delivered concurrently: in either order.
    const bool inOrder = receiver.processed().at(6).event == u"updated";
    const auto updated = receiver.processed().at(inOrder ? 6 : 7);
    const auto deleted = receiver.processed().at(inOrder ? 7 : 6);
    QCOMPARE(updated.event, QStringLiteral("updated"));
    QCOMPARE(updated.key, QStringLiteral("2"));
    QCOMPARE(updated.record.value(u"name").toString(), QStringLiteral("Renamed"));
    QCOMPARE(deleted.event, QStringLiteral("deleted"));
    QCOMPARE(deleted.key, QStringLiteral("5"));
    QCOMPARE(deleted.record.value(u"email").toString(), QStringLiteral("user5@example.invalid"));

    const int before = receiver.requests();
    CliResult last = runCli(runArgs(job), env());
    QCOMPARE(last.exitCode, 0);
    QCOMPARE(counts(last.json()), QStringLiteral("i0 u0 d0 f0"));
    QCOMPARE(receiver.requests(), before);
    QCOMPARE(receiver.processed().size(), receiver.attempts().size()); // every delivery id processed once
}

void TestWebTargets::webhookWrongSecretAndUnreachable()
{
    WebhookReceiver receiver("another secret");
    QVERIFY(receiver.start());
    m_db->addUsers(1, 2);
    CliResult refused = runCli(runArgs(webhookJob(receiver.url(), QStringLiteral("  retries: 1\n"))), env());
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(counts(refused.json()), QStringLiteral("i0 u0 d0 f2"));
    QCOMPARE(receiver.badSignatures(), 4); // two deliveries, each tried twice
    QCOMPARE(receiver.processed().size(), 0);

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    CliResult down = runCli(
        runArgs(webhookJob(QStringLiteral("http://127.0.0.1:%1/hook").arg(port), QStringLiteral("  retries: 2\n"))),
        env());
    QCOMPARE(down.exitCode, 2);
    const QJsonObject error = down.json().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("connection"));
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.url"));
    QVERIFY2(error.value(u"message").toString().contains(QStringLiteral("cannot be reached")),
             qPrintable(error.value(u"message").toString()));
}

void TestWebTargets::webhookBearerToken()
{
    WebhookReceiver receiver(Secret);
    receiver.requireAuthorization("Bearer hook-token-0042");
    QVERIFY(receiver.start());
    m_db->addUsers(1, 6);
    const QString job =
        webhookJob(receiver.url(), QStringLiteral("  auth: {type: bearer, token: {secret: env:FERRY_HOOK_TOKEN}}\n"));
    CliResult first = runCli(runArgs(job), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(counts(first.json()), QStringLiteral("i6 u0 d0 f0"));
    QCOMPARE(receiver.processed().size(), 6);
    QCOMPARE(receiver.unauthorized(), 0);
    QCOMPARE(receiver.badSignatures(), 0); // the signature is still there, beside the token
    QCOMPARE(receiver.authorizations().size(), 6);
    for (const QByteArray &a : receiver.authorizations()) // from every concurrent worker
        QCOMPARE(a, QByteArray("Bearer hook-token-0042"));

    // A wrong token: refused, not retried, and the run stops naming the field to fix.
    m_db->addUsers(7, 8);
    QProcessEnvironment wrong = env();
    wrong.insert(QStringLiteral("FERRY_HOOK_TOKEN"), QStringLiteral("not-the-token-77"));
    const int before = receiver.requests();
    CliResult refused = runCli(runArgs(job), wrong);
    QCOMPARE(refused.exitCode, 2);
    const QJsonObject error = refused.json().value(u"error").toObject();
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.auth.token"));
    QVERIFY2(error.value(u"message").toString().contains(QStringLiteral("HTTP 401")),
             qPrintable(error.value(u"message").toString()));
    QVERIFY2(refused.err.contains("target.auth.token"), refused.err.constData());
    QVERIFY(!refused.err.contains("not-the-token-77") && !refused.out.contains("not-the-token-77"));
    QCOMPARE(receiver.processed().size(), 6);
    QVERIFY(receiver.unauthorized() >= 1);
    QVERIFY2(receiver.requests() - before <= 2, "a refused delivery was sent again"); // one per worker at most

    // The right token again: the two changes are delivered.
    CliResult next = runCli(runArgs(job), env());
    QVERIFY2(next.exitCode == 0, next.out + next.err);
    QCOMPARE(counts(next.json()), QStringLiteral("i2 u0 d0 f0"));
    QCOMPARE(receiver.processed().size(), 8);
}

void TestWebTargets::webhookOAuth2ClientCredentials()
{
    OAuthTokenServer tokens;
    tokens.addClient(QStringLiteral("ferry-hooks"), QStringLiteral("hook-client-secret"));
    QVERIFY(tokens.start());
    WebhookReceiver receiver(Secret);
    receiver.setAuthorizationCheck([&tokens](const QByteArray &authorization) {
        return authorization.startsWith("Bearer ") && tokens.isValid(QString::fromUtf8(authorization.mid(7)));
    });
    QVERIFY(receiver.start());
    const auto job = [&](const QString &extra) {
        return webhookJob(receiver.url(), QStringLiteral("  auth:\n"
                                                         "    type: oauth2\n"
                                                         "    token_url: %1\n"
                                                         "    client_id: ferry-hooks\n"
                                                         "    client_secret: {secret: env:FERRY_HOOK_CLIENT_SECRET}\n"
                                                         "%2")
                                              .arg(tokens.tokenUrl(), extra));
    };

    // Four deliveries at once, one token: fetched once for the run, shared by every worker.
    m_db->addUsers(1, 8);
    CliResult first = runCli(runArgs(job({})), env());
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(counts(first.json()), QStringLiteral("i8 u0 d0 f0"));
    QCOMPARE(receiver.processed().size(), 8);
    QCOMPARE(receiver.unauthorized(), 0);
    QCOMPARE(tokens.grants().size(), 1);
    QCOMPARE(tokens.grants().first().grantType, QStringLiteral("client_credentials"));
    QCOMPARE(tokens.grants().first().clientId, QStringLiteral("ferry-hooks"));

    // Tokens that live a second, and a first answer that takes 0.9 s: the next delivery needs a new token,
    // fetched before the old one expires (no 401 on the way).
    tokens.setExpiresIn(1);
    receiver.queueFault({0, -1, 900});
    m_db->addUsers(9, 11);
    CliResult renewed = runCli(runArgs(job(QStringLiteral("  concurrency: 1\n"))), env());
    QVERIFY2(renewed.exitCode == 0, renewed.out + renewed.err);
    QCOMPARE(counts(renewed.json()), QStringLiteral("i3 u0 d0 f0"));
    QCOMPARE(receiver.processed().size(), 11);
    QCOMPARE(receiver.unauthorized(), 0);
    QCOMPARE(tokens.grants().size(), 3); // this run's first token and its renewal

    // Access revoked at the server: the 401 brings a new token, and the delivery is sent once more.
    tokens.setExpiresIn(3600);
    m_db->addUsers(12, 12);
    const int requestsBefore = receiver.requests();
    receiver.setAuthorizationCheck([&tokens, &receiver, requestsBefore](const QByteArray &authorization) {
        if (receiver.requests() == requestsBefore + 1)
            tokens.revokeAccessTokens(); // the run's first delivery arrives with a token revoked just now
        return authorization.startsWith("Bearer ") && tokens.isValid(QString::fromUtf8(authorization.mid(7)));
    });
    CliResult revoked = runCli(runArgs(job({})), env());
    QVERIFY2(revoked.exitCode == 0, revoked.out + revoked.err);
    QCOMPARE(counts(revoked.json()), QStringLiteral("i1 u0 d0 f0"));
    QCOMPARE(receiver.unauthorized(), 1);
    QCOMPARE(receiver.requests(), requestsBefore + 2);
    QCOMPARE(tokens.grants().size(), 5);

    // A wrong client secret: the token endpoint refuses it and the run stops before anything is delivered.
    m_db->addUsers(13, 13);
    QProcessEnvironment wrong = env();
    wrong.insert(QStringLiteral("FERRY_HOOK_CLIENT_SECRET"), QStringLiteral("not-the-secret-42"));
    const int delivered = receiver.requests();
    CliResult refused = runCli(runArgs(job({})), wrong);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("target.auth.client_secret"), refused.err.constData());
    QVERIFY(!refused.err.contains("not-the-secret-42") && !refused.out.contains("not-the-secret-42"));
    QCOMPARE(receiver.requests(), delivered);
}

void TestWebTargets::restTargetAuthorizesEveryRequest()
{
    // The REST target lists an API that wants OAuth2 tokens; the tokens are revoked after the first page, so the
    // second page's 401 brings a new token and the page is read again.
    HttpAuth::clearTokenCache();
    OAuthTokenServer tokens;
    tokens.addClient(QStringLiteral("ferry-rest"), QStringLiteral("rest-client-secret"));
    QVERIFY(tokens.start());
    PagedJsonApi api(25);
    api.requireOAuth(&tokens);
    api.revokeTokensAfterPage(1);
    QVERIFY(api.start());
    RestTargetSpec spec;
    spec.baseUrl = api.baseUrl();
    spec.listPath = QStringLiteral("/page");
    spec.envelope = QStringLiteral("data");
    spec.pageParam = QStringLiteral("page");
    spec.limitParam = QStringLiteral("per_page");
    spec.pageSize = 10;
    spec.auth.kind = HttpAuthKind::OAuth2;
    spec.auth.tokenUrl = tokens.tokenUrl();
    spec.auth.clientId = QStringLiteral("ferry-rest");
    spec.auth.clientSecret = SecretRef{QStringLiteral("env:REST_SECRET"), {}};
    RetrySpec retry;
    retry.attempts = 2;
    retry.initialDelayMs = 10;
    JobSecrets secrets;
    secrets.values.insert(QStringLiteral("target.auth.client_secret"), QStringLiteral("rest-client-secret"));
    {
        RestTarget target(spec, retry, nullptr, secrets, m_dir->path());
        QVERIFY(target.open());
        auto listed = target.index({QStringLiteral("id"), QStringLiteral("name")});
        QVERIFY2(listed, listed ? "" : qPrintable(listed.error().toString()));
        QCOMPARE(listed->idTexts.size(), 25);
        QCOMPARE(tokens.grants().size(), 2);
        QCOMPARE(api.unauthorized(), 1);
        for (const PagedJsonApi::Request &r : api.requests())
            QVERIFY2(r.authorization.startsWith("Bearer "), r.authorization.constData());
    }

    // A bearer token the API does not take: the error names target.auth.token.
    PagedJsonApi bearer(5);
    bearer.requireBearer(QStringLiteral("rest-token-1"));
    QVERIFY(bearer.start());
    spec.baseUrl = bearer.baseUrl();
    spec.auth = HttpAuthSpec{};
    spec.auth.kind = HttpAuthKind::Bearer;
    spec.auth.token = SecretRef{QStringLiteral("env:REST_TOKEN"), {}};
    JobSecrets wrong;
    wrong.values.insert(QStringLiteral("target.auth.token"), QStringLiteral("rest-token-2"));
    RestTarget refused(spec, retry, nullptr, wrong, m_dir->path());
    const auto tested = refused.test(nullptr);
    QVERIFY(!tested);
    QCOMPARE(tested.error().code, ErrorCode::Auth);
    QCOMPARE(tested.error().field, QStringLiteral("target.auth.token"));
    QCOMPARE(bearer.unauthorized(), 1); // refused once, not retried
    JobSecrets right;
    right.values.insert(QStringLiteral("target.auth.token"), QStringLiteral("rest-token-1"));
    RestTarget accepted(spec, retry, nullptr, right, m_dir->path());
    const auto ok = accepted.test(nullptr);
    QVERIFY2(ok, ok ? "" : qPrintable(ok.error().toString()));
    QCOMPARE(bearer.requests().last().authorization, QByteArray("Bearer rest-token-1"));
}

QTEST_GUILESS_MAIN(TestWebTargets)
#include "tst_webtargets.moc"
