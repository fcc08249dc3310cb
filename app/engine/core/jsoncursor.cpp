#include "jsoncursor.h"

#include <bit>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Ferry {

namespace {

void appendUtf8(std::string &out, char32_t cp)
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

// The end of the UTF-8 sequence that starts at p (its first byte is not ASCII), or nullptr when the bytes are
// not UTF-8: overlong forms, surrogates and code points past U+10FFFF are not (RFC 3629).
const char *utf8Sequence(const char *p, const char *end)
{
    const auto b = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    const auto tail = [&](std::ptrdiff_t i) { return i < end - p && (b(i) & 0xC0) == 0x80; };
    if (b(0) >= 0xC2 && b(0) <= 0xDF)
        return tail(1) ? p + 2 : nullptr;
    if (b(0) >= 0xE0 && b(0) <= 0xEF) {
        if (!tail(1) || !tail(2) || (b(0) == 0xE0 && b(1) < 0xA0) || (b(0) == 0xED && b(1) > 0x9F))
            return nullptr;
        return p + 3;
    }
    if (b(0) >= 0xF0 && b(0) <= 0xF4) {
        if (!tail(1) || !tail(2) || !tail(3) || (b(0) == 0xF0 && b(1) < 0x90) || (b(0) == 0xF4 && b(1) > 0x8F))
            return nullptr;
        return p + 4;
    }
    return nullptr;
}

// The first byte from p that ends a run of plain ASCII string text: a quote, a backslash, a control
// character, a byte that is not ASCII (its UTF-8 is checked by the caller); or end. Most strings are
// short ASCII runs, found 16 bytes at a time.
const char *asciiRunEnd(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                             _mm_cmpeq_epi8(_mm_max_epu8(v, control), control)); // v <= 0x1F
        // The sign bit of each byte: not ASCII.
        if (const int mask = _mm_movemask_epi8(special) | _mm_movemask_epi8(v))
            return p + std::countr_zero(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20 &&
           static_cast<unsigned char>(*p) < 0x80)
        ++p;
    return p;
}

} // namespace

char32_t JsonCursor::hex4()
{
    if (m_end - m_p < 4)
        throw JsonSyntaxError{m_p, "short \\u escape"};
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
            throw JsonSyntaxError{m_p - 1, "invalid \\u escape"};
    }
    return v;
}

const char *JsonCursor::plainRunEnd(const char *p) const
{
    p = asciiRunEnd(p, m_end);
    while (p < m_end && static_cast<unsigned char>(*p) >= 0x80) {
        const char *next = utf8Sequence(p, m_end);
        if (!next)
            throw JsonSyntaxError{p, "invalid UTF-8 in a string"};
        p = asciiRunEnd(next, m_end);
    }
    return p;
}

