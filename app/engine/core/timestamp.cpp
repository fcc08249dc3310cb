#include "timestamp.h"

#include "values.h"

#include <QDate>
#include <QDateTime>
#include <QtNumeric>

#include <cmath>

namespace Ferry::Timestamp {

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    // H. Hinnant's days_from_civil.
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Civil civilFromDays(std::int64_t z)
{
    // H. Hinnant's civil_from_days.
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Civil{static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2), m, d};
}

std::int64_t daysSinceEpoch(const QDate &date)
{
    // By the Julian day, not daysFromCivil(date.year(), …): QDate has no year 0 (year -1 is 1 BC), the civil
    // calendar's arithmetic does (0 is 1 BC, as in ISO 8601).
    return date.toJulianDay() - 2440588;
}

std::int64_t wallClockMs(const QDate &date, const QTime &time)
{
    return daysSinceEpoch(date) * 86400000 + time.msecsSinceStartOfDay();
}

std::optional<std::int64_t> microsFromMs(std::int64_t ms)
{
    qint64 micros;
    if (qMulOverflow(qint64(ms), qint64(1000), &micros))
        return std::nullopt;
    return micros;
}

std::optional<std::int64_t> microsFromDays(std::int64_t days)
{
    qint64 ms;
    if (qMulOverflow(qint64(days), qint64(86400000), &ms))
        return std::nullopt;
    return microsFromMs(ms);
}

