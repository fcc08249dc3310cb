// End-to-end: ferry-cli pushes a SQLite table with file columns to a Fliplet data source (the emulator): a
// local photo path relative to a directory and a remote CV URL on a file host that needs its own header.
// Each distinct file is uploaded once and the entries hold its URL and <column>MediaFileId; the second run
// uploads and changes nothing; changed bytes mean one upload and one update; a missing file fails its row
// alone (named, with its path) while the others are written; a dry run uploads nothing and says what it
// would upload; the file host never sees the Fliplet token. A Fliplet Agent file with files: runs too.
#include "clitestcase.h"
#include "filehost.h"
#include "flipletemulator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Ferry::Testing;

namespace {
const QString Token = QStringLiteral("eu--files-e2e-token");
constexpr qint64 Ds = 4713;
const QByteArray FileKey = "Bearer file-host-key";

QByteArray md5(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
}
} // namespace

class TestCliFlipletFiles : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void uploadsOnceConvergesAndFollowsChanges();
    void missingFileFailsItsRowAlone();
    void dryRunUploadsNothing();
    void remoteFileErrorsFailTheirRow();
    void flipletAgentFileWithFilesRuns();
    void headerSecretComesFromTheSecretStore();

private:
    void writeFile(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    // header: the cv column's Authorization value as the job file writes it (the key itself, or a secret).
    QString job(const QString &header = QString::fromLatin1(FileKey))
    {
        const QString path = m_dir->filePath(QStringLiteral("media.yml"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral("ferry: 1\n"
                               "id: media-e2e\n"
                               "source:\n"
                               "  type: sql\n"
                               "  driver: sqlite\n"
                               "  path: people.sqlite\n"
                               "  query: SELECT id, name, photo, cv FROM people ORDER BY id\n"
                               "target:\n"
                               "  type: fliplet\n"
                               "  datasource_id: %1\n"
                               "  auth_token: {secret: env:FERRY_E2E_TOKEN}\n"
                               "  files:\n"
                               "    - {column: photo, type: local, directory: photos}\n"
                               "    - column: cv\n"
                               "      type: remote\n"
                               "      headers: {Authorization: %2}\n"
                               "sync:\n"
                               "  key: id\n"
                               "retry: {attempts: 2, initial_delay_ms: 20, max_delay_ms: 50}\n")
                    .arg(Ds)
                    .arg(header)
                    .toUtf8());
        return path;
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FERRY_FLIPLET_API_URL"), m_emulator->baseUrl());
        e.insert(QStringLiteral("FERRY_E2E_TOKEN"), Token);
        e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        return e;
    }
    CliResult run(const QString &file, bool dryRun = false)
    {
        QStringList args{QStringLiteral("run"), file, QStringLiteral("--json"), QStringLiteral("--state"),
                         m_dir->filePath(QStringLiteral("state"))};
        if (dryRun)
            args.append(QStringLiteral("--dry-run"));
        return runCli(args, env());
    }
    // The people table: 1 and 3 share a photo (same bytes), 4 has no files.
    void addPeople()
    {
        QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE people (id INTEGER, name TEXT, photo TEXT, cv TEXT)")));
        QVERIFY(
            m_db->exec(QStringLiteral("INSERT INTO people VALUES (1, 'Ada', 'ada.jpg', '%1'), "
                                      "(2, 'Bob', 'bob.jpg', '%2'), (3, 'Cy', 'cy.jpg', NULL), "
                                      "(4, 'Dan', NULL, NULL)")
                           .arg(m_host->url(QStringLiteral("/cv/ada")), m_host->url(QStringLiteral("/cv/bob.pdf")))));
        writeFile(QStringLiteral("photos/ada.jpg"), "ada's jpeg");
        writeFile(QStringLiteral("photos/bob.jpg"), "bob's jpeg");
        writeFile(QStringLiteral("photos/cy.jpg"), "ada's jpeg"); // the same bytes as ada.jpg
        m_host->setFile(QStringLiteral("/cv/ada"), {"ada's cv", "application/pdf", "authorization", FileKey});
        m_host->setFile(QStringLiteral("/cv/bob.pdf"), {"bob's cv", "application/pdf", "authorization", FileKey});
    }
    // Entries by their id field.
    QHash<int, QJsonObject> entries() const
    {
        QHash<int, QJsonObject> out;
        for (const auto &[id, data] : m_emulator->entries(Ds))
            out.insert(data.value(u"id").toInt(), data);
        return out;
    }
    // The media file an entry's column points at, checked against its id column and its bytes.
    QByteArray fileOf(const QJsonObject &entry, const QString &column)
    {
        const QString url = entry.value(column).toString();
        const qint64 id = entry.value(column + QStringLiteral("MediaFileId")).toInteger();
        for (const auto &f : m_emulator->mediaFiles())
            if (f.id == id) {
                if (f.url != url)
                    return "url " + url.toUtf8() + " is not file " + QByteArray::number(id) + "'s";
                QNetworkAccessManager nam;
                QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
                QSignalSpy done(reply, &QNetworkReply::finished);
                if (!reply->isFinished())
                    done.wait(10000);
                const QByteArray served = reply->readAll();
                reply->deleteLater();
                return served == f.bytes ? served : QByteArray("served bytes differ");
            }
        return "no media file " + QByteArray::number(id);
    }
    void tokenNeverReachedTheFileHost()
    {
        QVERIFY(!m_host->requests().isEmpty());
        for (const auto &r : m_host->requests()) {
            QVERIFY2(!r.hasHeader("auth-token"), qPrintable(r.path));
            for (const auto &[name, value] : r.headers)
                QVERIFY2(!value.contains(Token.toUtf8()), name.constData());
            QCOMPARE(r.header("authorization"), FileKey);
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
    std::unique_ptr<FileHost> m_host;
    std::unique_ptr<SourceDb> m_db;
};

void TestCliFlipletFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(Ds, QStringLiteral("People"));
    QVERIFY(m_emulator->start());
    m_host = std::make_unique<FileHost>();
    QVERIFY(m_host->start());
    m_db = std::make_unique<SourceDb>(m_dir->filePath(QStringLiteral("people.sqlite")));
}

void TestCliFlipletFiles::cleanup()
{
    m_db.reset();
    m_host.reset();
    m_emulator.reset();
    m_dir.reset();
}

void TestCliFlipletFiles::uploadsOnceConvergesAndFollowsChanges()
{
    addPeople();
    const QString file = job();
    CliResult first = run(file);
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(first.json().value(u"inserted").toInt(), 4);
    QCOMPARE(first.json().value(u"media_uploads").toInt(), 4); // ada/cy's photo once, bob's, two CVs
    QCOMPARE(m_emulator->uploadCount(), 4);
    QCOMPARE(m_emulator->folderCreations(), 1);
    auto e = entries();
    QCOMPARE(e.size(), 4);
    QCOMPARE(fileOf(e[1], QStringLiteral("photo")), QByteArray("ada's jpeg"));
    QCOMPARE(fileOf(e[2], QStringLiteral("photo")), QByteArray("bob's jpeg"));
    QCOMPARE(fileOf(e[3], QStringLiteral("photo")), QByteArray("ada's jpeg"));
    QCOMPARE(e[3].value(u"photoMediaFileId"), e[1].value(u"photoMediaFileId")); // one file for both
    QCOMPARE(fileOf(e[1], QStringLiteral("cv")), QByteArray("ada's cv"));
    QCOMPARE(fileOf(e[2], QStringLiteral("cv")), QByteArray("bob's cv"));
    QVERIFY(e[4].value(u"photo").isNull() && e[4].value(u"photoMediaFileId").isNull());
    // Names as Fliplet Agent gives them: <key>-<file name>, a URL's name with its type's extension.
    QStringList names;
    for (const auto &f : m_emulator->mediaFiles())
        names.append(f.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("1-ada.jpg"), QStringLiteral("1-ada.pdf"), QStringLiteral("2-bob.jpg"),
                                 QStringLiteral("2-bob.pdf")}));
    for (const auto &f : m_emulator->mediaFiles())
        QCOMPARE(f.checksum, md5(f.bytes));
    tokenNeverReachedTheFileHost();

    // Second run: nothing to upload, nothing to write.
    const int commits = m_emulator->commitCount();
    CliResult second = run(file);
    QVERIFY2(second.exitCode == 0, second.out + second.err);
    QCOMPARE(second.json().value(u"inserted").toInt(), 0);
    QCOMPARE(second.json().value(u"updated").toInt(), 0);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 4);
    QVERIFY(!second.json().contains(u"media_uploads"));
    QCOMPARE(m_emulator->uploadCount(), 4);
    QCOMPARE(m_emulator->commitCount(), commits);
    QCOMPARE(m_emulator->folderCreations(), 1);

    // Bob's photo changes: one upload, one update, the others untouched.
    writeFile(QStringLiteral("photos/bob.jpg"), "bob's new jpeg");
    CliResult third = run(file);
    QVERIFY2(third.exitCode == 0, third.out + third.err);
    QCOMPARE(third.json().value(u"updated").toInt(), 1);
    QCOMPARE(third.json().value(u"unchanged").toInt(), 3);
    QCOMPARE(third.json().value(u"media_uploads").toInt(), 1);
    QCOMPARE(m_emulator->uploadCount(), 5);
    QCOMPARE(fileOf(entries()[2], QStringLiteral("photo")), QByteArray("bob's new jpeg"));
    QCOMPARE(entries()[1], e[1]);

    // And converged again.
    CliResult fourth = run(file);
    QVERIFY2(fourth.exitCode == 0, fourth.out + fourth.err);
    QCOMPARE(fourth.json().value(u"unchanged").toInt(), 4);
    QCOMPARE(m_emulator->uploadCount(), 5);
    tokenNeverReachedTheFileHost();
}

