#include "values.h"

#include "jsoncursor.h"
#include "timestamp.h"

#include <QDate>
#include <QDateTime>
#include <QStringDecoder>
#include <QTime>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace Ferry::Values {

void appendJsonNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null");
        return;
    }
    char buf[32];
    // Integral values within the exactly-representable range print without a fraction.
    if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0) {
        auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(d));
        out.append(buf, r.ptr - buf);
        return;
    }
    auto r = std::to_chars(buf, buf + sizeof buf, d); // shortest round-trip form
    out.append(buf, r.ptr - buf);
}

void appendJsonInteger(QByteArray &out, long long i)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, i);
    out.append(buf, r.ptr - buf);
}

namespace {

void appendDigits(QByteArray &out, std::int64_t v, int width)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v < 0 ? -v : v);
    if (v < 0)
        out.append('-');
    for (auto n = r.ptr - buf; n < width; ++n)
        out.append('0');
    out.append(buf, r.ptr - buf);
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

void appendDateTimeOf(QByteArray &out, const QDateTime &dt)
{
    if (!dt.date().isValid() || !dt.time().isValid()) {
        out.append("null");
        return;
    }
    out.append('"');
    if (dt.timeSpec() == Qt::LocalTime) // naive: its fields, never its instant
        appendDateTimeText(out, Timestamp::wallClockMs(dt.date(), dt.time()), Zone::Naive);
    else if (dt.timeSpec() == Qt::UTC)
        appendDateTimeText(out, dt.toMSecsSinceEpoch(), Zone::Utc);
    else
        appendDateTimeText(out, dt.toMSecsSinceEpoch(), Zone::Offset, dt.offsetFromUtc());
    out.append('"');
}

} // namespace

void appendDateText(QByteArray &out, std::int64_t days)
{
    const Timestamp::Civil c = Timestamp::civilFromDays(days);
    appendDigits(out, c.year, 4);
    out.append('-');
    appendDigits(out, c.month, 2);
    out.append('-');
    appendDigits(out, c.day, 2);
}

void appendTimeText(QByteArray &out, int ms)
{
    appendDigits(out, ms / 3600000, 2);
    out.append(':');
    appendDigits(out, ms / 60000 % 60, 2);
    out.append(':');
    appendDigits(out, ms / 1000 % 60, 2);
    out.append('.');
    appendDigits(out, ms % 1000, 3);
}

void appendDateTimeText(QByteArray &out, std::int64_t ms, Zone zone, int offsetSeconds)
{
    // Days and the time in the day, the offset added to the latter: near the ends of 64-bit milliseconds (±292
    // million years) neither ms + offset nor days * 86400000 may fit.
    constexpr std::int64_t MsPerDay = 86400000;
    std::int64_t days = ms / MsPerDay;
    std::int64_t inDay = ms % MsPerDay;
    if (zone == Zone::Offset)
        inDay += offsetSeconds * 1000LL;
    days += floorDiv(inDay, MsPerDay);
    inDay -= floorDiv(inDay, MsPerDay) * MsPerDay;
    appendDateText(out, days);
    out.append('T');
    appendTimeText(out, static_cast<int>(inDay));
    if (zone == Zone::Utc) {
        out.append('Z');
    } else if (zone == Zone::Offset) {
        const int minutes = std::abs(offsetSeconds) / 60;
        out.append(offsetSeconds < 0 ? '-' : '+');
        appendDigits(out, minutes / 60, 2);
        out.append(':');
        appendDigits(out, minutes % 60, 2);
    }
}

void appendJsonString(QByteArray &out, QStringView s)
{
    appendJsonUtf8String(out, s.toUtf8());
}

void appendJsonUtf8String(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    while (p < end) {
        // Copy the longest run that needs no escaping in one go.
        const char *run = p;
        while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        out.append(run, p - run);
        if (p == end)
            break;
        const auto u = static_cast<unsigned char>(*p++);
        switch (u) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        }
    }
    out.append('"');
}

