// RowSet must agree with the QVariant functions in core/values.h for every kind of value, or source and
// target rows would compare unequal after a round trip; and it compares values by value and type, so what
// a target stores for a value compares equal to it on the next run.
#include "connectors/flipletanswers.h"
#include "core/rowset.h"
#include "core/timestamp.h"
#include "core/values.h"

#include <QtTest>

#include <ctime>
#include <limits>

using namespace Ferry;

namespace {

// Sets TZ for the test's lifetime (tzset() so that the C library and Qt see it), then restores it.
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

RowSet oneRow(const QVariantList &values)
{
    RowSet rows(static_cast<int>(values.size()));
    rows.append(values);
    return rows;
}

// A one-cell row built by a callback, for the typed add…() calls.
template <typename Add> RowSet oneCell(Add add)
{
    RowSet rows(1);
    rows.beginRow();
    add(rows);
    rows.endRow();
    return rows;
}

RowSet fromJson(const QByteArray &json)
{
    auto back = readFlipletEntries("{\"entries\":[{\"id\":1,\"data\":{\"v\":" + json + "}}]}", {QStringLiteral("v")});
    return back ? back->rows : RowSet();
}

bool same(const RowSet &a, const RowSet &b)
{
    return a.sameValue(0, 0, b, 0, 0) && b.sameValue(0, 0, a, 0, 0);
}

} // namespace

class TestRowSet : public QObject
{
    Q_OBJECT
private slots:
    void rowsAcrossBlocksAndCopies();
    void parity_data();
    void parity();
    void rowsAndProjection();
    void cellsAtEveryColumn();
    void jsonFieldsAreTheCellsJson();
    void naiveDateTimeStaysNaiveUnderParis();
    void naiveDateTimeInAmbiguousHour();
    void sameValue_data();
    void sameValue();
    void hashAgreesWithSameValue_data();
    void hashAgreesWithSameValue();
    void hashSeesTypesAndOrder();
    void sameRowFallsBackToValues();
    void decimals();
    void jsonValues();
    void bindValues();
    void timestamps_data();
    void timestamps();
};

void TestRowSet::parity_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("null") << QVariant();
    QTest::newRow("false") << QVariant(false);
    QTest::newRow("true") << QVariant(true);
    QTest::newRow("int") << QVariant(42);
    QTest::newRow("largest safe integer") << QVariant(qlonglong(-9007199254740991LL));
    QTest::newRow("int64 beyond doubles") << QVariant(std::numeric_limits<qlonglong>::min());
    QTest::newRow("zero") << QVariant(0);
    QTest::newRow("integral double") << QVariant(5.0);
    QTest::newRow("double") << QVariant(-0.125);
    QTest::newRow("small double") << QVariant(1e-7);
    QTest::newRow("huge unsigned") << QVariant(qulonglong(18446744073709551615ULL));
    QTest::newRow("string") << QVariant(QStringLiteral("Zoë \"quoted\"\n\ttab\\"));
    QTest::newRow("emoji") << QVariant(QStringLiteral("😀 ✓"));
    QTest::newRow("control chars") << QVariant(QStringLiteral("a\x01\x1f"));
    QTest::newRow("empty string") << QVariant(QString());
    QTest::newRow("blank string") << QVariant(QStringLiteral("  \t"));
    QTest::newRow("nbsp only") << QVariant(QStringLiteral("\u00a0"));
    QTest::newRow("zero string") << QVariant(QStringLiteral("0"));
    QTest::newRow("mixed case") << QVariant(QStringLiteral("ÄbC"));
    QTest::newRow("datetime utc") << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0, 0, 7), Qt::UTC));
    QTest::newRow("datetime naive") << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::LocalTime));
    QTest::newRow("datetime offset") << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::OffsetFromUTC, 7200));
    QTest::newRow("datetime negative offset")
        << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::OffsetFromUTC, -(3 * 3600 + 1800)));
    QTest::newRow("datetime before 1970") << QVariant(QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40), Qt::UTC));
    QTest::newRow("date") << QVariant(QDate(1999, 12, 31));
    QTest::newRow("leap day") << QVariant(QDate(2024, 2, 29));
    // Found by fuzz_values: dates before 1 AD (QDate has no year 0) came back a year off.
    QTest::newRow("date 1 BC") << QVariant(QDate(-1, 12, 31));
    QTest::newRow("naive datetime 1 BC") << QVariant(QDateTime(QDate(-1, 12, 31), QTime(23, 0), Qt::LocalTime));
    QTest::newRow("time") << QVariant(QTime(23, 59, 58, 999));
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff", 2));
    QTest::newRow("map") << QVariant(QVariantMap{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QStringLiteral("x")}});
    QTest::newRow("list") << QVariant(QVariantList{1, QStringLiteral("two"), QVariant()});
    // Found by fuzz_values: invalid dates and times were null in RowSet but not to Values::isNull/isTruthy.
    QTest::newRow("invalid datetime") << QVariant(QDateTime(QDate(2024, 13, 1), QTime(1, 0)));
    QTest::newRow("invalid date") << QVariant(QDate());
    QTest::newRow("invalid time") << QVariant(QTime());
    // Found by fuzz_values: a value of another type is sent and kept as its text, but keyed by its JSON-escaped
    // text and tested for truth as a number.
    QTest::newRow("other: NUL char") << QVariant(QChar(u'\0'));
    QTest::newRow("other: quote char") << QVariant(QChar(u'"'));
    QTest::newRow("other: blank char") << QVariant(QChar(u' '));
    QTest::newRow("other: zero char") << QVariant(QChar(u'0'));
    // Found by fuzz_values: a leading byte order mark was dropped when read back (value(), and what a SQL target
    // binds, so such a row never converged there), or read as no text in key text.
    QTest::newRow("leading byte order mark") << QVariant(QStringLiteral("\ufeff\ufeffx"));
    QTest::newRow("byte order mark alone") << QVariant(QStringLiteral("\ufeff"));
    QTest::newRow("byte order mark before a date") << QVariant(QStringLiteral("\ufeff2024-02-01"));
    // Found by fuzz_values: case folding and UTF-8 disagreed on an unpaired surrogate (UTF-16 from a driver).
    QTest::newRow("unpaired surrogate") << QVariant(QStringLiteral("\u01a7") + QChar(0xd800) + QStringLiteral("x"));
}

