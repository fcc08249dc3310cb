#include "hookpage.h"

#include "core/values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Ferry {

namespace {

class HookText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Hooks)
};

} // namespace

QString HookPage::errorMessages(std::string_view json)
{
    if (json.empty() || json == "[]" || json == "null")
        return {};
    const QJsonValue errors =
        QJsonDocument::fromJson("[" + QByteArray(json.data(), static_cast<qsizetype>(json.size())) + "]").array().at(0);
    QStringList out;
    const auto one = [&](const QJsonValue &e) {
        if (e.isString())
            out.append(e.toString());
        else if (e.isObject()) {
            const QJsonObject o = e.toObject();
            QString m = o.value(QStringLiteral("message")).toString();
            if (m.isEmpty())
                m = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            const QString code = o.value(QStringLiteral("code")).toVariant().toString();
            out.append(code.isEmpty() ? m : QStringLiteral("%1 (%2)").arg(m, code));
        } else if (!e.isNull() && !e.isUndefined())
            out.append(QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)));
    };
    if (errors.isArray())
        for (const QJsonValue &e : errors.toArray())
            one(e);
    else
        one(errors);
    return out.join(QStringLiteral("; "));
}

namespace {

bool isNumber(JsonCursor::Value::Type t)
{
    return t == JsonCursor::Value::Int || t == JsonCursor::Value::Double;
}

double numberOf(const JsonCursor::ValueView &v)
{
    return v.type == JsonCursor::Value::Int ? static_cast<double>(v.i) : v.d;
}

// Whether two values are the same once read (a number written another way, a string escaped another way,
// an object with other white space): what the hook gave back differs from what it got only in form.
bool sameValue(const JsonCursor::ValueView &a, const JsonCursor::ValueView &b)
{
    if (isNumber(a.type) && isNumber(b.type)) {
        // Beyond 2^53 JavaScript has only doubles: an exact 64-bit id comes back rounded, yet unchanged.
        constexpr qint64 MaxSafe = 9007199254740992;
        const auto safe = [](const JsonCursor::ValueView &v) {
            return v.type == JsonCursor::Value::Int && v.i <= MaxSafe && v.i >= -MaxSafe;
        };
        return safe(a) && safe(b) ? a.i == b.i : numberOf(a) == numberOf(b);
    }
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case JsonCursor::Value::Bool:
        return a.b == b.b;
    case JsonCursor::Value::String:
        return a.text == b.text;
    case JsonCursor::Value::Json:
        return Values::canonicalJson(QByteArrayView(a.text.data(), static_cast<qsizetype>(a.text.size()))) ==
               Values::canonicalJson(QByteArrayView(b.text.data(), static_cast<qsizetype>(b.text.size())));
    default:
        return true; // null
    }
}

JsonCursor::Value ownedValue(const JsonCursor::ValueView &v)
{
    JsonCursor::Value out;
    out.type = v.type;
    out.b = v.b;
    out.i = v.i;
    out.d = v.d;
    out.text.assign(v.text);
    return out;
}

// A value a hook returned, as a cell: whole numbers as integers, objects and arrays as JSON.
void addValue(RowSet &rows, const JsonCursor::Value &v)
{
    switch (v.type) {
    case JsonCursor::Value::Missing:
    case JsonCursor::Value::Null:
        rows.addNull();
        return;
    case JsonCursor::Value::Bool:
        rows.addBool(v.b);
        return;
    case JsonCursor::Value::Int:
        rows.addInt(v.i);
        return;
    case JsonCursor::Value::Double:
        rows.addDouble(v.d);
        return;
    case JsonCursor::Value::String:
        rows.addString(QByteArrayView(v.text.data(), static_cast<qsizetype>(v.text.size())));
        return;
    case JsonCursor::Value::Json:
        rows.addJson(QByteArrayView(v.text.data(), static_cast<qsizetype>(v.text.size())));
        return;
    }
}

