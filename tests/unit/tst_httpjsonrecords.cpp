// The HTTP source's reading of an answer: JSON pointers to the records, Link headers' next page, and records
// turned into rows without losing what the API sent (64-bit ids, nested values, missing keys).
#include "connectors/httpjsonrecords.h"
#include "connectors/jsonrecords.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Ferry;

namespace {

QJsonArray records(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace

class TestHttpJsonRecords : public QObject
{
    Q_OBJECT
private slots:
    void largeIdsStayExact();
    void remoteIdsStayExact();
    void numbersKeepTheirKind();
    void columnsAreTheUnionOfKeys();
    void pointerFindsTheRecords();
    void linkHeaderGivesTheNextPage();
};

void TestHttpJsonRecords::largeIdsStayExact()
{
    // Ids above 2^53 (snowflake ids, 64-bit keys) must not be rounded to the nearest double: they are keys.
    RecordCollector c;
    c.add(records(R"([{"id": 9007199254740993}, {"id": 1234567890123456789}, {"id": -9223372036854775808}])"));
    const RecordSet rows = c.take();
    // Compared as integers: QVariant would compare a rounded double equal.
    for (int r = 0; r < 3; ++r)
        QCOMPARE(rows.rows.value(r, 0).typeId(), QMetaType::LongLong);
    QCOMPARE(rows.rows.value(0, 0).toLongLong(), qint64(9007199254740993));
    QCOMPARE(rows.rows.value(1, 0).toLongLong(), qint64(1234567890123456789));
    QCOMPARE(rows.rows.value(2, 0).toLongLong(), std::numeric_limits<qint64>::min());
}

void TestHttpJsonRecords::remoteIdsStayExact()
{
    // The REST target's ids as it remembers them: the service's own text of the number.
    const QJsonObject o =
        QJsonDocument::fromJson(R"({"a": 9007199254740993, "b": "x-1", "c": 12.0, "d": 1.5})").object();
    QCOMPARE(JsonRecords::idText(o.value(QStringLiteral("a"))), QStringLiteral("9007199254740993"));
    QCOMPARE(JsonRecords::idText(o.value(QStringLiteral("b"))), QStringLiteral("x-1"));
    QCOMPARE(JsonRecords::idText(o.value(QStringLiteral("c"))), QStringLiteral("12"));
    QCOMPARE(JsonRecords::idText(o.value(QStringLiteral("d"))), QStringLiteral("1.5"));
    QCOMPARE(JsonRecords::idText(o.value(QStringLiteral("none"))), QString());
}

void TestHttpJsonRecords::numbersKeepTheirKind()
{
    RecordCollector c;
    c.add(records(R"([{"n": 1.5, "w": 2.0, "e": 1e3, "big": 1e300, "t": true, "s": "x", "z": null}])"));
    const RecordSet rows = c.take();
    const auto at = [&](const char *column) { return rows.rows.value(0, int(rows.columns.indexOf(column))); };
    QCOMPARE(at("n"), QVariant(1.5));
    QCOMPARE(at("w").typeId(), QMetaType::LongLong); // a whole number sent as 2.0 is the integer 2
    QCOMPARE(at("w").toLongLong(), 2);
    QCOMPARE(at("e").toLongLong(), 1000);
    QCOMPARE(at("big").typeId(), QMetaType::Double);
    QCOMPARE(at("big").toDouble(), 1e300);
    QCOMPARE(at("t"), QVariant(true));
    QCOMPARE(at("s"), QVariant(QStringLiteral("x")));
    QVERIFY(at("z").isNull());
}

void TestHttpJsonRecords::columnsAreTheUnionOfKeys()
{
    RecordCollector c;
    c.add(records(R"([{"id": 1, "name": "a"}, {"id": 2, "tags": ["x", "y"], "address": {"city": "Oslo"}}])"));
    QCOMPARE(c.columns(), (QStringList{"id", "name", "address", "tags"}));
    QCOMPARE(c.typeOf(QStringLiteral("tags")), QStringLiteral("array"));
    const RecordSet rows = c.take();
    QVERIFY(rows.rows.value(1, 1).isNull()); // no name in the second record
    QCOMPARE(rows.rows.value(1, 2), QVariant(QStringLiteral(R"({"city":"Oslo"})")));
    QCOMPARE(rows.rows.value(1, 3), QVariant(QStringLiteral(R"(["x","y"])")));
    QCOMPARE(c.size(), 0); // taken
}

void TestHttpJsonRecords::pointerFindsTheRecords()
{
    const QJsonValue root = QJsonDocument::fromJson(R"({"data": {"items": [1, 2]}, "a/b": {"~k": 3}})").object();
    QCOMPARE(jsonPointer(root, QStringLiteral("/data/items"))->toArray().size(), 2);
    QCOMPARE(jsonPointer(root, QStringLiteral("data/items/1"))->toInt(), 2);
    QCOMPARE(jsonPointer(root, QStringLiteral("/a~1b/~0k"))->toInt(), 3);
    QVERIFY(!jsonPointer(root, QStringLiteral("/data/missing")));
    QVERIFY(!jsonPointer(root, QStringLiteral("/data/items/01"))); // no leading zeros (RFC 6901)
    QVERIFY(!jsonPointer(root, QStringLiteral("/data/items/2")));
}

void TestHttpJsonRecords::linkHeaderGivesTheNextPage()
{
    QCOMPARE(
        linkHeaderNext(R"(<https://api.example/x?page=3>; rel="last", <https://api.example/x?page=2>; rel="next")"),
        QStringLiteral("https://api.example/x?page=2"));
    QCOMPARE(linkHeaderNext(R"(<https://api.example/x?page=2>; rel="next last")"),
             QStringLiteral("https://api.example/x?page=2"));
    QCOMPARE(linkHeaderNext(R"(<https://api.example/x?page=1>; rel=prev)"), QString());
}

QTEST_GUILESS_MAIN(TestHttpJsonRecords)
#include "tst_httpjsonrecords.moc"