void TestRowSet::parity()
{
    QFETCH(QVariant, value);
    RowSet rows = oneRow({QStringLiteral("before"), value, 7});
    QCOMPARE(rows.json(0, 1), Values::toJson(value));
    QCOMPARE(rows.keyText(0, 1, false), Values::keyText(value, false).toUtf8());
    QCOMPARE(rows.keyText(0, 1, true), Values::keyText(value, true).toUtf8());
    QCOMPARE(rows.isNull(0, 1), Values::isNull(value));
    QCOMPARE(rows.isTruthy(0, 1), Values::isTruthy(value));
    QCOMPARE(rows.timestamp(0, 1), Timestamp::parse(value));
    // Sent as JSON and read back the way the Fliplet target reads entries: the same value, the same hash.
    const QByteArray entry = "{\"entries\":[{\"id\":1,\"data\":{\"a\":" + rows.json(0, 0) +
                             ",\"b\":" + rows.json(0, 1) + ",\"c\":" + rows.json(0, 2) + "}}]}";
    auto back = readFlipletEntries(entry, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QVERIFY(back);
    QVERIFY(rows.sameValue(0, 1, back->rows, 0, 1));
    // Integers beyond 2^53 come back as the API's doubles: equal in double precision, not hashed alike.
    const qint64 i = value.typeId() == QMetaType::LongLong ? value.toLongLong() : 0;
    const bool beyondDoubles = i > (1LL << 53) || i < -(1LL << 53);
    if (!beyondDoubles) {
        QCOMPARE(back->rows.hashRow(0), rows.hashRow(0));
        QCOMPARE(back->rows.keyText(0, 1, false), rows.keyText(0, 1, false));
    }
    // Reading back gives a value that serialises the same, and the neighbours are intact.
    QCOMPARE(Values::toJson(rows.value(0, 1)), Values::toJson(value));
    QCOMPARE(rows.value(0, 0), QVariant(QStringLiteral("before")));
    QCOMPARE(rows.value(0, 2).toInt(), 7);
    // And what a SQL target binds for it is the same value too.
    RowSet bound = oneRow({rows.bindValue(0, 1)});
    QVERIFY(rows.sameValue(0, 1, bound, 0, 0));
    QCOMPARE(bound.hashRow(0), oneRow({value}).hashRow(0));
}

void TestRowSet::rowsAndProjection()
{
    RowSet rows(3);
    for (int i = 0; i < 1000; ++i)
        rows.append({i, QStringLiteral("name %1").arg(i), i % 2 == 0});
    QCOMPARE(rows.size(), 1000);
    QCOMPARE(rows.row(999), (QVariantList{999, QStringLiteral("name 999"), false}));
    RowSet projected(2);
    projected.appendProjected(rows, 500, {2, 0});
    QCOMPARE(projected.row(0), (QVariantList{true, 500}));
    QCOMPARE(rows.timestamp(0, 1), std::nullopt);
    RowSet ts(1);
    ts.append({QStringLiteral("2024-02-01 09:00:00.5")});
    QCOMPARE(*ts.timestamp(0, 0), 1706778000500000LL);
}

void TestRowSet::jsonFieldsAreTheCellsJson()
{
    // appendJsonFields walks a row once: the prefixes and each cell's appendJson, for every kind of value
    // and rows wider than the stride of recorded offsets.
    const QVariantList kinds{QVariant(),
                             false,
                             true,
                             qlonglong(-7),
                             std::numeric_limits<qlonglong>::max(),
                             2.5,
                             1e-300,
                             QStringLiteral(""),
                             QStringLiteral("quote \" back \\ tab \t nul ") + QChar(0),
                             QStringLiteral("Zo\u00eb \U0001F600"),
                             QByteArray("\x00\x01\xff"),
                             QDate(2024, 2, 29),
                             QTime(23, 59, 59, 999),
                             QDateTime(QDate(2024, 2, 29), QTime(1, 2, 3), Qt::UTC),
                             QDateTime(QDate(2024, 2, 29), QTime(1, 2, 3), Qt::OffsetFromUTC, 3600),
                             QVariantMap{{QStringLiteral("a"), 1}},
                             QVariantList{1, QStringLiteral("x")}};
    for (int columns : {1, 6, 8, 9, 17, 40}) {
        RowSet rows(columns);
        QList<QByteArray> prefixes;
        for (int c = 0; c < columns; ++c)
            prefixes.append(
                QStringLiteral("%1\"c%2\":").arg(c ? QStringLiteral(",") : QStringLiteral("{")).arg(c).toUtf8());
        for (int r = 0; r < static_cast<int>(kinds.size()); ++r) {
            QVariantList row;
            for (int c = 0; c < columns; ++c)
                row.append(kinds[(r + c) % kinds.size()]);
            rows.append(row);
        }
        rows.beginRow(); // decimals and JSON values too
        for (int c = 0; c < columns; ++c)
            if (c % 2)
                rows.addDecimal("10.50");
            else
                rows.addJsonValue("{\"b\": [1, 2]}");
        rows.endRow();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QByteArray expected;
            for (int c = 0; c < columns; ++c) {
                expected.append(prefixes[c]);
                rows.appendJson(expected, r, c);
            }
            QByteArray written("[");
            rows.appendJsonFields(written, r, prefixes);
            QCOMPARE(written, "[" + expected);
        }
    }
}

