// SQLite rows read through SQLite's C API (SqliteRows, what SqlSource::fetch uses) against the same rows read
// through Qt Sql: the same values of the same types for every storage class, NULLs, big integers, infinities,
// blobs, text that is not UTF-8 (and UTF-8 that SQLite's conversion changes), in UTF-8 and UTF-16 databases;
// the same notes, the same errors, and an interrupt still stops a read.
#include "connectors/sqliterows.h"
#include "connectors/sqlsource.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <cstring>
#include <iterator>
#include <string>
#include <thread>

using namespace Ferry;

namespace {

SqlConnectionParams params(const QString &file)
{
    SqlConnectionParams p;
    p.kind = QStringLiteral("sqlite");
    p.qtDriver = QStringLiteral("QSQLITE");
    p.database = file;
    return p;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// Byte strings that exercise the UTF-8 decoders: valid text of every length, each kind of invalid sequence,
// the code points SQLite's decoder changes, embedded NULs, and invalid bytes after runs of ASCII.
QList<QByteArray> awkwardTexts()
{
    QList<QByteArray> out = {
        "",
        "plain ascii",
        "0123456789abcdef0123456789",
        "caf\xc3\xa9",                       // é
        "\xe2\x82\xac uro",                  // €
        "\xf0\x9f\x98\x80 smile",            // U+1F600
        "\xef\xbf\xbd already replaced",     // U+FFFD itself
        "\xef\xbf\xbe",                      // U+FFFE: SQLite makes it U+FFFD
        "\xef\xbf\xbf",                      // U+FFFF
        "\xef\xbf",                          // cut short
        "\x80",                              // lone continuation byte
        "abcdefgh\x80",                      // after a run of ASCII
        "abcdefghijklmnop\xc3",              // a lead at the end
        "\xc3(",                             // a lead without its continuation
        "\xe9t\xe9",                         // Latin-1
        "\xc0\x80",                          // overlong NUL
        "\xc1\xbf",                          // overlong
        "\xe0\x80\xaf",                      // overlong
        "\xed\xa0\x80",                      // a surrogate
        "\xed\x9f\xbf",                      // U+D7FF, valid
        "\xf4\x8f\xbf\xbf",                  // U+10FFFF, valid
        "\xf4\x90\x80\x80",                  // past U+10FFFF
        "\xf5\x80\x80\x80",                  // not a lead
        "\xff\xfe",                          // not UTF-8 at all
        QByteArray("a\0b", 3),               // an embedded NUL
        QByteArray("\0", 1),                 //
        "\xf0\x9f\x98",                      // a 4-byte sequence cut short
        "\xf0\x9f\x98\x80\xf0\x9f\x98\x80x", // two, then ASCII
    };
    // Random bytes, mostly from UTF-8's building blocks.
    QRandomGenerator random(20261130);
    const unsigned char pieces[] = {'a',  ' ',  0x00, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xed, 0xef,
                                    0xbe, 0xbd, 0xa0, 0x9f, 0xf0, 0xf4, 0x8f, 0x90, 0xf5, 0xff, 0xc0, 0xa9};
    for (int i = 0; i < 3000; ++i) {
        QByteArray s;
        const int length = static_cast<int>(random.bounded(1, 14));
        for (int j = 0; j < length; ++j)
            s.append(static_cast<char>(pieces[random.bounded(static_cast<int>(sizeof pieces))]));
        out.append(s);
    }
    // Random valid text, with the code points at the edges of each encoded length.
    const char32_t points[] = {U'a',   0x7f,   0x80,   0xe9,   0x7ff,   0x800,   0x20ac,  0xd7ff,
                               0xe000, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1f600, 0x10ffff};
    for (int i = 0; i < 1500; ++i) {
        std::u32string text;
        const int length = static_cast<int>(random.bounded(1, 12));
        for (int j = 0; j < length; ++j)
            text.push_back(points[random.bounded(static_cast<int>(std::size(points)))]);
        out.append(QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size())).toUtf8());
    }
    return out;
}