void TestCliFlipletFiles::missingFileFailsItsRowAlone()
{
    addPeople();
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("photos/bob.jpg"))));
    const QString file = job();
    CliResult first = run(file);
    QCOMPARE(first.exitCode, 1); // row errors
    const QJsonObject report = first.json();
    QCOMPARE(report.value(u"inserted").toInt(), 3);
    QCOMPARE(report.value(u"failed").toInt(), 1);
    const QString errors = QString::fromUtf8(QJsonDocument(report.value(u"errors").toArray()).toJson());
    const QString missing = m_dir->filePath(QStringLiteral("photos/bob.jpg"));
    QVERIFY2(errors.contains(QStringLiteral("key 2")) && errors.contains(QStringLiteral("column photo")) &&
                 errors.contains(missing),
             qPrintable(errors));
    QCOMPARE(entries().size(), 3);
    QVERIFY(!entries().contains(2));
    // Bob's CV is not uploaded for a row that is not written.
    for (const auto &f : m_emulator->mediaFiles())
        QVERIFY2(!f.name.startsWith(u"2-"), qPrintable(f.name));

    // The file appears: the next run writes the row.
    writeFile(QStringLiteral("photos/bob.jpg"), "bob's jpeg");
    CliResult second = run(file);
    QVERIFY2(second.exitCode == 0, second.out + second.err);
    QCOMPARE(second.json().value(u"inserted").toInt(), 1);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 3);
    QCOMPARE(fileOf(entries()[2], QStringLiteral("photo")), QByteArray("bob's jpeg"));
}

