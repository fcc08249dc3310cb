#include "flipletsource.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "flipletapi.h"
#include "flipletentryrows.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ferry {

FlipletSource::FlipletSource(FlipletSourceSpec spec, QString token, RetrySpec retry)
    : m_spec(std::move(spec)), m_token(std::move(token)), m_retry(retry)
{}

std::unique_ptr<FlipletDataSource> FlipletSource::client(const std::atomic_bool *cancel) const
{
    FlipletTargetSpec t;
    t.dataSourceId = m_spec.dataSourceId;
    t.apiUrl = m_spec.apiUrl;
    auto api = std::make_unique<FlipletDataSource>(t, m_token, m_retry, cancel);
    api->setJobSide(QStringLiteral("source"));
    return api;
}

QString FlipletSource::describe() const
{
    return tr("Fliplet data source %1 at %2")
        .arg(m_spec.dataSourceId.trimmed(), FlipletApi::baseUrl(m_token, m_spec.apiUrl));
}

Capabilities FlipletSource::capabilities() const
{
    return Capability::FreeColumns;
}

QByteArray FlipletSource::queryBody() const
{
    QJsonObject body;
    if (!m_spec.where.isEmpty())
        body.insert(QStringLiteral("where"), m_spec.where);
    if (!m_spec.attributes.isEmpty())
        body.insert(QStringLiteral("attributes"), QJsonArray::fromStringList(m_spec.attributes));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<RecordSet> FlipletSource::runQuery(FlipletDataSource &api, qsizetype limit, bool once) const
{
    if (m_token.isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("the Fliplet auth_token is empty"), describe(),
                     QStringLiteral("source.auth_token")};
    FERRY_TRY(response, api.query(queryBody(), once));
    if (response.status == 400)
        return Error{ErrorCode::InvalidConfig,
                     tr("the Fliplet API refused the query: HTTP 400 (%1); check source.where and "
                        "source.attributes")
                         .arg(QJsonDocument::fromJson(response.body).object().value(u"message").toString()),
                     describe(), QStringLiteral("source.where")};
    if (response.status < 200 || response.status > 299)
        return api.dataSourceError(response, tr("querying the data source's entries"));
    auto rows = FlipletEntryRows::read(response.body, limit);
    if (!rows)
        return Error{rows.error().code, rows.error().message, describe()};
    return rows;
}

Result<ConnectionInfo> FlipletSource::test(const std::atomic_bool *cancel)
{
    auto api = client(cancel);
    FERRY_TRY(info, api->test(cancel));
    FERRY_TRY(rows, runQuery(*api, -1, true));
    info.rowCount = rows.rows.size();
    info.columns = rows.columns;
    info.summary = tr("%1 as %2: data source %3, %n entries to read", nullptr, static_cast<int>(info.rowCount))
                       .arg(info.server, info.user, info.object);
    return info;
}

Result<SchemaInfo> FlipletSource::discover(const std::atomic_bool *cancel)
{
    auto api = client(cancel);
    SchemaInfo schema;
    FERRY_TRY(list, api->dataSources());
    schema.dataSources = list;
    const QString chosen = m_spec.dataSourceId.trimmed();
    for (const DataSourceInfo &d : std::as_const(schema.dataSources)) {
        TableInfo table{QString(), d.name.isEmpty() ? d.id : tr("%1 (%2)").arg(d.name, d.id), false, {}};
        QStringList columns = FlipletEntryRows::entryColumns();
        if (d.id == chosen && d.columns.isEmpty()) {
            // No declared columns: the fields its entries use. Reads them.
            FERRY_TRY(rows, runQuery(*api, 1000, false));
            columns = rows.columns;
        } else {
            columns += d.columns;
        }
        for (const QString &c : std::as_const(columns))
            table.columns.append(ColumnInfo{c, QString(), true, c == FlipletEntryRows::entryColumns().first()});
        if (d.id == chosen)
            schema.current = table.name;
        schema.tables.append(std::move(table));
    }
    return schema;
}

Result<RecordSet> FlipletSource::sample(qsizetype n, const std::atomic_bool *cancel)
{
    auto api = client(cancel);
    return runQuery(*api, std::max<qsizetype>(n, 0), false);
}

Result<QStringList> FlipletSource::start()
{
    QElapsedTimer timer;
    timer.start();
    auto api = client(&m_interrupted);
    if (auto opened = api->open(); !opened)
        return opened.error();
    FERRY_TRY(rows, runQuery(*api, -1, false));
    RunEvents::info(lcFliplet, tr("the query returned %n entries", nullptr, static_cast<int>(rows.rows.size())) +
                                   QStringLiteral(" (%1 ms)").arg(timer.elapsed()));
    m_rows = std::move(rows);
    return m_rows.columns;
}

Result<RecordSet> FlipletSource::fetch(const std::atomic_bool *cancel)
{
    if ((cancel && cancel->load()) || m_interrupted)
        return Error{ErrorCode::Cancelled, tr("cancelled"), describe()};
    return std::move(m_rows);
}

} // namespace Ferry
