// ModuleEntries: a module source's getUpdates() entries as rows. Combined by id (the latest wins), id-only deletes
// keyed by their id through sync.key and the mapping, the errors that name the entry, and the columns of an
// answer without upserts.
#include "connectors/moduleentries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Ferry;

namespace {

QJsonArray entries(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

ModuleEntries::Options options(const QString &key = QStringLiteral("code"),
                               const QString &deleteColumn = QStringLiteral("_deleted"))
{
    ModuleEntries::Options o;
    o.keyColumn = key;
    o.deleteColumn = deleteColumn;
    o.file = QStringLiteral("/m/feed.js");
    return o;
}

// Each row as "column=value" pairs, nulls left out.
QStringList rowsOf(const RecordSet &r)
{
    QStringList out;
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        QStringList cells;
        for (int c = 0; c < r.columns.size(); ++c)
            if (!r.rows.isNull(i, c))
                cells << r.columns.at(c) + u'=' + r.rows.value(i, c).toString();
        out << cells.join(u' ');
    }
    return out;
}

} // namespace

class TestModuleEntries : public QObject
{
    Q_OBJECT

private slots:
    void latestEntryOfAnIdWins();
    void idOnlyDeleteTakesTheIdAsItsKey();
    void keyColumnThroughTheMapping();
    void deletesDroppedWithoutADeleteColumn();
    void deleteThatCannotBeKeyedNamesTheEntry();
    void answerWithoutUpsertsKeepsTheMappedColumns();
};

void TestModuleEntries::latestEntryOfAnIdWins()
{
    auto r = ModuleEntries::read(entries(R"([
        {"id": 1, "type": "insert", "value": {"code": 1, "name": "first", "old": "x"}},
        {"id": 2, "type": "upsert", "value": {"code": 2, "name": "two"}},
        {"id": "1", "type": "update", "value": {"code": 1, "name": "second"}},
        {"id": 3, "type": "upsert", "value": {"code": 3, "name": "three"}},
        {"id": 3, "type": "delete", "value": {"code": 3}},
        {"id": 4, "type": "delete"},
        {"id": 4, "type": "upsert", "value": {"code": 4, "name": "back"}}
    ])"),
                                 options());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->combined, 3);
    // The column only the replaced entry had is gone; the id 1 and "1" are one record.
    QCOMPARE(r->records.columns,
             (QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("_deleted")}));
    QCOMPARE(rowsOf(r->records),
             (QStringList{QStringLiteral("code=1 name=second"), QStringLiteral("code=2 name=two"),
                          QStringLiteral("code=3 _deleted=true"), QStringLiteral("code=4 name=back")}));
}

void TestModuleEntries::idOnlyDeleteTakesTheIdAsItsKey()
{
    auto r = ModuleEntries::read(entries(R"([{"id": "7", "type": "delete"}, {"id": 8, "type": "delete",
                                             "value": {"code": null}}])"),
                                 options());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    // (A JSON object's keys come in alphabetical order.)
    QCOMPARE(rowsOf(r->records),
             (QStringList{QStringLiteral("_deleted=true code=7"), QStringLiteral("_deleted=true code=8")}));
}

void TestModuleEntries::keyColumnThroughTheMapping()
{
    JobSpec job;
    job.rules.keyColumns = {QStringLiteral("ref")};
    QCOMPARE(ModuleEntries::keyColumnOf(job), QStringLiteral("ref"));
    job.mapping = {{QStringLiteral("name"), QStringLiteral("name")}, {QStringLiteral("code"), QStringLiteral("ref")}};
    QCOMPARE(ModuleEntries::keyColumnOf(job), QStringLiteral("code"));
    job.mapping = {{QStringLiteral("name"), QStringLiteral("name")}};
    QCOMPARE(ModuleEntries::keyColumnOf(job), QString()); // the mapping does not write the key
    job.mapping.clear();
    job.rules.keyColumns = {QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(ModuleEntries::keyColumnOf(job), QString()); // composite: one id cannot fill it
}

void TestModuleEntries::deletesDroppedWithoutADeleteColumn()
{
    auto r = ModuleEntries::read(entries(R"([{"id": 1, "type": "upsert", "value": {"code": 1}},
                                             {"id": 2, "type": "delete"}, {"id": 3, "type": "delete"}])"),
                                 options(QStringLiteral("code"), QString()));
    QVERIFY(r);
    QCOMPARE(r->deletesDropped, 2);
    QCOMPARE(rowsOf(r->records), QStringList{QStringLiteral("code=1")});
}