// Creates a table of every SQLite storage class in a new database with the given encoding.
void makeDatabase(const QString &file, const QString &encoding)
{
    auto c = SqlConnection::open(params(file), false);
    QVERIFY(c);
    QSqlQuery q((*c)->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA encoding = '%1'").arg(encoding)));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a, b TEXT, c REAL, d BLOB)")));
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    const QStringList values = {
        "NULL",
        "0",
        "1",
        "-1",
        "9223372036854775807",
        "-9223372036854775807 - 1",
        "4294967296",
        "1.5",
        "-0.0",
        "0.1",
        "1e308",
        "9e999",
        "-9e999",
        "2.2250738585072014e-308",
        "'42'",
        "'4.2'",
        "' 7 '",
        "''",
        "X''",
        "X'00'",
        "X'00ff10'",
        "zeroblob(3)",
        "randomblob(40)",
        "'text'",
        "CAST(X'80' AS TEXT)",
    };
    int id = 1;
    for (const QString &v : values)
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO t VALUES (%1, %2, %2, %2, %2)").arg(id++).arg(v)),
                 qPrintable(q.lastError().text()));
    for (const QByteArray &text : awkwardTexts()) {
        const QString v = QStringLiteral("CAST(X'%1' AS TEXT)").arg(hex(text));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO t VALUES (%1, %2, %2, %2, NULL)").arg(id++).arg(v)),
                 qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
}

Result<RecordSet> readAll(const QString &file, const QString &query, bool direct)
{
    SqlSource source(params(file));
    source.setDirectSqliteReads(direct);
    return source.read(query);
}

// The same values of the same types: value() as a QVariant (type and content; doubles bit for bit), the
// cell's JSON and the row's hash, and the same notes.
void compareExactly(const RecordSet &direct, const RecordSet &qt)
{
    QCOMPARE(direct.columns, qt.columns);
    QCOMPARE(direct.rows.size(), qt.rows.size());
    QCOMPARE(direct.rows.byteSize(), qt.rows.byteSize());
    for (qsizetype r = 0; r < qt.rows.size(); ++r) {
        for (int c = 0; c < qt.rows.columnCount(); ++c) {
            const QVariant a = direct.rows.value(r, c);
            const QVariant b = qt.rows.value(r, c);
            const QByteArray where =
                QStringLiteral("row %1 column %2: %3 against %4")
                    .arg(r)
                    .arg(c)
                    .arg(QString::fromUtf8(direct.rows.json(r, c)), QString::fromUtf8(qt.rows.json(r, c)))
                    .toUtf8();
            QVERIFY2(a.typeId() == b.typeId(), where.constData());
            QVERIFY2(a.isNull() == b.isNull(), where.constData());
            if (b.typeId() == QMetaType::Double) {
                const double x = a.toDouble(), y = b.toDouble();
                QVERIFY2(std::memcmp(&x, &y, sizeof x) == 0, where.constData());
            } else {
                QVERIFY2(a == b, where.constData());
            }
            QVERIFY2(direct.rows.json(r, c) == qt.rows.json(r, c), where.constData());
        }
        QCOMPARE(direct.rows.hashRow(r), qt.rows.hashRow(r));
    }
    QCOMPARE(direct.notes.size(), qt.notes.size());
    for (size_t i = 0; i < qt.notes.size(); ++i) {
        QCOMPARE(direct.notes[i].kind, qt.notes[i].kind);
        QCOMPARE(direct.notes[i].column, qt.notes[i].column);
        QCOMPARE(direct.notes[i].row, qt.notes[i].row);
    }
}

} // namespace

class TestSqliteRows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void attachesToSqliteStatements();
    void sameValuesAsQtSql_data();
    void sameValuesAsQtSql();
    void textThatPassesUnchangedDoesThroughSqlite();
    void emptyAndSingleRowResults();
    void sameErrorAsQtSql();
    void damagedFileIsReportedSo();
    void interruptStopsARead();
    void cancelStopsARead();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSqliteRows::initTestCase()
{
    makeDatabase(file(QStringLiteral("utf8.sqlite")), QStringLiteral("UTF-8"));
    makeDatabase(file(QStringLiteral("utf16le.sqlite")), QStringLiteral("UTF-16le"));
    makeDatabase(file(QStringLiteral("utf16be.sqlite")), QStringLiteral("UTF-16be"));
}