bool splitNumber(QByteArrayView text, bool strict, NumberDigits &out)
{
    const char *p = text.data();
    const char *end = p + text.size();
    out.negative = false;
    out.digits.clear();
    if (p < end && (*p == '-' || (!strict && *p == '+')))
        out.negative = *p++ == '-';
    const char *intStart = p;
    while (p < end && *p >= '0' && *p <= '9')
        ++p;
    const qsizetype intDigits = p - intStart;
    if (strict && (intDigits == 0 || (intDigits > 1 && *intStart == '0')))
        return false;
    const char *fracStart = p;
    qsizetype fracDigits = 0;
    if (p < end && *p == '.') {
        fracStart = ++p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        fracDigits = p - fracStart;
        if (strict && fracDigits == 0)
            return false;
    }
    if (intDigits + fracDigits == 0)
        return false;
    std::int64_t exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool negativeExponent = false;
        if (p < end && (*p == '+' || *p == '-'))
            negativeExponent = *p++ == '-';
        if (p == end)
            return false;
        while (p < end && *p >= '0' && *p <= '9') {
            if (exponent < 1000000000)
                exponent = exponent * 10 + (*p - '0');
            ++p;
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (p != end)
        return false;

    out.point = intDigits + exponent;
    // Significant digits: integer and fraction digits without leading zeros (each moves the point) and
    // without trailing zeros.
    bool leading = true;
    const auto take = [&](const char *from, qsizetype n) {
        for (qsizetype i = 0; i < n; ++i) {
            if (leading && from[i] == '0') {
                --out.point;
                continue;
            }
            leading = false;
            out.digits.push_back(from[i]);
        }
    };
    take(intStart, intDigits);
    take(fracStart, fracDigits);
    while (!out.digits.empty() && out.digits.back() == '0')
        out.digits.pop_back();
    if (out.digits.empty()) {
        out.negative = false;
        out.point = 0;
    }
    return true;
}

void appendCanonicalNumber(QByteArray &out, const NumberDigits &n)
{
    if (n.digits.empty()) {
        out.append('0');
        return;
    }
    if (n.negative)
        out.append('-');
    const auto count = static_cast<std::int64_t>(n.digits.size());
    const std::int64_t k = n.point;
    const char *d = n.digits.data();
    if (count <= k && k <= 21) {
        out.append(d, count);
        out.append(QByteArray(k - count, '0'));
    } else if (0 < k && k <= 21) {
        out.append(d, k);
        out.append('.');
        out.append(d + k, count - k);
    } else if (-6 < k && k <= 0) {
        out.append("0.");
        out.append(QByteArray(-k, '0'));
        out.append(d, count);
    } else {
        out.append(d[0]);
        if (count > 1) {
            out.append('.');
            out.append(d + 1, count - 1);
        }
        out.append(k - 1 < 0 ? "e-" : "e+");
        appendJsonInteger(out, std::abs(k - 1));
    }
}

void appendCanonicalNumber(QByteArray &out, qint64 i)
{
    appendJsonInteger(out, i); // integers within qint64 are their own canonical text
}

void appendCanonicalNumber(QByteArray &out, double d)
{
    if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0) {
        appendJsonInteger(out, static_cast<long long>(d));
        return;
    }
    char buf[40];
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific); // shortest digits
    thread_local NumberDigits n;
    if (!splitNumber(QByteArrayView(buf, r.ptr - buf), false, n)) {
        out.append("null"); // NaN, infinities
        return;
    }
    appendCanonicalNumber(out, n);
}

std::optional<QByteArray> decimalJson(QByteArrayView text)
{
    const QByteArrayView t = text.trimmed();
    NumberDigits n;
    if (!splitNumber(t, false, n))
        return std::nullopt;
    if (splitNumber(t, true, n))
        return t.toByteArray(); // already JSON
    // Rewrite the lenient forms: sign, leading zeros, bare points.
    QByteArray out;
    qsizetype i = 0;
    if (t[i] == '+' || t[i] == '-') {
        if (t[i] == '-')
            out.append('-');
        ++i;
    }
    qsizetype intEnd = i;
    while (intEnd < t.size() && t[intEnd] >= '0' && t[intEnd] <= '9')
        ++intEnd;
    qsizetype firstDigit = i;
    while (firstDigit + 1 < intEnd && t[firstDigit] == '0')
        ++firstDigit;
    if (firstDigit == intEnd)
        out.append('0');
    else
        out.append(t.sliced(firstDigit, intEnd - firstDigit));
    qsizetype rest = intEnd;
    if (rest < t.size() && t[rest] == '.') {
        qsizetype fracEnd = rest + 1;
        while (fracEnd < t.size() && t[fracEnd] >= '0' && t[fracEnd] <= '9')
            ++fracEnd;
        if (fracEnd > rest + 1)
            out.append(t.sliced(rest, fracEnd - rest));
        rest = fracEnd;
    }
    out.append(t.sliced(rest));
    return out;
}

