#include "flipletanswers.h"

#include "core/jsoncursor.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>
#include <unordered_set>

namespace Ferry {

namespace {
constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1; // JavaScript's Number.MAX_SAFE_INTEGER

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
        // The API keeps numbers as JavaScript numbers: beyond 2^53 an integer is a double there (and comes
        // back rounded), so it compares as one.
        if (s.i > MaxSafeInteger || s.i < -MaxSafeInteger)
            rows.addDouble(static_cast<double>(s.i));
        else
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
                 FlipletAnswers::tr("the data source answer is not valid JSON (%1 at byte %2)")
                     .arg(QLatin1String(e.what))
                     .arg(in.offset(e.at)),
                 {}};
}

} // namespace

FlipletEntriesReader::FlipletEntriesReader(const QStringList &columns) : m_columns(columns)
{
    for (const QString &c : columns)
        m_names.push_back(c.toStdString());
    reset();
}

void FlipletEntriesReader::reset()
{
    m_snapshot = TargetSnapshot();
    m_snapshot.columns = m_columns;
    m_snapshot.rows = RowSet(static_cast<int>(m_columns.size()));
    m_error.reset();
    m_offset = 0;
    m_entryOffset = 0;
    m_depth = 0;
    m_started = m_done = m_inString = m_escape = false;
    m_expectKey = m_capturingKey = m_keyDone = m_awaitingValue = false;
    m_inEntries = m_sawEntries = false;
    m_capturing = false;
    m_key.clear();
    m_valueKey.clear();
    m_entry.clear();
}

void FlipletEntriesReader::fail(const QString &message)
{
    if (!m_error)
        m_error = Error{ErrorCode::Server, message, {}};
}

void FlipletEntriesReader::feed(QByteArrayView chunk)
{
    const char *p = chunk.data();
    const char *end = p + chunk.size();
    const char *entryStart = m_capturing ? p : nullptr; // where the current entry's bytes in this chunk begin
    while (p < end && !m_error) {
        // Fast paths over the bulk: string contents, and anything inside an entry except what opens or
        // closes strings and brackets.
        if (m_inString && !m_escape && !m_capturingKey) {
            while (p < end && *p != '"' && *p != '\\')
                ++p;
            if (p == end)
                break;
        } else if (!m_inString && m_depth >= 3) {
            while (p < end && *p != '"' && *p != '{' && *p != '}' && *p != '[' && *p != ']')
                ++p;
            if (p == end)
                break;
        }
        const char *at = p;
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
            if (c != '{')
                fail(FlipletAnswers::tr("the data source answer is not a JSON object"));
            m_depth = 1;
            m_expectKey = true;
            continue;
        }
        if (m_done) {
            fail(FlipletAnswers::tr("the data source answer has text after its end"));
            break;
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
            } else if (m_depth == 2 && m_inEntries) {
                fail(FlipletAnswers::tr("entry %1 of the data source is not an object").arg(m_snapshot.ids.size() + 1));
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
                m_inEntries = m_valueKey == "entries" && c == '[';
                m_sawEntries |= m_inEntries;
                m_awaitingValue = false;
            } else if (m_depth == 2 && m_inEntries) {
                if (c != '{')
                    fail(FlipletAnswers::tr("entry %1 of the data source is not an object")
                             .arg(m_snapshot.ids.size() + 1));
                m_capturing = true;
                entryStart = at;
                m_entryOffset = m_offset + (at - chunk.data());
                m_entry.clear();
            }
            if (++m_depth > MaxDepth)
                fail(FlipletAnswers::tr("the data source answer is nested more than %1 levels deep").arg(MaxDepth));
            break;
        case '}':
        case ']':
            if (--m_depth == 0) {
                m_done = true;
            } else if (m_depth == 1) {
                m_inEntries = false;
            } else if (m_depth == 2 && m_capturing) {
                m_capturing = false;
                if (m_entry.empty()) {
                    parseEntry(std::string_view(entryStart, static_cast<size_t>(p - entryStart)));
                } else {
                    m_entry.append(entryStart, static_cast<size_t>(p - entryStart));
                    parseEntry(m_entry);
                    m_entry.clear();
                }
                entryStart = nullptr;
            }
            break;
        case ',':
            if (m_depth == 1)
                m_expectKey = true;
            break;
        default:
            if (m_depth == 1)
                m_awaitingValue = false;
            else if (m_depth == 2 && m_inEntries && c != ',')
                fail(FlipletAnswers::tr("entry %1 of the data source is not an object").arg(m_snapshot.ids.size() + 1));
        }
    }
    if (m_capturing && entryStart && !m_error)
        m_entry.append(entryStart, static_cast<size_t>(end - entryStart)); // the entry continues in the next chunk
    m_offset += chunk.size();
}