void TestRowSet::cellsAtEveryColumn()
{
    // Wide rows of every cell size: reading any column (through the recorded offsets) finds its value,
    // and projections of wide rows keep them.
    const int columns = 1000;
    const auto expected = [](int row, int column) -> QVariant {
        switch ((row + column) % 7) {
        case 0:
            return qlonglong(row * 10000 + column);
        case 1:
            return QStringLiteral("r%1c%2").arg(row).arg(column);
        case 2:
            return QVariant();
        case 3:
            return double(column) + 0.5;
        case 4:
            return column % 2 == 0;
        case 5:
            return QDate(2024, 1, 1).addDays(column);
        default:
            return QStringLiteral("Zoë ").repeated(column % 5);
        }
    };
    RowSet rows(columns);
    for (int r = 0; r < 3; ++r) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row.append(expected(r, c));
        rows.append(row);
    }
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < columns; ++c)
            QCOMPARE(rows.value(r, c), expected(r, c));
    const std::vector<int> picked{999, 0, 7, 8, 9, 15, 16, 17, 500, 998, 1, 2, 3, 4, 5, 6, 640};
    RowSet projected(static_cast<int>(picked.size()));
    for (int r = 0; r < 3; ++r)
        projected.appendProjected(rows, r, picked);
    for (int r = 0; r < 3; ++r)
        for (size_t i = 0; i < picked.size(); ++i)
            QCOMPARE(projected.value(r, static_cast<int>(i)), expected(r, picked[i]));
    // Narrow rows (up to one stride) record nothing beyond their start.
    RowSet narrow(8);
    narrow.append({1, 2, 3, 4, 5, 6, 7, 8});
    QCOMPARE(narrow.byteSize(), qsizetype(8 * 9 + 8));
    RowSet nine(9);
    nine.append({1, 2, 3, 4, 5, 6, 7, 8, 9});
    QCOMPARE(nine.byteSize(), qsizetype(9 * 9 + 8 + 4));
}

