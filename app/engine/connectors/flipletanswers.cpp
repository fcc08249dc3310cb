#include "flipletanswers.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>

namespace Ferry {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ferry::FlipletAnswers", text);
}

struct ParseError
{
    const char *at;
    const char *what;
};

// One value of an entry's data, as read from the text.
struct Slot
{
    enum Type { Missing, Null, Bool, Int, Double, String, Json } type = Missing;
    bool b = false;
    qint64 i = 0;
    double d = 0;
    std::string text; // String: unescaped UTF-8; Json: the raw text
};

class Cursor
{
public:
    Cursor(const char *begin, const char *end) : m_begin(begin), m_p(begin), m_end(end) {}

    qint64 offset(const char *at) const { return at - m_begin; }

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    char peek()
    {
        ws();
        return m_p < m_end ? *m_p : '\0';
    }
    void expect(char c)
    {
        if (peek() != c)
            throw ParseError{m_p, c == ':' ? "expected ':'" : c == '{' ? "expected '{'" : "unexpected character"};
        ++m_p;
    }
    // After a member or element: true if another follows (comma consumed), false at the closing bracket.
    bool more(char close)
    {
        const char c = peek();
        if (c == ',') {
            ++m_p;
            return true;
        }
        if (c == close) {
            ++m_p;
            return false;
        }
        throw ParseError{m_p, "expected ',' or a closing bracket"};
    }
    bool empty(char close)
    {
        if (peek() == close) {
            ++m_p;
            return true;
        }
        return false;
    }

    void string(std::string &out)
    {
        out.clear();
        expect('"');
        while (true) {
            const char *start = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\' && static_cast<unsigned char>(*m_p) >= 0x20)
                ++m_p;
            out.append(start, static_cast<size_t>(m_p - start));
            if (m_p >= m_end)
                throw ParseError{m_p, "unterminated string"};
            if (*m_p == '"') {
                ++m_p;
                return;
            }
            if (*m_p != '\\')
                throw ParseError{m_p, "control character in a string"};
            if (++m_p >= m_end)
                throw ParseError{m_p, "unterminated string"};
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out.push_back(e);
                break;
            case 'b':
                out.push_back('\b');
                break;
            case 'f':
                out.push_back('\f');
                break;
            case 'n':
                out.push_back('\n');
                break;
            case 'r':
                out.push_back('\r');
                break;
            case 't':
                out.push_back('\t');
                break;
            case 'u': {
                char32_t cp = hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF && m_p + 1 < m_end && m_p[0] == '\\' && m_p[1] == 'u') {
                    m_p += 2;
                    const char32_t low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        throw ParseError{m_p, "invalid surrogate pair"};
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                utf8(out, cp);
                break;
            }
            default:
                throw ParseError{m_p - 1, "invalid escape"};
            }
        }
    }

    // A number; integers that fit stay integers.
    void number(Slot &slot)
    {
        ws();
        const char *start = m_p;
        bool integral = true;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c >= '0' && c <= '9') {
                ++m_p;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                integral = false;
                ++m_p;
            } else {
                break;
            }
        }
        if (integral) {
            const auto r = std::from_chars(start, m_p, slot.i);
            if (r.ec == std::errc() && r.ptr == m_p) {
                slot.type = Slot::Int;
                return;
            }
        }
        const auto r = std::from_chars(start, m_p, slot.d);
        if (r.ec != std::errc() || r.ptr != m_p)
            throw ParseError{start, "invalid number"};
        slot.type = Slot::Double;
    }

    void literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (static_cast<size_t>(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            throw ParseError{m_p, "invalid literal"};
        m_p += n;
    }

    void value(Slot &slot)
    {
        switch (peek()) {
        case '"':
            string(slot.text);
            slot.type = Slot::String;
            return;
        case 't':
            literal("true");
            slot.type = Slot::Bool;
            slot.b = true;
            return;
        case 'f':
            literal("false");
            slot.type = Slot::Bool;
            slot.b = false;
            return;
        case 'n':
            literal("null");
            slot.type = Slot::Null;
            return;
        case '{':
        case '[': {
            const char *start = m_p;
            skip();
            slot.type = Slot::Json;
            slot.text.assign(start, static_cast<size_t>(m_p - start));
            return;
        }
        default:
            number(slot);
        }
    }

    void skip()
    {
        const char c = peek();
        if (c == '"') {
            std::string ignored;
            string(ignored);
        } else if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_p;
            if (empty(close))
                return;
            do {
                if (c == '{') {
                    std::string ignored;
                    string(ignored);
                    expect(':');
                }
                skip();
            } while (more(close));
        } else {
            Slot ignored;
            value(ignored);
        }
    }

    const char *position() const { return m_p; }
    bool atEnd()
    {
        ws();
        return m_p >= m_end;
    }

