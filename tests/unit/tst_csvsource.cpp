// CsvSource, CsvReader and TextDecoder on real files (tests/data/filesources): RFC 4180 quoting with embedded
// line breaks and doubled quotes, Windows line ends, byte order marks, UTF-16, Latin-1 and Windows-1252,
// typed columns, globs; what fails the read and what becomes a row error; row errors in the plan.
#include "connectors/csvsource.h"
#include "connectors/textdecoder.h"
#include "job/jobfile.h"
#include "job/validate.h"
#include "sync/planner.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {

const QString Data = QStringLiteral(FERRY_TEST_DATA "/filesources");

FileSourceSpec csv(const QString &path, const QString &encoding = {})
{
    FileSourceSpec s;
    s.path = path;
    s.encoding = encoding;
    return s;
}

Result<RecordSet> readAll(const FileSourceSpec &spec, const QString &dir = Data)
{
    CsvSource source(spec, dir);
    auto columns = source.start();
    if (!columns)
        return columns.error();
    return source.fetch(nullptr);
}

QString text(const RecordSet &r, qsizetype row, int column)
{
    return r.rows.value(row, column).toString();
}

} // namespace

class TestCsvSource : public QObject
{
    Q_OBJECT
private slots:
    void quotingAndWindowsLineEnds();
    void encodings_data();
    void encodings();
    void windows1252();
    void wrongEncodingFailsTheRead_data();
    void wrongEncodingFailsTheRead();
    void decoderAcrossChunks();
    void largeFileAcrossChunks();
    void typedColumns();
    void wrongFieldCountIsARowError();
    void textAfterClosingQuoteIsARowError();
    void unterminatedQuoteFailsTheRead();
    void badHeaders_data();
    void badHeaders();
    void missingFile();
    void noHeaderAndDelimiter();
    void globReadsInNameOrder();
    void globWithDifferentColumnsFails();
    void typedColumnNotInFile();
    void testDiscoverSample();
    void rowErrorsInThePlan();
    void keylessRowErrorsHoldReplaceDeletes();
    void jobFileAndValidation();
    void randomFieldsRoundTrip();
};

void TestCsvSource::quotingAndWindowsLineEnds()
{
    auto r = readAll(csv(QStringLiteral("people-crlf.csv")));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->columns, (QStringList{"id", "name", "city"}));
    QCOMPARE(r->rows.size(), 3);
    QCOMPARE(text(*r, 0, 1), QStringLiteral("Zoë"));
    QCOMPARE(text(*r, 0, 2), QStringLiteral("Köln"));
    QCOMPARE(text(*r, 1, 1), QStringLiteral("Smith, Jo"));
    QCOMPARE(text(*r, 1, 2), QStringLiteral("multi\r\nline")); // a quoted line break is kept as it is
    QCOMPARE(text(*r, 2, 1), QStringLiteral("say \"hi\""));
    QVERIFY(r->rowErrors.empty());
}

void TestCsvSource::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf-8, BOM") << "people-bom.csv"
                                << "";
    QTest::newRow("utf-8, BOM, explicit") << "people-bom.csv"
                                          << "utf-8";
    QTest::newRow("utf-16 LE, BOM") << "people-utf16le.csv"
                                    << "utf-16";
    QTest::newRow("utf-16 BE, BOM") << "people-utf16be.csv"
                                    << "utf-16";
    QTest::newRow("latin1") << "people-latin1.csv"
                            << "latin1";
}

void TestCsvSource::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    auto r = readAll(csv(file, encoding));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->columns, (QStringList{"id", "name", "city"})); // no BOM in the first name
    QCOMPARE(r->rows.size(), 3);
    QCOMPARE(text(*r, 0, 1), QStringLiteral("Zoë"));
    QCOMPARE(text(*r, 0, 2), QStringLiteral("Köln"));
    QCOMPARE(text(*r, 1, 2), QStringLiteral("multi\r\nline"));
    QCOMPARE(text(*r, 2, 1), QStringLiteral("say \"hi\""));
}

