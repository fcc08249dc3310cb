#include "sqlconnection.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <chrono>

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define FERRY_HAVE_DLFCN 1
#endif

namespace Ferry {

namespace {

class SqlText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::SqlConnection)
};

QString kindFromScheme(const QString &scheme)
{
    if (scheme == u"postgres" || scheme == u"postgresql")
        return QStringLiteral("postgres");
    if (scheme == u"mysql" || scheme == u"mariadb")
        return QStringLiteral("mysql");
    if (scheme == u"sqlserver" || scheme == u"mssql")
        return QStringLiteral("mssql");
    if (scheme == u"sqlite")
        return QStringLiteral("sqlite");
    return {};
}

// ODBC attribute values with ; or braces must be braced, with } doubled.
QString odbcValue(const QString &v)
{
    if (!v.contains(u';') && !v.contains(u'{') && !v.contains(u'}') && !v.startsWith(u' '))
        return v;
    QString escaped = v;
    escaped.replace(QStringLiteral("}"), QStringLiteral("}}"));
    return u'{' + escaped + u'}';
}

bool textHas(const QString &text, const char *what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}

// Why a connection failed, in the terms of the job field to fix. The servers say it in their own words
// (and error numbers where the driver passes them on): PostgreSQL's libpq text, MySQL/MariaDB errno,
// FreeTDS / SQL Server messages.
Error openError(const SqlConnectionParams &p, const QSqlError &err)
{
    const QString text = err.text().trimmed();
    const QString code = err.nativeErrorCode();
    const QString where = p.describe();
    if (p.kind == u"sqlite") // a file: no host, port or server to check
        return Error{ErrorCode::Io,
                     SqlText::tr("cannot open the SQLite database file (%1): check the path, that the file and its "
                                 "folder exist, and that this user may read them (and write, for a target)")
                         .arg(text),
                     where, QStringLiteral("source.path")};
    if (code == u"1049" || code == u"3D000" || code == u"4060" || textHas(text, "Unknown database") ||
        (textHas(text, "database \"") && textHas(text, "does not exist")) || textHas(text, "Cannot open database"))
        return Error{ErrorCode::NotFound,
                     SqlText::tr("the database '%1' does not exist on the server (%2): check the database name")
                         .arg(p.kind == u"mssql" ? QString() : p.database, text),
                     where, QStringLiteral("source.database")};
    if (code == u"1044" || (textHas(text, "Access denied") && textHas(text, "to database")) ||
        (textHas(text, "permission denied for database")))
        return Error{
            ErrorCode::Auth,
            SqlText::tr("the database '%1' does not exist, or the user may not use it (%2): check the database "
                        "name, or grant the user access")
                .arg(p.database, text),
            where, QStringLiteral("source.database")};
    if (code == u"1045" || code == u"28P01" || code == u"28000" || code == u"18456" ||
        textHas(text, "password authentication failed") || textHas(text, "Access denied") ||
        textHas(text, "Login failed") || textHas(text, "no password supplied") ||
        (textHas(text, "role \"") && textHas(text, "does not exist")))
        return Error{ErrorCode::Auth,
                     SqlText::tr("the database refused the login (%1): check the user name and password").arg(text),
                     where, QStringLiteral("source.password")};
    if (code == u"2005" || textHas(text, "could not translate host name") || textHas(text, "Unknown server host") ||
        textHas(text, "Unknown MySQL server host") || textHas(text, "Name or service not known"))
        return Error{ErrorCode::Connection,
                     SqlText::tr("the database host '%1' is unknown (%2): check the host name").arg(p.host, text),
                     where, QStringLiteral("source.host")};
    return Error{
        ErrorCode::Connection,
        SqlText::tr("cannot connect to the database (%1): check host, port and that the server is running").arg(text),
        where, QStringLiteral("source.host")};
}

#ifdef FERRY_HAVE_DLFCN
using SqliteInterruptFunction = void (*)(void *);

// sqlite3_interrupt() of the SQLite library Qt's driver uses, found at run time (no build dependency). The
// library is loaded only once a SQLite connection opened, so a failed look-up is not remembered.
SqliteInterruptFunction sqliteInterruptFunction()
{
    static std::atomic<SqliteInterruptFunction> found{nullptr};
    if (SqliteInterruptFunction f = found.load())
        return f;
    void *library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return nullptr;
    const auto f = reinterpret_cast<SqliteInterruptFunction>(dlsym(library, "sqlite3_interrupt"));
    dlclose(library); // NOLOAD took a reference; the library stays loaded by Qt's driver
    found.store(f);
    return f;
}
#endif

} // namespace

QString sqlKindFromUrl(const QString &url)
{
    return kindFromScheme(QUrl(url).scheme().toLower());
}

QString SqlConnectionParams::describe() const
{
    if (kind == u"sqlite")
        return QStringLiteral("sqlite:%1").arg(database);
    QString who = username.isEmpty() ? QString() : username + u'@';
    QString where = host + (port ? u':' + QString::number(port) : QString());
    if (kind == u"mssql")
        return QStringLiteral("sqlserver://%1%2").arg(who, where);
    return QStringLiteral("%1://%2%3/%4").arg(kind, who, where, database);
}

