// CronExpression: every syntax element and its errors; firing times across month ends, leap years, both day
// fields, seconds, and daylight-saving changes in Europe/Berlin and America/New_York.
#include "core/cronexpression.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <QtTest>

using namespace Ferry;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// A wall-clock time in zone; only for times that exist once there.
QDateTime wall(const QTimeZone &zone, int y, int mo, int d, int h, int mi, int s = 0)
{
    const QDateTime t(QDate(y, mo, d), QTime(h, mi, s), zone);
    Q_ASSERT(t.time() == QTime(h, mi, s));
    return t;
}

CronExpression cron(const char *text)
{
    auto parsed = CronExpression::parse(QString::fromUtf8(text));
    if (!parsed)
        qFatal("%s: %s", text, qPrintable(parsed.error().message));
    return *parsed;
}

QList<QDateTime> inUtc(const QList<QDateTime> &times)
{
    QList<QDateTime> out;
    for (const QDateTime &t : times)
        out.append(t.toUTC());
    return out;
}

const QTimeZone Berlin("Europe/Berlin");
const QTimeZone NewYork("America/New_York");

} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameSchedule_data();
    void sameSchedule();
    void keepsItsText();
    void matches();
    void errors_data();
    void errors();
    void impossibleExpressionsAreRefused();
    void nullNeverFires();
    void nextIsStrictlyAfter();
    void monthEnds();
    void leapYears();
    void bothDayFieldsRestrictedMeansEither();
    void oneDayFieldStarMeansBoth();
    void seconds();
    void berlinSpringForward();
    void berlinFallBack();
    void newYorkSpringForward();
    void newYorkFallBack();
    void everyHourKeepsItsRhythmAcrossChanges();
    void keepsTheTimeSpec();
    void nextTimes();
    void skipsByField();
};

void TestCronExpression::initTestCase()
{
    QVERIFY(Berlin.isValid());
    QVERIFY(NewYork.isValid());
}

void TestCronExpression::sameSchedule_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("step from *") << "*/15 * * * *"
                                 << "0,15,30,45 * * * *";
    QTest::newRow("step in a range") << "10-50/10 * * * *"
                                     << "10,20,30,40,50 * * * *";
    QTest::newRow("step from a value") << "5/15 * * * *"
                                       << "5,20,35,50 * * * *";
    QTest::newRow("range") << "0 9-17 * * *"
                           << "0 9,10,11,12,13,14,15,16,17 * * *";
    QTest::newRow("list of ranges") << "0 1-2,22-23 * * *"
                                    << "0 1,2,22,23 * * *";
    QTest::newRow("month names") << "0 0 1 jan,Mar,DEC *"
                                 << "0 0 1 1,3,12 *";
    QTest::newRow("month name range with step") << "0 0 1 JAN-MAY/2 *"
                                                << "0 0 1 1,3,5 *";
    QTest::newRow("weekday names") << "0 0 * * MON-fri"
                                   << "0 0 * * 1-5";
    QTest::newRow("sunday by name") << "0 0 * * sun"
                                    << "0 0 * * 0";
    QTest::newRow("sunday as 7") << "0 0 * * 7"
                                 << "0 0 * * 0";
    QTest::newRow("range to 7") << "0 0 * * 5-7"
                                << "0 0 * * 0,5,6";
    QTest::newRow("weekday step") << "0 0 * * */2"
                                  << "0 0 * * 0,2,4,6";
    QTest::newRow("weekday step from a value") << "0 0 * * 1/3"
                                               << "0 0 * * 1,4";
    QTest::newRow("huge step") << "59/2147483647 * * * *"
                               << "59 * * * *";
    QTest::newRow("step beyond the field") << "*/90 * * * *"
                                           << "0 * * * *";
    QTest::newRow("whitespace") << " \t0   0 *\t* *  "
                                << "0 0 * * *";
    QTest::newRow("6 fields, second 0") << "0 0 * * * *"
                                        << "0 * * * *";
    QTest::newRow("@hourly") << "@hourly"
                             << "0 * * * *";
    QTest::newRow("@daily") << "@daily"
                            << "0 0 * * *";
    QTest::newRow("@midnight") << "@midnight"
                               << "0 0 * * *";
    QTest::newRow("@weekly") << "@weekly"
                             << "0 0 * * 0";
    QTest::newRow("@monthly") << "@monthly"
                              << "0 0 1 * *";
    QTest::newRow("@yearly") << "@yearly"
                             << "0 0 1 1 *";
    QTest::newRow("@annually") << "@Annually"
                               << "0 0 1 1 *";
}

