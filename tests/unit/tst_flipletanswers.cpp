// The readers of the Fliplet API's large answers: entries straight into rows, and the streaming shape
// check of commit answers.
#include "connectors/flipletanswers.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Ferry;

namespace {

// The commit answer check as it was before the block scanner (byte by byte), kept as the reference the
// new one must agree with on any text.
struct ReferenceCommitCheck
{
    void feed(QByteArrayView chunk)
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
    bool valid() const { return m_done && m_sawEntries && !m_bad; }

    int m_depth = 0;
    bool m_started = false, m_done = false, m_bad = false;
    bool m_inString = false, m_escape = false;
    bool m_expectKey = false, m_capturingKey = false, m_keyDone = false, m_awaitingValue = false;
    bool m_sawEntries = false;
    std::string m_key, m_valueKey;
};

// A data source answer as the emulator writes it, with text that exercises the scanners: long strings
// (across 64-byte blocks), escapes, brackets in strings, nested values, a top-level key before entries.
QByteArray sampleAnswer(QRandomGenerator &random, int entries)
{
    QByteArray out =
        R"({"before":{"x":[1,{"y":"]}\""}],"s":")" + QByteArray(random.bounded(0, 150), 'b') + R"("},"entries":[)";
    for (int i = 0; i < entries; ++i) {
        if (i)
            out.append(',');
        out.append(R"({"id":)" + QByteArray::number(1000 + i) + R"(,"data":{"a":")");
        out.append(QByteArray(random.bounded(0, 120), 'a'));
        if (random.bounded(3) == 0)
            out.append(R"(\"}]{[\\\u00e9)");
        out.append(R"(","b":)");
        out.append(random.bounded(2) ? QByteArray("[1,{\"c\":[2,3]}]") : QByteArray::number(i * 1.5));
        out.append(R"(},"createdAt":"2026-11-30T07:53:20.123Z","dataSourceId":1})");
    }
    out.append(R"(],"tail":")" + QByteArray(random.bounded(0, 100), 't') + "\"}");
    return out;
}

// Small damage of the kinds a broken server or network does: a byte lost, a stray byte, a cut.
QByteArray damaged(QRandomGenerator &random, QByteArray text)
{
    static const char bytes[] = "{}[]\"\\,:x1 ";
    const int edits = random.bounded(0, 3);
    for (int i = 0; i < edits && !text.isEmpty(); ++i) {
        const int at = random.bounded(int(text.size()));
        switch (random.bounded(3)) {
        case 0:
            text.remove(at, 1);
            break;
        case 1:
            text.insert(at, bytes[random.bounded(int(sizeof bytes) - 1)]);
            break;
        default:
            text.truncate(at);
        }
    }
    return text;
}

// Feeds text in random pieces.
template <typename Reader> void feedInPieces(QRandomGenerator &random, Reader &reader, const QByteArray &text)
{
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype n = std::min<qsizetype>(text.size() - at, random.bounded(1, 400));
        reader.feed(QByteArrayView(text).sliced(at, n));
        at += n;
    }
}

} // namespace

class TestFlipletAnswers : public QObject
{
    Q_OBJECT
private slots:
    void readsEntries();
    void malformed_data();
    void malformed();
    void entriesArriveInPieces();
    void errorsNameTheByte();
    void unpairedSurrogatesReadAsReplacement();
    void sampleRefusesDeepNesting_data();
    void sampleRefusesDeepNesting();
    void commitAnswerShapes_data();
    void commitAnswerShapes();
    void commitCheckAgreesWithBytewiseCheck();
    void entriesInAnyPiecesAgree();
    void nestingLimitIsExact_data();
    void nestingLimitIsExact();
    void risingIdsNeedNoSet();
};

namespace {
// A value nested `levels` deep: [[[…]]].
QByteArray nested(int levels)
{
    return QByteArray(levels, '[') + QByteArray(levels, ']');
}
} // namespace

