#include "flipletdatasource.h"

#include "core/logging.h"
#include "core/rowkey.h"
#include "core/runevents.h"
#include "core/values.h"
#include "flipletanswers.h"
#include "flipletapi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace Ferry {

namespace {

const QByteArray UserAgent = QByteArrayLiteral("Ferry/" FERRY_VERSION);

// Lets one call use its own cancel flag.
class CancelScope
{
public:
    CancelScope(HttpClient &http, const std::atomic_bool *cancel) : m_http(http), m_previous(http.cancelFlag())
    {
        if (cancel)
            http.setCancelFlag(cancel);
    }
    ~CancelScope() { m_http.setCancelFlag(m_previous); }
    Q_DISABLE_COPY_MOVE(CancelScope)

private:
    HttpClient &m_http;
    const std::atomic_bool *m_previous;
};

DataSourceInfo dataSourceInfo(const QJsonObject &o)
{
    DataSourceInfo d;
    const QJsonValue id = o.value(u"id");
    d.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    d.name = o.value(u"name").toString();
    d.type = o.value(u"type").toString();
    d.appId = o.value(u"appId").toInteger();
    d.organizationId = o.value(u"organizationId").toInteger();
    const QJsonArray columns = o.value(u"columns").toArray();
    for (const QJsonValue &c : columns)
        if (c.isString())
            d.columns.append(c.toString());
    return d;
}

// JSON has no declared types: the kind of the first value an entry holds for the field.
QString valueTypeName(const QVariant &v)
{
    switch (Values::kindOf(v)) {
    case Values::Kind::Bool:
        return QStringLiteral("boolean");
    case Values::Kind::Integer:
    case Values::Kind::Unsigned:
    case Values::Kind::Double:
        return QStringLiteral("number");
    case Values::Kind::Map:
        return QStringLiteral("object");
    case Values::Kind::List:
        return QStringLiteral("array");
    case Values::Kind::Null:
        return {};
    default:
        return QStringLiteral("string");
    }
}

} // namespace

// Consumes a commit's answer (the whole data source again, by contract) and checks its shape on the way.
class CommitAnswerSink final : public BodySink
{
public:
    void restart() override { m_check.reset(); }
    void write(QByteArrayView chunk) override { m_check.feed(chunk); }
    const CommitAnswerCheck &check() const { return m_check; }

private:
    CommitAnswerCheck m_check;
};

// Reads GET …/data as it arrives.
class EntriesSink final : public BodySink
{
public:
    explicit EntriesSink(const QStringList &columns) : reader(columns) {}
    void restart() override { reader.reset(); }
    void write(QByteArrayView chunk) override { reader.feed(chunk); }
    FlipletEntriesReader reader;
};

// A commit's answer when the ids of its new entries are wanted (Target::setReportIds): checked as
// CommitAnswerSink does, and its entries' ids and key columns read on the way.
class CommitIdsSink final : public BodySink
{
public:
    explicit CommitIdsSink(const QStringList &keyColumns) : reader(keyColumns) {}
    void restart() override
    {
        check.reset();
        reader.reset();
    }
    void write(QByteArrayView chunk) override
    {
        check.feed(chunk);
        reader.feed(chunk);
    }
    CommitAnswerCheck check;
    FlipletEntriesReader reader;
};

// One POST …/commit: entries (inserts without id, updates with id) and ids to delete.
class FlipletCommit final : public TargetBatch
{
public:
    FlipletCommit(FlipletDataSource &target, const Plan &plan)
        : m_target(target), m_plan(plan), m_reportIds(target.m_reportIds && !plan.keyColumns.empty())
    {
        const FlipletTargetSpec &s = target.m_spec;
        m_maxRows = s.batchRows > 0 ? s.batchRows : FlipletApi::DefaultBatchRows;
        m_maxBytes = s.batchBytes > 0 ? s.batchBytes : FlipletApi::DefaultBatchBytes;
        // Each field's name with what goes before it: {"name": for the first, ,"name": for the others.
        for (const QString &c : plan.columns) {
            QByteArray name(m_names.isEmpty() ? "{" : ",");
            Values::appendJsonString(name, c);
            name.append(':');
            m_names.append(name);
        }
        // One allocation for the whole request: growing it by doubling would copy tens of megabytes and
        // leave the heap fragmented, commit after commit.
        m_body.reserve(static_cast<qsizetype>(std::min<qint64>(m_maxBytes, 64 << 20)) + 4096);
        m_body.append("{\"append\":true,\"entries\":[");
    }

