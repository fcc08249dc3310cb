#include "rowset.h"

#include "core/jsoncursor.h"
#include "core/timestamp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>
#include <xxhash.h>

namespace Ferry {

namespace {

enum Tag : char { Null, False, True, Int, Double, String, DateTime, Date, Time, Bytes, Json, Decimal };

template <typename T> T read(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

bool asciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

constexpr std::int64_t MsPerDay = 86400000;
constexpr std::int64_t JulianDayOfEpoch = 2440588; // 1970-01-01

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// A decoded cell.
struct View
{
    char tag = 0;
    qint64 i = 0;
    double d = 0;
    QByteArrayView text; // String, Bytes, Json, Decimal
    std::int64_t ms = 0; // DateTime: see Values::Zone; Date: days since the epoch; Time: ms since midnight
    qint32 offset = 0;
    Values::Zone zone = Values::Zone::Naive;
};

// What a number cell or number text holds, for numeric comparison.
struct Number
{
    enum Kind { Integer, Floating, Text } kind = Integer;
    qint64 i = 0;
    double d = 0;
    QByteArrayView text; // a JSON number
};

double toDouble(const Number &n)
{
    switch (n.kind) {
    case Number::Integer:
        return static_cast<double>(n.i);
    case Number::Floating:
        return n.d;
    case Number::Text:
        break;
    }
    double d = 0;
    std::from_chars(n.text.data(), n.text.data() + n.text.size(), d);
    return d;
}

void digitsOf(const Number &n, Values::NumberDigits &out)
{
    if (n.kind == Number::Text) {
        Values::splitNumber(n.text, false, out);
        return;
    }
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n.i);
    Values::splitNumber(QByteArrayView(buf, r.ptr - buf), false, out);
}

bool sameNumber(const Number &a, const Number &b)
{
    // A double cannot hold more than double precision: compare there whenever one is involved, so that a
    // bigint that went through a JavaScript target equals what came back.
    if (a.kind == Number::Floating || b.kind == Number::Floating)
        return toDouble(a) == toDouble(b);
    if (a.kind == Number::Integer && b.kind == Number::Integer)
        return a.i == b.i;
    thread_local Values::NumberDigits x, y;
    digitsOf(a, x);
    digitsOf(b, y);
    return x.negative == y.negative && x.point == y.point && x.digits == y.digits;
}

std::optional<Number> numberOf(const View &v)
{
    switch (v.tag) {
    case False:
    case True:
        return Number{Number::Integer, v.tag == True ? 1 : 0, 0, {}};
    case Int:
        return Number{Number::Integer, v.i, 0, {}};
    case Double:
        return Number{Number::Floating, 0, v.d, {}};
    case Decimal:
        return Number{Number::Text, 0, 0, v.text};
    default:
        return std::nullopt;
    }
}

// A date, time or date-time as comparison sees it: days and the time in the day, which hold any date without
// overflow (microseconds since the epoch end at ±292,000 years; QDate goes further).
struct Moment
{
    bool timeOfDay = false;  // a time of day; equal only to another time of day
    std::int64_t days = 0;   // since the epoch (naive read as UTC); 0 for times of day
    std::int64_t micros = 0; // since midnight

