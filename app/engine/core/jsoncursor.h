// JsonCursor: a small validating pull parser over JSON text in memory, for answers and requests too
// large to hold as a QJsonDocument. Errors throw JsonSyntaxError; callers catch it where they call. Strings
// must be UTF-8 (RFC 8259); an unpaired surrogate escape reads as U+FFFD, as Qt reads it.
#pragma once

#include <QtGlobal>

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

    JsonCursor(const char *begin, const char *end) : m_begin(begin), m_p(begin), m_end(end) {}

    qint64 offset(const char *at) const { return at - m_begin; }
    const char *position() const { return m_p; }
    bool atEnd();

    char peek(); // the next significant character, or '\0' at the end
    void expect(char c);
    bool empty(char close); // consumes close if the container is empty
    bool more(char close);  // after an item: true if another follows, false at close (consumed)

    void string(std::string &out);
    void value(Value &out);
    void skip(); // any value, without recursion
    // Skips a value and returns its text.
    std::string_view raw();

private:
    void ws();
    void number(Value &out);
    void literal(const char *word);
    char32_t hex4();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

} // namespace Ferry
