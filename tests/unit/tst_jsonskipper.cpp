// JsonSkipper: the 64-byte block scan agrees with a byte-by-byte reading for any text, cut anywhere.
#include "core/jsonskipper.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Ferry;

namespace {

// What the skipper must do, one byte at a time (the rules in jsonskipper.h).
struct Reference
{
    int depth = 0;
    bool inString = false, escape = false;

    const char *skip(const char *p, const char *end, int floor, int maxDepth)
    {
        for (; p < end; ++p) {
            const char c = *p;
            if (inString) {
                if (escape)
                    escape = false;
                else if (c == '\\')
                    escape = true;
                else if (c == '"') {
                    inString = false;
                    if (depth < floor)
                        return p + 1;
                }
                continue;
            }
            if (depth < floor)
                return p;
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (depth >= maxDepth)
                    return p;
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth <= floor)
                    return p;
                --depth;
            }
        }
        return end;
    }
};

// Text made mostly of what the skipper looks at, in runs long enough to fill whole blocks.
QByteArray randomText(QRandomGenerator &random, int size)
{
    static const char alphabet[] = "{}[]\"\"\\abc ,:";
    QByteArray out;
    while (out.size() < size) {
        const int kind = random.bounded(11);
        if (kind == 10)
            out.append(QByteArray(random.bounded(40, 70), 'x') + "\\\""); // an escape across a block edge
        else if (kind < 6)
            out.append(alphabet[random.bounded(int(sizeof alphabet) - 1)]);
        else if (kind < 9)
            out.append(QByteArray(random.bounded(1, 90), 'x')); // plain runs across block edges
        else
            out.append(QByteArray(random.bounded(1, 70), '[')); // deep nesting
    }
    out.truncate(size);
    return out;
}

} // namespace

class TestJsonSkipper : public QObject
{
    Q_OBJECT
private slots:
    void stopsWhereItShould_data();
    void stopsWhereItShould();
    void agreesWithBytewiseReading();
};

void TestJsonSkipper::stopsWhereItShould_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("floor");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("stop");
    QTest::addColumn<int>("depthAfter");
    const QByteArray pad(100, 'x'); // past one 64-byte block
    QTest::newRow("closing bracket") << QByteArray(R"({"a":"}]"},1])") << 3 << 3 << 200 << 12 << 3;
    QTest::newRow("after a long run") << QByteArray("{\"" + pad + "\"}]") << 3 << 3 << 200 << 104 << 3;
    QTest::newRow("escaped quote") << QByteArray(R"("\"]" ] x)") << 2 << 2 << 200 << 6 << 2;
    QTest::newRow("backslash outside strings escapes nothing") << QByteArray(R"(\"]" ] x)") << 2 << 2 << 200 << 5 << 2;
    QTest::newRow("too deep") << QByteArray("[[[[") << 2 << 2 << 4 << 2 << 4;
    QTest::newRow("top-level string") << QByteArray(pad + "\"  ,") << -1 << 2 << 200 << 101 << 1;
    QTest::newRow("to the end") << QByteArray("{" + pad + "}") << 2 << 2 << 200 << 102 << 2;
}

void TestJsonSkipper::stopsWhereItShould()
{
    QFETCH(QByteArray, text);
    QFETCH(int, depth);
    QFETCH(int, floor);
    QFETCH(int, maxDepth);
    QFETCH(int, stop);
    QFETCH(int, depthAfter);
    JsonSkipper skipper;
    skipper.depth = depth < 0 ? 1 : depth;
    skipper.inString = depth < 0; // -1: in a string at depth 1
    const char *at = skipper.skip(text.constData(), text.constData() + text.size(), floor, maxDepth);
    QCOMPARE(at - text.constData(), stop);
    QCOMPARE(skipper.depth, depthAfter);
}

void TestJsonSkipper::agreesWithBytewiseReading()
{
    QRandomGenerator random(20261130);
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = randomText(random, random.bounded(1, 600));
        if (round % 2)
            text.replace('\\', 'y'); // whole blocks without escapes take the fast path
        const int floor = random.bounded(1, 4);
        const int maxDepth = random.bounded(floor, 40);
        Reference expected;
        JsonSkipper actual;
        expected.depth = actual.depth = random.bounded(floor, maxDepth + 1);
        expected.inString = actual.inString = random.bounded(4) == 0;
        // Fed in random pieces, as a network delivers; where either stops, both must have stopped, with
        // the same state, and both go on from the next byte (as a caller that read it would).
        const char *p = text.constData();
        const char *end = p + text.size();
        while (p < end) {
            const char *pieceEnd = p + std::min<qsizetype>(end - p, random.bounded(1, 300));
            const char *a = actual.skip(p, pieceEnd, floor, maxDepth);
            const char *e = expected.skip(p, pieceEnd, floor, maxDepth);
            QCOMPARE(a - text.constData(), e - text.constData());
            QCOMPARE(actual.depth, expected.depth);
            QCOMPARE(actual.inString, expected.inString);
            QCOMPARE(actual.escape, expected.escape);
            if (a == pieceEnd) {
                p = pieceEnd;
                continue;
            }
            // Stopped: consume the byte the way a reader of the level above does, and carry on.
            p = a;
            if (!actual.inString && actual.depth < floor) {
                expected.depth = actual.depth = floor; // the reader went back down
            } else if (*p == '{' || *p == '[') {
                expected.depth = actual.depth = floor; // the reader refused the nesting; start again
                ++p;
            } else {
                expected.depth = actual.depth = std::max(floor, actual.depth - 1);
                ++p;
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestJsonSkipper)
#include "tst_jsonskipper.moc"