void TestSqliteRows::attachesToSqliteStatements()
{
    // Otherwise the comparisons below would compare Qt Sql with itself.
    auto c = SqlConnection::open(params(file(QStringLiteral("utf8.sqlite"))), true);
    QVERIFY(c);
    QSqlQuery q((*c)->database());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT id, a FROM t ORDER BY id")));
    QVERIFY(!SqliteRows::attach(q, true)); // before the first row
    QVERIFY(q.next());
    auto rows = SqliteRows::attach(q, true);
    QVERIFY(rows);
    QVERIFY(rows->next());
    RecordSet out;
    out.rows = RowSet(2);
    out.rows.beginRow();
    rows->read(out, 0);
    out.rows.endRow();
    QCOMPARE(out.rows.value(0, 0), QVariant(qlonglong(2))); // the second row: Qt read the first
    QCOMPARE(out.rows.value(0, 1), QVariant(qlonglong(0)));
}

void TestSqliteRows::sameValuesAsQtSql_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("query");
    for (const char *db : {"utf8.sqlite", "utf16le.sqlite", "utf16be.sqlite"}) {
        QTest::addRow("%s, columns as stored", db) << db << "SELECT * FROM t ORDER BY id";
        QTest::addRow("%s, expressions", db)
            << db
            << "SELECT id, typeof(a), a || 'x', length(b), upper(b), c * 2, hex(d), CAST(a AS BLOB), NULL, "
               "CASE id % 3 WHEN 0 THEN a WHEN 1 THEN 1.25 ELSE X'ff' END FROM t ORDER BY id";
    }
}

void TestSqliteRows::sameValuesAsQtSql()
{
    QFETCH(QString, database);
    QFETCH(QString, query);
    auto direct = readAll(file(database), query, true);
    auto qt = readAll(file(database), query, false);
    QVERIFY2(direct, qPrintable(direct ? QString() : direct.error().toString()));
    QVERIFY2(qt, qPrintable(qt ? QString() : qt.error().toString()));
    QVERIFY(qt->rows.size() > 3000);
    QVERIFY(!qt->notes.empty()); // infinities and U+FFFD
    compareExactly(*direct, *qt);
}

void TestSqliteRows::textThatPassesUnchangedDoesThroughSqlite()
{
    // Text taken as stored must be what SQLite's conversion to UTF-16 and QString::toUtf8 give back, and
    // U+FFFD must be found where QString finds it.
    auto c = SqlConnection::open(params(file(QStringLiteral("utf8.sqlite"))), true);
    QVERIFY(c);
    QSqlQuery q((*c)->database());
    int unchanged = 0, changed = 0;
    for (const QByteArray &text : awkwardTexts()) {
        QVERIFY(q.exec(QStringLiteral("SELECT CAST(X'%1' AS TEXT)").arg(hex(text))) && q.next());
        const QString viaSqlite = q.value(0).toString();
        bool replacement = false;
        const bool passes = SqliteRows::passesUnchanged(reinterpret_cast<const unsigned char *>(text.constData()),
                                                        text.size(), replacement);
        if (passes) {
            ++unchanged;
            QVERIFY2(viaSqlite.toUtf8() == text, qPrintable(hex(text)));
            QCOMPARE(replacement, viaSqlite.contains(QChar::ReplacementCharacter));
        } else {
            ++changed;
        }
        // Refused are exactly the texts that are not strict UTF-8 or hold U+FFFE or U+FFFF (the others would
        // merely take the slower path).
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(text);
        Q_UNUSED(decoded)
        const bool expected = !decoder.hasError() && !text.contains("\xef\xbf\xbe") && !text.contains("\xef\xbf\xbf");
        QVERIFY2(passes == expected, qPrintable(hex(text)));
    }
    QVERIFY(unchanged > 100);
    QVERIFY(changed > 100);
}

