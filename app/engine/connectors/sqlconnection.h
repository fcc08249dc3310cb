// Connection settings for Qt Sql, from job fields or a URL (postgres://user@host:port/db, mysql://…,
// sqlserver://…, sqlite:///path), and the opening of a named connection on the calling thread.
#pragma once

#include "core/result.h"
#include "job/jobspec.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Ferry {

struct SqlConnectionParams
{
    QString kind;     // sqlite, postgres, mysql, mssql
    QString qtDriver; // QSQLITE, QPSQL, QMYSQL, QODBC
    QString host;
    int port = 0;
    QString database; // for QODBC: the whole connection string
    QString username;
    QString password;
    QString options;

    QString describe() const; // for messages: never includes the password
};

// baseDir resolves a relative SQLite path; password is the resolved secret (may be empty).
Result<SqlConnectionParams> sqlConnectionParams(const SqlSourceSpec &spec, const QString &baseDir,
                                                const QString &password);

// An open Qt Sql connection owned by the thread that opened it; closes and unregisters itself.
class SqlConnection
{
public:
    // readOnly applies to SQLite, and then the file must exist.
    static Result<std::unique_ptr<SqlConnection>> open(const SqlConnectionParams &params, bool readOnly);
    ~SqlConnection();
    Q_DISABLE_COPY_MOVE(SqlConnection)

    QSqlDatabase database() const;
    const SqlConnectionParams &params() const { return m_params; }

private:
    SqlConnection(SqlConnectionParams params, QString name);
    SqlConnectionParams m_params;
    QString m_name;
};

} // namespace Ferry
