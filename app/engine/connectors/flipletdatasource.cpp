#include "flipletdatasource.h"

#include "core/logging.h"
#include "core/values.h"
#include "flipletapi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ferry {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::FlipletDataSource", text, disambiguation, n);
}

const QByteArray UserAgent = QByteArrayLiteral("Ferry/" FERRY_VERSION);

} // namespace

// One POST …/commit: entries (inserts without id, updates with id) and ids to delete.
class FlipletCommit final : public TargetBatch
{
public:
    FlipletCommit(FlipletDataSource &target, QStringList columns) : m_target(target), m_columns(std::move(columns))
    {
        const FlipletTargetSpec &s = target.m_spec;
        m_maxRows = s.batchRows > 0 ? s.batchRows : FlipletApi::DefaultBatchRows;
        m_maxBytes = s.batchBytes > 0 ? s.batchBytes : FlipletApi::DefaultBatchBytes;
    }

    bool add(const Change &change) override
    {
        const qsizetype rows = m_entryCount + m_deletes.size();
        if (change.action == ChangeAction::Delete) {
            if (rows > 0 && rows >= m_maxRows)
                return false;
            m_deletes.append(Values::toJson(change.remoteId));
            return true;
        }
        QByteArray entry;
        entry.reserve(64 + 32 * m_columns.size());
        entry.append('{');
        if (change.action == ChangeAction::Update) {
            entry.append("\"id\":");
            Values::appendJson(entry, change.remoteId);
            entry.append(',');
        }
        entry.append("\"data\":{");
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i)
                entry.append(',');
            Values::appendJsonString(entry, m_columns[i]);
            entry.append(':');
            Values::appendJson(entry, change.values.value(i));
        }
        entry.append("}}");
        if (rows > 0 && (rows >= m_maxRows || m_entries.size() + entry.size() + 256 > m_maxBytes))
            return false;
        if (m_entryCount)
            m_entries.append(',');
        m_entries.append(entry);
        ++m_entryCount;
        return true;
    }

    qsizetype size() const override { return m_entryCount + m_deletes.size(); }

    Result<void> commit() override
    {
        const FlipletTargetSpec &s = m_target.m_spec;
        QByteArray body;
        body.reserve(m_entries.size() + 16 * m_deletes.size() + 128);
        body.append("{\"append\":true,\"entries\":[");
        body.append(m_entries);
        body.append(']');
        if (!m_deletes.isEmpty()) {
            body.append(",\"delete\":[");
            body.append(m_deletes.join(','));
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
        m_entries.clear();

        QElapsedTimer timer;
        timer.start();
        const QString path = QStringLiteral("v1/data-sources/%1/commit").arg(s.dataSourceId);
        FERRY_TRY(response, m_target.m_http.send(m_target.request("POST", path, body)));
        if (response.status < 200 || response.status > 299)
            return m_target.httpError(response, tr("committing %n change(s)", nullptr, static_cast<int>(size())));
        // The answer is the updated data source; its shape is the server's confirmation.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.object().value(u"entries").isArray())
            return Error{ErrorCode::Server,
                         tr("the server accepted the commit but its answer has no 'entries' list; the changes may or "
                            "may not be applied, and the next run will reconcile them"),
                         m_target.describe()};
        qCDebug(lcFliplet).noquote() << "committed" << size() << "changes (" << body.size() << "bytes) in"
                                     << timer.elapsed() << "ms";
        return {};
    }

private:
    FlipletDataSource &m_target;
    QStringList m_columns;
    qsizetype m_maxRows;
    qint64 m_maxBytes;
    QByteArray m_entries;
    qsizetype m_entryCount = 0;
    QByteArrayList m_deletes;
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
    qCInfo(lcFliplet).noquote() << tr("authenticated as %1").arg(user.value(u"fullName").toString());
    return {};
}

Result<TargetSnapshot> FlipletDataSource::index(const QStringList &columns)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = QStringLiteral("v1/data-sources/%1/data").arg(m_spec.dataSourceId);
    FERRY_TRY(response, m_http.send(request("GET", path)));
    if (response.status < 200 || response.status > 299)
        return httpError(response, tr("reading the data source"));
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    response.body.clear();
    const QJsonValue entriesValue = doc.object().value(u"entries");
    if (parseError.error != QJsonParseError::NoError || !entriesValue.isArray())
        return Error{ErrorCode::Server,
                     parseError.error != QJsonParseError::NoError
                         ? tr("the data source answer is not valid JSON (%1 at byte %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : tr("the data source answer has no 'entries' list"),
                     describe()};
    const QJsonArray entries = entriesValue.toArray();
    doc = QJsonDocument();
    TargetSnapshot snapshot;
    snapshot.columns = columns;
    snapshot.entries.reserve(static_cast<size_t>(entries.size()));
    for (const QJsonValue &e : entries) {
        const QJsonObject entry = e.toObject();
        const QJsonValue id = entry.value(u"id");
        if (!id.isDouble() && !id.isString())
            return Error{ErrorCode::Server,
                         tr("a data source entry has no id: %1")
                             .arg(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)).left(200)),
                         describe()};
        const QJsonObject data = entry.value(u"data").toObject();
        TargetEntry t;
        t.remoteId = Values::fromJson(id);
        t.values.reserve(columns.size());
        for (const QString &c : columns)
            t.values.append(Values::fromJson(data.value(c)));
        snapshot.entries.push_back(std::move(t));
    }
    qCInfo(lcFliplet).noquote() << tr("the data source holds %n entries", nullptr, static_cast<int>(entries.size()))
                                << "(" << timer.elapsed() << "ms )";
    return snapshot;
}

std::unique_ptr<TargetBatch> FlipletDataSource::newBatch(const QStringList &columns)
{
    return std::make_unique<FlipletCommit>(*this, columns);
}

} // namespace Ferry