    bool operator==(const Moment &) const = default;
};

Moment momentOfMicros(bool timeOfDay, std::int64_t micros)
{
    constexpr std::int64_t MicrosPerDay = MsPerDay * 1000;
    const std::int64_t days = floorDiv(micros, MicrosPerDay);
    return Moment{timeOfDay, days, micros - days * MicrosPerDay};
}

std::optional<Moment> momentOf(const View &v, bool isString)
{
    if (isString) {
        if (const auto parts = Timestamp::parseParts(v.text))
            return momentOfMicros(false, parts->micros);
        if (const auto time = Timestamp::parseTimeOfDay(v.text))
            return momentOfMicros(true, *time);
        return std::nullopt;
    }
    switch (v.tag) {
    case DateTime: {
        const std::int64_t days = floorDiv(v.ms, MsPerDay);
        return Moment{false, days, (v.ms - days * MsPerDay) * 1000};
    }
    case Date:
        return Moment{false, v.ms, 0};
    case Time:
        return Moment{true, 0, v.ms * 1000};
    default:
        return std::nullopt;
    }
}

bool equalsIgnoringAsciiCase(QByteArrayView text, const char *word)
{
    const auto n = static_cast<qsizetype>(std::strlen(word));
    if (text.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

// Appends the text a date, time, date-time or bytes value travels as (without quotes).
void appendText(QByteArray &out, const View &v)
{
    switch (v.tag) {
    case DateTime:
        Values::appendDateTimeText(out, v.ms, v.zone, v.offset);
        return;
    case Date:
        Values::appendDateText(out, v.ms);
        return;
    case Time:
        Values::appendTimeText(out, static_cast<int>(v.ms));
        return;
    case Bytes:
        out.append(v.text.toByteArray().toBase64());
        return;
    default:
        out.append(v.text);
    }
}

} // namespace

RowSet::RowSet(int columnCount)
    : m_columns(columnCount), m_marksPerRow(columnCount > 0 ? (columnCount - 1) / Stride : 0)
{}

RowSet::RowSet(const RowSet &other)
    : m_columns(other.m_columns), m_marksPerRow(other.m_marksPerRow), m_nextColumn(other.m_nextColumn),
      m_marks(other.m_marks)
{
    // One block for everything, rows in order; each row's length is where its last cell ends.
    if (other.m_bytes) {
        Block b;
        b.size = other.m_bytes;
        b.data = std::make_unique_for_overwrite<char[]>(b.size); // filled below
        m_blocks.push_back(std::move(b));
    }
    m_rowStart.reserve(other.m_rowStart.size());
    for (qsizetype r = 0; r < other.size(); ++r) {
        const char *start = other.m_rowStart[static_cast<size_t>(r)];
        const char *end = start;
        const int cells = r + 1 == other.size() ? other.m_nextColumn : other.m_columns;
        for (int i = 0; i < cells; ++i)
            end = next(end);
        if (m_blocks.empty()) { // rows without cells
            m_rowStart.push_back(nullptr);
            continue;
        }
        Block &b = m_blocks.back();
        char *to = b.data.get() + b.used;
        std::memcpy(to, start, static_cast<size_t>(end - start));
        b.used += static_cast<size_t>(end - start);
        m_rowStart.push_back(to);
    }
    m_bytes = other.m_bytes;
}

RowSet &RowSet::operator=(const RowSet &other)
{
    if (this != &other)
        *this = RowSet(other);
    return *this;
}

void RowSet::reserve(qsizetype rows, qsizetype bytes)
{
    m_rowStart.reserve(static_cast<size_t>(rows));
    m_marks.reserve(static_cast<size_t>(rows) * static_cast<size_t>(m_marksPerRow));
    if (bytes > 0 && m_blocks.empty())
        newBlock(std::min<size_t>(static_cast<size_t>(bytes), size_t(8) << 20));
}

void RowSet::newBlock(size_t need)
{
    // The row being built so far moves along, so that it stays contiguous.
    const bool building = !m_rowStart.empty() && m_nextColumn < m_columns && !m_blocks.empty();
    const char *rowStart = building ? m_rowStart.back() : nullptr;
    size_t partial = 0;
    if (building) {
        const Block &last = m_blocks.back();
        partial = static_cast<size_t>(last.data.get() + last.used - rowStart);
    }
    size_t size = m_blocks.empty() ? size_t(64) << 10 : std::min(m_blocks.back().size * 2, size_t(8) << 20);
    size = std::max(size, partial + need);
    Block b;
    b.size = size;
    // Not zeroed: a block's pages become resident only as rows fill them, so the unused end of the last
    // block (up to 8 MiB) costs no memory, and nothing is written twice.
    b.data = std::make_unique_for_overwrite<char[]>(size);
    if (partial) {
        std::memcpy(b.data.get(), rowStart, partial);
        m_blocks.back().used -= partial;
    }
    b.used = partial;
    if (building)
        m_rowStart.back() = b.data.get();
    m_blocks.push_back(std::move(b));
}

void RowSet::beginRow()
{
    Q_ASSERT(m_rowStart.empty() || m_nextColumn == m_columns);
    if (m_blocks.empty())
        newBlock(0);
    const Block &b = m_blocks.back();
    m_rowStart.push_back(b.data.get() + b.used);
    m_nextColumn = 0;
}

char *RowSet::startCell(char tag, size_t payload)
{
    Q_ASSERT(m_nextColumn < m_columns);
    const size_t need = 1 + payload;
    if (m_blocks.back().used + need > m_blocks.back().size)
        newBlock(need);
    Block &b = m_blocks.back();
    char *at = b.data.get() + b.used;
    if (m_nextColumn > 0 && m_nextColumn % Stride == 0)
        m_marks.push_back(static_cast<std::uint32_t>(at - m_rowStart.back()));
    ++m_nextColumn;
    b.used += need;
    m_bytes += need;
    *at = tag;
    return at + 1;
}

void RowSet::addText(char tag, QByteArrayView bytes)
{
    const auto len = static_cast<std::uint32_t>(bytes.size());
    char *p = startCell(tag, 4 + len);
    std::memcpy(p, &len, sizeof len);
    if (len)
        std::memcpy(p + 4, bytes.data(), len);
}

void RowSet::addNull()
{
    startCell(Null, 0);
}

void RowSet::addBool(bool b)
{
    startCell(b ? True : False, 0);
}

void RowSet::addInt(qint64 i)
{
    std::memcpy(startCell(Int, sizeof i), &i, sizeof i);
}

void RowSet::addDouble(double d)
{
    std::memcpy(startCell(Double, sizeof d), &d, sizeof d);
}

void RowSet::addDecimal(QByteArrayView text)
{
    if (const auto json = Values::decimalJson(text))
        addText(Decimal, *json);
    else
        addNull();
}

void RowSet::addString(QByteArrayView utf8)
{
    addText(String, utf8);
}

void RowSet::addString(QStringView text)
{
    // ASCII (most database text) is narrowed straight into the arena; anything else goes through toUtf8.
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            addText(String, text.toUtf8());
            return;
        }
    }
    const auto len = static_cast<std::uint32_t>(text.size());
    char *p = startCell(String, 4 + len);
    std::memcpy(p, &len, sizeof len);
    p += 4;
    for (QChar c : text)
        *p++ = static_cast<char>(c.unicode());
}

void RowSet::addDateTime(std::int64_t ms, Values::Zone zone, int offsetSeconds)
{
    char *p = startCell(DateTime, 8 + 4 + 1);
    const qint32 offset = zone == Values::Zone::Offset ? offsetSeconds : 0;
    std::memcpy(p, &ms, 8);
    std::memcpy(p + 8, &offset, 4);
    p[12] = static_cast<char>(zone);
}

void RowSet::addDate(std::int64_t daysSinceEpoch)
{
    std::memcpy(startCell(Date, 8), &daysSinceEpoch, 8);
}

void RowSet::addTime(int msecsSinceMidnight)
{
    const qint32 ms = msecsSinceMidnight;
    std::memcpy(startCell(Time, 4), &ms, 4);
}

void RowSet::addBytes(QByteArrayView bytes)
{
    addText(Bytes, bytes);
}

void RowSet::addJson(QByteArrayView json)
{
    if (const auto canonical = Values::canonicalJson(json))
        addText(Json, *canonical);
    else
        addText(Json, json);
}

bool RowSet::addJsonValue(QByteArrayView json)
{
    const auto canonical = Values::canonicalJson(json);
    if (!canonical || canonical->isEmpty())
        return false;
    switch (canonical->front()) {
    case '{':
    case '[':
        addText(Json, *canonical);
        return true;
    case '"': {
        JsonCursor in(canonical->constData(), canonical->constData() + canonical->size());
        std::string text;
        in.string(text);
        addText(String, QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
        return true;
    }
    case 't':
    case 'f':
        addBool(canonical->front() == 't');
        return true;
    case 'n':
        addNull();
        return true;
    default:
        addText(Decimal, *canonical);
        return true;
    }
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
        if (!dt.date().isValid() || !dt.time().isValid()) {
            addNull();
        } else if (dt.timeSpec() == Qt::LocalTime) {
            // Naive (how drivers hand out columns without a zone): its fields, never the host's zone. A
            // wall-clock time in the host's daylight-saving gap is invalid as an instant but keeps them.
            addDateTime(Timestamp::wallClockMs(dt.date(), dt.time()), Values::Zone::Naive);
        } else if (dt.timeSpec() == Qt::UTC) {
            addDateTime(dt.toMSecsSinceEpoch(), Values::Zone::Utc);
        } else {
            // A named zone keeps its offset at that instant, which is all its ISO text shows.
            addDateTime(dt.toMSecsSinceEpoch(), Values::Zone::Offset, dt.offsetFromUtc());
        }
        return;
    }
    case Values::Kind::Date: {
        const QDate d = v.toDate();
        if (d.isValid())
            addDate(d.toJulianDay() - JulianDayOfEpoch);
        else
            addNull();
        return;
    }
    case Values::Kind::Time: {
        const QTime t = v.toTime();
        if (t.isValid())
            addTime(t.msecsSinceStartOfDay());
        else
            addNull();
        return;
    }
    case Values::Kind::Bytes:
        addBytes(v.toByteArray());
        return;
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
    default: // String, Bytes, Json, Decimal
        return c + 1 + 4 + read<std::uint32_t>(c + 1);
    }
}