void TestRowSet::naiveDateTimeStaysNaiveUnderParis()
{
    // Regression: 2026-03-29 02:30 does not exist in Paris (clocks jump from 02:00 to 03:00). A naive
    // timestamp is a wall-clock reading: it was sent as 03:30 because it went through local time.
    ScopedTimeZone paris("Europe/Paris");
    const QDateTime naive(QDate(2026, 3, 29), QTime(2, 30), Qt::LocalTime); // as the SQL drivers hand it out
    RowSet rows = oneRow({naive});
    QCOMPARE(rows.json(0, 0), QByteArray("\"2026-03-29T02:30:00.000\""));
    QCOMPARE(Values::toJson(naive), QByteArray("\"2026-03-29T02:30:00.000\""));
    const QDateTime back = rows.value(0, 0).toDateTime();
    QCOMPARE(back.timeSpec(), Qt::LocalTime);
    QCOMPARE(back.date(), QDate(2026, 3, 29));
    QCOMPARE(back.time(), QTime(2, 30));
    QCOMPARE(rows.bindValue(0, 0), QVariant(QStringLiteral("2026-03-29T02:30:00.000")));
    QCOMPARE(rows.timestamp(0, 0), Timestamp::parseText(u"2026-03-29 02:30:00"));
    // It equals the same wall-clock text, read back from any target, and is not 03:30.
    RowSet text = oneRow({QStringLiteral("2026-03-29 02:30:00")});
    QVERIFY(same(rows, text));
    QVERIFY(!same(rows, oneRow({QStringLiteral("2026-03-29T03:30:00")})));
    QVERIFY(same(rows, fromJson(rows.json(0, 0))));
    QCOMPARE(fromJson(rows.json(0, 0)).hashRow(0), rows.hashRow(0));
    // Built from its wall clock, as a driver value or through addDateTime, it is the same value.
    RowSet typed = oneCell([](RowSet &r) {
        r.addDateTime(Timestamp::wallClockMs(QDate(2026, 3, 29), QTime(2, 30)), Values::Zone::Naive);
    });
    QVERIFY(same(rows, typed));
    QCOMPARE(typed.hashRow(0), rows.hashRow(0));
}

void TestRowSet::naiveDateTimeInAmbiguousHour()
{
    // 2026-10-25 02:30 happens twice in Paris; a naive value is neither: it stays 02:30, and the same text
    // in the host's zone or in UTC makes no difference.
    for (const char *zone : {"Europe/Paris", "UTC", "America/New_York"}) {
        ScopedTimeZone tz(zone);
        RowSet rows = oneRow({QDateTime(QDate(2026, 10, 25), QTime(2, 30), Qt::LocalTime)});
        QCOMPARE(rows.json(0, 0), QByteArray("\"2026-10-25T02:30:00.000\""));
        QCOMPARE(*rows.timestamp(0, 0), *Timestamp::parseText(u"2026-10-25T02:30:00Z"));
    }
}

