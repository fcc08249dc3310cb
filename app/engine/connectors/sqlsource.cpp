#include "sqlsource.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "core/values.h"
#include "sqlintrospection.h"
#include "sqliterows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Ferry {

namespace {

const QString QueryField = QStringLiteral("source.query");

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// How a column's values are read where Qt's generic value is not what the column holds. Decided once per
// column from the driver's native type (QSqlField::typeID()). Naive date-times need nothing here: the
// drivers hand them out as Qt::LocalTime values, which RowSet reads by their fields, never their instant.
enum Read : std::uint8_t {
    AsIs,
    Instant,   // PostgreSQL timestamptz: an instant the driver turned into local time; kept in UTC
    Decimal,   // NUMERIC/DECIMAL: exact text under QSql::HighPrecision
    Floating,  // FLOAT/DOUBLE that MySQL and ODBC hand out as text under QSql::HighPrecision
    Json,      // PostgreSQL json/jsonb, MySQL's JSON: parsed, compared structurally
    MaybeJson, // MariaDB's json is a LONGTEXT with a binary collation, which Qt hands out as bytes
};

Read readFor(const QString &kind, const QSqlField &field)
{
    const int type = field.typeID();
    if (kind == u"postgres") {
        switch (type) {
        case 1184: // timestamptz
            return Instant;
        case 1700: // numeric
            return Decimal;
        case 114:  // json
        case 3802: // jsonb
            return Json;
        default:
            return AsIs;
        }
    }
    if (kind == u"mysql") {
        switch (type) {
        case 0:   // MYSQL_TYPE_DECIMAL
        case 246: // MYSQL_TYPE_NEWDECIMAL
            return Decimal;
        case 4: // MYSQL_TYPE_FLOAT
        case 5: // MYSQL_TYPE_DOUBLE
            return Floating;
        case 245: // MYSQL_TYPE_JSON (MySQL)
            return Json;
        case 249: // tiny, medium, long and plain blobs and text, varchar, char
        case 250:
        case 251:
        case 252:
        case 253:
        case 254:
            return MaybeJson;
        default:
            return AsIs;
        }
    }
    if (kind == u"mssql") { // ODBC SQL types
        switch (type) {
        case 2: // SQL_NUMERIC
        case 3: // SQL_DECIMAL
            return Decimal;
        case 6: // SQL_FLOAT
        case 7: // SQL_REAL
        case 8: // SQL_DOUBLE
            return Floating;
        default:
            return AsIs;
        }
    }
    return AsIs;
}

bool startsLikeJsonContainer(const QByteArray &b)
{
    for (char c : b) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

void addValue(RowSet &rows, std::uint8_t how, const QVariant &v)
{
    if (!Values::isNull(v)) {
        switch (how) {
        case Instant:
            if (v.typeId() == QMetaType::QDateTime && v.toDateTime().isValid()) {
                rows.addDateTime(v.toDateTime().toMSecsSinceEpoch(), Values::Zone::Utc);
                return;
            }
            break;
        case Decimal:
            if (v.typeId() == QMetaType::QString) {
                rows.addDecimal(v.toString().toLatin1());
                return;
            }
            break;
        case Floating:
            if (v.typeId() == QMetaType::QString) {
                bool ok = false;
                const double d = v.toString().toDouble(&ok);
                if (ok) {
                    rows.addDouble(d);
                    return;
                }
            }
            break;
        case Json:
            if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QByteArray) {
                if (rows.addJsonValue(v.typeId() == QMetaType::QString ? v.toString().toUtf8() : v.toByteArray()))
                    return;
            }
            break;
        case MaybeJson:
            if (v.typeId() == QMetaType::QByteArray) {
                const QByteArray bytes = v.toByteArray();
                if (startsLikeJsonContainer(bytes) && rows.addJsonValue(bytes))
                    return;
            }
            break;
        default:
            break;
        }
    }
    rows.addVariant(v);
}
// Notes a value a target may not get as it was (see ValueNote); a warning names it later.
void noteValue(RecordSet &out, std::uint8_t how, const QVariant &v, int column, qsizetype row)
{
    if (out.notes.size() >= RecordSet::MaxNotes)
        return;
    const int type = v.typeId();
    bool finite = true;
    if (type == QMetaType::Double || type == QMetaType::Float) {
        finite = std::isfinite(v.toDouble());
    } else if (type == QMetaType::QString) {
        const QString s = v.toString();
        if (s.contains(QChar::ReplacementCharacter)) {
            out.notes.push_back(ValueNote{ValueNote::ReplacementCharacter, column, row});
            return;
        }
        if (how == Floating)
            finite = std::isfinite(s.toDouble());
    }
    if (!finite)
        out.notes.push_back(ValueNote{ValueNote::NotFinite, column, row});
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
    if (m_interrupted.load())
        return Error{ErrorCode::Cancelled, tr("cancelled while connecting to the source"), context()};
    RunEvents::debug(lcSql, QStringLiteral("connected to %1").arg(m_params.describe()));
    return {};
}

void SqlSource::interrupt()
{
    m_interrupted.store(true);
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
    q.setNumericalPrecisionPolicy(QSql::HighPrecision); // read as the full run reads (addValue)
    if (!sqlExec(q, *m_connection, sql, cancel))
        return sqlQueryError(q.lastError(), context(), QueryField, cancel);
    // A statement the server cut short may still succeed (MySQL's SLEEP() returns early): cancel wins.
    if (cancelled(cancel))
        return Error{ErrorCode::Cancelled, tr("cancelled while the query ran"), context()};
    FERRY_TRY(columns, columnsOf(q));
    const int n = static_cast<int>(columns.size());
    std::vector<std::uint8_t> reads;
    const QSqlRecord record = q.record();
    for (int i = 0; i < n; ++i)
        reads.push_back(readFor(m_params.kind, record.field(i)));
    RecordSet out;
    out.columns = columns;
    out.rows = RowSet(n);
    while ((limit < 0 || out.rows.size() < limit) && q.next()) {
        const qsizetype row = out.rows.size();
        out.rows.beginRow();
        for (int i = 0; i < n; ++i) {
            const QVariant v = q.value(i);
            addValue(out.rows, reads[static_cast<size_t>(i)], v);
            noteValue(out, reads[static_cast<size_t>(i)], v, i, row);
        }
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
    // Decimals as their exact text (read as such in addValue), not rounded through double.
    m_query->setNumericalPrecisionPolicy(QSql::HighPrecision);
    const bool ran = m_query->exec(query);
    if (m_interrupted.load())
        return Error{ErrorCode::Cancelled, tr("cancelled while the source query ran"), context()};
    if (!ran)
        return sqlQueryError(m_query->lastError(), context(), QueryField, nullptr);
    FERRY_TRY(columns, columnsOf(*m_query));
    m_columns = columns;
    m_reads.clear();
    const QSqlRecord record = m_query->record();
    for (int i = 0; i < record.count(); ++i)
        m_reads.push_back(readFor(m_params.kind, record.field(i)));
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
    bool more = q.next();
    // SQLite: Qt has read the first row; its C API reads the others straight into the rows (sqliterows.h).
    std::unique_ptr<SqliteRows> direct;
    if (more && m_directSqliteReads && m_params.kind == u"sqlite")
        direct = SqliteRows::attach(q, sqliteIsUtf8());
    while (more) {
        const qsizetype row = out.rows.size();
        out.rows.beginRow();
        if (direct && row > 0) {
            direct->read(out, row);
        } else {
            for (int i = 0; i < n; ++i) {
                const QVariant v = q.value(i);
                addValue(out.rows, m_reads[static_cast<size_t>(i)], v);
                noteValue(out, m_reads[static_cast<size_t>(i)], v, i, row);
            }
        }
        out.rows.endRow();
        if ((out.rows.size() & 0x3fff) == 0) {
            if (cancelled(cancel))
                return Error{ErrorCode::Cancelled, tr("cancelled while reading the source"), {}};
            if ((out.rows.size() & 0x1ffff) == 0)
                RunEvents::phase(RunPhase::Reading, out.rows.size());
        }
        more = direct ? direct->next() : q.next();
    }
    const QSqlError error = direct ? direct->error() : q.lastError();
    if (error.isValid()) {
        Error e = sqlQueryError(error, context(), QueryField, nullptr);
        if (e.code == ErrorCode::Query && e.field == QueryField) // nothing more precise than "it failed"
            e.message = tr("reading the query's rows failed: %1").arg(error.text().trimmed());
        return e;
    }
    m_query.reset();
    RunEvents::info(lcSql,
                    tr("read %n rows in %1 ms", nullptr, static_cast<int>(out.rows.size())).arg(timer.elapsed()));
    return out;
}

bool SqlSource::sqliteIsUtf8() const
{
    // Another statement on the connection while the query's is in progress, as SQLite allows.
    QSqlQuery q(m_connection->database());
    return q.exec(QStringLiteral("PRAGMA encoding")) && q.next() && q.value(0).toString() == u"UTF-8";
}

Result<RecordSet> SqlSource::read(const QString &query, const std::atomic_bool *cancel)
{
    if (auto r = start(query); !r)
        return r.error();
    return fetch(cancel);
}

} // namespace Ferry
