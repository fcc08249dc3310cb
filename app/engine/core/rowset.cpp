#include "rowset.h"

#include "core/timestamp.h"
#include "core/values.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstring>
#include <xxhash.h>

namespace Ferry {

namespace {

template <typename T> T read(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// QString::fromUtf8 drops a leading byte order mark, which is part of the value; the decoder that keeps it
// is slower, so it reads only such text.
QString utf8Text(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(utf8);
}

// A string cell's text.
QString cellText(const char *c)
{
    return utf8Text(QByteArrayView(c + 5, read<std::uint32_t>(c + 1)));
}

bool asciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace

void RowSet::reserve(qsizetype rows, qsizetype bytes)
{
    m_rowStart.reserve(static_cast<size_t>(rows));
    m_data.reserve(static_cast<size_t>(bytes));
}

void RowSet::put(const void *p, size_t n)
{
    const char *c = static_cast<const char *>(p);
    m_data.insert(m_data.end(), c, c + n);
}

void RowSet::putLength(size_t n)
{
    const auto len = static_cast<std::uint32_t>(n);
    put(&len, sizeof len);
}

void RowSet::beginRow()
{
    m_rowStart.push_back(m_data.size());
}

void RowSet::addNull()
{
    m_data.push_back(Null);
}

void RowSet::addBool(bool b)
{
    m_data.push_back(b ? True : False);
}

void RowSet::addInt(qint64 i)
{
    m_data.push_back(Int);
    put(&i, sizeof i);
}

void RowSet::addDouble(double d)
{
    m_data.push_back(Double);
    put(&d, sizeof d);
}

void RowSet::addString(QByteArrayView utf8)
{
    m_data.push_back(String);
    putLength(static_cast<size_t>(utf8.size()));
    put(utf8.data(), static_cast<size_t>(utf8.size()));
}

void RowSet::addString(QStringView text)
{
    // ASCII (most database text) is narrowed straight into the arena; anything else goes through toUtf8.
    const size_t start = m_data.size();
    m_data.resize(start + 5 + static_cast<size_t>(text.size()));
    char *out = m_data.data() + start + 5;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            m_data.resize(start);
            addString(QByteArrayView(text.toUtf8()));
            return;
        }
        *out++ = static_cast<char>(c.unicode());
    }
    m_data[start] = String;
    const auto len = static_cast<std::uint32_t>(text.size());
    std::memcpy(m_data.data() + start + 1, &len, sizeof len);
}

void RowSet::addJson(QByteArrayView json)
{
    m_data.push_back(Json);
    putLength(static_cast<size_t>(json.size()));
    put(json.data(), static_cast<size_t>(json.size()));
}

void RowSet::addVariant(const QVariant &v)
{
    switch (Values::kindOf(v)) {
    case Values::Kind::Null:
        addNull();
        return;
    case Values::Kind::Bool:
        addBool(v.toBool());
        return;
    case Values::Kind::Integer:
        addInt(v.toLongLong());
        return;
    case Values::Kind::Unsigned:
        addDouble(static_cast<double>(v.toULongLong()));
        return;
    case Values::Kind::Double:
        addDouble(v.toDouble());
        return;
    case Values::Kind::String:
        addString(QStringView(*static_cast<const QString *>(v.constData())));
        return;
    case Values::Kind::DateTime: {
        const QDateTime dt = v.toDateTime();
        m_data.push_back(DateTime);
        const qint64 ms = dt.toMSecsSinceEpoch();
        const qint32 offset = dt.offsetFromUtc();
        // A named zone keeps its offset at that instant, which is all its ISO text shows.
        const char spec = static_cast<char>(dt.timeSpec() == Qt::TimeZone ? Qt::OffsetFromUTC : dt.timeSpec());
        put(&ms, sizeof ms);
        put(&offset, sizeof offset);
        m_data.push_back(spec);
        return;
    }
    case Values::Kind::Date: {
        m_data.push_back(Date);
        const qint64 jd = v.toDate().toJulianDay();
        put(&jd, sizeof jd);
        return;
    }
    case Values::Kind::Time: {
        m_data.push_back(Time);
        const qint32 ms = v.toTime().msecsSinceStartOfDay();
        put(&ms, sizeof ms);
        return;
    }
    case Values::Kind::Bytes: {
        const QByteArray b = v.toByteArray();
        m_data.push_back(Bytes);
        putLength(static_cast<size_t>(b.size()));
        put(b.constData(), static_cast<size_t>(b.size()));
        return;
    }
    case Values::Kind::Map:
    case Values::Kind::List:
        addJson(Values::toJson(v));
        return;
    case Values::Kind::Other:
        // Whatever else a driver hands out travels as its text, as Values::appendJson sends it.
        if (v.canConvert<QString>())
            addString(v.toString().toUtf8());
        else
            addNull();
        return;
    }
}

void RowSet::append(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    beginRow();
    for (const QVariant &v : row)
        addVariant(v);
    endRow();
}

const char *RowSet::next(const char *c)
{
    switch (*c) {
    case Null:
    case False:
    case True:
        return c + 1;
    case Int:
    case Double:
    case Date:
        return c + 9;
    case Time:
        return c + 5;
    case DateTime:
        return c + 1 + 8 + 4 + 1;
    default: // String, Bytes, Json
        return c + 1 + 4 + read<std::uint32_t>(c + 1);
    }
}

const char *RowSet::cell(qsizetype row, int column) const
{
    const char *c = m_data.data() + m_rowStart[static_cast<size_t>(row)];
    for (int i = 0; i < column; ++i)
        c = next(c);
    return c;
}

void RowSet::appendProjected(const RowSet &other, qsizetype row, const std::vector<int> &columns)
{
    beginRow();
    for (int col : columns) {
        const char *c = other.cell(row, col);
        m_data.insert(m_data.end(), c, next(c));
    }
    endRow();
}

QVariant RowSet::value(qsizetype row, int column) const
{
    const char *c = cell(row, column);
    switch (*c) {
    case Null:
        return {};
    case False:
        return false;
    case True:
        return true;
    case Int:
        return read<qint64>(c + 1);
    case Double:
        return read<double>(c + 1);
    case String:
        return cellText(c);
    case DateTime: {
        const qint64 ms = read<qint64>(c + 1);
        const qint32 offset = read<qint32>(c + 9);
        const auto spec = static_cast<Qt::TimeSpec>(c[13]);
        if (spec == Qt::UTC)
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        if (spec == Qt::OffsetFromUTC)
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
    }
    case Date:
        return QDate::fromJulianDay(read<qint64>(c + 1));
    case Time:
        return QTime::fromMSecsSinceStartOfDay(read<qint32>(c + 1));
    case Bytes:
        return QByteArray(c + 5, read<std::uint32_t>(c + 1));
    case Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(c + 5, read<std::uint32_t>(c + 1)));
        return doc.isArray() ? QVariant(doc.array().toVariantList()) : QVariant(doc.object().toVariantMap());
    }
    }
    return {};
}

