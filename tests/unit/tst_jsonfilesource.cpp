// JsonFileSource on real files (tests/data/filesources): arrays of records, a JSON pointer to the array, NDJSON
// with Windows line ends and blank lines, nested values kept as JSON, typed columns; syntax errors fail the
// read with line:column, bad NDJSON lines and records that are not objects are row errors.
#include "connectors/jsonfilesource.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {

const QString Data = QStringLiteral(FERRY_TEST_DATA "/filesources");

FileSourceSpec json(const QString &path)
{
    FileSourceSpec s;
    s.path = path;
    return s;
}

Result<RecordSet> readAll(const FileSourceSpec &spec, const QString &dir = Data)
{
    JsonFileSource source(spec, dir);
    auto columns = source.start();
    if (!columns)
        return columns.error();
    return source.fetch(nullptr);
}

} // namespace

class TestJsonFileSource : public QObject
{
    Q_OBJECT
private slots:
    void arrayOfRecords();
    void pointerToRecords();
    void pointerNotFound();
    void objectWithoutPointer();
    void syntaxErrorFailsTheRead();
    void ndjsonLines();
    void ndjsonByExtension();
    void emptyFiles();
    void largeFile();
    void testDiscoverSample();
};

void TestJsonFileSource::arrayOfRecords()
{
    const auto r = readAll(json(QStringLiteral("items.json")));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    // Every key of every record, in the order they first appear.
    QCOMPARE(r->columns, (QStringList{"id", "name", "price", "tags", "active", "extra"}));
    QCOMPARE(r->rows.size(), 3);
    QCOMPARE(r->rows.value(0, 0).typeId(), QMetaType::LongLong);
    QCOMPARE(r->rows.json(0, 2), QByteArray("10.5"));
    QCOMPARE(r->rows.json(0, 3), QByteArray("[\"x\",\"y\"]")); // nested: kept as JSON
    QCOMPARE(r->rows.value(0, 4), QVariant(true));
    QVERIFY(r->rows.isNull(1, 4));
    QCOMPARE(r->rows.json(1, 5), QByteArray("{\"k\":1}"));
    QVERIFY(r->rows.isNull(2, 2)); // a key the record lacks
    QVERIFY(r->rowErrors.empty());
}

void TestJsonFileSource::pointerToRecords()
{
    FileSourceSpec s = json(QStringLiteral("wrapped.json"));
    s.records = QStringLiteral("/data/items");
    s.columns = {{QStringLiteral("id"), QStringLiteral("integer")}, {QStringLiteral("born"), QStringLiteral("date")}};
    const auto r = readAll(s);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->rows.size(), 2);
    QCOMPARE(r->rows.value(0, 0), QVariant(qint64(1))); // "1" as an integer
    s.records = QStringLiteral("data/items");           // without the leading slash: the same
    QCOMPARE(readAll(s)->rows.size(), 2);
    QCOMPARE(r->rows.value(0, 1).toDate(), QDate(1980, 2, 1));
    QCOMPARE(r->rowErrors.size(), size_t(1));
    QCOMPARE(r->rowErrors[0].message,
             QStringLiteral("wrapped.json record 2 (line 11): column 'id': 'x' is not a whole number; column 'born': "
                            "'never' is not a date (write it as 2024-02-01)"));
}

void TestJsonFileSource::pointerNotFound()
{
    FileSourceSpec s = json(QStringLiteral("wrapped.json"));
    s.records = QStringLiteral("/data/rows");
    const auto r = readAll(s);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("source.records"));
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY2(r.error().message.contains(QStringLiteral("/data has no key 'rows' (its keys: items)")),
             qPrintable(r.error().message));
    s.records = QStringLiteral("/meta/count");
    const auto scalar = readAll(s);
    QVERIFY(!scalar);
    QVERIFY2(scalar.error().message.contains(QStringLiteral("records /meta/count is a number, not an array")),
             qPrintable(scalar.error().message));
}

void TestJsonFileSource::objectWithoutPointer()
{
    const auto r = readAll(json(QStringLiteral("object.json")));
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("source.records"));
    QVERIFY(r.error().message.contains(QStringLiteral("set records to the JSON pointer")));
}

