#include "timestamp.h"

#include <QDate>
#include <QDateTime>
#include <QtNumeric>

namespace Ferry::Timestamp {

namespace {

// Days since the epoch of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

class Scanner
{
public:
    explicit Scanner(QStringView s) : m_s(s) {}
    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_s[m_pos]; }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Exactly n digits.
    bool digits(int n, int &out)
    {
        out = 0;
        for (int i = 0; i < n; ++i) {
            if (atEnd() || !peek().isDigit())
                return false;
            out = out * 10 + peek().digitValue();
            ++m_pos;
        }
        return true;
    }
    void skipSpaces()
    {
        while (!atEnd() && peek() == u' ')
            ++m_pos;
    }

private:
    QStringView m_s;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<std::int64_t> parseText(QStringView text)
{
    Scanner s(text.trimmed());
    int year, month, day;
    if (!s.digits(4, year))
        return std::nullopt;
    const QChar dateSep = s.peek();
    if (dateSep != u'-' && dateSep != u'/')
        return std::nullopt;
    s.take(dateSep);
    if (!s.digits(2, month) || !s.take(dateSep) || !s.digits(2, day))
        return std::nullopt;
    if (!QDate::isValid(year, month, day))
        return std::nullopt;

    int hour = 0, minute = 0, second = 0;
    std::int64_t micros = 0;
    if (s.take(u'T') || s.take(u't') || (s.peek() == u' ' && (s.take(u' '), s.peek().isDigit()))) {
        if (!s.digits(2, hour) || !s.take(u':') || !s.digits(2, minute))
            return std::nullopt;
        if (s.take(u':')) {
            if (!s.digits(2, second))
                return std::nullopt;
            if (s.take(u'.') || s.take(u',')) {
                int digitsRead = 0;
                std::int64_t frac = 0;
                while (!s.atEnd() && s.peek().isDigit()) {
                    if (digitsRead < 6) {
                        frac = frac * 10 + s.peek().digitValue();
                        ++digitsRead;
                    }
                    s.take(s.peek());
                }
                if (digitsRead == 0)
                    return std::nullopt;
                for (int i = digitsRead; i < 6; ++i)
                    frac *= 10;
                micros = frac;
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
    }

    int offsetMinutes = 0;
    s.skipSpaces();
    if (s.take(u'Z') || s.take(u'z')) {
        // UTC
    } else if (s.peek() == u'+' || s.peek() == u'-') {
        const int sign = s.peek() == u'-' ? -1 : 1;
        s.take(s.peek());
        int oh, om = 0;
        if (!s.digits(2, oh))
            return std::nullopt;
        if (s.take(u':')) {
            if (!s.digits(2, om))
                return std::nullopt;
        } else if (!s.atEnd() && s.peek().isDigit()) {
            if (!s.digits(2, om))
                return std::nullopt;
        }
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
    } else if (s.take(u'U')) {
        if (!s.take(u'T') || !s.take(u'C'))
            return std::nullopt;
    }
    if (!s.atEnd())
        return std::nullopt;

    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return seconds * 1000000 + micros;
}

namespace {
// Beyond ±292,000 years microseconds do not fit in 64 bits: no timestamp to compare.
std::optional<std::int64_t> micros(qint64 msecs)
{
    qint64 us;
    return qMulOverflow(msecs, qint64(1000), &us) ? std::nullopt : std::optional<std::int64_t>(us);
}
} // namespace

std::optional<std::int64_t> parse(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.isValid())
            return std::nullopt;
        // Naive driver values are read as UTC, like naive text, so both sides agree.
        const QDateTime asUtc = dt.timeSpec() == Qt::LocalTime ? QDateTime(dt.date(), dt.time(), Qt::UTC) : dt;
        return micros(asUtc.toMSecsSinceEpoch());
    }
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        if (!d.isValid())
            return std::nullopt;
        return micros(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }
    case QMetaType::QString:
        return parseText(value.toString());
    case QMetaType::QByteArray:
        return parseText(QString::fromUtf8(value.toByteArray()));
    default:
        return std::nullopt;
    }
}

} // namespace Ferry::Timestamp
