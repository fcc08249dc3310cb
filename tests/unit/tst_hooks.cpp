// A job's hooks run for real (Node.js, tests/data/hooks/run-hooks.js) in runs from a SQLite source into a
// SQLite target: each hook with its documented options and results (records changed, added, dropped; errors
// per record; abort), failures of one page (a throw, a rejected promise, a time-out, an endless loop,
// process.exit) that leave the other pages written and restart the host, the log, a dry run that shows the
// hooked rows, and Node.js missing.
#include "extensions/extensionhost.h"
#include "run/preparedrun.h"
#include "run/report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <array>
#include <mutex>

using namespace Ferry;

namespace {

void sql(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("setup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
    }
    QSqlDatabase::removeDatabase(name);
}

// The target's rows as "col=value, …" lines, by id.
QStringList rows(const QString &file, const QString &columns)
{
    QStringList out;
    const QString name = QStringLiteral("read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.open();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT %1 FROM people ORDER BY id").arg(columns)))
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells.append(q.value(i).isNull() ? QStringLiteral("null") : q.value(i).toString());
                out.append(cells.join(QStringLiteral("|")));
            }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

class Recorder final : public RunObserver
{
public:
    void rowFailed(const RunTag &, const RowErrorEvent &e) override
    {
        std::lock_guard lock(mutex);
        rowErrors.append(e.key + QStringLiteral(": ") + e.message);
    }
    void logged(const RunTag &, const LogEvent &e) override
    {
        std::lock_guard lock(mutex);
        logs.append(e.message);
    }
    std::mutex mutex;
    QStringList rowErrors;
    QStringList logs;
};

// The row errors of a plan, as "key: reason".
QStringList planErrors(const Plan &plan)
{
    QStringList out;
    for (const Change &c : plan.changes)
        if (c.action == ChangeAction::Error)
            out.append(plan.key(c) + QStringLiteral(": ") + plan.reason(c));
    return out;
}

} // namespace

class TestHooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!ExtensionHost::nodeProgram().isEmpty())
            return;
        QFAIL("Node.js is needed for these tests: sudo apt-get install nodejs (scripts/install-deps.sh)");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_source = m_dir->filePath(QStringLiteral("source.sqlite"));
        m_target = m_dir->filePath(QStringLiteral("target.sqlite"));
        m_record = m_dir->filePath(QStringLiteral("calls.ndjson"));
        // 6 rows: 2 pages of 2 … with page_size 2: [1,2] [3,4] [5,6]
        sql(m_source, {QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)"),
                       QStringLiteral("INSERT INTO people VALUES (1, 'ann', '+44 (20) 7946-0001')"),
                       QStringLiteral("INSERT INTO people VALUES (2, 'bob', '020 7946 0002')"),
                       QStringLiteral("INSERT INTO people VALUES (3, 'cy', 'bad')"),
                       QStringLiteral("INSERT INTO people VALUES (4, 'test', '000')"),
                       QStringLiteral("INSERT INTO people VALUES (5, 'eve', NULL)"),
                       QStringLiteral("INSERT INTO people VALUES (6, 'fay', '+1-555-0106')")});
    }

    void preSavePageChangesAddsAndDrops();
    void preMapErrorsAndDrops();
    void postMapSeesBothAndAddsColumns();
    void dryRunShowsTheHookedRows();
    void abortStopsTheRun();
    void aFailedPageFailsItsRowsAlone_data();
    void aFailedPageFailsItsRowsAlone();
    void postSubmitAndPostAggregate();
    void postSubmitSeesThePreMappingRecordsAndIds();
    void postSubmitIdsOfASqlTableAreItsKeys();
    void nodeMissing();
    void valuesKeepTheirTypes();
    void hookFileMistakesStopTheRun();
    void stalledPagesStopTheRun();
    void scriptStyleHooksAnswerByReturning();
    void abortReadsAsJavaScriptDoes();
    void lateErrorsFindTheirOwnCall();
    void outputWithoutLineEndKeepsTheProtocol();
    void whatAHookStartsDiesWithTheHost();
    void postAggregateSeesTheElapsedTime();

private:
    // A hook file of this test's own (in its temporary folder).
    QString hookFile(const QByteArray &javaScript) const
    {
        const QString path = m_dir->filePath(QStringLiteral("hook-%1.js").arg(++m_hookFiles));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(javaScript);
        return path;
    }

    JobSpec job(const QStringList &calls, const QJsonObject &settings = {}) const
    {
        JobSpec j;
        j.id = QStringLiteral("hooked");
        j.name = QStringLiteral("Hooked");
        j.sourcePath = m_dir->filePath(QStringLiteral("job.yml"));
        j.sql.driver = QStringLiteral("sqlite");
        j.sql.host = m_source;
        j.sql.query = QStringLiteral("SELECT id, name, phone FROM people ORDER BY id");
        j.targetKind = TargetKind::Sqlite;
        j.sqlite.path = m_target;
        j.sqlite.table = QStringLiteral("people");
        j.sqlite.createTable = true;
        j.rules.mode = SyncMode::Replace;
        j.rules.keyColumns = {QStringLiteral("id")};
        j.hooks.file = QStringLiteral(FERRY_TEST_DATA "/hooks/run-hooks.js");
        j.hooks.calls = calls;
        j.hooks.pageSize = 2;
        j.hooks.timeoutSeconds = 2;
        QJsonObject s = settings;
        s.insert(QStringLiteral("record"), m_record);
        j.hooks.settings = s;
        return j;
    }
    RunOptions options(RunObserver *observer = nullptr) const
    {
        RunOptions o;
        o.stateDir = m_dir->filePath(QStringLiteral("state"));
        o.observer = observer;
        return o;
    }
    // The options each call got, in order: [{hook, options}].
    QList<QJsonObject> calls() const
    {
        QList<QJsonObject> out;
        QFile f(m_record);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source, m_target, m_record;
    mutable int m_hookFiles = 0;
};

