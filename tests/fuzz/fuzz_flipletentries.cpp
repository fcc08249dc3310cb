// Answers to GET v1/data-sources/<id>/data, read by FlipletEntriesReader as they stream in. The first byte
// seeds where the answer is cut into chunks; however it arrives, the reader comes to the same rows or the same
// error as when it gets the answer in one piece, and a reset reader reads it again alike. The values it reads
// agree with core/values: their JSON is that of the QVariant they read back as.
#include "connectors/flipletanswers.h"
#include "core/values.h"
#include "fuzzcheck.h"

#include <QByteArrayView>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace Ferry;

namespace {

// What a read came to: the ids and every cell's JSON, or the error message.
QByteArray outcome(const Result<TargetSnapshot> &r)
{
    if (!r)
        return "error: " + r.error().toString().toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < r->rows.size(); ++i) {
        out += QByteArray::number(r->ids[static_cast<size_t>(i)]);
        for (int c = 0; c < r->rows.columnCount(); ++c) {
            const QByteArray json = r->rows.json(i, c);
            FUZZ_CHECK(json == Values::toJson(r->rows.value(i, c)), json.constData());
            out += ' ';
            out += json;
        }
        out += '\n';
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    std::uint32_t seed = data[0];
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const QStringList columns{QStringLiteral("Name"), QStringLiteral("n"), QStringLiteral("id"),
                              QStringLiteral("nested"), QStringLiteral("")};

    FlipletEntriesReader reader(columns);
    reader.feed(body);
    const QByteArray whole = outcome(reader.finish());

    reader.reset();
    qsizetype at = 0;
    while (at < body.size()) {
        seed = seed * 1103515245u + 12345u; // chunks of 0 to 63 bytes
        const qsizetype n = std::min<qsizetype>((seed >> 16) % 64, body.size() - at);
        reader.feed(body.sliced(at, n));
        at += n;
    }
    const QByteArray chunked = outcome(reader.finish());
    if (whole != chunked)
        std::fprintf(stderr, "in one piece: %s\nin chunks: %s\n", whole.constData(), chunked.constData());
    FUZZ_CHECK(whole == chunked, "an answer reads alike however it is cut into chunks");
    return 0;
}
