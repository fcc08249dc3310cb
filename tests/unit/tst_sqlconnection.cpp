#include "connectors/sqlconnection.h"
#include "connectors/sqlsource.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Ferry;

class TestSqlConnection : public QObject
{
    Q_OBJECT
private slots:
    void urls_data();
    void urls();
    void fieldsOverrideUrl();
    void sqlServerConnectionString();
    void badUrls();
    void sqlServerThroughFreeTds();
    void sqliteReadsTypedRows();
    void sqliteMissingFile();
    void badQueryNamesTheProblem();
    void duplicateColumnNames();
};

void TestSqlConnection::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");

    QTest::newRow("postgres") << "postgres://alice@db.local:5433/crm"
                              << "QPSQL"
                              << "db.local" << 5433 << "crm"
                              << "alice"
                              << ""
                              << "connect_timeout=15";
    QTest::newRow("postgresql with password and options") << "postgresql://bob:p%40ss@10.0.0.2/sales?sslmode=require"
                                                          << "QPSQL"
                                                          << "10.0.0.2" << 0 << "sales"
                                                          << "bob"
                                                          << "p@ss"
                                                          << "sslmode=require;connect_timeout=15";
    QTest::newRow("mysql") << "mysql://root@127.0.0.1:3306/shop"
                           << "QMYSQL"
                           << "127.0.0.1" << 3306 << "shop"
                           << "root"
                           << ""
                           << "MYSQL_OPT_CONNECT_TIMEOUT=15";
    QTest::newRow("mariadb scheme") << "mariadb://u@h/d"
                                    << "QMYSQL"
                                    << "h" << 0 << "d"
                                    << "u"
                                    << ""
                                    << "MYSQL_OPT_CONNECT_TIMEOUT=15";
    QTest::newRow("sqlite absolute") << "sqlite:///var/data/app.db"
                                     << "QSQLITE"
                                     << "" << 0 << "/var/data/app.db"
                                     << ""
                                     << ""
                                     << "";
}

void TestSqlConnection::urls()
{
    QFETCH(QString, url);
    SqlSourceSpec spec;
    spec.url = url;
    auto p = sqlConnectionParams(spec, QStringLiteral("/base"), {});
    QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
    QFETCH(QString, driver);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, options);
    QCOMPARE(p->qtDriver, driver);
    QCOMPARE(p->host, host);
    QCOMPARE(p->port, port);
    QCOMPARE(p->database, database);
    QCOMPARE(p->username, user);
    QCOMPARE(p->password, password);
    if (p->kind != u"sqlite") {
        // Timeouts are added when the connection opens; the URL's own options come through here.
        QVERIFY(options.startsWith(p->options));
    }
    QVERIFY(!p->describe().contains(QStringLiteral("p@ss")));
}

void TestSqlConnection::fieldsOverrideUrl()
{
    SqlSourceSpec spec;
    spec.url = QStringLiteral("postgres://alice@db.local:5433/crm");
    spec.username = QStringLiteral("carol");
    spec.port = 6000;
    auto p = sqlConnectionParams(spec, {}, QStringLiteral("from-keychain"));
    QVERIFY(p);
    QCOMPARE(p->username, QStringLiteral("carol"));
    QCOMPARE(p->port, 6000);
    QCOMPARE(p->password, QStringLiteral("from-keychain"));
    QCOMPARE(p->host, QStringLiteral("db.local"));

    SqlSourceSpec sqlite;
    sqlite.driver = QStringLiteral("sqlite");
    sqlite.host = QStringLiteral("./users.sqlite"); // Fliplet Agent puts the file in database_host
    auto s = sqlConnectionParams(sqlite, QStringLiteral("/jobs"), {});
    QVERIFY(s);
    QCOMPARE(s->database, QStringLiteral("/jobs/users.sqlite"));
}

void TestSqlConnection::sqlServerConnectionString()
{
    SqlSourceSpec spec;
    spec.driver = QStringLiteral("mssql");
    spec.host = QStringLiteral("sql.local");
    spec.database = QStringLiteral("eu");
    spec.username = QStringLiteral("sampleuser");
    spec.domain = QStringLiteral("CORP");
    spec.encrypt = true;
    auto p = sqlConnectionParams(spec, {}, QStringLiteral("pa;ss}"));
    QVERIFY(p);
    QCOMPARE(p->qtDriver, QStringLiteral("QODBC"));
    QCOMPARE(p->database, QStringLiteral("DRIVER={FreeTDS};SERVER=sql.local;PORT=1433;DATABASE=eu;"
                                         "UID=CORP\\sampleuser;PWD={pa;ss}}};TDS_Version=7.4;Encryption=require"));
    QVERIFY(!p->describe().contains(QStringLiteral("pa;ss")));

    spec.instance = QStringLiteral("SQLEXPRESS");
    spec.domain.clear();
    spec.encrypt = false;
    auto q = sqlConnectionParams(spec, {}, {});
    QVERIFY(q);
    QVERIFY(q->database.contains(QStringLiteral("SERVER=sql.local\\SQLEXPRESS;DATABASE")));
}

