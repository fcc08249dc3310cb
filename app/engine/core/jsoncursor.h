// JsonCursor: a small validating pull parser over JSON text in memory, for answers and requests too
// large to hold as a QJsonDocument. Errors throw JsonSyntaxError; callers catch it where they call. Strings
// must be UTF-8 (RFC 8259); an unpaired surrogate escape reads as U+FFFD, as Qt reads it. Numbers follow
// JSON's grammar. Nesting is limited to MaxDepth levels.
#pragma once

#include <QtGlobal>

#include <climits>
#include <string>
#include <string_view>

namespace Ferry {

struct JsonSyntaxError
{
    const char *at;
    const char *what;
};

class JsonCursor
{
public:
    // Values nested deeper than this are an error (skip(), raw() and value() read them), not a deep stack.
    static constexpr int MaxDepth = 1000;

    // A scalar, or a nested object/array kept as its text.
    struct Value
    {
        enum Type { Missing, Null, Bool, Int, Double, String, Json } type = Missing;
        bool b = false;
        qint64 i = 0;
        double d = 0;
        std::string text; // String: unescaped UTF-8; Json: the raw text
    };
    // The same without copying: text points into the parsed text, or into scratch for a string that had
    // escapes. Valid as long as both are.
    struct ValueView
    {
        Value::Type type = Value::Missing;
        bool b = false;
        qint64 i = 0;
        double d = 0;
        std::string_view text;
        std::string scratch;
    };

    JsonCursor(const char *begin, const char *end) : m_begin(begin), m_p(begin), m_end(end) {}

    qint64 offset(const char *at) const { return at - m_begin; }
    const char *position() const { return m_p; }
    bool atEnd()
    {
        ws();
        return m_p >= m_end;
    }

    // The next significant character, or '\0' at the end.
    char peek()
    {
        ws();
        return m_p < m_end ? *m_p : '\0';
    }
    void expect(char c)
    {
        if (peek() != c)
            throw JsonSyntaxError{m_p, c == ':' ? "expected ':'" : c == '{' ? "expected '{'" : "unexpected character"};
        ++m_p;
    }
    // Consumes close if the container is empty.
    bool empty(char close)
    {
        if (peek() == close) {
            ++m_p;
            return true;
        }
        return false;
    }
    // After an item: true if another follows, false at close (consumed).
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
        throw JsonSyntaxError{m_p, "expected ',' or a closing bracket"};
    }

    // An object: field(name) is called at each field's value, which it must read (value(), skip(), raw(), …).
    // name, a std::string_view, is valid during the call (in the text, or in scratch when it had escapes).
    template <typename Field> void object(std::string &scratch, Field &&field)
    {
        expect('{');
        if (empty('}'))
            return;
        do {
            const std::string_view name = stringView(scratch);
            expect(':');
            field(name);
        } while (more('}'));
    }
    // An array: item() is called at each item, which it must read.
    template <typename Item> void array(Item &&item)
    {
        expect('[');
        if (empty(']'))
            return;
        do {
            item();
        } while (more(']'));
    }

    void string(std::string &out);
    // A string without copying it when it has no escapes: a view of the text, else of scratch.
    std::string_view stringView(std::string &scratch);
    void value(Value &out);
    void value(ValueView &out);
    void skip(); // any value, without recursion
    // Skips a value and returns its text.
    std::string_view raw();
    // How many levels of objects and arrays skip(), raw() and value() may open from here on before they
    // throw "nested too deeply" (by default only MaxDepth: "nested more than 1000 levels deep").
    void setNestingLimit(int levels) { m_nestingLeft = levels; }

private:
    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    // The rest of a string from m_p (after its opening quote, or within it) up to its closing quote;
    // appends its unescaped bytes to out unless that is null.
    void stringRest(std::string *out);
    // The end of a run of plain string text from p (no quote, backslash or control character), checking
    // that its bytes are UTF-8.
    const char *plainRunEnd(const char *p) const;
    void number(Value::Type &type, qint64 &i, double &d);
    void literal(const char *word);
    char32_t hex4();
    void skipScalar();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_nestingLeft = INT_MAX;
};

} // namespace Ferry