void TestCliFlipletFiles::dryRunUploadsNothing()
{
    addPeople();
    const QString file = job();
    CliResult dry = run(file, true);
    QVERIFY2(dry.exitCode == 0, dry.out + dry.err);
    QCOMPARE(dry.json().value(u"inserted").toInt(), 4);
    QCOMPARE(dry.json().value(u"media_uploads_planned").toInt(), 4);
    QCOMPARE(m_emulator->uploadCount(), 0);
    QCOMPARE(m_emulator->folderCreations(), 0);
    QCOMPARE(m_emulator->commitCount(), 0);
    for (const auto &r : m_emulator->requests())
        QVERIFY2(r.method == "GET", qPrintable(r.path)); // reads only
    QVERIFY2(dry.out.contains("upload 1-ada.jpg") && dry.out.contains("upload 2-bob.pdf"), dry.out.constData());

    CliResult applied = run(file);
    QVERIFY2(applied.exitCode == 0, applied.out + applied.err);
    QCOMPARE(m_emulator->uploadCount(), 4);

    // A changed file: the preview shows the one upload and the update, and still uploads nothing.
    writeFile(QStringLiteral("photos/ada.jpg"), "ada's new jpeg");
    CliResult again = run(file, true);
    QVERIFY2(again.exitCode == 0, again.out + again.err);
    QCOMPARE(again.json().value(u"updated").toInt(), 1);
    QCOMPARE(again.json().value(u"media_uploads_planned").toInt(), 1);
    QVERIFY2(again.out.contains("upload 1-ada.jpg"), again.out.constData());
    QCOMPARE(m_emulator->uploadCount(), 4);
    // Cy's photo still has ada's old bytes, already uploaded: it stays as it is.
    QCOMPARE(again.json().value(u"unchanged").toInt(), 3);
}