void TestSqliteRows::emptyAndSingleRowResults()
{
    const QString db = file(QStringLiteral("utf8.sqlite"));
    for (const char *query : {"SELECT * FROM t WHERE id < 0", "SELECT * FROM t WHERE id = 3",
                              "SELECT * FROM t WHERE id <= 2", "SELECT 1, 'x', NULL, 2.5, X'01'"}) {
        auto direct = readAll(db, QLatin1String(query), true);
        auto qt = readAll(db, QLatin1String(query), false);
        QVERIFY(direct && qt);
        compareExactly(*direct, *qt);
    }
}

void TestSqliteRows::sameErrorAsQtSql()
{
    // Rows after the fifth fail to compute (integer overflow): the error met while stepping is Qt's.
    const QString query = QStringLiteral(
        "SELECT id, CASE WHEN id > 5 THEN abs(id - id - 9223372036854775807 - 1) ELSE id END AS checked FROM t");
    auto direct = readAll(file(QStringLiteral("utf8.sqlite")), query, true);
    auto qt = readAll(file(QStringLiteral("utf8.sqlite")), query, false);
    QVERIFY(!direct && !qt);
    QCOMPARE(direct.error().code, qt.error().code);
    QCOMPARE(direct.error().message, qt.error().message);
    QCOMPARE(direct.error().field, qt.error().field);
    QCOMPARE(direct.error().context, qt.error().context);
    QVERIFY2(direct.error().message.contains(QStringLiteral("integer overflow")), qPrintable(direct.error().message));
}

void TestSqliteRows::damagedFileIsReportedSo()
{
    // A database cut in half: its first pages read, the rest fail while the rows are stepped through.
    const QString whole = file(QStringLiteral("big.sqlite"));
    {
        auto c = SqlConnection::open(params(whole), false);
        QVERIFY(c);
        QSqlQuery q((*c)->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000) "
                                      "INSERT INTO big SELECT x, 'name ' || x FROM c")));
    }
    const QString cut = file(QStringLiteral("cut.sqlite"));
    QVERIFY(QFile::copy(whole, cut));
    QFile f(cut);
    QVERIFY(f.resize(f.size() / 2));
    auto direct = readAll(cut, QStringLiteral("SELECT id, name FROM big"), true);
    auto qt = readAll(cut, QStringLiteral("SELECT id, name FROM big"), false);
    QVERIFY(!direct && !qt);
    QCOMPARE(direct.error().code, ErrorCode::Io);
    QCOMPARE(direct.error().message, qt.error().message);
    QCOMPARE(direct.error().field, QStringLiteral("source.path"));
}

void TestSqliteRows::interruptStopsARead()
{
    if (!SqlInterrupt::supported(QStringLiteral("sqlite")))
        QSKIP("this SQLite library cannot be interrupted");
    // Rows without end, each slow to compute: only an interrupt stops the read.
    SqlSource source(params(file(QStringLiteral("utf8.sqlite"))));
    QVERIFY(source.open());
    auto columns =
        source.start(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                    "SELECT x, (SELECT count(*) FROM t, t AS u WHERE t.id < 40 AND u.id < 40) FROM c"));
    QVERIFY(columns);
    std::thread interrupter([&source] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        source.interrupt();
    });
    QElapsedTimer timer;
    timer.start();
    auto rows = source.fetch(nullptr);
    interrupter.join();
    QVERIFY(!rows);
    QVERIFY2(rows.error().message.contains(QStringLiteral("interrupted")), qPrintable(rows.error().message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestSqliteRows::cancelStopsARead()
{
    std::atomic_bool cancel{false};
    SqlSource source(params(file(QStringLiteral("utf8.sqlite"))));
    QVERIFY(source.open());
    QVERIFY(source.start(
        QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c")));
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel.store(true);
    });
    auto rows = source.fetch(&cancel);
    canceller.join();
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestSqliteRows)
#include "tst_sqliterows.moc"
