#include "flipletanswers.h"

#include "core/jsoncursor.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>

namespace Ferry {

namespace {

class AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FlipletAnswers)
};

void addCell(RowSet &rows, const JsonCursor::Value &s)
{
    switch (s.type) {
    case JsonCursor::Value::Missing:
    case JsonCursor::Value::Null:
        rows.addNull();
        break;
    case JsonCursor::Value::Bool:
        rows.addBool(s.b);
        break;
    case JsonCursor::Value::Int:
        rows.addInt(s.i);
        break;
    case JsonCursor::Value::Double:
        rows.addDouble(s.d);
        break;
    case JsonCursor::Value::String:
        rows.addString(QByteArrayView(s.text.data(), static_cast<qsizetype>(s.text.size())));
        break;
    case JsonCursor::Value::Json:
        rows.addJson(QByteArrayView(s.text.data(), static_cast<qsizetype>(s.text.size())));
        break;
    }
}

Error syntaxError(const JsonCursor &in, const JsonSyntaxError &e)
{
    return Error{ErrorCode::Server,
                 AnswerText::tr("the data source answer is not valid JSON (%1 at byte %2)")
                     .arg(QLatin1String(e.what))
                     .arg(in.offset(e.at)),
                 {}};
}

} // namespace

Result<TargetSnapshot> readFlipletEntries(QByteArrayView body, const QStringList &columns)
{
    TargetSnapshot snapshot;
    snapshot.columns = columns;
    snapshot.rows = RowSet(static_cast<int>(columns.size()));
    std::vector<std::string> names;
    for (const QString &c : columns)
        names.push_back(c.toStdString());
    std::vector<JsonCursor::Value> cells(names.size());

    JsonCursor in(body.data(), body.data() + body.size());
    bool sawEntries = false;
    std::string key;
    try {
        in.expect('{');
        if (!in.empty('}')) {
            do {
                in.string(key);
                in.expect(':');
                if (key != "entries" || in.peek() != '[') {
                    in.skip();
                    continue;
                }
                sawEntries = true;
                in.expect('[');
                snapshot.rows.reserve(0, body.size() / 2);
                if (in.empty(']'))
                    continue;
                do {
                    for (JsonCursor::Value &s : cells)
                        s.type = JsonCursor::Value::Missing;
                    bool hasId = false;
                    qint64 id = 0;
                    in.expect('{');
                    if (!in.empty('}')) {
                        do {
                            in.string(key);
                            in.expect(':');
                            if (key == "id") {
                                JsonCursor::Value idValue;
                                in.value(idValue);
                                if (idValue.type == JsonCursor::Value::Int) {
                                    id = idValue.i;
                                    hasId = true;
                                } else if (idValue.type == JsonCursor::Value::String) {
                                    const auto r = std::from_chars(idValue.text.data(),
                                                                   idValue.text.data() + idValue.text.size(), id);
                                    hasId = r.ec == std::errc() && r.ptr == idValue.text.data() + idValue.text.size();
                                }
                            } else if (key == "data" && in.peek() == '{') {
                                in.expect('{');
                                if (in.empty('}'))
                                    continue;
                                do {
                                    in.string(key);
                                    in.expect(':');
                                    size_t c = 0;
                                    while (c < names.size() && names[c] != key)
                                        ++c;
                                    if (c < names.size())
                                        in.value(cells[c]);
                                    else
                                        in.skip();
                                } while (in.more('}'));
                            } else {
                                in.skip();
                            }
                        } while (in.more('}'));
                    }
                    if (!hasId)
                        return Error{ErrorCode::Server,
                                     AnswerText::tr("entry %1 of the data source has no numeric id")
                                         .arg(snapshot.ids.size() + 1),
                                     {}};
                    snapshot.ids.push_back(id);
                    RowSet &rows = snapshot.rows;
                    rows.beginRow();
                    for (const JsonCursor::Value &s : cells)
                        addCell(rows, s);
                    rows.endRow();
                } while (in.more(']'));
            } while (in.more('}'));
        }
        if (!in.atEnd())
            throw JsonSyntaxError{in.position(), "text after the end of the answer"};
    } catch (const JsonSyntaxError &e) {
        return syntaxError(in, e);
    }
    if (!sawEntries)
        return Error{ErrorCode::Server, AnswerText::tr("the data source answer has no 'entries' list"), {}};
    return snapshot;
}