void TestRowSet::sameValue_data()
{
    QTest::addColumn<QVariant>("a");
    QTest::addColumn<QVariant>("b");
    QTest::addColumn<bool>("equal");
    const QDateTime nineUtc(QDate(2024, 2, 1), QTime(9, 0), Qt::UTC);
    const QDateTime elevenParis(QDate(2024, 2, 1), QTime(11, 0), Qt::OffsetFromUTC, 7200);
    const QDateTime nineNaive(QDate(2024, 2, 1), QTime(9, 0), Qt::LocalTime);
    // Numbers compare numerically.
    QTest::newRow("1 == 1.0") << QVariant(1) << QVariant(1.0) << true;
    QTest::newRow("10.5 == 10.50 text") << QVariant(10.5) << QVariant(QStringLiteral("10.50")) << true;
    QTest::newRow("1 == \"1.0\"") << QVariant(1) << QVariant(QStringLiteral("1.0")) << true;
    QTest::newRow("1000 == \"1e3\"") << QVariant(1000) << QVariant(QStringLiteral("1e3")) << true;
    QTest::newRow("10 != \"0010\"") << QVariant(10) << QVariant(QStringLiteral("0010")) << false;
    QTest::newRow("10 != \" 10\"") << QVariant(10) << QVariant(QStringLiteral(" 10")) << false;
    QTest::newRow("1 != 1.5") << QVariant(1) << QVariant(1.5) << false;
    QTest::newRow("2^53+1 == double 2^53 (double precision)")
        << QVariant(qlonglong(9007199254740993LL)) << QVariant(9007199254740992.0) << true;
    QTest::newRow("2^53+1 != 2^53") << QVariant(qlonglong(9007199254740993LL))
                                    << QVariant(qlonglong(9007199254740992LL)) << false;
    QTest::newRow("0.1 != 0.2") << QVariant(0.1) << QVariant(0.2) << false;
    QTest::newRow("NaN == null") << QVariant(std::nan("")) << QVariant() << true;
    // Booleans are 0 and 1 where a target has no boolean type.
    QTest::newRow("true == 1") << QVariant(true) << QVariant(1) << true;
    QTest::newRow("false == 0") << QVariant(false) << QVariant(qlonglong(0)) << true;
    QTest::newRow("true == 1.0") << QVariant(true) << QVariant(1.0) << true;
    QTest::newRow("true != 2") << QVariant(true) << QVariant(2) << false;
    QTest::newRow("true == \"1\"") << QVariant(true) << QVariant(QStringLiteral("1")) << true;
    QTest::newRow("true == \"TRUE\"") << QVariant(true) << QVariant(QStringLiteral("TRUE")) << true;
    QTest::newRow("false != \"true\"") << QVariant(false) << QVariant(QStringLiteral("true")) << false;
    QTest::newRow("false != null") << QVariant(false) << QVariant() << false;
    // Text stays text.
    QTest::newRow("\"a\" != \"A\"") << QVariant(QStringLiteral("a")) << QVariant(QStringLiteral("A")) << false;
    QTest::newRow("\"1\" != \"1.0\" (both text)")
        << QVariant(QStringLiteral("1")) << QVariant(QStringLiteral("1.0")) << false;
    QTest::newRow("\"\" != null") << QVariant(QStringLiteral("")) << QVariant() << false;
    QTest::newRow("unicode") << QVariant(QStringLiteral("Zoë ✓ 😀")) << QVariant(QStringLiteral("Zoë ✓ 😀")) << true;
    // Date-times: zoned by instant, naive by wall clock, naive against zoned as UTC.
    QTest::newRow("same instant, other offset") << QVariant(nineUtc) << QVariant(elevenParis) << true;
    QTest::newRow("zoned == its UTC text")
        << QVariant(elevenParis) << QVariant(QStringLiteral("2024-02-01T09:00:00.000Z")) << true;
    QTest::newRow("zoned == PostgreSQL text")
        << QVariant(elevenParis) << QVariant(QStringLiteral("2024-02-01 11:00:00+02")) << true;
    QTest::newRow("zoned != other instant")
        << QVariant(elevenParis) << QVariant(QStringLiteral("2024-02-01T11:00:00Z")) << false;
    QTest::newRow("naive == same wall clock text")
        << QVariant(nineNaive) << QVariant(QStringLiteral("2024-02-01 09:00:00")) << true;
    QTest::newRow("naive == same wall clock, T and ms")
        << QVariant(nineNaive) << QVariant(QStringLiteral("2024-02-01T09:00:00.000")) << true;
    QTest::newRow("naive != other wall clock")
        << QVariant(nineNaive) << QVariant(QStringLiteral("2024-02-01 10:00:00")) << false;
    QTest::newRow("naive vs zoned as UTC") << QVariant(nineNaive) << QVariant(nineUtc) << true;
    QTest::newRow("naive != microseconds later")
        << QVariant(nineNaive) << QVariant(QStringLiteral("2024-02-01 09:00:00.000001")) << false;
    QTest::newRow("date == its text") << QVariant(QDate(2024, 2, 29)) << QVariant(QStringLiteral("2024-02-29")) << true;
    QTest::newRow("date == naive midnight")
        << QVariant(QDate(2024, 2, 29)) << QVariant(QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::LocalTime)) << true;
    QTest::newRow("date != next day") << QVariant(QDate(2024, 2, 29)) << QVariant(QStringLiteral("2024-03-01"))
                                      << false;
    QTest::newRow("time == its text") << QVariant(QTime(13, 45, 1, 500)) << QVariant(QStringLiteral("13:45:01.5"))
                                      << true;
    QTest::newRow("time == MySQL text") << QVariant(QTime(13, 45, 1)) << QVariant(QStringLiteral("13:45:01")) << true;
    QTest::newRow("time != date-time") << QVariant(QTime(0, 0)) << QVariant(QStringLiteral("2024-02-01 00:00"))
                                       << false;
    QTest::newRow("date-time != number") << QVariant(nineUtc) << QVariant(1706778000) << false;
    // Bytes by bytes, and equal to their base64 text.
    QTest::newRow("bytes == bytes") << QVariant(QByteArray("\x00\xff", 2)) << QVariant(QByteArray("\x00\xff", 2))
                                    << true;
    QTest::newRow("bytes == base64") << QVariant(QByteArray("\x00\xff", 2)) << QVariant(QStringLiteral("AP8=")) << true;
    QTest::newRow("bytes != raw text") << QVariant(QByteArray("abc")) << QVariant(QStringLiteral("abc")) << false;
    QTest::newRow("bytes != other bytes") << QVariant(QByteArray("abc")) << QVariant(QByteArray("abd")) << false;
    // JSON structurally.
    QTest::newRow("map == JSON text, other order")
        << QVariant(QVariantMap{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QVariantList{1, 2}}})
        << QVariant(QStringLiteral("{\"b\": [1, 2.0],\n \"a\": 1}")) << true;
    QTest::newRow("map != JSON text, other value")
        << QVariant(QVariantMap{{QStringLiteral("a"), 1}}) << QVariant(QStringLiteral("{\"a\": 2}")) << false;
    QTest::newRow("list order counts") << QVariant(QVariantList{1, 2}) << QVariant(QVariantList{2, 1}) << false;
}