    bool add(const Change &change) override
    {
        const qsizetype count = m_entryCount + m_deleteCount;
        if (count > 0 && count >= m_maxRows)
            return false;
        if (change.action == ChangeAction::Delete) {
            if (m_deleteCount)
                m_deletes.append(',');
            Values::appendJsonInteger(m_deletes, m_plan.remoteId(change));
            ++m_deleteCount;
            m_changes.push_back(&change);
            return true;
        }
        const qsizetype before = m_body.size();
        if (m_entryCount)
            m_body.append(',');
        m_body.append('{');
        if (change.action == ChangeAction::Update) {
            m_body.append("\"id\":");
            Values::appendJsonInteger(m_body, m_plan.remoteId(change));
            m_body.append(',');
        }
        m_body.append("\"data\":");
        if (m_names.isEmpty())
            m_body.append('{');
        else
            m_plan.source->rows.appendJsonFields(m_body, change.sourceRow, m_names);
        m_body.append("}}");
        if (count > 0 && m_body.size() + m_deletes.size() + 256 > m_maxBytes) {
            m_body.truncate(before); // does not fit: the next batch takes it
            return false;
        }
        ++m_entryCount;
        m_changes.push_back(&change);
        return true;
    }

    qsizetype size() const { return m_entryCount + m_deleteCount; }

    // add() writes the entries' JSON from the plan's rows into this batch's own body.
    bool fillsWhileCommitting() const override { return true; }

