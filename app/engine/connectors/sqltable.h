// Target: a table on PostgreSQL, MySQL/MariaDB, SQL Server (ODBC) or in a SQLite file (type: sql). Rows are
// matched by the sync key: inserts and updates go as the server's native upsert, deletes by key, batch by
// batch, each batch in one transaction. With create_table the table is created (the key its primary key,
// column types from the values) and missing columns are added. What differs between servers is in
// SqlDialect.
#pragma once

#include "job/jobspec.h"
#include "sqlconnection.h"
#include "sqldialect.h"
#include "target.h"

#include <QCoreApplication>
#include <QSqlError>

#include <map>
#include <optional>

class QSqlQuery;

namespace Ferry {

class SqlTable final : public Target
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::SqlTable)
public:
    // params: the resolved connection (sqlConnectionParams); key: the sync key's columns (empty: rows are
    // only inserted).
    SqlTable(SqlTargetSpec spec, SqlConnectionParams params, QStringList key, const std::atomic_bool *cancel);
    ~SqlTable() override;
    Q_DISABLE_COPY_MOVE(SqlTable)

    QString describe() const override;
    Capabilities capabilities() const override;
    // Reads only: never creates the table (or a SQLite file); with create_table their absence is a note.
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;
    Result<void> open() override;
    // Checks that the key has a unique index (an upsert needs one), then reads the table ordered by key.
    Result<TargetSnapshot> index(const QStringList &columns) override;
    std::unique_ptr<TargetBatch> newBatch(const Plan &plan) override;
    // Ids are keys (sync.key's values, composite parts joined by ", "), which address the rows here.
    void setReportIds(bool on) override { m_reportIds = on; }

    const SqlDialect &dialect() const { return *m_dialect; }

private:
    friend class SqlTableBatch;
    bool fileMissing() const; // SQLite: the file is not there (yet)
    Result<void> connect();
    // The table as it is now (another process may have created, altered or dropped it).
    Result<void> readTable(const std::atomic_bool *cancel);
    // Whether a unique index (or the primary key) covers exactly the key's columns.
    Result<bool> keyIsUnique();
    Error keyNotUniqueError() const;
    Error missingTableError(const QList<TableInfo> &tables) const;
    // Creates the table or adds the columns the plan writes, when the job allows it.
    Result<void> prepareTable(const Plan &plan);
    // An error of the connection or the SQL source, pointed at the target's fields.
    Error asTargetError(Error e) const;
    Error writeError(const QSqlError &error, const QString &rowKey) const;
    // The statement prepared for sql (kept for the next batch); null with error set when it cannot be.
    QSqlQuery *statement(const QString &sql, QSqlError *error);
    QString table() const; // quoted, qualified
    QString tableName() const;

    SqlTargetSpec m_spec;
    bool m_reportIds = false;
    SqlConnectionParams m_params;
    QStringList m_key;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<SqlConnection> m_connection;
    std::optional<TableInfo> m_table;                           // empty: the table does not exist (yet)
    bool m_prepared = false;                                    // prepareTable() succeeded
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // prepared, by SQL text
};

} // namespace Ferry
