#include "httpjsonsource.h"

#include "core/logging.h"
#include "core/runevents.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace Ferry {

namespace {

constexpr int DefaultMaxPages = 100000;

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

// The line and column of a byte offset, for messages about a malformed page.
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

} // namespace

HttpJsonSource::HttpJsonSource(HttpSourceSpec spec, JobSecrets secrets, QString baseDir, RetrySpec retry)
    : m_spec(std::move(spec)), m_secrets(std::move(secrets)), m_baseDir(std::move(baseDir)), m_retry(retry)
{}

HttpJsonSource::~HttpJsonSource() = default;

QString HttpJsonSource::describe() const
{
    return tr("HTTP API %1").arg(QUrl(m_spec.url).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
}

Capabilities HttpJsonSource::capabilities() const
{
    return Capability::LimitedSample | Capability::Interrupt;
}

Result<void> HttpJsonSource::connect(const std::atomic_bool *cancel)
{
    const QUrl url(m_spec.url);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     tr("'%1' is not an http:// or https:// address").arg(m_spec.url),
                     {},
                     QStringLiteral("source.url")};
    if (!m_client) {
        FERRY_TRY(transport, HttpTransport::create(m_spec.transport, m_baseDir, QStringLiteral("source.transport")));
        m_transport = transport;
        FERRY_TRY(auth, HttpAuth::create(m_spec.auth, QStringLiteral("source.auth"), url, m_secrets, m_baseDir,
                                         m_transport, m_retry, cancel));
        m_auth = std::move(auth);
        m_client = std::make_unique<HttpClient>(m_transport->retry(m_retry), cancel);
        m_transport->configure(*m_client);
    }
    m_client->setCancelFlag(cancel);
    m_auth->setCancelFlag(cancel);
    return {};
}

QUrl HttpJsonSource::firstUrl() const
{
    QUrl url(m_spec.url);
    QUrlQuery query(url);
    for (const auto &[name, value] : m_spec.query) {
        query.removeAllQueryItems(name);
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(query);
    return url;
}

Error HttpJsonSource::pageError(ErrorCode code, const QString &message, const QUrl &url, const QString &field) const
{
    return Error{code, message, shown(url), field};
}

Result<HttpJsonSource::Page> HttpJsonSource::fetchPage(const QUrl &url, int number)
{
    const QString what = QStringLiteral("GET ") + shown(url);
    HttpResponse response;
    for (int attempt = 0;; ++attempt) {
        HttpRequest request;
        request.url = url;
        bool accept = false;
        for (const auto &[name, value] : m_spec.headers) {
            request.headers.append(qMakePair(name.toUtf8(), value.toUtf8()));
            accept = accept || name.compare(QLatin1String("Accept"), Qt::CaseInsensitive) == 0;
        }
        if (!accept)
            request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
        if (auto r = m_auth->authorize(request); !r)
            return r.error();
        auto sent = m_client->send(request);
        if (!sent) {
            Error e = sent.error();
            if (e.code != ErrorCode::Cancelled && e.field.isEmpty())
                e.field = m_client->lastFailureWasTls() ? QStringLiteral("source.transport.ca_file")
                                                        : QStringLiteral("source.url");
            if (e.code != ErrorCode::Cancelled)
                e.message = tr("page %1 could not be read: %2").arg(number).arg(e.message);
            return e;
        }
        response = std::move(*sent);
        if (response.status != 401 || attempt > 0)
            break;
        FERRY_TRY(renewed, m_auth->renewAfterUnauthorized());
        if (!renewed)
            break;
    }
    if (response.status == 401 || response.status == 403)
        return m_auth->refused(response, what);
    if (response.status == 404)
        return pageError(ErrorCode::NotFound,
                         tr("page %1: the API answered 404 Not Found: check the address in source.url").arg(number),
                         url, QStringLiteral("source.url"));
    if (response.status < 200 || response.status > 299) {
        QString said = QString::fromUtf8(response.body.left(300)).simplified();
        return pageError(ErrorCode::Server,
                         tr("page %1: the API answered HTTP %2%3")
                             .arg(number)
                             .arg(response.status)
                             .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + SecretMask::mask(said)),
                         url, QStringLiteral("source.url"));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(response.body, parseError.offset);
        return pageError(ErrorCode::Server,
                         tr("page %1 is not valid JSON: %2 at byte %3 (line %4, column %5); nothing was written")
                             .arg(number)
                             .arg(parseError.errorString())
                             .arg(parseError.offset)
                             .arg(line)
                             .arg(column),
                         url, QStringLiteral("source.url"));
    }
    const QJsonValue body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const std::optional<QJsonValue> found = jsonPointer(body, m_spec.records);
    if (!found || !found->isArray()) {
        const QString pointer = m_spec.records.isEmpty() ? QStringLiteral("(the whole answer)") : m_spec.records;
        const QString keys = body.isObject() ? body.toObject().keys().join(QStringLiteral(", ")) : QString();
        return pageError(ErrorCode::Server,
                         found ? tr("page %1: %2 is %3, not the array of records: set source.records to the JSON "
                                    "pointer of the array")
                                     .arg(number)
                                     .arg(pointer, jsonTypeName(*found))
                               : tr("page %1 has nothing at %2 (its top-level keys: %3): set source.records to the "
                                    "JSON pointer of the records array")
                                     .arg(number)
                                     .arg(pointer, keys),
                         url, QStringLiteral("source.records"));
    }
    const QJsonArray records = found->toArray();
    for (qsizetype i = 0; i < records.size(); ++i)
        if (!records.at(i).isObject())
            return pageError(ErrorCode::Server,
                             tr("page %1: record %2 is %3, not an object; Ferry reads records as JSON objects")
                                 .arg(number)
                                 .arg(i + 1)
                                 .arg(jsonTypeName(records.at(i))),
                             url, QStringLiteral("source.records"));
    return Page{records, body, std::move(response)};
}