    Result<void> commit() override
    {
        const FlipletTargetSpec &s = m_target.m_spec;
        QByteArray body = std::move(m_body); // the entries are already in place
        body.append(']');
        if (m_deleteCount) {
            body.append(",\"delete\":[");
            body.append(m_deletes);
            body.append(']');
        }
        body.append(",\"runHooks\":[");
        for (qsizetype i = 0; i < s.runHooks.size(); ++i) {
            if (i)
                body.append(',');
            Values::appendJsonString(body, s.runHooks[i]);
        }
        body.append(']');
        if (s.merge >= 0)
            body.append(s.merge ? ",\"extend\":true" : ",\"extend\":false");
        body.append('}');
        m_deletes = QByteArray();

        QElapsedTimer timer;
        timer.start();
        CommitAnswerSink checkOnly;
        std::optional<CommitIdsSink> withIds;
        if (m_reportIds) {
            QStringList keyNames;
            for (const int k : m_plan.keyColumns)
                keyNames.append(m_plan.columns.at(k));
            withIds.emplace(keyNames);
        }
        HttpRequest request =
            m_target.request("POST", QStringLiteral("v1/data-sources/%1/commit").arg(s.dataSourceId), std::move(body));
        if (withIds)
            request.sink = &*withIds;
        else
            request.sink = &checkOnly;
        const CommitAnswerCheck &answer = withIds ? withIds->check : checkOnly.check();
        request.idempotent = false;
        // Without a key, what an aborted commit left behind cannot be found again: it gets a moment to finish
        // (5 s, at most a quarter of the request limit) before it is abandoned too.
        HttpClient &http = m_target.m_http;
        const bool keyless = m_plan.keyColumns.empty();
        if (keyless)
            request.cancelGraceMs = std::min(FlipletApi::KeylessCancelGraceMs, http.requestTimeoutMs() / 4);
        if (auto r = checkHeaders(request); !r)
            return r.error();
        if (auto r = m_target.checkRequestable(); !r)
            return r.error();
        const QString what = FlipletDataSource::tr("committing %n change(s)", nullptr, static_cast<int>(size()));
        // Not HttpClient::send(): a commit whose answer was lost may have been applied, and sending it again
        // would insert its rows twice. Between attempts, such a commit is checked against the data source.
        for (int attempt = 1;; ++attempt) {
            if (http.cancelled())
                return Error{ErrorCode::Cancelled, FlipletDataSource::tr("cancelled"), m_target.describe()};
            const HttpOutcome outcome = http.sendOnce(request);
            const int status = outcome.response.status;
            if (outcome.networkError && http.cancelled())
                return Error{ErrorCode::Cancelled,
                             keyless ? FlipletDataSource::tr(
                                           "cancelled while a commit of %n change(s) was in flight, which did not end "
                                           "in time; the server may have applied it and, without a key, Ferry cannot "
                                           "tell: check the data source before running the job again",
                                           nullptr, static_cast<int>(size()))
                                     : FlipletDataSource::tr(
                                           "cancelled while a commit of %n change(s) was in flight; the server may "
                                           "have applied it, and the next run finds out and reconciles",
                                           nullptr, static_cast<int>(size())),
                             m_target.describe()};
            if (!outcome.networkError && status >= 200 && status <= 299) {
                if (answer.tooDeep())
                    return Error{ErrorCode::Server,
                                 FlipletDataSource::tr(
                                     "the server accepted the commit but its answer (the data source) is nested "
                                     "more than %1 levels deep, which Ferry does not read; the changes may or may not "
                                     "be applied")
                                     .arg(CommitAnswerCheck::MaxDepth),
                                 m_target.describe()};
                if (!answer.valid())
                    return Error{ErrorCode::Server,
                                 FlipletDataSource::tr(
                                     "the server accepted the commit but its answer has no 'entries' list; the "
                                     "changes may or may not be applied, and the next run will reconcile them"),
                                 m_target.describe()};
                RunEvents::debug(lcFliplet, QStringLiteral("committed %1 changes (%2 bytes) in %3 ms")
                                                .arg(size())
                                                .arg(request.body.size())
                                                .arg(timer.elapsed()));
                if (withIds)
                    findIds(withIds->reader);
                return {};
            }
            if (outcome.redirected)
                return Error{ErrorCode::Server, outcome.errorText, m_target.describe()};
            if (!outcome.retryable())
                return m_target.httpError(outcome.response, what, FlipletDataSource::Call::Commit);
            bool waited = false;
            if (outcome.outcomeUnknown()) {
                // A server whose answer was lost may still be applying the commit: wait before looking.
                if (!http.waitBeforeRetry(attempt, outcome, what))
                    return Error{ErrorCode::Cancelled, FlipletDataSource::tr("cancelled"), m_target.describe()};
                waited = true;
                FERRY_TRY(applied, m_target.checkApplied(m_plan, m_changes));
                if (applied == FlipletDataSource::Applied::All) {
                    RunEvents::warning(lcFliplet, FlipletDataSource::tr(
                                                      "the server applied a commit of %n change(s) although its answer "
                                                      "was lost; it is not sent again",
                                                      nullptr, static_cast<int>(size())));
                    return {};
                }
                if (applied == FlipletDataSource::Applied::Partly)
                    return Error{ErrorCode::Server,
                                 FlipletDataSource::tr(
                                     "the server applied only part of a commit whose answer was lost; run the job "
                                     "again to reconcile the rest"),
                                 m_target.describe()};
            }
            if (attempt >= http.attempts())
                return outcome.networkError
                           ? http.networkError(outcome, m_target.describe())
                           : m_target.httpError(outcome.response, what, FlipletDataSource::Call::Commit);
            if (!waited && !http.waitBeforeRetry(attempt, outcome, what))
                return Error{ErrorCode::Cancelled, FlipletDataSource::tr("cancelled"), m_target.describe()};
        }
    }

    const std::vector<RowOutcome> *outcomes() const override
    {
        return !m_outcomes.empty() && m_outcomes.size() == m_changes.size() ? &m_outcomes : nullptr;
    }

private:
    // Each change's entry id: the new entries' from the commit's answer (the whole data source), found by key.
    void findIds(FlipletEntriesReader &reader)
    {
        auto entries = reader.finish();
        if (!entries) {
            RunEvents::warning(lcFliplet, FlipletDataSource::tr("the ids of the new entries are not known (%1): "
                                                                "postSubmit gets no id for them")
                                              .arg(entries.error().message));
            return;
        }
        std::unordered_map<std::string, QString> newIds; // key -> id, for this commit's inserts
        for (const Change *c : m_changes)
            if (c->action == ChangeAction::Insert)
                newIds.emplace(rowKey(m_plan.source->rows, c->sourceRow, m_plan.keyColumns, m_plan.caseInsensitiveKey),
                               QString());
        std::vector<int> keyColumns(m_plan.keyColumns.size());
        std::iota(keyColumns.begin(), keyColumns.end(), 0);
        for (qint64 t = 0; t < entries->rows.size(); ++t) {
            const auto found = newIds.find(rowKey(entries->rows, t, keyColumns, m_plan.caseInsensitiveKey));
            if (found != newIds.end())
                found->second = QString::number(entries->ids[static_cast<size_t>(t)]);
        }
        m_outcomes.reserve(m_changes.size());
        for (const Change *c : m_changes)
            m_outcomes.push_back(RowOutcome{
                false,
                {},
                c->action == ChangeAction::Insert
                    ? newIds[rowKey(m_plan.source->rows, c->sourceRow, m_plan.keyColumns, m_plan.caseInsensitiveKey)]
                    : m_plan.remoteIdText(*c)});
    }