Result<SqlConnectionParams> sqlConnectionParams(const SqlSourceSpec &spec, const QString &baseDir,
                                                const QString &password)
{
    SqlConnectionParams p;
    p.kind = spec.driver;
    QString database = spec.database;
    QString options = spec.options;
    if (!spec.url.isEmpty()) {
        const QUrl url(spec.url, QUrl::StrictMode);
        const QString kind = kindFromScheme(url.scheme().toLower());
        if (!url.isValid() || kind.isEmpty())
            return Error{ErrorCode::InvalidConfig,
                         SqlText::tr("cannot read the connection URL: use postgres://user@host:port/database, "
                                     "mysql://…, sqlserver://… or sqlite:///path/to/file.db"),
                         {}};
        if (!p.kind.isEmpty() && p.kind != kind)
            return Error{
                ErrorCode::InvalidConfig,
                SqlText::tr("the driver '%1' and the URL's scheme '%2' disagree: keep one").arg(p.kind, url.scheme()),
                {}};
        p.kind = kind;
        if (kind == u"sqlite") {
            database = url.host().isEmpty() ? url.path() : url.host() + url.path();
        } else {
            p.host = url.host();
            p.port = url.port(0);
            p.username = url.userName(QUrl::FullyDecoded);
            p.password = url.password(QUrl::FullyDecoded);
            database = url.path().mid(1);
            const QUrlQuery query(url);
            QStringList opts;
            for (const auto &item : query.queryItems(QUrl::FullyDecoded))
                opts.append(item.first + u'=' + item.second);
            if (!opts.isEmpty())
                options = opts.join(u';') + (options.isEmpty() ? QString() : u';' + options);
        }
    }
    // Fields override what the URL says.
    if (!spec.host.isEmpty() && p.kind != u"sqlite")
        p.host = spec.host;
    if (spec.port)
        p.port = spec.port;
    if (!spec.username.isEmpty())
        p.username = spec.username;
    if (!password.isEmpty())
        p.password = password;
    if (!spec.database.isEmpty())
        database = spec.database;
    p.options = options;

    if (p.kind == u"sqlite") {
        // Fliplet Agent's sqlite configs put the file in database_host.
        QString file = spec.url.isEmpty() ? (spec.host.isEmpty() ? spec.database : spec.host) : database;
        if (file.isEmpty())
            return Error{
                ErrorCode::InvalidConfig, SqlText::tr("the SQLite source needs the path of its database file"), {}};
        if (file.startsWith(QStringLiteral("~/")))
            file = QDir::homePath() + file.mid(1);
        p.qtDriver = QStringLiteral("QSQLITE");
        p.database = QDir::cleanPath(QDir(baseDir).absoluteFilePath(file));
        return p;
    }
    if (p.host.isEmpty())
        return Error{ErrorCode::InvalidConfig, SqlText::tr("the %1 source needs a host").arg(p.kind), {}};
    if (p.kind == u"postgres") {
        p.qtDriver = QStringLiteral("QPSQL");
        p.database = database;
    } else if (p.kind == u"mysql") {
        p.qtDriver = QStringLiteral("QMYSQL");
        p.database = database;
    } else if (p.kind == u"mssql") {
        // SQL Server through ODBC with FreeTDS; options may name another ODBC driver (DRIVER={…}).
        p.qtDriver = QStringLiteral("QODBC");
        QStringList parts;
        if (!options.contains(QStringLiteral("DRIVER="), Qt::CaseInsensitive))
            parts.append(QStringLiteral("DRIVER={FreeTDS}"));
        if (!spec.instance.isEmpty()) {
            parts.append(QStringLiteral("SERVER=%1\\%2").arg(p.host, spec.instance));
        } else {
            parts.append(QStringLiteral("SERVER=") + p.host);
            parts.append(QStringLiteral("PORT=%1").arg(p.port ? p.port : 1433));
        }
        if (!database.isEmpty())
            parts.append(QStringLiteral("DATABASE=") + odbcValue(database));
        const QString user = spec.domain.isEmpty() ? p.username : spec.domain + u'\\' + p.username;
        if (!user.isEmpty())
            parts.append(QStringLiteral("UID=") + odbcValue(user));
        if (!p.password.isEmpty())
            parts.append(QStringLiteral("PWD=") + odbcValue(p.password));
        if (!options.contains(QStringLiteral("TDS_Version"), Qt::CaseInsensitive) &&
            !options.contains(QStringLiteral("DRIVER="), Qt::CaseInsensitive))
            parts.append(QStringLiteral("TDS_Version=7.4"));
        if (spec.encrypt)
            parts.append(QStringLiteral("Encryption=require"));
        if (!options.isEmpty())
            parts.append(options);
        p.database = parts.join(u';');
        p.options.clear();
    } else {
        return Error{ErrorCode::InvalidConfig,
                     SqlText::tr("unknown database driver '%1': use sqlite, postgres, mysql or mssql").arg(p.kind),
                     {}};
    }
    return p;
}

