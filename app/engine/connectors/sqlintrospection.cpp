#include "sqlintrospection.h"

#include "sqlitetable.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace Ferry {

namespace {

class SqlText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::SqlIntrospection)
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

Error cancelledError(const QString &context)
{
    return Error{ErrorCode::Cancelled, SqlText::tr("cancelled"), context};
}

bool has(const QString &text, const char *what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}

// The query as it can go inside a subquery: no trailing semicolons. The newlines around it keep a
// trailing line comment from swallowing the closing parenthesis.
QString inner(const QString &query)
{
    QString q = query.trimmed();
    while (q.endsWith(u';'))
        q = q.chopped(1).trimmed();
    return u'\n' + q + u'\n';
}

bool truthy(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString) {
        const QString s = v.toString().trimmed().toLower();
        return s == u"1" || s == u"t" || s == u"true" || s == u"yes" || s == u"y";
    }
    return v.toBool();
}

// One row per column: schema (empty for the default), table, is view, column, type, nullable, primary key.
void addColumnRow(QList<TableInfo> &tables, const QString &schema, const QString &table, bool view, ColumnInfo column)
{
    if (tables.isEmpty() || tables.back().schema != schema || tables.back().name != table)
        tables.append(TableInfo{schema, table, view, {}});
    tables.back().columns.append(std::move(column));
}

Result<QList<TableInfo>> sqliteTables(const SqlConnection &c, const std::atomic_bool *cancel)
{
    // Table by table, so that one broken view does not hide the rest.
    QSqlQuery list(c.database());
    if (!list.exec(QStringLiteral("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name "
                                  "NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return Error{ErrorCode::Io, SqlText::tr("cannot list the tables: %1").arg(list.lastError().text()),
                     c.params().describe()};
    QList<TableInfo> out;
    while (list.next()) {
        if (cancelled(cancel))
            return cancelledError(c.params().describe());
        TableInfo table{QString(), list.value(0).toString(), list.value(1).toString() == u"view", {}};
        QSqlQuery info(c.database());
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(sqlIdentifier(table.name))))
            continue;
        while (info.next())
            table.columns.append(ColumnInfo{info.value(1).toString(), info.value(2).toString(),
                                            info.value(3).toInt() == 0, info.value(5).toInt() > 0});
        out.append(std::move(table));
    }
    return out;
}

} // namespace

SqlServerInfo sqlServerInfo(const SqlConnection &connection)
{
    const SqlConnectionParams &p = connection.params();
    SqlServerInfo info;
    QSqlQuery q(connection.database());
    if (p.kind == u"sqlite") {
        info.database = p.database;
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            info.server = QStringLiteral("SQLite ") + q.value(0).toString();
        return info;
    }
    info.user = p.username;
    info.database = p.kind == u"mssql" ? QString() : p.database;
    if (p.kind == u"postgres") {
        if (q.exec(QStringLiteral("SELECT current_setting('server_version'), current_user, current_database()")) &&
            q.next()) {
            info.server = QStringLiteral("PostgreSQL ") + q.value(0).toString().section(u' ', 0, 0);
            info.user = q.value(1).toString();
            info.database = q.value(2).toString();
        }
    } else if (p.kind == u"mysql") {
        if (q.exec(QStringLiteral("SELECT VERSION(), CURRENT_USER(), DATABASE()")) && q.next()) {
            const QString version = q.value(0).toString();
            const qsizetype maria = version.indexOf(QLatin1String("-MariaDB"), 0, Qt::CaseInsensitive);
            info.server = maria >= 0 ? QStringLiteral("MariaDB ") + version.left(maria)
                                     : QStringLiteral("MySQL ") + version.section(u'-', 0, 0);
            info.user = q.value(1).toString();
            info.database = q.value(2).toString();
        }
    } else if (p.kind == u"mssql") {
        if (q.exec(QStringLiteral(
                "SELECT CAST(SERVERPROPERTY('ProductVersion') AS NVARCHAR(128)), SUSER_SNAME(), DB_NAME()")) &&
            q.next()) {
            info.server = QStringLiteral("SQL Server ") + q.value(0).toString();
            info.user = q.value(1).toString();
            info.database = q.value(2).toString();
        } else {
            info.server = SqlText::tr("SQL Server (ODBC)");
        }
    }
    return info;
}

