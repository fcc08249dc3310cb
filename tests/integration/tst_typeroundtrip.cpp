// Values converge: a table with every common column type in real PostgreSQL and MariaDB (started by
// scripts/db-servers.sh) is synced by the ferry-cli binary into a SQLite table and into the Fliplet API
// emulator, then planned again under another host time zone (TZ=UTC, TZ=Europe/Paris): nothing changes,
// whatever each target made of the values' types. Among the rows: a naive timestamp in the hour Paris
// skips (2026-03-29 02:30) and one in the hour it repeats, numerics with trailing zeros and more digits
// than a double, JSON with its keys out of order, bytes that are not UTF-8, text beyond the BMP.
#include "clitestcase.h"
#include "connectors/sqlconnection.h"
#include "flipletemulator.h"
#include "testservers.h"

#include <QJsonArray>

using namespace Ferry;
using Ferry::Testing::Server;
using Ferry::Testing::server;
using namespace Ferry::Testing;

namespace {

const QString Token = QStringLiteral("eu--typeroundtrip-token");
constexpr qint64 DataSource = 321;

// Three rows: everyday values, edge values, nulls. The same values in both servers where their types allow.
QStringList postgresTable()
{
    return {
        QStringLiteral("DROP TABLE IF EXISTS types"),
        QStringLiteral("CREATE TABLE types (id int PRIMARY KEY, flag boolean, small smallint, big bigint, "
                       "amount numeric(12,2), bignum numeric(30,10), r real, d double precision, born date, "
                       "at time(3), ts timestamp(3), tstz timestamptz(3), j json, jb jsonb, bin bytea, txt text, "
                       "vc varchar(50), uid uuid, epoch bigint)"),
        QStringLiteral("INSERT INTO types VALUES (1, true, 7, 9007199254740993, 10.50, "
                       "12345678901234567890.0123456789, 1.1, 0.1, '2024-02-29', '13:45:01.5', "
                       "'2026-03-29 02:30:00', '2024-02-01 09:00:00.25+02', "
                       "'{\"b\": 1,  \"a\": [1, 2.50], \"c\": {\"é\": \"ü\"}}', "
                       "'{\"b\": 1,  \"a\": [1, 2.50], \"c\": {\"é\": \"ü\"}}', '\\x00ff41', "
                       "E'Zoë ✓ 😀 \"quoted\" \\\\ back\\nslash', 'x', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', "
                       "1706778000)"),
        QStringLiteral("INSERT INTO types VALUES (2, false, -32768, -1, -0.25, 0, -3.5, 1e300, '1969-07-20', "
                       "'00:00:00', '2026-10-25 02:30:00.999', '1969-07-20 20:17:40Z', '[]', '{}', '', '', '', "
                       "NULL, 1706778000123)"),
        QStringLiteral("INSERT INTO types (id) VALUES (3)"),
    };
}

QStringList mariadbTable()
{
    return {
        QStringLiteral("DROP TABLE IF EXISTS types"),
        QStringLiteral("CREATE TABLE types (id INT PRIMARY KEY, flag TINYINT(1), bo BOOLEAN, small SMALLINT, "
                       "big BIGINT, amount DECIMAL(12,2), bignum DECIMAL(30,10), r FLOAT, d DOUBLE, born DATE, "
                       "at TIME(3), ts DATETIME(3), tstamp TIMESTAMP(3) NULL, j JSON, bin BLOB, txt TEXT, "
                       "vc VARCHAR(50), yr YEAR, epoch BIGINT) CHARSET utf8mb4"),
        QStringLiteral("INSERT INTO types VALUES (1, 1, TRUE, 7, 9007199254740993, 10.50, "
                       "12345678901234567890.0123456789, 1.1, 0.1, '2024-02-29', '13:45:01.5', "
                       "'2026-03-29 02:30:00', '2024-02-01 09:00:00.25', "
                       "'{\"b\": 1,  \"a\": [1, 2.50], \"c\": {\"é\": \"ü\"}}', x'00ff41', "
                       "'Zoë ✓ 😀 \"quoted\" \\\\ back\\nslash', 'x', 2024, 1706778000)"),
        QStringLiteral("INSERT INTO types VALUES (2, 0, FALSE, -32768, -1, -0.25, 0, -3.5, 1e300, '1969-07-20', "
                       "'00:00:00', '2026-10-25 02:30:00.999', '2000-01-01 00:00:00', '[]', x'', '', '', 1970, "
                       "1706778000123)"),
        QStringLiteral("INSERT INTO types (id) VALUES (3)"),
    };
}

} // namespace

class TestTypeRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void convergesUnderTwoTimeZones_data();
    void convergesUnderTwoTimeZones();
    void integerTimestampColumn();

private:
    Server current() const
    {
        QFETCH_GLOBAL(QString, kind);
        return *server(kind == u"mysql" ? "FERRY_TEST_MY" : "FERRY_TEST_PG", kind);
    }
    void exec(const Server &s, const QStringList &statements)
    {
        SqlSourceSpec spec;
        spec.driver = s.kind;
        spec.host = s.host;
        spec.port = s.port;
        spec.username = s.user;
        spec.database = s.database;
        auto params = sqlConnectionParams(spec, {}, s.password);
        QVERIFY(params);
        auto c = SqlConnection::open(*params, false);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        QSqlQuery q((*c)->database());
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }
    QString writeJob(const Server &s, const QString &target, const QString &sync = {})
    {
        const QString path = m_dir->filePath(QStringLiteral("job.yml"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        const QString targetYaml =
            target == u"sqlite"
                ? QStringLiteral("  type: sqlite\n  path: out.sqlite\n  table: types\n  create_table: true\n")
                : QStringLiteral("  type: fliplet\n  datasource_id: %1\n  auth_token: {secret: env:FERRY_RT_TOKEN}\n")
                      .arg(DataSource);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: roundtrip\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: %1\n"
                               "  host: %2\n"
                               "  port: %3\n"
                               "  database: %4\n"
                               "  username: %5\n"
                               "  password: {secret: env:FERRY_RT_PASSWORD}\n"
                               "  query: SELECT * FROM types\n"
                               "target:\n"
                               "%6"
                               "sync:\n"
                               "  mode: replace\n"
                               "  key: id\n"
                               "%7")
                    .arg(s.kind, s.host)
                    .arg(s.port)
                    .arg(s.database, s.user, targetYaml, sync)
                    .toUtf8());
        return path;
    }
    CliResult run(const QString &job, const char *tz, const Server &s, bool dryRun = false)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TZ"), QString::fromLatin1(tz));
        e.insert(QStringLiteral("FERRY_FLIPLET_API_URL"), m_emulator->baseUrl());
        e.insert(QStringLiteral("FERRY_RT_TOKEN"), Token);
        e.insert(QStringLiteral("FERRY_RT_PASSWORD"), s.password);
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        QStringList args{QStringLiteral("run"), job, QStringLiteral("--json"), QStringLiteral("--state"),
                         m_dir->filePath(QStringLiteral("state"))};
        if (dryRun)
            args.append(QStringLiteral("--dry-run"));
        return runCli(args, e);
    }
    // What the SQLite target holds for a row, column by column: typeof() then text (blobs in hex).
    QStringList sqliteRow(int id, const QStringList &columns)
    {
        QStringList out;
        const QString name = QStringLiteral("check-sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir->filePath(QStringLiteral("out.sqlite")));
            db.open();
            QStringList select;
            for (const QString &c : columns)
                select << QStringLiteral("typeof(\"%1\") || ':' || coalesce(CASE typeof(\"%1\") WHEN 'blob' THEN "
                                         "hex(\"%1\") ELSE \"%1\" END, 'NULL')")
                              .arg(c);
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT %1 FROM types WHERE id = %2").arg(select.join(u','), QString::number(id)));
            if (q.next())
                for (int i = 0; i < columns.size(); ++i)
                    out.append(q.value(i).toString());
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }
    QJsonObject flipletRow(int id) const
    {
        for (const auto &[entryId, data] : m_emulator->entries(DataSource))
            if (data.value(u"id").toInteger() == id)
                return data;
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
};

void TestTypeRoundTrip::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgres") << QStringLiteral("postgres");
    QTest::newRow("mariadb") << QStringLiteral("mysql");
}

