// Answers to a commit, checked for their shape (a JSON object with an "entries" array) by CommitAnswerCheck
// as they stream in. The first byte seeds where the answer is cut into chunks: the verdict does not depend on
// it. Whatever the JSON parser reads as such an object (its key written without escapes, nested no deeper than
// the check allows), the check accepts.
#include "connectors/flipletanswers.h"
#include "core/jsoncursor.h"
#include "fuzzcheck.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace Ferry;

namespace {

// The contract, read with the validating parser: an object whose "entries" is an array.
bool hasEntriesArray(QByteArrayView body)
{
    JsonCursor in(body.data(), body.data() + body.size());
    bool entries = false;
    try {
        in.expect('{');
        if (!in.empty('}')) {
            std::string key;
            do {
                const char *keyStart = (in.peek(), in.position());
                in.string(key);
                // As written: servers do not spell keys with escapes, and the check does not read them.
                const std::string_view written(keyStart, static_cast<size_t>(in.position() - keyStart));
                in.expect(':');
                if (written == "\"entries\"" && in.peek() == '[')
                    entries = true;
                in.skip();
            } while (in.more('}'));
        }
        return entries && in.atEnd();
    } catch (const JsonSyntaxError &) {
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    std::uint32_t seed = data[0];
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    CommitAnswerCheck check;
    check.feed(body);
    const bool whole = check.valid();

    check.reset();
    qsizetype at = 0;
    while (at < body.size()) {
        seed = seed * 1103515245u + 12345u; // chunks of 0 to 63 bytes
        const qsizetype n = std::min<qsizetype>((seed >> 16) % 64, body.size() - at);
        check.feed(body.sliced(at, n));
        at += n;
    }
    FUZZ_CHECK(check.valid() == whole, "the verdict does not depend on how the answer is cut");
    // Nesting past CommitAnswerCheck::MaxDepth is refused, whatever the shape.
    if (hasEntriesArray(body) && !check.tooDeep())
        FUZZ_CHECK(whole, "an object with an entries array passes");
    return 0;
}
