#include "filevalueconverter.h"

#include "core/timestamp.h"
#include "core/values.h"

#include <charconv>
#include <cmath>

namespace Ferry {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::optional<qint64> toInteger(std::string_view s, bool *overflow = nullptr)
{
    s = trimmed(s);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    qint64 v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (overflow)
        *overflow = ec == std::errc::result_out_of_range;
    if (s.empty() || ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<bool> toBoolean(std::string_view s)
{
    const QByteArray b = QByteArray(s.data(), static_cast<qsizetype>(s.size())).trimmed().toLower();
    if (b == "true" || b == "t" || b == "yes" || b == "y" || b == "1" || b == "on")
        return true;
    if (b == "false" || b == "f" || b == "no" || b == "n" || b == "0" || b == "off")
        return false;
    return std::nullopt;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QString quoted(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (s.size() > 60)
        s = s.left(57) + QStringLiteral("…");
    return u'\'' + s + u'\'';
}

} // namespace

QString FileValueConverter::add(RowSet &rows, FileValueType type, std::string_view text)
{
    const QByteArrayView bytes(text.data(), static_cast<qsizetype>(text.size()));
    switch (type) {
    case FileValueType::Text:
        rows.addString(bytes);
        return {};
    case FileValueType::Integer: {
        bool overflow = false;
        if (const auto v = toInteger(text, &overflow)) {
            rows.addInt(*v);
            return {};
        }
        rows.addNull();
        return overflow ? tr("%1 is too large for a whole number (use decimal)").arg(quoted(text))
                        : tr("%1 is not a whole number").arg(quoted(text));
    }
    case FileValueType::Decimal: {
        const std::string_view t = trimmed(text);
        if (const auto json = Values::decimalJson(QByteArrayView(t.data(), static_cast<qsizetype>(t.size())))) {
            rows.addDecimal(QByteArrayView(t.data(), static_cast<qsizetype>(t.size())));
            return {};
        }
        rows.addNull();
        return tr("%1 is not a decimal number (write it with a point: 10.50)").arg(quoted(text));
    }
    case FileValueType::Number: {
        const std::string_view t = trimmed(text);
        Values::NumberDigits digits;
        if (Values::splitNumber(QByteArrayView(t.data(), static_cast<qsizetype>(t.size())), false, digits)) {
            double d = 0;
            const auto [end, ec] = std::from_chars(t.data() + (t.front() == '+' ? 1 : 0), t.data() + t.size(), d);
            if (ec == std::errc() && end == t.data() + t.size() && std::isfinite(d)) {
                rows.addDouble(d);
                return {};
            }
        }
        rows.addNull();
        return tr("%1 is not a number").arg(quoted(text));
    }
    case FileValueType::Boolean:
        if (const auto b = toBoolean(text)) {
            rows.addBool(*b);
            return {};
        }
        rows.addNull();
        return tr("%1 is not a boolean (use true/false, yes/no or 1/0)").arg(quoted(text));
    case FileValueType::Date: {
        const std::string_view t = trimmed(text);
        const auto parts = Timestamp::parseParts(QByteArrayView(t.data(), static_cast<qsizetype>(t.size())));
        if (parts && !parts->hasTime) {
            rows.addDate(floorDiv(parts->micros, std::int64_t(86400) * 1000000));
            return {};
        }
        rows.addNull();
        return parts ? tr("%1 has a time of day: declare the column datetime, or give the date alone "
                          "(2024-02-01)")
                           .arg(quoted(text))
                     : tr("%1 is not a date (write it as 2024-02-01)").arg(quoted(text));
    }
    case FileValueType::DateTime: {
        const std::string_view t = trimmed(text);
        if (const auto parts = Timestamp::parseParts(QByteArrayView(t.data(), static_cast<qsizetype>(t.size())))) {
            rows.addDateTime(floorDiv(parts->micros, 1000), parts->hasZone ? Values::Zone::Utc : Values::Zone::Naive);
            return {};
        }
        rows.addNull();
        return tr("%1 is not a date-time (write it as 2024-02-01T09:00:00, with Z or an offset when it has a "
                  "zone)")
            .arg(quoted(text));
    }
    case FileValueType::Json:
        if (rows.addJsonValue(bytes))
            return {};
        rows.addNull();
        return tr("%1 is not JSON").arg(quoted(text));
    }
    rows.addNull();
    return {};
}

FileValueType FileValueConverter::infer(const std::vector<std::string> &texts)
{
    bool any = false, integer = true, decimal = true, boolean = true, date = true, dateTime = true;
    for (const std::string &raw : texts) {
        const std::string_view t = trimmed(raw);
        if (t.empty())
            continue;
        any = true;
        const QByteArrayView bytes(t.data(), static_cast<qsizetype>(t.size()));
        integer = integer && toInteger(t);
        decimal = decimal && Values::decimalJson(bytes);
        boolean = boolean && toBoolean(t) && !toInteger(t); // 0/1 columns are integers
        if (date || dateTime) {
            const auto parts = Timestamp::parseParts(bytes);
            date = date && parts && !parts->hasTime;
            dateTime = dateTime && parts;
        }
    }
    if (!any)
        return FileValueType::Text;
    if (integer)
        return FileValueType::Integer;
    if (decimal)
        return FileValueType::Decimal;
    if (boolean)
        return FileValueType::Boolean;
    if (date)
        return FileValueType::Date;
    if (dateTime)
        return FileValueType::DateTime;
    return FileValueType::Text;
}

} // namespace Ferry
