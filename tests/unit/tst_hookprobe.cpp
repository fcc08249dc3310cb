// HookProbe and HookSampleModel (the Extensions page's "Test on sample rows", Qt Core only): the comparison of
// what a hook got with what it gave back (changed cells, dropped, added and failed rows), the model over it
// (QAbstractItemModelTester), a real hook run through Node.js with its console output, and a cancel that stops
// an endless hook without delivering a result.
#include "hookprobe.h"
#include "hooksamplemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {

// id, name; rows as given.
RecordSet people(const QList<QPair<qint64, QString>> &rows)
{
    RecordSet set;
    set.columns = {QStringLiteral("id"), QStringLiteral("name")};
    set.rows = RowSet(2);
    for (const auto &[id, name] : rows) {
        set.rows.beginRow();
        set.rows.addInt(id);
        set.rows.addString(QStringView(name));
        set.rows.endRow();
    }
    return set;
}

} // namespace

class TestHookProbe : public QObject
{
    Q_OBJECT

private slots:
    void compareMarksEachRow();
    void modelShowsBeforeAndAfter();
    void runsARealHook();
    void postMapGetsTheMappedRows();
    void earlierHooksRunFirstAsInARun();
    void cancelStopsAnEndlessHook();

private:
    QString writeHook(const QByteArray &code);
    QTemporaryDir m_dir;
};

QString TestHookProbe::writeHook(const QByteArray &code)
{
    const QString path = m_dir.filePath(QStringLiteral("hook-%1.js").arg(QDateTime::currentMSecsSinceEpoch()));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(code);
    return path;
}

void TestHookProbe::compareMarksEachRow()
{
    const RecordSet before =
        people({{1, QStringLiteral("ann")}, {2, QStringLiteral("bob")}, {3, QStringLiteral("cy")}});
    RecordSet after = people({{1, QStringLiteral("Ann")}, {3, QStringLiteral("cy")}, {9, QStringLiteral("new")}});
    after.rowErrors.push_back(SourceRowError{1, QStringLiteral("preMap: cy is not allowed")});
    const auto rows = HookProbe::compare(before, after, {0, 2, -1});
    QCOMPARE(rows.size(), size_t(4));
    QCOMPARE(rows[0].status, HookRowStatus::Changed);
    QCOMPARE(rows[0].changedColumns, QStringList{QStringLiteral("name")});
    QCOMPARE(rows[1].status, HookRowStatus::Dropped);
    QCOMPARE(rows[1].before, 1);
    QCOMPARE(rows[2].status, HookRowStatus::Failed);
    QCOMPARE(rows[2].error, QStringLiteral("preMap: cy is not allowed"));
    QCOMPARE(rows[3].status, HookRowStatus::Added);
    QCOMPARE(rows[3].after, 2);
    // The same rows unchanged: nothing marked, a new column counts as a change.
    QCOMPARE(HookProbe::compare(before, before, {0, 1, 2})[1].status, HookRowStatus::Unchanged);
    RecordSet wider = before;
    wider.columns.append(QStringLiteral("extra"));
    wider.rows = RowSet(3);
    for (qsizetype r = 0; r < before.rows.size(); ++r) {
        wider.rows.beginRow();
        wider.rows.addCell(before.rows, r, 0);
        wider.rows.addCell(before.rows, r, 1);
        wider.rows.addString(QStringView(u"x"));
        wider.rows.endRow();
    }
    QCOMPARE(HookProbe::compare(before, wider, {0, 1, 2})[0].changedColumns, QStringList{QStringLiteral("extra")});
}

void TestHookProbe::modelShowsBeforeAndAfter()
{
    HookSampleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 0);
    HookSample sample;
    sample.before = people({{1, QStringLiteral("ann")}, {2, QStringLiteral("bob")}});
    sample.after = people({{1, QStringLiteral("Ann")}});
    sample.rows = HookProbe::compare(sample.before, sample.after, {0});
    model.setSample(sample);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("name"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("ann → Ann"));
    QVERIFY(model.index(0, 2).data(HookSampleModel::ChangedRole).toBool());
    QVERIFY(!model.index(0, 1).data(HookSampleModel::ChangedRole).toBool());
    QCOMPARE(model.index(1, 0).data().toString(), HookSampleModel::statusText(HookRowStatus::Dropped));
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("bob"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestHookProbe::runsARealHook()
{
    JobSpec job;
    job.hooks.file = writeHook("exports.preMap = (o, cb) => { console.log('got ' + o.preMapData.length +\n"
                               "  ' for ' + o.settings.who); cb(null, o.preMapData.map((r) => r.id === 2 ? null :\n"
                               "  {data: Object.assign({}, r, {name: r.name.toUpperCase()})})); };\n");
    job.hooks.calls = {QStringLiteral("postAggregate")}; // the test runs the hook picked, whatever is listed
    job.hooks.settings = QJsonObject{{QStringLiteral("who"), QStringLiteral("the test")}};
    const HookSample sample = HookProbe::run(job, QStringLiteral("preMap"),
                                             people({{1, QStringLiteral("ann")}, {2, QStringLiteral("bob")}}), nullptr);
    QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error->toString()));
    QCOMPARE(sample.count(HookRowStatus::Changed), 1);
    QCOMPARE(sample.count(HookRowStatus::Dropped), 1);
    QVERIFY2(sample.log.join(u'\n').contains(QStringLiteral("got 2 for the test")), qPrintable(sample.log.join(u'\n')));
    // A hook the sample cannot test, and no file: said, with the field to fix.
    QCOMPARE(HookProbe::run(job, QStringLiteral("postSubmit"), people({}), nullptr).error->field,
             QStringLiteral("hooks.calls"));
    job.hooks.file.clear();
    QCOMPARE(HookProbe::run(job, QStringLiteral("preMap"), people({}), nullptr).error->field,
             QStringLiteral("hooks.file"));
}