void TestFlipletAnswers::readsEntries()
{
    const QByteArray body = R"({"other":{"x":[1,{"y":"]"}]},"entries":[
        {"id":10,"data":{"Name":"A \"q\" \u00e9\ud83d\ude00\n","n":5,"f":2.50,"big":12345678901234567890,
                         "safe":9007199254740991,"unsafe":-9007199254740993,
                         "b":false,"nested":{"a":[1,2]},"skip":"me"},"createdAt":"x"},
        {"data":{"n":null},"id":"11"},
        {"id":12,"data":{}}
    ],"tail":true})";
    auto snapshot = readFlipletEntries(body, {QStringLiteral("Name"), QStringLiteral("n"), QStringLiteral("f"),
                                              QStringLiteral("big"), QStringLiteral("b"), QStringLiteral("nested"),
                                              QStringLiteral("safe"), QStringLiteral("unsafe")});
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    QCOMPARE(snapshot->ids, (std::vector<qint64>{10, 11, 12}));
    QCOMPARE(snapshot->rows.value(0, 0).toString(), QStringLiteral("A \"q\" é😀\n"));
    QCOMPARE(snapshot->rows.value(0, 1), QVariant(qint64(5)));
    QCOMPARE(snapshot->rows.json(0, 2), QByteArray("2.5"));
    QCOMPARE(snapshot->rows.value(0, 3).typeId(), QMetaType::Double); // beyond int64: a double, as JSON says
    QCOMPARE(snapshot->rows.value(0, 4), QVariant(false));
    QCOMPARE(snapshot->rows.json(0, 5), QByteArray(R"({"a":[1,2]})"));
    // The API holds JavaScript numbers: integers beyond 2^53 are doubles there, and read as such.
    QCOMPARE(snapshot->rows.value(0, 6), QVariant(qint64(9007199254740991LL)));
    QCOMPARE(snapshot->rows.value(0, 7), QVariant(-9007199254740992.0));
    QVERIFY(snapshot->rows.isNull(1, 0)); // missing
    QVERIFY(snapshot->rows.isNull(1, 1)); // null
    QVERIFY(snapshot->rows.isNull(2, 1));
}

void TestFlipletAnswers::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::newRow("not json") << QByteArray("<html>Bad gateway</html>") << "not a JSON object";
    QTest::newRow("truncated") << QByteArray(R"({"entries":[{"id":1,"data":{"a":"x)") << "ends before its end";
    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("no entries") << QByteArray(R"({"message":"ok"})") << "no 'entries' list";
    QTest::newRow("entry without id") << QByteArray(R"({"entries":[{"data":{}}]})") << "no numeric id";
    QTest::newRow("trailing text") << QByteArray(R"({"entries":[]} x)") << "text after its end";
    QTest::newRow("bad escape") << QByteArray(R"({"entries":[{"id":1,"data":{"a":"\q"}}]})") << "invalid escape";
    // Answers that break the contract stop the run before anything is written.
    QTest::newRow("data is an array") << QByteArray(R"({"entries":[{"id":1,"data":[1,2]}]})")
                                      << "'data' that is not an object";
    QTest::newRow("entry is a number") << QByteArray(R"({"entries":[{"id":1,"data":{}},7]})") << "entry 2";
    QTest::newRow("entry is a string") << QByteArray(R"({"entries":["x"]})") << "not an object";
    QTest::newRow("id twice") << QByteArray(R"({"entries":[{"id":4,"data":{}},{"id":4,"data":{"a":1}}]})")
                              << "entry id 4 twice";
    // Found by fuzz_flipletentries: text that is not UTF-8 reached the rows (and their JSON, sent back in commits).
    QTest::newRow("not UTF-8") << QByteArray("{\"entries\":[{\"id\":1,\"data\":{\"a\":\"ei\xc7\xc7\xc7 name\"}}]}")
                               << "invalid UTF-8 in a string at byte 35";
    // Merging perf and fuzzport: entries are parsed where they lie with strings found 16 bytes at a time; bytes
    // that are not UTF-8 after a long ASCII run are refused there too, with the same byte however it arrives.
    QTest::newRow("not UTF-8 after a long run") << QByteArray("{\"entries\":[{\"id\":1,\"data\":{\"a\":\"") +
                                                       QByteArray(50, 'x') + QByteArray("\xed\xa0\x80\"}}]}")
                                                << "invalid UTF-8 in a string at byte 83";
    QTest::newRow("not UTF-8 after a long run, in a column not read")
        << QByteArray("{\"entries\":[{\"id\":1,\"data\":{\"b\":\"") + QByteArray(50, 'x') + QByteArray("\xc0\xaf\"}}]}")
        << "invalid UTF-8 in a string at byte 83";
    QTest::newRow("lenient number in a column not read")
        << QByteArray(R"({"entries":[{"id":1,"data":{"b":[1,032]}}]})") << "invalid number at byte 35";
    QTest::newRow("not UTF-8 in a column not read")
        << QByteArray("{\"entries\":[{\"id\":1,\"data\":{\"b\":\"\xff\"}}]}") << "invalid UTF-8 in a string";
    // Issue 6: 100,000 levels overflowed the stack; the answer is refused, wherever the value is.
    QTest::newRow("deep nesting") << QByteArray(R"({"entries":[{"id":1,"data":{"a":)") + nested(100000) +
                                         QByteArray("}}]}")
                                  << "nested more than 200 levels deep";
    QTest::newRow("deep nesting in a column not read")
        << QByteArray(R"({"entries":[{"id":1,"data":{"b":{"c":)") + nested(100000) + QByteArray("}}}]}")
        << "nested more than 200 levels deep";
    QTest::newRow("deep nesting beside data")
        << QByteArray(R"({"entries":[{"id":1,"x":)") + nested(100000) + QByteArray(R"(,"data":{}}]})")
        << "nested more than 200 levels deep";
    QTest::newRow("deep nesting outside entries")
        << QByteArray(R"({"x":)") + nested(100000) + QByteArray(R"(,"entries":[]})")
        << "nested more than 200 levels deep";
    QTest::newRow("deep nesting, never closed")
        << QByteArray(R"({"entries":[{"id":1,"data":{"a":)") + QByteArray(100000, '{')
        << "nested more than 200 levels deep";
}

