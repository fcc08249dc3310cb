#include "core/values.h"

#include <QtTest>

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
    void hashSeesTypesAndOrder();
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
    QTest::newRow("date") << QVariant(QDate(2024, 2, 1)) << QByteArray("\"2024-02-01\"");
    QTest::newRow("bytes as base64") << QVariant(QByteArray("hi")) << QByteArray("\"aGk=\"");
    // Found by fuzz_values: RowSet sent these as 1970-01-01T00:00 and 00:00, core/values as "".
    QTest::newRow("invalid datetime (MySQL zero date)")
        << QVariant(QDateTime::fromString(QStringLiteral("0000-00-00 00:00:00"), Qt::ISODate)) << QByteArray("null");
    QTest::newRow("invalid date") << QVariant(QDate(2024, 2, 30)) << QByteArray("null");
    QTest::newRow("invalid time") << QVariant(QTime(25, 0)) << QByteArray("null");
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

void TestValues::hashSeesTypesAndOrder()
{
    QCOMPARE(Values::hashRow({1, QStringLiteral("a")}), Values::hashRow({1.0, QStringLiteral("a")}));
    QVERIFY(Values::hashRow({1, QStringLiteral("a")}) != Values::hashRow({QStringLiteral("1"), QStringLiteral("a")}));
    QVERIFY(Values::hashRow({QStringLiteral("a"), QStringLiteral("b")}) !=
            Values::hashRow({QStringLiteral("b"), QStringLiteral("a")}));
    QVERIFY(Values::hashRow({QStringLiteral("ab"), QStringLiteral("")}) !=
            Values::hashRow({QStringLiteral("a"), QStringLiteral("b")}));
}

QTEST_APPLESS_MAIN(TestValues)
#include "tst_values.moc"
