#include "core/rowset.h"
#include "core/timestamp.h"

#include <QtTest>

#include <ctime>
#include <limits>

using namespace Ferry;

class TestTimestamp : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void driverValues();
    void naiveDriverValueUnderParis();
    void farDateTimesDoNotOverflow();
    void epochNumbers_data();
    void epochNumbers();
    void parts();
    void timesOfDay();
    void civilCalendar();
};

void TestTimestamp::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros"); // since the epoch

    const qint64 base = 1706778000LL * 1000000; // 2024-02-01T09:00:00Z
    QTest::newRow("ISO with Z") << "2024-02-01T09:00:00Z" << base;
    QTest::newRow("SQL naive is UTC") << "2024-02-01 09:00:00" << base;
    QTest::newRow("no seconds") << "2024-02-01 09:00" << base;
    QTest::newRow("date only") << "2024-02-01" << base - 9LL * 3600 * 1000000;
    QTest::newRow("milliseconds") << "2024-02-01T09:00:00.123Z" << base + 123000;
    QTest::newRow("microseconds") << "2024-02-01 09:00:00.123456" << base + 123456;
    QTest::newRow("nanoseconds truncate") << "2024-02-01 09:00:00.123456789" << base + 123456;
    QTest::newRow("comma fraction") << "2024-02-01 09:00:00,5" << base + 500000;
    QTest::newRow("offset +02:00") << "2024-02-01T11:00:00+02:00" << base;
    QTest::newRow("offset +0200") << "2024-02-01T11:00:00+0200" << base;
    QTest::newRow("offset +02 (PostgreSQL)") << "2024-02-01 11:00:00+02" << base;
    QTest::newRow("offset with space") << "2024-02-01 06:30:00 -02:30" << base;
    QTest::newRow("UTC suffix") << "2024-02-01 09:00:00 UTC" << base;
    QTest::newRow("slashes") << "2024/02/01 09:00:00" << base;
    QTest::newRow("lower-case t and z") << "2024-02-01t09:00:00z" << base;
    QTest::newRow("surrounding blanks") << "  2024-02-01 09:00:00  " << base;
    QTest::newRow("before the epoch") << "1969-12-31T23:59:59Z" << -1000000LL;
    // Found by fuzz_values: ISO 8601's year 0000 (1 BC, which Ferry writes for such dates) was refused.
    QTest::newRow("year 0") << "0000-12-31T00:00:00Z" << (Timestamp::daysFromCivil(0, 12, 31) * 86400LL * 1000000);
    QTest::newRow("year 0 leap day") << "0000-02-29" << (Timestamp::daysFromCivil(0, 2, 29) * 86400LL * 1000000);
}

void TestTimestamp::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    const auto parsed = Timestamp::parseText(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, micros);
}

void TestTimestamp::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("words") << "yesterday";
    QTest::newRow("day first") << "01/02/2024";
    QTest::newRow("bad month") << "2024-13-01";
    QTest::newRow("bad day") << "2023-02-29";
    QTest::newRow("month 0") << "2024-00-10";
    QTest::newRow("day 0") << "2024-02-00";
    QTest::newRow("not a leap year") << "2100-02-29";
    QTest::newRow("day 31 of a 30-day month") << "2024-04-31";
    QTest::newRow("bad hour") << "2024-02-01 24:00:00";
    QTest::newRow("trailing junk") << "2024-02-01 09:00:00 tomorrow";
    QTest::newRow("dot without digits") << "2024-02-01 09:00:00.";
    QTest::newRow("number") << "1706778000";
}

void TestTimestamp::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Timestamp::parseText(text).has_value());
}