void TestFlipletAnswers::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    auto snapshot = readFlipletEntries(body, {QStringLiteral("a")});
    QVERIFY(!snapshot);
    QCOMPARE(snapshot.error().code, ErrorCode::Server);
    QVERIFY2(snapshot.error().message.contains(says), qPrintable(snapshot.error().message));
    // The same, when the answer arrives in small pieces.
    FlipletEntriesReader chunked({QStringLiteral("a")});
    for (qsizetype i = 0; i < body.size(); i += 7)
        chunked.feed(body.mid(i, 7));
    auto again = chunked.finish();
    QVERIFY(!again);
    QCOMPARE(again.error().message, snapshot.error().message);
}

void TestFlipletAnswers::entriesArriveInPieces()
{
    // Every split point of an answer gives the same rows as the whole answer.
    const QByteArray body = R"({"other":{"x":[1,{"y":"]"}]},"entries":[ {"id":10,"data":{"a":"x\"}{y","b":[1,{"c":2}]}},
        {"data":{"a":null},"id":"11"} , {"id":12,"data":{"b":true}}],"tail":"}"})";
    const QStringList columns{QStringLiteral("a"), QStringLiteral("b")};
    auto whole = readFlipletEntries(body, columns);
    QVERIFY2(whole, qPrintable(whole ? QString() : whole.error().toString()));
    QCOMPARE(whole->ids, (std::vector<qint64>{10, 11, 12}));
    QCOMPARE(whole->rows.value(0, 0).toString(), QStringLiteral("x\"}{y"));
    for (qsizetype split = 1; split < body.size(); ++split) {
        FlipletEntriesReader reader(columns);
        reader.feed(body.left(split));
        reader.feed(body.mid(split));
        auto pieces = reader.finish();
        QVERIFY2(pieces, qPrintable(QString::number(split)));
        QCOMPARE(pieces->ids, whole->ids);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 2; ++c)
                QCOMPARE(pieces->rows.json(r, c), whole->rows.json(r, c));
    }
}

void TestFlipletAnswers::errorsNameTheByte()
{
    // Found by fuzz_flipletentries: the byte was counted from the entry's start plus the chunk's, not from the
    // answer's start, so it changed with how the answer arrived.
    const QByteArray body = R"({"entries":[{"id":1,"data":{}}, {"id":2,"data":{"a":"\q"}}]})";
    const QString expected = QStringLiteral("invalid escape at byte %1").arg(body.indexOf("\\q") + 1);
    for (qsizetype split = 0; split < body.size(); ++split) {
        FlipletEntriesReader reader({QStringLiteral("a")});
        reader.feed(body.left(split));
        reader.feed(body.mid(split));
        auto snapshot = reader.finish();
        QVERIFY(!snapshot);
        QVERIFY2(snapshot.error().message.contains(expected), qPrintable(snapshot.error().message));
    }
}