void TestCronExpression::sameSchedule()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    auto x = CronExpression::parse(a);
    auto y = CronExpression::parse(b);
    QVERIFY2(x, qPrintable(x ? QString() : x.error().message));
    QVERIFY2(y, qPrintable(y ? QString() : y.error().message));
    QVERIFY(*x == *y);
}

void TestCronExpression::keepsItsText()
{
    QCOMPARE(cron("  */5 * * * *  ").text(), QStringLiteral("*/5 * * * *"));
    QCOMPARE(cron("@daily").text(), QStringLiteral("@daily"));
    QVERIFY(!cron("*/5 * * * *").hasSeconds());
    QVERIFY(cron("*/30 * * * * *").hasSeconds());
    QVERIFY(!(cron("0 0 * * *") == cron("0 0 * * 1")));
}

void TestCronExpression::matches()
{
    const CronExpression c = cron("30 9-17/4 * JUN MON-FRI");
    QVERIFY(c.matches(utc(2024, 6, 3, 9, 30)));  // a Monday
    QVERIFY(c.matches(utc(2024, 6, 3, 17, 30))); // 9, 13, 17
    QVERIFY(!c.matches(utc(2024, 6, 3, 11, 30)));
    QVERIFY(!c.matches(utc(2024, 6, 3, 9, 30, 1)));
    QVERIFY(!c.matches(utc(2024, 6, 1, 9, 30))); // Saturday
    QVERIFY(!c.matches(utc(2024, 7, 1, 9, 30))); // July
    QVERIFY(!CronExpression().matches(utc(2024, 6, 3, 9, 30)));
}

