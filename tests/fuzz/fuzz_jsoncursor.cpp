// The JSON pull parser (core/jsoncursor) over any text: it throws JsonSyntaxError or walks the value. Two walks
// must agree: skip() over the whole, and a walk item by item with value() for scalars. Nested values read
// with value() come back as their text, which parses again to the same text.
#include "core/jsoncursor.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

using Ferry::JsonCursor;
using Ferry::JsonSyntaxError;

namespace {

// Item by item down to a few levels, then skip() for what is deeper.
void walk(JsonCursor &in, int depth)
{
    const char c = in.peek();
    if ((c == '{' || c == '[') && depth < 16) {
        const char close = c == '{' ? '}' : ']';
        in.expect(c);
        if (in.empty(close))
            return;
        std::string key;
        do {
            if (c == '{') {
                in.string(key);
                in.expect(':');
            }
            walk(in, depth + 1);
        } while (in.more(close));
        return;
    }
    JsonCursor::Value v;
    in.value(v);
    FUZZ_CHECK(v.type != JsonCursor::Value::Missing, "value() gives a type");
    if (v.type == JsonCursor::Value::Json) {
        JsonCursor again(v.text.data(), v.text.data() + v.text.size());
        FUZZ_CHECK(again.raw() == v.text, "a nested value's text parses to itself");
        FUZZ_CHECK(again.atEnd(), "a nested value's text is one value");
    }
}

// Whether the text is one JSON value, and where the parser stopped. nested: stopped by the nesting limit,
// which the walk reaches later (its own levels are its own recursion).
bool parses(const char *begin, const char *end, bool itemByItem, const char *&stop, bool &nested)
{
    JsonCursor in(begin, end);
    try {
        if (itemByItem)
            walk(in, 0);
        else
            in.skip();
        stop = in.position();
        return in.atEnd();
    } catch (const JsonSyntaxError &e) {
        FUZZ_CHECK(e.at >= begin && e.at <= end, "an error points into the text");
        FUZZ_CHECK(e.what && *e.what, "an error says what is wrong");
        stop = e.at;
        nested |= std::strstr(e.what, "nested") != nullptr;
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // libFuzzer's buffer holds exactly size bytes, so reading past the end shows.
    const char *begin = reinterpret_cast<const char *>(data);
    const char *end = begin + size;
    const char *skipStop = nullptr;
    const char *walkStop = nullptr;
    bool nested = false;
    const bool skipped = parses(begin, end, false, skipStop, nested);
    const bool walked = parses(begin, end, true, walkStop, nested);
    if (nested)
        return 0;
    FUZZ_CHECK(skipped == walked, "skip() and a walk with value() accept the same texts");
    FUZZ_CHECK(skipStop == walkStop, "skip() and a walk with value() stop at the same place");
    return 0;
}