void TestFlipletAnswers::unpairedSurrogatesReadAsReplacement()
{
    // Found by fuzz_flipletentries: an unpaired surrogate escape (JavaScript strings may hold one) was kept as
    // bytes that are not UTF-8, and one followed by another escape failed the whole answer. It reads as U+FFFD,
    // as Qt's JSON parser reads it.
    const QByteArray body =
        R"({"entries":[{"id":1,"data":{"a":"x\ud83dy","b":"\ud83d\u0041","c":"\ude00\ud83d\ude00"}}]})";
    auto snapshot = readFlipletEntries(body, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    QCOMPARE(snapshot->rows.value(0, 0).toString(), QStringLiteral("x\ufffdy"));
    QCOMPARE(snapshot->rows.value(0, 1).toString(), QStringLiteral("\ufffdA"));
    QCOMPARE(snapshot->rows.value(0, 2).toString(), QStringLiteral("\ufffd😀"));
    QCOMPARE(snapshot->rows.json(0, 0), QByteArray("\"x\xef\xbf\xbdy\""));
}

void TestFlipletAnswers::sampleRefusesDeepNesting_data()
{
    QTest::addColumn<QByteArray>("body");
    // Issue 6: 100,000 levels inside an entry's data overflowed the stack when a sample was read.
    QTest::newRow("in a value") << QByteArray(R"({"entries":[{"id":1,"data":{"a":)") + nested(100000) +
                                       QByteArray("}}]}");
    QTest::newRow("beside data") << QByteArray(R"({"entries":[{"id":1,"x":)") + nested(100000) +
                                        QByteArray(R"(,"data":{}}]})");
    QTest::newRow("before the entries") << QByteArray(R"({"x":)") + nested(100000) + QByteArray(R"(,"entries":[]})");
}

void TestFlipletAnswers::sampleRefusesDeepNesting()
{
    QFETCH(QByteArray, body);
    auto sample = readFlipletSample(body, 10);
    QVERIFY(!sample);
    QCOMPARE(sample.error().code, ErrorCode::Server);
    QVERIFY2(sample.error().message.contains(QStringLiteral("nested more than 1000 levels deep")),
             qPrintable(sample.error().message));
}

void TestFlipletAnswers::commitAnswerShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::newRow("entries") << QByteArray(R"({"entries":[{"id":1,"data":{"x":"}]\"{"}}]})") << true;
    QTest::newRow("empty entries, other keys") << QByteArray(R"( {"a":{"entries":1},"entries":[] } )") << true;
    QTest::newRow("entries nested only") << QByteArray(R"({"a":{"entries":[]}})") << false;
    QTest::newRow("entries not a list") << QByteArray(R"({"entries":{}})") << false;
    QTest::newRow("message") << QByteArray(R"({"message":"Injected"})") << false;
    QTest::newRow("truncated") << QByteArray(R"({"entries":[{"id":1})") << false;
    QTest::newRow("html") << QByteArray("<html></html>") << false;
    QTest::newRow("empty") << QByteArray() << false;
    // Issue 6: an answer nested 100,000 levels deep is refused, as GET …/data refuses it.
    QTest::newRow("deep nesting in an entry")
        << QByteArray(R"({"entries":[{"id":1,"data":{"a":)") + nested(100000) + QByteArray("}}]}") << false;
    QTest::newRow("deep nesting beside the entries")
        << QByteArray(R"({"entries":[],"x":)") + nested(100000) + QByteArray("}") << false;
    QTest::newRow("at the limit") << QByteArray(R"({"entries":[{"id":1,"data":{"a":)") +
                                         nested(CommitAnswerCheck::MaxDepth - 4) + QByteArray("}}]}")
                                  << true;
}

void TestFlipletAnswers::commitAnswerShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    CommitAnswerCheck whole;
    whole.feed(body);
    QCOMPARE(whole.valid(), valid);
    // Byte by byte, as a slow network delivers it.
    CommitAnswerCheck chunked;
    for (char c : body)
        chunked.feed(QByteArrayView(&c, 1));
    QCOMPARE(chunked.valid(), valid);
    QCOMPARE(whole.tooDeep(), body.contains(QByteArray(CommitAnswerCheck::MaxDepth, '[')));
    QCOMPARE(chunked.tooDeep(), whole.tooDeep());
}

