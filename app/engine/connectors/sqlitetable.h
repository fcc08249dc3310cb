// Target: a table in a SQLite database file (the embedded default). Rows are matched by the sync key;
// the SQLite rowid serves as the remote id.
#pragma once

#include "job/jobspec.h"
#include "sqlconnection.h"
#include "target.h"

#include <QCoreApplication>

namespace Ferry {

class SqliteTable final : public Target
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::SqliteTable)
public:
    // baseDir resolves a relative path.
    SqliteTable(SqliteTargetSpec spec, const QString &baseDir);
    ~SqliteTable() override;

    QString describe() const override;
    Capabilities capabilities() const override;
    // Reads only: never creates the file or the table (with create_table, their absence is a note).
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    // The file's tables and their columns; current is the job's table when it exists.
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    // The table's first n rows, in rowid order.
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;
    Result<void> open() override;
    Result<TargetSnapshot> index(const QStringList &columns) override;
    std::unique_ptr<TargetBatch> newBatch(const Plan &plan) override;
    // Ids are rowids: an insert's is the rowid SQLite gave it.
    void setReportIds(bool on) override { m_reportIds = on; }

private:
    friend class SqliteTableBatch;
    // A read-only connection to the existing file, checked to be a SQLite database.
    Result<std::unique_ptr<SqlConnection>> openForReading() const;
    Result<void> prepareTable(const QStringList &columns); // create the table / add columns when allowed
    Result<void> connect();                                // opens (and so creates) the file
    Result<void> readColumns();                            // the table's columns now

    SqliteTargetSpec m_spec;
    bool m_reportIds = false;
    QString m_path;
    std::unique_ptr<SqlConnection> m_connection;
    QStringList m_existingColumns; // empty: the table does not exist (yet)
};

QString sqlIdentifier(const QString &name);

} // namespace Ferry
