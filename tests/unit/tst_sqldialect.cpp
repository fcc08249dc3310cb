// The statements each SQL dialect writes (SQL Server's MERGE is tested only here: there is no SQL Server to
// run it on), the types of created columns, and the values bound.
#include "connectors/sqldialect.h"

#include <QDateTime>
#include <QtTest>

using namespace Ferry;

class TestSqlDialect : public QObject
{
    Q_OBJECT
private slots:
    void quotesAwkwardIdentifiers_data();
    void quotesAwkwardIdentifiers();
    void postgresUpsert();
    void mysqlUpsert();
    void sqliteUpsert();
    void mssqlMerge();
    void mssqlMergeOfKeyOnlyTable();
    void upsertOfKeyOnlyTable();
    void deletes();
    void createTable();
    void shapes();
    void boundValues();
    void parameterLimits();
};

void TestSqlDialect::quotesAwkwardIdentifiers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("pg space") << "postgres"
                              << "Full Name"
                              << "\"Full Name\"";
    QTest::newRow("pg quote") << "postgres"
                              << "a\"b"
                              << "\"a\"\"b\"";
    QTest::newRow("pg reserved") << "postgres"
                                 << "order"
                                 << "\"order\"";
    QTest::newRow("mysql backtick") << "mysql"
                                    << "a`b"
                                    << "`a``b`";
    QTest::newRow("mysql double quote") << "mysql"
                                        << "a\"b"
                                        << "`a\"b`";
    QTest::newRow("sqlite") << "sqlite"
                            << "Select"
                            << "\"Select\"";
    QTest::newRow("mssql bracket") << "mssql"
                                   << "a]b[c"
                                   << "[a]]b[c]";
}

void TestSqlDialect::quotesAwkwardIdentifiers()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    const auto d = SqlDialect::create(kind);
    QVERIFY(d);
    QCOMPARE(d->quote(name), quoted);
}

void TestSqlDialect::postgresUpsert()
{
    const auto d = SqlDialect::create(QStringLiteral("postgres"));
    QCOMPARE(d->upsert(d->qualified(QStringLiteral("sales"), QStringLiteral("My Table")),
                       {QStringLiteral("id"), QStringLiteral("Name"), QStringLiteral("order")}, {QStringLiteral("id")},
                       2),
             QStringLiteral("INSERT INTO \"sales\".\"My Table\" (\"id\", \"Name\", \"order\") VALUES (?, ?, ?), (?, ?, "
                            "?) ON CONFLICT (\"id\") DO UPDATE SET \"Name\" = EXCLUDED.\"Name\", \"order\" = "
                            "EXCLUDED.\"order\""));
    // PostgreSQL tells "Name" from "name": a column named like the key in another case is not the key.
    QCOMPARE(d->upsert(QStringLiteral("t"), {QStringLiteral("ID"), QStringLiteral("id")}, {QStringLiteral("id")}, 1),
             QStringLiteral("INSERT INTO t (\"ID\", \"id\") VALUES (?, ?) ON CONFLICT (\"id\") DO UPDATE SET \"ID\" = "
                            "EXCLUDED.\"ID\""));
}

void TestSqlDialect::mysqlUpsert()
{
    const auto d = SqlDialect::create(QStringLiteral("mysql"));
    QCOMPARE(d->upsert(d->quote(QStringLiteral("t")), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                       {QStringLiteral("a"), QStringLiteral("B")}, 2),
             QStringLiteral("INSERT INTO `t` (`a`, `b`, `c`) VALUES (?, ?, ?), (?, ?, ?) ON DUPLICATE KEY UPDATE `c` = "
                            "VALUES(`c`)"));
}

void TestSqlDialect::sqliteUpsert()
{
    const auto d = SqlDialect::create(QStringLiteral("sqlite"));
    QCOMPARE(
        d->upsert(d->quote(QStringLiteral("t")), {QStringLiteral("k"), QStringLiteral("v")}, {QStringLiteral("k")}, 1),
        QStringLiteral(
            "INSERT INTO \"t\" (\"k\", \"v\") VALUES (?, ?) ON CONFLICT (\"k\") DO UPDATE SET \"v\" = excluded.\"v\""));
}

