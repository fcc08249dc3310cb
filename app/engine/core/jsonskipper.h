// JsonSkipper: skips over nested JSON text as it streams in, tracking only what a reader of the top level
// needs: how deep it is, and whether it is inside a string (so brackets in strings do not count). It does
// not validate what it skips. Answers of hundreds of megabytes go through it (the Fliplet API answers
// every commit with the whole data source), so it looks at 64 bytes at a time (SSE2 where available).
#pragma once

namespace Ferry {

class JsonSkipper
{
public:
    // Advances over [p, end) while inside a string or at least `floor` levels deep, and returns where it
    // stopped: at end, at the closing bracket that would leave fewer than `floor` levels (not consumed),
    // at the opening bracket that would make more than `maxDepth` levels (not consumed), or after the
    // closing quote of a string when, outside it, fewer than `floor` levels are open. State carries over
    // from one call to the next, so text may arrive in pieces of any size.
    const char *skip(const char *p, const char *end, int floor, int maxDepth);

    int depth = 0;
    bool inString = false;
    bool escape = false; // the previous byte, in a string, was an unescaped backslash

private:
    // Byte by byte: exact for everything, used near the end of a chunk and for 64-byte blocks that hold a
    // backslash. Returns nullptr when it consumed all of [p, end) without stopping.
    const char *skipBytes(const char *p, const char *end, int floor, int maxDepth);
};

} // namespace Ferry