Result<void> HttpJsonSource::readPages(bool firstOnly)
{
    const HttpPaginationSpec &p = m_spec.pagination;
    const int maxPages = p.maxPages > 0 ? p.maxPages : DefaultMaxPages;
    const QString pageParam = p.pageParam.isEmpty() ? QStringLiteral("page") : p.pageParam;
    const QString offsetParam = p.offsetParam.isEmpty() ? QStringLiteral("offset") : p.offsetParam;
    const QString cursorParam = p.cursorParam.isEmpty() ? QStringLiteral("cursor") : p.cursorParam;
    const QString sizeParam = !p.sizeParam.isEmpty()               ? p.sizeParam
                              : p.style == PaginationStyle::Offset ? QStringLiteral("limit")
                                                                   : QStringLiteral("per_page");
    const QUrl base = firstUrl();
    const auto withParams = [&](std::initializer_list<std::pair<QString, QString>> params) {
        QUrl url = base;
        QUrlQuery query(url);
        for (const auto &[name, value] : params) {
            query.removeAllQueryItems(name);
            query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        }
        if (p.pageSize > 0 &&
            (p.style == PaginationStyle::Page || p.style == PaginationStyle::Offset || !p.sizeParam.isEmpty())) {
            query.removeAllQueryItems(sizeParam);
            query.addQueryItem(sizeParam, QString::number(p.pageSize));
        }
        url.setQuery(query);
        return url;
    };

    QUrl url;
    switch (p.style) {
    case PaginationStyle::Page:
        url = withParams({{pageParam, QString::number(p.firstPage())}});
        break;
    case PaginationStyle::Offset:
        url = withParams({{offsetParam, QStringLiteral("0")}});
        break;
    default:
        url = p.pageSize > 0 && !p.sizeParam.isEmpty() ? withParams({}) : base;
        break;
    }
    qint64 offset = 0;
    int pageNumber = p.firstPage();
    QSet<QString> seen; // next links and cursors: a server that sends one twice would loop forever
    for (int number = 1;; ++number) {
        if (number > maxPages)
            return Error{ErrorCode::Server,
                         tr("the API still had more pages after %1; raise source.pagination.max_pages if that is "
                            "expected")
                             .arg(maxPages),
                         shown(url), QStringLiteral("source.pagination.max_pages")};
        FERRY_TRY(page, fetchPage(url, number));
        ++m_pagesRead;
        m_records.add(page.records);
        RunEvents::info(lcHttp,
                        tr("page %1: %n record(s)", nullptr, static_cast<int>(page.records.size())).arg(number));
        if (firstOnly)
            return {};
        const qsizetype count = page.records.size();
        const bool shortPage = count == 0 || (p.pageSize > 0 && count < p.pageSize);
        QUrl next;
        switch (p.style) {
        case PaginationStyle::None:
            return {};
        case PaginationStyle::NextLink: {
            QString link;
            if (p.nextPointer.isEmpty()) {
                link = linkHeaderNext(page.response.header("Link"));
            } else {
                const std::optional<QJsonValue> v = jsonPointer(page.body, p.nextPointer);
                if (v && !v->isNull() && !v->isString())
                    return pageError(ErrorCode::Server,
                                     tr("page %1: the next link at %2 is %3, not a URL")
                                         .arg(number)
                                         .arg(p.nextPointer, jsonTypeName(*v)),
                                     url, QStringLiteral("source.pagination.next"));
                link = v ? v->toString() : QString();
            }
            if (link.trimmed().isEmpty())
                return {};
            next = url.resolved(QUrl(link.trimmed()));
            break;
        }
        case PaginationStyle::Page:
            if (shortPage)
                return {};
            next = withParams({{pageParam, QString::number(++pageNumber)}});
            break;
        case PaginationStyle::Offset:
            if (shortPage)
                return {};
            offset += count;
            next = withParams({{offsetParam, QString::number(offset)}});
            break;
        case PaginationStyle::Cursor: {
            const std::optional<QJsonValue> v = jsonPointer(page.body, p.cursorPointer);
            if (!v || v->isNull() || (v->isString() && v->toString().isEmpty()) || v->isBool())
                return {};
            const QString cursor = v->isDouble() ? QString::number(v->toDouble(), 'g', 17) : v->toString();
            if (!v->isString() && !v->isDouble())
                return pageError(ErrorCode::Server,
                                 tr("page %1: the cursor at %2 is %3, not a token")
                                     .arg(number)
                                     .arg(p.cursorPointer, jsonTypeName(*v)),
                                 url, QStringLiteral("source.pagination.cursor"));
            next = withParams({{cursorParam, cursor}});
            break;
        }
        }
        const QString key = next.toString(QUrl::FullyEncoded);
        if (seen.contains(key) || next == url)
            return pageError(ErrorCode::Server,
                             tr("page %1 points to a page already read (%2): the API's pagination loops; check "
                                "source.pagination")
                                 .arg(number)
                                 .arg(shown(next)),
                             url, QStringLiteral("source.pagination"));
        seen.insert(key);
        url = next;
    }
}

