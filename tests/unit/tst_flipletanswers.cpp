// The readers of the Fliplet API's large answers: entries straight into rows, and the streaming shape
// check of commit answers.
#include "connectors/flipletanswers.h"

#include <QtTest>

using namespace Ferry;

class TestFlipletAnswers : public QObject
{
    Q_OBJECT
private slots:
    void readsEntries();
    void malformed_data();
    void malformed();
    void entriesArriveInPieces();
    void errorsNameTheByte();
    void commitAnswerShapes_data();
    void commitAnswerShapes();
};

void TestFlipletAnswers::readsEntries()
{
    const QByteArray body = R"({"other":{"x":[1,{"y":"]"}]},"entries":[
        {"id":10,"data":{"Name":"A \"q\" \u00e9\ud83d\ude00\n","n":5,"f":2.50,"big":12345678901234567890,
                         "b":false,"nested":{"a":[1,2]},"skip":"me"},"createdAt":"x"},
        {"data":{"n":null},"id":"11"},
        {"id":12,"data":{}}
    ],"tail":true})";
    auto snapshot = readFlipletEntries(body, {QStringLiteral("Name"), QStringLiteral("n"), QStringLiteral("f"),
                                              QStringLiteral("big"), QStringLiteral("b"), QStringLiteral("nested")});
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    QCOMPARE(snapshot->ids, (std::vector<qint64>{10, 11, 12}));
    QCOMPARE(snapshot->rows.value(0, 0).toString(), QStringLiteral("A \"q\" é😀\n"));
    QCOMPARE(snapshot->rows.value(0, 1), QVariant(qint64(5)));
    QCOMPARE(snapshot->rows.json(0, 2), QByteArray("2.5"));
    QCOMPARE(snapshot->rows.value(0, 3).typeId(), QMetaType::Double); // beyond int64: a double, as JSON says
    QCOMPARE(snapshot->rows.value(0, 4), QVariant(false));
    QCOMPARE(snapshot->rows.json(0, 5), QByteArray(R"({"a":[1,2]})"));
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
    // Found by fuzz_flipletentries: text that is not UTF-8 reached the rows.
    QTest::newRow("not UTF-8") << QByteArray("{\"entries\":[{\"id\":1,\"data\":{\"a\":\"ei\xc7\xc7\xc7 name\"}}]}")
                               << "invalid UTF-8 in a string at byte 35";
    QTest::newRow("deep nesting") << QByteArray(R"({"entries":[{"id":1,"data":{"a":)") + QByteArray(100000, '[') +
                                         QByteArray(100000, ']') + QByteArray("}}]}")
                                  << "nested more than";
    QTest::newRow("deep nesting outside entries")
        << QByteArray(R"({"x":)") + QByteArray(100000, '[') + QByteArray(100000, ']') + QByteArray(R"(,"entries":[]})")
        << "nested more than";
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
    // Found by fuzz_flipletentries: the byte was counted from the entry's start (plus the chunk's), not the
    // answer's, so it differed with how the answer arrived.
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
}

QTEST_APPLESS_MAIN(TestFlipletAnswers)
#include "tst_flipletanswers.moc"