void TestTypeRoundTrip::initTestCase()
{
    FERRY_REQUIRE_TEST_SERVERS();
}

void TestTypeRoundTrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(DataSource);
    QVERIFY(m_emulator->start());
    const Server s = current();
    exec(s, s.kind == u"postgres" ? postgresTable() : mariadbTable());
}

void TestTypeRoundTrip::cleanup()
{
    m_emulator.reset();
    m_dir.reset();
}

void TestTypeRoundTrip::convergesUnderTwoTimeZones_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("firstTz");
    QTest::addColumn<QByteArray>("secondTz");
    QTest::newRow("sqlite, UTC then Paris")
        << QStringLiteral("sqlite") << QByteArray("UTC") << QByteArray("Europe/Paris");
    QTest::newRow("sqlite, Paris then UTC")
        << QStringLiteral("sqlite") << QByteArray("Europe/Paris") << QByteArray("UTC");
    QTest::newRow("fliplet, UTC then Paris")
        << QStringLiteral("fliplet") << QByteArray("UTC") << QByteArray("Europe/Paris");
    QTest::newRow("fliplet, Paris then UTC")
        << QStringLiteral("fliplet") << QByteArray("Europe/Paris") << QByteArray("UTC");
}

void TestTypeRoundTrip::convergesUnderTwoTimeZones()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, firstTz);
    QFETCH(QByteArray, secondTz);
    const Server s = current();
    const bool postgres = s.kind == u"postgres";
    const QString job = writeJob(s, target);

    const CliResult first = run(job, firstTz.constData(), s);
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(first.json().value(u"inserted").toInt(), 3);

    // What the targets hold: the naive 02:30 as written, a boolean, numbers, JSON, base64 bytes.
    if (target == u"sqlite") {
        QCOMPARE(
            sqliteRow(1,
                      {QStringLiteral("flag"), QStringLiteral("amount"), QStringLiteral("big"), QStringLiteral("born"),
                       QStringLiteral("ts"), QStringLiteral("j"), QStringLiteral("bin"), QStringLiteral("txt")}),
            (QStringList{QStringLiteral("integer:1"), QStringLiteral("real:10.5"),
                         QStringLiteral("integer:9007199254740993"), QStringLiteral("text:2024-02-29"),
                         QStringLiteral("text:2026-03-29T02:30:00.000"),
                         QStringLiteral("text:{\"a\":[1,2.5],\"b\":1,\"c\":{\"é\":\"ü\"}}"),
                         QStringLiteral("blob:00FF41"), QStringLiteral("text:Zoë ✓ 😀 \"quoted\" \\ back\nslash")}));
        if (postgres)
            QCOMPARE(sqliteRow(1, {QStringLiteral("tstz")}),
                     QStringList{QStringLiteral("text:2024-02-01T07:00:00.250Z")});
    } else {
        const QJsonObject row = flipletRow(1);
        QCOMPARE(row.value(u"ts").toString(), QStringLiteral("2026-03-29T02:30:00.000"));
        QCOMPARE(row.value(u"born").toString(), QStringLiteral("2024-02-29"));
        QCOMPARE(row.value(u"amount").toDouble(), 10.5);
        QCOMPARE(row.value(u"bin").toString(), QStringLiteral("AP9B"));
        QCOMPARE(row.value(u"j").toObject().value(u"a").toArray().size(), 2);
        QCOMPARE(row.value(u"txt").toString(), QStringLiteral("Zoë ✓ 😀 \"quoted\" \\ back\nslash"));
        if (postgres) {
            QCOMPARE(row.value(u"flag"), QJsonValue(true));
            QCOMPARE(row.value(u"tstz").toString(), QStringLiteral("2024-02-01T07:00:00.250Z"));
        } else {
            QCOMPARE(row.value(u"flag"), QJsonValue(1));
        }
        QCOMPARE(flipletRow(2).value(u"ts").toString(), QStringLiteral("2026-10-25T02:30:00.999"));
    }

    // Planned again under the other time zone: nothing to do. The dry run's report would list any
    // change with its fields.
    const CliResult preview = run(job, secondTz.constData(), s, /*dryRun=*/true);
    QVERIFY2(preview.exitCode == 0, preview.out + preview.err);
    QVERIFY2(preview.json().value(u"unchanged").toInt() == 3, preview.out);
    const CliResult second = run(job, secondTz.constData(), s);
    QVERIFY2(second.exitCode == 0, second.out + second.err);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 3);
    QCOMPARE(second.json().value(u"updated").toInt(), 0);
    QCOMPARE(second.json().value(u"inserted").toInt(), 0);
    QCOMPARE(second.json().value(u"deleted").toInt(), 0);

    // And a real change is still seen: only the changed row is updated, once.
    exec(s, {postgres ? QStringLiteral("UPDATE types SET amount = 10.51, jb = '{\"a\": 2}' WHERE id = 1")
                      : QStringLiteral("UPDATE types SET amount = 10.51, j = '{\"a\": 2}' WHERE id = 1")});
    const CliResult changed = run(job, firstTz.constData(), s);
    QVERIFY2(changed.exitCode == 0, changed.out + changed.err);
    QCOMPARE(changed.json().value(u"updated").toInt(), 1);
    QCOMPARE(changed.json().value(u"unchanged").toInt(), 2);
    const CliResult settled = run(job, secondTz.constData(), s, /*dryRun=*/true);
    QVERIFY2(settled.json().value(u"unchanged").toInt() == 3, settled.out);
}

