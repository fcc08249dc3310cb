#include "core/values.h"

#include <QtTest>

#include <ctime>
#include <limits>

using namespace Ferry;

class TestValues : public QObject
{
    Q_OBJECT
private slots:
    void json_data();
    void json();
    void keyText_data();
    void keyText();
    void truthiness();
    void invalidDatesAndTimesAreNull();
    void naiveDateTimeUnderParis();
    void dateTimeTexts();
    void canonicalNumbers_data();
    void canonicalNumbers();
    void strictNumbers_data();
    void strictNumbers();
    void decimalJson_data();
    void decimalJson();
    void canonicalJson_data();
    void canonicalJson();
};

void TestValues::json_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("null") << QVariant() << QByteArray("null");
    QTest::newRow("int") << QVariant(42) << QByteArray("42");
    QTest::newRow("int64") << QVariant(qlonglong(9007199254740993LL)) << QByteArray("9007199254740993");
    QTest::newRow("integral double") << QVariant(5.0) << QByteArray("5");
    QTest::newRow("double") << QVariant(0.1) << QByteArray("0.1");
    QTest::newRow("nan") << QVariant(std::nan("")) << QByteArray("null");
    QTest::newRow("bool") << QVariant(true) << QByteArray("true");
    QTest::newRow("string escapes") << QVariant(QStringLiteral("a\"b\\c\nd\x01"))
                                    << QByteArray(R"("a\"b\\c\nd\u0001")");
    QTest::newRow("unicode") << QVariant(QStringLiteral("Zürich ✓")) << QByteArray("\"Z\xc3\xbcrich \xe2\x9c\x93\"");
    QTest::newRow("datetime utc") << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0, 0, 5), Qt::UTC))
                                  << QByteArray("\"2024-02-01T09:00:00.005Z\"");
    QTest::newRow("datetime naive") << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0, 0, 5), Qt::LocalTime))
                                    << QByteArray("\"2024-02-01T09:00:00.005\"");
    QTest::newRow("datetime offset") << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::OffsetFromUTC, -16200))
                                     << QByteArray("\"2024-02-01T09:00:00.000-04:30\"");
    QTest::newRow("invalid datetime") << QVariant(QDateTime()) << QByteArray("null");
    QTest::newRow("date") << QVariant(QDate(2024, 2, 1)) << QByteArray("\"2024-02-01\"");
    // Found by fuzz_values: QDate numbers 1 BC as year -1, ISO 8601 as 0000; dates before 1 AD were a year off.
    QTest::newRow("date 1 BC") << QVariant(QDate(-1, 12, 31)) << QByteArray("\"0000-12-31\"");
    QTest::newRow("date 1 AD") << QVariant(QDate(1, 1, 1)) << QByteArray("\"0001-01-01\"");
    QTest::newRow("naive datetime 45 BC") << QVariant(QDateTime(QDate(-45, 3, 15), QTime(12, 0), Qt::LocalTime))
                                          << QByteArray("\"-0044-03-15T12:00:00.000\"");
    QTest::newRow("time") << QVariant(QTime(7, 5, 3, 20)) << QByteArray("\"07:05:03.020\"");
    QTest::newRow("bytes as base64") << QVariant(QByteArray("hi")) << QByteArray("\"aGk=\"");
}

void TestValues::json()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, json);
    QCOMPARE(Values::toJson(value), json);
}

void TestValues::keyText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("ci");
    QTest::addColumn<QString>("key");
    QTest::newRow("int") << QVariant(1) << false << "1";
    QTest::newRow("string int") << QVariant("1") << false << "1";
    QTest::newRow("double one") << QVariant(1.0) << false << "1";
    QTest::newRow("zero") << QVariant(0) << false << "0";
    QTest::newRow("null") << QVariant() << false << "";
    QTest::newRow("blank") << QVariant(" ") << false << "";
    QTest::newRow("case kept") << QVariant("AbC") << false << "AbC";
    QTest::newRow("case folded") << QVariant("AbC") << true << "abc";
    QTest::newRow("leading zeros kept") << QVariant("007") << false << "007";
    QTest::newRow("true is 1") << QVariant(true) << false << "1";
    QTest::newRow("false is 0") << QVariant(false) << false << "0";
    QTest::newRow("decimal double") << QVariant(10.5) << false << "10.5";
    QTest::newRow("small double") << QVariant(1e-7) << false << "1e-7";
    QTest::newRow("bytes as base64") << QVariant(QByteArray("\x00\xff", 2)) << false << "AP8=";
    QTest::newRow("date") << QVariant(QDate(2024, 2, 1)) << false << "2024-02-01";
    QTest::newRow("map canonical") << QVariant(QVariantMap{{"b", 1.0}, {"a", "x"}}) << false << "{\"a\":\"x\",\"b\":1}";
}

void TestValues::keyText()
{
    QFETCH(QVariant, value);
    QFETCH(bool, ci);
    QFETCH(QString, key);
    QCOMPARE(Values::keyText(value, ci), key);
}

