// CronExpression: a parsed cron schedule (5 fields, or 6 with leading seconds, as Fliplet Agent accepts) and
// its firing times in a time zone, daylight-saving changes included.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Ferry {

// Syntax: minute hour day-of-month month day-of-week, optionally preceded by a seconds field. Each field is
// a list (1,3,5) of *, numbers, ranges (1-5) and steps (*/15, 10-50/10, 5/15 = 5-max/15); months may be
// named JAN-DEC and weekdays SUN-SAT (any case); day-of-week 0 and 7 are both Sunday. The shortcuts @hourly,
// @daily, @midnight, @weekly, @monthly, @yearly and @annually stand for their 5-field forms. L, W, # and ?
// are refused.
//
// Days follow Vixie cron: when both day fields are restricted (neither starts with *), a day matches if
// either matches; otherwise both must.
//
// Daylight saving: a wall-clock time skipped by a spring-forward change fires once, at the first instant
// after the gap. A wall-clock time repeated by a fall-back change fires once, at its first occurrence,
// unless the expression runs every hour (hour field * or equivalent): then the repeated hour is an hour
// like any other, so "every 15 minutes" keeps its rhythm.
class CronExpression
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::CronExpression)

public:
    CronExpression() = default; // null: never fires

    // The error message names the field and the problem, e.g. "the hour field '25' is out of range (0-23)".
    [[nodiscard]] static Result<CronExpression> parse(const QString &text);

    bool isNull() const { return m_months == 0; }
    QString text() const { return m_text; } // as given, trimmed
    bool hasSeconds() const { return m_hasSeconds; }

    // Whether the wall-clock time of at (in its own time zone) matches, seconds included.
    bool matches(const QDateTime &at) const;

    // The first firing time strictly after `after`, in after's time zone (a QTimeZone, local time, UTC or
    // an offset); invalid when there is none within 400 years (the Gregorian calendar's cycle).
    QDateTime next(const QDateTime &after) const;
    // The next n firing times after `after`; fewer when the expression stops firing.
    QList<QDateTime> nextTimes(const QDateTime &after, int n) const;

    // Same schedule (the text may differ: "@daily" equals "0 0 * * *").
    friend bool operator==(const CronExpression &a, const CronExpression &b)
    {
        return a.m_seconds == b.m_seconds && a.m_minutes == b.m_minutes && a.m_hours == b.m_hours &&
               a.m_daysOfMonth == b.m_daysOfMonth && a.m_months == b.m_months && a.m_daysOfWeek == b.m_daysOfWeek &&
               a.eitherDay() == b.eitherDay();
    }

private:
    // Vixie's rule: either day field may match when neither starts with *.
    bool eitherDay() const { return !m_dayOfMonthStar && !m_dayOfWeekStar; }
    bool dayMatches(const QDate &date) const;
    // The first matching wall-clock time at or after wall (seconds since 1970-01-01T00:00 of the wall
    // clock), or nothing before the year limit.
    std::optional<qint64> nextWallTime(qint64 wall, int yearLimit) const;

    QString m_text;
    quint64 m_seconds = 0;     // bit n: second n
    quint64 m_minutes = 0;     // bit n: minute n
    quint32 m_hours = 0;       // bit n: hour n
    quint32 m_daysOfMonth = 0; // bit n: day n (1-31)
    quint16 m_months = 0;      // bit n: month n (1-12)
    quint8 m_daysOfWeek = 0;   // bit n: weekday n (0 Sunday - 6 Saturday)
    bool m_dayOfMonthStar = true;
    bool m_dayOfWeekStar = true;
    bool m_hasSeconds = false;
};

} // namespace Ferry
