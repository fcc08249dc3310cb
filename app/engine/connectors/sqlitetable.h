// Target: a table in a SQLite database file (the embedded default). Rows are matched by the sync key;
// the SQLite rowid serves as the remote id.
#pragma once

#include "job/jobspec.h"
#include "sqlconnection.h"
#include "target.h"

namespace Ferry {

class SqliteTable final : public Target
{
public:
    // baseDir resolves a relative path.
    SqliteTable(SqliteTargetSpec spec, const QString &baseDir);
    ~SqliteTable() override;

    QString describe() const override;
    Result<void> open() override;
    Result<TargetSnapshot> index(const QStringList &columns) override;
    std::unique_ptr<TargetBatch> newBatch(const Plan &plan) override;

private:
    friend class SqliteTableBatch;
    Result<void> prepareTable(const QStringList &columns); // create the table / add columns when allowed

    SqliteTargetSpec m_spec;
    QString m_path;
    std::unique_ptr<SqlConnection> m_connection;
    QStringList m_existingColumns; // empty: the table does not exist (yet)
};

QString sqlIdentifier(const QString &name);

} // namespace Ferry
