// TargetMemory, what the state store remembers of a job's writes to a target: a listed record that lacks a
// field the job writes (the service does not echo it) takes it from what Ferry last wrote to that id, and
// never loses a field the service did send.
#include "connectors/targetmemory.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Ferry;

namespace {

RememberedRecord written(const QString &key, const QString &remoteId, const QByteArray &values)
{
    return RememberedRecord{key, remoteId, 0, values};
}

} // namespace

class TestTargetMemory : public QObject
{
    Q_OBJECT
private slots:
    void recordsKeptInOrder()
    {
        TargetMemory memory;
        QVERIFY(memory.isEmpty());
        memory.set(
            {written(QStringLiteral("a"), QStringLiteral("1"), "{}"), written(QStringLiteral("b"), QString(), "{}")});
        QCOMPARE(memory.size(), 2);
        QCOMPARE(memory.records().at(0).key, QStringLiteral("a"));
        QCOMPARE(memory.records().at(1).key, QStringLiteral("b"));
    }

    void fillsOnlyTheFieldsTheRecordLacks()
    {
        TargetMemory memory;
        memory.set({written(QStringLiteral("k1"), QStringLiteral("7"), R"({"key":"k1","name":"Ann","extra":1})")});
        QJsonObject record{{QStringLiteral("id"), 7}, {QStringLiteral("name"), QStringLiteral("Anne")}};
        memory.fillUnechoed(record, QStringLiteral("7"), {QStringLiteral("key"), QStringLiteral("name")});
        QCOMPARE(record.value(QStringLiteral("key")).toString(), QStringLiteral("k1"));    // not echoed: remembered
        QCOMPARE(record.value(QStringLiteral("name")).toString(), QStringLiteral("Anne")); // the service's value
        QVERIFY(!record.contains(QStringLiteral("extra")));                                // not a job column
    }

    void anotherIdOrNoIdFillsNothing()
    {
        TargetMemory memory;
        memory.set({written(QStringLiteral("k1"), QString(), R"({"key":"k1"})"),
                    written(QStringLiteral("k2"), QStringLiteral("8"), R"({"key":"k2"})")});
        QJsonObject record{{QStringLiteral("id"), 9}};
        memory.fillUnechoed(record, QStringLiteral("9"), {QStringLiteral("key")});
        QVERIFY(!record.contains(QStringLiteral("key")));
        memory.fillUnechoed(record, QString(), {QStringLiteral("key")}); // a record kept without id matches none
        QVERIFY(!record.contains(QStringLiteral("key")));
    }

    void theLastWriteToAnIdWins()
    {
        TargetMemory memory;
        memory.set({written(QStringLiteral("old"), QStringLiteral("5"), R"({"key":"old"})"),
                    written(QStringLiteral("new"), QStringLiteral("5"), R"({"key":"new"})")});
        QJsonObject record;
        memory.fillUnechoed(record, QStringLiteral("5"), {QStringLiteral("key")});
        QCOMPARE(record.value(QStringLiteral("key")).toString(), QStringLiteral("new"));
    }

    void setAgainReplacesTheMemory()
    {
        TargetMemory memory;
        memory.set({written(QStringLiteral("k"), QStringLiteral("5"), R"({"key":"k"})")});
        memory.set({});
        QVERIFY(memory.isEmpty());
        QJsonObject record;
        memory.fillUnechoed(record, QStringLiteral("5"), {QStringLiteral("key")});
        QVERIFY(record.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTargetMemory)
#include "tst_targetmemory.moc"