Result<QList<TableInfo>> sqlTables(const SqlConnection &connection, const std::atomic_bool *cancel)
{
    const SqlConnectionParams &p = connection.params();
    if (p.kind == u"sqlite")
        return sqliteTables(connection, cancel);
    QString sql;
    if (p.kind == u"postgres") {
        sql = QStringLiteral(
            "SELECT CASE WHEN n.nspname = current_schema() THEN '' ELSE n.nspname END, c.relname, "
            "c.relkind IN ('v', 'm'), a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, "
            "COALESCE(a.attnum = ANY (i.indkey), false) "
            "FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "LEFT JOIN pg_catalog.pg_index i ON i.indrelid = c.oid AND i.indisprimary "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition "
            "AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' "
            "AND pg_catalog.has_table_privilege(c.oid, 'SELECT') "
            "ORDER BY 1, 2, a.attnum");
    } else if (p.kind == u"mysql") {
        sql = QStringLiteral(
            "SELECT IF(c.TABLE_SCHEMA = DATABASE(), '', c.TABLE_SCHEMA), c.TABLE_NAME, t.TABLE_TYPE = 'VIEW', "
            "c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE = 'YES', c.COLUMN_KEY = 'PRI' "
            "FROM information_schema.COLUMNS c JOIN information_schema.TABLES t "
            "ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
            "WHERE c.TABLE_SCHEMA = DATABASE() OR (DATABASE() IS NULL AND c.TABLE_SCHEMA NOT IN "
            "('mysql', 'information_schema', 'performance_schema', 'sys')) "
            "ORDER BY 1, 2, c.ORDINAL_POSITION");
    } else {
        // The standard INFORMATION_SCHEMA: SQL Server, and other servers reached through ODBC.
        sql = QStringLiteral(
            "SELECT c.TABLE_SCHEMA, c.TABLE_NAME, t.TABLE_TYPE, c.COLUMN_NAME, c.DATA_TYPE, "
            "c.CHARACTER_MAXIMUM_LENGTH, c.NUMERIC_PRECISION, c.NUMERIC_SCALE, c.IS_NULLABLE, "
            "CASE WHEN pk.COLUMN_NAME IS NULL THEN 0 ELSE 1 END "
            "FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t "
            "ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
            "LEFT JOIN (SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.COLUMN_NAME "
            "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
            "ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
            "AND k.TABLE_NAME = tc.TABLE_NAME WHERE tc.CONSTRAINT_TYPE = 'PRIMARY KEY') pk "
            "ON pk.TABLE_SCHEMA = c.TABLE_SCHEMA AND pk.TABLE_NAME = c.TABLE_NAME AND pk.COLUMN_NAME = c.COLUMN_NAME "
            "WHERE c.TABLE_SCHEMA NOT IN ('INFORMATION_SCHEMA', 'sys', 'information_schema', 'pg_catalog') "
            "ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION");
    }
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!sqlExec(q, connection, sql, cancel))
        return sqlQueryError(q.lastError(), p.describe(), QString(), cancel);
    QList<TableInfo> out;
    const bool standard = p.kind != u"postgres" && p.kind != u"mysql";
    while (q.next()) {
        if ((out.size() & 0xff) == 0 && cancelled(cancel))
            return cancelledError(p.describe());
        QString schema = q.value(0).toString();
        const QString table = q.value(1).toString();
        if (!standard) {
            addColumnRow(
                out, schema, table, truthy(q.value(2)),
                ColumnInfo{q.value(3).toString(), q.value(4).toString(), truthy(q.value(5)), truthy(q.value(6))});
            continue;
        }
        if (schema == u"dbo" || schema == u"public")
            schema.clear();
        QString type = q.value(4).toString();
        const QVariant length = q.value(5);
        if (!length.isNull() && length.toLongLong() != 0)
            type += length.toLongLong() < 0 ? QStringLiteral("(max)") : QStringLiteral("(%1)").arg(length.toLongLong());
        else if ((type == u"decimal" || type == u"numeric") && !q.value(6).isNull())
            type += QStringLiteral("(%1,%2)").arg(q.value(6).toInt()).arg(q.value(7).toInt());
        addColumnRow(out, schema, table, q.value(2).toString().contains(QLatin1String("VIEW"), Qt::CaseInsensitive),
                     ColumnInfo{q.value(3).toString(), type, q.value(8).toString() == u"YES", truthy(q.value(9))});
    }
    if (q.lastError().isValid())
        return sqlQueryError(q.lastError(), p.describe(), QString(), cancel);
    return out;
}

