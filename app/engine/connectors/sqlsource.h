// Reads the rows of a SQL query through Qt Sql, forward-only, keeping each value's type.
#pragma once

#include "core/result.h"
#include "sqlconnection.h"
#include "sync/recordset.h"

#include <QSqlQuery>

#include <atomic>
#include <memory>

namespace Ferry {

class SqlSource
{
public:
    explicit SqlSource(SqlConnectionParams params);
    ~SqlSource();
    Q_DISABLE_COPY_MOVE(SqlSource)

    Result<void> open();
    // Runs query and returns its column names; fetch() then collects the rows, polling cancel.
    Result<QStringList> start(const QString &query);
    Result<RecordSet> fetch(const std::atomic_bool *cancel = nullptr);
    // start() and fetch() in one.
    Result<RecordSet> read(const QString &query, const std::atomic_bool *cancel = nullptr);

private:
    SqlConnectionParams m_params;
    std::unique_ptr<SqlConnection> m_connection;
    std::unique_ptr<QSqlQuery> m_query;
    QStringList m_columns;
};

} // namespace Ferry
