// The job editor's item models and helpers without a display: the mapping table (auto-map, roles, what it
// writes into a job), the sample rows table, both under QAbstractItemModelTester; the connector probe's
// results and cancel; the secret saver's file and variable references.
#include "connectorprobe.h"
#include "mappingmodel.h"
#include "recordsetmodel.h"
#include "secretsaver.h"

#include "job/validate.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {
// The editor's keychain for tests: switched off, so no test reaches the user's keychain.
class NoKeychain final : public KeychainBackend
{
public:
    void check(QObject *, std::function<void(KeychainStatus)> done) override
    {
        KeychainStatus status;
        status.backend = QStringLiteral("none");
        status.error = Error{ErrorCode::Connection, QStringLiteral("no keychain in tests"), {}};
        done(status);
    }
    Result<QString> store(const QString &, const QString &field, const QString &) override
    {
        return Error{ErrorCode::Connection, QStringLiteral("no keychain in tests"), {}, field};
    }
};
} // namespace

class TestEditorModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mappingFromSourceColumnsAndAutoMap();
    void mappingRolesFollowRenames();
    void mappingKeepsAPickingJob();
    void mappingWarnsAboutTypes();
    void recordSetModel();
    void probeSamplesAndDiscovers();
    void probeCancelDropsTheResult();
    void probeReportsTheFieldAtFault();
    void secretFileIsPrivate();
    void secretReferences();

private:
    JobSpec sqliteJob() const;
    QTemporaryDir m_dir;
};

void TestEditorModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("source.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT, full_name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES (1, 'a@example.org', 'Ann'), (2, "
                                      "'b@example.org', NULL)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
}

JobSpec TestEditorModels::sqliteJob() const
{
    JobSpec job;
    job.id = QStringLiteral("t");
    job.name = QStringLiteral("t");
    job.sql.driver = QStringLiteral("sqlite");
    job.sql.host = m_dir.filePath(QStringLiteral("source.sqlite"));
    job.sql.query = QStringLiteral("SELECT * FROM contacts ORDER BY id");
    return job;
}

void TestEditorModels::mappingFromSourceColumnsAndAutoMap()
{
    MappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobSpec job;
    model.load(job);
    QCOMPARE(model.rowCount(), 0);
    model.setSourceColumns({{QStringLiteral("id"), QStringLiteral("INTEGER"), false, true},
                            {QStringLiteral("email"), QStringLiteral("TEXT"), true, false},
                            {QStringLiteral("full_name"), QStringLiteral("TEXT"), true, false}});
    QCOMPARE(model.rowCount(), 3);
    // Every column under its own name: the job keeps its implicit mapping.
    model.apply(job);
    QVERIFY(job.mapping.isEmpty());

    model.setTargetColumns({QStringLiteral("ID"), QStringLiteral("Email"), QStringLiteral("Full Name")});
    QSignalSpy edited(&model, &MappingModel::mappingEdited);
    model.autoMap();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(model.targetFields(), (QStringList{"ID", "Email", "Full Name"}));
    QVERIFY(model.setData(model.index(0, MappingModel::KeyColumn), Qt::Checked, Qt::CheckStateRole));
    model.apply(job);
    QCOMPARE(job.mapping.size(), 3);
    QCOMPARE(job.mapping.at(2), (FieldMapping{"full_name", "Full Name"}));
    QCOMPARE(job.rules.keyColumns, QStringList{"ID"});

    // Unticking a column drops it from the mapping, and its role with it.
    QVERIFY(model.setData(model.index(0, MappingModel::SourceColumn), Qt::Unchecked, Qt::CheckStateRole));
    model.apply(job);
    QCOMPARE(job.mapping.size(), 2);
    QVERIFY(job.rules.keyColumns.isEmpty());
    QCOMPARE(model.rowOfMappingEntry(0), 1);
    QVERIFY(!(model.flags(model.index(0, MappingModel::KeyColumn)) & Qt::ItemIsUserCheckable));
}

