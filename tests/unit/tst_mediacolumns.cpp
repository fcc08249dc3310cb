// A Fliplet target's file columns in a prepared run, against the emulator: the preview plans uploads as
// "upload <name>" and writes nothing to Fliplet; apply uploads only the files of the rows it writes (a row
// the user excluded keeps its file local), then the rows carry the URLs and ids; the next preview plans the
// rest; a file column the rows lack names its field.
#include "flipletemulator.h"
#include "run/preparedrun.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FlipletEmulator;

namespace {
const QString Token = QStringLiteral("eu--media-columns-token");
constexpr qint64 Ds = 31;

void sql(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("media-setup");
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

QVariant after(const Plan &plan, const Change &c, const QString &field)
{
    for (const FieldChange &f : plan.fieldChanges(c))
        if (f.field == field)
            return f.after;
    const int column = static_cast<int>(plan.columns.indexOf(field));
    return column >= 0 ? plan.values(c).value(column) : QVariant();
}
} // namespace

class TestMediaColumns : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void previewPlansUploadsAndApplyUploadsWhatItWrites();
    void fileColumnTheRowsLackIsNamed();
    void unchangedLocalFilesAreNotReadAgain();
    void eachFailedRowKeepsItsOwnMessage();
    void previewCountsOnlyFilesOfRowsItWrites();
    void fileChangedAfterThePreviewIsNotUploaded();

private:
    JobSpec job() const
    {
        JobSpec j;
        j.id = QStringLiteral("media-columns");
        j.name = QStringLiteral("Media columns");
        j.sql.driver = QStringLiteral("sqlite");
        j.sql.host = m_dir->filePath(QStringLiteral("source.sqlite"));
        j.sql.query = QStringLiteral("SELECT id, name, photo FROM people ORDER BY id");
        j.targetKind = TargetKind::Fliplet;
        j.fliplet.dataSourceId = QString::number(Ds);
        j.fliplet.apiUrl = m_emulator->baseUrl();
        j.fliplet.authToken.reference = QStringLiteral("env:UNUSED");
        FlipletFileColumn photo;
        photo.column = QStringLiteral("photo");
        photo.directory = m_dir->filePath(QStringLiteral("photos"));
        j.fliplet.files = {photo};
        j.rules.keyColumns = {QStringLiteral("id")};
        j.retry.attempts = 2;
        j.retry.initialDelayMs = 1;
        j.retry.maxDelayMs = 2;
        return j;
    }
    RunOptions options() const
    {
        RunOptions o;
        o.stateDir = m_dir->filePath(QStringLiteral("state"));
        JobSecrets secrets;
        secrets.values.insert(QStringLiteral("target.auth_token"), Token);
        o.secrets = secrets;
        return o;
    }
    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QDir().mkpath(m_dir->filePath(QStringLiteral("photos")));
        QFile f(m_dir->filePath(QStringLiteral("photos/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    void setModified(const QString &name, const QDateTime &when)
    {
        QFile f(m_dir->filePath(QStringLiteral("photos/") + name));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
};

void TestMediaColumns::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(Ds, QStringLiteral("People"));
    QVERIFY(m_emulator->start());
    sql(m_dir->filePath(QStringLiteral("source.sqlite")),
        {QStringLiteral("CREATE TABLE people (id INTEGER, name TEXT, photo TEXT)"),
         QStringLiteral("INSERT INTO people VALUES (1, 'Ada', 'a.jpg'), (2, 'Bob', 'b.jpg'), (3, 'Cy', '')")});
    writeFile(QStringLiteral("a.jpg"), "a bytes");
    writeFile(QStringLiteral("b.jpg"), "b bytes");
}

void TestMediaColumns::cleanup()
{
    m_emulator.reset();
    m_dir.reset();
}

void TestMediaColumns::previewPlansUploadsAndApplyUploadsWhatItWrites()
{
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY2(prepared->plan(), qPrintable(prepared->report().error->toString()));
    const Plan &plan = *prepared->plan();
    QCOMPARE(plan.columns, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("photo"),
                                        QStringLiteral("photoMediaFileId")}));
    QCOMPARE(plan.counts.inserted, 3);
    QCOMPARE(prepared->report().mediaUploads, 2);
    QCOMPARE(after(plan, plan.changes[0], QStringLiteral("photo")).toString(), QStringLiteral("upload 1-a.jpg"));
    QCOMPARE(after(plan, plan.changes[1], QStringLiteral("photo")).toString(), QStringLiteral("upload 2-b.jpg"));
    QCOMPARE(after(plan, plan.changes[2], QStringLiteral("photo")).toString(), QString()); // no file
    for (const auto &r : m_emulator->requests())
        QVERIFY2(r.method == "GET", qPrintable(r.path)); // the preview only reads
    QCOMPARE(m_emulator->uploadCount(), 0);

    // Bob is excluded: his file stays local; Ada's is uploaded and her entry points at it.
    RunReport report = prepared->apply(ApplyOptions{{1}, std::nullopt, true});
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.counts.inserted, 2);
    QCOMPARE(report.mediaUploads, 1);
    QCOMPARE(m_emulator->uploadCount(), 1);
    const auto files = m_emulator->mediaFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].name, QStringLiteral("1-a.jpg"));
    QCOMPARE(files[0].bytes, QByteArray("a bytes"));
    QHash<int, QJsonObject> byId;
    for (const auto &[id, data] : m_emulator->entries(Ds))
        byId.insert(data.value(u"id").toInt(), data);
    QCOMPARE(byId.size(), 2);
    QCOMPARE(byId[1].value(u"photo").toString(), files[0].url);
    QCOMPARE(byId[1].value(u"photoMediaFileId").toInteger(), files[0].id);
    QVERIFY(byId[3].value(u"photoMediaFileId").isNull());

    // The next preview: Ada and Cy unchanged, Bob's upload planned.
    auto next = PreparedRun::prepare(job(), options());
    QVERIFY(next->plan());
    QCOMPARE(next->plan()->counts.unchanged, 2);
    QCOMPARE(next->plan()->counts.inserted, 1);
    QCOMPARE(next->report().mediaUploads, 1);
    RunReport second = next->apply(ApplyOptions{});
    QVERIFY(!second.error);
    QCOMPARE(m_emulator->uploadCount(), 2);
    QCOMPARE(m_emulator->folderCreations(), 1);
}