void TestCsvSource::windows1252()
{
    FileSourceSpec s = csv(QStringLiteral("prices-1252.csv"), QStringLiteral("windows-1252"));
    s.delimiter = QStringLiteral(";");
    auto r = readAll(s);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(text(*r, 0, 1), QStringLiteral("€ 12"));
    QCOMPARE(text(*r, 1, 0), QStringLiteral("“Quote”"));
    // The same bytes as Latin-1 are C1 controls, not the euro sign: the encoding matters.
    s.encoding = QStringLiteral("latin1");
    r = readAll(s);
    QVERIFY(r);
    QCOMPARE(text(*r, 0, 1), QString(QChar(0x80)) + QStringLiteral(" 12"));
}

void TestCsvSource::wrongEncodingFailsTheRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::newRow("latin1 read as utf-8") << "people-latin1.csv"
                                          << ""
                                          << "line 2, column 5 (byte 18): the bytes here are not UTF-8";
    QTest::newRow("utf-16 read as utf-8") << "people-utf16le.csv"
                                          << "utf-8"
                                          << "set encoding: utf-16";
    QTest::newRow("utf-16 without BOM") << "people-utf16-nobom.csv"
                                        << "utf-16"
                                        << "has no UTF-16 byte order mark";
    QTest::newRow("unassigned in windows-1252") << "bad-1252.csv"
                                                << "windows-1252"
                                                << "the byte 0x81 has no character in Windows-1252";
}

void TestCsvSource::wrongEncodingFailsTheRead()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, expected);
    FileSourceSpec s = csv(file, encoding);
    if (file.endsWith(u"1252.csv"))
        s.delimiter = QStringLiteral(";");
    const auto r = readAll(s);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QVERIFY2(r.error().message.startsWith(file), qPrintable(r.error().message));
    QCOMPARE(r.error().field, QStringLiteral("source.encoding"));
}

void TestCsvSource::decoderAcrossChunks()
{
    // Every encoding gives the same text whether the bytes come at once or one at a time.
    const QString sample = QStringLiteral("a,é,€,😀\r\nz,\"q\"\n");
    const QList<QPair<TextDecoder::Encoding, QByteArray>> cases{
        {TextDecoder::Encoding::Utf8, QByteArray("\xEF\xBB\xBF") + sample.toUtf8()},
        {TextDecoder::Encoding::Utf16,
         QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(sample.utf16()), sample.size() * 2)},
    };
    for (const auto &[encoding, bytes] : cases) {
        std::string whole, pieces;
        TextDecoder a(encoding), b(encoding);
        QVERIFY(a.decode(bytes, true, whole));
        for (qsizetype i = 0; i < bytes.size(); ++i)
            QVERIFY2(b.decode(bytes.sliced(i, 1), i + 1 == bytes.size(), pieces), qPrintable(b.error()));
        QCOMPARE(QString::fromStdString(whole), sample);
        QCOMPARE(QString::fromStdString(pieces), sample);
    }
    // A character cut off by the end of the file is an error, not dropped.
    std::string out;
    TextDecoder cut(TextDecoder::Encoding::Utf8);
    QVERIFY(!cut.decode(QByteArray("ab\xE2\x82"), true, out));
    QVERIFY(cut.error().contains(QStringLiteral("line 1, column 3 (byte 2)")));
}

void TestCsvSource::largeFileAcrossChunks()
{
    // Several MiB of multi-byte text and quoted line breaks: rows cross the 1 MiB chunks in every way.
    QTemporaryDir dir;
    for (const QString &encoding : {QStringLiteral("utf-8"), QStringLiteral("utf-16")}) {
        QString body = QStringLiteral("id,text\r\n");
        const int rows = 100000;
        for (int i = 0; i < rows; ++i)
            body += QStringLiteral("%1,\"ünïcödé € %1\r\n\"\"quoted\"\"\"\r\n").arg(i);
        QFile f(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (encoding == u"utf-8") {
            f.write(body.toUtf8());
        } else {
            f.write("\xFF\xFE");
            f.write(reinterpret_cast<const char *>(body.utf16()), body.size() * 2);
        }
        QVERIFY(f.size() > 3 * 1024 * 1024);
        f.close();
        const auto r = readAll(csv(QStringLiteral("big.csv"), encoding), dir.path());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->rows.size(), rows);
        QVERIFY(r->rowErrors.empty());
        for (int i : {0, 1, 12345, 30000, rows - 1})
            QCOMPARE(text(*r, i, 1), QStringLiteral("ünïcödé € %1\r\n\"quoted\"").arg(i));
    }
}

