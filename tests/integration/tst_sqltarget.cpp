// One database copied into another through the ferry-cli binary: PostgreSQL → MariaDB and MariaDB →
// PostgreSQL (the servers of scripts/db-servers.sh), into a table Ferry creates, with awkward identifiers
// (spaces, mixed case, reserved words, quotes) and every common type. Inserts, updates and deletes (replace
// mode, then delete_column) reach the target, and each state converges: the next run, under another host
// time zone, changes nothing. Broken connections (wrong password, unreachable host) fail with the field to fix.
#include "clitestcase.h"
#include "connectors/sqlconnection.h"
#include "testservers.h"

#include <QJsonArray>
#include <QSqlRecord>
#include <QTcpServer>

using namespace Ferry;
using namespace Ferry::Testing;

namespace {

const QString TargetTable = QStringLiteral("Copy of \"Orders\" Table");

QStringList postgresSource()
{
    return {
        QStringLiteral("DROP TABLE IF EXISTS \"Source Orders\""),
        QStringLiteral("CREATE TABLE \"Source Orders\" (id int PRIMARY KEY, \"Full Name\" text, \"order\" int, "
                       "\"MixedCase\" varchar(40), amount numeric(12,2), bignum numeric(30,10), d double precision, "
                       "flag boolean, born date, at time(3), ts timestamp(3), tstz timestamptz(3), bin bytea, "
                       "j jsonb, deleted boolean)"),
        QStringLiteral("INSERT INTO \"Source Orders\" VALUES (1, E'Zoë ✓ 😀 \"quoted\" \\\\ back\\nslash', 1, 'Ab', "
                       "10.50, 12345678901234567890.0123456789, 0.1, true, '2024-02-29', '13:45:01.5', "
                       "'2026-03-29 02:30:00', '2024-02-01 09:00:00.25+02', '\\x00ff41', "
                       "'{\"b\": 1, \"a\": [1, 2.50]}', false)"),
        QStringLiteral("INSERT INTO \"Source Orders\" VALUES (2, '', -2147483648, '', -0.25, 0, 1e300, false, "
                       "'1969-07-20', '00:00:00', '2026-10-25 02:30:00.999', '1969-07-20 20:17:40Z', '', '[]', "
                       "false)"),
        QStringLiteral("INSERT INTO \"Source Orders\" (id) VALUES (3)"),
    };
}

QStringList mariadbSource()
{
    return {
        QStringLiteral("DROP TABLE IF EXISTS `Source Orders`"),
        QStringLiteral("CREATE TABLE `Source Orders` (id INT PRIMARY KEY, `Full Name` TEXT, `order` INT, "
                       "`MixedCase` VARCHAR(40), amount DECIMAL(12,2), bignum DECIMAL(30,10), d DOUBLE, "
                       "flag BOOLEAN, born DATE, at TIME(3), ts DATETIME(3), bin BLOB, j JSON, deleted BOOLEAN) "
                       "CHARSET utf8mb4"),
        QStringLiteral("INSERT INTO `Source Orders` VALUES (1, 'Zoë ✓ 😀 \"quoted\" \\\\ back\\nslash', 1, 'Ab', "
                       "10.50, 12345678901234567890.0123456789, 0.1, TRUE, '2024-02-29', '13:45:01.5', "
                       "'2026-03-29 02:30:00', x'00ff41', '{\"b\": 1, \"a\": [1, 2.50]}', FALSE)"),
        QStringLiteral("INSERT INTO `Source Orders` VALUES (2, '', -2147483648, '', -0.25, 0, 1e300, FALSE, "
                       "'1969-07-20', '00:00:00', '2026-10-25 02:30:00.999', x'', '[]', FALSE)"),
        QStringLiteral("INSERT INTO `Source Orders` (id) VALUES (3)"),
    };
}

} // namespace

class TestSqlTarget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void copiesAndConverges();
    void deleteColumnDeletes();
    void wrongPassword();
    void unreachableHost();
    void missingTableWithoutCreate();
    void refusedValueKeepsEarlierBatchesAndNextRunRepairs();

