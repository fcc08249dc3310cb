// Connection settings for Qt Sql, from job fields or a URL (postgres://user@host:port/db, mysql://…,
// sqlserver://…, sqlite:///path), the opening of a named connection on the calling thread, and the
// stopping of a statement in flight from another thread.
#pragma once

#include "core/result.h"
#include "job/jobspec.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

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

// The driver kind (sqlite, postgres, mysql, mssql) a connection URL's scheme names; empty if none.
QString sqlKindFromUrl(const QString &url);

// What it takes to stop a statement a connection runs, from another thread: the server's id of the
// session (PostgreSQL backend pid, MySQL connection id), asked through a second connection, or SQLite's
// own interrupt. A value, so it outlives nothing it points to, except the SQLite handle (see below).
struct SqlInterrupt
{
    SqlConnectionParams params;
    qint64 sessionId = 0;         // PostgreSQL, MySQL
    void *sqliteHandle = nullptr; // valid while the connection is open
    bool possible() const { return sessionId > 0 || sqliteHandle; }
    // Whether connections of this kind (sqlite, postgres, …) can be interrupted here.
    static bool supported(const QString &kind);
    // Blocks while a second connection asks the server (bounded by the connect timeout); false when it
    // could not. For SQLite the caller must keep the connection open meanwhile.
    bool send() const;
};

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
    const SqlInterrupt &interruptHandle() const { return m_interrupt; }

private:
    SqlConnection(SqlConnectionParams params, QString name);
    SqlConnectionParams m_params;
    QString m_name;
    SqlInterrupt m_interrupt;
};

// While alive, watches cancel from a thread of its own and stops the connection's statement in flight
// when it is set, so a long query ends soon after the user cancels. Construct before a blocking exec().
class SqlCancelWatch
{
public:
    SqlCancelWatch(const SqlConnection &connection, const std::atomic_bool *cancel);
    ~SqlCancelWatch();
    Q_DISABLE_COPY_MOVE(SqlCancelWatch)

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread;
};

} // namespace Ferry