namespace {

void canonicalValue(JsonCursor &in, QByteArray &out, int depth)
{
    if (depth > 256)
        throw JsonSyntaxError{in.position(), "nested too deeply"};
    const char c = in.peek();
    if (c == '{') {
        in.expect('{');
        std::vector<std::pair<std::string, QByteArray>> members;
        if (!in.empty('}')) {
            do {
                std::pair<std::string, QByteArray> member;
                in.string(member.first);
                in.expect(':');
                canonicalValue(in, member.second, depth + 1);
                members.push_back(std::move(member));
            } while (in.more('}'));
        }
        // Sorted by key; of repeated keys the last one counts, as in JavaScript and PostgreSQL's jsonb.
        std::stable_sort(members.begin(), members.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        out.append('{');
        bool first = true;
        for (size_t i = 0; i < members.size(); ++i) {
            if (i + 1 < members.size() && members[i + 1].first == members[i].first)
                continue;
            if (!first)
                out.append(',');
            first = false;
            appendJsonUtf8String(
                out, QByteArrayView(members[i].first.data(), static_cast<qsizetype>(members[i].first.size())));
            out.append(':');
            out.append(members[i].second);
        }
        out.append('}');
    } else if (c == '[') {
        in.expect('[');
        out.append('[');
        if (!in.empty(']')) {
            bool first = true;
            do {
                if (!first)
                    out.append(',');
                first = false;
                canonicalValue(in, out, depth + 1);
            } while (in.more(']'));
        }
        out.append(']');
    } else if (c == '"') {
        std::string s;
        in.string(s);
        appendJsonUtf8String(out, QByteArrayView(s.data(), static_cast<qsizetype>(s.size())));
    } else if (c == 't' || c == 'f' || c == 'n') {
        const std::string_view literal = in.raw();
        out.append(literal.data(), static_cast<qsizetype>(literal.size()));
    } else {
        const std::string_view number = in.raw();
        NumberDigits n;
        if (!splitNumber(QByteArrayView(number.data(), static_cast<qsizetype>(number.size())), true, n))
            throw JsonSyntaxError{in.position(), "invalid number"};
        appendCanonicalNumber(out, n);
    }
}

} // namespace

std::optional<QByteArray> canonicalJson(QByteArrayView json)
{
    JsonCursor in(json.data(), json.data() + json.size());
    QByteArray out;
    try {
        canonicalValue(in, out, 0);
        if (!in.atEnd())
            return std::nullopt;
    } catch (const JsonSyntaxError &) {
        return std::nullopt;
    }
    return out;
}

Kind kindOf(const QVariant &v)
{
    if (isNull(v))
        return Kind::Null;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return Kind::Bool;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Long:
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::UChar:
        return Kind::Integer;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return v.toULongLong() > static_cast<qulonglong>(std::numeric_limits<qint64>::max()) ? Kind::Unsigned
                                                                                             : Kind::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Kind::Double;
    case QMetaType::QString:
        return Kind::String;
    case QMetaType::QDateTime:
        return Kind::DateTime;
    case QMetaType::QDate:
        return Kind::Date;
    case QMetaType::QTime:
        return Kind::Time;
    case QMetaType::QByteArray:
        return Kind::Bytes;
    case QMetaType::QVariantMap:
        return Kind::Map;
    case QMetaType::QVariantList:
        return Kind::List;
    default:
        return Kind::Other;
    }
}

void appendJson(QByteArray &out, const QVariant &v)
{
    switch (kindOf(v)) {
    case Kind::Null:
        out.append("null");
        return;
    case Kind::Bool:
        out.append(v.toBool() ? "true" : "false");
        return;
    case Kind::Integer:
        appendJsonInteger(out, v.toLongLong());
        return;
    case Kind::Unsigned: // beyond qint64: JSON numbers are doubles anyway
        appendJsonNumber(out, static_cast<double>(v.toULongLong()));
        return;
    case Kind::Double:
        appendJsonNumber(out, v.toDouble());
        return;
    case Kind::String:
        appendJsonString(out, v.toString());
        return;
    case Kind::DateTime:
        appendDateTimeOf(out, v.toDateTime());
        return;
    case Kind::Date: {
        const QDate d = v.toDate();
        if (!d.isValid()) {
            out.append("null");
            return;
        }
        out.append('"');
        appendDateText(out, Timestamp::daysSinceEpoch(d));
        out.append('"');
        return;
    }
    case Kind::Time: {
        const QTime t = v.toTime();
        if (!t.isValid()) {
            out.append("null");
            return;
        }
        out.append('"');
        appendTimeText(out, t.msecsSinceStartOfDay());
        out.append('"');
        return;
    }
    case Kind::Bytes:
        // Binary columns travel as base64 text; JSON has no bytes.
        out.append('"');
        out.append(v.toByteArray().toBase64());
        out.append('"');
        return;
    case Kind::Map: {
        const QVariantMap map = v.toMap();
        out.append('{');
        bool first = true;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            appendJsonString(out, it.key());
            out.append(':');
            appendJson(out, it.value());
        }
        out.append('}');
        return;
    }
    case Kind::List: {
        const QVariantList list = v.toList();
        out.append('[');
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                out.append(',');
            appendJson(out, list.at(i));
        }
        out.append(']');
        return;
    }
    case Kind::Other:
        if (v.canConvert<QString>())
            appendJsonString(out, v.toString());
        else
            out.append("null");
        return;
    }
}

