// Reads the rows of a SQL query through Qt Sql, forward-only, keeping each value's type.
#pragma once

#include "core/recordset.h"
#include "core/result.h"
#include "source.h"
#include "sqlconnection.h"

#include <QSqlQuery>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace Ferry {

class QueryInterrupter;

class SqlSource final : public Source
{
public:
    explicit SqlSource(SqlConnectionParams params, QString query = {});
    ~SqlSource() override;
    Q_DISABLE_COPY_MOVE(SqlSource)

    QString describe() const override;
    Result<void> open();
    // Runs the job's query.
    Result<QStringList> start() override { return start(m_queryText); }
    // Runs query and returns its column names; fetch() then collects the rows, polling cancel.
    Result<QStringList> start(const QString &query);
    Result<RecordSet> fetch(const std::atomic_bool *cancel = nullptr) override;
    // From any thread: stops a query in flight (or the connection being opened) soon.
    void interrupt() override;
    // start() and fetch() in one.
    Result<RecordSet> read(const QString &query, const std::atomic_bool *cancel = nullptr);

private:
    SqlConnectionParams m_params;
    QString m_queryText;
    std::unique_ptr<SqlConnection> m_connection;
    std::unique_ptr<QSqlQuery> m_query;
    QStringList m_columns;
    std::mutex m_interruptMutex;
    std::shared_ptr<QueryInterrupter> m_interrupter;
    std::atomic_bool m_interrupted{false};
    std::vector<std::uint8_t> m_reads; // per column: how its values are read (see sqlsource.cpp)
};

} // namespace Ferry
