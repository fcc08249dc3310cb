#include "cronexpression.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace Ferry {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588; // 1970-01-01
constexpr quint32 AllHours = 0xFFFFFF;

struct FieldSpec
{
    const char *name; // translated in the context Ferry::CronExpression
    int min;
    int max;
    const char *const *names = nullptr; // three-letter names for min, min + 1, …
    int nameCount = 0;
};

constexpr const char *MonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr const char *DayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

const FieldSpec SecondField{QT_TRANSLATE_NOOP("Ferry::CronExpression", "second"), 0, 59};
const FieldSpec MinuteField{QT_TRANSLATE_NOOP("Ferry::CronExpression", "minute"), 0, 59};
const FieldSpec HourField{QT_TRANSLATE_NOOP("Ferry::CronExpression", "hour"), 0, 23};
const FieldSpec DayOfMonthField{QT_TRANSLATE_NOOP("Ferry::CronExpression", "day-of-month"), 1, 31};
const FieldSpec MonthField{QT_TRANSLATE_NOOP("Ferry::CronExpression", "month"), 1, 12, MonthNames, 12};
// 7 is Sunday too; folded onto 0 after parsing.
const FieldSpec DayOfWeekField{QT_TRANSLATE_NOOP("Ferry::CronExpression", "day-of-week"), 0, 7, DayNames, 7};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Wall-clock times are counted in seconds since 1970-01-01T00:00 of the wall clock (no zone).
qint64 wallTime(const QDate &date, int secondOfDay)
{
    return (date.toJulianDay() - UnixEpochJulianDay) * SecondsPerDay + secondOfDay;
}

// The first set bit at or above from (up to max), or -1.
int nextBit(quint64 bits, int from, int max)
{
    for (int i = from; i <= max; ++i)
        if (bits >> i & 1)
            return i;
    return -1;
}

int daysInMonthAtMost(int month)
{
    static constexpr int days[] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month];
}

// The zone next() computes in: the QDateTime's own time zone, with its transitions.
class Zone
{
public:
    explicit Zone(const QDateTime &like)
    {
        switch (like.timeSpec()) {
        case Qt::TimeZone:
            m_zone = like.timeZone();
            break;
        case Qt::LocalTime:
            m_zone = QTimeZone::systemTimeZone();
            break;
        case Qt::UTC:
        case Qt::OffsetFromUTC:
            m_fixedOffset = like.offsetFromUtc();
            break;
        }
        if (!m_fixedOffset && !m_zone.isValid())
            m_fixedOffset = like.offsetFromUtc();
    }

    int offsetAt(qint64 secs) const
    {
        return m_fixedOffset ? *m_fixedOffset : m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
    }

    // The first transition strictly after secs.
    std::optional<qint64> transitionAfter(qint64 secs) const
    {
        if (m_fixedOffset || !m_zone.hasTransitions())
            return std::nullopt;
        const QTimeZone::OffsetData d = m_zone.nextTransition(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
        if (!d.atUtc.isValid())
            return std::nullopt;
        return d.atUtc.toSecsSinceEpoch();
    }

    // The last transition strictly before secs.
    std::optional<qint64> transitionBefore(qint64 secs) const
    {
        if (m_fixedOffset || !m_zone.hasTransitions())
            return std::nullopt;
        const QTimeZone::OffsetData d = m_zone.previousTransition(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
        if (!d.atUtc.isValid())
            return std::nullopt;
        return d.atUtc.toSecsSinceEpoch();
    }

private:
    QTimeZone m_zone;
    std::optional<int> m_fixedOffset;
};

QDateTime instantLike(qint64 secs, const QDateTime &like)
{
    switch (like.timeSpec()) {
    case Qt::TimeZone:
        return QDateTime::fromSecsSinceEpoch(secs, like.timeZone());
    case Qt::UTC:
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    case Qt::OffsetFromUTC:
        return QDateTime::fromSecsSinceEpoch(secs, Qt::OffsetFromUTC, like.offsetFromUtc());
    case Qt::LocalTime:
        break;
    }
    return QDateTime::fromSecsSinceEpoch(secs);
}

// Parses one field. A class of its own so that its messages share CronExpression's translation context.
class CronFieldParser
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::CronExpression)

public:
    CronFieldParser(const QString &text, const FieldSpec &spec) : m_text(text), m_spec(spec) {}

