#include "webhooktarget.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "httpclient.h"
#include "jsonrecords.h"
#include "perchangebatch.h"
#include "webtargethttp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <mutex>

namespace Ferry {

namespace {

class WebhookText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::WebhookTarget)
};

QString eventName(ChangeAction action)
{
    switch (action) {
    case ChangeAction::Insert:
        return QStringLiteral("new");
    case ChangeAction::Update:
        return QStringLiteral("updated");
    case ChangeAction::Delete:
        return QStringLiteral("deleted");
    default:
        return {};
    }
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// --- WebhookBatch ------------------------------------------------------------------------------------------

// Its deliveries go out in parallel (target.concurrency), so it fills its outcomes itself rather than through
// commitInOrder().
class WebhookBatch final : public PerChangeBatch
{
public:
    WebhookBatch(WebhookTarget &target, const Plan &plan)
        : PerChangeBatch(plan, WebhookTarget::BatchChanges), m_target(target)
    {}

    Result<void> commit() override;

private:
    struct Delivery
    {
        QByteArray body;
        QString id;
        QString key;
        QString event;
    };
    Delivery prepare(const Change &c) const;
    // A delivery that got no 2xx answer (m_mutex held).
    void deliveryFailed(const WebTargetHttp::Sent &sent, const Delivery &d, RowOutcome &o);
    void deliver(HttpClient &client, HttpAuth &auth, size_t i);

    WebhookTarget &m_target;
    std::vector<Delivery> m_deliveries;

    std::mutex m_mutex;           // guards what follows
    std::optional<Error> m_fatal; // the service cannot be reached: the batch fails as a whole
    bool m_cancelled = false;
};

WebhookBatch::Delivery WebhookBatch::prepare(const Change &c) const
{
    Delivery d;
    d.key = m_plan.key(c);
    d.event = eventName(c.action);
    const bool removed = c.action == ChangeAction::Delete;
    const quint64 before = m_target.m_rememberedHash.value(d.key, 0);
    const quint64 after = removed ? 0 : m_plan.source->rows.hashRow(c.sourceRow);
    d.id = WebhookTarget::deliveryId(m_target.m_jobId, d.key, c.action, before, after);
    const QByteArray record = removed ? JsonRecords::object(m_plan.target->rows, c.targetRow, m_plan.target->columns)
                                      : JsonRecords::object(m_plan.source->rows, c.sourceRow, m_plan.columns);
    QByteArray &b = d.body;
    b.append("{\"event\":");
    Values::appendJsonString(b, d.event);
    b.append(",\"delivery_id\":");
    Values::appendJsonString(b, d.id);
    b.append(",\"job_id\":");
    Values::appendJsonString(b, m_target.m_jobId);
    b.append(",\"key\":");
    Values::appendJsonString(b, d.key);
    b.append(",\"record\":");
    b.append(record);
    b.append('}');
    return d;
}

void WebhookBatch::deliver(HttpClient &client, HttpAuth &auth, size_t i)
{
    const Delivery &d = m_deliveries[i];
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(m_target.m_spec.url);
    request.body = d.body;
    request.headers = {
        {"Content-Type", "application/json"}, {"X-Ferry-Event", d.event.toUtf8()}, {"X-Ferry-Delivery", d.id.toUtf8()}};
    if (!m_target.m_secret.isEmpty())
        request.headers.append(
            qMakePair(QByteArray("X-Ferry-Signature"), WebhookTarget::signature(d.body, m_target.m_secret)));
    WebTargetHttp::addHeaders(request, m_target.m_spec.headers);
    const QString what = WebhookText::tr("delivery %1 (key %2)").arg(d.id, d.key);
    // Anything but a 2xx is sent again: the receiver deduplicates by delivery id. With credentials (target.auth),
    // a 401 or 403 is not: it is renewed once (OAuth2), then it stops the run.
    const bool credentials = auth.kind() != HttpAuthKind::None;
    const auto sent =
        credentials
            ? WebTargetHttp::sendAuthorized(client, auth, request, what, [](const HttpOutcome &) { return true; })
            : Result<WebTargetHttp::Sent>(
                  WebTargetHttp::send(client, request, what, [](const HttpOutcome &) { return true; }));
    RowOutcome &o = m_outcomes[i];
    if (sent && sent->ok())
        return;
    std::lock_guard lock(m_mutex);
    o.failed = true;
    if (!sent) { // no credentials to send (the token endpoint refused or cannot be reached)
        if (sent.error().code == ErrorCode::Cancelled)
            m_cancelled = true;
        else if (!m_fatal)
            m_fatal = sent.error();
        return;
    }
    if (credentials && !sent->cancelled && WebTargetHttp::refusedAccess(sent->outcome)) {
        if (!m_fatal)
            m_fatal = auth.refused(sent->outcome.response, what);
        return;
    }
    deliveryFailed(*sent, d, o);
}

void WebhookBatch::deliveryFailed(const WebTargetHttp::Sent &sent, const Delivery &d, RowOutcome &o)
{
    if (sent.cancelled) {
        m_cancelled = true;
        o.failed = true;
        return;
    }
    o.failed = true;
    if (sent.outcome.networkError && (!sent.outcome.maybeSent || sent.outcome.redirected)) {
        if (!m_fatal)
            m_fatal = Error{ErrorCode::Connection,
                            WebhookText::tr("the web service cannot be reached (%1) after %n attempt(s); check "
                                            "target.url and that the service runs; the changes not delivered are "
                                            "sent by the next run",
                                            nullptr, sent.attempts)
                                .arg(sent.outcome.errorText),
                            m_target.m_spec.url, QStringLiteral("target.url")};
        return;
    }
    const QString answer =
        sent.outcome.networkError ? sent.outcome.errorText : WebTargetHttp::describeAnswer(sent.outcome.response);
    o.message = WebhookText::tr("the web service did not accept delivery %1 after %n attempt(s) (last: %2); it is "
                                "sent again by the next run",
                                nullptr, sent.attempts)
                    .arg(d.id, answer);
}

Result<void> WebhookBatch::commit()
{
    m_deliveries.clear();
    m_deliveries.reserve(m_changes.size());
    for (const Change *c : m_changes)
        m_deliveries.push_back(prepare(*c));
    m_outcomes.assign(m_changes.size(), RowOutcome{});

    RetrySpec retry = m_target.m_retry;
    retry.attempts = (m_target.m_spec.retries < 0 ? WebhookTarget::DefaultRetries : m_target.m_spec.retries) + 1;
    const int concurrency = std::clamp<int>(m_target.m_spec.concurrency > 0 ? m_target.m_spec.concurrency
                                                                            : WebhookTarget::DefaultConcurrency,
                                            1, int(m_changes.size()));
    std::atomic<size_t> next{0};
    RunObserver *observer = RunEvents::observer();
    const RunTag *tag = RunEvents::tag();
    if (auto r = m_target.connect(); !r)
        return r.error();
    if (m_target.m_auth->kind() == HttpAuthKind::OAuth2) {
        // The access token is fetched here, once: the workers' credentials find it in the token cache.
        HttpRequest probe;
        probe.url = QUrl(m_target.m_spec.url);
        if (auto r = m_target.m_auth->authorize(probe); !r)
            return r.error();
    }
    const auto work = [&](bool own) {
        EventScope scope(observer, tag); // retries and warnings reach the run's log from every worker
        const auto client = m_target.newClient(retry, m_target.m_cancel);
        std::unique_ptr<HttpAuth> mine;
        if (!own) {
            auto made = m_target.newAuth(m_target.m_cancel);
            if (!made) {
                std::lock_guard lock(m_mutex);
                if (!m_fatal)
                    m_fatal = made.error();
                return;
            }
            mine = std::move(*made);
        }
        HttpAuth &auth = own ? *m_target.m_auth : *mine;
        for (size_t i; (i = next++) < m_deliveries.size();) {
            {
                std::lock_guard lock(m_mutex);
                if (m_fatal || m_cancelled)
                    break;
            }
            deliver(*client, auth, i);
        }
    };
    std::vector<std::unique_ptr<QThread>> workers;
    for (int w = 1; w < concurrency; ++w) {
        workers.emplace_back(QThread::create(work, false));
        workers.back()->setObjectName(QStringLiteral("ferry-webhook"));
        workers.back()->start();
    }
    work(true);
    for (auto &w : workers)
        w->wait();

    if (m_cancelled)
        return Error{ErrorCode::Cancelled, WebhookText::tr("cancelled while delivering"), m_target.m_spec.url};
    if (m_fatal)
        return *m_fatal;
    return {};
}

// --- WebhookTarget -----------------------------------------------------------------------------------------

WebhookTarget::WebhookTarget(WebhookTargetSpec spec, QString signingSecret, QString jobId, RetrySpec retry,
                             const std::atomic_bool *cancel, JobSecrets secrets, QString baseDir)
    : m_spec(std::move(spec)), m_secrets(std::move(secrets)), m_baseDir(std::move(baseDir)),
      m_secret(signingSecret.toUtf8()), m_jobId(std::move(jobId)), m_retry(retry), m_cancel(cancel)
{}

WebhookTarget::~WebhookTarget() = default;

Result<void> WebhookTarget::connect()
{
    if (!m_transport) {
        FERRY_TRY(transport, HttpTransport::create(m_spec.transport, m_baseDir, QStringLiteral("target.transport")));
        m_transport = transport;
    }
    if (!m_auth) {
        FERRY_TRY(auth, newAuth(m_cancel));
        m_auth = std::move(auth);
    }
    return {};
}

Result<std::unique_ptr<HttpAuth>> WebhookTarget::newAuth(const std::atomic_bool *cancel) const
{
    return HttpAuth::create(m_spec.auth, QStringLiteral("target.auth"), QUrl(m_spec.url), m_secrets, m_baseDir,
                            m_transport, m_retry, cancel);
}

std::unique_ptr<HttpClient> WebhookTarget::newClient(RetrySpec retry, const std::atomic_bool *cancel) const
{
    auto client = std::make_unique<HttpClient>(m_transport->retry(retry), cancel);
    m_transport->configure(*client);
    return client;
}

QString WebhookTarget::describe() const
{
    return WebhookText::tr("webhook %1").arg(QUrl(m_spec.url).toDisplayString(QUrl::RemoveUserInfo));
}

Capabilities WebhookTarget::capabilities() const
{
    return Capability::PerRowCrud | Capability::Delete | Capability::FreeColumns;
}

QString WebhookTarget::memoryScope() const
{
    return QStringLiteral("webhook:") + m_spec.url;
}

QByteArray WebhookTarget::signature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QString WebhookTarget::deliveryId(const QString &jobId, const QString &key, ChangeAction action, quint64 before,
                                  quint64 after)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(jobId.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(key.toUtf8());
    h.addData(QStringLiteral("\n%1\n%2\n%3").arg(int(action)).arg(before).arg(after).toUtf8());
    return QUuid::fromRfc4122(h.result().left(16)).toString(QUuid::WithoutBraces);
}

Result<void> WebhookTarget::open()
{
    const QUrl url(m_spec.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     WebhookText::tr("'%1' is not an http:// or https:// address: set target.url to the address "
                                     "that receives the changes")
                         .arg(m_spec.url),
                     {},
                     QStringLiteral("target.url")};
    return connect();
}

Result<ConnectionInfo> WebhookTarget::test(const std::atomic_bool *cancel)
{
    if (auto r = open(); !r)
        return r.error();
    RetrySpec once = m_retry;
    once.attempts = 1;
    once.requestTimeoutMs = std::min(once.requestTimeoutMs, 30000);
    const std::atomic_bool *flag = cancel ? cancel : m_cancel;
    const auto client = newClient(once, flag);
    m_auth->setCancelFlag(flag);
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(m_spec.url);
    QByteArray &b = request.body;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    b.append("{\"event\":\"ping\",\"delivery_id\":");
    Values::appendJsonString(b, id);
    b.append(",\"job_id\":");
    Values::appendJsonString(b, m_jobId);
    b.append('}');
    request.headers = {
        {"Content-Type", "application/json"}, {"X-Ferry-Event", "ping"}, {"X-Ferry-Delivery", id.toUtf8()}};
    if (!m_secret.isEmpty())
        request.headers.append(qMakePair(QByteArray("X-Ferry-Signature"), signature(request.body, m_secret)));
    WebTargetHttp::addHeaders(request, m_spec.headers);
    FERRY_TRY(sent, WebTargetHttp::sendAuthorized(*client, *m_auth, request, WebhookText::tr("the ping"),
                                                  [](const HttpOutcome &) { return false; }));
    const HttpOutcome &o = sent.outcome;
    if (client->cancelled())
        return Error{ErrorCode::Cancelled, WebhookText::tr("cancelled"), m_spec.url};
    if (o.networkError)
        return Error{ErrorCode::Connection,
                     WebhookText::tr("the web service cannot be reached: %1; check the address and that the "
                                     "service runs")
                         .arg(o.errorText),
                     m_spec.url, QStringLiteral("target.url")};
    const int status = o.response.status;
    if ((status == 401 || status == 403) && m_auth->kind() != HttpAuthKind::None)
        return m_auth->refused(o.response, WebhookText::tr("the ping"));
    if (status == 401 || status == 403)
        return Error{ErrorCode::Auth,
                     WebhookText::tr("the web service refused Ferry's ping (%1): check the signing secret and the "
                                     "headers the service expects")
                         .arg(WebTargetHttp::describeAnswer(o.response)),
                     m_spec.url,
                     m_secret.isEmpty() ? QStringLiteral("target.headers") : QStringLiteral("target.signing_secret")};
    if (status < 200 || status > 299)
        return Error{ErrorCode::Server,
                     WebhookText::tr("the web service answered Ferry's ping with %1; it must answer 2xx to the "
                                     "ping event (docs/connectors.md, Webhook target)")
                         .arg(WebTargetHttp::describeAnswer(o.response)),
                     m_spec.url, QStringLiteral("target.url")};
    ConnectionInfo info;
    info.summary = WebhookText::tr("the web service answered the ping with HTTP %1").arg(status);
    info.server = QUrl(m_spec.url).host();
    info.object = QUrl(m_spec.url).toDisplayString(QUrl::RemoveUserInfo);
    info.rowCount = m_memory.size();
    if (!m_memory.isEmpty())
        info.notes.append(WebhookText::tr("%n record(s) delivered by earlier runs", nullptr, int(m_memory.size())));
    return info;
}

Result<SchemaInfo> WebhookTarget::discover(const std::atomic_bool *)
{
    QList<QJsonObject> objects;
    for (const RememberedRecord &r : m_memory.records())
        objects.push_back(parseObject(r.values));
    return SchemaInfo::oneTable(QUrl(m_spec.url).toDisplayString(QUrl::RemoveUserInfo),
                                JsonRecords::columnsOf(objects));
}

Result<RecordSet> WebhookTarget::sample(qsizetype n, const std::atomic_bool *)
{
    QList<QJsonObject> objects;
    for (auto it = m_memory.records().rbegin(); it != m_memory.records().rend() && qsizetype(objects.size()) < n; ++it)
        objects.push_back(parseObject(it->values));
    RecordSet out;
    out.columns = JsonRecords::columnsOf(objects);
    out.rows = RowSet(int(out.columns.size()));
    for (const QJsonObject &o : objects)
        JsonRecords::appendRow(out.rows, o, out.columns);
    return out;
}

Result<TargetSnapshot> WebhookTarget::index(const QStringList &columns)
{
    TargetSnapshot s;
    s.columns = columns;
    s.rows = RowSet(int(columns.size()));
    m_rememberedHash.clear();
    for (const RememberedRecord &r : m_memory.records()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.values);
        if (!doc.isObject()) // damaged memory: the record is sent again, which the receiver deduplicates
            continue;
        JsonRecords::appendRow(s.rows, doc.object(), columns);
        s.ids.push_back(s.idTexts.size());
        s.idTexts.append(r.remoteId);
        m_rememberedHash.insert(r.key, r.hash);
    }
    return s;
}

std::unique_ptr<TargetBatch> WebhookTarget::newBatch(const Plan &plan)
{
    return std::make_unique<WebhookBatch>(*this, plan);
}

} // namespace Ferry