void TestRowSet::sameValue()
{
    QFETCH(QVariant, a);
    QFETCH(QVariant, b);
    QFETCH(bool, equal);
    const RowSet x = oneRow({a});
    const RowSet y = oneRow({b});
    QCOMPARE(x.sameValue(0, 0, y, 0, 0), equal);
    QCOMPARE(y.sameValue(0, 0, x, 0, 0), equal);
    // Equal hashes always mean equal values (the planner trusts them).
    if (!equal)
        QVERIFY(x.hashRow(0) != y.hashRow(0));
}

void TestRowSet::hashAgreesWithSameValue_data()
{
    // The common round trips hash equal, so a no-op resync never needs the value-by-value comparison.
    QTest::addColumn<QVariant>("sent");
    QTest::addColumn<QVariant>("storedAs");
    QTest::newRow("bool as SQLite integer") << QVariant(true) << QVariant(qlonglong(1));
    QTest::newRow("false as SQLite integer") << QVariant(false) << QVariant(qlonglong(0));
    QTest::newRow("integral double as integer") << QVariant(5.0) << QVariant(qlonglong(5));
    QTest::newRow("naive date-time as text")
        << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0, 0, 250), Qt::LocalTime))
        << QVariant(QStringLiteral("2024-02-01T09:00:00.250"));
    QTest::newRow("UTC date-time as text") << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::UTC))
                                           << QVariant(QStringLiteral("2024-02-01T09:00:00.000Z"));
    QTest::newRow("date as text") << QVariant(QDate(2024, 2, 29)) << QVariant(QStringLiteral("2024-02-29"));
    QTest::newRow("time as text") << QVariant(QTime(13, 45, 1, 500)) << QVariant(QStringLiteral("13:45:01.500"));
    QTest::newRow("bytes as base64") << QVariant(QByteArray("\x00\xff"
                                                            "A",
                                                            3))
                                     << QVariant(QStringLiteral("AP9B"));
    QTest::newRow("JSON as canonical text") << QVariant(QVariantMap{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}})
                                            << QVariant(QStringLiteral("{\"a\":2,\"b\":1}"));
}

void TestRowSet::hashAgreesWithSameValue()
{
    QFETCH(QVariant, sent);
    QFETCH(QVariant, storedAs);
    const RowSet a = oneRow({QStringLiteral("k"), sent});
    const RowSet b = oneRow({QStringLiteral("k"), storedAs});
    QVERIFY(a.sameValue(0, 1, b, 0, 1));
    QCOMPARE(a.hashRow(0), b.hashRow(0));
}

void TestRowSet::hashSeesTypesAndOrder()
{
    const auto hash = [](const QVariantList &values) { return oneRow(values).hashRow(0); };
    QCOMPARE(hash({1, QStringLiteral("a")}), hash({1.0, QStringLiteral("a")}));
    QVERIFY(hash({1, QStringLiteral("a")}) != hash({QStringLiteral("1"), QStringLiteral("a")}));
    QVERIFY(hash({QStringLiteral("a"), QStringLiteral("b")}) != hash({QStringLiteral("b"), QStringLiteral("a")}));
    QVERIFY(hash({QStringLiteral("ab"), QStringLiteral("")}) != hash({QStringLiteral("a"), QStringLiteral("b")}));
    const QString unit(QChar(0x1f));
    QVERIFY(hash({QStringLiteral("a") + unit, QStringLiteral("b")}) != hash({QStringLiteral("a"), unit + u'b'}));
    QVERIFY(hash({QVariant()}) != hash({QStringLiteral("")}));
    QVERIFY(hash({QVariant()}) != hash({QStringLiteral("null")}));
}

void TestRowSet::sameRowFallsBackToValues()
{
    // Equal values whose hashes differ (an integer beyond 2^53 against the double a JavaScript server
    // keeps, text against a number) are the same row; one differing value is not.
    const RowSet source = oneRow({qlonglong(9007199254740993LL), 10, QStringLiteral("a")});
    const RowSet target = oneRow({9007199254740992.0, QStringLiteral("10"), QStringLiteral("a")});
    QVERIFY(source.hashRow(0) != target.hashRow(0));
    QVERIFY(source.sameRow(0, target, 0));
    QVERIFY(!source.sameRow(0, oneRow({9007199254740992.0, QStringLiteral("10"), QStringLiteral("b")}), 0));
}

