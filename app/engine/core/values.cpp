#include "values.h"

#include <QDate>
#include <QDateTime>
#include <QStringDecoder>
#include <QTime>

#include <xxhash.h>

#include <charconv>
#include <cmath>
#include <limits>

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

// ISO 8601 with milliseconds; keeps the zone when the driver knows it, naive values stay naive.
QString dateTimeText(const QDateTime &dt)
{
    return dt.toString(Qt::ISODateWithMs);
}

} // namespace

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
        appendJsonString(out, dateTimeText(v.toDateTime()));
        return;
    case Kind::Date:
        appendJsonString(out, v.toDate().toString(Qt::ISODate));
        return;
    case Kind::Time:
        appendJsonString(out, v.toTime().toString(Qt::ISODateWithMs));
        return;
    case Kind::Bytes:
        // Binary columns travel as base64 text; JSON has no bytes.
        appendJsonString(out, QString::fromLatin1(v.toByteArray().toBase64()));
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

bool isNull(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    // An invalid date or time (MySQL's zero date, a local time that does not exist) holds no value.
    switch (v.typeId()) {
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(v.constData())->isValid();
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
    if (kindOf(v) == Kind::Other && v.canConvert<QString>()) // its text, as RowSet keeps it
        return isTruthy(v.toString());
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
    if (isNull(v))
        return {};
    if (kindOf(v) == Kind::Other && v.canConvert<QString>()) // its text, as RowSet keeps it (not JSON-escaped)
        return keyText(v.toString(), caseInsensitive);
    QString text;
    switch (v.typeId()) {
    case QMetaType::QString:
        text = v.toString();
        if (text.trimmed().isEmpty())
            return {};
        break;
    case QMetaType::QByteArray:
        text = QString::fromUtf8(v.toByteArray());
        break;
    default: {
        // Numbers, dates and booleans key by their JSON text (numbers unquoted), so 1 == 1.0 == "1".
        QByteArray json = toJson(v);
        if (json.startsWith('"'))
            json = json.mid(1, json.size() - 2);
        text = QString::fromUtf8(json);
    }
    }
    if (!caseInsensitive)
        return text;
    // Folded in its UTF-8 form, as RowSet folds it: toUtf8() writes an unpaired surrogate as '?', but
    // toCaseFolded() as U+FFFD. (A leading byte order mark stays: it is part of the value.)
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return QString(utf8(text.toUtf8())).toCaseFolded();
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

std::uint64_t hashRow(const QVariantList &values)
{
    QByteArray buf;
    buf.reserve(256);
    for (const QVariant &v : values) {
        appendJson(buf, v);
        buf.append('\x1f');
    }
    return XXH3_64bits(buf.constData(), static_cast<size_t>(buf.size()));
}

} // namespace Ferry::Values