void TestCronExpression::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << "   "
                           << "the cron expression is empty";
    QTest::newRow("words") << "every 5 minutes"
                           << "'every 5 minutes' is not a cron expression";
    QTest::newRow("4 fields") << "* * * *"
                              << "is not a cron expression";
    QTest::newRow("7 fields") << "* * * * * * *"
                              << "or 6 with leading seconds";
    QTest::newRow("hour 25") << "0 25 * * *"
                             << "the hour field '25' is out of range (0-23)";
    QTest::newRow("minute 60") << "60 * * * *"
                               << "the minute field '60' is out of range (0-59)";
    QTest::newRow("second 60") << "60 * * * * *"
                               << "the second field '60' is out of range (0-59)";
    QTest::newRow("day 0") << "0 0 0 * *"
                           << "the day-of-month field '0' is out of range (1-31)";
    QTest::newRow("day 32") << "0 0 1,32 * *"
                            << "the day-of-month field '32' is out of range (1-31)";
    QTest::newRow("month 13") << "0 0 1 13 *"
                              << "the month field '13' is out of range (1-12)";
    QTest::newRow("weekday 8") << "0 0 * * 8"
                               << "the day-of-week field '8' is out of range (0-7)";
    QTest::newRow("range end out") << "0 0-24 * * *"
                                   << "the hour field '24' is out of range (0-23)";
    QTest::newRow("huge") << "99999999999 * * * *"
                          << "the minute field '99999999999' is out of range (0-59)";
    QTest::newRow("negative") << "-1 * * * *"
                              << "the minute field '-1' is not a number";
    QTest::newRow("letters") << "x * * * *"
                             << "the minute field 'x' is not a number";
    QTest::newRow("unknown month") << "0 0 1 FOO *"
                                   << "the month field 'FOO' is not a number or a month name (JAN-DEC)";
    QTest::newRow("weekday name as month") << "0 0 1 MON *"
                                           << "not a number or a month name";
    QTest::newRow("unknown weekday") << "0 0 * * FUNDAY"
                                     << "the day-of-week field 'FUNDAY' is not a number or a weekday name (SUN-SAT)";
    QTest::newRow("names in hours") << "0 MON * * *"
                                    << "the hour field 'MON' is not a number";
    QTest::newRow("reversed range") << "0 17-9 * * *"
                                    << "the hour field '17-9' has a range that ends before it starts";
    QTest::newRow("step 0") << "*/0 * * * *"
                            << "the minute field '*/0' has a step of 0";
    QTest::newRow("step not a number") << "*/x * * * *"
                                       << "has a step 'x' that is not a number";
    QTest::newRow("two steps") << "*/2/3 * * * *"
                               << "has a step '2/3' that is not a number";
    QTest::newRow("step alone") << "/5 * * * *"
                                << "has a step without a range";
    QTest::newRow("empty list entry") << "1,,2 * * * *"
                                      << "the minute field '1,,2' has an empty entry";
    QTest::newRow("trailing comma") << "0 0 1, * *"
                                    << "the day-of-month field '1,' has an empty entry";
    QTest::newRow("L day") << "0 0 L * *"
                           << "the day-of-month field 'L' uses 'L', which Ferry does not support";
    QTest::newRow("last friday") << "0 0 * * 5L"
                                 << "the day-of-week field '5L' uses 'L'";
    QTest::newRow("nearest weekday") << "0 0 15W * *"
                                     << "uses 'W'";
    QTest::newRow("LW") << "0 0 LW * *"
                        << "uses 'L'";
    QTest::newRow("nth weekday") << "0 0 * * 5#3"
                                 << "the day-of-week field '5#3' uses '#'";
    QTest::newRow("question mark") << "0 0 ? * MON"
                                   << "the day-of-month field '?' uses '?'";
    QTest::newRow("unknown shortcut") << "@every"
                                      << "'@every' is not a known shortcut";
    QTest::newRow("reboot") << "@reboot"
                            << "run_on_start";
}

void TestCronExpression::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    auto parsed = CronExpression::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidConfig);
    QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
}

void TestCronExpression::impossibleExpressionsAreRefused()
{
    for (const char *text : {"0 0 31 2 *", "0 0 30,31 2 *", "0 0 31 4,6,9,11 *", "0 0 30-31 FEB *"}) {
        auto parsed = CronExpression::parse(QString::fromUtf8(text));
        QVERIFY2(!parsed, text);
        QVERIFY2(parsed.error().message.contains(QStringLiteral("never fires")), qPrintable(parsed.error().message));
    }
    // Possible somewhere: February 29, or the 31st of another month it names, or any Monday (either day field).
    QVERIFY(CronExpression::parse(QStringLiteral("0 0 29 2 *")));
    QVERIFY(CronExpression::parse(QStringLiteral("0 0 31 2,3 *")));
    QVERIFY(CronExpression::parse(QStringLiteral("0 0 31 2 MON")));
}

void TestCronExpression::nullNeverFires()
{
    QVERIFY(CronExpression().isNull());
    QVERIFY(!CronExpression().next(utc(2024, 1, 1, 0, 0)).isValid());
    QVERIFY(CronExpression().nextTimes(utc(2024, 1, 1, 0, 0), 3).isEmpty());
    QVERIFY(!cron("* * * * *").next(QDateTime()).isValid());
}

void TestCronExpression::nextIsStrictlyAfter()
{
    const CronExpression hourly = cron("0 * * * *");
    QCOMPARE(hourly.next(utc(2024, 5, 1, 10, 0)), utc(2024, 5, 1, 11, 0));
    QCOMPARE(hourly.next(utc(2024, 5, 1, 9, 59, 59)), utc(2024, 5, 1, 10, 0));
    QCOMPARE(hourly.next(utc(2024, 5, 1, 9, 59, 59).addMSecs(999)), utc(2024, 5, 1, 10, 0));
    QCOMPARE(hourly.next(utc(2024, 5, 1, 10, 0).addMSecs(1)), utc(2024, 5, 1, 11, 0));
    QCOMPARE(cron("* * * * *").next(utc(2024, 5, 1, 10, 0, 30)), utc(2024, 5, 1, 10, 1));
}