void TestHooks::preSavePageChangesAddsAndDrops()
{
    const RunReport report =
        runJob(job({QStringLiteral("preSavePage")}, {{QStringLiteral("country"), QStringLiteral("GB")}}), options());
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.status, RunStatus::Succeeded);
    // bob (2) dropped, names upper-cased, page numbers added as a new column, a record added on page 0
    QCOMPARE(rows(m_target, QStringLiteral("id, name, page")),
             (QStringList{QStringLiteral("1|ANN|0"), QStringLiteral("3|CY|1"), QStringLiteral("4|TEST|1"),
                          QStringLiteral("5|EVE|2"), QStringLiteral("6|FAY|2"), QStringLiteral("100|ADDED|0")}));
    // a field only one page has is null in the other pages' rows
    QCOMPARE(rows(m_target, QStringLiteral("id, late")),
             (QStringList{QStringLiteral("1|null"), QStringLiteral("3|null"), QStringLiteral("4|null"),
                          QStringLiteral("5|L5"), QStringLiteral("6|L6"), QStringLiteral("100|null")}));
    // the errors a page returns are the run's warnings
    QVERIFY2(report.warnings.join(u'\n').contains(QStringLiteral("preSavePage, page 1: page 0 looked at (note)")),
             qPrintable(report.warnings.join(u'\n')));
    // the documented options: data, errors, settings, pageIndex, the job's id
    const QList<QJsonObject> seen = calls();
    QCOMPARE(seen.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = seen[i].value(QStringLiteral("options")).toObject();
        QCOMPARE(seen[i].value(QStringLiteral("hook")).toString(), QStringLiteral("preSavePage"));
        QCOMPARE(o.value(QStringLiteral("pageIndex")).toInt(), i);
        QCOMPARE(o.value(QStringLiteral("data")).toArray().size(), 2);
        QVERIFY(o.value(QStringLiteral("errors")).isArray());
        QCOMPARE(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("country")).toString(),
                 QStringLiteral("GB"));
        QCOMPARE(o.value(QStringLiteral("jobId")).toString(), QStringLiteral("hooked"));
    }
    // records are plain JSON with typed values
    const QJsonObject first = seen[0]["options"].toObject()["data"].toArray()[0].toObject();
    QCOMPARE(first.value(QStringLiteral("id")), QJsonValue(1));
    QCOMPARE(first.value(QStringLiteral("name")), QJsonValue(QStringLiteral("ann")));
    QCOMPARE(seen[2]["options"].toObject()["data"].toArray()[0].toObject().value(QStringLiteral("phone")),
             QJsonValue(QJsonValue::Null));
}

void TestHooks::preMapErrorsAndDrops()
{
    Recorder recorder;
    sql(m_target, {QStringLiteral("CREATE TABLE people (id INTEGER, name TEXT, phone TEXT)"),
                   QStringLiteral("INSERT INTO people VALUES (3, 'cy', 'old')")});
    const RunReport report = runJob(job({QStringLiteral("preMap")}), options(&recorder));
    QCOMPARE(report.status, RunStatus::RowErrors);
    QCOMPARE(report.counts.failed, 1);
    // 3 fails with the hook's message and stays as it was in the target (replace mode does not delete it);
    // test (4) is dropped; phones are normalised
    QVERIFY(report.plan);
    QCOMPARE(planErrors(*report.plan), QStringList{QStringLiteral("3: preMap: invalid phone for 3 (phone)")});
    QVERIFY(report.failedRows.empty()); // listed with the plan, not twice
    QCOMPARE(
        rows(m_target, QStringLiteral("id, name, phone")),
        (QStringList{QStringLiteral("1|ann|+442079460001"), QStringLiteral("2|bob|02079460002"),
                     QStringLiteral("3|cy|old"), QStringLiteral("5|eve|null"), QStringLiteral("6|fay|+15550106")}));
    // the hook's console output is in the run's log, tagged with the hook
    QVERIFY2(recorder.logs.contains(QStringLiteral("[preMap] preMap page 1: 2 record(s)")),
             qPrintable(recorder.logs.join(u'\n')));
    const QList<QJsonObject> seen = calls();
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen[1]["options"].toObject()["preMapData"].toArray().size(), 2);
    QVERIFY(seen[1]["options"].toObject()["runId"].isNull()); // prepared before the run is recorded
}