void FlipletEntriesReader::parseEntry(std::string_view text)
{
    if (m_error)
        return;
    m_cells.assign(m_names.size(), JsonCursor::Value());
    JsonCursor in(text.data(), text.data() + text.size());
    std::string key;
    bool hasId = false, hasData = false;
    qint64 id = 0;
    try {
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
                        const auto r =
                            std::from_chars(idValue.text.data(), idValue.text.data() + idValue.text.size(), id);
                        hasId = r.ec == std::errc() && r.ptr == idValue.text.data() + idValue.text.size();
                    }
                } else if (key == "data" && in.peek() == '{') {
                    hasData = true;
                    in.expect('{');
                    if (in.empty('}'))
                        continue;
                    do {
                        in.string(key);
                        in.expect(':');
                        size_t c = 0;
                        while (c < m_names.size() && m_names[c] != key)
                            ++c;
                        if (c < m_names.size())
                            in.value(m_cells[c]);
                        else
                            in.skip();
                    } while (in.more('}'));
                } else if (key == "data") {
                    in.skip();
                    fail(FlipletAnswers::tr("entry %1 of the data source has a 'data' that is not an object; the "
                                            "server breaks the API contract, so nothing was written")
                             .arg(m_snapshot.ids.size() + 1));
                    return;
                } else {
                    in.skip();
                }
            } while (in.more('}'));
        }
    } catch (const JsonSyntaxError &e) {
        fail(FlipletAnswers::tr("the data source answer is not valid JSON (%1 at byte %2)")
                 .arg(QLatin1String(e.what))
                 .arg(m_entryOffset + in.offset(e.at)));
        return;
    }
    if (!hasId) {
        fail(FlipletAnswers::tr("entry %1 of the data source has no numeric id").arg(m_snapshot.ids.size() + 1));
        return;
    }
    Q_UNUSED(hasData);
    m_snapshot.ids.push_back(id);
    RowSet &rows = m_snapshot.rows;
    rows.beginRow();
    for (const JsonCursor::Value &s : m_cells)
        addCell(rows, s);
    rows.endRow();
}

Result<TargetSnapshot> FlipletEntriesReader::finish()
{
    if (m_error)
        return *m_error;
    if (!m_started || !m_done)
        return Error{
            ErrorCode::Server,
            m_started
                ? FlipletAnswers::tr("the data source answer ends before its end (%1 bytes arrived)").arg(m_offset)
                : FlipletAnswers::tr("the data source answer is empty"),
            {}};
    if (m_inString)
        return Error{ErrorCode::Server, FlipletAnswers::tr("the data source answer is not valid JSON"), {}};
    if (!m_sawEntries)
        return Error{ErrorCode::Server, FlipletAnswers::tr("the data source answer has no 'entries' list"), {}};
    // Each id once: two entries with one id would lead to two updates of one record.
    std::unordered_set<qint64> seen;
    seen.reserve(m_snapshot.ids.size());
    for (qint64 id : m_snapshot.ids)
        if (!seen.insert(id).second)
            return Error{ErrorCode::Server,
                         FlipletAnswers::tr("the data source answer lists entry id %1 twice; the server breaks the API "
                                            "contract, so nothing was written")
                             .arg(id),
                         {}};
    return std::move(m_snapshot);
}

Result<TargetSnapshot> readFlipletEntries(QByteArrayView body, const QStringList &columns)
{
    FlipletEntriesReader reader(columns);
    reader.feed(body);
    return reader.finish();
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
        return Error{ErrorCode::Server, FlipletAnswers::tr("the data source answer has no 'entries' list"), {}};
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
            if (++m_depth > MaxDepth) {
                m_bad = m_tooDeep = true;
                return;
            }
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