void TestCronExpression::monthEnds()
{
    QCOMPARE(cron("0 0 1 * *").next(utc(2024, 1, 31, 12, 0)), utc(2024, 2, 1, 0, 0));
    QCOMPARE(cron("0 0 31 * *").next(utc(2024, 4, 15, 0, 0)), utc(2024, 5, 31, 0, 0));    // April has 30 days
    QCOMPARE(cron("0 12 30 * *").next(utc(2024, 1, 30, 13, 0)), utc(2024, 3, 30, 12, 0)); // not in February
    QCOMPARE(cron("59 23 31 12 *").next(utc(2024, 12, 31, 23, 59)), utc(2025, 12, 31, 23, 59));
    QCOMPARE(cron("*/20 * * * *").next(utc(2024, 12, 31, 23, 45)), utc(2025, 1, 1, 0, 0));
    QCOMPARE(cron("0 0 1 JAN,JUL *").nextTimes(utc(2024, 1, 1, 0, 0), 3),
             (QList<QDateTime>{utc(2024, 7, 1, 0, 0), utc(2025, 1, 1, 0, 0), utc(2025, 7, 1, 0, 0)}));
}

void TestCronExpression::leapYears()
{
    const CronExpression feb29 = cron("0 0 29 2 *");
    QCOMPARE(feb29.next(utc(2024, 1, 1, 0, 0)), utc(2024, 2, 29, 0, 0));
    QCOMPARE(feb29.next(utc(2024, 3, 1, 0, 0)), utc(2028, 2, 29, 0, 0));
    QCOMPARE(feb29.next(utc(2096, 3, 1, 0, 0)), utc(2104, 2, 29, 0, 0)); // 2100 is not a leap year
    QCOMPARE(feb29.next(utc(2399, 1, 1, 0, 0)), utc(2400, 2, 29, 0, 0)); // 2400 is
    QCOMPARE(cron("0 0 28-29 2 *").nextTimes(utc(2023, 2, 27, 0, 0), 3),
             (QList<QDateTime>{utc(2023, 2, 28, 0, 0), utc(2024, 2, 28, 0, 0), utc(2024, 2, 29, 0, 0)}));
    // February 29 that is also a Sunday (the day-of-week field starts with *, so both must match): 2032.
    QCOMPARE(cron("0 0 29 2 */7").next(utc(2024, 3, 1, 0, 0)), utc(2032, 2, 29, 0, 0));
}

void TestCronExpression::bothDayFieldsRestrictedMeansEither()
{
    // Every Friday and every 13th.
    QCOMPARE(inUtc(cron("0 0 13 * 5").nextTimes(utc(2024, 9, 1, 0, 0), 5)),
             (QList<QDateTime>{utc(2024, 9, 6, 0, 0), utc(2024, 9, 13, 0, 0), utc(2024, 9, 20, 0, 0),
                               utc(2024, 9, 27, 0, 0), utc(2024, 10, 4, 0, 0)}));
    QCOMPARE(cron("0 0 13 * 5").next(utc(2024, 10, 11, 1, 0)), utc(2024, 10, 13, 0, 0)); // a Sunday
    // A full range is still a restriction (Vixie cron looks at the first character only).
    QCOMPARE(cron("0 0 1-31 * 1").next(utc(2024, 9, 2, 0, 0)), utc(2024, 9, 3, 0, 0));
}

