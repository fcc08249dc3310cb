// Short descriptions of a job's parts for lists and titles: "PostgreSQL crm on db.internal",
// "Fliplet data source 4711", "every day at 02:00 (0 2 * * *)".
#pragma once

#include "job/jobspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Ferry {

class JobDescription
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobDescription)

public:
    static QString source(const JobSpec &job);
    static QString target(const JobSpec &job);
    static QString sourceToTarget(const JobSpec &job);
    // "On demand", or the cron expression with its next run in local time: "0 2 * * * (next: Tue 02:00)",
    // "0 2 * * * America/New_York (next: Tue 08:00)"; paused: "0 2 * * * (paused)".
    static QString schedule(const JobSpec &job, const QDateTime &now = QDateTime::currentDateTime(),
                            bool paused = false);
    static QString driverName(const QString &driver); // "postgres" -> "PostgreSQL"
};

} // namespace Ferry
