// The job store: the folder of job files the desktop app edits and ferry-cli runs by name.
#include "job/jobstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

class TestJobStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void scanListsJobsAndBrokenFiles();
    void findByNameIdOrFile();
    void saveWritesANewFileOrTheSameOne();
    void saveRefusesAnIdTakenByAnotherFile();
    void saveKeepsRelativePathsWorking();
    void saveRebasesFileColumnDirectories();
    void removeMovesTheFileAside();
    void folderIsPrivate();

private:
    JobSpec job(const QString &id, const QString &name) const
    {
        JobSpec j;
        j.id = id;
        j.name = name;
        j.sql.driver = QStringLiteral("sqlite");
        j.sql.host = QStringLiteral("/data/source.sqlite");
        j.sql.query = QStringLiteral("SELECT id FROM t");
        j.targetKind = TargetKind::Sqlite;
        j.sqlite.path = QStringLiteral("/data/target.sqlite");
        j.sqlite.table = QStringLiteral("t");
        j.rules.keyColumns = {QStringLiteral("id")};
        return j;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_jobs;
};

void TestJobStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_jobs = m_dir->filePath(QStringLiteral("jobs"));
}

void TestJobStore::scanListsJobsAndBrokenFiles()
{
    JobStore store(m_jobs);
    QVERIFY(store.scan().empty()); // no folder yet: no jobs, no error
    QVERIFY(store.save(job(QStringLiteral("b"), QStringLiteral("Beta"))));
    QVERIFY(store.save(job(QStringLiteral("a"), QStringLiteral("alpha"))));
    QFile broken(QDir(m_jobs).filePath(QStringLiteral("broken.yml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("ferry: 1\nsource: [\n");
    broken.close();
    QFile notes(QDir(m_jobs).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly)); // not a job file: not listed
    notes.close();

    const auto entries = store.scan();
    QCOMPARE(entries.size(), size_t(3));
    // By name, case-insensitively; a broken file by its file name.
    QCOMPARE(entries[0].displayName(), QStringLiteral("alpha"));
    QCOMPARE(entries[1].displayName(), QStringLiteral("Beta"));
    QCOMPARE(entries[2].displayName(), QStringLiteral("broken"));
    QVERIFY(entries[0].ok());
    QVERIFY(!entries[2].ok());
    QVERIFY(entries[2].error->toString().contains(QStringLiteral("broken.yml")));
}

void TestJobStore::findByNameIdOrFile()
{
    JobStore store(m_jobs);
    const auto path = store.save(job(QStringLiteral("crm-sync"), QStringLiteral("CRM contacts")));
    QVERIFY(path);
    QCOMPARE(QFileInfo(*path).fileName(), QStringLiteral("crm-contacts.yaml"));
    QCOMPARE(store.find(QStringLiteral("crm contacts"))->path, *path);
    QCOMPARE(store.find(QStringLiteral("crm-sync"))->path, *path);
    QCOMPARE(store.find(QStringLiteral("crm-contacts"))->path, *path);
    QCOMPARE(store.find(QStringLiteral("crm-contacts.yaml"))->path, *path);
    const auto missing = store.find(QStringLiteral("nope"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("'nope'")));

    // Two jobs of one name: the error names both files.
    QVERIFY(store.save(job(QStringLiteral("crm-2"), QStringLiteral("CRM Contacts"))));
    const auto twice = store.find(QStringLiteral("CRM contacts"));
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(QStringLiteral("crm-contacts.yaml")));
    QVERIFY(twice.error().message.contains(QStringLiteral("crm-contacts-2.yaml")));
}

void TestJobStore::saveWritesANewFileOrTheSameOne()
{
    JobStore store(m_jobs);
    JobSpec j = job(QStringLiteral("x"), QStringLiteral("Nightly / Export!"));
    const auto first = store.save(j);
    QVERIFY(first);
    QCOMPARE(QFileInfo(*first).fileName(), QStringLiteral("nightly-export.yaml"));
    j.description = QStringLiteral("changed");
    const auto again = store.save(j, *first);
    QCOMPARE(*again, *first);
    QCOMPARE(store.scan().size(), size_t(1));
    QCOMPARE(loadJobFile(*first)->job.description, QStringLiteral("changed"));
    QCOMPARE(store.newIdFor(QStringLiteral("X")), QStringLiteral("x-2"));
    QCOMPARE(QFileInfo(store.newPathFor(QStringLiteral("Nightly export"))).fileName(),
             QStringLiteral("nightly-export-2.yaml"));
    QCOMPARE(store.newIdFor(QStringLiteral("???")), QStringLiteral("job"));
}

void TestJobStore::saveRefusesAnIdTakenByAnotherFile()
{
    JobStore store(m_jobs);
    QVERIFY(store.save(job(QStringLiteral("same"), QStringLiteral("One"))));
    const auto second = store.save(job(QStringLiteral("same"), QStringLiteral("Two")));
    QVERIFY(!second);
    QCOMPARE(second.error().field, QStringLiteral("id"));
    QVERIFY(second.error().message.contains(QStringLiteral("One")));
    QCOMPARE(store.scan().size(), size_t(1));
}

void TestJobStore::saveKeepsRelativePathsWorking()
{
    // A job written elsewhere with paths relative to its own folder keeps finding its files from the store.
    const QString elsewhere = m_dir->filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(elsewhere));
    JobSpec j = job(QStringLiteral("rel"), QStringLiteral("Relative"));
    j.sql.host = QStringLiteral("data/source.sqlite");
    j.sqlite.path = QStringLiteral("out.sqlite");
    j.sql.password.reference = QStringLiteral("file:secrets/db.pw");
    j.sourcePath = QDir(elsewhere).filePath(QStringLiteral("job.yml"));
    const auto saved = JobStore(m_jobs).save(j);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    const JobSpec back = loadJobFile(*saved)->job;
    QCOMPARE(back.sql.host, QDir(elsewhere).filePath(QStringLiteral("data/source.sqlite")));
    QCOMPARE(back.sqlite.path, QDir(elsewhere).filePath(QStringLiteral("out.sqlite")));
    QCOMPARE(back.sql.password.reference,
             QStringLiteral("file:") + QDir(elsewhere).filePath(QStringLiteral("secrets/db.pw")));
}

void TestJobStore::saveRebasesFileColumnDirectories()
{
    // Fliplet file columns: a local directory relative to the job, a local one with none (the job's folder),
    // a remote one (no directory to rebase).
    const QString elsewhere = m_dir->filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(elsewhere));
    JobSpec j = job(QStringLiteral("files"), QStringLiteral("Files"));
    j.targetKind = TargetKind::Fliplet;
    j.fliplet.dataSourceId = QStringLiteral("7");
    j.fliplet.authToken.reference = QStringLiteral("env:FLIPLET_TOKEN");
    FlipletFileColumn photos, here, remote;
    photos.column = QStringLiteral("Photo");
    photos.directory = QStringLiteral("photos");
    here.column = QStringLiteral("Scan");
    remote.column = QStringLiteral("Cv");
    remote.type = FlipletFileColumn::Type::Remote;
    j.fliplet.files = {photos, here, remote};
    j.sourcePath = QDir(elsewhere).filePath(QStringLiteral("job.yml"));
    const auto saved = JobStore(m_jobs).save(j);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    auto loaded = loadJobFile(*saved);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const JobSpec &back = loaded->job;
    QCOMPARE(back.fliplet.files.size(), 3);
    QCOMPARE(back.fliplet.files[0].directory, QDir(elsewhere).filePath(QStringLiteral("photos")));
    QCOMPARE(back.fliplet.files[1].directory, QDir(elsewhere).absolutePath());
    QCOMPARE(back.fliplet.files[2].directory, QString());
}

void TestJobStore::removeMovesTheFileAside()
{
    JobStore store(m_jobs);
    const auto path = store.save(job(QStringLiteral("gone"), QStringLiteral("Gone")));
    const auto moved = store.remove(*path);
    QVERIFY(moved);
    QVERIFY(!QFile::exists(*path));
    QVERIFY(QFile::exists(*moved));
    QVERIFY(moved->contains(QStringLiteral("/.deleted/")));
    QVERIFY(store.scan().empty());
    // A second job of the same file name deleted later does not overwrite the first.
    const auto again = store.save(job(QStringLiteral("gone"), QStringLiteral("Gone")));
    const auto movedAgain = store.remove(*again);
    QVERIFY(movedAgain);
    QVERIFY(*movedAgain != *moved);
    QVERIFY(QFile::exists(*moved));
    QVERIFY(!store.remove(*again));
}

void TestJobStore::folderIsPrivate()
{
    JobStore store(m_jobs);
    const auto path = store.save(job(QStringLiteral("p"), QStringLiteral("Private")));
    QCOMPARE(QFileInfo(m_jobs).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther), 0);
    QCOMPARE(QFileInfo(*path).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
