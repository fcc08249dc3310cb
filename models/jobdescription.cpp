#include "jobdescription.h"

#include "core/cronexpression.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

namespace Ferry {

QString JobDescription::driverName(const QString &driver)
{
    if (driver == u"sqlite")
        return QStringLiteral("SQLite");
    if (driver == u"postgres")
        return QStringLiteral("PostgreSQL");
    if (driver == u"mysql")
        return QStringLiteral("MySQL/MariaDB");
    if (driver == u"mssql")
        return QStringLiteral("SQL Server");
    return driver;
}

QString JobDescription::source(const JobSpec &job)
{
    if (job.sourceKind == SourceKind::Fliplet)
        return tr("Fliplet data source %1").arg(job.flipletSource.dataSourceId);
    if (job.sourceKind == SourceKind::Csv || job.sourceKind == SourceKind::Json)
        return tr("%1 %2").arg(job.sourceKind == SourceKind::Csv ? QStringLiteral("CSV") : QStringLiteral("JSON"),
                               QFileInfo(job.file.path).fileName());
    if (job.sourceKind == SourceKind::Module)
        return tr("Module %1").arg(QFileInfo(job.moduleSource.file).fileName());
    if (job.sourceKind == SourceKind::Http)
        return tr("HTTP API %1").arg(QUrl(job.http.url).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    const SqlSourceSpec &s = job.sql;
    const QString driver = driverName(s.driver);
    if (s.driver == u"sqlite")
        return tr("%1 %2").arg(driver, QFileInfo(s.host).fileName());
    if (!s.url.isEmpty())
        return tr("%1 %2").arg(driver, urlWithoutPassword(s.url));
    if (s.database.isEmpty())
        return tr("%1 on %2").arg(driver, s.host);
    return tr("%1 %2 on %3").arg(driver, s.database, s.host);
}

QString JobDescription::target(const JobSpec &job)
{
    switch (job.targetKind) {
    case TargetKind::Fliplet:
        return tr("Fliplet data source %1").arg(job.fliplet.dataSourceId);
    case TargetKind::Sqlite:
        return tr("SQLite %1, table %2").arg(QFileInfo(job.sqlite.path).fileName(), job.sqlite.table);
    case TargetKind::Sql: {
        JobSpec connection;
        connection.sql = job.sqlTarget.connection;
        return tr("%1, table %2").arg(source(connection), job.sqlTarget.table);
    }
    case TargetKind::Rest:
        return tr("REST API %1%2").arg(job.rest.baseUrl, job.rest.listPath);
    case TargetKind::Webhook:
        return tr("Webhook %1").arg(job.webhook.url);
    case TargetKind::Module:
        return tr("Module %1").arg(QFileInfo(job.moduleTarget.file).fileName());
    }
    return {};
}

QString JobDescription::sourceToTarget(const JobSpec &job)
{
    return source(job) + QStringLiteral(" → ") + target(job);
}

QString JobDescription::schedule(const JobSpec &job, const QDateTime &now, bool paused)
{
    if (job.schedule.cron.trimmed().isEmpty())
        return tr("On demand");
    const auto cron = CronExpression::parse(job.schedule.cron);
    if (!cron)
        return tr("%1 (invalid)").arg(job.schedule.cron);
    QString expression = cron->text();
    QTimeZone zone;
    if (!job.schedule.timeZone.isEmpty()) {
        zone = QTimeZone(job.schedule.timeZone.toUtf8());
        if (!zone.isValid())
            return tr("%1 (unknown time zone %2)").arg(expression, job.schedule.timeZone);
        expression += u' ' + job.schedule.timeZone;
    }
    if (paused)
        return tr("%1 (paused)").arg(expression);
    const QDateTime next = cron->next(zone.isValid() ? now.toTimeZone(zone) : now).toLocalTime();
    if (!next.isValid())
        return tr("%1 (never fires)").arg(job.schedule.cron);
    const QLocale locale;
    // Today: the time; within a week: the day's name and the time; later: the date and the time.
    const QString time = locale.toString(next.time(), QStringLiteral("HH:mm"));
    const qint64 days = now.date().daysTo(next.date());
    const QString when = days == 0  ? time
                         : days < 7 ? locale.dayName(next.date().dayOfWeek(), QLocale::ShortFormat) + u' ' + time
                                    : locale.toString(next.date(), QLocale::ShortFormat) + u' ' + time;
    return tr("%1 (next: %2)").arg(expression, when);
}

} // namespace Ferry
