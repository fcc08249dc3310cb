// HookPage: how a page of records comes back from a hook as rows. Answers are written here as Node's
// JSON.stringify writes them, so no Node.js is needed: what a hook left alone keeps the input cell (its type and
// exact value), what it changed or added is read from the answer, what it removed is null, and an answer of
// the wrong shape fails the page with a message saying what was wrong.
#include "extensions/hookpage.h"

#include <QtTest>

using namespace Ferry;

class TestHookPage : public QObject
{
    Q_OBJECT
private slots:
    void sendsRecordsAsObjects();
    void unchangedFieldsKeepTheirCells();
    void sameValueWrittenOtherwiseIsUnchanged();
    void changedAddedAndRemovedFields();
    void perRecordErrorsAndDrops();
    void wrongShapes_data();
    void wrongShapes();
    void failKeepsRowsWithTheMessage();
    void preSavePageRecords();
    void notesFollowUnchangedCells();

private:
    static RecordSet people();
};

namespace {

constexpr qint64 BigId = 9007199254740993; // 2^53 + 1: no JavaScript number holds it

std::string_view view(const QByteArray &b)
{
    return std::string_view(b.constData(), static_cast<size_t>(b.size()));
}

// The per-record answer that returns every record as it was sent: [{"data":{…}},…].
QByteArray echo(const QByteArray &records)
{
    QByteArray out = records;
    out.replace("{\"id\"", "{\"data\":{\"id\"");
    out.replace("},{\"data\"", "}},{\"data\"");
    out.chop(1);
    return out + "}]";
}

} // namespace

RecordSet TestHookPage::people()
{
    RecordSet s;
    s.columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("born"), QStringLiteral("amount"),
                 QStringLiteral("big")};
    s.rows = RowSet(5);
    const auto add = [&](qint64 id, const char *name, QDate born, const char *amount) {
        s.rows.beginRow();
        s.rows.addInt(id);
        s.rows.addString(QByteArrayView(name));
        s.rows.addDate(QDate(1970, 1, 1).daysTo(born));
        s.rows.addDecimal(QByteArrayView(amount));
        s.rows.addInt(BigId);
        s.rows.endRow();
    };
    add(1, "ann", QDate(1990, 5, 1), "10.50");
    add(2, "bob", QDate(1985, 12, 31), "3");
    add(3, "cy", QDate(2000, 2, 29), "0.25");
    return s;
}

void TestHookPage::sendsRecordsAsObjects()
{
    const RecordSet in = people();
    const HookPage page(in, 1, 3);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.json(),
             QByteArray(R"([{"id":2,"name":"bob","born":"1985-12-31","amount":3,"big":9007199254740993},)"
                        R"({"id":3,"name":"cy","born":"2000-02-29","amount":0.25,"big":9007199254740993}])"));
    QCOMPARE(HookPage::recordsJson(in, 0, 1),
             QByteArray(R"([{"id":1,"name":"ann","born":"1990-05-01","amount":10.50,"big":9007199254740993}])"));
}

void TestHookPage::unchangedFieldsKeepTheirCells()
{
    const RecordSet in = people();
    HookPage page(in, 0, 3);
    QVERIFY(page.readPerRecord(view(echo(page.json())), QStringLiteral("preMap")));
    std::vector<qsizetype> origins;
    const RecordSet out = page.rows(&origins);
    QCOMPARE(out.columns, in.columns);
    QCOMPARE(out.rows.size(), 3);
    QCOMPARE(origins, (std::vector<qsizetype>{0, 1, 2}));
    for (qsizetype r = 0; r < 3; ++r)
        QVERIFY(out.rows.sameRow(r, in.rows, r));
    QCOMPARE(out.rows.value(0, 2).typeId(), QMetaType::QDate); // not the ISO text it travelled as
    QVERIFY(out.rows.isDecimal(0, 3));
    QCOMPARE(out.rows.json(0, 3), QByteArray("10.50"));
}