void TestRowSet::decimals()
{
    // NUMERIC/DECIMAL values keep their text (and scale) and compare numerically.
    const auto decimal = [](const char *text) { return oneCell([=](RowSet &r) { r.addDecimal(text); }); };
    const RowSet d = decimal("10.50");
    QCOMPARE(d.json(0, 0), QByteArray("10.50"));
    QVERIFY(same(d, oneRow({10.5})));
    QVERIFY(same(d, decimal("10.5")));
    QVERIFY(same(d, oneRow({QStringLiteral("10.5")})));
    QVERIFY(!same(d, oneRow({10.51})));
    QCOMPARE(d.hashRow(0), oneRow({10.5}).hashRow(0));
    QCOMPARE(d.keyText(0, 0, false), QByteArray("10.5"));
    QVERIFY(same(decimal("42.00"), oneRow({42})));
    QCOMPARE(decimal("42.00").hashRow(0), oneRow({42}).hashRow(0));
    QCOMPARE(decimal("42.00").keyText(0, 0, false), QByteArray("42"));
    // Sent to Fliplet as a JSON number, read back as a double.
    QVERIFY(same(d, fromJson(d.json(0, 0))));
    QCOMPARE(fromJson(d.json(0, 0)).hashRow(0), d.hashRow(0));
    // More digits than a double holds: exact against decimals, in double precision against doubles.
    const RowSet big = decimal("12345678901234567890.0123456789");
    QVERIFY(!same(big, decimal("12345678901234567890.012345678")));
    QVERIFY(same(big, fromJson(big.json(0, 0))));
    QVERIFY(same(big, decimal("12345678901234567890.01234567890")));
    // SQL text forms become JSON; what is not a number is null.
    QCOMPARE(decimal("+007.50").json(0, 0), QByteArray("7.50"));
    QCOMPARE(decimal("-.5").json(0, 0), QByteArray("-0.5"));
    QVERIFY(decimal("NaN").isNull(0, 0));
    QVERIFY(!decimal("0.00").isTruthy(0, 0));
    QVERIFY(decimal("0.01").isTruthy(0, 0));
    QCOMPARE(d.value(0, 0), QVariant(10.5));
    QCOMPARE(big.value(0, 0), QVariant(QStringLiteral("12345678901234567890.0123456789")));
}

void TestRowSet::jsonValues()
{
    // Regression: JSON columns compared by text, so key order and white space made every row "changed".
    RowSet a(1), b(1);
    a.beginRow();
    a.addJson("{\"b\": 1,  \"a\": [1, 2]}");
    a.endRow();
    b.beginRow();
    b.addJson("{\"a\":[1,2.0],\"b\":1}");
    b.endRow();
    QVERIFY(a.sameValue(0, 0, b, 0, 0));
    QCOMPARE(a.hashRow(0), b.hashRow(0));
    QCOMPARE(a.json(0, 0), QByteArray("{\"a\":[1,2],\"b\":1}"));
    // jsonb/json column values: objects and arrays stay JSON, scalars become their type.
    RowSet scalars(6);
    scalars.beginRow();
    QVERIFY(scalars.addJsonValue("{\"x\": {\"z\":1, \"y\":\"é\"}}"));
    QVERIFY(scalars.addJsonValue(" \"text\" "));
    QVERIFY(scalars.addJsonValue("12.50"));
    QVERIFY(scalars.addJsonValue("true"));
    QVERIFY(scalars.addJsonValue("null"));
    QVERIFY(!scalars.addJsonValue("{not json"));
    scalars.addNull();
    scalars.endRow();
    QCOMPARE(scalars.json(0, 0), QByteArray("{\"x\":{\"y\":\"é\",\"z\":1}}"));
    QCOMPARE(scalars.value(0, 1), QVariant(QStringLiteral("text")));
    QCOMPARE(scalars.value(0, 2), QVariant(12.5));
    QCOMPARE(scalars.value(0, 3), QVariant(true));
    QVERIFY(scalars.isNull(0, 4));
    QVERIFY(scalars.isNull(0, 5));
}

