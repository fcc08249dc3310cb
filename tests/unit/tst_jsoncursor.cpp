// The JSON pull parser (core/jsoncursor) on hostile text: errors, never crashes. Most inputs were found by
// tests/fuzz (fuzz_jsoncursor, fuzz_flipletentries); the deep nesting is issue 6.
#include "core/jsoncursor.h"

#include <QtTest>

#include <string>

using namespace Ferry;

class TestJsonCursor : public QObject
{
    Q_OBJECT
private slots:
    void walksValues();
    void deepNesting_data();
    void deepNesting();
    void deepNestingInValues();
    void invalidUtf8_data();
    void invalidUtf8();
    void invalidUtf8InLongRuns();
    void unpairedSurrogates_data();
    void unpairedSurrogates();
    void numbers_data();
    void numbers();
};

namespace {

// The error skip() throws over text, or an empty what when the text is one value.
JsonSyntaxError skipAll(const QByteArray &text)
{
    JsonCursor in(text.constData(), text.constData() + text.size());
    try {
        in.skip();
        if (!in.atEnd())
            return JsonSyntaxError{in.position(), "text after the value"};
    } catch (const JsonSyntaxError &e) {
        return e;
    }
    return JsonSyntaxError{nullptr, ""};
}

} // namespace

void TestJsonCursor::walksValues()
{
    const QByteArray text = R"({"a":[1,-2.5e1,true,null,"x\u00e9"],"b":{"c":{}}} )";
    JsonCursor in(text.constData(), text.constData() + text.size());
    in.expect('{');
    std::string key;
    in.string(key);
    QCOMPARE(key, "a");
    in.expect(':');
    JsonCursor::Value v;
    in.value(v);
    QCOMPARE(v.type, JsonCursor::Value::Json);
    QCOMPARE(v.text, R"([1,-2.5e1,true,null,"x\u00e9"])");
    QVERIFY(in.more('}'));
    in.string(key);
    in.expect(':');
    QCOMPARE(in.raw(), R"({"c":{}})");
    QVERIFY(!in.more('}'));
    QVERIFY(in.atEnd());
}

void TestJsonCursor::deepNesting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("errorAt"); // -1: parses
    const auto nested = [](int levels) { return QByteArray(levels, '[') + QByteArray(levels, ']'); };
    QTest::newRow("at the limit") << nested(JsonCursor::MaxDepth) << qsizetype(-1);
    QTest::newRow("one past the limit") << nested(JsonCursor::MaxDepth + 1) << qsizetype(JsonCursor::MaxDepth);
    // Issue 6: 100,000 levels overflowed the stack (one recursion a level).
    QTest::newRow("100,000 arrays") << nested(100000) << qsizetype(JsonCursor::MaxDepth);
    QTest::newRow("a million arrays, never closed") << QByteArray(1000000, '[') << qsizetype(JsonCursor::MaxDepth);
    QByteArray objects;
    for (int i = 0; i < 300000; ++i)
        objects += R"({"a":)";
    QTest::newRow("objects") << objects << qsizetype(5 * JsonCursor::MaxDepth);
}

void TestJsonCursor::deepNesting()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, errorAt);
    const JsonSyntaxError e = skipAll(text);
    if (errorAt < 0) {
        QCOMPARE(e.what, "");
        return;
    }
    QCOMPARE(e.what, "nested more than 1000 levels deep");
    QCOMPARE(e.at - text.constData(), errorAt);
}

void TestJsonCursor::deepNestingInValues()
{
    // value() and raw() read nested values through skip(): the same limit, the same error.
    const QByteArray text = R"({"a":)" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    JsonCursor in(text.constData(), text.constData() + text.size());
    in.expect('{');
    std::string key;
    in.string(key);
    in.expect(':');
    JsonCursor::Value v;
    try {
        in.value(v);
        QFAIL("no error");
    } catch (const JsonSyntaxError &e) {
        QCOMPARE(e.what, "nested more than 1000 levels deep");
        QCOMPARE(in.offset(e.at), 5 + JsonCursor::MaxDepth);
    }
}

void TestJsonCursor::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("errorAt"); // -1: parses
    QTest::newRow("valid") << QByteArray("\"Z\xc3\xbcrich \xe2\x9c\x93 \xf0\x9f\x98\x80\"") << qsizetype(-1);
    // Found by fuzz_flipletentries: such bytes reached RowSet, whose JSON then was not UTF-8 and disagreed
    // with the value read back.
    QTest::newRow("not UTF-8") << QByteArray("[\"ei\xc7\xc7\xc7 name\"]") << qsizetype(4);
    QTest::newRow("lone continuation byte") << QByteArray("\"a\x80\"") << qsizetype(2);
    QTest::newRow("overlong") << QByteArray("\"\xc0\xaf\"") << qsizetype(1);
    QTest::newRow("overlong 3 bytes") << QByteArray("\"\xe0\x80\xaf\"") << qsizetype(1);
    QTest::newRow("encoded surrogate") << QByteArray("\"\xed\xa0\x80\"") << qsizetype(1);
    QTest::newRow("past U+10FFFF") << QByteArray("\"\xf4\x90\x80\x80\"") << qsizetype(1);
    QTest::newRow("cut short by the quote") << QByteArray("\"\xe2\x9c\"") << qsizetype(1);
    QTest::newRow("cut short by the end") << QByteArray("\"\xe2\x9c") << qsizetype(1);
    QTest::newRow("in a key") << QByteArray("{\"\xff\":1}") << qsizetype(2);
}

