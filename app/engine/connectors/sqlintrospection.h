// What a SQL connection reaches, in each dialect: the server's product, version and user; the tables and
// views with their columns and keys; a query limited to n rows or counted without fetching its rows; and
// the server's query errors in the terms of the job field that holds the query.
#pragma once

#include "connectorinfo.h"
#include "core/result.h"
#include "sqlconnection.h"

#include <QSqlError>
#include <QString>

#include <atomic>

namespace Ferry {

struct SqlServerInfo
{
    QString server;   // "PostgreSQL 15.18", "MariaDB 10.11.19", "SQLite 3.40.1"
    QString user;     // as the server knows it
    QString database; // name, or file for SQLite
};

// Best effort: what the server does not say stays empty.
SqlServerInfo sqlServerInfo(const SqlConnection &connection);

// Tables and views the user can see (outside the system schemas), with their columns in order, declared
// types, nullability and primary key; sorted by schema and name.
Result<QList<TableInfo>> sqlTables(const SqlConnection &connection, const std::atomic_bool *cancel);

// Ways to have the server stop the query after n rows, to try in order: a LIMIT (OFFSET … FETCH for SQL
// Server) appended, which keeps the query's ORDER BY; then the query wrapped as a subquery (LIMIT, TOP),
// for queries that have a limit of their own. Empty for SQLite, which computes rows as they are fetched.
QStringList sqlLimitedQueries(const QString &kind, const QString &query, qsizetype n);
// The query wrapped to count its rows on the server.
QString sqlCountQuery(const QString &query);

// An error for a failed query: a table that does not exist (NotFound), a missing column or bad syntax
// (Query), no permission (Auth), or the statement stopped because cancel was set (Cancelled). field names
// the job field that holds the query.
Error sqlQueryError(const QSqlError &error, const QString &context, const QString &field,
                    const std::atomic_bool *cancel);

// Runs sql on the connection, stopping it on the server when cancel is set meanwhile.
bool sqlExec(QSqlQuery &query, const SqlConnection &connection, const QString &sql, const std::atomic_bool *cancel);

} // namespace Ferry