void TestSqlDialect::mssqlMerge()
{
    const auto d = SqlDialect::create(QStringLiteral("mssql"));
    QCOMPARE(
        d->upsert(d->qualified(QStringLiteral("dbo"), QStringLiteral("Order Lines")),
                  {QStringLiteral("order"), QStringLiteral("line"), QStringLiteral("qty")},
                  {QStringLiteral("order"), QStringLiteral("line")}, 2),
        QStringLiteral("MERGE INTO [dbo].[Order Lines] WITH (HOLDLOCK) AS t USING (VALUES (?, ?, ?), (?, ?, ?)) AS "
                       "s ([order], [line], [qty]) ON t.[order] = s.[order] AND t.[line] = s.[line] WHEN MATCHED "
                       "THEN UPDATE SET t.[qty] = s.[qty] WHEN NOT MATCHED THEN INSERT ([order], [line], [qty]) "
                       "VALUES (s.[order], s.[line], s.[qty]);"));
}

void TestSqlDialect::mssqlMergeOfKeyOnlyTable()
{
    const auto d = SqlDialect::create(QStringLiteral("mssql"));
    QCOMPARE(d->upsert(QStringLiteral("[t]"), {QStringLiteral("id")}, {QStringLiteral("ID")}, 1),
             QStringLiteral("MERGE INTO [t] WITH (HOLDLOCK) AS t USING (VALUES (?)) AS s ([id]) ON t.[ID] = s.[ID] "
                            "WHEN NOT MATCHED THEN INSERT ([id]) VALUES (s.[id]);"));
}

void TestSqlDialect::upsertOfKeyOnlyTable()
{
    QCOMPARE(SqlDialect::create(QStringLiteral("postgres"))
                 ->upsert(QStringLiteral("t"), {QStringLiteral("id")}, {QStringLiteral("id")}, 1),
             QStringLiteral("INSERT INTO t (\"id\") VALUES (?) ON CONFLICT (\"id\") DO NOTHING"));
    QCOMPARE(SqlDialect::create(QStringLiteral("mysql"))
                 ->upsert(QStringLiteral("t"), {QStringLiteral("id")}, {QStringLiteral("id")}, 1),
             QStringLiteral("INSERT INTO t (`id`) VALUES (?) ON DUPLICATE KEY UPDATE `id` = `id`"));
}

void TestSqlDialect::deletes()
{
    const auto pg = SqlDialect::create(QStringLiteral("postgres"));
    QCOMPARE(pg->remove(QStringLiteral("t"), {QStringLiteral("id")}, 3),
             QStringLiteral("DELETE FROM t WHERE \"id\" IN (?, ?, ?)"));
    const auto ms = SqlDialect::create(QStringLiteral("mssql"));
    QCOMPARE(ms->remove(QStringLiteral("[t]"), {QStringLiteral("a"), QStringLiteral("b")}, 2),
             QStringLiteral("DELETE FROM [t] WHERE ([a] = ? AND [b] = ?) OR ([a] = ? AND [b] = ?)"));
}

void TestSqlDialect::createTable()
{
    QList<SqlColumnShape> shapes(3);
    shapes[0].kind = SqlColumnShape::Text;
    shapes[0].key = true;
    shapes[1].kind = SqlColumnShape::Decimal;
    shapes[1].integerDigits = 5;
    shapes[1].scale = 2;
    shapes[2].kind = SqlColumnShape::ZonedDateTime;
    const QStringList columns{QStringLiteral("code"), QStringLiteral("price"), QStringLiteral("seen")};
    QCOMPARE(SqlDialect::create(QStringLiteral("postgres"))
                 ->createTable(QStringLiteral("t"), columns, shapes, {QStringLiteral("code")}),
             QStringLiteral("CREATE TABLE t (\"code\" text NOT NULL, \"price\" numeric, \"seen\" timestamptz(3), "
                            "PRIMARY KEY (\"code\"))"));
    QCOMPARE(SqlDialect::create(QStringLiteral("mysql"))
                 ->createTable(QStringLiteral("t"), columns, shapes, {QStringLiteral("code")}),
             QStringLiteral("CREATE TABLE t (`code` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, "
                            "`price` DECIMAL(20,2), `seen` DATETIME(3), PRIMARY KEY (`code`))"));
    QCOMPARE(SqlDialect::create(QStringLiteral("mssql"))
                 ->createTable(QStringLiteral("[t]"), columns, shapes, {QStringLiteral("code")}),
             QStringLiteral("CREATE TABLE [t] ([code] NVARCHAR(450) NOT NULL, [price] DECIMAL(20,2), [seen] "
                            "DATETIMEOFFSET(3), PRIMARY KEY ([code]))"));
    QCOMPARE(SqlDialect::create(QStringLiteral("mssql"))->addColumn(QStringLiteral("[t]"), QStringLiteral("x"), {}),
             QStringLiteral("ALTER TABLE [t] ADD [x] NVARCHAR(MAX)"));
    QCOMPARE(SqlDialect::create(QStringLiteral("postgres"))->addColumn(QStringLiteral("t"), QStringLiteral("x"), {}),
             QStringLiteral("ALTER TABLE t ADD COLUMN \"x\" text"));
}