Error notJson(const JsonCursor &in, const JsonSyntaxError &e)
{
    return Error{
        ErrorCode::Server,
        HookText::tr("its answer is not valid JSON (%1 at byte %2)").arg(QLatin1String(e.what)).arg(in.offset(e.at)),
        {}};
}

} // namespace

HookPage::HookPage(const RecordSet &in, qsizetype begin, qsizetype end)
    : m_in(in), m_begin(begin), m_end(end), m_inWidth(static_cast<int>(in.columns.size()))
{
    for (int c = 0; c < m_inWidth; ++c) {
        m_names.append(in.columns.at(c).toUtf8());
        m_columnIndex.insert(m_names.back(), c);
    }
    m_spans.reserve(static_cast<size_t>(size() * m_inWidth * 2));
    appendRecords(m_json, in, begin, end, &m_spans);
}

void HookPage::appendRecords(QByteArray &out, const RecordSet &set, qsizetype begin, qsizetype end,
                             std::vector<qsizetype> *spans)
{
    const QList<QByteArray> prefixes = RowSet::jsonFieldPrefixes(set.columns);
    out.append('[');
    for (qsizetype r = begin; r < end; ++r) {
        if (r > begin)
            out.append(',');
        if (set.columns.isEmpty())
            out.append('{');
        else if (spans)
            set.rows.appendJsonFields(out, r, prefixes, *spans);
        else
            set.rows.appendJsonFields(out, r, prefixes);
        out.append('}');
    }
    out.append(']');
}

QByteArray HookPage::recordsJson(const RecordSet &set, qsizetype begin, qsizetype end)
{
    QByteArray out;
    appendRecords(out, set, begin, end, nullptr);
    return out;
}

int HookPage::columnOf(std::string_view key, int expected)
{
    // Records mostly come back with their fields in the order sent.
    if (expected < m_names.size() &&
        m_names.at(expected) == QByteArrayView(key.data(), static_cast<qsizetype>(key.size())))
        return expected;
    const QByteArray name = QByteArray::fromRawData(key.data(), static_cast<qsizetype>(key.size()));
    if (const auto found = m_columnIndex.constFind(name); found != m_columnIndex.cend())
        return found.value();
    m_names.append(QByteArray(key.data(), static_cast<qsizetype>(key.size())));
    m_columnIndex.insert(m_names.back(), static_cast<int>(m_names.size() - 1));
    return static_cast<int>(m_names.size() - 1);
}

bool HookPage::sameAsSent(std::string_view text, const JsonCursor::ValueView &value, qsizetype origin, int column) const
{
    const size_t at = static_cast<size_t>(((origin - m_begin) * m_inWidth + column) * 2);
    const qsizetype from = m_spans[at];
    const std::string_view sent(m_json.constData() + from, static_cast<size_t>(m_spans[at + 1] - from));
    if (text == sent)
        return true; // the usual case: JSON.stringify writes it as Ferry did
    JsonCursor in(sent.data(), sent.data() + sent.size());
    JsonCursor::ValueView was;
    in.value(was);
    return sameValue(value, was);
}