    Result<quint64> parse() const
    {
        if (m_text.contains(u'#') || m_text.contains(u'?'))
            return unsupported(m_text.contains(u'#') ? QStringLiteral("#") : QStringLiteral("?"));
        quint64 bits = 0;
        for (const QString &item : m_text.split(u',')) {
            if (item.isEmpty())
                return fail(tr("the %1 field '%2' has an empty entry in its list").arg(fieldName(), m_text));
            auto itemBits = parseItem(item);
            if (!itemBits)
                return itemBits.error();
            bits |= *itemBits;
        }
        return bits;
    }

private:
    QString fieldName() const { return tr(m_spec.name); }

    // Day of week: * and open-ended steps end on Saturday (7 only repeats Sunday).
    int weekEnd(int high) const { return m_spec.names == DayNames ? 6 : high; }

    Error fail(const QString &message) const { return Error{ErrorCode::InvalidConfig, message, {}}; }

    Error unsupported(const QString &what) const
    {
        return fail(tr("the %1 field '%2' uses '%3', which Ferry does not support (no L, W, # or ?): use *, "
                       "numbers, ranges (1-5), steps (*/15) and lists (1,3,5)")
                        .arg(fieldName(), m_text, what));
    }

    Result<quint64> parseItem(const QString &item) const
    {
        static const QRegularExpression lastOrWeekday(QStringLiteral("^(\\d*L|L-?\\d*|\\d*W|LW)$"),
                                                      QRegularExpression::CaseInsensitiveOption);
        const qsizetype slash = item.indexOf(u'/');
        const QString base = slash < 0 ? item : item.left(slash);
        if (lastOrWeekday.match(base).hasMatch())
            return unsupported(base.contains(u'W', Qt::CaseInsensitive) && !base.contains(u'L', Qt::CaseInsensitive)
                                   ? QStringLiteral("W")
                                   : QStringLiteral("L"));
        int step = 1;
        if (slash >= 0) {
            const QString stepText = item.mid(slash + 1);
            bool ok = false;
            step = stepText.toInt(&ok);
            if (!ok || stepText.startsWith(u'+') || stepText.startsWith(u'-'))
                return fail(
                    tr("the %1 field '%2' has a step '%3' that is not a number").arg(fieldName(), m_text, stepText));
            if (step == 0)
                return fail(tr("the %1 field '%2' has a step of 0: steps start at 1").arg(fieldName(), m_text));
        }
        int low = m_spec.min;
        int high = m_spec.max;
        if (base.isEmpty()) {
            return fail(
                tr("the %1 field '%2' has a step without a range: write */%3").arg(fieldName(), m_text).arg(step));
        } else if (base == u"*") {
            high = weekEnd(high);
        } else {
            const qsizetype dash = base.indexOf(u'-', 1);
            auto first = value(dash < 0 ? base : base.left(dash));
            if (!first)
                return first.error();
            low = *first;
            if (dash >= 0) {
                auto last = value(base.mid(dash + 1));
                if (!last)
                    return last.error();
                high = *last;
                if (high < low)
                    return fail(tr("the %1 field '%2' has a range that ends before it starts: write the smaller "
                                   "value first")
                                    .arg(fieldName(), base));
            } else if (slash < 0) {
                high = low;
            } else { // "5/15": from 5 to the field's end
                high = weekEnd(high);
            }
        }
        quint64 bits = 0;
        for (qint64 v = low; v <= high; v += step) // qint64: a huge step must not overflow
            bits |= quint64(1) << v;
        return bits;
    }

    Result<int> value(const QString &text) const
    {
        bool ok = false;
        const int v = text.toInt(&ok);
        const bool digits =
            !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (ok && digits) {
            if (v < m_spec.min || v > m_spec.max)
                return fail(tr("the %1 field '%2' is out of range (%3-%4)")
                                .arg(fieldName(), text)
                                .arg(m_spec.min)
                                .arg(m_spec.max));
            return v;
        }
        if (digits) // too long for an int
            return fail(
                tr("the %1 field '%2' is out of range (%3-%4)").arg(fieldName(), text).arg(m_spec.min).arg(m_spec.max));
        for (int i = 0; i < m_spec.nameCount; ++i)
            if (text.compare(QLatin1String(m_spec.names[i]), Qt::CaseInsensitive) == 0)
                return m_spec.min + i;
        if (m_spec.names == MonthNames)
            return fail(tr("the %1 field '%2' is not a number or a month name (JAN-DEC)").arg(fieldName(), text));
        if (m_spec.names == DayNames)
            return fail(tr("the %1 field '%2' is not a number or a weekday name (SUN-SAT)").arg(fieldName(), text));
        return fail(tr("the %1 field '%2' is not a number").arg(fieldName(), text));
    }