    FlipletDataSource &m_target;
    const Plan &m_plan;
    bool m_reportIds; // Target::setReportIds(), with a key to find the new entries by
    std::vector<RowOutcome> m_outcomes;
    qsizetype m_maxRows;
    qint64 m_maxBytes;
    QByteArrayList m_names; // {"name": and ,"name": prefixes, escaped once
    QByteArray m_body;      // the request as it grows: {"append":true,"entries":[…
    qsizetype m_entryCount = 0;
    QByteArray m_deletes;
    qsizetype m_deleteCount = 0;
    std::vector<const Change *> m_changes;
};

FlipletDataSource::FlipletDataSource(FlipletTargetSpec spec, QString token, RetrySpec retry,
                                     const std::atomic_bool *cancel)
    : m_spec(std::move(spec)), m_token(std::move(token)), m_baseUrl(FlipletApi::baseUrl(m_token, m_spec.apiUrl)),
      m_http(retry, cancel)
{
    // As validate() reads it ("007" is 7); anything else is refused before a request (checkRequestable).
    m_spec.dataSourceId = m_spec.dataSourceId.trimmed();
    bool number = false;
    const qint64 id = m_spec.dataSourceId.toLongLong(&number);
    if (number && id > 0)
        m_spec.dataSourceId = QString::number(id);
}

QString FlipletDataSource::field(QStringView key) const
{
    return m_side + u'.' + key.toString();
}

Result<HttpResponse> FlipletDataSource::query(const QByteArray &body, bool once)
{
    if (auto ok = checkRequestable(); !ok)
        return ok.error();
    const HttpRequest r =
        request("POST", QStringLiteral("v1/data-sources/%1/data/query").arg(m_spec.dataSourceId), body);
    if (auto ok = checkHeaders(r); !ok)
        return ok.error();
    if (!once)
        return m_http.send(r);
    const HttpOutcome outcome = m_http.sendOnce(r);
    if (m_http.cancelled())
        return Error{ErrorCode::Cancelled, tr("cancelled"), describe()};
    if (outcome.networkError)
        return Error{ErrorCode::Connection,
                     tr("cannot reach the Fliplet API at %1 (%2): check the address and your network")
                         .arg(m_baseUrl, outcome.errorText),
                     describe(), m_spec.apiUrl.isEmpty() ? QString() : field(u"api_url")};
    return outcome.response;
}

QString FlipletDataSource::describe() const
{
    return tr("Fliplet data source %1 at %2").arg(m_spec.dataSourceId, m_baseUrl);
}

HttpRequest FlipletDataSource::request(const QByteArray &method, const QString &path, QByteArray body) const
{
    HttpRequest r;
    r.method = method;
    r.url = QUrl(m_baseUrl + u'/' + path);
    r.body = std::move(body);
    // The token goes to the Fliplet host only: every request of this class is built on m_baseUrl.
    r.headers.append({QByteArrayLiteral("Auth-token"), m_token.toUtf8()});
    r.headers.append({QByteArrayLiteral("User-Agent"), UserAgent});
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!r.body.isNull())
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8")});
    return r;
}

Result<void> FlipletDataSource::checkRequestable() const
{
    bool number = false;
    const qint64 id = m_spec.dataSourceId.toLongLong(&number);
    if (!m_spec.dataSourceId.isEmpty() && (!number || id <= 0 || QString::number(id) != m_spec.dataSourceId))
        return Error{ErrorCode::InvalidConfig,
                     tr("the data source ID must be a whole number above 0, not '%1'").arg(m_spec.dataSourceId),
                     describe(), field(u"datasource_id")};
    const QUrl base(m_baseUrl);
    if (base.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 && !isLoopbackHost(base.host()))
        return Error{ErrorCode::InvalidConfig,
                     tr("the API address %1 is not https://: Ferry sends the token only over https:// (or to this "
                        "machine, for tests); use an https:// address in %2 or FERRY_FLIPLET_API_URL")
                         .arg(m_baseUrl, field(u"api_url")),
                     describe(), field(u"api_url")};
    return {};
}