void TestHooks::postMapSeesBothAndAddsColumns()
{
    JobSpec j = job({QStringLiteral("postMap")}, {{QStringLiteral("country"), QStringLiteral("GB")}});
    j.mapping = {FieldMapping{QStringLiteral("id"), QStringLiteral("id")},
                 FieldMapping{QStringLiteral("name"), QStringLiteral("Name")}};
    const RunReport report = runJob(j, options());
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(rows(m_target, QStringLiteral("id, Name, Checked, Country")).first(), QStringLiteral("1|ann|1|GB"));
    QCOMPARE(rows(m_target, QStringLiteral("id")).size(), 6);
    const QJsonObject o = calls().first()["options"].toObject();
    QCOMPARE(o["preMapData"].toArray()[0].toObject()["phone"].toString(), QStringLiteral("+44 (20) 7946-0001"));
    QVERIFY(!o["postMapData"].toArray()[0].toObject().contains(QStringLiteral("phone"))); // mapped away
}

void TestHooks::dryRunShowsTheHookedRows()
{
    RunOptions o = options();
    o.dryRun = true;
    const RunReport report = runJob(job({QStringLiteral("preSavePage"), QStringLiteral("preMap")}), o);
    QVERIFY2(report.plan, qPrintable(report.error ? report.error->toString() : QString()));
    // preSavePage dropped 2, added 100 and upper-cased the names (so preMap's test for 'test' keeps 4); preMap
    // failed 3 for its phone
    QCOMPARE(report.counts.inserted, 5); // 1, 4, 5, 6, 100
    QCOMPARE(report.counts.failed, 1);
    QCOMPARE(report.plan->columns, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"),
                                                QStringLiteral("page"), QStringLiteral("late")}));
    QVERIFY(rows(m_target, QStringLiteral("id")).isEmpty()); // nothing written
    // apply runs that very plan
    auto prepared = PreparedRun::prepare(job({QStringLiteral("preSavePage"), QStringLiteral("preMap")}), options());
    QVERIFY(prepared->plan());
    const RunReport applied = prepared->apply(ApplyOptions{});
    QCOMPARE(applied.counts.inserted, prepared->plan()->counts.inserted);
    QCOMPARE(rows(m_target, QStringLiteral("id, name")),
             (QStringList{QStringLiteral("1|ANN"), QStringLiteral("4|TEST"), QStringLiteral("5|EVE"),
                          QStringLiteral("6|FAY"), QStringLiteral("100|ADDED")}));
}

void TestHooks::abortStopsTheRun()
{
    const RunReport report =
        runJob(job({QStringLiteral("preSavePage")}, {{QStringLiteral("abortOnPage"), 1}}), options());
    QCOMPARE(report.status, RunStatus::Failed);
    QVERIFY(report.error);
    QVERIFY2(report.error->message.contains(
                 QStringLiteral("preSavePage stopped the run on page 2: the CRM export is incomplete (stop); nothing "
                                "was written")),
             qPrintable(report.error->toString()));
    QVERIFY(rows(m_target, QStringLiteral("id")).isEmpty());
    QCOMPARE(calls().size(), 2); // no page after the abort
}

void TestHooks::aFailedPageFailsItsRowsAlone_data()
{
    QTest::addColumn<QString>("hook");
    QTest::addColumn<QString>("fail");
    QTest::addColumn<QString>("message");
    QTest::newRow("preMap throws") << "preMap"
                                   << "throw"
                                   << "Error: preMap cannot handle page 1\n    at ";
    QTest::newRow("preMap rejects") << "preMap"
                                    << "reject"
                                    << "RangeError: rejected page 1";
    QTest::newRow("preMap times out") << "preMap"
                                      << "timeout"
                                      << "did not answer within 2 second(s) (hooks.timeout";
    QTest::newRow("preMap while(true)") << "preMap"
                                        << "loop"
                                        << "did not answer within 2 second(s)";
    QTest::newRow("preMap process.exit") << "preMap"
                                         << "exit"
                                         << "stopped during preMap (it exited with code 1)";
    QTest::newRow("preSavePage throws") << "preSavePage"
                                        << "throw"
                                        << "Error: preSavePage cannot handle page 1";
    QTest::newRow("postMap exits") << "postMap"
                                   << "exit"
                                   << "exited with code 1";
    QTest::newRow("preMap one result short")
        << "preMap"
        << "short"
        << "it returned 1 result(s) for 2 record(s); it must return an array with one {data, errors} per record";
    QTest::newRow("preSavePage scalars") << "preSavePage"
                                         << "scalars"
                                         << "data[0] is not a record (an object)";
}

