#include "queryinterrupter.h"

#include "core/backgroundthreads.h"
#include "core/logging.h"
#include "core/runevents.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Ferry {

std::shared_ptr<QueryInterrupter> QueryInterrupter::forConnection(const SqlConnection &connection)
{
    auto out = std::make_shared<QueryInterrupter>();
    out->m_params = connection.params();
    QSqlDatabase db = connection.database();
    const QString kind = connection.params().kind;
    if (kind == u"sqlite") {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            out->m_sqlite = *static_cast<sqlite3 *const *>(handle.data());
    } else if (kind == u"postgres" || kind == u"mysql") {
        QSqlQuery q(db);
        if (q.exec(kind == u"postgres" ? QStringLiteral("SELECT pg_backend_pid()")
                                       : QStringLiteral("SELECT CONNECTION_ID()")) &&
            q.next())
            out->m_serverSession = q.value(0).toLongLong();
    }
    return out;
}

void QueryInterrupter::interrupt()
{
    std::lock_guard lock(m_mutex);
    if (!m_armed)
        return;
    if (m_sqlite) {
        sqlite3_interrupt(static_cast<sqlite3 *>(m_sqlite)); // documented as safe from any thread
        return;
    }
    if (m_serverSession <= 0)
        return;
    const SqlConnectionParams params = m_params;
    const qint64 session = m_serverSession;
    m_serverSession = 0; // once
    BackgroundThreads::start([params, session]() {
        auto connection = SqlConnection::open(params, /*readOnly=*/false);
        if (!connection) {
            qCWarning(lcSql).noquote() << "could not cancel the query:" << connection.error().toString();
            return;
        }
        QSqlQuery q((*connection)->database());
        const QString statement = params.kind == u"postgres"
                                      ? QStringLiteral("SELECT pg_cancel_backend(%1)").arg(session)
                                      : QStringLiteral("KILL QUERY %1").arg(session);
        if (!q.exec(statement))
            qCWarning(lcSql).noquote() << "could not cancel the query:" << q.lastError().text();
    });
}

void QueryInterrupter::disarm()
{
    std::lock_guard lock(m_mutex);
    m_armed = false;
    m_sqlite = nullptr;
}

} // namespace Ferry
