// Interrupts a query running on another thread's connection, from any thread, without waiting:
// SQLite through sqlite3_interrupt(), PostgreSQL through pg_cancel_backend() and MySQL/MariaDB through
// KILL QUERY, both sent over a second connection on a background thread. SQL Server (ODBC) reads stop
// at the next fetched row instead.
#pragma once

#include "sqlconnection.h"

#include <memory>
#include <mutex>

namespace Ferry {

class QueryInterrupter
{
public:
    // Call on the thread that owns connection, right after it opened.
    static std::shared_ptr<QueryInterrupter> forConnection(const SqlConnection &connection);

    void interrupt();
    // Called by the owner before the connection closes: interrupt() does nothing from then on.
    void disarm();

private:
    std::mutex m_mutex;
    SqlConnectionParams m_params;
    void *m_sqlite = nullptr;   // sqlite3*
    qint64 m_serverSession = 0; // PostgreSQL backend pid, MySQL connection id
    bool m_armed = true;
};

} // namespace Ferry