const char *RowSet::cell(qsizetype row, int column) const
{
    const char *c = m_rowStart[static_cast<size_t>(row)];
    const int mark = column / Stride;
    if (mark > 0)
        c += m_marks[static_cast<size_t>(row) * static_cast<size_t>(m_marksPerRow) + static_cast<size_t>(mark - 1)];
    for (int i = mark * Stride; i < column; ++i)
        c = next(c);
    return c;
}

void RowSet::appendProjected(const RowSet &other, qsizetype row, const std::vector<int> &columns)
{
    beginRow();
    for (int col : columns) {
        const char *c = other.cell(row, col);
        const size_t n = static_cast<size_t>(next(c) - c);
        char *p = startCell(*c, n - 1);
        std::memcpy(p, c + 1, n - 1);
    }
    endRow();
}

void RowSet::addCell(const RowSet &other, qsizetype row, int column)
{
    const char *c = other.cell(row, column);
    const size_t n = static_cast<size_t>(next(c) - c);
    char *p = startCell(*c, n - 1);
    std::memcpy(p, c + 1, n - 1);
}

namespace {

View decode(const char *c)
{
    View v;
    v.tag = *c;
    switch (v.tag) {
    case Int:
        v.i = read<qint64>(c + 1);
        break;
    case Double:
        v.d = read<double>(c + 1);
        if (!std::isfinite(v.d))
            v.tag = Null; // NaN and infinities travel as null
        break;
    case DateTime:
        v.ms = read<std::int64_t>(c + 1);
        v.offset = read<qint32>(c + 9);
        v.zone = static_cast<Values::Zone>(c[13]);
        break;
    case Date:
        v.ms = read<std::int64_t>(c + 1);
        break;
    case Time:
        v.ms = read<qint32>(c + 1);
        break;
    case String:
    case Bytes:
    case Json:
    case Decimal:
        v.text = QByteArrayView(c + 5, read<std::uint32_t>(c + 1));
        break;
    default:
        break;
    }
    return v;
}

QVariant decimalValue(QByteArrayView text)
{
    // Reports show decimals as numbers when a double holds them exactly, as text otherwise.
    thread_local Values::NumberDigits exact, asDouble;
    Values::splitNumber(text, false, exact);
    double d = 0;
    std::from_chars(text.data(), text.data() + text.size(), d);
    QByteArray canonical;
    Values::appendCanonicalNumber(canonical, d);
    Values::splitNumber(canonical, false, asDouble);
    if (std::isfinite(d) && exact.negative == asDouble.negative && exact.point == asDouble.point &&
        exact.digits == asDouble.digits)
        return d;
    return QString::fromLatin1(text);
}

} // namespace