void TestSqlDialect::shapes()
{
    RowSet rows(7);
    rows.beginRow();
    rows.addInt(1);
    rows.addDecimal("123.4");
    rows.addBool(true);
    rows.addDateTime(0, Values::Zone::Naive);
    rows.addString(QStringView(u"x"));
    rows.addNull();
    rows.addDecimal("1");
    rows.endRow();
    rows.beginRow();
    rows.addBool(false);
    rows.addDecimal("-0.0001");
    rows.addBool(false);
    rows.addDateTime(0, Values::Zone::Utc);
    rows.addInt(5);
    rows.addNull();
    rows.addDouble(0.5);
    rows.endRow();
    QList<SqlColumnShape> s(7);
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (int c = 0; c < 7; ++c)
            s[c].add(rows, r, c);
    QCOMPARE(s[0].kind, SqlColumnShape::Integer); // bool and int
    QCOMPARE(s[1].kind, SqlColumnShape::Decimal);
    QCOMPARE(s[1].integerDigits, 3);
    QCOMPARE(s[1].scale, 4);
    QCOMPARE(s[2].kind, SqlColumnShape::Bool);
    QCOMPARE(s[3].kind, SqlColumnShape::ZonedDateTime); // naive and zoned
    QCOMPARE(s[4].kind, SqlColumnShape::Text);          // text and a number
    QCOMPARE(s[5].kind, SqlColumnShape::Empty);
    QCOMPARE(s[6].kind, SqlColumnShape::Double);
    const auto my = SqlDialect::create(QStringLiteral("mysql"));
    QCOMPARE(my->columnType(s[1]), QStringLiteral("DECIMAL(22,4)"));
    SqlColumnShape huge;
    huge.kind = SqlColumnShape::Decimal;
    huge.integerDigits = 70;
    QCOMPARE(my->columnType(huge), QStringLiteral("LONGTEXT")); // kept exact, as text
}

void TestSqlDialect::boundValues()
{
    RowSet rows(5);
    rows.beginRow();
    rows.addBool(true);
    rows.addDecimal("10.50");
    rows.addDateTime(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC).toMSecsSinceEpoch(),
                     Values::Zone::Offset, 7200);
    rows.addDateTime(QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC).toMSecsSinceEpoch(),
                     Values::Zone::Naive);
    rows.addString(QStringView(u"Zoë 🚀"));
    rows.endRow();
    const auto pg = SqlDialect::create(QStringLiteral("postgres"));
    QCOMPARE(pg->bindValue(rows, 0, 0), QVariant(true));
    QCOMPARE(pg->bindValue(rows, 0, 1), QVariant(QStringLiteral("10.50")));
    QCOMPARE(pg->bindValue(rows, 0, 4), QVariant(QStringLiteral("Zoë 🚀")));
    const auto my = SqlDialect::create(QStringLiteral("mysql"));
    QCOMPARE(my->bindValue(rows, 0, 0), QVariant(qlonglong(1)));
    QCOMPARE(my->bindValue(rows, 0, 1), QVariant(QStringLiteral("10.50")));
    // DATETIME takes no offset: the instant as its UTC wall clock; a naive value by its fields.
    QCOMPARE(my->bindValue(rows, 0, 2), QVariant(QStringLiteral("2024-01-02 03:04:05.678")));
    QCOMPARE(my->bindValue(rows, 0, 3), QVariant(QStringLiteral("2024-05-06 07:08:09.123")));
}

void TestSqlDialect::parameterLimits()
{
    QVERIFY(SqlDialect::create(QStringLiteral("mssql"))->maxParameters() < 2100);
    QVERIFY(SqlDialect::create(QStringLiteral("postgres"))->maxParameters() <= 65535);
    QVERIFY(!SqlDialect::create(QStringLiteral("oracle")));
}

QTEST_APPLESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
