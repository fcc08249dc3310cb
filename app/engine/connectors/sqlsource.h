// Reads the rows of a SQL query through Qt Sql, forward-only, keeping each value's type.
#pragma once

#include "core/result.h"
#include "sqlconnection.h"
#include "sync/recordset.h"

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
    // Runs query and collects every row. cancel is polled while rows stream in.
    Result<RecordSet> read(const QString &query, const std::atomic_bool *cancel = nullptr);

private:
    SqlConnectionParams m_params;
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace Ferry