void TestEditorModels::mappingRolesFollowRenames()
{
    MappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSourceColumns({{QStringLiteral("id"), {}, false, false},
                            {QStringLiteral("changed"), {}, true, false},
                            {QStringLiteral("gone"), {}, true, false}});
    QVERIFY(model.setData(model.index(0, MappingModel::KeyColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(1, MappingModel::TimestampColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(2, MappingModel::DeleteColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(0, MappingModel::TargetColumn), QStringLiteral("ID"), Qt::EditRole));
    // One timestamp column: ticking another moves it.
    QVERIFY(model.setData(model.index(2, MappingModel::TimestampColumn), Qt::Checked, Qt::CheckStateRole));
    JobSpec job;
    model.apply(job);
    QCOMPARE(job.rules.keyColumns, QStringList{"ID"});
    QCOMPARE(job.rules.timestampColumn, QStringLiteral("gone"));
    QCOMPARE(job.rules.deleteColumn, QStringLiteral("gone"));
    QCOMPARE(model.index(1, MappingModel::TimestampColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(validate(job).size() >= 0);
}

void TestEditorModels::mappingKeepsAPickingJob()
{
    JobSpec job;
    job.mapping = {{QStringLiteral("email"), QStringLiteral("Email")}};
    job.rules.keyColumns = {QStringLiteral("Email")};
    MappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(job);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, MappingModel::KeyColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // The source's columns arrive: the job's choice stays, new columns come unticked.
    model.setSourceColumns({{QStringLiteral("id"), {}, true, false}, {QStringLiteral("email"), {}, true, false}});
    JobSpec out;
    model.apply(out);
    QCOMPARE(out.mapping, job.mapping);
    QCOMPARE(out.rules.keyColumns, job.rules.keyColumns);
    model.setIssues({{1, QStringLiteral("bad")}});
    QCOMPARE(model.index(1, MappingModel::NoteColumn).data().toString(), QStringLiteral("bad"));
    QVERIFY(model.index(1, MappingModel::NoteColumn).data(MappingModel::IssueRole).toBool());
}

void TestEditorModels::mappingWarnsAboutTypes()
{
    MappingModel model;
    model.setTargetKind(TargetKind::Fliplet);
    model.setSourceColumns({{QStringLiteral("score"), QStringLiteral("REAL"), true, false},
                            {QStringLiteral("photo"), QStringLiteral("BLOB"), true, false},
                            {QStringLiteral("stamp"), QStringLiteral("TEXT"), true, false}});
    QVERIFY(model.setData(model.index(0, MappingModel::KeyColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(2, MappingModel::TimestampColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.warning(0).contains(QStringLiteral("floating-point")));
    QVERIFY(model.warning(1).contains(QStringLiteral("base64")));
    QVERIFY(model.warning(2).contains(QStringLiteral("ISO 8601")));
    model.setTargetColumns({QStringLiteral("Score")});
    QVERIFY(model.warning(0).contains(QStringLiteral("case-sensitive")));
    QVERIFY(model.warning(1).contains(QStringLiteral("new field")));
}

void TestEditorModels::recordSetModel()
{
    RecordSetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordSet records;
    records.columns = {QStringLiteral("id"), QStringLiteral("name")};
    records.rows = RowSet(2);
    records.rows.append({1, QStringLiteral("Ann")});
    records.rows.append({2, QVariant()});
    model.setRecords(records);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Ann"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("null"));
    QVERIFY(model.index(1, 1).data(RecordSetModel::NullRole).toBool());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestEditorModels::probeSamplesAndDiscovers()
{
    ConnectorProbe probe;
    QSignalSpy finished(&probe, &ConnectorProbe::finished);
    QSignalSpy busy(&probe, &ConnectorProbe::busyChanged);
    const quint64 sample = probe.start(ProbeKind::SampleSource, sqliteJob());
    const quint64 discover = probe.start(ProbeKind::DiscoverSource, sqliteJob());
    QVERIFY(probe.isBusy());
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(busy.count(), 2); // on, then off once both are done
    for (const QList<QVariant> &args : finished) {
        const auto result = args.at(0).value<ProbeResult>();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->toString()));
        if (result.id == sample) {
            QCOMPARE(result.rows->rows.size(), 2);
            QCOMPARE(result.rows->columns, (QStringList{"id", "email", "full_name"}));
        } else {
            QCOMPARE(result.id, discover);
            QVERIFY(result.schema->table(QStringLiteral("contacts")));
            QVERIFY(result.schema->table(QStringLiteral("contacts"))->column(QStringLiteral("id"))->primaryKey);
        }
    }
}

void TestEditorModels::probeCancelDropsTheResult()
{
    ConnectorProbe probe;
    QSignalSpy finished(&probe, &ConnectorProbe::finished);
    const quint64 id = probe.start(ProbeKind::TestSource, sqliteJob());
    probe.cancel(id);
    QVERIFY(!probe.isBusy());
    QVERIFY(probe.waitForDone(10000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
}

void TestEditorModels::probeReportsTheFieldAtFault()
{
    ConnectorProbe probe;
    QSignalSpy finished(&probe, &ConnectorProbe::finished);
    JobSpec job = sqliteJob();
    job.sql.query = QStringLiteral("SELECT * FROM nowhere");
    probe.start(ProbeKind::TestSource, job);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<ProbeResult>();
    QVERIFY(!result.ok());
    QCOMPARE(result.error->field, QStringLiteral("source.query"));

    // A typed secret goes to the engine as it is; a reference that names nothing fails its side only.
    job = sqliteJob();
    job.sql.password = SecretRef{QStringLiteral("env:FERRY_TEST_UNSET_VARIABLE"), {}};
    probe.start(ProbeKind::TestSource, job);
    QTRY_COMPARE(finished.count(), 2);
    auto failed = finished.at(1).at(0).value<ProbeResult>();
    QCOMPARE(failed.error->field, QStringLiteral("source.password"));
    probe.start(ProbeKind::TestSource, job, JobSecrets{{{QStringLiteral("source.password"), QStringLiteral("x")}}});
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY(finished.at(2).at(0).value<ProbeResult>().ok());
}

void TestEditorModels::secretFileIsPrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("secrets/job.target.auth_token"));
    QVERIFY(SecretSaver::writeSecretFile(path, QStringLiteral("eu--token")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("eu--token"));
    QCOMPARE(f.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("secrets"))) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
}

void TestEditorModels::secretReferences()
{
    SecretSaver saver(std::make_shared<NoKeychain>(), m_dir.filePath(QStringLiteral("store")));
    QVERIFY(saver.keychainChecked());
    QVERIFY(!saver.keychainStatus().usable);
    QVERIFY(saver.keychainStatus().error);
    QSignalSpy saved(&saver, &SecretSaver::saved);
    const quint64 id =
        saver.save(QStringLiteral("crm"),
                   {{QStringLiteral("target.auth_token"), SecretStorage::File, QStringLiteral("t"), {}},
                    {QStringLiteral("source.password"), SecretStorage::Environment, {}, QStringLiteral("PG_PASS")},
                    {QStringLiteral("source.password"), SecretStorage::Environment, {}, QStringLiteral("no good")},
                    {QStringLiteral("source.password"), SecretStorage::Keychain, QStringLiteral("p"), {}}});
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toULongLong(), id);
    const auto results = saved.at(0).at(1).value<QList<SecretWriteResult>>();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).reference,
             QStringLiteral("file:") + m_dir.filePath(QStringLiteral("store/crm-target.auth_token")));
    QCOMPARE(results.at(1).reference, QStringLiteral("env:PG_PASS"));
    QVERIFY(results.at(2).error);
    QVERIFY(results.at(3).error); // the keychain is switched off
    QCOMPARE(results.at(3).error->field, QStringLiteral("source.password"));
}

QTEST_GUILESS_MAIN(TestEditorModels)
#include "tst_editormodels.moc"