void TestHookProbe::postMapGetsTheMappedRows()
{
    JobSpec job;
    job.hooks.file = writeHook("exports.postMap = (o, cb) => cb(null, o.postMapData.map((r, i) =>\n"
                               "  ({data: Object.assign({}, r, {Label: o.preMapData[i].name + '!'})})));\n");
    job.mapping = {FieldMapping{QStringLiteral("id"), QStringLiteral("ID")},
                   FieldMapping{QStringLiteral("name"), QStringLiteral("Label")}};
    const HookSample sample =
        HookProbe::run(job, QStringLiteral("postMap"), people({{1, QStringLiteral("ann")}}), nullptr);
    QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error->toString()));
    QCOMPARE(sample.before.columns, (QStringList{QStringLiteral("ID"), QStringLiteral("Label")}));
    QCOMPARE(sample.rows.size(), size_t(1));
    QCOMPARE(sample.rows[0].changedColumns, QStringList{QStringLiteral("Label")});
    QCOMPARE(sample.after.rows.value(0, 1).toString(), QStringLiteral("ann!"));
    // A mapping that names a column the source lacks: the mapping is blamed.
    job.mapping.append(FieldMapping{QStringLiteral("missing"), QStringLiteral("X")});
    const HookSample bad =
        HookProbe::run(job, QStringLiteral("postMap"), people({{1, QStringLiteral("ann")}}), nullptr);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error->field, QStringLiteral("mapping"));
}

void TestHookProbe::earlierHooksRunFirstAsInARun()
{
    // The job calls preSavePage and preMap: testing postMap, the sample goes through both and the mapping first
    // (as ferry-cli hook test and a run do), so a field preMap adds can be mapped.
    JobSpec job;
    job.hooks.file =
        writeHook("exports.preSavePage = (o, cb) => cb(null, {data: o.data.filter((r) => r.id !== 2)});\n"
                  "exports.preMap = (o) => o.data.map((r) => ({data: Object.assign({}, r, {city: 'Leeds'})}));\n"
                  "exports.postMap = (o, cb) => cb(null, o.postMapData.map((data) => ({data})));\n");
    job.hooks.calls = {QStringLiteral("preSavePage"), QStringLiteral("preMap"), QStringLiteral("postMap")};
    job.mapping = {FieldMapping{QStringLiteral("id"), QStringLiteral("ID")},
                   FieldMapping{QStringLiteral("city"), QStringLiteral("Town")}};
    const HookSample sample = HookProbe::run(
        job, QStringLiteral("postMap"),
        people({{1, QStringLiteral("ann")}, {2, QStringLiteral("bob")}, {3, QStringLiteral("cy")}}), nullptr);
    QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error->toString()));
    QCOMPARE(sample.before.columns, (QStringList{QStringLiteral("ID"), QStringLiteral("Town")}));
    QCOMPARE(sample.before.rows.size(), 2); // bob dropped by preSavePage
    QCOMPARE(sample.before.rows.value(1, 0).toLongLong(), 3);
    QCOMPARE(sample.before.rows.value(0, 1).toString(), QStringLiteral("Leeds"));
}

void TestHookProbe::cancelStopsAnEndlessHook()
{
    JobSpec job;
    job.hooks.file = writeHook("exports.preMap = () => { for (;;) {} };\n");
    job.hooks.calls = {QStringLiteral("preMap")};
    HookProbe probe;
    QSignalSpy finished(&probe, &HookProbe::finished);
    QSignalSpy busy(&probe, &HookProbe::busyChanged);
    const quint64 id = probe.start(job, QStringLiteral("preMap"), people({{1, QStringLiteral("ann")}}));
    QVERIFY(probe.isBusy());
    QTest::qWait(500);
    probe.cancel(id);
    QVERIFY(!probe.isBusy());
    QCOMPARE(busy.size(), 2);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(probe.waitForDone(10000)); // the host was killed: well before the 30 s time-out
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestHookProbe)
#include "tst_hookprobe.moc"
