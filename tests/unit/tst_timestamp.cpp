#include "core/timestamp.h"

#include <QtTest>

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
    QVERIFY(!Timestamp::parse(42).has_value());
    // Found by fuzz_values: microseconds of these overflowed 64 bits (undefined behaviour).
    const qint64 far = std::numeric_limits<qint64>::max() / 1000 + 1;
    QVERIFY(!Timestamp::parse(QDateTime::fromMSecsSinceEpoch(far, Qt::UTC)).has_value());
    QVERIFY(!Timestamp::parse(QDateTime::fromMSecsSinceEpoch(-far, Qt::UTC)).has_value());
    QVERIFY(!Timestamp::parse(QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::min(), Qt::UTC)).has_value());
    QCOMPARE(*Timestamp::parse(QDateTime::fromMSecsSinceEpoch(far - 1, Qt::UTC)), (far - 1) * 1000);
}

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