void TestCsvSource::typedColumns()
{
    FileSourceSpec s = csv(QStringLiteral("typed.csv"));
    s.columns = FileSourceSpec::columnsFromText(
        QStringLiteral("id: integer, price: decimal, born: date, active: boolean, seen: datetime, score: number"));
    const auto r = readAll(s);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->rows.size(), 4);
    QCOMPARE(r->rows.value(0, 0).typeId(), QMetaType::LongLong);
    QCOMPARE(r->rows.value(0, 0).toLongLong(), 1);
    QCOMPARE(r->rows.json(0, 1), QByteArray("10.50")); // the decimal keeps its scale
    QCOMPARE(r->rows.value(0, 2).toDate(), QDate(1980, 2, 1));
    QCOMPARE(r->rows.value(0, 3), QVariant(true));
    QCOMPARE(r->rows.json(0, 4), QByteArray("\"2024-02-01T09:00:00.000Z\""));
    QCOMPARE(r->rows.value(0, 5).toDouble(), 1.5);
    QCOMPARE(r->rows.value(1, 0).toLongLong(), 2);
    QCOMPARE(r->rows.json(1, 1), QByteArray("-3"));
    QCOMPARE(r->rows.value(1, 3), QVariant(false));
    QCOMPARE(r->rows.json(1, 4), QByteArray("\"2024-02-01T10:30:00.000\"")); // naive stays naive
    // Typed values compare with what a target stores as text, as the planner does.
    RowSet stored(1);
    stored.append({QStringLiteral("10.5")});
    QVERIFY(r->rows.sameValue(0, 1, stored, 0, 0));
    // Row 3: every bad value is named, with the line; the row is still there (its key too) but null where bad.
    QCOMPARE(r->rowErrors.size(), size_t(1));
    QCOMPARE(r->rowErrors[0].row, 2);
    const QString m = r->rowErrors[0].message;
    QVERIFY2(m.startsWith(QStringLiteral("typed.csv line 4: ")), qPrintable(m));
    for (const char *part : {"column 'price': 'abc' is not a decimal number",
                             "column 'born': '1990-13-01' is not a date", "column 'active': 'maybe' is not a boolean",
                             "column 'seen': 'never' is not a date-time", "column 'score': 'x' is not a number"})
        QVERIFY2(m.contains(QLatin1String(part)), part);
    QCOMPARE(r->rows.value(2, 0).toLongLong(), 3);
    QVERIFY(r->rows.isNull(2, 1));
    // Empty fields are null, not errors.
    for (int c = 1; c < 6; ++c)
        QVERIFY(r->rows.isNull(3, c));
}

void TestCsvSource::wrongFieldCountIsARowError()
{
    const auto r = readAll(csv(QStringLiteral("ragged.csv")));
    QVERIFY(r);
    QCOMPARE(r->rows.size(), 4); // nothing skipped
    QCOMPARE(r->rowErrors.size(), size_t(2));
    QCOMPARE(r->rowErrors[0].row, 1);
    QCOMPARE(
        r->rowErrors[0].message,
        QStringLiteral("ragged.csv line 3: 3 field(s) where the file has 2 column(s): check the delimiter (',') and "
                       "the quoting of this line"));
    QCOMPARE(r->rowErrors[1].row, 2);
    QVERIFY(r->rowErrors[1].message.startsWith(QStringLiteral("ragged.csv line 4: 1 field(s)")));
    QCOMPARE(text(*r, 1, 0), QStringLiteral("2")); // its key is kept
    QVERIFY(r->rows.isNull(2, 1));
    QCOMPARE(text(*r, 3, 1), QStringLiteral("d"));
}

void TestCsvSource::textAfterClosingQuoteIsARowError()
{
    const auto r = readAll(csv(QStringLiteral("after-quote.csv")));
    QVERIFY(r);
    QCOMPARE(r->rows.size(), 2);
    QCOMPARE(r->rowErrors.size(), size_t(1));
    QVERIFY2(r->rowErrors[0].message.contains(QStringLiteral("line 2: field 2 has text after its closing quote")),
             qPrintable(r->rowErrors[0].message));
    QCOMPARE(text(*r, 1, 1), QStringLiteral("c"));
}