void HookPage::readRecord(JsonCursor &in, OutRow &o)
{
    if (o.origin >= 0)
        m_seen.assign(static_cast<size_t>(m_inWidth), 0);
    JsonCursor::ValueView value;
    int expected = 0;
    in.object(m_keyScratch, [&](std::string_view key) {
        const int column = columnOf(key, expected);
        expected = column + 1;
        in.peek();
        const char *start = in.position();
        in.value(value);
        const std::string_view text(start, static_cast<size_t>(in.position() - start));
        if (o.origin >= 0 && column < m_inWidth) {
            m_seen[static_cast<size_t>(column)] = 1;
            if (sameAsSent(text, value, o.origin, column))
                return;
        }
        o.cells.emplace_back(column, ownedValue(value));
    });
    if (o.origin >= 0)
        for (int c = 0; c < m_inWidth; ++c)
            if (!m_seen[static_cast<size_t>(c)])
                o.cells.emplace_back(c, JsonCursor::Value{}); // a field the hook removed: null
    if (!std::is_sorted(o.cells.begin(), o.cells.end(), [](const auto &a, const auto &b) { return a.first < b.first; }))
        std::stable_sort(o.cells.begin(), o.cells.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
}

void HookPage::readResult(JsonCursor &in, qsizetype row, const QString &hook, std::vector<OutRow> &out)
{
    const char first = in.peek();
    if (first == 'n') {
        in.skip(); // null: dropped
        return;
    }
    if (first != '{') {
        in.skip();
        out.push_back(OutRow{row, {}, HookText::tr("%1: its result for this record is not {data, errors}").arg(hook)});
        return;
    }
    // {data, errors} in either order: errors keep the row as it was (its key keeps matching its target record)
    // and fail it; no data drops it.
    std::string_view errors;
    OutRow record{row, {}, {}};
    bool hasData = false;
    bool dataNotObject = false;
    std::string scratch;
    const qsizetype namesBefore = m_names.size();
    in.object(scratch, [&](std::string_view key) {
        if (key == "errors") {
            errors = in.raw();
        } else if (key == "data" && in.peek() == '{') {
            hasData = true;
            record.cells.clear();
            readRecord(in, record);
        } else if (key == "data") {
            dataNotObject = in.peek() != 'n';
            hasData = false;
            in.skip();
        } else {
            in.skip();
        }
    });
    QString failed = errorMessages(errors);
    if (!failed.isEmpty())
        failed = hook + QStringLiteral(": ") + failed;
    else if (dataNotObject)
        failed = HookText::tr("%1: the data it returned for this record is not an object").arg(hook);
    if (!failed.isEmpty() || !hasData)
        forgetColumnsFrom(namesBefore); // only this record's data had them
    if (!failed.isEmpty())
        out.push_back(OutRow{row, {}, failed});
    else if (hasData)
        out.push_back(std::move(record));
}

Result<void> HookPage::readPerRecord(std::string_view answer, const QString &hook)
{
    const qsizetype sent = size();
    std::vector<OutRow> out;
    qsizetype count = 0;
    JsonCursor in(answer.data(), answer.data() + answer.size());
    const auto wrongShape = [&](const QString &what) {
        return Error{ErrorCode::Server,
                     HookText::tr("it returned %1 for %n record(s); it must return an array with one {data, errors} "
                                  "per record, in order",
                                  nullptr, static_cast<int>(sent))
                         .arg(what),
                     {}};
    };
    try {
        if (in.peek() != '[')
            return wrongShape(HookText::tr("no array"));
        in.array([&] {
            if (count++ < sent)
                readResult(in, m_begin + count - 1, hook, out);
            else
                in.skip(); // too many: counted for the message
        });
        if (!in.atEnd())
            throw JsonSyntaxError{in.position(), "text after the answer"};
    } catch (const JsonSyntaxError &e) {
        return notJson(in, e);
    }
    if (count != sent)
        return wrongShape(HookText::tr("%n result(s)", nullptr, static_cast<int>(count)));
    m_out = std::move(out);
    return {};
}

Result<void> HookPage::readRecords(std::string_view data, const std::vector<qsizetype> &origins)
{
    JsonCursor in(data.data(), data.data() + data.size());
    try {
        // Each an object; as many as sent: the same records, in order.
        qsizetype count = 0;
        qsizetype notObject = -1;
        in.array([&] {
            if (in.peek() != '{' && notObject < 0)
                notObject = count;
            in.skip();
            ++count;
        });
        if (notObject >= 0)
            return Error{ErrorCode::Server, HookText::tr("data[%1] is not a record (an object)").arg(notObject), {}};
        const bool tracked = static_cast<qsizetype>(origins.size()) == count &&
                             std::any_of(origins.begin(), origins.end(), [](qsizetype o) { return o >= 0; });
        const bool positional = !tracked && count == size();
        std::vector<OutRow> out;
        in = JsonCursor(data.data(), data.data() + data.size());
        in.array([&] {
            OutRow &o = out.emplace_back();
            const qsizetype i = static_cast<qsizetype>(out.size()) - 1;
            if (tracked) {
                const qsizetype sent = origins[static_cast<size_t>(i)];
                o.origin = sent >= 0 && sent < size() ? m_begin + sent : -1;
            } else {
                o.origin = positional ? m_begin + i : -1;
            }
            readRecord(in, o);
        });
        m_out = std::move(out);
    } catch (const JsonSyntaxError &e) {
        return notJson(in, e);
    }
    return {};
}

void HookPage::forgetColumnsFrom(qsizetype count)
{
    while (m_names.size() > count)
        m_columnIndex.remove(m_names.takeLast());
}

void HookPage::fail(const QString &message)
{
    m_out.clear();
    forgetColumnsFrom(m_inWidth); // fields an unread answer added
    for (qsizetype r = m_begin; r < m_end; ++r)
        m_out.push_back(OutRow{r, {}, message});
}

void HookPage::writeRow(RecordSet &out, const OutRow &o) const
{
    const int width = static_cast<int>(m_names.size());
    out.rows.beginRow();
    auto cell = o.cells.begin();
    for (int c = 0; c < width; ++c) {
        // The last of a field the record held twice.
        const JsonCursor::Value *value = nullptr;
        for (; cell != o.cells.end() && cell->first == c; ++cell)
            value = &cell->second;
        if (value)
            addValue(out.rows, *value);
        else if (o.origin >= 0 && c < m_inWidth)
            out.rows.addCell(m_in.rows, o.origin, c);
        else
            out.rows.addNull();
    }
    out.rows.endRow();
    const qsizetype row = out.rows.size() - 1;
    QString error = o.error;
    if (o.origin >= 0 && !m_in.rowErrors.empty())
        if (const SourceRowError *e = m_in.rowError(o.origin))
            error = error.isEmpty() ? e->message : e->message + QStringLiteral("; ") + error;
    if (!error.isEmpty())
        out.rowErrors.push_back(SourceRowError{row, error});
    if (o.origin < 0 || m_in.notes.empty())
        return;
    // The notes of the input cells the row still has (in row order: the first of the origin's found by search).
    auto n = std::lower_bound(m_in.notes.begin(), m_in.notes.end(), o.origin,
                              [](const ValueNote &note, qsizetype r) { return note.row < r; });
    for (; n != m_in.notes.end() && n->row == o.origin && out.notes.size() < RecordSet::MaxNotes; ++n) {
        const bool changed =
            std::any_of(o.cells.begin(), o.cells.end(), [&](const auto &c) { return c.first == n->column; });
        if (!changed)
            out.notes.push_back(ValueNote{n->kind, n->column, row});
    }
}

RecordSet HookPage::rows(std::vector<qsizetype> *origins) const
{
    RecordSet out;
    out.columns = m_in.columns;
    for (qsizetype c = m_inWidth; c < m_names.size(); ++c)
        out.columns.append(QString::fromUtf8(m_names.at(c))); // a field a hook added becomes a column
    out.rows = RowSet(static_cast<int>(out.columns.size()));
    const qsizetype inRows = std::max<qsizetype>(1, m_in.rows.size());
    const qsizetype outRows = static_cast<qsizetype>(m_out.size());
    out.rows.reserve(outRows, m_in.rows.byteSize() / inRows * outRows + 1024);
    for (const OutRow &o : m_out) {
        writeRow(out, o);
        if (origins)
            origins->push_back(o.origin);
    }
    return out;
}

} // namespace Ferry