void TestHooks::aFailedPageFailsItsRowsAlone()
{
    QFETCH(QString, hook);
    QFETCH(QString, fail);
    QFETCH(QString, message);
    // In the target already: 3 must not be deleted for failing (replace mode), nor 4 updated.
    sql(m_target, {QStringLiteral("CREATE TABLE people (id INTEGER, name TEXT, phone TEXT)"),
                   QStringLiteral("INSERT INTO people VALUES (3, 'cy', 'kept')")});
    JobSpec j = job(
        {hook}, {{QStringLiteral("failHook"), hook}, {QStringLiteral("failPage"), 1}, {QStringLiteral("fail"), fail}});
    j.sql.query = QStringLiteral("SELECT id, name, phone FROM people WHERE id <> 4 ORDER BY id"); // [1,2] [3,5] [6]
    QElapsedTimer t;
    t.start();
    const RunReport report = runJob(j, options());
    QVERIFY2(t.elapsed() < 20000, QByteArray::number(t.elapsed()));
    QCOMPARE(report.status, RunStatus::RowErrors);
    QCOMPARE(report.counts.failed, 2);
    const QStringList errors = planErrors(*report.plan);
    QCOMPARE(errors.size(), 2);
    for (const QString &e : errors) {
        QVERIFY2(e.contains(QStringLiteral("%1 failed on page 2 (rows 3-4)").arg(hook)), qPrintable(e));
        QVERIFY2(e.contains(message), qPrintable(e));
    }
    QVERIFY(errors[0].startsWith(QStringLiteral("3: ")));
    QVERIFY(errors[1].startsWith(QStringLiteral("5: ")));
    if (fail == u"throw")
        QVERIFY2(errors[0].contains(QStringLiteral("run-hooks.js:")), qPrintable(errors[0])); // the stack
    // the other pages went on (the host restarted where it had to); 3 is still as it was
    QVERIFY(rows(m_target, QStringLiteral("id, phone")).contains(QStringLiteral("3|kept")));
    const QStringList expected =
        hook == u"preSavePage" // which drops 2 and adds 100
            ? QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("6"), QStringLiteral("100")}
            : QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("6")};
    QCOMPARE(rows(m_target, QStringLiteral("id")), expected);
    QCOMPARE(calls().size(), 3);
}

void TestHooks::postSubmitAndPostAggregate()
{
    JobSpec j = job({QStringLiteral("postMap"), QStringLiteral("postSubmit"), QStringLiteral("postAggregate")});
    j.mapping = {FieldMapping{QStringLiteral("id"), QStringLiteral("id")},
                 FieldMapping{QStringLiteral("name"), QStringLiteral("Name")}};
    Recorder recorder;
    const RunReport report = runJob(j, options(&recorder));
    QCOMPARE(report.status, RunStatus::RowErrors);
    QCOMPARE(report.counts.inserted, 6); // written, then refused by the hook
    QCOMPARE(report.counts.failed, 1);
    QCOMPARE(recorder.rowErrors, QStringList{QStringLiteral("2: postSubmit: the CRM refused bob afterwards (crm)")});
    // The report lists it, in ferry-cli's text and --json (not only in the state store).
    QCOMPARE(report.failedRows.size(), size_t(1));
    QCOMPARE(report.failedRows.front().key, QStringLiteral("2"));
    QByteArray text, json;
    writeReportText(report, [&](QByteArrayView b) { text.append(b); });
    writeReportJson(report, [&](QByteArrayView b) { json.append(b); });
    QVERIFY2(text.contains("  ! failed 2: postSubmit: the CRM refused bob afterwards (crm)\n"), text.constData());
    const QJsonArray failedRows = QJsonDocument::fromJson(json).object()["failed_rows"].toArray();
    QCOMPARE(failedRows.size(), 1);
    QCOMPARE(failedRows[0].toObject()["message"].toString(),
             QStringLiteral("postSubmit: the CRM refused bob afterwards (crm)"));
    QList<QJsonObject> submit, aggregate;
    for (const QJsonObject &c : calls()) {
        if (c["hook"].toString() == u"postSubmit")
            submit.append(c["options"].toObject());
        if (c["hook"].toString() == u"postAggregate")
            aggregate.append(c["options"].toObject());
    }
    QCOMPARE(submit.size(), 3); // pages of 2 changes
    const QJsonObject response = submit[0]["responseData"].toArray()[0].toObject();
    QCOMPARE(response["statusCode"].toInt(), 200);
    QCOMPARE(response["action"].toString(), QStringLiteral("insert"));
    QVERIFY(response["errors"].toArray().isEmpty());
    QCOMPARE(submit[0]["postMapData"].toArray()[0].toObject()["Name"].toString(), QStringLiteral("ann"));
    QVERIFY(submit[0]["runId"].toInteger() > 0);
    QCOMPARE(aggregate.size(), 1);
    const QJsonObject data = aggregate[0]["postAggregateData"].toObject();
    QCOMPARE(data["success"].toBool(), false);
    QCOMPARE(data["status"].toString(), QStringLiteral("row-errors"));
    QCOMPARE(data["counts"].toObject()["inserted"].toInt(), 6);
    QCOMPARE(data["counts"].toObject()["failed"].toInt(), 1);

    // A dry run calls neither.
    QFile::remove(m_record);
    RunOptions dry = options();
    dry.dryRun = true;
    runJob(j, dry);
    for (const QJsonObject &c : calls())
        QCOMPARE(c["hook"].toString(), QStringLiteral("postMap"));
}