Error FlipletDataSource::httpError(const HttpResponse &response, const QString &what, Call call) const
{
    QString serverMessage;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject())
        serverMessage = doc.object().value(u"message").toString();
    if (serverMessage.isEmpty())
        serverMessage = QString::fromUtf8(response.body.left(200)).simplified();
    const QString detail = serverMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(serverMessage);
    const int s = response.status;
    if (s == 401)
        return Error{ErrorCode::Auth,
                     tr("the Fliplet API refused the token while %1: HTTP 401%2; create a new API token in Fliplet "
                        "Studio and update the job")
                         .arg(what, detail),
                     describe(), field(u"auth_token")};
    if (s == 403)
        return Error{ErrorCode::Auth,
                     tr("the token has no access to data source %1 while %2: HTTP 403%3; grant it in Fliplet Studio "
                        "(App data, the data source, User permissions: crudq)")
                         .arg(m_spec.dataSourceId, what, detail),
                     describe(), field(u"datasource_id")};
    if (s == 404 && call == Call::Api)
        return Error{ErrorCode::NotFound,
                     tr("the API at %1 has no such address while %2: HTTP 404%3; is it a Fliplet API server? Check "
                        "%4 (or FERRY_FLIPLET_API_URL)")
                         .arg(m_baseUrl, what, detail, field(u"api_url")),
                     describe(), field(u"api_url")};
    if (s == 413 && call != Call::Commit)
        return Error{ErrorCode::Server,
                     tr("the server refused a request as too large while %1: HTTP 413%2; this request has no body, "
                        "so a proxy or the server limits its headers or address: check the proxy (HTTPS_PROXY) "
                        "and target.api_url")
                         .arg(what, detail),
                     describe()};
    if (s == 404)
        return Error{ErrorCode::NotFound,
                     tr("data source %1 was not found while %2: HTTP 404%3; check datasource_id and the region of "
                        "the token")
                         .arg(m_spec.dataSourceId, what, detail),
                     describe(), field(u"datasource_id")};
    if (s == 413)
        return Error{ErrorCode::Server,
                     tr("the server refused a request as too large while %1: HTTP 413%2; lower target.batch_bytes "
                        "in the job (now %3 bytes per commit)")
                         .arg(what, detail)
                         .arg(m_spec.batchBytes > 0 ? m_spec.batchBytes : FlipletApi::DefaultBatchBytes),
                     describe()};
    if (s == 429 || s >= 500)
        return Error{ErrorCode::Server,
                     tr("the server kept failing while %1: HTTP %2%3 after every retry; try again later")
                         .arg(what)
                         .arg(s)
                         .arg(detail),
                     describe()};
    return Error{ErrorCode::Server, tr("the server refused %1: HTTP %2%3").arg(what).arg(s).arg(detail), describe()};
}

Capabilities FlipletDataSource::capabilities() const
{
    return Capability::BatchCommit | Capability::Delete | Capability::FreeColumns;
}

Result<HttpResponse> FlipletDataSource::get(const QString &path, bool once)
{
    if (auto ok = checkRequestable(); !ok)
        return ok.error();
    const HttpRequest r = request("GET", path);
    if (!once)
        return m_http.send(r);
    const HttpOutcome outcome = m_http.sendOnce(r);
    if (m_http.cancelled())
        return Error{ErrorCode::Cancelled, tr("cancelled"), describe()};
    if (outcome.networkError)
        return Error{ErrorCode::Connection,
                     tr("cannot reach the Fliplet API at %1 (%2): check the address and your network")
                         .arg(m_baseUrl, outcome.errorText),
                     describe(), m_spec.apiUrl.isEmpty() ? QString() : field(u"api_url")};
    return outcome.response;
}

Result<QJsonObject> FlipletDataSource::user(bool once)
{
    if (m_token.isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("the Fliplet auth_token is empty"), describe(), field(u"auth_token")};
    FERRY_TRY(response, get(QStringLiteral("v1/user"), once));
    if (response.status < 200 || response.status > 299)
        return httpError(response, tr("checking the token"), Call::Api);
    const QJsonObject user = QJsonDocument::fromJson(response.body).object().value(u"user").toObject();
    if (user.isEmpty())
        return Error{ErrorCode::Server,
                     tr("the answer to GET v1/user has no 'user': is %1 a Fliplet API server?").arg(m_baseUrl),
                     describe()};
    return user;
}