QVariant RowSet::value(qsizetype row, int column) const
{
    const char *c = cell(row, column);
    const View v = decode(c);
    switch (*c) {
    case Null:
        return {};
    case False:
        return false;
    case True:
        return true;
    case Int:
        return v.i;
    case Double:
        return read<double>(c + 1);
    case String:
        return Values::fromUtf8(v.text);
    case DateTime: {
        if (v.zone == Values::Zone::Offset)
            return QDateTime::fromMSecsSinceEpoch(v.ms, Qt::OffsetFromUTC, v.offset);
        if (v.zone == Values::Zone::Utc)
            return QDateTime::fromMSecsSinceEpoch(v.ms, Qt::UTC);
        // Naive: the driver convention, a Qt::LocalTime date-time read only through its fields.
        const std::int64_t days = floorDiv(v.ms, MsPerDay);
        return QDateTime(QDate::fromJulianDay(days + JulianDayOfEpoch),
                         QTime::fromMSecsSinceStartOfDay(static_cast<int>(v.ms - days * MsPerDay)), Qt::LocalTime);
    }
    case Date:
        return QDate::fromJulianDay(v.ms + JulianDayOfEpoch);
    case Time:
        return QTime::fromMSecsSinceStartOfDay(static_cast<int>(v.ms));
    case Bytes:
        return v.text.toByteArray();
    case Decimal:
        return decimalValue(v.text);
    case Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(v.text.toByteArray());
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

QVariant RowSet::bindValue(qsizetype row, int column) const
{
    const char *c = cell(row, column);
    const View v = decode(c);
    switch (v.tag) {
    case Null:
        return {};
    case False:
    case True:
        return qlonglong(v.tag == True ? 1 : 0);
    case Int:
        return qlonglong(v.i);
    case Double:
        return v.d;
    case String:
        return Values::fromUtf8(v.text);
    case Bytes:
        return v.text.toByteArray();
    case Decimal: {
        const QVariant number = decimalValue(v.text);
        if (number.typeId() == QMetaType::Double) {
            const double d = number.toDouble();
            if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
                return qlonglong(d);
            return d;
        }
        qint64 i = 0;
        const auto r = std::from_chars(v.text.data(), v.text.data() + v.text.size(), i);
        if (r.ec == std::errc() && r.ptr == v.text.data() + v.text.size())
            return qlonglong(i);
        return QString::fromLatin1(v.text); // more digits than a double holds: exact text
    }
    default: { // dates and times as their text, JSON as its canonical text
        QByteArray text;
        appendText(text, v);
        return QString::fromUtf8(text);
    }
    }
}

bool RowSet::isDecimal(qsizetype row, int column) const
{
    return *cell(row, column) == Decimal;
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
    case Decimal: {
        Values::NumberDigits n;
        return Values::splitNumber(decode(c).text, false, n) && !n.digits.empty();
    }
    default:
        return Values::isTruthy(value(row, column));
    }
}

void RowSet::appendJson(QByteArray &out, qsizetype row, int column) const
{
    appendCellJson(out, cell(row, column));
}

QList<QByteArray> RowSet::jsonFieldPrefixes(const QStringList &columns)
{
    QList<QByteArray> prefixes;
    prefixes.reserve(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QByteArray p = i ? QByteArrayLiteral(",") : QByteArrayLiteral("{");
        Values::appendJsonString(p, columns[i]);
        p.append(':');
        prefixes.append(p);
    }
    return prefixes;
}

void RowSet::appendJsonFields(QByteArray &out, qsizetype row, const QList<QByteArray> &prefixes) const
{
    Q_ASSERT(prefixes.size() == m_columns);
    const char *c = m_rowStart[static_cast<size_t>(row)];
    for (int i = 0; i < m_columns; ++i) {
        out.append(prefixes[i]);
        appendCellJson(out, c);
        c = next(c);
    }
}

void RowSet::appendJsonFields(QByteArray &out, qsizetype row, const QList<QByteArray> &prefixes,
                              std::vector<qsizetype> &spans) const
{
    Q_ASSERT(prefixes.size() == m_columns);
    const char *c = m_rowStart[static_cast<size_t>(row)];
    for (int i = 0; i < m_columns; ++i) {
        out.append(prefixes[i]);
        spans.push_back(out.size());
        appendCellJson(out, c);
        spans.push_back(out.size());
        c = next(c);
    }
}

void RowSet::appendCellJson(QByteArray &out, const char *c)
{
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
        Values::appendJsonUtf8String(out, decode(c).text);
        return;
    case Json:
    case Decimal:
        out.append(decode(c).text);
        return;
    default:
        out.append('"');
        appendText(out, decode(c));
        out.append('"');
    }
}