void TestHookPage::sameValueWrittenOtherwiseIsUnchanged()
{
    // Node writes 10.50 as 10.5 and rounds 2^53 + 1; an escape may spell a character otherwise. The values are
    // the same, so the cells stay the input's: the decimal keeps its scale, the id its exact value, the date its type.
    const RecordSet in = people();
    HookPage page(in, 0, 1);
    const QByteArray answer =
        R"([{"data":{"id":1.0,"name":"\u0061nn","born":"1990\u002d05-01","amount":10.5,"big":9007199254740992}}])";
    QVERIFY(page.readPerRecord(view(answer), QStringLiteral("preMap")));
    const RecordSet out = page.rows(nullptr);
    QVERIFY(out.rows.sameRow(0, in.rows, 0));
    QCOMPARE(out.rows.json(0, 3), QByteArray("10.50"));
    QCOMPARE(out.rows.value(0, 4).toLongLong(), BigId);
    QCOMPARE(out.rows.value(0, 2).typeId(), QMetaType::QDate);
}

void TestHookPage::changedAddedAndRemovedFields()
{
    const RecordSet in = people();
    HookPage page(in, 0, 2);
    // Record 1: name changed, a field added; record 2: born and big removed, fields in another order.
    const QByteArray answer = R"([{"data":{"id":1,"name":"ANN","born":"1990-05-01","amount":10.50,)"
                              R"("big":9007199254740993,"phone":"+44 20","tags":["a",{"b":1}]}},)"
                              R"({"data":{"amount":3,"name":"bob","id":2}}])";
    QVERIFY(page.readPerRecord(view(answer), QStringLiteral("preMap")));
    const RecordSet out = page.rows(nullptr);
    QCOMPARE(out.columns, (in.columns + QStringList{QStringLiteral("phone"), QStringLiteral("tags")}));
    QCOMPARE(out.rows.value(0, 1).toString(), QStringLiteral("ANN"));
    QCOMPARE(out.rows.value(0, 2).typeId(), QMetaType::QDate);
    QCOMPARE(out.rows.value(0, 5).toString(), QStringLiteral("+44 20"));
    QCOMPARE(out.rows.json(0, 6), QByteArray(R"(["a",{"b":1}])"));
    QCOMPARE(out.rows.value(1, 0).toLongLong(), 2);
    QCOMPARE(out.rows.value(1, 1).toString(), QStringLiteral("bob"));
    QVERIFY(out.rows.isNull(1, 2)); // removed by the hook
    QVERIFY(out.rows.isNull(1, 4));
    QVERIFY(out.rows.isDecimal(1, 3));
    QVERIFY(out.rows.isNull(1, 5)); // not given: the added columns are null
    QVERIFY(out.rows.isNull(1, 6));
    QVERIFY(out.rowErrors.empty());
}

void TestHookPage::perRecordErrorsAndDrops()
{
    const RecordSet in = people();
    HookPage page(in, 0, 3);
    // Record 1 fails (its data, with a new field, is not taken), record 2 is dropped (null), record 3 has no data.
    const QByteArray answer = R"([{"data":{"id":1,"extra":true},"errors":[{"code":"bad","message":"no phone"}]},)"
                              R"(null,{"errors":[]}])";
    QVERIFY(page.readPerRecord(view(answer), QStringLiteral("preMap")));
    std::vector<qsizetype> origins;
    const RecordSet out = page.rows(&origins);
    QCOMPARE(out.columns, in.columns); // "extra" came only with a failed record
    QCOMPARE(out.rows.size(), 1);
    QCOMPARE(origins, std::vector<qsizetype>{0});
    QVERIFY(out.rows.sameRow(0, in.rows, 0)); // as it was: its key still matches its target record
    QCOMPARE(out.rowErrors.size(), size_t(1));
    QCOMPARE(out.rowErrors.front().message, QStringLiteral("preMap: no phone (bad)"));

    HookPage second(in, 0, 1);
    QVERIFY(second.readPerRecord(view(QByteArray(R"([{"data":"ann"}])")), QStringLiteral("postMap")));
    const RecordSet bad = second.rows(nullptr);
    QCOMPARE(bad.rows.size(), 1);
    QCOMPARE(bad.rowErrors.front().message,
             QStringLiteral("postMap: the data it returned for this record is not an object"));
}