Result<DataSourceInfo> FlipletDataSource::dataSource(bool once)
{
    if (m_spec.dataSourceId.trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("no data source is chosen: set datasource_id"), describe(),
                     field(u"datasource_id")};
    FERRY_TRY(response, get(QStringLiteral("v1/data-sources/%1").arg(m_spec.dataSourceId), once));
    if (response.status < 200 || response.status > 299)
        return httpError(response, tr("reading the data source's settings"), Call::DataSource);
    const QJsonObject ds = QJsonDocument::fromJson(response.body).object().value(u"dataSource").toObject();
    if (ds.isEmpty())
        return Error{ErrorCode::Server,
                     tr("the answer to GET v1/data-sources/%1 has no 'dataSource': is %2 a Fliplet API server?")
                         .arg(m_spec.dataSourceId, m_baseUrl),
                     describe()};
    return dataSourceInfo(ds);
}

Result<QList<DataSourceInfo>> FlipletDataSource::dataSources()
{
    if (m_token.isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("the Fliplet auth_token is empty"), describe(), field(u"auth_token")};
    FERRY_TRY(response, get(QStringLiteral("v1/data-sources"), false));
    if (response.status < 200 || response.status > 299)
        return httpError(response, tr("listing the data sources"), Call::Api);
    const QJsonValue list = QJsonDocument::fromJson(response.body).object().value(u"dataSources");
    if (!list.isArray())
        return Error{ErrorCode::Server,
                     tr("the answer to GET v1/data-sources has no 'dataSources' list: is %1 a Fliplet API server?")
                         .arg(m_baseUrl),
                     describe()};
    QList<DataSourceInfo> out;
    for (const QJsonValue &d : list.toArray())
        out.append(dataSourceInfo(d.toObject()));
    return out;
}

Result<ConnectionInfo> FlipletDataSource::test(const std::atomic_bool *cancel)
{
    CancelScope scope(m_http, cancel);
    FERRY_TRY(user, this->user(true));
    ConnectionInfo info;
    info.server = tr("Fliplet API at %1").arg(m_baseUrl);
    const QString name = user.value(u"fullName").toString();
    const QString email = user.value(u"email").toString();
    info.user = email.isEmpty() ? name : name.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(name, email);
    FERRY_TRY(ds, dataSource(true));
    info.object = ds.name.isEmpty() ? ds.id : QStringLiteral("%1 (%2)").arg(ds.name, ds.id);
    info.columns = ds.columns;
    info.summary = tr("%1 as %2: data source %3").arg(info.server, info.user, info.object);
    return info;
}

Result<SchemaInfo> FlipletDataSource::discover(const std::atomic_bool *cancel)
{
    CancelScope scope(m_http, cancel);
    SchemaInfo schema;
    FERRY_TRY(list, dataSources());
    schema.dataSources = list;
    if (m_spec.dataSourceId.trimmed().isEmpty())
        return schema;
    std::optional<DataSourceInfo> chosen;
    for (const DataSourceInfo &d : list)
        if (d.id == m_spec.dataSourceId)
            chosen = d;
    if (!chosen) {
        // Not listed (the list may hold only the token's app's data sources): asked for by id.
        auto one = dataSource(false);
        if (!one && one.error().code == ErrorCode::NotFound)
            return schema;
        if (!one)
            return one.error();
        chosen = *one;
    }
    TableInfo table{QString(), chosen->name.isEmpty() ? chosen->id : chosen->name, false, {}};
    if (!chosen->columns.isEmpty()) {
        for (const QString &c : std::as_const(chosen->columns))
            table.columns.append(ColumnInfo{c, QString(), true, false});
    } else {
        // No declared columns: the fields the entries use, typed by their values. Reads the entries.
        FERRY_TRY(rows, sample(1000, nullptr));
        for (int c = 0; c < rows.columns.size(); ++c) {
            QString type;
            for (qsizetype r = 0; r < rows.rows.size() && type.isEmpty(); ++r)
                type = valueTypeName(rows.rows.value(r, c));
            table.columns.append(ColumnInfo{rows.columns[c], type, true, false});
        }
    }
    schema.current = table.name;
    schema.tables.append(std::move(table));
    return schema;
}