void TestJsonCursor::invalidUtf8()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, errorAt);
    const JsonSyntaxError e = skipAll(text);
    if (errorAt < 0) {
        QCOMPARE(e.what, "");
        return;
    }
    QCOMPARE(e.what, "invalid UTF-8 in a string");
    QCOMPARE(e.at - text.constData(), errorAt);
}

void TestJsonCursor::invalidUtf8InLongRuns()
{
    // Merging perf (string text found 16 bytes at a time, SSE2, read without copies) with fuzzport (strings must
    // be UTF-8): the fast path stops at every byte that is not ASCII, so each way of reading a string (skip(),
    // string(), stringView()) refuses the same bytes, wherever they fall in a 16-byte block.
    const QByteArray bad[] = {QByteArray("\xff"),
                              QByteArray("\x80"),
                              QByteArray("\xc3z"),
                              QByteArray("\xed\xa0\x80"),
                              QByteArray("\xf4\x90\x80\x80"),
                              QByteArray("\xe2\x9c")};
    for (int at = 0; at < 40; ++at) {
        for (const QByteArray &b : bad) {
            const QByteArray text = '"' + QByteArray(at, 'a') + b + QByteArray(40, 'b') + '"';
            const JsonSyntaxError e = skipAll(text);
            QCOMPARE(e.what, "invalid UTF-8 in a string");
            QCOMPARE(e.at - text.constData(), 1 + at);
            for (bool view : {false, true}) {
                JsonCursor in(text.constData(), text.constData() + text.size());
                std::string out;
                try {
                    if (view)
                        in.stringView(out);
                    else
                        in.string(out);
                    QFAIL("no error");
                } catch (const JsonSyntaxError &error) {
                    QCOMPARE(error.what, "invalid UTF-8 in a string");
                    QCOMPARE(in.offset(error.at), 1 + at);
                }
            }
        }
        // Valid UTF-8 anywhere in a run is read as it is, and without a copy when there is no escape.
        const QByteArray good =
            QByteArray(at, 'a') + "Z\xc3\xbcrich \xe2\x9c\x93 \xf0\x9f\x98\x80" + QByteArray(40, 'b');
        const QByteArray text = '"' + good + '"';
        QCOMPARE(skipAll(text).what, "");
        JsonCursor in(text.constData(), text.constData() + text.size());
        std::string scratch;
        const std::string_view view = in.stringView(scratch);
        QCOMPARE(QByteArray(view.data(), qsizetype(view.size())), good);
        QCOMPARE(view.data(), text.constData() + 1);
    }
}

void TestJsonCursor::unpairedSurrogates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("pair") << QByteArray(R"("\ud83d\ude00")") << QStringLiteral("😀");
    // Found by fuzz_flipletentries: an unpaired surrogate (which JavaScript strings may hold) was written out
    // as bytes that are not UTF-8.
    QTest::newRow("high alone") << QByteArray(R"("a\ud83db")") << QStringLiteral("a\ufffdb");
    QTest::newRow("low alone") << QByteArray(R"("\ude00")") << QStringLiteral("\ufffd");
    QTest::newRow("high at the end") << QByteArray(R"("\ud83d")") << QStringLiteral("\ufffd");
    QTest::newRow("high, then another escape") << QByteArray(R"("\ud83d\u0041")") << QStringLiteral("\ufffdA");
    QTest::newRow("two highs") << QByteArray(R"("\ud83d\ud83d\ude00")") << QStringLiteral("\ufffd😀");
}

void TestJsonCursor::unpairedSurrogates()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, value);
    JsonCursor in(text.constData(), text.constData() + text.size());
    std::string out;
    in.string(out);
    QVERIFY(in.atEnd());
    QCOMPARE(QByteArray::fromStdString(out), value.toUtf8());
}

void TestJsonCursor::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    for (const char *n : {"0", "-0", "7", "-12", "0.5", "-0.0e-0", "1e5", "1E+2", "2.50", "12345678901234567890"})
        QTest::newRow(n) << QByteArray(n) << true;
    // Found by fuzz_flipletentries: numbers JSON does not have passed, and a nested value holding one was kept
    // as text that is not JSON (read back as an empty object).
    for (const char *n :
         {"032", "-01", "01.5", "1.", ".5", "-", "+1", "1e", "1e+", "1.e5", "-.5", "1-2", "1e5.5", "2.5e"})
        QTest::newRow(n) << QByteArray(n) << false;
}

void TestJsonCursor::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const JsonSyntaxError e = skipAll("[" + text + "]");
    QCOMPARE(QByteArray(e.what), valid ? QByteArray() : QByteArray("invalid number"));
    JsonCursor in(text.constData(), text.constData() + text.size());
    JsonCursor::Value v;
    try {
        in.value(v);
        QVERIFY(valid);
        QVERIFY(in.atEnd());
    } catch (const JsonSyntaxError &error) {
        QVERIFY(!valid);
        QCOMPARE(error.what, "invalid number");
        QCOMPARE(in.offset(error.at), 0);
    }
}

QTEST_APPLESS_MAIN(TestJsonCursor)
#include "tst_jsoncursor.moc"
