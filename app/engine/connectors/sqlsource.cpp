#include "sqlsource.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "queryinterrupter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Ferry {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::SqlSource", text, disambiguation, n);
}
} // namespace

SqlSource::SqlSource(SqlConnectionParams params, QString query)
    : m_params(std::move(params)), m_queryText(std::move(query))
{}

QString SqlSource::describe() const
{
    return m_params.describe();
}

SqlSource::~SqlSource()
{
    {
        std::lock_guard lock(m_interruptMutex);
        if (m_interrupter)
            m_interrupter->disarm();
    }
    m_query.reset(); // before the connection it runs on
}

void SqlSource::interrupt()
{
    m_interrupted.store(true);
    std::lock_guard lock(m_interruptMutex);
    if (m_interrupter)
        m_interrupter->interrupt();
}

Result<void> SqlSource::open()
{
    FERRY_TRY(connection, SqlConnection::open(m_params, /*readOnly=*/true));
    m_connection = std::move(connection);
    {
        std::lock_guard lock(m_interruptMutex);
        m_interrupter = QueryInterrupter::forConnection(*m_connection);
    }
    if (m_interrupted.load())
        return Error{ErrorCode::Cancelled, tr("cancelled while connecting to the source"), m_params.describe()};
    RunEvents::debug(lcSql, QStringLiteral("connected to %1").arg(m_params.describe()));
    return {};
}

Result<QStringList> SqlSource::start(const QString &query)
{
    if (!m_connection)
        if (auto r = open(); !r)
            return r.error();
    m_query = std::make_unique<QSqlQuery>(m_connection->database());
    m_query->setForwardOnly(true);
    const bool ran = m_query->exec(query);
    if (m_interrupted.load())
        return Error{ErrorCode::Cancelled, tr("cancelled while the source query ran"), m_params.describe()};
    if (!ran)
        return Error{
            ErrorCode::Query,
            tr("the query failed: %1; check it in your database tool first").arg(m_query->lastError().text().trimmed()),
            m_params.describe()};
    const QSqlRecord record = m_query->record();
    if (record.count() == 0)
        return Error{ErrorCode::Query, tr("the query returns no columns: it must be a SELECT"), m_params.describe()};
    m_columns.clear();
    for (int i = 0; i < record.count(); ++i)
        m_columns.append(record.fieldName(i));
    if (QStringList(m_columns).removeDuplicates() > 0)
        return Error{ErrorCode::Query,
                     tr("the query returns two columns with the same name: give each a distinct alias (AS name)"),
                     m_params.describe()};
    return m_columns;
}

Result<RecordSet> SqlSource::fetch(const std::atomic_bool *cancel)
{
    Q_ASSERT(m_query);
    QElapsedTimer timer;
    timer.start();
    QSqlQuery &q = *m_query;
    const int n = static_cast<int>(m_columns.size());
    RecordSet out;
    out.columns = m_columns;
    out.rows = RowSet(n);
    while (q.next()) {
        out.rows.beginRow();
        for (int i = 0; i < n; ++i)
            out.rows.addVariant(q.value(i));
        out.rows.endRow();
        if ((out.rows.size() & 0x3fff) == 0) {
            if (cancel && cancel->load())
                return Error{ErrorCode::Cancelled, tr("cancelled while reading the source"), {}};
            if ((out.rows.size() & 0x1ffff) == 0)
                RunEvents::phase(RunPhase::Reading, out.rows.size());
        }
    }
    if (q.lastError().isValid())
        return Error{ErrorCode::Query, tr("reading the query's rows failed: %1").arg(q.lastError().text().trimmed()),
                     m_params.describe()};
    m_query.reset();
    RunEvents::info(lcSql, tr("read %n rows", nullptr, static_cast<int>(out.rows.size())) +
                               QStringLiteral(" in %1 ms").arg(timer.elapsed()));
    return out;
}

Result<RecordSet> SqlSource::read(const QString &query, const std::atomic_bool *cancel)
{
    if (auto r = start(query); !r)
        return r.error();
    return fetch(cancel);
}

} // namespace Ferry