void TestCliFlipletFiles::remoteFileErrorsFailTheirRow()
{
    addPeople();
    m_host->removeFile(QStringLiteral("/cv/bob.pdf")); // 404
    const QString file = job();
    CliResult first = run(file);
    QCOMPARE(first.exitCode, 1);
    QCOMPARE(first.json().value(u"inserted").toInt(), 3);
    const QString errors = QString::fromUtf8(QJsonDocument(first.json().value(u"errors").toArray()).toJson());
    QVERIFY2(errors.contains(QStringLiteral("key 2")) && errors.contains(QStringLiteral("column cv")) &&
                 errors.contains(m_host->url(QStringLiteral("/cv/bob.pdf"))) && errors.contains(QStringLiteral("404")),
             qPrintable(errors));

    // An upload the media API refuses fails its row alone too.
    m_host->setFile(QStringLiteral("/cv/bob.pdf"), {"bob's cv", "application/pdf", "authorization", FileKey});
    FlipletEmulator::Fault refused;
    refused.status = 400;
    m_emulator->queueFault(QStringLiteral("media-files"), refused);
    writeFile(QStringLiteral("photos/ada.jpg"), "ada's second jpeg");
    m_db->exec(QStringLiteral("UPDATE people SET name = 'Dan D.' WHERE id = 4"));
    CliResult second = run(file);
    QCOMPARE(second.exitCode, 1);
    // The first upload (Ada's new photo) is refused: Ada fails alone, keeping her entry as it was; Bob is
    // inserted with his files, Dan's new name is written.
    const QJsonObject r = second.json();
    QCOMPARE(r.value(u"failed").toInt(), 1);
    QCOMPARE(r.value(u"inserted").toInt(), 1);
    QCOMPARE(r.value(u"updated").toInt(), 1);
    const QString refusedErrors = QString::fromUtf8(QJsonDocument(r.value(u"errors").toArray()).toJson());
    QVERIFY2(
        refusedErrors.contains(QStringLiteral("key 1")) && refusedErrors.contains(QStringLiteral("column photo")) &&
            refusedErrors.contains(QStringLiteral("1-ada.jpg")) && refusedErrors.contains(QStringLiteral("HTTP 400")),
        qPrintable(refusedErrors));
    QCOMPARE(entries()[4].value(u"name").toString(), QStringLiteral("Dan D."));
    QCOMPARE(fileOf(entries()[1], QStringLiteral("photo")), QByteArray("ada's jpeg"));
    QCOMPARE(fileOf(entries()[2], QStringLiteral("cv")), QByteArray("bob's cv"));

    // The next run retries Ada's upload.
    CliResult third = run(file);
    QVERIFY2(third.exitCode == 0, third.out + third.err);
    QCOMPARE(third.json().value(u"updated").toInt(), 1);
    QCOMPARE(third.json().value(u"unchanged").toInt(), 3);
    QCOMPARE(fileOf(entries()[1], QStringLiteral("photo")), QByteArray("ada's second jpeg"));
    tokenNeverReachedTheFileHost();
}

