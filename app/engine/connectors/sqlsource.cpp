#include "sqlsource.h"

#include "core/logging.h"
#include "core/runevents.h"
#include "core/values.h"
#include "queryinterrupter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Ferry {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::SqlSource", text, disambiguation, n);
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
    // Decimals as their exact text (read as such in addValue), not rounded through double.
    m_query->setNumericalPrecisionPolicy(QSql::HighPrecision);
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
    m_reads.clear();
    for (int i = 0; i < record.count(); ++i) {
        m_columns.append(record.fieldName(i));
        m_reads.push_back(readFor(m_params.kind, record.field(i)));
    }
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
            addValue(out.rows, m_reads[static_cast<size_t>(i)], q.value(i));
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