void TestMediaColumns::fileColumnTheRowsLackIsNamed()
{
    JobSpec j = job();
    FlipletFileColumn scan;
    scan.column = QStringLiteral("scan");
    j.fliplet.files.append(scan);
    auto prepared = PreparedRun::prepare(j, options());
    QVERIFY(!prepared->plan());
    QVERIFY(prepared->report().error);
    QCOMPARE(prepared->report().error->field, QStringLiteral("target.files[1].column"));
    QVERIFY2(prepared->report().error->message.contains(QStringLiteral("'scan'")),
             qPrintable(prepared->report().error->message));
    QCOMPARE(m_emulator->uploadCount(), 0);
}

void TestMediaColumns::unchangedLocalFilesAreNotReadAgain()
{
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    setModified(QStringLiteral("a.jpg"), hourAgo);
    setModified(QStringLiteral("b.jpg"), hourAgo);
    const QString cache = m_dir->filePath(QStringLiteral("state/media-checksums.sqlite"));
    // A preview remembers nothing.
    QVERIFY(PreparedRun::prepare(job(), options())->plan());
    QVERIFY(!QFile::exists(cache));
    auto first = PreparedRun::prepare(job(), options());
    QVERIFY(first->plan());
    QVERIFY(!first->apply(ApplyOptions{}).error);
    QVERIFY(QFile::exists(cache));
    QCOMPARE(m_emulator->uploadCount(), 2);

    // a.jpg gets other bytes of the same size and keeps its time: the remembered checksum stands, so the file
    // is not read (its row stays unchanged). This is the cache's known limit, as for rsync and make.
    writeFile(QStringLiteral("a.jpg"), "A BYTES");
    setModified(QStringLiteral("a.jpg"), hourAgo);
    auto second = PreparedRun::prepare(job(), options());
    QVERIFY(second->plan());
    QCOMPARE(second->plan()->counts.unchanged, 3);
    QCOMPARE(second->report().mediaUploads, 0);

    // Its time changes as any edit changes it: read again, and the new bytes are planned for upload.
    setModified(QStringLiteral("a.jpg"), hourAgo.addSecs(60));
    auto third = PreparedRun::prepare(job(), options());
    QVERIFY(third->plan());
    QCOMPARE(third->plan()->counts.updated, 1);
    QCOMPARE(third->report().mediaUploads, 1);
    QCOMPARE(after(*third->plan(), third->plan()->changes[0], QStringLiteral("photo")).toString(),
             QStringLiteral("upload 1-a.jpg"));
}