Result<RecordSet> FlipletDataSource::sample(qsizetype n, const std::atomic_bool *cancel)
{
    CancelScope scope(m_http, cancel);
    if (m_spec.dataSourceId.trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("no data source is chosen: set datasource_id"), describe(),
                     field(u"datasource_id")};
    FERRY_TRY(response, get(QStringLiteral("v1/data-sources/%1/data").arg(m_spec.dataSourceId), false));
    if (response.status < 200 || response.status > 299)
        return httpError(response, tr("reading the data source"), Call::DataSource);
    auto rows = readFlipletSample(response.body, std::max<qsizetype>(n, 0));
    if (!rows)
        return Error{rows.error().code, rows.error().message, describe()};
    return rows;
}

Result<void> FlipletDataSource::open()
{
    FERRY_TRY(user, this->user(false));
    RunEvents::info(lcFliplet, tr("authenticated as %1").arg(user.value(u"fullName").toString()));
    return {};
}

Result<TargetSnapshot> FlipletDataSource::index(const QStringList &columns)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = QStringLiteral("v1/data-sources/%1/data").arg(m_spec.dataSourceId);
    if (auto ok = checkRequestable(); !ok)
        return ok.error();
    EntriesSink entries(columns);
    HttpRequest get = request("GET", path);
    get.sink = &entries;
    FERRY_TRY(response, m_http.send(get));
    if (response.status < 200 || response.status > 299)
        return httpError(response, tr("reading the data source"), Call::DataSource);
    auto snapshot = entries.reader.finish();
    if (!snapshot)
        return Error{snapshot.error().code, snapshot.error().message, describe()};
    RunEvents::info(lcFliplet, tr("the data source holds %n entries", nullptr, static_cast<int>(snapshot->ids.size())) +
                                   QStringLiteral(" (%1 ms)").arg(timer.elapsed()));
    return snapshot;
}

Result<FlipletDataSource::Applied> FlipletDataSource::checkApplied(const Plan &plan,
                                                                   const std::vector<const Change *> &changes)
{
    const bool inserts =
        std::any_of(changes.begin(), changes.end(), [](const Change *c) { return c->action == ChangeAction::Insert; });
    if (inserts && plan.keyColumns.empty())
        return Error{ErrorCode::Server,
                     tr("the answer to a commit was lost and, without a key, Ferry cannot tell whether its rows were "
                        "added; check the data source before running the job again"),
                     describe()};
    RunEvents::info(lcFliplet, tr("the answer to a commit was lost; checking the data source before retrying"));
    auto now = index(plan.columns);
    if (!now)
        return Error{now.error().code,
                     tr("the answer to a commit was lost and checking the data source failed too (%1); check it "
                        "before running the job again")
                         .arg(now.error().message),
                     describe()};
    const TargetSnapshot &snapshot = *now;
    std::unordered_map<std::string, qint64> byKey;
    std::unordered_map<qint64, qint64> byId;
    for (qint64 t = 0; t < snapshot.rows.size(); ++t) {
        byId.emplace(snapshot.ids[static_cast<size_t>(t)], t);
        if (!plan.keyColumns.empty())
            byKey.emplace(rowKey(snapshot.rows, t, plan.keyColumns, plan.caseInsensitiveKey), t);
    }
    qsizetype applied = 0;
    for (const Change *c : changes) {
        switch (c->action) {
        case ChangeAction::Insert:
            // The plan inserts keys the data source did not have; present now means this commit added them.
            applied += byKey.count(rowKey(plan.source->rows, c->sourceRow, plan.keyColumns, plan.caseInsensitiveKey));
            break;
        case ChangeAction::Update: {
            const auto t = byId.find(plan.remoteId(*c));
            applied += t != byId.end() && plan.source->rows.sameRow(c->sourceRow, snapshot.rows, t->second);
            break;
        }
        case ChangeAction::Delete:
            applied += !byId.count(plan.remoteId(*c));
            break;
        default:
            break;
        }
    }
    if (applied == 0)
        return Applied::None;
    return applied == static_cast<qsizetype>(changes.size()) ? Applied::All : Applied::Partly;
}

std::unique_ptr<TargetBatch> FlipletDataSource::newBatch(const Plan &plan)
{
    return std::make_unique<FlipletCommit>(*this, plan);
}

} // namespace Ferry