void TestSqlConnection::badUrls()
{
    SqlSourceSpec spec;
    spec.url = QStringLiteral("oracle://x@y/z");
    auto p = sqlConnectionParams(spec, {}, {});
    QVERIFY(!p);
    QVERIFY(p.error().message.contains(QStringLiteral("postgres://")));

    spec.url = QStringLiteral("mysql://u@h/d");
    spec.driver = QStringLiteral("postgres");
    p = sqlConnectionParams(spec, {}, {});
    QVERIFY(!p);
    QVERIFY(p.error().message.contains(QStringLiteral("disagree")));
}

void TestSqlConnection::sqlServerThroughFreeTds()
{
    // No SQL Server runs here; an unreachable one proves the FreeTDS ODBC driver is installed and used.
    SqlSourceSpec spec;
    spec.driver = QStringLiteral("mssql");
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = 1;
    spec.username = QStringLiteral("sa");
    auto params = sqlConnectionParams(spec, {}, QStringLiteral("pw"));
    QVERIFY(params);
    SqlSource source(*params);
    auto r = source.open();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Connection);
    QVERIFY2(r.error().message.contains(QStringLiteral("FreeTDS")), qPrintable(r.error().toString()));
}

void TestSqlConnection::sqliteReadsTypedRows()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("src.db"));
    {
        SqlConnectionParams p;
        p.kind = QStringLiteral("sqlite");
        p.qtDriver = QStringLiteral("QSQLITE");
        p.database = file;
        auto c = SqlConnection::open(p, false);
        QVERIFY(c);
        QSqlQuery q((*c)->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER, name TEXT, amount REAL, blob BLOB, n)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1, 'a', 2.5, x'0102', NULL), (2, 'b', 3, NULL, 7)")));
    }
    SqlSourceSpec spec;
    spec.driver = QStringLiteral("sqlite");
    spec.host = QStringLiteral("src.db");
    auto params = sqlConnectionParams(spec, dir.path(), {});
    QVERIFY(params);
    SqlSource source(*params);
    auto rows = source.read(QStringLiteral("SELECT * FROM t ORDER BY id"));
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows->columns, (QStringList{"id", "name", "amount", "blob", "n"}));
    QCOMPARE(rows->rows.size(), 2);
    const QVariantList first = rows->rows.row(0);
    QCOMPARE(first[0].typeId(), QMetaType::LongLong);
    QCOMPARE(first[1], QVariant(QStringLiteral("a")));
    QCOMPARE(first[2].typeId(), QMetaType::Double);
    QCOMPARE(first[3].toByteArray(), QByteArray("\x01\x02"));
    QVERIFY(first[4].isNull());
    QCOMPARE(rows->rows.value(1, 4).toInt(), 7);
}

void TestSqlConnection::sqliteMissingFile()
{
    SqlSourceSpec spec;
    spec.driver = QStringLiteral("sqlite");
    spec.host = QStringLiteral("/nonexistent/dir/x.db");
    auto params = sqlConnectionParams(spec, {}, {});
    QVERIFY(params);
    SqlSource source(*params);
    auto r = source.open();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(r.error().field, QStringLiteral("source.path"));
    QVERIFY(r.error().message.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/dir/x.db")));
}

void TestSqlConnection::badQueryNamesTheProblem()
{
    QTemporaryDir dir;
    SqlConnectionParams p;
    p.kind = QStringLiteral("sqlite");
    p.qtDriver = QStringLiteral("QSQLITE");
    p.database = dir.filePath(QStringLiteral("x.db"));
    {
        auto c = SqlConnection::open(p, false);
        QVERIFY(c);
    }
    SqlSource source(p);
    auto rows = source.read(QStringLiteral("SELECT * FROM missing_table"));
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, ErrorCode::NotFound);
    QCOMPARE(rows.error().field, QStringLiteral("source.query"));
    QVERIFY(rows.error().message.contains(QStringLiteral("missing_table")));
}

void TestSqlConnection::duplicateColumnNames()
{
    QTemporaryDir dir;
    SqlConnectionParams p;
    p.kind = QStringLiteral("sqlite");
    p.qtDriver = QStringLiteral("QSQLITE");
    p.database = dir.filePath(QStringLiteral("x.db"));
    {
        auto c = SqlConnection::open(p, false);
        QVERIFY(c);
    }
    SqlSource source(p);
    auto rows = source.read(QStringLiteral("SELECT 1 AS a, 2 AS a"));
    QVERIFY(!rows);
    QVERIFY(rows.error().message.contains(QStringLiteral("same name")));
}

QTEST_GUILESS_MAIN(TestSqlConnection)
#include "tst_sqlconnection.moc"