void TestCronExpression::oneDayFieldStarMeansBoth()
{
    // Day of month */2 (odd days) starts with *: only odd days that are Mondays.
    QCOMPARE(cron("0 0 */2 * MON").nextTimes(utc(2024, 9, 1, 0, 0), 3),
             (QList<QDateTime>{utc(2024, 9, 9, 0, 0), utc(2024, 9, 23, 0, 0), utc(2024, 10, 7, 0, 0)}));
    QCOMPARE(cron("0 0 * * 1").next(utc(2024, 9, 1, 0, 0)), utc(2024, 9, 2, 0, 0));
    QCOMPARE(cron("0 0 10 * *").next(utc(2024, 9, 1, 0, 0)), utc(2024, 9, 10, 0, 0));
    QCOMPARE(cron("0 0 10 * *").next(utc(2024, 9, 1, 0, 0)), utc(2024, 9, 10, 0, 0));
}

void TestCronExpression::seconds()
{
    QCOMPARE(cron("*/30 * * * * *").nextTimes(utc(2024, 5, 1, 10, 0), 3),
             (QList<QDateTime>{utc(2024, 5, 1, 10, 0, 30), utc(2024, 5, 1, 10, 1), utc(2024, 5, 1, 10, 1, 30)}));
    QCOMPARE(cron("15 30 9 * * *").next(utc(2024, 5, 1, 9, 30, 15)), utc(2024, 5, 2, 9, 30, 15));
    QCOMPARE(cron("59 59 23 31 12 *").next(utc(2024, 12, 31, 23, 59, 58)), utc(2024, 12, 31, 23, 59, 59));
    QCOMPARE(cron("10-20/5 * * * * *").nextTimes(utc(2024, 5, 1, 10, 0, 12), 4),
             (QList<QDateTime>{utc(2024, 5, 1, 10, 0, 15), utc(2024, 5, 1, 10, 0, 20), utc(2024, 5, 1, 10, 1, 10),
                               utc(2024, 5, 1, 10, 1, 15)}));
}

void TestCronExpression::berlinSpringForward()
{
    // 2024-03-31: 02:00 CET becomes 03:00 CEST (01:00 UTC); 02:xx does not exist.
    const CronExpression at230 = cron("30 2 * * *");
    const QDateTime first = at230.next(wall(Berlin, 2024, 3, 30, 12, 0));
    QCOMPARE(first.toUTC(), utc(2024, 3, 31, 1, 0)); // fires once, when the clock has jumped: 03:00 CEST
    QCOMPARE(first.time(), QTime(3, 0));
    QCOMPARE(first.timeZone(), Berlin);
    QCOMPARE(at230.next(first).toUTC(), utc(2024, 4, 1, 0, 30));                             // 02:30 CEST the next day
    QCOMPARE(at230.next(wall(Berlin, 2024, 3, 29, 12, 0)).toUTC(), utc(2024, 3, 30, 1, 30)); // 02:30 CET

    // Every 15 minutes: 02:00-02:45 collapse into one run at 03:00, which the expression names anyway.
    QCOMPARE(inUtc(cron("*/15 * * * *").nextTimes(wall(Berlin, 2024, 3, 31, 1, 40), 4)),
             (QList<QDateTime>{utc(2024, 3, 31, 0, 45), utc(2024, 3, 31, 1, 0), utc(2024, 3, 31, 1, 15),
                               utc(2024, 3, 31, 1, 30)}));
    // Several missing times of a fixed-hour expression still fire once.
    QCOMPARE(inUtc(cron("0,20,40 2 * * *").nextTimes(wall(Berlin, 2024, 3, 31, 0, 0), 2)),
             (QList<QDateTime>{utc(2024, 3, 31, 1, 0), utc(2024, 4, 1, 0, 0)}));
    // 03:00 exists: it is the first instant after the gap.
    QCOMPARE(cron("0 3 * * *").next(wall(Berlin, 2024, 3, 31, 0, 0)).toUTC(), utc(2024, 3, 31, 1, 0));
    // 6 fields: the seconds inside the gap fire once too.
    QCOMPARE(inUtc(cron("*/20 30 2 * * *").nextTimes(wall(Berlin, 2024, 3, 31, 0, 0), 2)),
             (QList<QDateTime>{utc(2024, 3, 31, 1, 0), utc(2024, 4, 1, 0, 30)}));
}