Result<ConnectionInfo> HttpJsonSource::test(const std::atomic_bool *cancel)
{
    m_records = RecordCollector{};
    if (auto r = connect(cancel); !r)
        return r.error();
    if (auto r = readPages(true); !r)
        return r.error();
    const QUrl url(m_spec.url);
    ConnectionInfo info;
    info.columns = m_records.columns();
    const qsizetype count = m_records.size();
    info.server =
        tr("HTTP API at %1").arg(url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    info.object = url.path();
    info.summary = tr("Reached %1: the first page has %n record(s)", nullptr, static_cast<int>(count))
                       .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    if (m_spec.auth.kind != HttpAuthKind::None)
        info.user = tr("%1 credentials").arg(httpAuthKindName(m_spec.auth.kind));
    if (count == 0)
        info.notes.append(tr("the first page has no records, so no columns are known yet"));
    if (m_spec.pagination.style != PaginationStyle::None)
        info.notes.append(
            tr("pages are followed by %1; a run reads them all").arg(paginationStyleName(m_spec.pagination.style)));
    m_records = RecordCollector{};
    return info;
}

Result<SchemaInfo> HttpJsonSource::discover(const std::atomic_bool *cancel)
{
    m_records = RecordCollector{};
    if (auto r = connect(cancel); !r)
        return r.error();
    if (auto r = readPages(true); !r)
        return r.error();
    TableInfo table;
    table.name = m_spec.records.isEmpty() ? QStringLiteral("records") : m_spec.records;
    for (const QString &c : m_records.columns())
        table.columns.append(ColumnInfo{c, m_records.typeOf(c), true, false});
    SchemaInfo schema;
    schema.tables.append(table);
    schema.current = table.name;
    m_records = RecordCollector{};
    return schema;
}

Result<RecordSet> HttpJsonSource::sample(qsizetype n, const std::atomic_bool *cancel)
{
    m_records = RecordCollector{};
    if (auto r = connect(cancel); !r)
        return r.error();
    if (auto r = readPages(true); !r)
        return r.error();
    RecordSet all = m_records.take();
    if (all.rows.size() <= n)
        return all;
    RecordSet out;
    out.columns = all.columns;
    out.rows = RowSet(static_cast<int>(all.columns.size()));
    std::vector<int> every(static_cast<size_t>(all.columns.size()));
    for (int i = 0; i < static_cast<int>(every.size()); ++i)
        every[static_cast<size_t>(i)] = i;
    for (qsizetype r = 0; r < n; ++r)
        out.rows.appendProjected(all.rows, r, every);
    return out;
}

Result<QStringList> HttpJsonSource::start()
{
    m_records = RecordCollector{};
    m_pagesRead = 0;
    if (auto r = connect(&m_interrupted); !r)
        return r.error();
    if (auto r = readPages(false); !r)
        return r.error();
    m_started = true;
    return m_records.columns();
}

Result<RecordSet> HttpJsonSource::fetch(const std::atomic_bool *cancel)
{
    if ((cancel && cancel->load()) || m_interrupted.load())
        return Error{ErrorCode::Cancelled, tr("cancelled"), describe()};
    if (!m_started)
        return Error{ErrorCode::Internal, QStringLiteral("fetch() before start()"), describe()};
    return m_records.take();
}

} // namespace Ferry