private:
    char32_t hex4()
    {
        if (m_end - m_p < 4)
            throw ParseError{m_p, "short \\u escape"};
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= static_cast<char32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= static_cast<char32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= static_cast<char32_t>(c - 'A' + 10);
            else
                throw ParseError{m_p - 1, "invalid \\u escape"};
        }
        return v;
    }
    static void utf8(std::string &out, char32_t cp)
    {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

} // namespace

Result<TargetSnapshot> readFlipletEntries(QByteArrayView body, const QStringList &columns)
{
    TargetSnapshot snapshot;
    snapshot.columns = columns;
    snapshot.rows = RowSet(static_cast<int>(columns.size()));
    std::vector<std::string> names;
    for (const QString &c : columns)
        names.push_back(c.toStdString());
    std::vector<Slot> cells(names.size());

    Cursor in(body.data(), body.data() + body.size());
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
                    for (Slot &s : cells)
                        s.type = Slot::Missing;
                    bool hasId = false;
                    qint64 id = 0;
                    in.expect('{');
                    if (!in.empty('}')) {
                        do {
                            in.string(key);
                            in.expect(':');
                            if (key == "id") {
                                Slot idSlot;
                                in.value(idSlot);
                                if (idSlot.type == Slot::Int) {
                                    id = idSlot.i;
                                    hasId = true;
                                } else if (idSlot.type == Slot::String) {
                                    const auto r = std::from_chars(idSlot.text.data(),
                                                                   idSlot.text.data() + idSlot.text.size(), id);
                                    hasId = r.ec == std::errc() && r.ptr == idSlot.text.data() + idSlot.text.size();
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
                                     tr("entry %1 of the data source has no numeric id").arg(snapshot.ids.size() + 1),
                                     {}};
                    snapshot.ids.push_back(id);
                    RowSet &rows = snapshot.rows;
                    rows.beginRow();
                    for (const Slot &s : cells) {
                        switch (s.type) {
                        case Slot::Missing:
                        case Slot::Null:
                            rows.addNull();
                            break;
                        case Slot::Bool:
                            rows.addBool(s.b);
                            break;
                        case Slot::Int:
                            rows.addInt(s.i);
                            break;
                        case Slot::Double:
                            rows.addDouble(s.d);
                            break;
                        case Slot::String:
                            rows.addString(QByteArrayView(s.text.data(), static_cast<qsizetype>(s.text.size())));
                            break;
                        case Slot::Json:
                            rows.addJson(QByteArrayView(s.text.data(), static_cast<qsizetype>(s.text.size())));
                            break;
                        }
                    }
                    rows.endRow();
                } while (in.more(']'));
            } while (in.more('}'));
        }
        if (!in.atEnd())
            throw ParseError{in.position(), "text after the end of the answer"};
    } catch (const ParseError &e) {
        return Error{ErrorCode::Server,
                     tr("the data source answer is not valid JSON (%1 at byte %2)")
                         .arg(QLatin1String(e.what))
                         .arg(in.offset(e.at)),
                     {}};
    }
    if (!sawEntries)
        return Error{ErrorCode::Server, tr("the data source answer has no 'entries' list"), {}};
    return snapshot;
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