private:
    Server from() const
    {
        QFETCH_GLOBAL(QString, source);
        return *server(source == u"mysql" ? "FERRY_TEST_MY" : "FERRY_TEST_PG", source);
    }
    Server to() const
    {
        QFETCH_GLOBAL(QString, source);
        return *server(source == u"mysql" ? "FERRY_TEST_PG" : "FERRY_TEST_MY",
                       source == u"mysql" ? QStringLiteral("postgres") : QStringLiteral("mysql"));
    }
    static QString quoted(const Server &s, const QString &name)
    {
        if (s.kind == u"mysql")
            return u'`' + QString(name).replace(u'`', QStringLiteral("``")) + u'`';
        return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
    }
    // Runs statements; with a result query, returns its rows as "a|b|c" lines.
    static QStringList exec(const Server &s, const QStringList &statements)
    {
        SqlSourceSpec spec;
        spec.driver = s.kind;
        spec.host = s.host;
        spec.port = s.port;
        spec.username = s.user;
        spec.database = s.database;
        auto params = sqlConnectionParams(spec, {}, s.password);
        if (!params)
            return {QStringLiteral("error: ") + params.error().message};
        auto c = SqlConnection::open(*params, false);
        if (!c)
            return {QStringLiteral("error: ") + c.error().message};
        QStringList out;
        QSqlQuery q((*c)->database());
        q.setNumericalPrecisionPolicy(QSql::HighPrecision); // decimals as their exact text
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                qWarning().noquote() << sql << q.lastError().text();
                return {QStringLiteral("error: ") + q.lastError().text()};
            }
            while (q.isSelect() && q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                out.append(row.join(u'|'));
            }
        }
        return out;
    }
    QString writeJob(const QString &sync, const QString &targetExtra = QStringLiteral("  create_table: true\n"),
                     const Server *target = nullptr, const QString &query = {})
    {
        const Server s = from();
        const Server t = target ? *target : to();
        const QString path = m_dir->filePath(QStringLiteral("job.yml"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        // The table name holds double quotes: YAML single quotes keep them.
        f.write(QStringLiteral("ferry: 1\n"
                               "id: sqltarget\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: %1\n"
                               "  host: %2\n"
                               "  port: %3\n"
                               "  database: %4\n"
                               "  username: %5\n"
                               "  password: {secret: env:FERRY_SRC_PASSWORD}\n"
                               "  query: '%6'\n"
                               "target:\n"
                               "  type: sql\n"
                               "  driver: %7\n"
                               "  host: %8\n"
                               "  port: %9\n"
                               "  database: %10\n"
                               "  username: %11\n"
                               "  password: {secret: env:FERRY_DST_PASSWORD}\n"
                               "  table: '%12'\n"
                               "  batch_rows: 2\n"
                               "%13"
                               "sync:\n"
                               "%14")
                    .arg(s.kind, s.host)
                    .arg(s.port)
                    .arg(s.database, s.user,
                         query.isEmpty() ? QStringLiteral("SELECT * FROM %1 ORDER BY id")
                                               .arg(quoted(s, QStringLiteral("Source Orders")))
                                         : query,
                         t.kind, t.host)
                    .arg(t.port)
                    .arg(t.database, t.user, TargetTable, targetExtra, sync)
                    .toUtf8());
        return path;
    }
    CliResult run(const QString &job, const QString &targetPassword = {}, const char *tz = "UTC",
                  const QString &command = QStringLiteral("run"))
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TZ"), QString::fromLatin1(tz));
        e.insert(QStringLiteral("FERRY_SRC_PASSWORD"), from().password);
        e.insert(QStringLiteral("FERRY_DST_PASSWORD"), targetPassword.isEmpty() ? to().password : targetPassword);
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        return runCli({command, job, QStringLiteral("--json"), QStringLiteral("--state"),
                       m_dir->filePath(QStringLiteral("state"))},
                      e);
    }
    static QString counts(const CliResult &r)
    {
        const QJsonObject j = r.json();
        return QStringLiteral("i%1 u%2 d%3 =%4 f%5")
            .arg(j.value(u"inserted").toInt())
            .arg(j.value(u"updated").toInt())
            .arg(j.value(u"deleted").toInt())
            .arg(j.value(u"unchanged").toInt())
            .arg(j.value(u"failed").toInt());
    }
    static QByteArray show(const CliResult &r) { return r.out + r.err; }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlTarget::initTestCase_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("postgres-to-mariadb") << QStringLiteral("postgres");
    QTest::newRow("mariadb-to-postgres") << QStringLiteral("mysql");
}

void TestSqlTarget::initTestCase()
{
    FERRY_REQUIRE_TEST_SERVERS();
}