void TestCronExpression::berlinFallBack()
{
    // 2024-10-27: 03:00 CEST becomes 02:00 CET (01:00 UTC); 02:00-02:59 happen twice.
    const CronExpression at230 = cron("30 2 * * *");
    const QDateTime first = at230.next(wall(Berlin, 2024, 10, 26, 12, 0));
    QCOMPARE(first.toUTC(), utc(2024, 10, 27, 0, 30)); // 02:30 CEST, the first occurrence
    QCOMPARE(first.time(), QTime(2, 30));
    const QDateTime second = at230.next(first);
    QCOMPARE(second.toUTC(), utc(2024, 10, 28, 1, 30)); // not 02:30 CET the same night
    // After the first pass and during the second, the repeated time does not fire again.
    QCOMPARE(at230.next(utc(2024, 10, 27, 0, 45).toTimeZone(Berlin)).toUTC(), utc(2024, 10, 28, 1, 30));
    QCOMPARE(at230.next(utc(2024, 10, 27, 1, 10).toTimeZone(Berlin)).toUTC(), utc(2024, 10, 28, 1, 30));
    // Before the first pass, or between two times of the repeated hour, the first occurrence fires.
    QCOMPARE(cron("10,50 2 * * *").next(utc(2024, 10, 27, 0, 20).toTimeZone(Berlin)).toUTC(), utc(2024, 10, 27, 0, 50));
    // Times after the repeated hour fire normally.
    QCOMPARE(cron("0 3 * * *").next(utc(2024, 10, 27, 0, 45).toTimeZone(Berlin)).toUTC(), utc(2024, 10, 27, 2, 0));
}

void TestCronExpression::newYorkSpringForward()
{
    // 2024-03-10: 02:00 EST becomes 03:00 EDT (07:00 UTC).
    const CronExpression at230 = cron("30 2 * * *");
    QCOMPARE(at230.next(wall(NewYork, 2024, 3, 9, 12, 0)).toUTC(), utc(2024, 3, 10, 7, 0));
    QCOMPARE(at230.next(wall(NewYork, 2024, 3, 10, 3, 0)).toUTC(), utc(2024, 3, 11, 6, 30));
    QCOMPARE(inUtc(cron("0 9 * * MON-FRI").nextTimes(wall(NewYork, 2024, 3, 8, 10, 0), 2)),
             (QList<QDateTime>{utc(2024, 3, 11, 13, 0), utc(2024, 3, 12, 13, 0)})); // 09:00 EDT
}

void TestCronExpression::newYorkFallBack()
{
    // 2024-11-03: 02:00 EDT becomes 01:00 EST (06:00 UTC); 01:00-01:59 happen twice.
    const CronExpression at130 = cron("30 1 * * *");
    QCOMPARE(inUtc(at130.nextTimes(wall(NewYork, 2024, 11, 2, 12, 0), 3)),
             (QList<QDateTime>{utc(2024, 11, 3, 5, 30), utc(2024, 11, 4, 6, 30), utc(2024, 11, 5, 6, 30)}));
    const CronExpression nineAm = cron("0 9 * * *");
    QCOMPARE(nineAm.next(wall(NewYork, 2024, 11, 2, 12, 0)).toUTC(), utc(2024, 11, 3, 14, 0)); // 09:00 EST
}