// postSubmit's preMapData is each record as the mapping got it (after preMap), row for row with postMapData even
// when postMap dropped a row; responseData's id is the target's id: a new record's rowid, an updated one's.
void TestHooks::postSubmitSeesThePreMappingRecordsAndIds()
{
    // A row the job does not own (kept: update mode) makes the new rowids differ from the source's ids.
    sql(m_target, {QStringLiteral("CREATE TABLE people (id INTEGER, Name TEXT, phone TEXT, Checked, Country)"),
                   QStringLiteral("INSERT INTO people (rowid, id, Name) VALUES (41, 99, 'other')")});
    JobSpec j = job({QStringLiteral("preMap"), QStringLiteral("postMap"), QStringLiteral("postSubmit")},
                    {{QStringLiteral("postMapDrop"), 2}});
    j.rules.mode = SyncMode::Update;
    j.mapping = {FieldMapping{QStringLiteral("id"), QStringLiteral("id")},
                 FieldMapping{QStringLiteral("name"), QStringLiteral("Name")},
                 FieldMapping{QStringLiteral("phone"), QStringLiteral("phone")}};
    const auto submitted = [this] {
        QList<std::array<QJsonObject, 3>> out; // preMapData, postMapData, responseData entries
        for (const QJsonObject &c : calls()) {
            if (c["hook"].toString() != u"postSubmit")
                continue;
            const QJsonObject o = c["options"].toObject();
            const QJsonArray pre = o["preMapData"].toArray(), post = o["postMapData"].toArray(),
                             response = o["responseData"].toArray();
            if (pre.size() != response.size() || post.size() != response.size())
                return QList<std::array<QJsonObject, 3>>();
            for (qsizetype i = 0; i < response.size(); ++i)
                out.append({pre[i].toObject(), post[i].toObject(), response[i].toObject()});
        }
        return out;
    };
    const auto rowidOf = [this](int id) {
        for (const QString &r : rows(m_target, QStringLiteral("id, rowid")))
            if (r.startsWith(QString::number(id) + u'|'))
                return r.section(u'|', 1);
        return QString();
    };

    const RunReport first = runJob(j, options());
    QVERIFY2(!first.error, qPrintable(first.error ? first.error->toString() : QString()));
    // 1, 5, 6 written: 3 refused by preMap, 4 dropped by preMap, 2 dropped by postMap
    QCOMPARE(first.counts.inserted, 3);
    QList<std::array<QJsonObject, 3>> seen = submitted();
    QCOMPARE(seen.size(), 3);
    QStringList ids;
    for (const auto &[pre, post, response] : seen) {
        ids.append(QString::number(post["id"].toInt()));
        // the record as the mapping got it: its own field names, preMap's phone, nothing postMap added
        QCOMPARE(pre["id"], post["id"]);
        QCOMPARE(pre["name"], post["Name"]);
        QVERIFY2(!pre.contains(QStringLiteral("Name")) && !pre.contains(QStringLiteral("Checked")),
                 qPrintable(QJsonDocument(pre).toJson(QJsonDocument::Compact)));
        QVERIFY(post.contains(QStringLiteral("Checked")));
        QCOMPARE(pre["phone"], post["phone"]);
        QCOMPARE(response["action"].toString(), QStringLiteral("insert"));
        QCOMPARE(response["statusCode"].toInt(), 200);
        // the rowid SQLite gave the new record
        const QString rowid = rowidOf(post["id"].toInt());
        QVERIFY(rowid.toInt() > 41);
        QCOMPARE(response["id"].toString(), rowid);
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("6")}));
    QCOMPARE(seen[0][0]["phone"].toString(), QStringLiteral("+442079460001")); // after preMap

    // An update: the id the record already had.
    sql(m_source, {QStringLiteral("UPDATE people SET name = 'anne' WHERE id = 1")});
    QFile::remove(m_record);
    const RunReport second = runJob(j, options());
    QVERIFY2(!second.error, qPrintable(second.error ? second.error->toString() : QString()));
    QCOMPARE(second.counts.updated, 1);
    seen = submitted();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0][0]["name"].toString(), QStringLiteral("anne"));
    QCOMPARE(seen[0][1]["Name"].toString(), QStringLiteral("anne"));
    QCOMPARE(seen[0][2]["action"].toString(), QStringLiteral("update"));
    QCOMPARE(seen[0][2]["id"].toString(), rowidOf(1));
}

