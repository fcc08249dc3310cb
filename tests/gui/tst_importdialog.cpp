// Importing job files in the desktop app: what each file becomes and what does not carry over, a Fliplet
// Agent config whose inline token and database password move into the keychain (in a real Secret Service,
// run through scripts/with-keyring.sh) or, when no keychain is usable, into a private file by the user's
// choice; ids already in the job list.
// FERRY_KEYRING_STATE: "unlocked" (a keyring is running) or "no-bus" (no keychain can be reached).
#include "scriptedprompts.h"

#include "importdialog.h"
#include "job/jobstore.h"
#include "joblistmodel.h"
#include "jobrun.h"
#include "mainwindow.h"
#include "secrets/keychain.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace Ferry;

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void flipletAgentConfigWithSecrets();
    void brokenFilesAndTakenIds();

private:
    QString write(const QString &name, const QByteArray &text) const;
    bool keyringRunning() const { return qEnvironmentVariable("FERRY_KEYRING_STATE") == u"unlocked"; }

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_jobs;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    registerRunMetaTypes();
}

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_jobs = m_dir->filePath(QStringLiteral("jobs"));
}

QString TestImportDialog::write(const QString &name, const QByteArray &text) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

void TestImportDialog::flipletAgentConfigWithSecrets()
{
    const QString agent = write(QStringLiteral("agent.yml"), "auth_token: eu--import-token-4821\n"
                                                             "datasource_id: 123\n"
                                                             "database_driver: postgres\n"
                                                             "database_host: db.example.internal\n"
                                                             "database_username: reporter\n"
                                                             "database_password: pg-secret-9931\n"
                                                             "database_name: crm\n"
                                                             "query: SELECT id, email FROM contacts\n"
                                                             "primary_column: id\n"
                                                             "frequency: '0 3 * * *'\n"
                                                             "concurrency: 4\n");
    MainWindow window(m_jobs, m_dir->filePath(QStringLiteral("state")));
    window.importJobs({agent});
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->hasPlaintextSecrets());

    // What the file becomes, and what does not carry over (concurrency).
    const QString details = dialog->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Fliplet data source 123")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("concurrency")));
    QVERIFY(details.contains(QStringLiteral("0 3 * * *")));
    QVERIFY(!details.contains(QStringLiteral("import-token-4821")));

    // The keychain probe: ready in a running keyring, otherwise said why, with the private file chosen.
    auto *keychain = dialog->findChild<QRadioButton *>(QStringLiteral("keychainRadioButton"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("keychainStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().startsWith(QStringLiteral("Checking")), 20000);
    QCOMPARE(keychain->isEnabled(), keyringRunning());
    if (!keyringRunning()) {
        QVERIFY(status->text().contains(QStringLiteral("cannot be used")));
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("secretFileRadioButton"))->isChecked());
    }

    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    dialog->startImport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);

    // The saved job refers to its secrets; its file holds neither.
    const auto entries = JobStore(m_jobs).scan();
    QCOMPARE(entries.size(), size_t(1));
    QVERIFY(entries[0].ok());
    const JobSpec &job = entries[0].loaded->job;
    QFile saved(entries[0].path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(!text.contains("import-token-4821"));
    QVERIFY(!text.contains("pg-secret-9931"));
    const QString scheme = keyringRunning() ? QStringLiteral("keychain:") : QStringLiteral("file:");
    QVERIFY2(job.fliplet.authToken.reference.startsWith(scheme), qPrintable(job.fliplet.authToken.reference));
    QVERIFY(job.sql.password.reference.startsWith(scheme));
    // … and they resolve to the values the file had.
    auto store = secretStoreWithKeychain();
    QCOMPARE(store->resolve(job.fliplet.authToken, QStringLiteral("token"), QString()).value(),
             QStringLiteral("eu--import-token-4821"));
    QCOMPARE(store->resolve(job.sql.password, QStringLiteral("password"), QString()).value(),
             QStringLiteral("pg-secret-9931"));
    if (!keyringRunning()) {
        const QString file = job.sql.password.reference.mid(5);
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
    }
    // The job list shows it, selected.
    QTRY_COMPARE(window.jobModel()->rowCount(), 1);
    QVERIFY(window.selectedEntry());
    QCOMPARE(window.selectedEntry()->loaded->job.id, job.id);
}

void TestImportDialog::brokenFilesAndTakenIds()
{
    JobSpec existing;
    existing.id = QStringLiteral("shared-id");
    existing.name = QStringLiteral("Existing");
    existing.sql.driver = QStringLiteral("sqlite");
    existing.sql.host = QStringLiteral("/data/a.sqlite");
    existing.sql.query = QStringLiteral("SELECT 1 AS id");
    existing.targetKind = TargetKind::Sqlite;
    existing.sqlite.path = QStringLiteral("/data/b.sqlite");
    existing.sqlite.table = QStringLiteral("t");
    existing.rules.keyColumns = {QStringLiteral("id")};
    const auto existingPath = JobStore(m_jobs).save(existing);
    QVERIFY(existingPath);
    JobSpec incoming = existing;
    incoming.name = QStringLiteral("Incoming");
    const QString ferryFile = m_dir->filePath(QStringLiteral("incoming.yaml"));
    QVERIFY(saveJobFile(incoming, ferryFile));
    const QString broken = write(QStringLiteral("broken.yaml"), "ferry: 1\nsource: [\n");

    ImportDialog dialog({ferryFile, broken}, JobStore(m_jobs));
    auto *files = dialog.findChild<QTreeWidget *>();
    QCOMPARE(files->topLevelItemCount(), 2);
    QCOMPARE(files->topLevelItem(0)->text(3), QStringLiteral("New job (its id is taken)"));
    QCOMPARE(files->topLevelItem(1)->text(3), QStringLiteral("Cannot be read"));
    files->setCurrentItem(files->topLevelItem(1));
    QVERIFY(dialog.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("cannot be imported")));
    QVERIFY(!dialog.hasPlaintextSecrets());

    // Not replacing: a new job with an id of its own, the existing one untouched.
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(dialog.importedIds().size(), 1);
    QVERIFY(dialog.importedIds().first() != u"shared-id");
    const auto entries = JobStore(m_jobs).scan();
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(loadJobFile(*existingPath)->job.name, QStringLiteral("Existing"));

    // Replacing: the job of that id takes the file's content.
    ImportDialog replace({ferryFile}, JobStore(m_jobs));
    replace.findChild<QCheckBox *>(QStringLiteral("replaceCheckBox"))->setChecked(true);
    QCOMPARE(replace.findChild<QTreeWidget *>()->topLevelItem(0)->text(3),
             QStringLiteral("Replaces the job of the same id"));
    QSignalSpy replaced(&replace, &ImportDialog::importFinished);
    replace.startImport();
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 20000);
    QCOMPARE(loadJobFile(*existingPath)->job.name, QStringLiteral("Incoming"));
    QCOMPARE(JobStore(m_jobs).scan().size(), size_t(2));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