QByteArray RowSet::json(qsizetype row, int column) const
{
    QByteArray out;
    appendJson(out, row, column);
    return out;
}

bool RowSet::appendDisplayText(QByteArray &out, qsizetype row, int column) const
{
    const View v = decode(cell(row, column));
    if (v.tag == Int) {
        Values::appendJsonInteger(out, v.i); // displayText: the integer's JSON
        return true;
    }
    if (v.tag != String)
        return false;
    for (char c : v.text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    out.append(v.text); // displayText: the string itself
    return true;
}

namespace {

bool sameString(const View &text, const View &other)
{
    if (other.tag == String)
        return text.text == other.text;
    if (const auto number = numberOf(other)) {
        if ((other.tag == False || other.tag == True) &&
            (equalsIgnoringAsciiCase(text.text, other.tag == True ? "true" : "false")))
            return true;
        thread_local Values::NumberDigits ignored;
        return Values::splitNumber(text.text, true, ignored) &&
               sameNumber(Number{Number::Text, 0, 0, text.text}, *number);
    }
    switch (other.tag) {
    case DateTime:
    case Date:
    case Time: {
        const auto a = momentOf(text, true);
        const auto b = momentOf(other, false);
        return a && b && *a == *b;
    }
    case Bytes: // as base64 text
        return text.text == QByteArrayView(other.text.toByteArray().toBase64());
    case Json: { // structurally
        const auto canonical = Values::canonicalJson(text.text);
        return canonical && QByteArrayView(*canonical) == other.text;
    }
    default:
        return false;
    }
}

bool same(const View &a, const View &b)
{
    if (a.tag == b.tag) {
        switch (a.tag) {
        case Null:
        case False:
        case True:
            return true;
        case Int:
            return a.i == b.i;
        case Double:
            return a.d == b.d;
        case String:
        case Bytes:
        case Json: // canonical
            return a.text == b.text;
        case Time:
            return a.ms == b.ms;
        default:
            break;
        }
    }
    if (a.tag == Null || b.tag == Null)
        return false;
    if (a.tag == String)
        return sameString(a, b);
    if (b.tag == String)
        return sameString(b, a);
    const auto x = numberOf(a);
    const auto y = numberOf(b);
    if (x || y)
        return x && y && sameNumber(*x, *y);
    const auto m = momentOf(a, false);
    const auto n = momentOf(b, false);
    return m && n && *m == *n;
}

// The hash form of a value: numbers by their canonical text, dates, times, bytes and JSON by the text
// they travel as (so they hash like that text read back from a target), text by its bytes.
void appendHashForm(QByteArray &out, const View &v)
{
    switch (v.tag) {
    case Null:
        out.append('n');
        return;
    case False:
    case True:
        out.append(v.tag == True ? "N1;" : "N0;");
        return;
    case Int:
        out.append('N');
        Values::appendCanonicalNumber(out, v.i);
        out.append(';');
        return;
    case Double:
        out.append('N');
        Values::appendCanonicalNumber(out, v.d);
        out.append(';');
        return;
    case Decimal: {
        thread_local Values::NumberDigits n;
        Values::splitNumber(v.text, false, n);
        out.append('N');
        Values::appendCanonicalNumber(out, n);
        out.append(';');
        return;
    }
    default: {
        out.append('S');
        const qsizetype lengthAt = out.size();
        out.append("\0\0\0\0", 4);
        appendText(out, v);
        const auto length = static_cast<std::uint32_t>(out.size() - lengthAt - 4);
        std::memcpy(out.data() + lengthAt, &length, sizeof length);
    }
    }
}

} // namespace

bool RowSet::sameValue(qsizetype row, int column, const RowSet &other, qsizetype otherRow, int otherColumn) const
{
    return same(decode(cell(row, column)), decode(other.cell(otherRow, otherColumn)));
}

bool RowSet::sameRow(qsizetype row, const RowSet &other, qsizetype otherRow) const
{
    Q_ASSERT(other.m_columns == m_columns);
    if (hashRow(row) == other.hashRow(otherRow))
        return true;
    const char *a = m_rowStart[static_cast<size_t>(row)];
    const char *b = other.m_rowStart[static_cast<size_t>(otherRow)];
    for (int i = 0; i < m_columns; ++i, a = next(a), b = next(b))
        if (!same(decode(a), decode(b)))
            return false;
    return true;
}

QByteArray RowSet::keyText(qsizetype row, int column, bool caseInsensitive) const
{
    const char *c = cell(row, column);
    const View v = decode(c);
    QByteArray text;
    switch (v.tag) {
    case Null:
        return {};
    case String: {
        bool blank = true, ascii = true;
        for (char ch : v.text) {
            if (static_cast<unsigned char>(ch) >= 0x80)
                ascii = false;
            else if (!asciiSpace(ch))
                blank = false;
        }
        if (blank && (ascii || Values::fromUtf8(v.text).trimmed().isEmpty()))
            return {};
        text = v.text.toByteArray();
        if (!caseInsensitive)
            return text;
        break;
    }
    case False:
    case True:
    case Int:
    case Double:
    case Decimal:
        appendHashForm(text, v);
        text = text.sliced(1, text.size() - 2); // N…;
        break;
    default:
        appendText(text, v);
    }
    return caseInsensitive ? Values::fromUtf8(text).toCaseFolded().toUtf8() : text;
}

std::uint64_t RowSet::hashRow(qsizetype row) const
{
    thread_local QByteArray buf; // reused: this runs for every row
    buf.truncate(0);
    const char *c = m_rowStart[static_cast<size_t>(row)];
    for (int i = 0; i < m_columns; ++i, c = next(c))
        appendHashForm(buf, decode(c));
    return XXH3_64bits(buf.constData(), static_cast<size_t>(buf.size()));
}

std::optional<std::int64_t> RowSet::timestamp(qsizetype row, int column) const
{
    const View v = decode(cell(row, column));
    switch (v.tag) {
    case String:
    case Bytes:
        return Timestamp::parseText(v.text);
    case DateTime:
        return Timestamp::microsFromMs(v.ms); // naive: the wall clock read as UTC
    case Date:
        return Timestamp::microsFromDays(v.ms);
    case Int:
        return Timestamp::fromEpochSeconds(v.i);
    case Double:
        return Timestamp::fromEpochSeconds(v.d);
    case Decimal: {
        double d = 0;
        std::from_chars(v.text.data(), v.text.data() + v.text.size(), d);
        return Timestamp::fromEpochSeconds(d);
    }
    default:
        return std::nullopt;
    }
}

} // namespace Ferry
