#include "sqltargetvalidation.h"

#include <QCoreApplication>
#include <QUrl>

namespace Ferry {

namespace {

class SqlTargetValidator
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobValidator)
public:
    explicit SqlTargetValidator(const JobSpec &job) : m_job(job) {}

    QList<ValidationIssue> run()
    {
        const SqlTargetSpec &t = m_job.sqlTarget;
        const SqlSourceSpec &s = t.connection;
        static const QStringList drivers{QStringLiteral("mysql"), QStringLiteral("postgres"), QStringLiteral("mssql"),
                                         QStringLiteral("sqlite")};
        QString driver = s.driver;
        if (!s.url.isEmpty()) {
            const QUrl url(s.url, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            const QString fromScheme = scheme == u"postgres" || scheme == u"postgresql" ? QStringLiteral("postgres")
                                       : scheme == u"mysql" || scheme == u"mariadb"     ? QStringLiteral("mysql")
                                       : scheme == u"sqlserver" || scheme == u"mssql"   ? QStringLiteral("mssql")
                                       : scheme == u"sqlite"                            ? QStringLiteral("sqlite")
                                                                                        : QString();
            if (!url.isValid() || fromScheme.isEmpty())
                error(QStringLiteral("target.url"),
                      tr("cannot read the connection URL: use postgres://user@host:port/database, mysql://…, "
                         "sqlserver://… or sqlite:///path/to/file.db"));
            else if (!driver.isEmpty() && driver != fromScheme)
                error(QStringLiteral("target.url"),
                      tr("the URL's scheme '%1' does not match the driver '%2': keep one of them")
                          .arg(url.scheme(), driver));
            else
                driver = fromScheme;
            if (!driver.isEmpty() && driver != u"sqlite" && s.host.trimmed().isEmpty() && url.host().isEmpty())
                error(QStringLiteral("target.host"), tr("the database server is missing: give its host name or "
                                                        "address"));
        } else if (driver.isEmpty()) {
            error(QStringLiteral("target.driver"),
                  tr("the database driver is missing: set it to mysql, postgres, mssql or sqlite"));
        } else if (!drivers.contains(driver)) {
            error(QStringLiteral("target.driver"),
                  tr("unknown database driver '%1': use mysql, postgres, mssql or sqlite").arg(driver));
        } else if (driver == u"sqlite") {
            if (s.host.trimmed().isEmpty() && s.database.trimmed().isEmpty())
                error(QStringLiteral("target.path"),
                      tr("the SQLite database file is missing: give its path (relative paths start from the job "
                         "file's folder)"));
        } else if (s.host.trimmed().isEmpty()) {
            error(QStringLiteral("target.host"), tr("the database server is missing: give its host name or address"));
        }
        if (s.port < 0 || s.port > 65535)
            error(QStringLiteral("target.port"),
                  tr("the port must be from 1 to 65535 (or left out for the driver's default)"));
        const QString &ref = s.password.reference;
        if (!ref.isEmpty() && !ref.startsWith(u"env:") && !ref.startsWith(u"file:") && !ref.startsWith(u"keychain:"))
            error(QStringLiteral("target.password"),
                  tr("unknown secret reference '%1': use env:NAME, file:PATH or keychain:NAME").arg(ref));
        if (t.table.trimmed().isEmpty())
            error(QStringLiteral("target.table"), tr("the table is missing: name the table the rows are written to"));
        if (t.batchRows < 0 || t.batchRows > 10000000)
            error(QStringLiteral("target.batch_rows"),
                  tr("the rows per transaction must be from 1 to %1 (or left out for the default)").arg(10000000));
        if (m_job.rules.keyColumns.isEmpty() &&
            (m_job.rules.mode == SyncMode::Replace || !m_job.rules.deleteColumn.isEmpty()))
            error(QStringLiteral("sync.key"),
                  tr("a SQL table target deletes rows by key: set sync.key to the column(s) that identify a row"));
        return m_issues;
    }

private:
    void error(const QString &field, const QString &message)
    {
        m_issues.append(ValidationIssue{field, message, ValidationIssue::Error});
    }

    const JobSpec &m_job;
    QList<ValidationIssue> m_issues;
};

} // namespace

QList<ValidationIssue> validateSqlTarget(const JobSpec &job)
{
    if (job.targetKind != TargetKind::Sql)
        return {};
    return SqlTargetValidator(job).run();
}

} // namespace Ferry