void TestHookPage::wrongShapes_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("message");
    QTest::newRow("object") << QByteArray(R"({"data":[]})")
                            << QStringLiteral("it returned no array for 2 record(s); it must return an array with one "
                                              "{data, errors} per record, in order");
    QTest::newRow("too few") << QByteArray(R"([{"data":{}}])")
                             << QStringLiteral(
                                    "it returned 1 result(s) for 2 record(s); it must return an array with one "
                                    "{data, errors} per record, in order");
    QTest::newRow("too many") << QByteArray(R"([null,null,null])")
                              << QStringLiteral("it returned 3 result(s) for 2 record(s); it must return an array with "
                                                "one {data, errors} per record, in order");
    QTest::newRow("not JSON") << QByteArray(R"([{"data":{"id":1}},{"data":{"id":)")
                              << QStringLiteral("its answer is not valid JSON (invalid number at byte 33)");
}

void TestHookPage::wrongShapes()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, message);
    const RecordSet in = people();
    HookPage page(in, 0, 2);
    const auto read = page.readPerRecord(view(answer), QStringLiteral("preMap"));
    QVERIFY(!read);
    QCOMPARE(read.error().message, message);
}

void TestHookPage::failKeepsRowsWithTheMessage()
{
    const RecordSet in = people();
    HookPage page(in, 1, 3);
    // A record with a new field was read before the answer turned out wrong: the failed page has no such column.
    QVERIFY(!page.readPerRecord(view(QByteArray(R"([{"data":{"id":2,"more":1}}])")), QStringLiteral("preMap")));
    page.fail(QStringLiteral("preMap failed on page 1 (rows 2-3): boom"));
    std::vector<qsizetype> origins;
    const RecordSet out = page.rows(&origins);
    QCOMPARE(out.columns, in.columns);
    QCOMPARE(origins, (std::vector<qsizetype>{1, 2}));
    QVERIFY(out.rows.sameRow(0, in.rows, 1));
    QVERIFY(out.rows.sameRow(1, in.rows, 2));
    QCOMPARE(out.rowErrors.size(), size_t(2));
    QCOMPARE(out.rowErrors.at(1).row, 1);
    QCOMPARE(out.rowErrors.at(1).message, QStringLiteral("preMap failed on page 1 (rows 2-3): boom"));
}