void TestValues::truthiness()
{
    QVERIFY(Values::isTruthy(true));
    QVERIFY(Values::isTruthy(1));
    QVERIFY(Values::isTruthy(QStringLiteral("2024-01-01")));
    QVERIFY(Values::isTruthy(QDateTime::currentDateTimeUtc()));
    QVERIFY(!Values::isTruthy(QVariant()));
    QVERIFY(!Values::isTruthy(false));
    QVERIFY(!Values::isTruthy(0));
    QVERIFY(!Values::isTruthy(0.0));
    QVERIFY(!Values::isTruthy(QString()));
    QVERIFY(!Values::isTruthy(QStringLiteral("0")));
    QVERIFY(!Values::isTruthy(QStringLiteral("false")));
}

namespace {
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const char *zone) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_old;
};
} // namespace

void TestValues::naiveDateTimeUnderParis()
{
    // Regression: a naive 02:30 on the day Paris skips from 02:00 to 03:00 is invalid as a local instant;
    // its text was empty (and 03:30 through a RowSet). Naive values never go through the local zone.
    ScopedTimeZone paris("Europe/Paris");
    const QDateTime naive(QDate(2026, 3, 29), QTime(2, 30), Qt::LocalTime);
    QCOMPARE(Values::toJson(naive), QByteArray("\"2026-03-29T02:30:00.000\""));
    QCOMPARE(Values::keyText(naive, false), QStringLiteral("2026-03-29T02:30:00.000"));
    QCOMPARE(Values::displayText(naive), QStringLiteral("2026-03-29T02:30:00.000"));
    // The hour that happens twice is written once, as given.
    QCOMPARE(Values::toJson(QDateTime(QDate(2026, 10, 25), QTime(2, 30), Qt::LocalTime)),
             QByteArray("\"2026-10-25T02:30:00.000\""));
}

void TestValues::invalidDatesAndTimesAreNull()
{
    // Found by fuzz_values: an invalid date or time (MySQL's zero date) was sent as null but was not null to
    // isNull() and isTruthy(), while RowSet holds it as null: a delete column holding one deleted the row.
    const QVariantList invalid{QVariant(QDate()),     QVariant(QDate(2024, 2, 30)),
                               QVariant(QTime()),     QVariant(QTime(25, 0)),
                               QVariant(QDateTime()), QVariant(QDateTime(QDate(2024, 13, 1), QTime(1, 0)))};
    for (const QVariant &v : invalid) {
        QVERIFY2(Values::isNull(v), v.typeName());
        QCOMPARE(Values::kindOf(v), Values::Kind::Null);
        QVERIFY(!Values::isTruthy(v));
        QCOMPARE(Values::toJson(v), QByteArray("null"));
        QCOMPARE(Values::keyText(v, false), QString());
    }
    // A naive time in the host's daylight-saving gap is invalid as a QDateTime but is a value: its fields.
    ScopedTimeZone paris("Europe/Paris");
    const QDateTime gap(QDate(2026, 3, 29), QTime(2, 30), Qt::LocalTime);
    QVERIFY(!gap.isValid());
    QVERIFY(!Values::isNull(gap));
    QCOMPARE(Values::kindOf(gap), Values::Kind::DateTime);
    QVERIFY(Values::isTruthy(gap));
}

void TestValues::dateTimeTexts()
{
    QByteArray out;
    Values::appendDateTimeText(out, -1, Values::Zone::Utc); // one millisecond before the epoch
    QCOMPARE(out, QByteArray("1969-12-31T23:59:59.999Z"));
    out.clear();
    Values::appendDateTimeText(out, 0, Values::Zone::Offset, 5 * 3600 + 45 * 60); // Nepal
    QCOMPARE(out, QByteArray("1970-01-01T05:45:00.000+05:45"));
    out.clear();
    Values::appendDateText(out, 19782); // 2024-02-29
    QCOMPARE(out, QByteArray("2024-02-29"));
    // Found by fuzz_values: near the ends of 64-bit milliseconds the day's start, or the offset added, overflowed.
    const auto text = [](std::int64_t ms, Values::Zone zone, int offset) {
        QByteArray out;
        Values::appendDateTimeText(out, ms, zone, offset);
        return out;
    };
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    QCOMPARE(text(min, Values::Zone::Utc, 0), QByteArray("-292275055-05-16T16:47:04.192Z"));
    QCOMPARE(text(max, Values::Zone::Naive, 0), QByteArray("292278994-08-17T07:12:55.807"));
    QCOMPARE(text(max, Values::Zone::Offset, 14 * 3600), QByteArray("292278994-08-17T21:12:55.807+14:00"));
    QCOMPARE(text(min, Values::Zone::Offset, -14 * 3600), QByteArray("-292275055-05-16T02:47:04.192-14:00"));
}