    QString m_text;
    const FieldSpec &m_spec;
};

} // namespace

Result<CronExpression> CronExpression::parse(const QString &text)
{
    const auto fail = [](const QString &message) { return Error{ErrorCode::InvalidConfig, message, {}}; };
    CronExpression cron;
    cron.m_text = text.trimmed();
    if (cron.m_text.isEmpty())
        return fail(tr("the cron expression is empty: use 5 fields (minute hour day-of-month month day-of-week), "
                       "e.g. '*/15 * * * *'"));

    QString expanded = cron.m_text;
    if (expanded.startsWith(u'@')) {
        const QString name = expanded.toLower();
        if (name == u"@hourly")
            expanded = QStringLiteral("0 * * * *");
        else if (name == u"@daily" || name == u"@midnight")
            expanded = QStringLiteral("0 0 * * *");
        else if (name == u"@weekly")
            expanded = QStringLiteral("0 0 * * 0");
        else if (name == u"@monthly")
            expanded = QStringLiteral("0 0 1 * *");
        else if (name == u"@yearly" || name == u"@annually")
            expanded = QStringLiteral("0 0 1 1 *");
        else if (name == u"@reboot")
            return fail(tr("'@reboot' is not supported: use the option to run at start (run_on_start) instead"));
        else
            return fail(tr("'%1' is not a known shortcut: use @hourly, @daily, @midnight, @weekly, @monthly, "
                           "@yearly or @annually")
                            .arg(cron.m_text));
    }

    const QStringList fields = expanded.simplified().split(u' ');
    if (fields.size() != 5 && fields.size() != 6)
        return fail(tr("'%1' is not a cron expression: it has %n field(s); use 5 (minute hour day-of-month month "
                       "day-of-week) or 6 with leading seconds",
                       nullptr, int(fields.size()))
                        .arg(cron.m_text));
    cron.m_hasSeconds = fields.size() == 6;
    const int first = cron.m_hasSeconds ? 1 : 0;

    const auto field = [&](int index, const FieldSpec &spec) { return CronFieldParser(fields[index], spec).parse(); };
    if (cron.m_hasSeconds) {
        FERRY_TRY(seconds, field(0, SecondField));
        cron.m_seconds = seconds;
    } else {
        cron.m_seconds = 1; // second 0
    }
    FERRY_TRY(minutes, field(first, MinuteField));
    cron.m_minutes = minutes;
    FERRY_TRY(hours, field(first + 1, HourField));
    cron.m_hours = quint32(hours);
    FERRY_TRY(days, field(first + 2, DayOfMonthField));
    cron.m_daysOfMonth = quint32(days);
    FERRY_TRY(months, field(first + 3, MonthField));
    cron.m_months = quint16(months);
    FERRY_TRY(weekdays, field(first + 4, DayOfWeekField));
    cron.m_daysOfWeek = quint8((weekdays | weekdays >> 7) & 0x7F);
    cron.m_dayOfMonthStar = fields[first + 2].startsWith(u'*');
    cron.m_dayOfWeekStar = fields[first + 4].startsWith(u'*');

    // When both day fields must match, a day of the month that no named month has never comes.
    if (!cron.eitherDay()) {
        bool possible = false;
        for (int month = 1; month <= 12 && !possible; ++month)
            if (cron.m_months >> month & 1)
                possible = nextBit(cron.m_daysOfMonth, 1, daysInMonthAtMost(month)) >= 0;
        if (!possible)
            return fail(
                tr("'%1' never fires: none of the months it names has the day of the month it names").arg(cron.m_text));
    }
    return cron;
}

bool CronExpression::dayMatches(const QDate &date) const
{
    const bool dayOfMonth = m_daysOfMonth >> date.day() & 1;
    const bool dayOfWeek = m_daysOfWeek >> (date.dayOfWeek() % 7) & 1;
    return eitherDay() ? dayOfMonth || dayOfWeek : dayOfMonth && dayOfWeek;
}

