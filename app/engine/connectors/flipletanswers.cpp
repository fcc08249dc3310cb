#include "flipletanswers.h"

#include "core/jsoncursor.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <unordered_set>

namespace Ferry {

namespace {
constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1; // JavaScript's Number.MAX_SAFE_INTEGER

// A parsed value (JsonCursor::Value, or a ValueView of the text) as a cell.
template <typename V> void addCell(RowSet &rows, const V &s)
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

const char *FlipletAnswerScanner::scan(const char *p, const char *end, Stop &stop)
{
    stop = Stop::End;
    if (m_problem != Problem::None) {
        stop = Stop::Error;
        return p;
    }
    // Below the top level nothing is looked at but brackets and strings, so the skipper takes it; with
    // entryItems, the items of "entries" are the reader's.
    while (p < end) {
        const int floor = m_entryItems && m_inEntries ? 3 : 2;
        if (m_skip.inString ? !m_capturingKey : m_skip.depth >= floor) {
            p = m_skip.skip(p, end, floor, m_maxDepth);
            if (p == end)
                break;
            // Stopped at a bracket that leaves or goes past the levels skipped, or after a top-level
            // string: that byte is read below.
        }
        const bool itemLevel = m_entryItems && m_inEntries && m_skip.depth == 2;
        const char c = *p++;
        if (m_skip.inString) { // a top-level key, read for its name
            if (m_skip.escape) {
                m_skip.escape = false;
            } else if (c == '\\') {
                m_skip.escape = true;
            } else if (c == '"') {
                m_skip.inString = false;
                m_capturingKey = false;
                m_keyDone = true;
            } else if (m_key.size() < 32) {
                m_key.push_back(c);
            }
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (!m_started) {
            m_started = true;
            m_skip.depth = 1;
            m_expectKey = true;
            if (c != '{')
                return failAt(p, Problem::NotAnObject, stop);
            continue;
        }
        if (m_done)
            return failAt(p, Problem::TextAfterEnd, stop);
        switch (c) {
        case '"':
            m_skip.inString = true;
            if (m_skip.depth == 1 && m_expectKey) {
                m_capturingKey = true;
                m_key.clear();
                m_expectKey = false;
            } else if (m_skip.depth == 1) {
                m_awaitingValue = false;
            } else if (itemLevel) {
                return failAt(p, Problem::EntryNotAnObject, stop);
            }
            break;
        case ':':
            if (m_skip.depth == 1 && m_keyDone) {
                m_keyDone = false;
                m_awaitingValue = true;
                m_valueKey = m_key;
            }
            break;
        case '{':
        case '[':
            if (m_skip.depth == 1 && m_awaitingValue) {
                m_inEntries = m_valueKey == "entries" && c == '[';
                m_sawEntries |= m_inEntries;
                m_awaitingValue = false;
            } else if (itemLevel) {
                if (c != '{')
                    return failAt(p, Problem::EntryNotAnObject, stop);
                stop = Stop::Entry;
                return p - 1;
            }
            if (++m_skip.depth > m_maxDepth)
                return failAt(p, Problem::TooDeep, stop);
            break;
        case '}':
        case ']':
            if (--m_skip.depth == 0) {
                m_done = true;
            } else if (m_skip.depth == 1) {
                m_inEntries = false;
            }
            break;
        case ',':
            if (m_skip.depth == 1)
                m_expectKey = true;
            break;
        default:
            if (m_skip.depth == 1)
                m_awaitingValue = false;
            else if (itemLevel)
                return failAt(p, Problem::EntryNotAnObject, stop);
        }
    }
    return p;
}

FlipletEntriesReader::FlipletEntriesReader(const QStringList &columns) : m_columns(columns)
{
    for (const QString &c : columns)
        m_names.push_back(c.toStdString());
    m_cells.resize(m_names.size());
    reset();
}

void FlipletEntriesReader::reset()
{
    m_snapshot = TargetSnapshot();
    m_snapshot.columns = m_columns;
    m_snapshot.rows = RowSet(static_cast<int>(m_columns.size()));
    m_error.reset();
    m_scanner.reset();
    m_offset = 0;
    m_entryOffset = 0;
    m_gathering = false;
    m_entry.clear();
}

void FlipletEntriesReader::fail(const QString &message)
{
    if (!m_error)
        m_error = Error{ErrorCode::Server, message, {}};
}

void FlipletEntriesReader::failWith(FlipletAnswerScanner::Problem problem)
{
    switch (problem) {
    case FlipletAnswerScanner::Problem::None:
        break;
    case FlipletAnswerScanner::Problem::NotAnObject:
        fail(FlipletAnswers::tr("the data source answer is not a JSON object"));
        break;
    case FlipletAnswerScanner::Problem::TextAfterEnd:
        fail(FlipletAnswers::tr("the data source answer has text after its end"));
        break;
    case FlipletAnswerScanner::Problem::EntryNotAnObject:
        fail(FlipletAnswers::tr("entry %1 of the data source is not an object").arg(m_snapshot.ids.size() + 1));
        break;
    case FlipletAnswerScanner::Problem::TooDeep:
        fail(FlipletAnswers::tr("the data source answer is nested more than %1 levels deep").arg(MaxDepth));
        break;
    }
}

void FlipletEntriesReader::feed(QByteArrayView chunk)
{
    const char *begin = chunk.data();
    const char *p = begin;
    const char *end = begin + chunk.size();
    while (p < end && !m_error) {
        if (m_gathering) {
            p = gatherEntry(p, end);
            continue;
        }
        FlipletAnswerScanner::Stop stop;
        p = m_scanner.scan(p, end, stop);
        if (stop == FlipletAnswerScanner::Stop::Error) {
            failWith(m_scanner.problem());
            break;
        }
        if (stop != FlipletAnswerScanner::Stop::Entry)
            break;
        // Most entries lie whole in the chunk and are parsed where they are, in one pass.
        const char *after = nullptr;
        if (parseEntry(p, end, false, &after)) {
            p = after;
            continue;
        }
        // Cut by the chunk's end (or wrong in some way): gathered whole, then read again, which says
        // what is wrong with it.
        m_scanner.enterEntry();
        m_gathering = true;
        m_entryOffset = m_offset + (p - begin);
        m_entry.clear();
        m_entry.push_back(*p++); // its '{'
    }
    m_offset += chunk.size();
}

const char *FlipletEntriesReader::gatherEntry(const char *p, const char *end)
{
    JsonSkipper &skipper = m_scanner.skipper();
    const char *stop = skipper.skip(p, end, 3, MaxDepth);
    if (stop == end) {
        m_entry.append(p, static_cast<size_t>(end - p));
        return end;
    }
    if (*stop == '{' || *stop == '[') { // one level too many
        failWith(FlipletAnswerScanner::Problem::TooDeep);
        return end;
    }
    m_entry.append(p, static_cast<size_t>(stop + 1 - p)); // up to the entry's closing bracket
    --skipper.depth;
    m_gathering = false;
    parseEntry(m_entry.data(), m_entry.data() + m_entry.size(), true, nullptr);
    m_entry.clear();
    return stop + 1;
}

bool FlipletEntriesReader::parseEntry(const char *begin, const char *end, bool whole, const char **after)
{
    if (m_error)
        return false;
    for (JsonCursor::ValueView &cell : m_cells)
        cell.type = JsonCursor::Value::Missing;
    JsonCursor in(begin, end);
    bool hasId = false;
    qint64 id = 0;
    // The levels the answer may still open: the entry is at level 3 (the answer, "entries", the entry),
    // its data at 4. Deeper nesting fails here and is reported by the gathering path, as in any answer.
    const int entryLevels = MaxDepth - 3, dataLevels = MaxDepth - 4;
    try {
        in.setNestingLimit(entryLevels);
        in.expect('{');
        if (!in.empty('}')) {
            do {
                const std::string_view key = in.stringView(m_key);
                in.expect(':');
                if (key == "id") {
                    JsonCursor::ValueView idValue;
                    in.value(idValue);
                    if (idValue.type == JsonCursor::Value::Int) {
                        id = idValue.i;
                        hasId = true;
                    } else if (idValue.type == JsonCursor::Value::String) {
                        const char *digits = idValue.text.data();
                        const char *digitsEnd = digits + idValue.text.size();
                        const auto r = std::from_chars(digits, digitsEnd, id);
                        hasId = r.ec == std::errc() && r.ptr == digitsEnd;
                    }
                } else if (key == "data" && in.peek() == '{') {
                    in.expect('{');
                    if (in.empty('}'))
                        continue;
                    in.setNestingLimit(dataLevels);
                    do {
                        const std::string_view name = in.stringView(m_key);
                        in.expect(':');
                        size_t c = 0;
                        while (c < m_names.size() && m_names[c] != name)
                            ++c;
                        if (c < m_names.size())
                            in.value(m_cells[c]);
                        else
                            in.skip();
                    } while (in.more('}'));
                    in.setNestingLimit(entryLevels);
                } else if (key == "data") {
                    in.skip();
                    if (whole)
                        fail(FlipletAnswers::tr("entry %1 of the data source has a 'data' that is not an object; "
                                                "the server breaks the API contract, so nothing was written")
                                 .arg(m_snapshot.ids.size() + 1));
                    return false;
                } else {
                    in.skip();
                }
            } while (in.more('}'));
        }
    } catch (const JsonSyntaxError &e) {
        if (whole)
            fail(FlipletAnswers::tr("the data source answer is not valid JSON (%1 at byte %2)")
                     .arg(QLatin1String(e.what))
                     .arg(m_entryOffset + in.offset(e.at)));
        return false;
    }
    if (!hasId) {
        if (whole)
            fail(FlipletAnswers::tr("entry %1 of the data source has no numeric id").arg(m_snapshot.ids.size() + 1));
        return false;
    }
    m_snapshot.ids.push_back(id);
    RowSet &rows = m_snapshot.rows;
    rows.beginRow();
    for (const JsonCursor::ValueView &cell : m_cells)
        addCell(rows, cell);
    rows.endRow();
    if (after)
        *after = in.position();
    return true;
}

Result<TargetSnapshot> FlipletEntriesReader::finish()
{
    if (m_error)
        return *m_error;
    if (!m_scanner.started() || !m_scanner.done())
        return Error{
            ErrorCode::Server,
            m_scanner.started()
                ? FlipletAnswers::tr("the data source answer ends before its end (%1 bytes arrived)").arg(m_offset)
                : FlipletAnswers::tr("the data source answer is empty"),
            {}};
    if (m_scanner.skipper().inString)
        return Error{ErrorCode::Server, FlipletAnswers::tr("the data source answer is not valid JSON"), {}};
    if (!m_scanner.sawEntries())
        return Error{ErrorCode::Server, FlipletAnswers::tr("the data source answer has no 'entries' list"), {}};
    // Each id once: two entries with one id would lead to two updates of one record. Servers list entries
    // by id, so rising ids (no id twice) are checked in one pass, without a set of a million ids.
    const std::vector<qint64> &ids = m_snapshot.ids;
    if (std::adjacent_find(ids.begin(), ids.end(), std::greater_equal<qint64>()) != ids.end()) {
        std::unordered_set<qint64> seen;
        seen.reserve(ids.size());
        for (qint64 id : ids)
            if (!seen.insert(id).second)
                return Error{ErrorCode::Server,
                             FlipletAnswers::tr("the data source answer lists entry id %1 twice; the server breaks "
                                                "the API contract, so nothing was written")
                                 .arg(id),
                             {}};
    }
    return std::move(m_snapshot);
}

Result<TargetSnapshot> readFlipletEntries(QByteArrayView body, const QStringList &columns)
{
    FlipletEntriesReader reader(columns);
    reader.feed(body);
    return reader.finish();
}

void addFlipletCell(RowSet &rows, const JsonCursor::Value &value)
{
    addCell(rows, value);
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
    FlipletAnswerScanner::Stop stop;
    m_scanner.scan(chunk.data(), chunk.data() + chunk.size(), stop);
}

} // namespace Ferry