// A SQL table target (here through its sqlite driver) addresses rows by key: responseData's id is the key, for
// inserts, updates and deletes alike (not the row's position in the index).
void TestHooks::postSubmitIdsOfASqlTableAreItsKeys()
{
    JobSpec j = job({QStringLiteral("postSubmit")});
    j.targetKind = TargetKind::Sql;
    j.sqlTarget.connection.driver = QStringLiteral("sqlite");
    j.sqlTarget.connection.host = m_target;
    j.sqlTarget.table = QStringLiteral("people");
    j.sqlTarget.createTable = true;
    const auto responses = [this] {
        QStringList out; // action id
        for (const QJsonObject &c : calls())
            if (c["hook"].toString() == u"postSubmit")
                for (const QJsonValue &r : c["options"].toObject()["responseData"].toArray())
                    out.append(r["action"].toString() + u' ' + r["id"].toString());
        return out;
    };
    const RunReport first = runJob(j, options());
    QVERIFY2(!first.error, qPrintable(first.error ? first.error->toString() : QString()));
    QCOMPARE(first.counts.inserted, 6);
    QCOMPARE(responses(),
             (QStringList{QStringLiteral("insert 1"), QStringLiteral("insert 2"), QStringLiteral("insert 3"),
                          QStringLiteral("insert 4"), QStringLiteral("insert 5"), QStringLiteral("insert 6")}));
    sql(m_source, {QStringLiteral("UPDATE people SET name = 'eva' WHERE id = 5"),
                   QStringLiteral("DELETE FROM people WHERE id = 2")});
    QFile::remove(m_record);
    const RunReport second = runJob(j, options());
    QVERIFY2(!second.error, qPrintable(second.error ? second.error->toString() : QString()));
    QCOMPARE(responses(), (QStringList{QStringLiteral("update 5"), QStringLiteral("delete 2")}));
}

void TestHooks::nodeMissing()
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent-ferry-test");
    const RunReport hooked = runJob(job({QStringLiteral("preMap")}), options());
    JobSpec plain = job({});
    plain.hooks = HooksSpec{};
    const RunReport hookless = runJob(plain, options());
    qputenv("PATH", path);
    QCOMPARE(hooked.status, RunStatus::Failed);
    QVERIFY(hooked.error);
    QCOMPARE(hooked.error->field, QStringLiteral("hooks.file"));
    QVERIFY2(hooked.error->message.contains(QStringLiteral("run-hooks.js needs Node.js")),
             qPrintable(hooked.error->message));
    QVERIFY(hooked.error->message.contains(QStringLiteral("sudo apt-get install nodejs")));
    // a hook file gone since the job was loaded fails the run before anything is written
    JobSpec gone = job({QStringLiteral("preMap")});
    gone.hooks.file = m_dir->filePath(QStringLiteral("gone.js"));
    gone.rules.mode = SyncMode::Replace;
    sql(m_source, {QStringLiteral("DELETE FROM people")}); // were it read as it is, replace would empty the target
    const QStringList before = rows(m_target, QStringLiteral("id"));
    const RunReport missing = runJob(gone, options());
    QCOMPARE(missing.status, RunStatus::Failed);
    QCOMPARE(missing.error->field, QStringLiteral("hooks.file"));
    QVERIFY2(missing.error->message.contains(QStringLiteral("gone.js does not exist")),
             qPrintable(missing.error->message));
    QCOMPARE(rows(m_target, QStringLiteral("id")), before);
    QCOMPARE(before.size(), 6);
    // a job without hooks never needs Node.js
    QVERIFY2(!hookless.error, qPrintable(hookless.error ? hookless.error->toString() : QString()));
    QCOMPARE(hookless.counts.inserted, 6);
}