void TestCsvSource::unterminatedQuoteFailsTheRead()
{
    const auto r = readAll(csv(QStringLiteral("unterminated.csv")));
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("source.path"));
    QVERIFY2(r.error().message.startsWith(
                 QStringLiteral("unterminated.csv: line 3: the quote that opens field 2 is never closed")),
             qPrintable(r.error().message));
}

void TestCsvSource::badHeaders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("duplicate") << "dup-header.csv"
                               << "dup-header.csv: line 1: the header names 'id' twice (columns 1 and 3)";
    QTest::newRow("empty name") << "empty-header.csv"
                                << "empty-header.csv: line 1: column 2 of the header has no name";
    QTest::newRow("empty file") << "empty.csv"
                                << "empty.csv is empty: it has no header line";
}

void TestCsvSource::badHeaders()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    CsvSource source(csv(file), Data);
    const auto columns = source.start();
    QVERIFY(!columns);
    QVERIFY2(columns.error().message.startsWith(expected), qPrintable(columns.error().message));
    QCOMPARE(columns.error().field, QStringLiteral("source.path"));
    QVERIFY(!source.test(nullptr)); // the connection test says the same
}

void TestCsvSource::missingFile()
{
    CsvSource source(csv(QStringLiteral("nope.csv")), Data);
    const auto info = source.test(nullptr);
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::NotFound);
    QCOMPARE(info.error().field, QStringLiteral("source.path"));
    QVERIFY(info.error().message.contains(QStringLiteral("nope.csv does not exist")));
    QVERIFY(info.error().message.contains(Data)); // where relative paths start
}

void TestCsvSource::noHeaderAndDelimiter()
{
    FileSourceSpec s = csv(QStringLiteral("no-header.tsv"));
    s.header = false;
    s.delimiter = QStringLiteral("\t");
    s.columns = {{QStringLiteral("column1"), QStringLiteral("integer")}};
    const auto r = readAll(s);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->columns, (QStringList{"column1", "column2"}));
    QCOMPARE(r->rows.size(), 2);
    QCOMPARE(r->rows.value(0, 0).toLongLong(), 1);
    QCOMPARE(text(*r, 1, 1), QStringLiteral("Bob"));
}

void TestCsvSource::globReadsInNameOrder()
{
    const auto r = readAll(csv(QStringLiteral("exports/*.csv")));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->rows.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(text(*r, i, 0), QString::number(i + 1));
    CsvSource none(csv(QStringLiteral("exports/*.txt")), Data);
    const auto missing = none.start();
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("matches *.txt")));
}

void TestCsvSource::globWithDifferentColumnsFails()
{
    QTemporaryDir dir;
    const auto write = [&](const char *name, const char *content) {
        QFile f(dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write("a.csv", "id,name\n1,a\n");
    write("b.csv", "id,title\n2,b\n");
    const auto r = readAll(csv(QStringLiteral("*.csv")), dir.path());
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("the columns of b.csv (id, title) differ from those of a.csv "
                                                       "(id, name)")),
             qPrintable(r.error().message));
}

void TestCsvSource::typedColumnNotInFile()
{
    FileSourceSpec s = csv(QStringLiteral("people-crlf.csv"));
    s.columns = {{QStringLiteral("age"), QStringLiteral("integer")}};
    const auto r = readAll(s);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("source.columns.age"));
    QVERIFY(r.error().message.contains(QStringLiteral("its columns: id, name, city")));
}