void TestMediaColumns::eachFailedRowKeepsItsOwnMessage()
{
    // Bob's photo is missing (a row error from the preview); Ada's upload is then refused at apply. Each row's
    // error must still name its own problem.
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("photos/b.jpg"))));
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY(prepared->plan());
    FlipletEmulator::Fault refused;
    refused.status = 400;
    m_emulator->queueFault(QStringLiteral("media-files"), refused);
    RunReport report = prepared->apply(ApplyOptions{});
    QVERIFY(report.plan);
    const Plan &plan = *report.plan;
    QHash<int, QString> messages; // id → its error
    for (const Change &c : plan.changes) {
        if (c.action != ChangeAction::Error)
            continue;
        QCOMPARE(c.reason, ChangeReason::SourceRowError);
        QVERIFY(c.detail < plan.source->rowErrors.size());
        const SourceRowError &e = plan.source->rowErrors[c.detail];
        QCOMPARE(e.row, c.sourceRow); // the error is this row's
        messages.insert(plan.source->rows.value(c.sourceRow, 0).toInt(), e.message);
    }
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages[1].contains(QStringLiteral("HTTP 400")), qPrintable(messages[1]));
    QVERIFY2(messages[2].contains(QStringLiteral("b.jpg")) && !messages[2].contains(QStringLiteral("HTTP 400")),
             qPrintable(messages[2]));
}

void TestMediaColumns::previewCountsOnlyFilesOfRowsItWrites()
{
    // Rows 4 and 5 share a key (both are errors, neither is written): their new file is not counted as an upload.
    writeFile(QStringLiteral("d.jpg"), "d bytes");
    sql(m_dir->filePath(QStringLiteral("source.sqlite")),
        {QStringLiteral("INSERT INTO people VALUES (4, 'Di', 'd.jpg'), (4, 'Dee', 'd.jpg')")});
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY2(prepared->plan(), qPrintable(prepared->report().error->toString()));
    QCOMPARE(prepared->plan()->counts.failed, 2);
    QCOMPARE(prepared->report().mediaUploads, 2); // a.jpg and b.jpg; not d.jpg
    RunReport report = prepared->apply(ApplyOptions{});
    QCOMPARE(report.mediaUploads, 2);
    QCOMPARE(m_emulator->uploadCount(), 2);
}

void TestMediaColumns::fileChangedAfterThePreviewIsNotUploaded()
{
    auto prepared = PreparedRun::prepare(job(), options());
    QVERIFY(prepared->plan());
    QCOMPARE(prepared->report().mediaUploads, 2);
    writeFile(QStringLiteral("b.jpg"), "b bytes, edited after the preview");
    RunReport report = prepared->apply(ApplyOptions{});
    // Ada's file is uploaded as previewed; Bob's changed one is not sent in place of the one the preview showed.
    QCOMPARE(report.mediaUploads, 1);
    QCOMPARE(report.counts.inserted, 2);
    QCOMPARE(report.counts.failed, 1);
    const auto files = m_emulator->mediaFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].bytes, QByteArray("a bytes"));
    bool named = false;
    for (const SourceRowError &e : report.plan->source->rowErrors)
        named = named || (e.message.contains(QStringLiteral("row with key 2")) &&
                          e.message.contains(QStringLiteral("changed after the preview")));
    QVERIFY(named);
    // The next run uploads the file as it is now.
    auto next = PreparedRun::prepare(job(), options());
    QVERIFY(next->plan());
    QCOMPARE(next->report().mediaUploads, 1);
    QVERIFY(!next->apply(ApplyOptions{}).error);
    QCOMPARE(m_emulator->mediaFiles().size(), 2);
    QCOMPARE(m_emulator->mediaFiles()[1].bytes, QByteArray("b bytes, edited after the preview"));
}

QTEST_GUILESS_MAIN(TestMediaColumns)
#include "tst_mediacolumns.moc"
