// The job editor, offscreen: a job made through the form (a SQLite source tested, its tables found, sample
// rows shown; a Fliplet target on the emulator with its data source picked from the API's list; the mapping
// auto-mapped; a schedule with its next five times) and saved to the job folder, read back with
// loadJobFile; invalid input shown beside its field with Save refused; a slow test cancelled; New and Edit
// from the main window. With FERRY_SCREENSHOTS_DIR set, each page is saved there as editor-<page>.png.
#include "connectorform.h"
#include "connectorprobe.h"
#include "flipletemulator.h"
#include "jobeditor.h"
#include "jobeditorgeneralpage.h"
#include "jobeditormappingpage.h"
#include "jobeditorrulespage.h"
#include "jobeditorschedulepage.h"
#include "jobeditorsourcepage.h"
#include "jobeditortargetpage.h"
#include "joblistmodel.h"
#include "mainwindow.h"
#include "mappingmodel.h"
#include "memorykeychain.h"
#include "probestatus.h"
#include "prompts.h"
#include "recordsetmodel.h"
#include "secretedit.h"
#include "translations.h"

#include "job/jobfile.h"
#include "secrets/keychain.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeView>
#include <QtTest>

using namespace Ferry;
using Ferry::Testing::FlipletEmulator;

namespace {

const QString Token = QStringLiteral("eu--gui-test-token");
// Checks run on worker threads; a loaded build machine may take a while to schedule them.
constexpr int CheckTimeoutMs = 30000;

// Answers every question with yes (tests never wait on a dialog).
class YesPrompts final : public Prompts
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &, bool) override { return true; }
    int choose(QWidget *, const QString &, const QString &, const QStringList &) override { return 0; }
    void error(QWidget *, const QString &, const QString &text) override { errors.append(text); }
    void information(QWidget *, const QString &, const QString &) override {}
    QStringList openFiles(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString existingDirectory(QWidget *, const QString &, const QString &) override { return {}; }
    QStringList errors;
};

using FakeKeychain = Testing::MemoryKeychain;

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(i);
}

} // namespace

class TestJobEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createJobThroughTheForm();
    void invalidInputIsShownAndSaveRefused();
    void secretNeedsAPlace();
    void keychainIsTheDefault();
    void cancelSlowTest();
    void editKeepsTheFile();
    void mainWindowNewAndEdit();
    void screenshots();

private:
    QString dbPath() const { return m_dir.filePath(QStringLiteral("crm.sqlite")); }
    QString jobsDir() const { return m_dir.filePath(QStringLiteral("jobs")); }
    QString secretsDir() const { return m_dir.filePath(QStringLiteral("secrets")); }
    std::unique_ptr<JobEditor> newEditor(const JobSpec &job = JobEditor::newJob(), const QString &path = {},
                                         std::shared_ptr<KeychainBackend> keychain = {});
    // Fills the form as a user would, up to a valid job (the mapping, rules and schedule left to the test).
    void fillSourceAndTarget(JobEditor &editor);

    QTemporaryDir m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
    YesPrompts m_prompts;
};

void TestJobEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    registerProbeMetaTypes();
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(jobsDir()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql :
             {"CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT NOT NULL, full_name TEXT, modified TEXT)",
              "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
              "INSERT INTO contacts VALUES (1, 'ann@example.org', 'Ann Lee', '2024-02-01 09:00:00'), "
              "(2, 'bob@example.org', 'Bob Roy', '2024-02-02 10:00:00'), "
              "(3, 'cy@example.org', NULL, '2024-02-03 11:00:00')"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    Prompts::setInstance(&m_prompts);
}

void TestJobEditor::init()
{
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(7, QStringLiteral("Users"),
                              {QStringLiteral("ID"), QStringLiteral("Email"), QStringLiteral("Full Name")});
    m_emulator->addDataSource(8, QStringLiteral("Orders"));
    QVERIFY(m_emulator->start());
}

void TestJobEditor::cleanup()
{
    m_emulator.reset();
    m_prompts.errors.clear();
}

std::unique_ptr<JobEditor> TestJobEditor::newEditor(const JobSpec &job, const QString &path,
                                                    std::shared_ptr<KeychainBackend> keychain)
{
    // No test touches the user's keychain: an unusable one unless the test brings its own.
    auto editor =
        std::make_unique<JobEditor>(JobStore(jobsDir()), job, path, nullptr,
                                    keychain ? keychain : std::make_shared<FakeKeychain>(false), secretsDir());
    editor->resize(920, 680);
    editor->show();
    return editor;
}

void TestJobEditor::fillSourceAndTarget(JobEditor &editor)
{
    JobEditorSourcePage *source = editor.sourcePage();
    editor.setCurrentPage(JobEditor::SourcePage);
    QCOMPARE(source->form()->type()->id, QStringLiteral("sql/sqlite"));
    auto *path = child<QLineEdit>(source, QStringLiteral("pathLineEdit"));
    QVERIFY(path);
    QTest::keyClicks(path, dbPath());

    // Tables found, one picked: the query reads it.
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("discoverSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->tableComboBox()->count() == 2, qPrintable(source->status()->text()));
    selectData(source->tableComboBox(), QStringLiteral("contacts"));
    QVERIFY2(source->status()->text().startsWith(QStringLiteral("Found 2 table")),
             qPrintable(source->status()->text()));
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("useTableButton")), Qt::LeftButton);
    auto *query = child<QPlainTextEdit>(source, QStringLiteral("queryTextEdit"));
    QCOMPARE(query->toPlainText(), QStringLiteral("SELECT * FROM \"contacts\""));
    QCOMPARE(editor.mappingPage()->model()->rowCount(), 4); // the table's columns, with their types
    QCOMPARE(editor.mappingPage()->model()->rows().at(1).type, QStringLiteral("TEXT"));

    // Test connection: what it reached, inline.
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("testSourceButton")), Qt::LeftButton);
    QVERIFY(source->status()->isBusy() || !source->status()->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->status()->text().contains(QStringLiteral("returns 3 row")), qPrintable(source->status()->text()));
    QVERIFY(source->status()->text().contains(QStringLiteral("Columns: id, email, full_name, modified")));

    // Sample rows in the grid.
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("sampleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->sampleModel()->rowCount() == 3, qPrintable(source->status()->text()));
    QCOMPARE(source->sampleModel()->columnCount(), 4);
    QCOMPARE(source->sampleModel()->index(1, 1).data().toString(), QStringLiteral("bob@example.org"));
    QCOMPARE(source->sampleModel()->index(2, 2).data().toString(), QStringLiteral("null"));

    // The target: the emulator's address, the token kept in a file, the data source from the API's list.
    JobEditorTargetPage *target = editor.targetPage();
    editor.setCurrentPage(JobEditor::TargetPage);
    QCOMPARE(target->type()->id, QStringLiteral("fliplet"));
    selectData(target->regionComboBox(), QStringLiteral("custom"));
    auto *url = child<QLineEdit>(target, QStringLiteral("apiUrlLineEdit"));
    QVERIFY(url->isEnabled());
    QTest::keyClicks(url, m_emulator->baseUrl());
    auto *token = child<SecretEdit>(target, QStringLiteral("authTokenSecretEdit"));
    QTest::keyClicks(token->valueLineEdit(), Token);
    QVERIFY(token->valueLineEdit()->echoMode() == QLineEdit::Password);
    selectData(token->storageComboBox(), int(SecretStorage::File));

    QTest::mouseClick(child<QPushButton>(target, QStringLiteral("discoverTargetButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!target->status()->isBusy(), CheckTimeoutMs);
    auto *dataSource = child<QComboBox>(target, QStringLiteral("datasourceIdComboBox"));
    QVERIFY2(dataSource->count() == 2, qPrintable(target->status()->text()));
    QCOMPARE(dataSource->itemText(0), QStringLiteral("Users (7)"));
    selectData(dataSource, QStringLiteral("7"));

    QTest::mouseClick(child<QPushButton>(target, QStringLiteral("testTargetButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!target->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(target->status()->text().contains(QStringLiteral("Users (7)")), qPrintable(target->status()->text()));
    // The token went to the emulator as typed; nothing was written yet.
    QVERIFY(!QFile::exists(QDir(secretsDir()).filePath(editor.job().id + QStringLiteral("-target.auth_token"))));
}

void TestJobEditor::createJobThroughTheForm()
{
    auto editor = newEditor();
    QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(editor->saveButton()->toolTip().startsWith(QStringLiteral("Cannot save yet")));

    QTest::keyClicks(editor->generalPage()->nameLineEdit(), QStringLiteral("CRM contacts"));
    fillSourceAndTarget(*editor);

    // Mapping: auto-mapped to the data source's columns, the key and timestamp ticked.
    editor->setCurrentPage(JobEditor::MappingPage);
    MappingModel *mapping = editor->mappingPage()->model();
    QTest::mouseClick(child<QPushButton>(editor->mappingPage(), QStringLiteral("autoMapButton")), Qt::LeftButton);
    QCOMPARE(mapping->targetFields(), (QStringList{"ID", "Email", "Full Name", "modified"}));
    QVERIFY(mapping->setData(mapping->index(0, MappingModel::KeyColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(mapping->setData(mapping->index(3, MappingModel::TimestampColumn), Qt::Checked, Qt::CheckStateRole));

    // Rules: replace mode, fewer tries.
    editor->setCurrentPage(JobEditor::RulesPage);
    selectData(editor->rulesPage()->modeComboBox(), int(SyncMode::Replace));
    child<QSpinBox>(editor->rulesPage(), QStringLiteral("attemptsSpinBox"))->setValue(3);

    // Schedule: a preset, and the next five times spelled out.
    editor->setCurrentPage(JobEditor::SchedulePage);
    JobEditorSchedulePage *schedule = editor->schedulePage();
    schedule->setNow(QDateTime(QDate(2024, 3, 4), QTime(10, 0)));
    selectData(schedule->presetComboBox(), QStringLiteral("0 2 * * *"));
    QCOMPARE(schedule->cronLineEdit()->text(), QStringLiteral("0 2 * * *"));
    const QStringList next = schedule->nextRunTexts();
    QCOMPARE(next.size(), 5);
    QVERIFY2(next.first().contains(QStringLiteral("5 March 2024")) && next.first().contains(QStringLiteral("02:00")),
             qPrintable(next.first()));
    QVERIFY(next.last().contains(QStringLiteral("9 March 2024")));
    // In another time zone: the times there, with the time here beside them when it differs.
    selectData(schedule->timeZoneComboBox(), QStringLiteral("America/New_York"));
    QCOMPARE(editor->job().schedule.timeZone, QStringLiteral("America/New_York"));
    const QStringList zoned = schedule->nextRunTexts();
    QCOMPARE(zoned.size(), 5);
    QVERIFY2(zoned.first().contains(QStringLiteral("5 March 2024")) && zoned.first().contains(QStringLiteral("02:00")),
             qPrintable(zoned.first()));
    const QDateTime newYork(QDate(2024, 3, 5), QTime(2, 0), QTimeZone("America/New_York"));
    if (newYork.offsetFromUtc() != newYork.toLocalTime().offsetFromUtc())
        QVERIFY2(zoned.first().endsWith(
                     QStringLiteral("(%1 here)")
                         .arg(QLocale().toString(newYork.toLocalTime(), QLocale().timeFormat(QLocale::ShortFormat)))),
                 qPrintable(zoned.first()));
    // A name the computer does not know: said beside the field.
    schedule->timeZoneComboBox()->setEditText(QStringLiteral("Mars/Olympus"));
    editor->validateNow();
    QVERIFY(schedule->issueText(QStringLiteral("schedule.time_zone")).contains(QStringLiteral("Mars/Olympus")));
    QVERIFY(!editor->canSave());
    schedule->timeZoneComboBox()->setCurrentIndex(0); // the computer's
    QCOMPARE(editor->job().schedule.timeZone, QString());

    editor->validateNow();
    QVERIFY2(editor->canSave(), qPrintable(editor->saveRefusal()));
    QVERIFY(editor->saveButton()->isEnabled());
    const JobSpec shown = editor->job();

    QSignalSpy saved(editor.get(), &JobEditor::saved);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, CheckTimeoutMs);
    const QString path = saved.at(0).at(0).toString();
    QCOMPARE(saved.at(0).at(1).toString(), QStringLiteral("crm-contacts"));
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(jobsDir()).absoluteFilePath());
    QVERIFY(!editor->isVisible());

    // The token is in a file only its owner reads; the job refers to it.
    const QString tokenFile = QDir(secretsDir()).filePath(QStringLiteral("crm-contacts-target.auth_token"));
    QFile f(tokenFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), Token.toUtf8());
    QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QFile jobFile(path);
    QVERIFY(jobFile.open(QIODevice::ReadOnly));
    QVERIFY(!jobFile.readAll().contains(Token.toUtf8()));

    auto loaded = loadJobFile(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
    const JobSpec &job = loaded->job;
    QCOMPARE(job.id, QStringLiteral("crm-contacts"));
    QCOMPARE(job.name, QStringLiteral("CRM contacts"));
    QCOMPARE(job.sql.driver, QStringLiteral("sqlite"));
    QCOMPARE(job.sql.host, dbPath());
    QCOMPARE(job.sql.query, QStringLiteral("SELECT * FROM \"contacts\""));
    QCOMPARE(job.targetKind, TargetKind::Fliplet);
    QCOMPARE(job.fliplet.dataSourceId, QStringLiteral("7"));
    QCOMPARE(job.fliplet.apiUrl, m_emulator->baseUrl());
    QCOMPARE(job.fliplet.authToken, (SecretRef{QStringLiteral("file:") + tokenFile, QString()}));
    QCOMPARE(job.mapping, (QList<FieldMapping>{
                              {"id", "ID"}, {"email", "Email"}, {"full_name", "Full Name"}, {"modified", "modified"}}));
    QCOMPARE(job.rules.keyColumns, QStringList{"ID"});
    QCOMPARE(job.rules.timestampColumn, QStringLiteral("modified"));
    QCOMPARE(job.rules.mode, SyncMode::Replace);
    QCOMPARE(job.retry.attempts, 3);
    QCOMPARE(job.schedule.cron, QStringLiteral("0 2 * * *"));
    JobSpec expected = shown;
    expected.fliplet.authToken = job.fliplet.authToken;
    QVERIFY(job.sameAs(expected));
    QVERIFY(validate(job).isEmpty());
}

void TestJobEditor::invalidInputIsShownAndSaveRefused()
{
    auto editor = newEditor();
    editor->validateNow();
    // Nothing filled in: each reason beside its field.
    QVERIFY(editor->generalPage()->issueText(QStringLiteral("name")).contains(QStringLiteral("no name")));
    QVERIFY(editor->sourcePage()->issueText(QStringLiteral("source.path")).contains(QStringLiteral("file is missing")));
    QVERIFY(
        editor->sourcePage()->issueText(QStringLiteral("source.query")).contains(QStringLiteral("query is missing")));
    QVERIFY(editor->targetPage()
                ->issueText(QStringLiteral("target.datasource_id"))
                .contains(QStringLiteral("data source")));
    // The pages with errors are marked, and Save says why it is refused.
    QVERIFY(!editor->categoryList()->item(JobEditor::SourcePage)->toolTip().isEmpty());
    QVERIFY(editor->categoryList()->item(JobEditor::SchedulePage)->toolTip().isEmpty());
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(!editor->save());

    // A server source: a port that is not a number, said in the form's words.
    JobEditorSourcePage *source = editor->sourcePage();
    selectData(child<QComboBox>(source, QStringLiteral("sourceTypeComboBox")), QStringLiteral("sql/postgres"));
    QTest::keyClicks(child<QLineEdit>(source, QStringLiteral("portLineEdit")), QStringLiteral("54x"));
    editor->validateNow();
    QVERIFY2(source->issueText(QStringLiteral("source.port")).contains(QStringLiteral("whole number")),
             qPrintable(source->issueText(QStringLiteral("source.port"))));
    QVERIFY(source->issueText(QStringLiteral("source.host")).contains(QStringLiteral("server is missing")));

    // A cron expression out of range, as typed (after the pause), with no next times.
    QTest::keyClicks(editor->schedulePage()->cronLineEdit(), QStringLiteral("61 * * * *"));
    QTRY_VERIFY(editor->schedulePage()->issueText(QStringLiteral("schedule.cron")).contains(QStringLiteral("minute")));
    QVERIFY(editor->schedulePage()->nextRunTexts().isEmpty());
    QVERIFY(!editor->categoryList()->item(JobEditor::SchedulePage)->toolTip().isEmpty());

    // Fixing it clears the message.
    editor->schedulePage()->cronLineEdit()->setText(QStringLiteral("*/5 * * * *"));
    editor->validateNow();
    QVERIFY(editor->schedulePage()->issueText(QStringLiteral("schedule.cron")).isEmpty());
    QCOMPARE(editor->schedulePage()->nextRunTexts().size(), 5);
    QVERIFY(!editor->save());
    QVERIFY(QDir(jobsDir()).entryList(QDir::Files).isEmpty() ||
            !QDir(jobsDir()).entryList(QDir::Files).contains(QStringLiteral("job.yaml")));
}

void TestJobEditor::secretNeedsAPlace()
{
    auto editor = newEditor();
    QTest::keyClicks(editor->generalPage()->nameLineEdit(), QStringLiteral("Secret place"));
    fillSourceAndTarget(*editor);
    auto *token = child<SecretEdit>(editor->targetPage(), QStringLiteral("authTokenSecretEdit"));
    // No keychain in this build: it says so, and a typed token needs an explicit place.
    auto *keychainItem = qobject_cast<QStandardItemModel *>(token->storageComboBox()->model())->item(1);
    QVERIFY(!keychainItem->isEnabled());
    selectData(token->storageComboBox(), -1);
    editor->validateNow();
    QVERIFY(
        editor->targetPage()->issueText(QStringLiteral("target.auth_token")).contains(QStringLiteral("choose where")));
    QVERIFY(!editor->canSave());
    // An environment variable: nothing is stored, the job names it.
    selectData(token->storageComboBox(), int(SecretStorage::Environment));
    QTest::keyClicks(token->locationLineEdit(), QStringLiteral("FERRY_GUI_TOKEN"));
    editor->validateNow();
    QVERIFY2(editor->canSave(), qPrintable(editor->saveRefusal()));
    QCOMPARE(editor->job().fliplet.authToken.reference, QStringLiteral("env:FERRY_GUI_TOKEN"));
    QVERIFY(!editor->job().fliplet.authToken.isInline());
}

void TestJobEditor::keychainIsTheDefault()
{
    auto keychain = std::make_shared<FakeKeychain>(true);
    auto editor = newEditor(JobEditor::newJob(), {}, keychain);
    QTest::keyClicks(editor->generalPage()->nameLineEdit(), QStringLiteral("Keychain job"));
    auto *token = child<SecretEdit>(editor->targetPage(), QStringLiteral("authTokenSecretEdit"));
    QTRY_VERIFY(editor->secretSaver()->keychainChecked());
    QCOMPARE(token->storageComboBox()->currentData().toInt(), int(SecretStorage::Keychain));
    child<QLineEdit>(editor->sourcePage(), QStringLiteral("pathLineEdit"))->setText(dbPath());
    child<QPlainTextEdit>(editor->sourcePage(), QStringLiteral("queryTextEdit"))
        ->setPlainText(QStringLiteral("SELECT * FROM contacts"));
    child<QComboBox>(editor->targetPage(), QStringLiteral("datasourceIdComboBox"))->setEditText(QStringLiteral("7"));
    QTest::keyClicks(token->valueLineEdit(), Token);
    editor->validateNow();
    QVERIFY2(editor->canSave(), qPrintable(editor->saveRefusal()));
    QSignalSpy saved(editor.get(), &JobEditor::saved);
    QVERIFY(editor->save());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, CheckTimeoutMs);
    const QString ref = QStringLiteral("keychain:keychain-job/target.auth_token");
    QCOMPARE(keychain->stored().value(ref), Token);
    auto loaded = loadJobFile(saved.at(0).at(0).toString());
    QVERIFY(loaded);
    QCOMPARE(loaded->job.fliplet.authToken.reference, ref);
}

void TestJobEditor::cancelSlowTest()
{
    // A server that accepts and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held.append(s);
    });

    auto editor = newEditor();
    JobEditorTargetPage *target = editor->targetPage();
    editor->setCurrentPage(JobEditor::TargetPage);
    selectData(target->regionComboBox(), QStringLiteral("custom"));
    QTest::keyClicks(child<QLineEdit>(target, QStringLiteral("apiUrlLineEdit")),
                     QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    auto *token = child<SecretEdit>(target, QStringLiteral("authTokenSecretEdit"));
    QTest::keyClicks(token->valueLineEdit(), Token);

    QSignalSpy finished(editor->probe(), &ConnectorProbe::finished);
    QTest::mouseClick(child<QPushButton>(target, QStringLiteral("testTargetButton")), Qt::LeftButton);
    QVERIFY(target->status()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), CheckTimeoutMs); // the request is out
    QTest::qWait(300);
    QVERIFY(target->status()->isBusy());
    QVERIFY(!child<QPushButton>(target, QStringLiteral("testTargetButton"))->isEnabled());
    QPushButton *cancel = target->status()->cancelButton();
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!target->status()->isBusy());
    QCOMPARE(target->status()->text(), QStringLiteral("Cancelled."));
    QVERIFY(child<QPushButton>(target, QStringLiteral("testTargetButton"))->isEnabled());
    QVERIFY(!editor->probe()->isBusy());
    // The worker stops soon (the HTTP wait polls the flag) and its result is never delivered.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(editor->probe()->waitForDone(5000));
    QVERIFY(timer.elapsed() < 5000);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
}

void TestJobEditor::editKeepsTheFile()
{
    JobSpec job = JobEditor::newJob();
    job.id = QStringLiteral("nightly");
    job.name = QStringLiteral("Nightly");
    job.sql.host = dbPath();
    job.sql.query = QStringLiteral("SELECT id, email FROM contacts");
    job.fliplet.dataSourceId = QStringLiteral("8");
    job.fliplet.authToken = SecretRef{QStringLiteral("env:FERRY_NIGHTLY_TOKEN"), {}};
    job.schedule.cron = QStringLiteral("@daily");
    auto path = JobStore(jobsDir()).save(job);
    QVERIFY(path);
    auto loaded = loadJobFile(*path);
    QVERIFY(loaded);

    auto editor = newEditor(loaded->job, *path);
    editor->validateNow();
    QVERIFY2(editor->canSave(), qPrintable(editor->saveRefusal()));
    QVERIFY(editor->job().sameAs(loaded->job)); // the form shows the job as it is
    auto *token = child<SecretEdit>(editor->targetPage(), QStringLiteral("authTokenSecretEdit"));
    QCOMPARE(token->storageComboBox()->currentData().toInt(), int(SecretStorage::Environment));
    QCOMPARE(token->locationLineEdit()->text(), QStringLiteral("FERRY_NIGHTLY_TOKEN"));
    QCOMPARE(editor->schedulePage()->presetComboBox()->currentData().toString(), QStringLiteral("custom"));

    editor->generalPage()->nameLineEdit()->setText(QStringLiteral("Nightly contacts"));
    QSignalSpy saved(editor.get(), &JobEditor::saved);
    QVERIFY(editor->save());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), *path);
    auto again = loadJobFile(*path);
    QVERIFY(again);
    QCOMPARE(again->job.id, QStringLiteral("nightly"));
    QCOMPARE(again->job.name, QStringLiteral("Nightly contacts"));
    QCOMPARE(again->job.mapping, QList<FieldMapping>{});
}

void TestJobEditor::mainWindowNewAndEdit()
{
    const QString state = m_dir.filePath(QStringLiteral("state"));
    MainWindow window(jobsDir(), state);
    window.setKeychain(std::make_shared<FakeKeychain>(false));
    window.show();
    auto *newAction = window.findChild<QAction *>(QStringLiteral("newAction"));
    auto *editAction = window.findChild<QAction *>(QStringLiteral("editAction"));
    QVERIFY(newAction && editAction);
    QCOMPARE(newAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(editAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    newAction->trigger();
    auto *editor = window.findChild<JobEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isNew());
    editor->close();
    QTRY_VERIFY(!window.findChild<JobEditor *>());

    window.jobModel()->reload();
    QTRY_VERIFY(window.jobModel()->rowCount() > 0);
    QVERIFY(window.selectJob(QStringLiteral("nightly")));
    QVERIFY(editAction->isEnabled());
    editAction->trigger();
    editor = window.findChild<JobEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->job().id, QStringLiteral("nightly"));
    // A second Edit raises the same editor.
    editAction->trigger();
    QCOMPARE(window.findChildren<JobEditor *>().size(), 1);
    editor->generalPage()->nameLineEdit()->setText(QStringLiteral("Nightly renamed"));
    QVERIFY(editor->save());
    QTRY_VERIFY(!window.findChild<JobEditor *>());
    QTRY_COMPARE(window.selectedEntry() ? window.selectedEntry()->loaded->job.name : QString(),
                 QStringLiteral("Nightly renamed"));
}

void TestJobEditor::screenshots()
{
    const QString dir = qEnvironmentVariable("FERRY_SCREENSHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set FERRY_SCREENSHOTS_DIR to save each page as editor-<page>.png");
    QVERIFY(QDir().mkpath(dir));
    // As the app shows it: with English plural forms ("3 rows").
    const Translations::Installed translators = Translations::install(this, QStringLiteral("en"));
    const auto uninstall = qScopeGuard([&] { Translations::uninstall(translators); });
    auto editor = newEditor();
    QTest::keyClicks(editor->generalPage()->nameLineEdit(), QStringLiteral("CRM contacts"));
    child<QPlainTextEdit>(editor->generalPage(), QStringLiteral("descriptionTextEdit"))
        ->setPlainText(QStringLiteral("Contacts from the CRM database into the app's Users data source."));
    fillSourceAndTarget(*editor);
    editor->mappingPage()->autoMap();
    MappingModel *mapping = editor->mappingPage()->model();
    mapping->setData(mapping->index(0, MappingModel::KeyColumn), Qt::Checked, Qt::CheckStateRole);
    mapping->setData(mapping->index(3, MappingModel::TimestampColumn), Qt::Checked, Qt::CheckStateRole);
    editor->schedulePage()->setNow(QDateTime(QDate(2024, 3, 4), QTime(10, 0)));
    selectData(editor->schedulePage()->presetComboBox(), QStringLiteral("0 7 * * 1-5"));
    editor->validateNow();
    const char *names[] = {"general", "source", "target", "mapping", "rules", "schedule", "extensions"};
    for (int p = 0; p < JobEditor::PageCount; ++p) {
        editor->setCurrentPage(JobEditor::Page(p));
        QTest::qWait(50);
        QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("editor-%1.png").arg(QLatin1String(names[p])))));
    }
    // The error state: an empty new job.
    auto empty = newEditor();
    empty->setCurrentPage(JobEditor::SourcePage);
    QTest::qWait(50);
    QVERIFY(empty->grab().save(QDir(dir).filePath(QStringLiteral("editor-invalid.png"))));
}

QTEST_MAIN(TestJobEditor)
#include "tst_jobeditor.moc"