void TestTimestamp::driverValues()
{
    const QDateTime utc(QDate(2024, 2, 1), QTime(9, 0, 0, 250), Qt::UTC);
    QCOMPARE(*Timestamp::parse(utc), 1706778000LL * 1000000 + 250000);
    // Naive driver values read as UTC, like naive text.
    const QDateTime naive(QDate(2024, 2, 1), QTime(9, 0), Qt::LocalTime);
    QCOMPARE(*Timestamp::parse(naive), *Timestamp::parseText(u"2024-02-01 09:00:00"));
    QCOMPARE(*Timestamp::parse(QDate(2024, 2, 1)), *Timestamp::parseText(u"2024-02-01"));
    QVERIFY(!Timestamp::parse(QVariant()).has_value());
}

void TestTimestamp::farDateTimesDoNotOverflow()
{
    // Found by fuzz_values: beyond ±292,000 years, microseconds overflowed 64 bits (undefined behaviour) when
    // a date-time or date from a driver was read as a timestamp. They have no timestamp to compare.
    const qint64 far = std::numeric_limits<qint64>::max() / 1000 + 1;
    for (const QDateTime &dt :
         {QDateTime::fromMSecsSinceEpoch(far, Qt::UTC), QDateTime::fromMSecsSinceEpoch(-far, Qt::UTC),
          QDateTime::fromMSecsSinceEpoch(-2568076135751721892, Qt::UTC),
          QDateTime::fromMSecsSinceEpoch(far, Qt::OffsetFromUTC, 3600),
          QDateTime(QDate(300000, 1, 1), QTime(0, 0), Qt::LocalTime),
          QDateTime(QDate(-300000, 1, 1), QTime(0, 0), Qt::LocalTime)}) {
        QVERIFY2(!Timestamp::parse(dt).has_value(), qPrintable(dt.toString(Qt::ISODate)));
        RowSet rows(1);
        rows.append({dt});
        QVERIFY2(!rows.timestamp(0, 0).has_value(), qPrintable(dt.toString(Qt::ISODate)));
    }
    for (const QDate &d : {QDate(300000, 1, 1), QDate(-300000, 1, 1), QDate::fromJulianDay(784354017364),
                           QDate::fromJulianDay(-784350574879)}) {
        QVERIFY2(!Timestamp::parse(d).has_value(), qPrintable(d.toString(Qt::ISODate)));
        RowSet rows(1);
        rows.append({d});
        QVERIFY2(!rows.timestamp(0, 0).has_value(), qPrintable(d.toString(Qt::ISODate)));
    }
    // The last that fit still read.
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(far - 1, Qt::UTC);
    QCOMPARE(*Timestamp::parse(last), (far - 1) * 1000);
    RowSet rows(1);
    rows.append({last});
    QCOMPARE(*rows.timestamp(0, 0), (far - 1) * 1000);
    QCOMPARE(*Timestamp::parse(QDate(200000, 1, 1)),
             *Timestamp::parse(QDateTime(QDate(200000, 1, 1), QTime(0, 0), Qt::UTC)));
}

void TestTimestamp::naiveDriverValueUnderParis()
{
    // A naive driver value in the hour Paris skips is invalid as an instant; it is read by its fields.
    const QByteArray old = qgetenv("TZ");
    qputenv("TZ", "Europe/Paris");
    tzset();
    const QDateTime naive(QDate(2026, 3, 29), QTime(2, 30), Qt::LocalTime);
    const auto parsed = Timestamp::parse(naive);
    const auto wallClock = Timestamp::wallClockMs(naive.date(), naive.time());
    qputenv("TZ", old);
    tzset();
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, *Timestamp::parseText(u"2026-03-29 02:30:00"));
    QCOMPARE(wallClock * 1000, *parsed);
}

