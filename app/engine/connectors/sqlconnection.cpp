#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace Ferry {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::SqlConnection", text, disambiguation, n);
}

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

} // namespace

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
                         tr("cannot read the connection URL: use postgres://user@host:port/database, "
                            "mysql://…, sqlserver://… or sqlite:///path/to/file.db"),
                         {}};
        if (!p.kind.isEmpty() && p.kind != kind)
            return Error{ErrorCode::InvalidConfig,
                         tr("the driver '%1' and the URL's scheme '%2' disagree: keep one").arg(p.kind, url.scheme()),
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
            return Error{ErrorCode::InvalidConfig, tr("the SQLite source needs the path of its database file"), {}};
        if (file.startsWith(QStringLiteral("~/")))
            file = QDir::homePath() + file.mid(1);
        p.qtDriver = QStringLiteral("QSQLITE");
        p.database = QDir::cleanPath(QDir(baseDir).absoluteFilePath(file));
        return p;
    }
    if (p.host.isEmpty())
        return Error{ErrorCode::InvalidConfig, tr("the %1 source needs a host").arg(p.kind), {}};
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
                     tr("unknown database driver '%1': use sqlite, postgres, mysql or mssql").arg(p.kind),
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
                     tr("the Qt SQL driver %1 is not installed (available: %2); install its package, e.g. "
                        "libqt6sql6-%3")
                         .arg(params.qtDriver, QSqlDatabase::drivers().join(QStringLiteral(", ")),
                              params.kind == u"postgres" ? QStringLiteral("psql")
                              : params.kind == u"mysql"  ? QStringLiteral("mysql")
                              : params.kind == u"mssql"  ? QStringLiteral("odbc")
                                                         : QStringLiteral("sqlite")),
                     params.describe()};
    if (params.kind == u"sqlite" && readOnly && !QFileInfo::exists(params.database))
        return Error{ErrorCode::Connection, tr("the SQLite database file does not exist: check the path"),
                     params.database};

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
        const QSqlError err = db.lastError();
        const QString text = err.text().trimmed();
        const bool auth = text.contains(QStringLiteral("password"), Qt::CaseInsensitive) ||
                          text.contains(QStringLiteral("Access denied"), Qt::CaseInsensitive) ||
                          text.contains(QStringLiteral("Login failed"), Qt::CaseInsensitive);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error{auth ? ErrorCode::Auth : ErrorCode::Connection,
                     auth ? tr("the database refused the login (%1): check the user name and password").arg(text)
                          : tr("cannot connect to the database (%1): check host, port and that the server is "
                               "running")
                                .arg(text),
                     params.describe()};
    }
    return std::unique_ptr<SqlConnection>(new SqlConnection(params, connectionName));
}

} // namespace Ferry