QStringList sqlLimitedQueries(const QString &kind, const QString &query, qsizetype n)
{
    if (kind == u"sqlite")
        return {};
    const QString q = inner(query);
    if (kind == u"mssql")
        return {QStringLiteral("%1OFFSET 0 ROWS FETCH NEXT %2 ROWS ONLY").arg(q).arg(n),
                QStringLiteral("SELECT TOP (%1) * FROM (%2) AS ferry_sample").arg(n).arg(q)};
    // MySQL and MariaDB ignore an ORDER BY inside a subquery without a limit, hence the appended one first.
    return {QStringLiteral("%1LIMIT %2").arg(q).arg(n),
            QStringLiteral("SELECT * FROM (%1) AS ferry_sample LIMIT %2").arg(q).arg(n)};
}

QString sqlCountQuery(const QString &query)
{
    return QStringLiteral("SELECT COUNT(*) FROM (%1) AS ferry_count").arg(inner(query));
}

Error sqlQueryError(const QSqlError &error, const QString &context, const QString &field,
                    const std::atomic_bool *cancel)
{
    if (cancelled(cancel))
        return Error{ErrorCode::Cancelled, SqlText::tr("cancelled while the query ran"), context};
    // The server's first line (PostgreSQL adds the query and a caret below); the driver's words ("Unable to
    // execute statement") add nothing.
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    text = text.section(u'\n', 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    const QString code = error.nativeErrorCode();
    if (has(text, "database disk image is malformed") || has(text, "file is not a database") ||
        has(text, "database corruption"))
        return Error{ErrorCode::Io,
                     SqlText::tr("the SQLite database file is damaged: it may be truncated or corrupt (%1); restore it "
                                 "from a backup, or save what is left with sqlite3's .recover")
                         .arg(text),
                     context, QStringLiteral("source.path")};
    if (has(text, "multiple statements") || has(error.driverText(), "multiple statements"))
        return Error{ErrorCode::Query,
                     SqlText::tr("the query holds more than one statement; Ferry runs one SELECT: keep only the one "
                                 "whose rows are synced"),
                     context, field};
    if (code == u"42P01" || code == u"1146" || code == u"42S02" || code == u"208" || has(text, "no such table") ||
        (has(text, "relation \"") && has(text, "does not exist")) || has(text, "doesn't exist") ||
        has(text, "Invalid object name"))
        return Error{ErrorCode::NotFound,
                     SqlText::tr("the query reads a table or view that does not exist (%1): check its name, and the "
                                 "database the job connects to")
                         .arg(text),
                     context, field};
    if (code == u"42501" || code == u"1142" || code == u"229" || has(text, "permission denied") ||
        has(text, "command denied"))
        return Error{ErrorCode::Auth,
                     SqlText::tr("the database user may not read what the query reads (%1): grant SELECT, or connect "
                                 "as another user")
                         .arg(text),
                     context, field};
    if (code == u"42703" || code == u"1054" || code == u"207" || has(text, "no such column") ||
        has(text, "Unknown column") || has(text, "Invalid column name") ||
        (has(text, "column \"") && has(text, "does not exist")))
        return Error{ErrorCode::Query,
                     SqlText::tr("the query reads a column that does not exist (%1): check the column names").arg(text),
                     context, field};
    return Error{ErrorCode::Query, SqlText::tr("the query failed: %1; check it in your database tool first").arg(text),
                 context, field};
}

bool sqlExec(QSqlQuery &query, const SqlConnection &connection, const QString &sql, const std::atomic_bool *cancel)
{
    SqlCancelWatch watch(connection, cancel);
    return query.exec(sql);
}

} // namespace Ferry
