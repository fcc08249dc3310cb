#include "resttarget.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "core/values.h"
#include "jsonrecords.h"
#include "perchangebatch.h"
#include "webtargethttp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Ferry {

namespace {

class RestText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::RestTarget)
};

constexpr int MaxPages = 1000000;

// Link: <https://api/contacts?_page=2>; rel="next", <…>; rel="last"
QUrl nextLink(const QByteArray &header, const QUrl &base)
{
    static const QRegularExpression part(QStringLiteral(R"(<([^>]*)>\s*((?:;[^,]*)*))"));
    auto it = part.globalMatch(QString::fromUtf8(header));
    while (it.hasNext()) {
        const auto m = it.next();
        static const QRegularExpression next(QStringLiteral(R"(rel\s*=\s*"?([^";]*\s)?next[\s"]?)"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (next.match(m.captured(2)).hasMatch())
            return base.resolved(QUrl(m.captured(1)));
    }
    return {};
}

} // namespace

// --- RestBatch ---------------------------------------------------------------------------------------------

class RestBatch final : public PerChangeBatch
{
public:
    RestBatch(RestTarget &target, const Plan &plan) : PerChangeBatch(plan, RestTarget::BatchChanges), m_target(target)
    {}

    Result<void> commit() override
    {
        return commitInOrder(m_target.m_down, [this](const Change &c, RowOutcome &o) { return write(c, o); });
    }

private:
    // Writes one change; an error is one that stops the batch (the service is gone, access refused).
    Result<void> write(const Change &c, RowOutcome &o);

    RestTarget &m_target;
};

Result<void> RestBatch::write(const Change &c, RowOutcome &o)
{
    HttpClient &client = *m_target.m_client;
    QUrl url;
    QByteArray method;
    QString id;
    switch (c.action) {
    case ChangeAction::Insert:
        method = "POST";
        url = m_target.listUrl();
        break;
    case ChangeAction::Update:
        method = m_target.m_spec.updateMethod.compare(u"PUT", Qt::CaseInsensitive) == 0 ? "PUT" : "PATCH";
        id = m_plan.remoteIdText(c);
        url = m_target.itemUrl(id);
        break;
    case ChangeAction::Delete:
        method = "DELETE";
        id = m_plan.remoteIdText(c);
        url = m_target.itemUrl(id);
        break;
    default:
        return {};
    }
    HttpRequest request = m_target.request(method, url);
    if (c.action != ChangeAction::Delete) {
        request.body = m_target.wrap(JsonRecords::object(m_plan.source->rows, c.sourceRow, m_plan.columns));
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    const bool insert = c.action == ChangeAction::Insert;
    request.idempotent = !insert;
    const QString key = m_plan.key(c);
    const QString what = insert ? RestText::tr("insert of key %1").arg(key)
                                : RestText::tr("%1 of record %2 (key %3)").arg(QString::fromLatin1(method), id, key);
    // An insert whose fate is unknown (the service may have made the record) is not sent again: the next run
    // lists the service and finds it, or inserts it then.
    FERRY_TRY(sent,
              WebTargetHttp::sendAuthorized(client, *m_target.m_auth, request, what, [insert](const HttpOutcome &out) {
                  return out.retryable() && !(insert && out.outcomeUnknown());
              }));
    if (sent.cancelled)
        return Error{ErrorCode::Cancelled, RestText::tr("cancelled"), url.toDisplayString(QUrl::RemoveUserInfo)};
    const HttpOutcome &out = sent.outcome;
    const int status = out.response.status;
    if (sent.ok()) {
        if (insert) {
            const QJsonObject created = m_target.unwrap(out.response.body);
            o.remoteId = JsonRecords::idText(created.value(m_target.idField()));
            if (o.remoteId.isEmpty())
                RunEvents::warning(lcHttp, RestText::tr("the service answered the insert of key %1 without an "
                                                        "'%2' field: Ferry cannot remember its id")
                                               .arg(key, m_target.idField()));
        } else {
            o.remoteId = id;
        }
        return {};
    }
    if (out.networkError && (!out.maybeSent || out.redirected))
        return Error{ErrorCode::Connection,
                     RestText::tr("the service cannot be reached (%1); check target.base_url and that the service "
                                  "runs; the changes not written are planned again by the next run")
                         .arg(out.errorText),
                     url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), QStringLiteral("target.base_url")};
    if (WebTargetHttp::refusedAccess(out))
        return m_target.refusedError(out.response, what);
    if (status == 404 && c.action == ChangeAction::Delete)
        return {}; // already gone: what the delete was for
    o.failed = true;
    if (status == 404)
        o.message = RestText::tr("record %1 is no longer at the service (HTTP 404 on %2): it was deleted there after "
                                 "Ferry listed it; the next run inserts it again")
                        .arg(id, QString::fromLatin1(method));
    else if (out.networkError)
        o.message = RestText::tr("%1 got no answer after %n attempt(s): %2; planned again by the next run", nullptr,
                                 sent.attempts)
                        .arg(what, out.errorText);
    else
        o.message =
            RestText::tr("the service refused the %1 (%2)").arg(what, WebTargetHttp::describeAnswer(out.response));
    return {};
}

// --- RestTarget --------------------------------------------------------------------------------------------

RestTarget::RestTarget(RestTargetSpec spec, RetrySpec retry, const std::atomic_bool *cancel, JobSecrets secrets,
                       QString baseDir)
    : m_spec(std::move(spec)), m_retry(retry), m_cancel(cancel), m_secrets(std::move(secrets)),
      m_baseDir(std::move(baseDir))
{}

RestTarget::~RestTarget() = default;

QString RestTarget::describe() const
{
    return RestText::tr("REST %1").arg(listUrl().toDisplayString(QUrl::RemoveUserInfo));
}

Capabilities RestTarget::capabilities() const
{
    return Capability::PerRowCrud | Capability::Delete | Capability::FreeColumns | Capability::LimitedSample;
}

QString RestTarget::memoryScope() const
{
    return QStringLiteral("rest:") + listUrl().toString();
}

QString RestTarget::idField() const
{
    return m_spec.idField.isEmpty() ? QStringLiteral("id") : m_spec.idField;
}

QUrl RestTarget::listUrl() const
{
    QString base = m_spec.baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    QString path = m_spec.listPath.trimmed();
    if (!path.isEmpty() && !path.startsWith(u'/'))
        path.prepend(u'/');
    return QUrl(base + path);
}

QUrl RestTarget::itemUrl(const QString &id) const
{
    QString base = m_spec.baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    QString path = m_spec.itemPath.trimmed();
    if (path.isEmpty())
        path = m_spec.listPath.trimmed() + QStringLiteral("/{id}");
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    path.replace(QStringLiteral("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(id)));
    return QUrl(base + path);
}

QUrl RestTarget::pageUrl(int page, int limit) const
{
    QUrl url = listUrl();
    QUrlQuery query(url);
    query.addQueryItem(m_spec.pageParam.isEmpty() ? QStringLiteral("_page") : m_spec.pageParam, QString::number(page));
    query.addQueryItem(m_spec.limitParam.isEmpty() ? QStringLiteral("_limit") : m_spec.limitParam,
                       QString::number(limit));
    url.setQuery(query);
    return url;
}

HttpRequest RestTarget::request(const QByteArray &method, const QUrl &url) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    WebTargetHttp::addHeaders(r, m_spec.headers);
    return r;
}

QByteArray RestTarget::wrap(const QByteArray &record) const
{
    if (m_spec.envelope.isEmpty())
        return record;
    QByteArray out = "{";
    Values::appendJsonString(out, m_spec.envelope);
    out.append(':');
    out.append(record);
    out.append('}');
    return out;
}

QJsonObject RestTarget::unwrap(const QByteArray &body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return m_spec.envelope.isEmpty() ? o : o.value(m_spec.envelope).toObject();
}

Error RestTarget::answerError(const HttpOutcome &o, const QUrl &url, const QString &field) const
{
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    if (o.networkError)
        return Error{ErrorCode::Connection,
                     RestText::tr("the service cannot be reached: %1; check target.base_url and that the service "
                                  "runs")
                         .arg(o.errorText),
                     where, QStringLiteral("target.base_url")};
    const int status = o.response.status;
    if (WebTargetHttp::refusedAccess(o))
        return refusedError(o.response, RestText::tr("listing %1").arg(where));
    if (status == 404)
        return Error{ErrorCode::NotFound,
                     RestText::tr("the service has no list here (HTTP 404); check target.base_url and %1").arg(field),
                     where, field};
    return Error{ErrorCode::Server, RestText::tr("the list answered %1").arg(WebTargetHttp::describeAnswer(o.response)),
                 where, field};
}

Error RestTarget::refusedError(const HttpResponse &response, const QString &what) const
{
    if (m_auth && (m_auth->kind() != HttpAuthKind::None || m_spec.headers.isEmpty()))
        return m_auth->refused(response, what);
    return Error{ErrorCode::Auth,
                 RestText::tr("the service refused access (%1); check the credentials in target.headers, or give "
                              "them in target.auth")
                     .arg(WebTargetHttp::describeAnswer(response)),
                 what, QStringLiteral("target.headers")};
}

Result<void> RestTarget::connect(const std::atomic_bool *cancel)
{
    if (!m_auth) {
        FERRY_TRY(transport, HttpTransport::create(m_spec.transport, m_baseDir, QStringLiteral("target.transport")));
        m_transport = transport;
        FERRY_TRY(auth, HttpAuth::create(m_spec.auth, QStringLiteral("target.auth"), listUrl(), m_secrets, m_baseDir,
                                         m_transport, m_retry, cancel));
        m_auth = std::move(auth);
    }
    m_auth->setCancelFlag(cancel);
    return {};
}

std::unique_ptr<HttpClient> RestTarget::newClient(RetrySpec retry, const std::atomic_bool *cancel) const
{
    auto client = std::make_unique<HttpClient>(m_transport->retry(retry), cancel);
    m_transport->configure(*client);
    return client;
}

Result<RestTarget::Page> RestTarget::fetchPage(HttpClient &client, const QUrl &url)
{
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    FERRY_TRY(sent,
              WebTargetHttp::sendAuthorized(client, *m_auth, request("GET", url), RestText::tr("listing %1").arg(where),
                                            [](const HttpOutcome &o) { return o.retryable(); }));
    if (sent.cancelled)
        return Error{ErrorCode::Cancelled, RestText::tr("cancelled"), where};
    if (!sent.ok())
        return answerError(sent.outcome, url, QStringLiteral("target.list_path"));
    const HttpResponse &answer = sent.outcome.response;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parse);
    if (parse.error != QJsonParseError::NoError)
        return Error{ErrorCode::Server,
                     RestText::tr("the list's answer is not JSON (%1 at byte %2: %3); check target.list_path")
                         .arg(parse.errorString())
                         .arg(parse.offset)
                         .arg(QString::fromUtf8(answer.body.left(80)).simplified()),
                     where, QStringLiteral("target.list_path")};
    Page page;
    if (!m_spec.envelope.isEmpty()) {
        const QJsonValue inside = doc.object().value(m_spec.envelope);
        if (!inside.isArray())
            return Error{ErrorCode::Server,
                         RestText::tr("the list's answer has no array under \"%1\"; check target.envelope (leave it "
                                      "empty when the answer is the array itself)")
                             .arg(m_spec.envelope),
                         where, QStringLiteral("target.envelope")};
        page.records = inside.toArray();
    } else if (doc.isArray()) {
        page.records = doc.array();
    } else {
        QString hint;
        const QJsonObject object = doc.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (it->isArray()) {
                hint = RestText::tr(" (the records may be under \"%1\": set target.envelope to %1)").arg(it.key());
                break;
            }
        return Error{ErrorCode::Server, RestText::tr("the list's answer is not a JSON array of records%1").arg(hint),
                     where, doc.isObject() ? QStringLiteral("target.envelope") : QStringLiteral("target.list_path")};
    }
    for (qsizetype i = 0; i < page.records.size(); ++i)
        if (!page.records.at(i).isObject())
            return Error{ErrorCode::Server,
                         RestText::tr("item %1 of the list is not a JSON object: %2")
                             .arg(i + 1)
                             .arg(QString::fromUtf8(JsonRecords::valueText(page.records.at(i)).left(80))),
                         where, QStringLiteral("target.list_path")};
    bool counted = false;
    const qint64 total = answer.header("X-Total-Count").trimmed().toLongLong(&counted);
    if (counted)
        page.total = total;
    const QUrl next = nextLink(answer.header("Link"), url);
    if (next.isValid() && sameOrigin(next, url))
        page.next = next;
    return page;
}

Result<void> RestTarget::open()
{
    const QUrl url(listUrl());
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return Error{
            ErrorCode::InvalidConfig,
            RestText::tr("'%1' is not an http:// or https:// address: set target.base_url").arg(m_spec.baseUrl),
            {},
            QStringLiteral("target.base_url")};
    if (auto r = connect(m_cancel); !r)
        return r.error();
    if (!m_client)
        m_client = newClient(m_retry, m_cancel);
    return {};
}

Result<TargetSnapshot> RestTarget::index(const QStringList &columns)
{
    if (auto r = open(); !r)
        return r.error();
    TargetSnapshot s;
    s.columns = columns;
    s.rows = RowSet(int(columns.size()));
    const int limit = m_spec.pageSize > 0 ? m_spec.pageSize : DefaultPageSize;
    const QString field = idField();
    QUrl url = pageUrl(1, limit);
    qint64 listed = 0;
    for (int page = 1; page <= MaxPages; ++page) {
        FERRY_TRY(answer, fetchPage(*m_client, url));
        for (const QJsonValue &v : std::as_const(answer.records)) {
            QJsonObject record = v.toObject();
            const QString id = JsonRecords::idText(record.value(field));
            if (id.isEmpty())
                return Error{ErrorCode::Server,
                             RestText::tr("record %1 of the list has no \"%2\" field (or it is not text or a whole "
                                          "number): set target.id_field to the field that holds the record's id")
                                 .arg(listed + 1)
                                 .arg(field),
                             url.toDisplayString(QUrl::RemoveUserInfo), QStringLiteral("target.id_field")};
            // What Ferry wrote to that id fills the fields the record lacks (the service does not echo them).
            m_memory.fillUnechoed(record, id, columns);
            JsonRecords::appendRow(s.rows, record, columns);
            s.ids.push_back(s.idTexts.size());
            s.idTexts.append(id);
            ++listed;
        }
        const bool more = answer.next.isValid() ? !answer.records.isEmpty()
                          : answer.total >= 0   ? listed < answer.total && !answer.records.isEmpty()
                                                : answer.records.size() >= limit;
        if (!more)
            break;
        url = answer.next.isValid() ? answer.next : pageUrl(page + 1, limit);
    }
    RunEvents::debug(lcHttp, RestText::tr("%n record(s) listed at %1", nullptr, int(listed))
                                 .arg(listUrl().toDisplayString(QUrl::RemoveUserInfo)));
    return s;
}

std::unique_ptr<TargetBatch> RestTarget::newBatch(const Plan &plan)
{
    if (auto r = open(); !r)
        m_down = r.error(); // the batch fails with it
    return std::make_unique<RestBatch>(*this, plan);
}

Result<ConnectionInfo> RestTarget::test(const std::atomic_bool *cancel)
{
    if (auto r = open(); !r)
        return r.error();
    RetrySpec quick = m_retry;
    quick.attempts = std::min(quick.attempts, 2);
    const std::atomic_bool *flag = cancel ? cancel : m_cancel;
    m_auth->setCancelFlag(flag);
    const auto client = newClient(quick, flag);
    FERRY_TRY(page, fetchPage(*client, pageUrl(1, 1)));
    ConnectionInfo info;
    info.server = listUrl().host();
    info.object = listUrl().toDisplayString(QUrl::RemoveUserInfo);
    info.rowCount = page.total;
    info.columns = JsonRecords::columnsOf(page.records);
    info.summary = page.total >= 0 ? RestText::tr("the list answers: %n record(s)", nullptr, int(page.total))
                                   : RestText::tr("the list answers (it does not say how many records it holds)");
    if (!page.records.isEmpty() && !page.records.first().toObject().contains(idField()))
        info.notes.append(RestText::tr("the first record has no \"%1\" field: set target.id_field to the field that "
                                       "holds the record's id")
                              .arg(idField()));
    return info;
}

Result<SchemaInfo> RestTarget::discover(const std::atomic_bool *cancel)
{
    if (auto r = open(); !r)
        return r.error();
    const std::atomic_bool *flag = cancel ? cancel : m_cancel;
    m_auth->setCancelFlag(flag);
    const auto client = newClient(m_retry, flag);
    FERRY_TRY(page, fetchPage(*client, pageUrl(1, m_spec.pageSize > 0 ? m_spec.pageSize : DefaultPageSize)));
    return SchemaInfo::oneTable(m_spec.listPath, JsonRecords::columnsOf(page.records), idField());
}

Result<RecordSet> RestTarget::sample(qsizetype n, const std::atomic_bool *cancel)
{
    if (auto r = open(); !r)
        return r.error();
    const std::atomic_bool *flag = cancel ? cancel : m_cancel;
    m_auth->setCancelFlag(flag);
    const auto client = newClient(m_retry, flag);
    FERRY_TRY(page, fetchPage(*client, pageUrl(1, int(std::clamp<qsizetype>(n, 1, 1000)))));
    RecordSet out;
    out.columns = JsonRecords::columnsOf(page.records);
    out.rows = RowSet(int(out.columns.size()));
    for (qsizetype i = 0; i < page.records.size() && i < n; ++i)
        JsonRecords::appendRow(out.rows, page.records.at(i).toObject(), out.columns);
    return out;
}

} // namespace Ferry