void TestCronExpression::everyHourKeepsItsRhythmAcrossChanges()
{
    // An expression that runs every hour treats the repeated hour as an hour like any other.
    const auto gaps = [](const QList<QDateTime> &times) {
        QList<qint64> out;
        for (qsizetype i = 1; i < times.size(); ++i)
            out.append(times[i - 1].secsTo(times[i]));
        return out;
    };
    const QList<QDateTime> spring = cron("0 * * * *").nextTimes(wall(Berlin, 2024, 3, 30, 23, 30), 6);
    QCOMPARE(gaps(spring), QList<qint64>(5, 3600));
    const QList<QDateTime> fall = cron("0 * * * *").nextTimes(wall(Berlin, 2024, 10, 26, 23, 30), 6);
    QCOMPARE(gaps(fall), QList<qint64>(5, 3600));
    QCOMPARE(inUtc(cron("*/30 * * * *").nextTimes(wall(Berlin, 2024, 10, 27, 1, 50), 5)),
             (QList<QDateTime>{utc(2024, 10, 27, 0, 0), utc(2024, 10, 27, 0, 30), utc(2024, 10, 27, 1, 0),
                               utc(2024, 10, 27, 1, 30), utc(2024, 10, 27, 2, 0)}));
    const QList<QDateTime> ny = cron("*/20 * * * *").nextTimes(wall(NewYork, 2024, 11, 3, 0, 30), 9);
    QCOMPARE(gaps(ny), QList<qint64>(8, 1200));
}

void TestCronExpression::keepsTheTimeSpec()
{
    const CronExpression c = cron("0 12 * * *");
    const QDateTime inZone = c.next(wall(Berlin, 2024, 6, 1, 0, 0));
    QCOMPARE(inZone.timeSpec(), Qt::TimeZone);
    QCOMPARE(inZone.timeZone(), Berlin);
    QCOMPARE(inZone.toUTC(), utc(2024, 6, 1, 10, 0));

    const QDateTime inUtcSpec = c.next(utc(2024, 6, 1, 0, 0));
    QCOMPARE(inUtcSpec.timeSpec(), Qt::UTC);
    QCOMPARE(inUtcSpec, utc(2024, 6, 1, 12, 0));

    const QDateTime offsetAfter = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::OffsetFromUTC, 5 * 3600);
    const QDateTime inOffset = c.next(offsetAfter);
    QCOMPARE(inOffset.timeSpec(), Qt::OffsetFromUTC);
    QCOMPARE(inOffset.offsetFromUtc(), 5 * 3600);
    QCOMPARE(inOffset.toUTC(), utc(2024, 6, 1, 7, 0));

    // Local time: the same instants as in the system's zone.
    const QDateTime localAfter = utc(2024, 6, 1, 0, 0).toLocalTime();
    const QDateTime local = c.next(localAfter);
    QCOMPARE(local.timeSpec(), Qt::LocalTime);
    QCOMPARE(local.time(), QTime(12, 0));
    QCOMPARE(local, c.next(utc(2024, 6, 1, 0, 0).toTimeZone(QTimeZone::systemTimeZone())));
}

void TestCronExpression::nextTimes()
{
    QCOMPARE(cron("0 0 * * *").nextTimes(utc(2024, 1, 1, 0, 0), 0), QList<QDateTime>());
    QCOMPARE(cron("0 0 * * *").nextTimes(utc(2024, 1, 1, 0, 0), 3),
             (QList<QDateTime>{utc(2024, 1, 2, 0, 0), utc(2024, 1, 3, 0, 0), utc(2024, 1, 4, 0, 0)}));
}

void TestCronExpression::skipsByField()
{
    // Rare expressions are found without walking minute by minute: a thousand look-ups far ahead are quick.
    const CronExpression rare = cron("59 23 29 2 */7"); // February 29 that is a Sunday
    const CronExpression secondly = cron("* * * * * *");
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 1000; ++i) {
        const QDateTime from = utc(1700 + i % 400, 1 + i % 12, 1, 0, 0).toTimeZone(Berlin);
        const QDateTime next = rare.next(from);
        QVERIFY(next.isValid());
        QVERIFY(next > from);
        QCOMPARE(next.date().month(), 2);
        QCOMPARE(next.date().day(), 29);
        QCOMPARE(next.date().dayOfWeek(), 7);
        QCOMPARE(secondly.next(next), next.addSecs(1));
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(rare.nextTimes(utc(2000, 1, 1, 0, 0), 3),
             (QList<QDateTime>{utc(2004, 2, 29, 23, 59), utc(2032, 2, 29, 23, 59), utc(2060, 2, 29, 23, 59)}));
}

QTEST_APPLESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
