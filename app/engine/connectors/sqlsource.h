// Reads the rows of a SQL query through Qt Sql (SQLite's rows through its C API), forward-only, keeping each value's
// type; tests the connection and the query, lists tables and views, and samples the query's first rows.
#pragma once

#include "core/recordset.h"
#include "core/result.h"
#include "source.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Ferry {

class QueryInterrupter;

class SqlSource final : public Source
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::SqlSource)
public:
    explicit SqlSource(SqlConnectionParams params, QString query = {});
    ~SqlSource() override;
    Q_DISABLE_COPY_MOVE(SqlSource)

    QString describe() const override;
    Capabilities capabilities() const override;
    Result<void> open();

    // Connects (precise errors: login, unknown host, missing database, …), then runs the query counted
    // on the server (a missing table, a bad query); summarises the server, user, database and row count.
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    // The server stops after n rows: LIMIT n appended to the query (OFFSET 0 ROWS FETCH NEXT n ROWS ONLY for
    // SQL Server), else the query wrapped as a subquery with LIMIT / TOP; a query that takes neither (SHOW, …)
    // runs as it is and only n rows are fetched. SQLite computes rows as they are fetched: its query runs as
    // it is and stops after n rows.
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;

    // Runs the job's query.
    Result<QStringList> start() override { return start(m_queryText); }
    // Runs query and returns its column names; fetch() then collects the rows, polling cancel.
    Result<QStringList> start(const QString &query);
    Result<RecordSet> fetch(const std::atomic_bool *cancel = nullptr) override;
    // start() and fetch() in one.
    Result<RecordSet> read(const QString &query, const std::atomic_bool *cancel = nullptr);
    // SQLite: fetch() reads rows through SQLite's C API (the same values as Qt Sql gives, faster; see
    // sqliterows.h) unless this is turned off, which tests do to compare the two.
    void setDirectSqliteReads(bool on) { m_directSqliteReads = on; }
    // From any thread: stops the statement in flight on the server (PostgreSQL, MySQL/MariaDB, SQLite), or
    // the read about to start when the connection is still being opened.
    void interrupt() override;

private:
    // Runs sql and fetches at most limit rows (all when limit < 0) into a RecordSet.
    Result<RecordSet> readRows(const QString &sql, qsizetype limit, const std::atomic_bool *cancel);
    Result<QStringList> columnsOf(const QSqlQuery &query) const;
    QString context() const { return m_params.describe(); }
    bool sqliteIsUtf8() const;

    SqlConnectionParams m_params;
    QString m_queryText;
    std::unique_ptr<SqlConnection> m_connection;
    std::unique_ptr<QSqlQuery> m_query;
    QStringList m_columns;

    std::mutex m_interruptMutex; // guards m_interrupt and m_interrupter
    SqlInterrupt m_interrupt;    // of the open connection
    std::thread m_interrupter;
    std::atomic_bool m_interrupted{false}; // set once interrupt() was called, even before the connection opened
    std::vector<std::uint8_t> m_reads;     // per column: how its values are read (see sqlsource.cpp)
    bool m_directSqliteReads = true;
};

} // namespace Ferry