bool CronExpression::matches(const QDateTime &at) const
{
    if (isNull() || !at.isValid())
        return false;
    const QDate date = at.date();
    const QTime time = at.time();
    return (m_months >> date.month() & 1) && dayMatches(date) && (m_hours >> time.hour() & 1) &&
           (m_minutes >> time.minute() & 1) && (m_seconds >> time.second() & 1);
}

std::optional<qint64> CronExpression::nextWallTime(qint64 wall, int yearLimit) const
{
    QDate date = QDate::fromJulianDay(floorDiv(wall, SecondsPerDay) + UnixEpochJulianDay);
    const int secondOfDay = int(wall - floorDiv(wall, SecondsPerDay) * SecondsPerDay);
    int hour = secondOfDay / 3600;
    int minute = secondOfDay / 60 % 60;
    int second = secondOfDay % 60;
    const auto nextDay = [&] {
        date = date.addDays(1);
        hour = minute = second = 0;
    };
    while (date.isValid() && date.year() < yearLimit) {
        if (!(m_months >> date.month() & 1)) {
            int month = date.month();
            int year = date.year();
            do {
                if (++month > 12) {
                    month = 1;
                    ++year;
                }
            } while (!(m_months >> month & 1));
            date = QDate(year, month, 1);
            hour = minute = second = 0;
            continue;
        }
        if (!dayMatches(date)) {
            nextDay();
            continue;
        }
        const int h = nextBit(m_hours, hour, 23);
        if (h < 0) {
            nextDay();
            continue;
        }
        if (h != hour) {
            hour = h;
            minute = second = 0;
        }
        const int m = nextBit(m_minutes, minute, 59);
        if (m < 0) {
            if (++hour > 23)
                nextDay();
            else
                minute = second = 0;
            continue;
        }
        if (m != minute) {
            minute = m;
            second = 0;
        }
        const int s = nextBit(m_seconds, second, 59);
        if (s < 0) {
            second = 0;
            if (++minute > 59) {
                minute = 0;
                if (++hour > 23)
                    nextDay();
            }
            continue;
        }
        return wallTime(date, hour * 3600 + minute * 60 + s);
    }
    return std::nullopt;
}

QDateTime CronExpression::next(const QDateTime &after) const
{
    if (isNull() || !after.isValid())
        return {};
    const Zone zone(after);
    const int yearLimit = after.date().year() + 401;
    // Walk the zone's stretches of constant offset; in each, wall-clock time and real time move together.
    qint64 from = floorDiv(after.toMSecsSinceEpoch(), 1000) + 1; // the earliest instant that may fire
    for (int guard = 0; guard < 100000; ++guard) {
        const int offset = zone.offsetAt(from);
        const std::optional<qint64> stretchEnd = zone.transitionAfter(from);
        const std::optional<qint64> wall = nextWallTime(from + offset, yearLimit);
        if (!wall)
            return {};
        const qint64 instant = *wall - offset;
        if (!stretchEnd || instant < *stretchEnd) {
            // After a fall-back change, the wall-clock times it repeats fired the first time round.
            if (m_hours != AllHours) {
                if (const std::optional<qint64> change = zone.transitionBefore(from + 1)) {
                    const int before = zone.offsetAt(*change - 1);
                    if (before > offset && *wall < *change + before) {
                        from = *change + before - offset;
                        continue;
                    }
                }
            }
            return instantLike(instant, after);
        }
        // Nothing in this stretch. A spring-forward change skips wall-clock times [end + offset,
        // end + newOffset): one of them fires once, when the clock has jumped.
        const int newOffset = zone.offsetAt(*stretchEnd);
        if (newOffset > offset && *wall < *stretchEnd + newOffset)
            return instantLike(*stretchEnd, after);
        from = *stretchEnd;
    }
    return {};
}

QList<QDateTime> CronExpression::nextTimes(const QDateTime &after, int n) const
{
    QList<QDateTime> out;
    QDateTime at = after;
    for (int i = 0; i < n; ++i) {
        at = next(at);
        if (!at.isValid())
            break;
        out.append(at);
    }
    return out;
}

} // namespace Ferry