void TestSqlTarget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Server s = from();
    QCOMPARE(exec(s, s.kind == u"mysql" ? mariadbSource() : postgresSource()), QStringList());
    const Server t = to();
    QCOMPARE(exec(t, {QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(t, TargetTable))}), QStringList());
}

void TestSqlTarget::copiesAndConverges()
{
    const Server s = from();
    const Server t = to();
    const QString job = writeJob(QStringLiteral("  mode: replace\n  key: id\n"));

    // Test before the first run: the table is created then.
    const CliResult tested = run(job, {}, "UTC", QStringLiteral("test"));
    QVERIFY2(tested.exitCode == 0, show(tested));
    QVERIFY2(tested.err.contains("the first run creates it") || tested.out.contains("the first run creates it"),
             show(tested));

    const CliResult first = run(job);
    QVERIFY2(first.exitCode == 0, show(first));
    QCOMPARE(counts(first), QStringLiteral("i3 u0 d0 =0 f0"));
    const QString table = quoted(t, TargetTable);
    // The key became the primary key; awkward names arrived as they are.
    QCOMPARE(exec(t, {QStringLiteral("SELECT id, %1, %2, %3 FROM %4 ORDER BY id")
                          .arg(quoted(t, QStringLiteral("Full Name")), quoted(t, QStringLiteral("order")),
                               quoted(t, QStringLiteral("MixedCase")), table)}),
             (QStringList{QStringLiteral("1|Zoë ✓ 😀 \"quoted\" \\ back\nslash|1|Ab"), QStringLiteral("2||-2147483648|"),
                          QStringLiteral("3|NULL|NULL|NULL")}));
    const QStringList exact = exec(t, {QStringLiteral("SELECT amount, bignum, born FROM %1 WHERE id = 1").arg(table)});
    QCOMPARE(exact.size(), 1);
    QVERIFY2(exact.first().startsWith(QStringLiteral("10.50|12345678901234567890.0123456789")),
             qPrintable(exact.first()));

    // Converges, also read under a zone with daylight saving time.
    const CliResult second = run(job, {}, "Europe/Paris");
    QVERIFY2(second.exitCode == 0, show(second));
    QCOMPARE(counts(second), QStringLiteral("i0 u0 d0 =3 f0"));

    // An update, an insert, a delete.
    const QString source = quoted(s, QStringLiteral("Source Orders"));
    QCOMPARE(exec(s, {QStringLiteral("UPDATE %1 SET %2 = 'Ünïcode ⛵', amount = 99.99 WHERE id = 2")
                          .arg(source, quoted(s, QStringLiteral("Full Name"))),
                      QStringLiteral("INSERT INTO %1 (id, %2, %3) VALUES (4, 'new', 4)")
                          .arg(source, quoted(s, QStringLiteral("Full Name")), quoted(s, QStringLiteral("order"))),
                      QStringLiteral("DELETE FROM %1 WHERE id = 3").arg(source)}),
             QStringList());
    const CliResult third = run(job);
    QVERIFY2(third.exitCode == 0, show(third));
    QCOMPARE(counts(third), QStringLiteral("i1 u1 d1 =1 f0"));
    QCOMPARE(exec(t, {QStringLiteral("SELECT id, %1, amount FROM %2 ORDER BY id")
                          .arg(quoted(t, QStringLiteral("Full Name")), table)}),
             (QStringList{QStringLiteral("1|Zoë ✓ 😀 \"quoted\" \\ back\nslash|10.50"),
                          QStringLiteral("2|Ünïcode ⛵|99.99"), QStringLiteral("4|new|NULL")}));
    const CliResult fourth = run(job, {}, "Asia/Kolkata");
    QVERIFY2(fourth.exitCode == 0, show(fourth));
    QCOMPARE(counts(fourth), QStringLiteral("i0 u0 d0 =3 f0"));
}

