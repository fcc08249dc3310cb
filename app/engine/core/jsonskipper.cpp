#include "jsonskipper.h"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Ferry {

namespace {

// One bit per byte of a 64-byte block.
struct Masks
{
    std::uint64_t quote, backslash, open, close;
};

Masks classify(const char *p)
{
    Masks m;
#if defined(__SSE2__)
    // '{' and '[' differ only in bit 0x20, as do '}' and ']': one comparison each after setting it.
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), bit = _mm_set1_epi8(0x20),
                  open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}');
    std::uint64_t q = 0, b = 0, o = 0, c = 0;
    for (int i = 0; i < 4; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
        const __m128i folded = _mm_or_si128(v, bit);
        const int shift = 16 * i;
        q |= std::uint64_t(static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)))) << shift;
        b |= std::uint64_t(static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, backslash)))) << shift;
        o |= std::uint64_t(static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(folded, open)))) << shift;
        c |= std::uint64_t(static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(folded, close)))) << shift;
    }
    m = {q, b, o, c};
#else
    m = {0, 0, 0, 0};
    for (int i = 0; i < 64; ++i) {
        const char ch = p[i];
        const char folded = static_cast<char>(ch | 0x20);
        m.quote |= std::uint64_t(ch == '"') << i;
        m.backslash |= std::uint64_t(ch == '\\') << i;
        m.open |= std::uint64_t(folded == '{') << i;
        m.close |= std::uint64_t(folded == '}') << i;
    }
#endif
    return m;
}

// Bit i: the xor of bits 0..i, so with quote bits it marks each string's opening quote and contents.
std::uint64_t prefixXor(std::uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

} // namespace

const char *JsonSkipper::skipBytes(const char *p, const char *end, int floor, int maxDepth)
{
    for (; p < end; ++p) {
        const char c = *p;
        if (inString) {
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                inString = false;
                if (depth < floor)
                    return p + 1;
            }
            continue;
        }
        if (depth < floor)
            return p;
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (depth >= maxDepth)
                return p;
            ++depth;
            break;
        case '}':
        case ']':
            if (depth <= floor)
                return p;
            --depth;
            break;
        default:
            break;
        }
    }
    return nullptr;
}

const char *JsonSkipper::skip(const char *p, const char *end, int floor, int maxDepth)
{
    if (!inString && depth < floor)
        return p;
    while (end - p >= 64) {
        if (escape) { // a block starts on a byte that is not escaped
            if (const char *stop = skipBytes(p, p + 1, floor, maxDepth))
                return stop;
            ++p;
            continue;
        }
        const Masks m = classify(p);
        if (m.backslash) {
            // Escapes are rare; a block with one goes byte by byte (a backslash outside a string escapes
            // nothing, which bit tricks would get wrong).
            if (const char *stop = skipBytes(p, p + 64, floor, maxDepth))
                return stop;
            p += 64;
            continue;
        }
        if (depth < floor) {
            // In a string above the floor (a top-level string value): it ends at its next quote.
            if (!m.quote) {
                p += 64;
                continue;
            }
            inString = false;
            return p + std::countr_zero(m.quote) + 1;
        }
        std::uint64_t strings = prefixXor(m.quote);
        if (inString)
            strings = ~strings;
        std::uint64_t brackets = (m.open | m.close) & ~strings;
        while (brackets) {
            const int i = std::countr_zero(brackets);
            if ((m.open >> i) & 1) {
                if (depth >= maxDepth) {
                    inString = false;
                    return p + i;
                }
                ++depth;
            } else {
                if (depth <= floor) {
                    inString = false;
                    return p + i;
                }
                --depth;
            }
            brackets &= brackets - 1;
        }
        inString = (strings >> 63) & 1;
        p += 64;
    }
    const char *stop = skipBytes(p, end, floor, maxDepth);
    return stop ? stop : end;
}

} // namespace Ferry