SqlConnection::SqlConnection(SqlConnectionParams params, QString name)
    : m_params(std::move(params)), m_name(std::move(name))
{}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::open(const SqlConnectionParams &params, bool readOnly)
{
    static std::atomic<int> counter{0};
    const QString connectionName = QStringLiteral("ferry-%1").arg(++counter);
    if (!QSqlDatabase::isDriverAvailable(params.qtDriver))
        return Error{ErrorCode::Connection,
                     SqlText::tr("the Qt SQL driver %1 is not installed (available: %2); install its package, e.g. "
                                 "libqt6sql6-%3")
                         .arg(params.qtDriver, QSqlDatabase::drivers().join(QStringLiteral(", ")),
                              params.kind == u"postgres" ? QStringLiteral("psql")
                              : params.kind == u"mysql"  ? QStringLiteral("mysql")
                              : params.kind == u"mssql"  ? QStringLiteral("odbc")
                                                         : QStringLiteral("sqlite")),
                     params.describe()};
    if (params.kind == u"sqlite" && readOnly && !QFileInfo::exists(params.database))
        return Error{ErrorCode::NotFound, SqlText::tr("the SQLite database file does not exist: check the path"),
                     params.database, QStringLiteral("source.path")};

    QSqlDatabase db = QSqlDatabase::addDatabase(params.qtDriver, connectionName);
    db.setDatabaseName(params.database);
    if (params.kind != u"sqlite") {
        db.setHostName(params.host);
        if (params.port)
            db.setPort(params.port);
        db.setUserName(params.username);
        db.setPassword(params.password);
    }
    QString options = params.options;
    if (params.kind == u"sqlite") {
        options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    } else if (params.kind == u"postgres" && !options.contains(QStringLiteral("connect_timeout"))) {
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=15");
    } else if (params.kind == u"mysql" && !options.contains(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT"))) {
        options +=
            (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=15");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        Error error = openError(params, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return error;
    }
    if (params.kind == u"sqlite") {
        // SQLite opens any file; the first read says whether it is a database.
        bool readable = true;
        QString problem;
        {
            QSqlQuery check(db);
            readable = check.exec(QStringLiteral("PRAGMA schema_version"));
            problem = check.lastError().text().trimmed();
        }
        if (!readable) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return Error{
                ErrorCode::Io,
                SqlText::tr("the file is not a SQLite database, or it is damaged (%1): check the path").arg(problem),
                params.database, QStringLiteral("source.path")};
        }
    }
    std::unique_ptr<SqlConnection> connection(new SqlConnection(params, connectionName));
    SqlInterrupt &interrupt = connection->m_interrupt;
    interrupt.params = params;
    if (params.kind == u"postgres" || params.kind == u"mysql") {
        QSqlQuery q(db);
        if (q.exec(params.kind == u"postgres" ? QStringLiteral("SELECT pg_backend_pid()")
                                              : QStringLiteral("SELECT CONNECTION_ID()")) &&
            q.next())
            interrupt.sessionId = q.value(0).toLongLong();
    } else if (params.kind == u"sqlite") {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            interrupt.sqliteHandle = *static_cast<void *const *>(handle.constData());
    }
    return connection;
}

bool SqlInterrupt::supported(const QString &kind)
{
    if (kind == u"postgres" || kind == u"mysql")
        return true;
#ifdef FERRY_HAVE_DLFCN
    if (kind == u"sqlite")
        return true; // sqlite3_interrupt() is looked up once a connection has loaded the library
#endif
    return false;
}

bool SqlInterrupt::send() const
{
    if (sqliteHandle) {
#ifdef FERRY_HAVE_DLFCN
        if (const auto function = sqliteInterruptFunction()) {
            function(sqliteHandle);
            return true;
        }
#endif
        return false;
    }
    if (sessionId <= 0)
        return false;
    // A second connection of the same user may stop the first one's statement.
    auto other = SqlConnection::open(params, /*readOnly=*/false);
    if (!other) {
        qCWarning(lcSql).noquote() << "cannot stop the statement in flight:" << other.error().toString();
        return false;
    }
    QSqlQuery q((*other)->database());
    const bool ok = q.exec(params.kind == u"postgres" ? QStringLiteral("SELECT pg_cancel_backend(%1)").arg(sessionId)
                                                      : QStringLiteral("KILL QUERY %1").arg(sessionId));
    if (!ok)
        qCWarning(lcSql).noquote() << "cannot stop the statement in flight:" << q.lastError().text();
    return ok;
}

SqlCancelWatch::SqlCancelWatch(const SqlConnection &connection, const std::atomic_bool *cancel)
{
    const SqlInterrupt &interrupt = connection.interruptHandle();
    if (!cancel || !interrupt.possible())
        return;
    m_thread = std::thread([this, cancel, interrupt] {
        std::unique_lock lock(m_mutex);
        while (!m_finished) {
            if (cancel->load()) {
                lock.unlock();
                interrupt.send();
                return;
            }
            m_done.wait_for(lock, std::chrono::milliseconds(50));
        }
    });
}

SqlCancelWatch::~SqlCancelWatch()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_done.notify_all();
    m_thread.join();
}

} // namespace Ferry