void TestSqlTarget::deleteColumnDeletes()
{
    const Server s = from();
    const Server t = to();
    const QString job = writeJob(QStringLiteral("  mode: update\n  key: id\n  delete_column: deleted\n"));
    QCOMPARE(counts(run(job)), QStringLiteral("i3 u0 d0 =0 f0"));
    const QString source = quoted(s, QStringLiteral("Source Orders"));
    QCOMPARE(exec(s, {QStringLiteral("UPDATE %1 SET deleted = TRUE WHERE id = 1").arg(source)}), QStringList());
    const CliResult r = run(job);
    QVERIFY2(r.exitCode == 0, show(r));
    QCOMPARE(counts(r), QStringLiteral("i0 u0 d1 =2 f0"));
    QCOMPARE(exec(t, {QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(quoted(t, TargetTable))}),
             (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
    const CliResult again = run(job);
    QCOMPARE(counts(again), QStringLiteral("i0 u0 d0 =2 f0"));
}

void TestSqlTarget::wrongPassword()
{
    const QString job = writeJob(QStringLiteral("  key: id\n"));
    const CliResult tested = run(job, QStringLiteral("not-the-password"), "UTC", QStringLiteral("test"));
    QCOMPARE(tested.exitCode, 2);
    const QJsonObject error = tested.json().value(u"target").toObject().value(u"error").toObject();
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.password"));
    QVERIFY2(error.value(u"message").toString().contains(QLatin1String("refused the login")), show(tested));
    QVERIFY2(!tested.out.contains("not-the-password") && !tested.err.contains("not-the-password"), show(tested));
    const CliResult r = run(job, QStringLiteral("not-the-password"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json()
                 .value(u"error")
                 .toObject()
                 .value(u"message")
                 .toString()
                 .contains(QLatin1String("check the user name and password")),
             show(r));
    QCOMPARE(r.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("target.password"));
}

void TestSqlTarget::unreachableHost()
{
    Server closed = to();
    QTcpServer probe; // a port nobody listens on: taken, then freed
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    closed.port = probe.serverPort();
    probe.close();
    const QString job = writeJob(QStringLiteral("  key: id\n"), {}, &closed);
    const CliResult r = run(job);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject error = r.json().value(u"error").toObject();
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.host"));
    QVERIFY2(error.value(u"message").toString().contains(QLatin1String("cannot connect to the database")), show(r));
}

void TestSqlTarget::missingTableWithoutCreate()
{
    const QString job = writeJob(QStringLiteral("  key: id\n"), QString());
    const CliResult r = run(job);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject error = r.json().value(u"error").toObject();
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.table"));
    QVERIFY2(error.value(u"message").toString().contains(QLatin1String("does not exist")), show(r));
    QVERIFY2(error.value(u"message").toString().contains(QLatin1String("create_table: true")), show(r));
}

void TestSqlTarget::refusedValueKeepsEarlierBatchesAndNextRunRepairs()
{
    const Server s = from();
    const Server t = to();
    QCOMPARE(exec(t, {QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, name varchar(5) NOT NULL)")
                          .arg(quoted(t, TargetTable))}),
             QStringList());
    // batch_rows: 2, so rows 1 and 2 are one batch, row 3 the next.
    const QString query = QStringLiteral("SELECT id, CASE WHEN id = %1 THEN ''much too long'' ELSE ''ok'' END AS name "
                                         "FROM %2 ORDER BY id")
                              .arg(QStringLiteral("%1"), quoted(s, QStringLiteral("Source Orders")));
    const QString job = writeJob(QStringLiteral("  mode: replace\n  key: id\n"), QString(), nullptr, query.arg(3));
    const CliResult r = run(job);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(counts(r), QStringLiteral("i2 u0 d0 =0 f1"));
    const QJsonObject error = r.json().value(u"error").toObject();
    QCOMPARE(error.value(u"field").toString(), QStringLiteral("target.table"));
    QVERIFY2(error.value(u"message").toString().startsWith(QLatin1String("row 3: the database refused the change")),
             show(r));
    QCOMPARE(exec(t, {QStringLiteral("SELECT id, name FROM %1 ORDER BY id").arg(quoted(t, TargetTable))}),
             (QStringList{QStringLiteral("1|ok"), QStringLiteral("2|ok")}));

    // The source fixed: the next run writes what is missing, and the one after nothing.
    writeJob(QStringLiteral("  mode: replace\n  key: id\n"), QString(), nullptr, query.arg(0));
    const CliResult fixed = run(job);
    QVERIFY2(fixed.exitCode == 0, show(fixed));
    QCOMPARE(counts(fixed), QStringLiteral("i1 u0 d0 =2 f0"));
    QCOMPARE(counts(run(job)), QStringLiteral("i0 u0 d0 =3 f0"));
}

QTEST_GUILESS_MAIN(TestSqlTarget)
#include "tst_sqltarget.moc"