void TestCsvSource::testDiscoverSample()
{
    FileSourceSpec s = csv(QStringLiteral("typed.csv"));
    s.columns = {{QStringLiteral("born"), QStringLiteral("date")}};
    CsvSource source(s, Data);
    const auto info = source.test(nullptr);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    QCOMPARE(info->rowCount, 4);
    QCOMPARE(info->columns, (QStringList{"id", "price", "born", "active", "seen", "score"}));
    QCOMPARE(info->summary, QStringLiteral("typed.csv: 4 row(s) of 6 column(s)"));
    QCOMPARE(info->notes.size(), 2); // one row cannot be read: said, and named
    QVERIFY(info->notes[1].startsWith(QStringLiteral("typed.csv line 4: column 'born'")));

    const auto schema = source.discover(nullptr);
    QVERIFY(schema);
    QCOMPARE(schema->tables.size(), 1);
    QStringList types;
    for (const ColumnInfo &c : schema->tables.first().columns)
        types.append(c.name + u'=' + c.type);
    // Declared: as declared. Undeclared: what the values are (row 3's 'abc' makes price text).
    QCOMPARE(types.join(u' '), QStringLiteral("id=integer price=text born=date active=text seen=text score=text"));

    const auto sample = source.sample(2, nullptr);
    QVERIFY(sample);
    QCOMPARE(sample->rows.size(), 2);

    FileSourceSpec g = csv(QStringLiteral("exports/*.csv"));
    CsvSource glob(g, Data);
    const auto gi = glob.test(nullptr);
    QVERIFY(gi);
    QCOMPARE(gi->summary, QStringLiteral("3 file(s) matching *.csv: 4 row(s) of 2 column(s)"));
    QCOMPARE(gi->notes, (QStringList{"read in this order: 2024-01.csv, 2024-02.csv, 2024-03.csv"}));
    const auto inferred = glob.discover(nullptr);
    QVERIFY(inferred);
    QCOMPARE(inferred->tables.first().columns.first().type, QStringLiteral("integer"));
}

void TestCsvSource::rowErrorsInThePlan()
{
    auto read = readAll(csv(QStringLiteral("ragged.csv")));
    QVERIFY(read);
    auto source = std::make_shared<const RecordSet>(std::move(*read));
    auto target = std::make_shared<TargetSnapshot>();
    target->columns = source->columns;
    target->rows = RowSet(2);
    target->rows.append({2, QStringLiteral("old")}); // the bad row's entry
    target->rows.append({9, QStringLiteral("gone")});
    target->ids = {10, 11};
    SyncRules rules;
    rules.keyColumns = {QStringLiteral("id")};
    rules.mode = SyncMode::Replace;
    const auto plan = planSync(source, target, rules);
    QVERIFY(plan);
    QCOMPARE(plan->counts.failed, 2);
    QCOMPARE(plan->counts.inserted, 2);
    QCOMPARE(plan->counts.deleted, 1); // 9, an orphan; 2 is left alone
    QCOMPARE(plan->counts.updated, 0);
    const Change &bad = plan->changes[1];
    QCOMPARE(bad.action, ChangeAction::Error);
    QCOMPARE(bad.targetRow, 0);
    QCOMPARE(plan->key(bad), QStringLiteral("2"));
    QVERIFY(plan->reason(bad).startsWith(QStringLiteral("ragged.csv line 3: 3 field(s)")));
}

void TestCsvSource::keylessRowErrorsHoldReplaceDeletes()
{
    // A row whose key could not be read may be any target entry: replace mode deletes none this run.
    RecordSet rows;
    rows.columns = {QStringLiteral("id"), QStringLiteral("name")};
    rows.rows = RowSet(2);
    rows.rows.append({1, QStringLiteral("a")});
    rows.rows.append({QVariant(), QVariant()});
    rows.rowErrors.push_back({1, QStringLiteral("x.csv line 3: broken")});
    auto target = std::make_shared<TargetSnapshot>();
    target->columns = rows.columns;
    target->rows = RowSet(2);
    target->rows.append({7, QStringLiteral("keep")});
    target->ids = {1};
    SyncRules rules;
    rules.keyColumns = {QStringLiteral("id")};
    rules.mode = SyncMode::Replace;
    const auto plan = planSync(std::make_shared<const RecordSet>(std::move(rows)), target, rules);
    QVERIFY(plan);
    QCOMPARE(plan->counts.deleted, 0);
    QCOMPARE(plan->counts.failed, 1);
    QCOMPARE(plan->reason(plan->changes[1]), QStringLiteral("x.csv line 3: broken"));
    QVERIFY(plan->warnings.join(u'\n').contains(QStringLiteral("replace mode deletes no target entries")));
}