void TestFlipletAnswers::commitCheckAgreesWithBytewiseCheck()
{
    QRandomGenerator random(20261130);
    int valid = 0;
    for (int round = 0; round < 2000; ++round) {
        const QByteArray text = damaged(random, sampleAnswer(random, random.bounded(0, 8)));
        ReferenceCommitCheck expected;
        expected.feed(text);
        CommitAnswerCheck whole;
        whole.feed(text);
        QVERIFY2(whole.valid() == expected.valid(), text.constData());
        CommitAnswerCheck pieces;
        feedInPieces(random, pieces, text);
        QVERIFY2(pieces.valid() == expected.valid(), text.constData());
        valid += expected.valid();
    }
    QVERIFY(valid > 200 && valid < 1800); // both kinds were tried
}

void TestFlipletAnswers::entriesInAnyPiecesAgree()
{
    // Entries are parsed where they lie in a chunk, or gathered when a chunk cuts them: every way of
    // cutting an answer, damaged or not, reads the same rows or fails with the same message.
    QRandomGenerator random(1130);
    const QStringList columns{QStringLiteral("a"), QStringLiteral("b")};
    int read = 0;
    for (int round = 0; round < 1500; ++round) {
        const QByteArray text = damaged(random, sampleAnswer(random, random.bounded(0, 6)));
        auto whole = readFlipletEntries(text, columns);
        FlipletEntriesReader reader(columns);
        feedInPieces(random, reader, text);
        auto pieces = reader.finish();
        QVERIFY2(bool(whole) == bool(pieces), text.constData());
        if (!whole) {
            QCOMPARE(pieces.error().message, whole.error().message);
            continue;
        }
        ++read;
        QCOMPARE(pieces->ids, whole->ids);
        for (qsizetype r = 0; r < whole->rows.size(); ++r)
            for (int c = 0; c < 2; ++c)
                QCOMPARE(pieces->rows.json(r, c), whole->rows.json(r, c));
    }
    QVERIFY(read > 100 && read < 1400);
}

void TestFlipletAnswers::nestingLimitIsExact_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    // Levels: the answer 1, entries 2, the entry 3, its data 4; a value of data opens level 5.
    const auto inData = [](int levels) {
        return QByteArray(R"({"entries":[{"id":1,"data":{"a":)") + QByteArray(levels - 4, '[') +
               QByteArray(levels - 4, ']') + QByteArray("}}]}");
    };
    const auto besideData = [](int levels) {
        return QByteArray(R"({"entries":[{"id":1,"x":)") + QByteArray(levels - 3, '[') + QByteArray(levels - 3, ']') +
               QByteArray(R"(,"data":{}}]})");
    };
    QTest::newRow("data, 200 levels") << inData(200) << true;
    QTest::newRow("data, 201 levels") << inData(201) << false;
    QTest::newRow("beside data, 200 levels") << besideData(200) << true;
    QTest::newRow("beside data, 201 levels") << besideData(201) << false;
}

void TestFlipletAnswers::nestingLimitIsExact()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    // Whole (the entry is parsed where it lies) and cut in two everywhere (the entry is gathered first).
    for (qsizetype split = 0; split < body.size(); split += split < 40 ? 1 : 37) {
        FlipletEntriesReader reader({QStringLiteral("a")});
        reader.feed(QByteArrayView(body).first(split));
        reader.feed(QByteArrayView(body).sliced(split));
        auto snapshot = reader.finish();
        QVERIFY2(bool(snapshot) == accepted, qPrintable(QString::number(split)));
        if (!accepted)
            QVERIFY2(snapshot.error().message.contains(QStringLiteral("nested more than 200 levels")),
                     qPrintable(snapshot.error().message));
    }
}

void TestFlipletAnswers::risingIdsNeedNoSet()
{
    // Ids in any order are fine as long as none repeats; a repeat is found however far apart.
    auto falling = readFlipletEntries(R"({"entries":[{"id":9,"data":{}},{"id":3,"data":{}},{"id":5,"data":{}}]})",
                                      {QStringLiteral("a")});
    QVERIFY(falling);
    QCOMPARE(falling->ids, (std::vector<qint64>{9, 3, 5}));
    auto repeated = readFlipletEntries(
        R"({"entries":[{"id":1,"data":{}},{"id":7,"data":{}},{"id":3,"data":{}},{"id":7,"data":{}}]})",
        {QStringLiteral("a")});
    QVERIFY(!repeated);
    QVERIFY2(repeated.error().message.contains(QStringLiteral("entry id 7 twice")),
             qPrintable(repeated.error().message));
}

QTEST_APPLESS_MAIN(TestFlipletAnswers)
#include "tst_flipletanswers.moc"