void TestHooks::valuesKeepTheirTypes()
{
    // A CSV with typed columns: what postMap leaves alone keeps its type; what it adds is typed by its JSON.
    QFile csv(m_dir->filePath(QStringLiteral("people.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("id,name,born,amount\n1,ann,1990-05-01,10.50\n2,bob,1985-12-31,3\n");
    csv.close();
    JobSpec j = job({QStringLiteral("postMap")}, {{QStringLiteral("country"), QStringLiteral("GB")}});
    j.sourceKind = SourceKind::Csv;
    j.file.path = QStringLiteral("people.csv");
    j.file.columns = {FileColumn{QStringLiteral("id"), QStringLiteral("integer")},
                      FileColumn{QStringLiteral("born"), QStringLiteral("date")},
                      FileColumn{QStringLiteral("amount"), QStringLiteral("decimal")}};
    RunOptions o = options();
    o.dryRun = true;
    const RunReport report = runJob(j, o);
    QVERIFY2(report.plan, qPrintable(report.error ? report.error->toString() : QString()));
    const RecordSet &rows = *report.plan->source;
    QCOMPARE(rows.columns,
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("born"),
                          QStringLiteral("amount"), QStringLiteral("Checked"), QStringLiteral("Country")}));
    QCOMPARE(rows.rows.value(0, 2).typeId(), QMetaType::QDate); // not its ISO text
    QCOMPARE(rows.rows.value(0, 2).toDate(), QDate(1990, 5, 1));
    QVERIFY(rows.rows.isDecimal(0, 3));
    QCOMPARE(rows.rows.json(0, 3), QByteArray("10.50")); // its scale kept
    QCOMPARE(rows.rows.value(0, 0).typeId(), QMetaType::LongLong);
    QCOMPARE(rows.rows.value(0, 4).typeId(), QMetaType::Bool);
    QCOMPARE(rows.rows.value(0, 5).toString(), QStringLiteral("GB"));
    // what was sent: a date as its ISO text, a decimal as a number
    const QJsonObject sent = calls().first()["options"].toObject()["postMapData"].toArray()[0].toObject();
    QCOMPARE(sent["born"].toString(), QStringLiteral("1990-05-01"));
    QCOMPARE(sent["amount"].toDouble(), 10.5);
}

void TestHooks::hookFileMistakesStopTheRun()
{
    // A file Node cannot load: one error naming the file and the syntax error (no page tried, no row written).
    JobSpec j = job({QStringLiteral("preMap")});
    j.hooks.file = hookFile("exports.preMap = function (options, callback) {\n");
    RunReport report = runJob(j, options());
    QVERIFY(report.error);
    QCOMPARE(report.error->field, QStringLiteral("hooks.file"));
    QVERIFY2(report.error->message.contains(u"cannot be loaded") && report.error->message.contains(u"SyntaxError"),
             qPrintable(report.error->message));
    QVERIFY2(!report.error->message.contains(u"[eval]") && !report.error->message.contains(u"(node:") &&
                 !report.error->message.contains(u"\n\n"),
             qPrintable(report.error->message)); // the host's and Node's own frames are left out, and blank lines
    QCOMPARE(rows(m_target, QStringLiteral("id")), QStringList());

    // A hook the file does not export: named with what it exports, and the setting to change.
    j = job({QStringLiteral("preMap"), QStringLiteral("postMap")});
    j.hooks.file = hookFile("exports.preMap = (options, callback) => callback(null, options.preMapData.map((data) => "
                            "({data})));\n");
    report = runJob(j, options());
    QVERIFY(report.error);
    QCOMPARE(report.error->field, QStringLiteral("hooks.calls"));
    QVERIFY2(report.error->message.contains(u"exports no function 'postMap' (it exports: preMap): add postMap to the "
                                            u"hook file, or take it out of hooks.calls"),
             qPrintable(report.error->message));
    QCOMPARE(rows(m_target, QStringLiteral("id")), QStringList());
}

void TestHooks::stalledPagesStopTheRun()
{
    // A hook waiting on a service that is down: three pages in a row time out, and the run stops rather than
    // wait on the other three.
    JobSpec j = job({QStringLiteral("preMap")});
    j.hooks.pageSize = 1;
    j.hooks.timeoutSeconds = 1;
    j.hooks.file = hookFile("const fs = require('fs');\n"
                            "exports.preMap = (options) => {\n"
                            "    fs.appendFileSync(options.settings.record, options.pageIndex + '\\n');\n"
                            "    return new Promise(() => {});\n"
                            "};\n");
    const RunReport report = runJob(j, options());
    QVERIFY(report.error);
    QCOMPARE(report.error->code, ErrorCode::Timeout);
    QCOMPARE(report.error->field, QStringLiteral("hooks.timeout"));
    QVERIFY2(report.error->message.startsWith(u"preMap timed out or crashed on 3 page(s) in a row, so the run stopped"),
             qPrintable(report.error->message));
    QVERIFY2(
        report.error->message.contains(u"preMap failed on page 3 (row 3): preMap did not answer within 1 second(s)"),
        qPrintable(report.error->message));
    QFile pages(m_record);
    QVERIFY(pages.open(QIODevice::ReadOnly));
    QCOMPARE(pages.readAll(), QByteArray("0\n1\n2\n"));
    QCOMPARE(rows(m_target, QStringLiteral("id")), QStringList());
}

void TestHooks::scriptStyleHooksAnswerByReturning()
{
    // integrator.io's script hooks take options alone, read options.data and return their answer.
    JobSpec j = job({QStringLiteral("preMap")});
    j.hooks.file =
        hookFile("function preMap(options) {\n"
                 "    return options.data.map((r) => ({data: Object.assign({}, r, {name: r.name + '!'})}));\n"
                 "}\n"
                 "exports.preMap = preMap;\n");
    const RunReport report = runJob(j, options());
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(rows(m_target, QStringLiteral("id, name")).first(), QStringLiteral("1|ann!"));
    QCOMPARE(report.counts.inserted, 6);

    // One that declares the callback but returns its answer (an array) is taken at its word too; a timer's
    // handle returned by a callback-style hook is not an answer (the callback is).
    JobSpec mixed = job({QStringLiteral("preMap"), QStringLiteral("postMap")});
    mixed.hooks.file =
        hookFile("exports.preMap = function (options, callback) {\n"
                 "    return options.data.map((r) => ({data: Object.assign({}, r, {name: r.name + '?'})}));\n"
                 "};\n"
                 "exports.postMap = function (options, callback) {\n"
                 "    return setTimeout(() => callback(null, options.postMapData.map((data) => ({data}))), 10);\n"
                 "};\n");
    QFile::remove(m_target);
    const RunReport second = runJob(mixed, options());
    QVERIFY2(!second.error, qPrintable(second.error ? second.error->toString() : QString()));
    QCOMPARE(second.counts.failed, 0);
    QCOMPARE(rows(m_target, QStringLiteral("id, name")).first(), QStringLiteral("1|ann?"));
}

void TestHooks::abortReadsAsJavaScriptDoes()
{
    JobSpec j = job({QStringLiteral("preSavePage")});
    j.hooks.file = hookFile("exports.preSavePage = (options, callback) =>\n"
                            "    callback(null, {data: options.data, errors: [], abort: options.settings.abort});\n");
    for (const QJsonValue &notStopping : {QJsonValue(0), QJsonValue(false), QJsonValue(QString()), QJsonValue()}) {
        QJsonObject settings = j.hooks.settings;
        settings.insert(QStringLiteral("abort"), notStopping);
        j.hooks.settings = settings;
        const RunReport report = runJob(j, options());
        QVERIFY2(!report.error, qPrintable(report.error->toString()));
    }
    QJsonObject settings = j.hooks.settings;
    settings.insert(QStringLiteral("abort"), QStringLiteral("the export is incomplete"));
    j.hooks.settings = settings;
    const RunReport report = runJob(j, options());
    QVERIFY(report.error);
    QVERIFY2(report.error->message.startsWith(u"preSavePage stopped the run on page 1"),
             qPrintable(report.error->message));
}

void TestHooks::lateErrorsFindTheirOwnCall()
{
    // Page 1's timer throws while page 2 is being worked on: page 2 is not blamed (it is written); the error is
    // logged under page 1's name.
    JobSpec j = job({QStringLiteral("preMap")});
    j.hooks.file = hookFile("exports.preMap = (options, callback) => {\n"
                            "    const answer = () => callback(null, options.preMapData.map((data) => ({data})));\n"
                            "    if (options.pageIndex === 0) {\n"
                            "        setTimeout(() => { throw new Error('late error of page 0'); }, 50);\n"
                            "        answer();\n"
                            "    } else if (options.pageIndex === 1) {\n"
                            "        setTimeout(answer, 300);\n"
                            "    } else {\n"
                            "        answer();\n"
                            "    }\n"
                            "};\n");
    Recorder recorder;
    const RunReport report = runJob(j, options(&recorder));
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.counts.inserted, 6);
    QVERIFY(recorder.rowErrors.isEmpty());
    const QStringList late = recorder.logs.filter(QStringLiteral("late error of page 0"));
    QCOMPARE(late.size(), 1);
    QVERIFY2(late.first().contains(u"[preMap] preMap (page 1): an uncaught exception after it answered: Error: late "
                                   u"error of page 0"),
             qPrintable(late.first()));
}