void TestCsvSource::jobFileAndValidation()
{
    const QByteArray yaml = "ferry: 1\nid: x\nsource:\n  type: csv\n  path: in/*.csv\n  delimiter: \"\\t\"\n"
                            "  encoding: latin1\n  header: false\n  columns: {column1: integer, column2: text}\n"
                            "target: {type: sqlite, path: o.sqlite, table: t}\nsync: {key: column1}\n";
    const auto loaded = loadJobText(yaml, QStringLiteral("/tmp/jobs/job.yml"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY(loaded->warnings.isEmpty());
    const FileSourceSpec &f = loaded->job.file;
    QCOMPARE(loaded->job.sourceKind, SourceKind::Csv);
    QCOMPARE(f.delimiter, QStringLiteral("\t"));
    QCOMPARE(f.encoding, QStringLiteral("latin1"));
    QVERIFY(!f.header);
    QCOMPARE(f.columns, (QList<FileColumn>{{"column1", "integer"}, {"column2", "text"}}));
    const auto saved = saveJobText(loaded->job);
    QVERIFY(saved);
    const auto again = loadJobText(*saved, QStringLiteral("/tmp/jobs/job.yml"));
    QVERIFY(again);
    QVERIFY2(again->job.sameAs(loaded->job), saved->constData());

    JobSpec bad = loaded->job;
    bad.file.path.clear();
    bad.file.delimiter = QStringLiteral(";;");
    bad.file.encoding = QStringLiteral("ebcdic");
    bad.file.columns = {{QStringLiteral("column1"), QStringLiteral("int")}};
    QStringList fields;
    for (const ValidationIssue &i : validate(bad))
        if (i.severity == ValidationIssue::Error)
            fields.append(i.field);
    QCOMPARE(fields, (QStringList{"source.path", "source.delimiter", "source.encoding", "source.columns.column1"}));

    // In a file, the error points at the value.
    QByteArray wrong = yaml;
    wrong.replace("latin1", "ebcdic");
    const auto refused = loadJobText(wrong, QStringLiteral("/tmp/jobs/job.yml"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().toString().startsWith(QStringLiteral("/tmp/jobs/job.yml:7:13: ")),
             qPrintable(refused.error().toString()));
    QVERIFY(refused.error().toString().contains(QStringLiteral("unknown encoding 'ebcdic'")));
}

void TestCsvSource::randomFieldsRoundTrip()
{
    // Random fields full of delimiters, quotes, line breaks and multi-byte characters, written as RFC 4180 says
    // (quoted when they need it, quotes doubled, CRLF or LF line ends), read back exactly, in UTF-8 and UTF-16.
    const QStringList pieces{"a", "é", ",", "\"", "\n", "\r\n", ";", " ", "😀", "x\"y", "\"\""};
    QRandomGenerator random(20261130);
    const int rows = 3000, columns = 4;
    QList<QStringList> expected;
    QString body = QStringLiteral("c0,c1,c2,c3\r\n");
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        QStringList written;
        for (int c = 0; c < columns; ++c) {
            QString field;
            const int n = c == 0 ? 1 : int(random.bounded(6));
            for (int i = 0; i < n; ++i)
                field += c == 0 ? QString::number(r) : pieces[int(random.bounded(pieces.size()))];
            row.append(field);
            const bool quote = field.isEmpty() || field.contains(u',') || field.contains(u'"') ||
                               field.contains(u'\n') || field.contains(u'\r') || random.bounded(4) == 0;
            written.append(quote ? u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"'
                                 : field);
        }
        expected.append(row);
        body += written.join(u',') + (random.bounded(2) ? QStringLiteral("\r\n") : QStringLiteral("\n"));
    }
    QTemporaryDir dir;
    for (const QString &encoding : {QStringLiteral("utf-8"), QStringLiteral("utf-16")}) {
        QFile f(dir.filePath(QStringLiteral("random.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (encoding == u"utf-8") {
            f.write(body.toUtf8());
        } else {
            f.write("\xFE\xFF"); // big-endian this time
            for (QChar ch : body) {
                f.putChar(char(ch.unicode() >> 8));
                f.putChar(char(ch.unicode() & 0xFF));
            }
        }
        f.close();
        const auto r = readAll(csv(QStringLiteral("random.csv"), encoding), dir.path());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(r->rowErrors.empty());
        QCOMPARE(r->rows.size(), rows);
        for (int row = 0; row < rows; ++row)
            for (int c = 0; c < columns; ++c)
                QCOMPARE(text(*r, row, c), expected[row][c]);
    }
}

QTEST_APPLESS_MAIN(TestCsvSource)
#include "tst_csvsource.moc"