void TestCliFlipletFiles::headerSecretComesFromTheSecretStore()
{
    // The file host's key stays out of the job file: the header names a secret, resolved when the job runs.
    addPeople();
    const QString file = job(QStringLiteral("{secret: env:FERRY_E2E_FILE_KEY}"));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains(FileKey));

    // Without the variable: the run stops before writing anything, naming the header's field.
    CliResult missing = run(file);
    QVERIFY2(missing.exitCode != 0, missing.out + missing.err);
    QVERIFY2((missing.out + missing.err).contains("target.files[1].headers.Authorization") &&
                 (missing.out + missing.err).contains("FERRY_E2E_FILE_KEY"),
             missing.out + missing.err);
    QVERIFY(m_emulator->entries(Ds).empty());
    QVERIFY(m_host->requests().isEmpty());

    QProcessEnvironment e = env();
    e.insert(QStringLiteral("FERRY_E2E_FILE_KEY"), QString::fromLatin1(FileKey));
    CliResult ok = runCli({QStringLiteral("run"), file, QStringLiteral("--json"), QStringLiteral("--state"),
                           m_dir->filePath(QStringLiteral("state"))},
                          e);
    QVERIFY2(ok.exitCode == 0, ok.out + ok.err);
    QCOMPARE(ok.json().value(u"inserted").toInt(), 4);
    QCOMPARE(fileOf(entries()[1], QStringLiteral("cv")), QByteArray("ada's cv"));
    tokenNeverReachedTheFileHost();                // and the host got the key from the variable
    QVERIFY(!(ok.out + ok.err).contains(FileKey)); // never logged

    // Written again by Ferry (export), the reference stays a reference.
    const QString out = m_dir->filePath(QStringLiteral("exported"));
    CliResult exported = runCli({QStringLiteral("export"), file, QStringLiteral("--to"), out}, e);
    QVERIFY2(exported.exitCode == 0, exported.out + exported.err);
    QFile again(QDir(out).filePath(QStringLiteral("media.yaml")));
    QVERIFY2(again.open(QIODevice::ReadOnly), qPrintable(QDir(out).entryList().join(u' ')));
    const QByteArray text = again.readAll();
    QVERIFY2(text.contains("secret: env:FERRY_E2E_FILE_KEY") && !text.contains(FileKey), text.constData());
}

void TestCliFlipletFiles::flipletAgentFileWithFilesRuns()
{
    addPeople();
    const QString path = m_dir->filePath(QStringLiteral("agent.yml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("auth_token: %1\n"
                           "datasource_id: %2\n"
                           "database_driver: sqlite\n"
                           "database_host: people.sqlite\n"
                           "query: SELECT id, name, photo FROM people\n"
                           "primary_column: id\n"
                           "files:\n"
                           "  - column: photo\n"
                           "    type: local\n"
                           "    directory: %3\n")
                .arg(Token)
                .arg(Ds)
                .arg(m_dir->filePath(QStringLiteral("photos")))
                .toUtf8());
    f.close();
    CliResult first = run(path);
    QVERIFY2(first.exitCode == 0, first.out + first.err);
    QCOMPARE(first.json().value(u"inserted").toInt(), 4);
    QCOMPARE(m_emulator->uploadCount(), 2);
    QCOMPARE(fileOf(entries()[3], QStringLiteral("photo")), QByteArray("ada's jpeg"));
    QVERIFY(!first.out.contains("not supported"));
    CliResult second = run(path);
    QVERIFY2(second.exitCode == 0, second.out + second.err);
    QCOMPARE(second.json().value(u"unchanged").toInt(), 4);
    QCOMPARE(m_emulator->uploadCount(), 2);
}

QTEST_GUILESS_MAIN(TestCliFlipletFiles)
#include "tst_cliflipletfiles.moc"