QVariantList RowSet::row(qsizetype row) const
{
    QVariantList out;
    out.reserve(m_columns);
    for (int i = 0; i < m_columns; ++i)
        out.append(value(row, i));
    return out;
}

bool RowSet::isNull(qsizetype row, int column) const
{
    return *cell(row, column) == Null;
}

bool RowSet::isTruthy(qsizetype row, int column) const
{
    const char *c = cell(row, column);
    switch (*c) {
    case Null:
    case False:
        return false;
    case True:
        return true;
    case Int:
        return read<qint64>(c + 1) != 0;
    case Double:
        return read<double>(c + 1) != 0.0;
    default:
        return Values::isTruthy(value(row, column));
    }
}

void RowSet::appendJson(QByteArray &out, qsizetype row, int column) const
{
    const char *c = cell(row, column);
    switch (*c) {
    case Null:
        out.append("null");
        return;
    case False:
        out.append("false");
        return;
    case True:
        out.append("true");
        return;
    case Int:
        Values::appendJsonInteger(out, read<qint64>(c + 1));
        return;
    case Double:
        Values::appendJsonNumber(out, read<double>(c + 1));
        return;
    case String:
        Values::appendJsonUtf8String(out, QByteArrayView(c + 5, read<std::uint32_t>(c + 1)));
        return;
    default:
        Values::appendJson(out, value(row, column));
    }
}

QByteArray RowSet::json(qsizetype row, int column) const
{
    QByteArray out;
    appendJson(out, row, column);
    return out;
}

bool RowSet::sameValue(qsizetype row, int column, const RowSet &other, qsizetype otherRow, int otherColumn) const
{
    return json(row, column) == other.json(otherRow, otherColumn);
}

QByteArray RowSet::keyText(qsizetype row, int column, bool caseInsensitive) const
{
    const char *c = cell(row, column);
    QByteArray text;
    switch (*c) {
    case Null:
        return {};
    case String: {
        const QByteArrayView s(c + 5, read<std::uint32_t>(c + 1));
        bool blank = true, ascii = true;
        for (char ch : s) {
            if (static_cast<unsigned char>(ch) >= 0x80)
                ascii = false;
            else if (!asciiSpace(ch))
                blank = false;
        }
        if (blank && (ascii || utf8Text(s).trimmed().isEmpty()))
            return {};
        if (!caseInsensitive)
            return s.toByteArray();
        text = s.toByteArray();
        break;
    }
    case Int:
    case Double:
    case False:
    case True:
        appendJson(text, row, column);
        break;
    default:
        return Values::keyText(value(row, column), caseInsensitive).toUtf8();
    }
    return caseInsensitive ? utf8Text(text).toCaseFolded().toUtf8() : text;
}

std::uint64_t RowSet::hashRow(qsizetype row) const
{
    thread_local QByteArray buf; // reused: this runs for every row
    buf.truncate(0);
    for (int i = 0; i < m_columns; ++i) {
        appendJson(buf, row, i);
        buf.append('\x1f');
    }
    return XXH3_64bits(buf.constData(), static_cast<size_t>(buf.size()));
}

std::optional<std::int64_t> RowSet::timestamp(qsizetype row, int column) const
{
    const char *c = cell(row, column);
    if (*c == String)
        return Timestamp::parseText(cellText(c));
    return Timestamp::parse(value(row, column));
}

} // namespace Ferry