void TestModuleEntries::deleteThatCannotBeKeyedNamesTheEntry()
{
    // No key column known (a composite key, or one the mapping does not write).
    auto unknown = ModuleEntries::read(entries(R"([{"id": 5, "type": "delete"}])"), options(QString()));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().field, QStringLiteral("sync.key"));
    QVERIFY2(unknown.error().message.startsWith(
                 QStringLiteral("entry 1 (id 5) of getUpdates() is a delete without a value")),
             qPrintable(unknown.error().message));

    auto noId = ModuleEntries::read(entries(R"([{"type": "delete"}])"), options());
    QVERIFY(!noId);
    QCOMPARE(noId.error().field, QStringLiteral("source.file"));
    QVERIFY2(noId.error().message.contains(QStringLiteral("entry 1 of getUpdates() is a delete with neither an id "
                                                          "nor the key column 'code'")),
             qPrintable(noId.error().message));

    // The module's ids are not the keys: the id cannot stand for the key, rather than delete another record.
    auto notKey = ModuleEntries::read(entries(R"([{"id": "a1", "type": "upsert", "value": {"code": 1}},
                                                  {"id": "b2", "type": "delete"}])"),
                                      options());
    QVERIFY(!notKey);
    QCOMPARE(notKey.error().field, QStringLiteral("source.file"));
    QVERIFY2(notKey.error().message.contains(QStringLiteral("entry 2 (id b2)")) &&
                 notKey.error().message.contains(QStringLiteral("entry 1 has the id a1 and the key 1")),
             qPrintable(notKey.error().message));

    // A delete that carries its key needs none of this.
    auto carried = ModuleEntries::read(entries(R"([{"id": "a1", "type": "upsert", "value": {"code": 1}},
                                                   {"id": "b2", "type": "delete", "value": {"code": 2}}])"),
                                       options());
    QVERIFY(carried);
    QCOMPARE(rowsOf(carried->records), (QStringList{QStringLiteral("code=1"), QStringLiteral("code=2 _deleted=true")}));
}

void TestModuleEntries::answerWithoutUpsertsKeepsTheMappedColumns()
{
    ModuleEntries::Options o = options();
    o.mappedColumns = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("_deleted")};
    auto empty = ModuleEntries::read(QJsonArray(), o);
    QVERIFY(empty);
    QCOMPARE(empty->records.columns,
             (QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("_deleted")}));
    QCOMPARE(empty->records.rows.size(), 0);
    auto deletes = ModuleEntries::read(entries(R"([{"id": 2, "type": "delete"}])"), o);
    QVERIFY(deletes);
    QCOMPARE(deletes->records.columns,
             (QStringList{QStringLiteral("_deleted"), QStringLiteral("code"), QStringLiteral("name")}));
    // With upserts, a mapped column none of them has stays missing (the mapping names it: a misspelling shows).
    auto upserts = ModuleEntries::read(entries(R"([{"id": 1, "type": "upsert", "value": {"code": 1}}])"), o);
    QVERIFY(upserts);
    QCOMPARE(upserts->records.columns, (QStringList{QStringLiteral("code"), QStringLiteral("_deleted")}));
}

QTEST_APPLESS_MAIN(TestModuleEntries)
#include "tst_moduleentries.moc"
