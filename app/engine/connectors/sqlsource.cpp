#include "sqlsource.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "sqlintrospection.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <climits>

namespace Ferry {

namespace {

const QString QueryField = QStringLiteral("source.query");

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

int pluralCount(qint64 n)
{
    return static_cast<int>(std::min<qint64>(n, INT_MAX));
}

} // namespace

SqlSource::SqlSource(SqlConnectionParams params, QString query)
    : m_params(std::move(params)), m_queryText(std::move(query))
{}

QString SqlSource::describe() const
{
    return m_params.describe();
}

Capabilities SqlSource::capabilities() const
{
    Capabilities c = Capability::TypedColumns | Capability::LimitedSample;
    if (SqlInterrupt::supported(m_params.kind))
        c |= Capability::Interrupt;
    return c;
}

SqlSource::~SqlSource()
{
    // Nothing may interrupt this connection once it closes (a SQLite handle would dangle).
    std::thread interrupter;
    {
        std::lock_guard lock(m_interruptMutex);
        m_interrupt = SqlInterrupt();
        interrupter = std::move(m_interrupter);
    }
    if (interrupter.joinable())
        interrupter.join();
    m_query.reset(); // before the connection it runs on
}

Result<void> SqlSource::open()
{
    FERRY_TRY(connection, SqlConnection::open(m_params, /*readOnly=*/true));
    m_connection = std::move(connection);
    {
        std::lock_guard lock(m_interruptMutex);
        m_interrupt = m_connection->interruptHandle();
    }
    RunEvents::debug(lcSql, QStringLiteral("connected to %1").arg(m_params.describe()));
    return {};
}

void SqlSource::interrupt()
{
    std::lock_guard lock(m_interruptMutex);
    if (!m_interrupt.possible() || m_interrupter.joinable())
        return;
    if (m_interrupt.sqliteHandle) {
        m_interrupt.send(); // sets a flag: immediate, and the connection stays open while the lock is held
        return;
    }
    // Asking the server takes a second connection: not on the caller's thread, which must not block.
    m_interrupter = std::thread([interrupt = m_interrupt] { interrupt.send(); });
}

Result<QStringList> SqlSource::columnsOf(const QSqlQuery &query) const
{
    const QSqlRecord record = query.record();
    if (record.count() == 0)
        return Error{ErrorCode::Query, tr("the query returns no columns: it must be a SELECT"), context(), QueryField};
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    if (QStringList(columns).removeDuplicates() > 0)
        return Error{ErrorCode::Query,
                     tr("the query returns two columns with the same name: give each a distinct alias (AS name)"),
                     context(), QueryField};
    return columns;
}

Result<ConnectionInfo> SqlSource::test(const std::atomic_bool *cancel)
{
    if (cancelled(cancel))
        return Error{ErrorCode::Cancelled, tr("cancelled"), context()};
    if (!m_connection)
        if (auto r = open(); !r)
            return r.error();
    const SqlServerInfo server = sqlServerInfo(*m_connection);
    ConnectionInfo info;
    info.server = server.server;
    info.user = server.user;
    info.database = server.database;
    QString reached = info.server;
    if (m_params.kind == u"sqlite")
        reached = tr("%1, file %2").arg(info.server, info.database);
    else if (!info.database.isEmpty() && !info.user.isEmpty())
        reached = tr("%1, database %2 as %3").arg(info.server, info.database, info.user);
    else if (!info.user.isEmpty())
        reached = tr("%1 as %2").arg(info.server, info.user);
    if (m_queryText.trimmed().isEmpty()) {
        info.summary = reached;
        return info;
    }

    // The query: its columns (the server stops at once), then its rows counted on the server.
    FERRY_TRY(none, sample(0, cancel));
    info.columns = none.columns;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (sqlExec(q, *m_connection, sqlCountQuery(m_queryText), cancel) && !cancelled(cancel) && q.next()) {
        info.rowCount = q.value(0).toLongLong();
    } else {
        if (cancelled(cancel))
            return Error{ErrorCode::Cancelled, tr("cancelled while counting the query's rows"), context()};
        info.notes.append(tr("the query's rows could not be counted (%1)").arg(q.lastError().text().trimmed()));
    }
    const QString columns = tr("%n column(s)", nullptr, static_cast<int>(info.columns.size()));
    info.summary = info.rowCount >= 0 ? tr("%1: the query returns %2 row(s) of %3", nullptr, pluralCount(info.rowCount))
                                            .arg(reached)
                                            .arg(info.rowCount)
                                            .arg(columns)
                                      : tr("%1: the query runs and returns %2").arg(reached, columns);
    return info;
}

Result<SchemaInfo> SqlSource::discover(const std::atomic_bool *cancel)
{
    if (cancelled(cancel))
        return Error{ErrorCode::Cancelled, tr("cancelled"), context()};
    if (!m_connection)
        if (auto r = open(); !r)
            return r.error();
    FERRY_TRY(tables, sqlTables(*m_connection, cancel));
    SchemaInfo schema;
    schema.tables = std::move(tables);
    return schema;
}

Result<RecordSet> SqlSource::sample(qsizetype n, const std::atomic_bool *cancel)
{
    n = std::max<qsizetype>(n, 0);
    if (m_queryText.trimmed().isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("the source has no query"), context(), QueryField};
    if (cancelled(cancel))
        return Error{ErrorCode::Cancelled, tr("cancelled"), context()};
    if (!m_connection)
        if (auto r = open(); !r)
            return r.error();
    // The server stops after n rows: a LIMIT appended, or the query wrapped. Not every query takes either
    // (a statement such as SHOW, duplicate column names on MySQL, a CTE on SQL Server, …); such a query
    // runs as it is and only n rows are fetched. Its errors are then the query's own, as the user wrote it.
    // SQLite computes rows as they are fetched, so its query always runs as it is (its column names exactly
    // as a run sees them).
    for (const QString &limited : sqlLimitedQueries(m_params.kind, m_queryText, n)) {
        auto rows = readRows(limited, n, cancel);
        if (rows || rows.error().code == ErrorCode::Cancelled)
            return rows;
        RunEvents::debug(lcSql, QStringLiteral("the query cannot be limited so: %1").arg(rows.error().message));
    }
    return readRows(m_queryText, n, cancel);
}

Result<RecordSet> SqlSource::readRows(const QString &sql, qsizetype limit, const std::atomic_bool *cancel)
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!sqlExec(q, *m_connection, sql, cancel))
        return sqlQueryError(q.lastError(), context(), QueryField, cancel);
    // A statement the server cut short may still succeed (MySQL's SLEEP() returns early): cancel wins.
    if (cancelled(cancel))
        return Error{ErrorCode::Cancelled, tr("cancelled while the query ran"), context()};
    FERRY_TRY(columns, columnsOf(q));
    const int n = static_cast<int>(columns.size());
    RecordSet out;
    out.columns = columns;
    out.rows = RowSet(n);
    while ((limit < 0 || out.rows.size() < limit) && q.next()) {
        out.rows.beginRow();
        for (int i = 0; i < n; ++i)
            out.rows.addVariant(q.value(i));
        out.rows.endRow();
        if ((out.rows.size() & 0xfff) == 0 && cancelled(cancel))
            return Error{ErrorCode::Cancelled, tr("cancelled while reading the source"), context()};
    }
    if (q.lastError().isValid())
        return sqlQueryError(q.lastError(), context(), QueryField, cancel);
    q.finish();
    return out;
}

Result<QStringList> SqlSource::start(const QString &query)
{
    if (!m_connection)
        if (auto r = open(); !r)
            return r.error();
    m_query = std::make_unique<QSqlQuery>(m_connection->database());
    m_query->setForwardOnly(true);
    if (!m_query->exec(query))
        return sqlQueryError(m_query->lastError(), context(), QueryField, nullptr);
    FERRY_TRY(columns, columnsOf(*m_query));
    m_columns = columns;
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
            if (cancelled(cancel))
                return Error{ErrorCode::Cancelled, tr("cancelled while reading the source"), {}};
            if ((out.rows.size() & 0x1ffff) == 0)
                RunEvents::phase(RunPhase::Reading, out.rows.size());
        }
    }
    if (q.lastError().isValid())
        return Error{ErrorCode::Query, tr("reading the query's rows failed: %1").arg(q.lastError().text().trimmed()),
                     context(), QueryField};
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
