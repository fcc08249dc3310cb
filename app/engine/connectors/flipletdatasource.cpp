#include "flipletdatasource.h"

#include "core/logging.h"
#include "core/rowkey.h"
#include "core/runevents.h"
#include "core/values.h"
#include "flipletanswers.h"
#include "flipletapi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <unordered_map>

namespace Ferry {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::FlipletDataSource", text, disambiguation, n);
}

const QByteArray UserAgent = QByteArrayLiteral("Ferry/" FERRY_VERSION);

} // namespace

// Consumes a commit's answer (the whole data source again, by contract) and checks its shape on the way.
class CommitAnswerSink final : public BodySink
{
public:
    void restart() override { m_check.reset(); }
    void write(QByteArrayView chunk) override { m_check.feed(chunk); }
    bool valid() const { return m_check.valid(); }

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

// One POST …/commit: entries (inserts without id, updates with id) and ids to delete.
class FlipletCommit final : public TargetBatch
{
public:
    FlipletCommit(FlipletDataSource &target, const Plan &plan) : m_target(target), m_plan(plan)
    {
        const FlipletTargetSpec &s = target.m_spec;
        m_maxRows = s.batchRows > 0 ? s.batchRows : FlipletApi::DefaultBatchRows;
        m_maxBytes = s.batchBytes > 0 ? s.batchBytes : FlipletApi::DefaultBatchBytes;
        for (const QString &c : plan.columns) {
            QByteArray name;
            Values::appendJsonString(name, c);
            name.append(':');
            m_names.append(name);
        }
        m_body = QByteArrayLiteral("{\"append\":true,\"entries\":[");
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
        m_body.append("\"data\":{");
        const RowSet &rows = m_plan.source->rows;
        for (int i = 0; i < m_names.size(); ++i) {
            if (i)
                m_body.append(',');
            m_body.append(m_names[i]);
            rows.appendJson(m_body, change.sourceRow, i);
        }
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
        CommitAnswerSink answer;
        HttpRequest request =
            m_target.request("POST", QStringLiteral("v1/data-sources/%1/commit").arg(s.dataSourceId), std::move(body));
        request.sink = &answer;
        request.idempotent = false;
        // Without a key, what an aborted commit left behind cannot be found again: let it finish.
        request.abortOnCancel = !m_plan.keyColumns.empty();
        HttpClient &http = m_target.m_http;
        if (auto r = checkHeaders(request); !r)
            return r.error();
        const QString what = tr("committing %n change(s)", nullptr, static_cast<int>(size()));
        // Not HttpClient::send(): a commit whose answer was lost may have been applied, and sending it again
        // would insert its rows twice. Between attempts, such a commit is checked against the data source.
        for (int attempt = 1;; ++attempt) {
            if (http.cancelled())
                return Error{ErrorCode::Cancelled, tr("cancelled"), m_target.describe()};
            const HttpOutcome outcome = http.sendOnce(request);
            const int status = outcome.response.status;
            if (outcome.networkError && http.cancelled())
                return Error{ErrorCode::Cancelled,
                             tr("cancelled while a commit of %n change(s) was in flight; the server may have applied "
                                "it, and the next run finds out and reconciles",
                                nullptr, static_cast<int>(size())),
                             m_target.describe()};
            if (!outcome.networkError && status >= 200 && status <= 299) {
                if (!answer.valid())
                    return Error{ErrorCode::Server,
                                 tr("the server accepted the commit but its answer has no 'entries' list; the "
                                    "changes may or may not be applied, and the next run will reconcile them"),
                                 m_target.describe()};
                RunEvents::debug(lcFliplet, QStringLiteral("committed %1 changes (%2 bytes) in %3 ms")
                                                .arg(size())
                                                .arg(request.body.size())
                                                .arg(timer.elapsed()));
                return {};
            }
            if (outcome.redirected)
                return Error{ErrorCode::Server, outcome.errorText, m_target.describe()};
            if (!outcome.retryable())
                return m_target.httpError(outcome.response, what);
            bool waited = false;
            if (outcome.outcomeUnknown()) {
                // A server whose answer was lost may still be applying the commit: wait before looking.
                if (!http.waitBeforeRetry(attempt, outcome, what))
                    return Error{ErrorCode::Cancelled, tr("cancelled"), m_target.describe()};
                waited = true;
                FERRY_TRY(applied, m_target.checkApplied(m_plan, m_changes));
                if (applied == FlipletDataSource::Applied::All) {
                    RunEvents::warning(lcFliplet, tr("the server applied a commit of %n change(s) although its answer "
                                                     "was lost; it is not sent again",
                                                     nullptr, static_cast<int>(size())));
                    return {};
                }
                if (applied == FlipletDataSource::Applied::Partly)
                    return Error{ErrorCode::Server,
                                 tr("the server applied only part of a commit whose answer was lost; run the job "
                                    "again to reconcile the rest"),
                                 m_target.describe()};
            }
            if (attempt >= http.attempts())
                return outcome.networkError ? http.networkError(outcome, m_target.describe())
                                            : m_target.httpError(outcome.response, what);
            if (!waited && !http.waitBeforeRetry(attempt, outcome, what))
                return Error{ErrorCode::Cancelled, tr("cancelled"), m_target.describe()};
        }
    }

private:
    FlipletDataSource &m_target;
    const Plan &m_plan;
    qsizetype m_maxRows;
    qint64 m_maxBytes;
    QByteArrayList m_names; // "name": prefixes, escaped once
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
{}

QString FlipletDataSource::describe() const
{
    return QStringLiteral("Fliplet data source %1 at %2").arg(m_spec.dataSourceId, m_baseUrl);
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

Error FlipletDataSource::httpError(const HttpResponse &response, const QString &what) const
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
                     describe()};
    if (s == 403)
        return Error{ErrorCode::Auth,
                     tr("the token has no access to data source %1 while %2: HTTP 403%3; grant it in Fliplet Studio "
                        "(App data, the data source, User permissions: crudq)")
                         .arg(m_spec.dataSourceId, what, detail),
                     describe()};
    if (s == 404)
        return Error{ErrorCode::Server,
                     tr("data source %1 was not found while %2: HTTP 404%3; check datasource_id and the region of "
                        "the token")
                         .arg(m_spec.dataSourceId, what, detail),
                     describe()};
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

Result<void> FlipletDataSource::open()
{
    if (m_token.isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("the Fliplet auth_token is empty"), describe()};
    FERRY_TRY(response, m_http.send(request("GET", QStringLiteral("v1/user"))));
    if (response.status < 200 || response.status > 299)
        return httpError(response, tr("checking the token"));
    const QJsonObject user = QJsonDocument::fromJson(response.body).object().value(u"user").toObject();
    if (user.isEmpty())
        return Error{ErrorCode::Server,
                     tr("the answer to GET v1/user has no 'user': is %1 a Fliplet API server?").arg(m_baseUrl),
                     describe()};
    RunEvents::info(lcFliplet, tr("authenticated as %1").arg(user.value(u"fullName").toString()));
    return {};
}

Result<TargetSnapshot> FlipletDataSource::index(const QStringList &columns)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = QStringLiteral("v1/data-sources/%1/data").arg(m_spec.dataSourceId);
    EntriesSink entries(columns);
    HttpRequest get = request("GET", path);
    get.sink = &entries;
    FERRY_TRY(response, m_http.send(get));
    if (response.status < 200 || response.status > 299)
        return httpError(response, tr("reading the data source"));
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