void TestHooks::outputWithoutLineEndKeepsTheProtocol()
{
    // Output written straight to fd 1 (as a native module or a child process would), without a line end, right
    // before the answer: logged, and the answer still read.
    JobSpec j = job({QStringLiteral("preMap")});
    j.hooks.file = hookFile("const fs = require('fs');\n"
                            "exports.preMap = (options, callback) => {\n"
                            "    fs.writeSync(1, 'partial output of page ' + options.pageIndex);\n"
                            "    callback(null, options.preMapData.map((data) => ({data})));\n"
                            "};\n");
    Recorder recorder;
    const RunReport report = runJob(j, options(&recorder));
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.counts.inserted, 6);
    QCOMPARE(recorder.logs.filter(QStringLiteral("partial output of page")).size(), 3);
}

void TestHooks::whatAHookStartsDiesWithTheHost()
{
    // A hook that starts a process and then hangs: the time-out kills the host and that process with it.
    JobSpec j = job({QStringLiteral("preMap")});
    j.hooks.pageSize = 10;
    j.hooks.timeoutSeconds = 1;
    const QString pidFile = m_dir->filePath(QStringLiteral("child.pid"));
    j.hooks.file = hookFile("const {spawn} = require('child_process');\n"
                            "const fs = require('fs');\n"
                            "exports.preMap = (options) => {\n"
                            "    const child = spawn('sleep', ['300'], {stdio: 'ignore'});\n"
                            "    fs.writeFileSync('" +
                            pidFile.toUtf8() +
                            "', String(child.pid));\n"
                            "    return new Promise(() => {});\n"
                            "};\n");
    const RunReport report = runJob(j, options());
    QCOMPARE(report.counts.failed, 6); // the page failed
    QFile f(pidFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pid = f.readAll().trimmed();
    QVERIFY(!pid.isEmpty());
    // Gone, or a zombie waiting for init to reap it.
    const auto alive = [&] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        return close > 0 && text.mid(close + 2, 1) != "Z";
    };
    QTRY_VERIFY_WITH_TIMEOUT(!alive(), 3000);
}

void TestHooks::postAggregateSeesTheElapsedTime()
{
    const RunReport report = runJob(job({QStringLiteral("postAggregate")}), options());
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QList<QJsonObject> aggregate;
    for (const QJsonObject &c : calls())
        if (c["hook"].toString() == u"postAggregate")
            aggregate.append(c["options"].toObject());
    QCOMPARE(aggregate.size(), 1);
    const qint64 elapsed = aggregate[0]["postAggregateData"].toObject()["elapsedMs"].toInteger();
    QVERIFY2(elapsed > 0, qPrintable(QString::number(elapsed)));
    QVERIFY(elapsed <= report.elapsedMs);
}

QTEST_GUILESS_MAIN(TestHooks)
#include "tst_hooks.moc"