void TestRowSet::bindValues()
{
    // What a SQL target binds: what reading it back compares equal to (SQLite stores a bool as 1, dates
    // and times as text, JSON as canonical text, bytes as a blob).
    RowSet rows = oneRow({true, QDate(2024, 2, 29), QTime(13, 45, 1, 500),
                          QDateTime(QDate(2024, 2, 1), QTime(11, 0), Qt::OffsetFromUTC, 7200),
                          QByteArray("\x00\xff", 2), QVariantMap{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}}});
    QCOMPARE(rows.bindValue(0, 0), QVariant(qlonglong(1)));
    QCOMPARE(rows.bindValue(0, 1), QVariant(QStringLiteral("2024-02-29")));
    QCOMPARE(rows.bindValue(0, 2), QVariant(QStringLiteral("13:45:01.500")));
    QCOMPARE(rows.bindValue(0, 3), QVariant(QStringLiteral("2024-02-01T11:00:00.000+02:00")));
    QCOMPARE(rows.bindValue(0, 4), QVariant(QByteArray("\x00\xff", 2)));
    QCOMPARE(rows.bindValue(0, 5), QVariant(QStringLiteral("{\"a\":2,\"b\":1}")));
    RowSet decimals(3);
    decimals.beginRow();
    decimals.addDecimal("10.50");
    decimals.addDecimal("9007199254740993");
    decimals.addDecimal("12345678901234567890.0123456789");
    decimals.endRow();
    QCOMPARE(decimals.bindValue(0, 0), QVariant(10.5));
    QCOMPARE(decimals.bindValue(0, 1), QVariant(qlonglong(9007199254740993LL)));
    QCOMPARE(decimals.bindValue(0, 2), QVariant(QStringLiteral("12345678901234567890.0123456789")));
    for (int c = 0; c < 3; ++c)
        QVERIFY(decimals.sameValue(0, c, oneRow({decimals.bindValue(0, c)}), 0, 0));
}

void TestRowSet::timestamps_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<qint64>("micros");         // -1: not a timestamp
    const qint64 base = 1706778000LL * 1000000; // 2024-02-01T09:00:00Z
    QTest::newRow("Unix seconds") << QVariant(qlonglong(1706778000)) << base;
    QTest::newRow("Unix milliseconds") << QVariant(qlonglong(1706778000250LL)) << base + 250000;
    QTest::newRow("Unix seconds as double") << QVariant(1706778000.5) << base + 500000;
    QTest::newRow("microseconds refused") << QVariant(qlonglong(1706778000000000LL)) << qint64(-1);
    QTest::newRow("zoned") << QVariant(QDateTime(QDate(2024, 2, 1), QTime(11, 0), Qt::OffsetFromUTC, 7200)) << base;
    QTest::newRow("naive") << QVariant(QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::LocalTime)) << base;
    QTest::newRow("date") << QVariant(QDate(2024, 2, 1)) << base - 9LL * 3600 * 1000000;
    QTest::newRow("text") << QVariant(QStringLiteral("2024-02-01 09:00")) << base;
    QTest::newRow("boolean refused") << QVariant(true) << qint64(-1);
    QTest::newRow("time refused") << QVariant(QTime(9, 0)) << qint64(-1);
}

void TestRowSet::timestamps()
{
    QFETCH(QVariant, value);
    QFETCH(qint64, micros);
    const auto t = oneRow({value}).timestamp(0, 0);
    QCOMPARE(t.has_value(), micros >= 0);
    if (t)
        QCOMPARE(*t, micros);
    QCOMPARE(Timestamp::parse(value), t);
}

void TestRowSet::rowsAcrossBlocksAndCopies()
{
    // Enough rows to fill several blocks, some rows larger than any block: every value reads back, and a
    // copy is equal and independent.
    RowSet rows(3);
    const auto text = [](int r) { return QString(r % 97 + 1, QChar(u'a' + r % 26)); };
    const QString huge(9 << 20, u'x');
    for (int r = 0; r < 60000; ++r) {
        rows.beginRow();
        rows.addInt(r);
        rows.addString(QStringView(r == 30000 ? huge : text(r)));
        rows.addDouble(r / 4.0);
        rows.endRow();
    }
    const RowSet copy = rows;
    for (const RowSet *set : {static_cast<const RowSet *>(&rows), &copy}) {
        QCOMPARE(set->size(), 60000);
        for (int r = 0; r < 60000; r += 7) {
            QCOMPARE(set->value(r, 0).toLongLong(), r);
            QCOMPARE(set->value(r, 1).toString(), text(r));
            QCOMPARE(set->value(r, 2).toDouble(), r / 4.0);
        }
        QCOMPARE(set->value(30000, 1).toString().size(), huge.size());
        QCOMPARE(set->value(59999, 0).toLongLong(), 59999);
    }
    QCOMPARE(copy.byteSize(), rows.byteSize());
    QVERIFY(copy.sameRow(12345, rows, 12345));
    RowSet moved = std::move(rows);
    QCOMPARE(moved.value(41234, 1).toString(), text(41234));
}

QTEST_APPLESS_MAIN(TestRowSet)
#include "tst_rowset.moc"