void JsonCursor::stringRest(std::string *out)
{
    while (true) {
        const char *start = m_p;
        m_p = plainRunEnd(m_p);
        if (out)
            out->append(start, static_cast<size_t>(m_p - start));
        if (m_p >= m_end)
            throw JsonSyntaxError{m_p, "unterminated string"};
        if (*m_p == '"') {
            ++m_p;
            return;
        }
        if (*m_p != '\\')
            throw JsonSyntaxError{m_p, "control character in a string"};
        if (++m_p >= m_end)
            throw JsonSyntaxError{m_p, "unterminated string"};
        const char e = *m_p++;
        char c = 0;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            c = e;
            break;
        case 'b':
            c = '\b';
            break;
        case 'f':
            c = '\f';
            break;
        case 'n':
            c = '\n';
            break;
        case 'r':
            c = '\r';
            break;
        case 't':
            c = '\t';
            break;
        case 'u': {
            char32_t cp = hex4();
            if (cp >= 0xD800 && cp <= 0xDBFF && m_p + 1 < m_end && m_p[0] == '\\' && m_p[1] == 'u') {
                const char *next = m_p;
                m_p += 2;
                const char32_t low = hex4();
                if (low >= 0xDC00 && low <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                else
                    m_p = next; // the next escape is read on its own
            }
            // An unpaired surrogate (a JavaScript string may hold one) is no character: U+FFFD, as Qt reads it.
            if (out)
                appendUtf8(*out, cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
            continue;
        }
        default:
            throw JsonSyntaxError{m_p - 1, "invalid escape"};
        }
        if (out)
            out->push_back(c);
    }
}

void JsonCursor::string(std::string &out)
{
    out.clear();
    expect('"');
    stringRest(&out);
}

std::string_view JsonCursor::stringView(std::string &scratch)
{
    expect('"');
    const char *start = m_p;
    m_p = plainRunEnd(m_p);
    if (m_p < m_end && *m_p == '"')
        return std::string_view(start, static_cast<size_t>(m_p++ - start));
    scratch.assign(start, static_cast<size_t>(m_p - start));
    stringRest(&scratch);
    return scratch;
}

void JsonCursor::number(Value::Type &type, qint64 &i, double &d)
{
    ws();
    const char *start = m_p;
    // JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? (from_chars alone takes "032" and "1.").
    const auto digits = [&] {
        const char *from = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == from)
            throw JsonSyntaxError{start, "invalid number"};
    };
    bool integral = true;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0')
        ++m_p;
    else
        digits();
    if (m_p < m_end && *m_p == '.') {
        integral = false;
        ++m_p;
        digits();
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        integral = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        digits();
    }
    if (m_p < m_end &&
        ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+' || *m_p == '-'))
        throw JsonSyntaxError{start, "invalid number"}; // "032", "1.5.5", "1e5e5"
    if (integral) {
        const auto r = std::from_chars(start, m_p, i);
        if (r.ec == std::errc() && r.ptr == m_p && m_p > start) {
            type = Value::Int;
            return;
        }
    }
    const auto r = std::from_chars(start, m_p, d);
    if (r.ec != std::errc() || r.ptr != m_p || m_p == start)
        throw JsonSyntaxError{start, "invalid number"};
    type = Value::Double;
}

void JsonCursor::literal(const char *word)
{
    const size_t n = std::strlen(word);
    if (static_cast<size_t>(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
        throw JsonSyntaxError{m_p, "invalid literal"};
    m_p += n;
}

void JsonCursor::value(Value &out)
{
    switch (peek()) {
    case '"':
        string(out.text);
        out.type = Value::String;
        return;
    case 't':
        literal("true");
        out.type = Value::Bool;
        out.b = true;
        return;
    case 'f':
        literal("false");
        out.type = Value::Bool;
        out.b = false;
        return;
    case 'n':
        literal("null");
        out.type = Value::Null;
        return;
    case '{':
    case '[': {
        const std::string_view text = raw();
        out.type = Value::Json;
        out.text.assign(text);
        return;
    }
    default:
        number(out.type, out.i, out.d);
    }
}

void JsonCursor::value(ValueView &out)
{
    switch (peek()) {
    case '"':
        out.text = stringView(out.scratch);
        out.type = Value::String;
        return;
    case 't':
        literal("true");
        out.type = Value::Bool;
        out.b = true;
        return;
    case 'f':
        literal("false");
        out.type = Value::Bool;
        out.b = false;
        return;
    case 'n':
        literal("null");
        out.type = Value::Null;
        return;
    case '{':
    case '[':
        out.text = raw();
        out.type = Value::Json;
        return;
    default:
        number(out.type, out.i, out.d);
    }
}

std::string_view JsonCursor::raw()
{
    const char *start = (ws(), m_p);
    skip();
    return std::string_view(start, static_cast<size_t>(m_p - start));
}

static_assert(JsonCursor::MaxDepth == 1000, "skip()'s message names the limit");

void JsonCursor::skipScalar()
{
    switch (peek()) {
    case '"':
        ++m_p;
        stringRest(nullptr);
        return;
    case 't':
        literal("true");
        return;
    case 'f':
        literal("false");
        return;
    case 'n':
        literal("null");
        return;
    default: {
        Value::Type type;
        qint64 i;
        double d;
        number(type, i, d);
    }
    }
}

void JsonCursor::skip()
{
    // Without recursion, so that hostile nesting cannot overflow the stack: the brackets still open, innermost
    // last, and a limit on how many (MaxDepth always; fewer after setNestingLimit()).
    char open[MaxDepth];
    int depth = 0;
    while (true) {
        const char c = peek();
        if (c == '{' || c == '[') {
            if (depth == MaxDepth)
                throw JsonSyntaxError{m_p, "nested more than 1000 levels deep"};
            if (depth >= m_nestingLeft)
                throw JsonSyntaxError{m_p, "nested too deeply"};
            ++m_p;
            if (!empty(c == '{' ? '}' : ']')) {
                open[depth++] = c;
                if (c == '{') {
                    expect('"');
                    stringRest(nullptr);
                    expect(':');
                }
                continue; // to the first item's value
            }
        } else {
            skipScalar();
        }
        // A value ended: close the containers that end with it, up to one with another item.
        while (depth > 0) {
            const char container = open[depth - 1];
            if (more(container == '{' ? '}' : ']')) {
                if (container == '{') {
                    expect('"');
                    stringRest(nullptr);
                    expect(':');
                }
                break;
            }
            --depth;
        }
        if (depth == 0)
            return;
    }
}

} // namespace Ferry