void TestJsonFileSource::syntaxErrorFailsTheRead()
{
    const auto r = readAll(json(QStringLiteral("broken.json")));
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("source.path"));
    QVERIFY2(r.error().message.startsWith(QStringLiteral("broken.json:3:12: ")), qPrintable(r.error().message));
    QVERIFY(r.error().message.endsWith(QStringLiteral("the file is not valid JSON")));
}

void TestJsonFileSource::ndjsonLines()
{
    FileSourceSpec s = json(QStringLiteral("records.ndjson"));
    s.format = QStringLiteral("ndjson");
    const auto r = readAll(s);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->columns, (QStringList{"id", "name", "nested"}));
    QCOMPARE(r->rows.size(), 5); // the blank line holds no record; bad lines are rows in error
    QCOMPARE(r->rows.json(1, 2), QByteArray("{\"a\":[1,2],\"z\":1}"));
    QCOMPARE(r->rowErrors.size(), size_t(2));
    QCOMPARE(r->rowErrors[0].row, 2);
    QVERIFY2(r->rowErrors[0].message.startsWith(QStringLiteral("records.ndjson record 3 (line 4): column 16: ")),
             qPrintable(r->rowErrors[0].message));
    QCOMPARE(r->rowErrors[1].message,
             QStringLiteral("records.ndjson record 4 (line 5): the record is an array, not an object: each record must "
                            "be {\"key\": value, …}"));
    QCOMPARE(r->rows.value(4, 0), QVariant(qint64(5)));
}

void TestJsonFileSource::ndjsonByExtension()
{
    const auto r = readAll(json(QStringLiteral("records.jsonl")));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->rows.size(), 2);
}

void TestJsonFileSource::emptyFiles()
{
    QTemporaryDir dir;
    QFile(dir.filePath(QStringLiteral("empty.json"))).open(QIODevice::WriteOnly);
    QFile none(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(none.open(QIODevice::WriteOnly));
    none.write("[]");
    none.close();
    auto r = readAll(json(QStringLiteral("empty.json")), dir.path());
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("empty.json is empty")));
    JsonFileSource source(json(QStringLiteral("none.json")), dir.path());
    const auto rows = source.fetch(nullptr);
    QVERIFY(rows);
    QCOMPARE(rows->rows.size(), 0);
    QVERIFY(!source.start()); // no columns to map
}

void TestJsonFileSource::largeFile()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("big.ndjson")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    const int rows = 100000;
    for (int i = 0; i < rows; ++i)
        f.write(QStringLiteral("{\"id\":%1,\"name\":\"n\\u00e9 %1\",\"v\":[%1]}\n").arg(i).toUtf8());
    f.close();
    const auto r = readAll(json(QStringLiteral("big.ndjson")), dir.path());
    QVERIFY(r);
    QCOMPARE(r->rows.size(), rows);
    QCOMPARE(r->rows.value(rows - 1, 1).toString(), QStringLiteral("né %1").arg(rows - 1));
    QCOMPARE(r->rows.json(77, 2), QByteArray("[77]"));
}

void TestJsonFileSource::testDiscoverSample()
{
    JsonFileSource source(json(QStringLiteral("items.json")), Data);
    const auto info = source.test(nullptr);
    QVERIFY(info);
    QCOMPARE(info->rowCount, 3);
    QCOMPARE(info->server, QStringLiteral("JSON file"));
    const auto schema = source.discover(nullptr);
    QVERIFY(schema);
    QStringList types;
    for (const ColumnInfo &c : schema->tables.first().columns)
        types.append(c.name + u'=' + c.type);
    QCOMPARE(types.join(u' '), QStringLiteral("id=integer name=text price=number tags=json active=boolean extra=json"));
    const auto sample = source.sample(1, nullptr);
    QVERIFY(sample);
    QCOMPARE(sample->rows.size(), 1);
    QCOMPARE(sample->columns.size(), 5); // the keys of the records read
}

QTEST_APPLESS_MAIN(TestJsonFileSource)
#include "tst_jsonfilesource.moc"