Result<RecordSet> readFlipletSample(QByteArrayView body, qsizetype limit)
{
    std::vector<std::string> names;
    std::vector<std::vector<std::pair<size_t, JsonCursor::Value>>> entries;
    JsonCursor in(body.data(), body.data() + body.size());
    bool sawEntries = false;
    std::string key;
    try {
        in.expect('{');
        if (!in.empty('}')) {
            do {
                in.string(key);
                in.expect(':');
                if (key != "entries" || in.peek() != '[') {
                    in.skip();
                    continue;
                }
                sawEntries = true;
                in.expect('[');
                if (in.empty(']'))
                    continue;
                do {
                    if (static_cast<qsizetype>(entries.size()) >= limit)
                        break; // enough: the rest is not read
                    auto &cells = entries.emplace_back();
                    in.expect('{');
                    if (in.empty('}'))
                        continue;
                    do {
                        in.string(key);
                        in.expect(':');
                        if (key != "data" || in.peek() != '{') {
                            in.skip();
                            continue;
                        }
                        in.expect('{');
                        if (in.empty('}'))
                            continue;
                        do {
                            in.string(key);
                            in.expect(':');
                            size_t c = 0;
                            while (c < names.size() && names[c] != key)
                                ++c;
                            if (c == names.size())
                                names.push_back(key);
                            JsonCursor::Value v;
                            in.value(v);
                            cells.emplace_back(c, std::move(v));
                        } while (in.more('}'));
                    } while (in.more('}'));
                } while (in.more(']'));
                break;
            } while (in.more('}'));
        }
    } catch (const JsonSyntaxError &e) {
        return syntaxError(in, e);
    }
    if (!sawEntries)
        return Error{ErrorCode::Server, AnswerText::tr("the data source answer has no 'entries' list"), {}};
    RecordSet out;
    for (const std::string &n : names)
        out.columns.append(QString::fromStdString(n));
    out.rows = RowSet(static_cast<int>(names.size()));
    std::vector<const JsonCursor::Value *> row(names.size());
    const JsonCursor::Value missing;
    for (const auto &cells : entries) {
        std::fill(row.begin(), row.end(), &missing);
        for (const auto &[c, v] : cells)
            row[c] = &v;
        out.rows.beginRow();
        for (const JsonCursor::Value *v : row)
            addCell(out.rows, *v);
        out.rows.endRow();
    }
    return out;
}

void CommitAnswerCheck::feed(QByteArrayView chunk)
{
    const char *p = chunk.data();
    const char *end = p + chunk.size();
    while (p < end) {
        if (m_bad)
            return;
        // Fast paths over the bulk of the answer: string contents, and anything nested below the top level
        // except what opens or closes strings and brackets.
        if (m_inString && !m_escape && !m_capturingKey) {
            while (p < end && *p != '"' && *p != '\\')
                ++p;
            if (p == end)
                return;
        } else if (!m_inString && m_depth >= 2) {
            while (p < end && *p != '"' && *p != '{' && *p != '}' && *p != '[' && *p != ']')
                ++p;
            if (p == end)
                return;
        }
        const char c = *p++;
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
            } else if (c == '\\') {
                m_escape = true;
            } else if (c == '"') {
                m_inString = false;
                if (m_capturingKey) {
                    m_capturingKey = false;
                    m_keyDone = true;
                }
            } else if (m_capturingKey && m_key.size() < 32) {
                m_key.push_back(c);
            }
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (!m_started) {
            m_started = true;
            m_bad = c != '{';
            m_depth = 1;
            m_expectKey = true;
            continue;
        }
        if (m_done) {
            m_bad = true; // text after the closing brace
            return;
        }
        switch (c) {
        case '"':
            m_inString = true;
            if (m_depth == 1 && m_expectKey) {
                m_capturingKey = true;
                m_key.clear();
                m_expectKey = false;
            } else if (m_depth == 1) {
                m_awaitingValue = false;
            }
            break;
        case ':':
            if (m_depth == 1 && m_keyDone) {
                m_keyDone = false;
                m_awaitingValue = true;
                m_valueKey = m_key;
            }
            break;
        case '{':
        case '[':
            if (m_depth == 1 && m_awaitingValue) {
                m_sawEntries |= m_valueKey == "entries" && c == '[';
                m_awaitingValue = false;
            }
            ++m_depth;
            break;
        case '}':
        case ']':
            if (--m_depth == 0)
                m_done = true;
            break;
        case ',':
            if (m_depth == 1)
                m_expectKey = true;
            break;
        default:
            if (m_depth == 1)
                m_awaitingValue = false;
        }
    }
}

} // namespace Ferry