namespace {

// Reads UTF-16 (QStringView) or UTF-8 (QByteArrayView) text; only ASCII matters here.
template <typename View> class Scanner
{
public:
    explicit Scanner(View s) : m_s(s) {}
    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek() const
    {
        if (atEnd())
            return '\0';
        const auto c = static_cast<unsigned>(unit(m_s[m_pos]));
        return c < 0x80 ? static_cast<char>(c) : '\x7f';
    }
    bool take(char c)
    {
        if (atEnd() || peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool digit() const { return peek() >= '0' && peek() <= '9'; }
    // Exactly n digits.
    bool digits(int n, int &out)
    {
        out = 0;
        for (int i = 0; i < n; ++i) {
            if (!digit())
                return false;
            out = out * 10 + (peek() - '0');
            ++m_pos;
        }
        return true;
    }
    void skipSpaces()
    {
        while (!atEnd() && peek() == ' ')
            ++m_pos;
    }
    // "HH:MM[:SS[.fraction]]" as microseconds since midnight.
    bool timeOfDay(std::int64_t &micros)
    {
        int hour, minute, second = 0;
        micros = 0;
        if (!digits(2, hour) || !take(':') || !digits(2, minute))
            return false;
        if (take(':')) {
            if (!digits(2, second))
                return false;
            if (take('.') || take(',')) {
                int digitsRead = 0;
                std::int64_t frac = 0;
                while (digit()) {
                    if (digitsRead < 6) {
                        frac = frac * 10 + (peek() - '0');
                        ++digitsRead;
                    }
                    ++m_pos;
                }
                if (digitsRead == 0)
                    return false;
                for (int i = digitsRead; i < 6; ++i)
                    frac *= 10;
                micros = frac;
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return false;
        micros += (hour * 3600LL + minute * 60 + second) * 1000000;
        return true;
    }

private:
    static unsigned unit(QChar c) { return c.unicode(); }
    static unsigned unit(char c) { return static_cast<unsigned char>(c); }

    View m_s;
    qsizetype m_pos = 0;
};

template <typename View> std::optional<Parts> parsePartsOf(View text)
{
    Scanner<View> s(text.trimmed());
    int year, month, day;
    if (!s.digits(4, year))
        return std::nullopt;
    const char dateSep = s.peek();
    if (dateSep != '-' && dateSep != '/')
        return std::nullopt;
    s.take(dateSep);
    if (!s.digits(2, month) || !s.take(dateSep) || !s.digits(2, day))
        return std::nullopt;
    // ISO 8601's calendar, which has a year 0 (1 BC; QDate has none).
    if (month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const Civil back = civilFromDays(daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
    if (back.month != static_cast<unsigned>(month) || back.day != static_cast<unsigned>(day))
        return std::nullopt;

    Parts parts;
    std::int64_t timeMicros = 0;
    if (s.take('T') || s.take('t') || (s.peek() == ' ' && (s.take(' '), s.digit()))) {
        if (!s.timeOfDay(timeMicros))
            return std::nullopt;
        parts.hasTime = true;
    }

    int offsetMinutes = 0;
    s.skipSpaces();
    if (s.take('Z') || s.take('z')) {
        parts.hasZone = true;
    } else if (s.peek() == '+' || s.peek() == '-') {
        const int sign = s.peek() == '-' ? -1 : 1;
        s.take(s.peek());
        int oh, om = 0;
        if (!s.digits(2, oh))
            return std::nullopt;
        if (s.take(':')) {
            if (!s.digits(2, om))
                return std::nullopt;
        } else if (s.digit()) {
            if (!s.digits(2, om))
                return std::nullopt;
        }
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
        parts.hasZone = true;
    } else if (s.take('U')) {
        if (!s.take('T') || !s.take('C'))
            return std::nullopt;
        parts.hasZone = true;
    }
    if (!s.atEnd())
        return std::nullopt;

    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    parts.micros = (days * 86400 - offsetMinutes * 60LL) * 1000000 + timeMicros;
    return parts;
}

} // namespace

std::optional<Parts> parseParts(QStringView text)
{
    return parsePartsOf(text);
}

std::optional<Parts> parseParts(QByteArrayView utf8)
{
    return parsePartsOf(utf8);
}

std::optional<std::int64_t> parseTimeOfDay(QByteArrayView utf8)
{
    Scanner<QByteArrayView> s(utf8.trimmed());
    std::int64_t micros;
    if (!s.timeOfDay(micros) || !s.atEnd())
        return std::nullopt;
    return micros;
}

std::optional<std::int64_t> parseText(QStringView text)
{
    const auto parts = parseParts(text);
    return parts ? std::optional(parts->micros) : std::nullopt;
}

std::optional<std::int64_t> parseText(QByteArrayView utf8)
{
    const auto parts = parseParts(utf8);
    return parts ? std::optional(parts->micros) : std::nullopt;
}

namespace {
constexpr double SecondsLimit = 1e11;
constexpr double MillisecondsLimit = 1e15;
} // namespace

std::optional<std::int64_t> fromEpochSeconds(qint64 value)
{
    constexpr auto seconds = static_cast<qint64>(SecondsLimit);
    constexpr auto milliseconds = static_cast<qint64>(MillisecondsLimit);
    if (value > -seconds && value < seconds)
        return value * 1000000;
    if (value > -milliseconds && value < milliseconds)
        return value * 1000;
    return std::nullopt;
}

std::optional<std::int64_t> fromEpochSeconds(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    const double magnitude = std::fabs(value);
    if (magnitude < SecondsLimit)
        return static_cast<std::int64_t>(std::llround(value * 1e6));
    if (magnitude < MillisecondsLimit)
        return static_cast<std::int64_t>(std::llround(value * 1e3));
    return std::nullopt;
}

std::optional<std::int64_t> parse(const QVariant &value)
{
    switch (Values::kindOf(value)) {
    case Values::Kind::DateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.date().isValid() || !dt.time().isValid())
            return std::nullopt;
        // Naive driver values are read as UTC from their fields, like naive text, so both sides agree.
        if (dt.timeSpec() == Qt::LocalTime)
            return microsFromMs(wallClockMs(dt.date(), dt.time()));
        return microsFromMs(dt.toMSecsSinceEpoch());
    }
    case Values::Kind::Date: {
        const QDate d = value.toDate();
        if (!d.isValid())
            return std::nullopt;
        return microsFromDays(daysSinceEpoch(d));
    }
    case Values::Kind::Integer:
        return fromEpochSeconds(value.toLongLong());
    case Values::Kind::Unsigned:
    case Values::Kind::Double:
        return fromEpochSeconds(value.toDouble());
    case Values::Kind::String:
        return parseText(QStringView(*static_cast<const QString *>(value.constData())));
    case Values::Kind::Bytes:
        return parseText(QByteArrayView(value.toByteArray()));
    default:
        return std::nullopt;
    }
}

} // namespace Ferry::Timestamp