void TestValues::canonicalNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("integer") << QByteArray("42") << QByteArray("42");
    QTest::newRow("scale dropped") << QByteArray("10.50") << QByteArray("10.5");
    QTest::newRow("integral decimal") << QByteArray("1.000") << QByteArray("1");
    QTest::newRow("negative zero") << QByteArray("-0.00") << QByteArray("0");
    QTest::newRow("leading zeros (SQL)") << QByteArray("007.5") << QByteArray("7.5");
    QTest::newRow("exponent") << QByteArray("1.5e3") << QByteArray("1500");
    QTest::newRow("small") << QByteArray("0.000001") << QByteArray("0.000001");
    QTest::newRow("smaller") << QByteArray("0.0000001") << QByteArray("1e-7");
    QTest::newRow("large") << QByteArray("1e21") << QByteArray("1e+21");
    QTest::newRow("not so large") << QByteArray("100000000000000000000") << QByteArray("100000000000000000000");
    QTest::newRow("many digits") << QByteArray("-12345678901234567890.0123456789")
                                 << QByteArray("-12345678901234567890.0123456789");
}

void TestValues::canonicalNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, canonical);
    Values::NumberDigits n;
    QVERIFY(Values::splitNumber(text, false, n));
    QByteArray out;
    Values::appendCanonicalNumber(out, n);
    QCOMPARE(out, canonical);
    // A double or an integer that holds the same value has the same canonical text.
    bool isDouble = false;
    const double d = text.toDouble(&isDouble);
    if (isDouble && canonical.size() < 16) {
        out.clear();
        Values::appendCanonicalNumber(out, d);
        QCOMPARE(out, canonical);
    }
}

void TestValues::strictNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("sql");
    QTest::newRow("integer") << QByteArray("10") << true << true;
    QTest::newRow("fraction") << QByteArray("-0.5e-3") << true << true;
    QTest::newRow("leading zeros") << QByteArray("0010") << false << true;
    QTest::newRow("plus") << QByteArray("+1") << false << true;
    QTest::newRow("bare point") << QByteArray(".5") << false << true;
    QTest::newRow("trailing point") << QByteArray("5.") << false << true;
    QTest::newRow("blank around") << QByteArray(" 1") << false << false;
    QTest::newRow("exponent without digits") << QByteArray("1e") << false << false;
    QTest::newRow("sign only") << QByteArray("-") << false << false;
    QTest::newRow("empty") << QByteArray("") << false << false;
    QTest::newRow("word") << QByteArray("NaN") << false << false;
    QTest::newRow("hex") << QByteArray("0x10") << false << false;
}

void TestValues::strictNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, json);
    QFETCH(bool, sql);
    Values::NumberDigits n;
    QCOMPARE(Values::splitNumber(text, true, n), json);
    QCOMPARE(Values::splitNumber(text, false, n), sql);
}

void TestValues::decimalJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("json"); // empty: not a number
    QTest::newRow("kept") << QByteArray("10.50") << QByteArray("10.50");
    QTest::newRow("sign and zeros") << QByteArray("+007.50") << QByteArray("7.50");
    QTest::newRow("bare point") << QByteArray(".5") << QByteArray("0.5");
    QTest::newRow("trailing point") << QByteArray("5.") << QByteArray("5");
    QTest::newRow("zeros") << QByteArray("000") << QByteArray("0");
    QTest::newRow("negative zero kept") << QByteArray("-0.00") << QByteArray("-0.00");
    QTest::newRow("blanks") << QByteArray(" 1.5 ") << QByteArray("1.5");
    QTest::newRow("NaN") << QByteArray("NaN") << QByteArray();
}

void TestValues::decimalJson()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, json);
    QCOMPARE(Values::decimalJson(text).value_or(QByteArray()), json);
}

void TestValues::canonicalJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("canonical"); // empty: not JSON
    QTest::newRow("key order and blanks")
        << QByteArray("{ \"b\": 1,\n  \"a\": [1, 2] }") << QByteArray("{\"a\":[1,2],\"b\":1}");
    QTest::newRow("numbers") << QByteArray("[1.0, 10.50, 1e3, -0, 0.1]") << QByteArray("[1,10.5,1000,0,0.1]");
    QTest::newRow("nested") << QByteArray("{\"z\":{\"y\":null,\"x\":true},\"a\":[]}")
                            << QByteArray("{\"a\":[],\"z\":{\"x\":true,\"y\":null}}");
    QTest::newRow("escapes") << QByteArray("[\"\\u00e9\\/\\n\"]") << QByteArray("[\"\xc3\xa9/\\n\"]");
    QTest::newRow("repeated key: the last") << QByteArray("{\"a\":1,\"a\":2}") << QByteArray("{\"a\":2}");
    QTest::newRow("scalar") << QByteArray(" \"x\" ") << QByteArray("\"x\"");
    QTest::newRow("invalid") << QByteArray("{\"a\":}") << QByteArray();
    QTest::newRow("trailing text") << QByteArray("{} x") << QByteArray();
    QTest::newRow("leading zeros") << QByteArray("[01]") << QByteArray();
}

void TestValues::canonicalJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, canonical);
    QCOMPARE(Values::canonicalJson(json).value_or(QByteArray()), canonical);
}

QTEST_APPLESS_MAIN(TestValues)
#include "tst_values.moc"