QByteArray toJson(const QVariant &v)
{
    QByteArray out;
    appendJson(out, v);
    return out;
}

QString fromUtf8(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom); // 2.5 times slower
    return decoder(utf8);
}

bool isNull(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    // An invalid date or time (MySQL's zero date) holds no value: it is sent as null and RowSet keeps null. A
    // date-time counts by its fields: a naive one in the host's daylight-saving gap is no valid QDateTime, but
    // a value.
    switch (v.typeId()) {
    case QMetaType::QDateTime: {
        const auto *dt = static_cast<const QDateTime *>(v.constData());
        return !dt->date().isValid() || !dt->time().isValid();
    }
    case QMetaType::QDate:
        return !static_cast<const QDate *>(v.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(v.constData())->isValid();
    default:
        return false;
    }
}

bool isTruthy(const QVariant &v)
{
    if (isNull(v))
        return false;
    if (kindOf(v) == Kind::Other) // its text, as it is sent and as RowSet keeps it
        return v.canConvert<QString>() && isTruthy(QVariant(v.toString()));
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::QString: {
        const QString s = v.toString().trimmed();
        return !s.isEmpty() && s != u'0' && s.compare(u"false", Qt::CaseInsensitive) != 0;
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return v.toDouble() != 0.0;
    default:
        if (v.canConvert<qlonglong>() && v.typeId() != QMetaType::QDateTime && v.typeId() != QMetaType::QDate)
            return v.toLongLong() != 0;
        return true;
    }
}

QString keyText(const QVariant &v, bool caseInsensitive)
{
    QByteArray text;
    switch (kindOf(v)) {
    case Kind::Null:
        return {};
    case Kind::String: {
        const QString s = v.toString();
        if (s.trimmed().isEmpty())
            return {};
        // Folded in the UTF-8 form RowSet keeps: toUtf8() writes an unpaired surrogate as '?', toCaseFolded()
        // as U+FFFD.
        return caseInsensitive ? fromUtf8(s.toUtf8()).toCaseFolded() : s;
    }
    case Kind::Bool:
        text = v.toBool() ? "1" : "0";
        break;
    case Kind::Integer:
        appendCanonicalNumber(text, static_cast<qint64>(v.toLongLong()));
        break;
    case Kind::Unsigned:
    case Kind::Double:
        if (!std::isfinite(v.toDouble()))
            return {};
        appendCanonicalNumber(text, v.toDouble());
        break;
    case Kind::Map:
    case Kind::List:
        text = canonicalJson(toJson(v)).value_or(QByteArray());
        break;
    case Kind::Other: // its text, as it is sent and as RowSet keeps it (not its JSON-escaped text)
        return v.canConvert<QString>() ? keyText(QVariant(v.toString()), caseInsensitive) : QString();
    default: {
        // Dates and times key by their text, bytes by their base64 text: what the targets hold.
        text = toJson(v);
        if (text.startsWith('"'))
            text = text.mid(1, text.size() - 2);
        else if (text == "null")
            return {};
    }
    }
    const QString s = fromUtf8(text);
    return caseInsensitive ? s.toCaseFolded() : s;
}

QString displayText(const QVariant &v)
{
    if (isNull(v))
        return QStringLiteral("null");
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    QByteArray json = toJson(v);
    if (json.startsWith('"'))
        json = json.mid(1, json.size() - 2);
    return QString::fromUtf8(json);
}

} // namespace Ferry::Values