void TestTypeRoundTrip::integerTimestampColumn()
{
    // Unix time (seconds in row 1, milliseconds in row 2, null in row 3) as the sync timestamp: accepted on
    // the first run, unchanged on the second, and a newer value updates its row.
    const Server s = current();
    const QString job = writeJob(s, QStringLiteral("sqlite"), QStringLiteral("  timestamp_column: epoch\n"));
    const CliResult preview = run(job, "Europe/Paris", s, /*dryRun=*/true);
    QVERIFY2(preview.exitCode == 0, preview.out + preview.err);
    QCOMPARE(preview.json().value(u"inserted").toInt(), 3);
    QCOMPARE(preview.json().value(u"failed").toInt(), 0);
    const CliResult first = run(job, "Europe/Paris", s);
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    const CliResult second = run(job, "UTC", s);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 3);
    exec(s, {QStringLiteral("UPDATE types SET epoch = epoch + 1, txt = 'newer' WHERE id = 1")});
    const CliResult third = run(job, "UTC", s);
    QCOMPARE(third.json().value(u"updated").toInt(), 1);
    QCOMPARE(third.json().value(u"unchanged").toInt(), 2);
    // A microsecond value is refused by the plan, before anything is written.
    exec(s, {QStringLiteral("UPDATE types SET epoch = 1706778000000000 WHERE id = 2")});
    const CliResult refused = run(job, "UTC", s, /*dryRun=*/true);
    QCOMPARE(refused.json().value(u"failed").toInt(), 1);
    QVERIFY2(refused.out.contains("Unix time"), refused.out);
}

QTEST_GUILESS_MAIN(TestTypeRoundTrip)
#include "tst_typeroundtrip.moc"