void TestHookPage::preSavePageRecords()
{
    const RecordSet in = people();
    {
        // As many records as sent: the same ones, in order (what is left alone keeps its type).
        HookPage page(in, 0, 2);
        const QByteArray data = R"([{"id":1,"name":"Ann","born":"1990-05-01","amount":10.5,)"
                                R"("big":9007199254740992},{"id":2,"name":"bob"}])";
        QVERIFY(page.readRecords(view(data), {}));
        std::vector<qsizetype> origins;
        const RecordSet out = page.rows(&origins);
        QCOMPARE(origins, (std::vector<qsizetype>{0, 1}));
        QCOMPARE(out.rows.value(0, 1).toString(), QStringLiteral("Ann"));
        QCOMPARE(out.rows.value(0, 2).typeId(), QMetaType::QDate);
        QCOMPARE(out.rows.json(0, 3), QByteArray("10.50"));
        QVERIFY(out.rows.isNull(1, 2));
    }
    {
        // Another number: new records, typed by their JSON.
        HookPage page(in, 0, 2);
        QVERIFY(page.readRecords(view(QByteArray(R"([{"id":7,"born":"1990-05-01"}])")), {}));
        std::vector<qsizetype> origins;
        const RecordSet out = page.rows(&origins);
        QCOMPARE(origins, std::vector<qsizetype>{-1});
        QCOMPARE(out.rows.value(0, 0).toLongLong(), 7);
        QCOMPARE(out.rows.value(0, 2).typeId(), QMetaType::QString);
        QVERIFY(out.rows.isNull(0, 1));
    }
    {
        // The host says which records came back (filtered and reordered): those keep their cells, exact ids and
        // source errors; a record the hook made is new even though the count is the same.
        RecordSet withError = in;
        withError.rowErrors.push_back(SourceRowError{2, QStringLiteral("line 4: not a date")});
        HookPage page(withError, 0, 3);
        const QByteArray data = R"([{"id":3,"name":"cy","born":"2000-02-29","amount":0.25,"big":9007199254740992},)"
                                R"({"id":1,"name":"ANN","born":"1990-05-01","amount":10.5,"big":9007199254740992},)"
                                R"({"id":9,"big":9007199254740992}])";
        QVERIFY(page.readRecords(view(data), {2, 0, -1}));
        std::vector<qsizetype> origins;
        const RecordSet out = page.rows(&origins);
        QCOMPARE(origins, (std::vector<qsizetype>{2, 0, -1}));
        QVERIFY(out.rows.sameRow(0, withError.rows, 2));
        QCOMPARE(out.rows.value(1, 4).toLongLong(), BigId);
        QCOMPARE(out.rows.value(1, 1).toString(), QStringLiteral("ANN"));
        QCOMPARE(out.rows.value(2, 4).toLongLong(), 9007199254740992); // made by the hook: as JSON says
        QCOMPARE(out.rowErrors.size(), size_t(1));
        QCOMPARE(out.rowErrors.front().row, 0);
        QCOMPARE(out.rowErrors.front().message, QStringLiteral("line 4: not a date"));
    }
    {
        // A map() into new objects: none tracked, as many as sent, so the same records in order.
        HookPage page(in, 0, 2);
        QVERIFY(page.readRecords(view(QByteArray(R"([{"id":1,"big":9007199254740992},{"id":2}])")), {-1, -1}));
        std::vector<qsizetype> origins;
        const RecordSet out = page.rows(&origins);
        QCOMPARE(origins, (std::vector<qsizetype>{0, 1}));
        QCOMPARE(out.rows.value(0, 4).toLongLong(), BigId);
    }
    {
        HookPage page(in, 0, 2);
        const auto read = page.readRecords(view(QByteArray(R"([{"id":7},42])")), {});
        QVERIFY(!read);
        QCOMPARE(read.error().message, QStringLiteral("data[1] is not a record (an object)"));
    }
}

void TestHookPage::notesFollowUnchangedCells()
{
    RecordSet in = people();
    in.notes.push_back(ValueNote{ValueNote::ReplacementCharacter, 1, 0});
    in.notes.push_back(ValueNote{ValueNote::ReplacementCharacter, 1, 2});
    in.rowErrors.push_back(SourceRowError{2, QStringLiteral("line 4: not a date")});
    HookPage page(in, 0, 3);
    // Row 1's name is replaced (its note goes), row 3's is left (its note and its source error stay).
    const QByteArray answer = R"([{"data":{"id":1,"name":"fixed","born":"1990-05-01","amount":10.50,)"
                              R"("big":9007199254740993}},null,)" +
                              echo(HookPage::recordsJson(in, 2, 3)).mid(1);
    QVERIFY2(page.readPerRecord(view(answer), QStringLiteral("preMap")), answer.constData());
    const RecordSet out = page.rows(nullptr);
    QCOMPARE(out.rows.size(), 2);
    QCOMPARE(out.notes.size(), size_t(1));
    QCOMPARE(out.notes.front().row, 1);
    QCOMPARE(out.notes.front().column, 1);
    QCOMPARE(out.rowErrors.size(), size_t(1));
    QCOMPARE(out.rowErrors.front().row, 1);
    QCOMPARE(out.rowErrors.front().message, QStringLiteral("line 4: not a date"));
}

QTEST_GUILESS_MAIN(TestHookPage)
#include "tst_hookpage.moc"