void TestTimestamp::epochNumbers_data()
{
    // The rule: below 10^11 seconds, then milliseconds below 10^15; larger magnitudes are refused.
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<qint64>("micros");
    const qint64 refused = std::numeric_limits<qint64>::min();
    const qint64 base = 1706778000LL * 1000000;
    QTest::newRow("seconds") << QVariant(1706778000) << base;
    QTest::newRow("seconds as int64") << QVariant(qlonglong(1706778000)) << base;
    QTest::newRow("milliseconds") << QVariant(qlonglong(1706778000123LL)) << base + 123000;
    QTest::newRow("fractional seconds") << QVariant(1706778000.25) << base + 250000;
    QTest::newRow("before the epoch") << QVariant(-86400) << -86400LL * 1000000;
    QTest::newRow("zero") << QVariant(0) << qint64(0);
    QTest::newRow("largest seconds") << QVariant(qlonglong(99999999999LL)) << 99999999999LL * 1000000;
    QTest::newRow("smallest milliseconds") << QVariant(qlonglong(100000000000LL)) << 100000000000LL * 1000;
    QTest::newRow("microseconds refused") << QVariant(qlonglong(1706778000000000LL)) << refused;
    QTest::newRow("int64 minimum refused") << QVariant(std::numeric_limits<qlonglong>::min()) << refused;
    QTest::newRow("infinity refused") << QVariant(std::numeric_limits<double>::infinity()) << refused;
    QTest::newRow("boolean refused") << QVariant(true) << refused;
    QTest::newRow("digits as text refused") << QVariant(QStringLiteral("1706778000")) << refused;
}

void TestTimestamp::epochNumbers()
{
    QFETCH(QVariant, value);
    QFETCH(qint64, micros);
    const auto parsed = Timestamp::parse(value);
    QCOMPARE(parsed.has_value(), micros != std::numeric_limits<qint64>::min());
    if (parsed)
        QCOMPARE(*parsed, micros);
}

void TestTimestamp::parts()
{
    const auto dateOnly = Timestamp::parseParts(QByteArrayView("2024-02-01"));
    QVERIFY(dateOnly && !dateOnly->hasTime && !dateOnly->hasZone);
    const auto naive = Timestamp::parseParts(QByteArrayView("2024-02-01T09:00:00.5"));
    QVERIFY(naive && naive->hasTime && !naive->hasZone);
    const auto zoned = Timestamp::parseParts(u"2024-02-01 11:00+02");
    QVERIFY(zoned && zoned->hasTime && zoned->hasZone);
    QCOMPARE(zoned->micros, *Timestamp::parseText(QByteArrayView("2024-02-01T09:00:00Z")));
    QCOMPARE(*Timestamp::parseText(QByteArrayView("2024-02-01 09:00:00.123456")),
             *Timestamp::parseText(u"2024-02-01 09:00:00.123456"));
    QVERIFY(!Timestamp::parseParts(QByteArrayView("2024-02-01 0900")));
    QVERIFY(!Timestamp::parseParts(QByteArrayView("Zoë")));
}

void TestTimestamp::timesOfDay()
{
    QCOMPARE(Timestamp::parseTimeOfDay("13:45"), std::optional<std::int64_t>((13 * 3600LL + 45 * 60) * 1000000));
    QCOMPARE(Timestamp::parseTimeOfDay("13:45:01.5"),
             std::optional<std::int64_t>((13 * 3600LL + 45 * 60 + 1) * 1000000 + 500000));
    QCOMPARE(Timestamp::parseTimeOfDay(" 00:00:00 "), std::optional<std::int64_t>(0));
    QVERIFY(!Timestamp::parseTimeOfDay("24:00"));
    QVERIFY(!Timestamp::parseTimeOfDay("838:59:59")); // a MySQL TIME duration is not a time of day
    QVERIFY(!Timestamp::parseTimeOfDay("13:45+02"));
}

void TestTimestamp::civilCalendar()
{
    for (std::int64_t days : {-25567LL, -1LL, 0LL, 11016LL, 19782LL, 2932896LL}) {
        const Timestamp::Civil c = Timestamp::civilFromDays(days);
        QCOMPARE(Timestamp::daysFromCivil(c.year, c.month, c.day), days);
        QCOMPARE(QDate(static_cast<int>(c.year), static_cast<int>(c.month), static_cast<int>(c.day)),
                 QDate(1970, 1, 1).addDays(days));
    }
}

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
