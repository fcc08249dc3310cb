// The job editor's Extensions page, offscreen, with real Node.js and the hook file of tst_clihooks
// (tests/data/hooks/contacts.js): a hook file chosen through Browse… (stored relative to the job's folder),
// hooks, time-out and settings set, invalid settings JSON named by line and column with Save refused,
// "Test on sample rows" on a SQLite source showing the changed phone, the dropped test record and the failed
// row with the hook's console output, a throwing hook's message and stack, Node.js missing with its install
// command, and the job saved and opened again with the same hooks.
#include "connectorprobe.h"
#include "hooksamplemodel.h"
#include "jobeditor.h"
#include "jobeditorextensionspage.h"
#include "scriptedprompts.h"
#include "sqlitefiles.h"

#include "job/jobfile.h"
#include "job/jobstore.h"
#include "secretsaver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

namespace {

constexpr int TestTimeoutMs = 60000; // Node.js starts on a loaded machine

// No test touches the user's keychain (none of these jobs has a secret).
class NoKeychain final : public KeychainBackend
{
public:
    void check(QObject *context, std::function<void(KeychainStatus)> done) override
    {
        KeychainStatus status;
        status.backend = QStringLiteral("the test keychain");
        status.error = Error{ErrorCode::Connection, QStringLiteral("the test keychain is switched off."), {}};
        QTimer::singleShot(0, context, [done, status] { done(status); });
    }
    Result<QString> store(const QString &, const QString &field, const QString &) override
    {
        return Error{ErrorCode::Connection, QStringLiteral("switched off"), {}, field};
    }
};

// The row of the sample model whose first before-column value is text (the id), or -1.
int lineOf(const HookSampleModel &model, const QString &id)
{
    const int idColumn = static_cast<int>(model.columns().indexOf(QStringLiteral("id"))) + 1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, idColumn).data().toString() == id)
            return r;
    return -1;
}

} // namespace

class TestExtensionsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setHooksTestAndSave();
    void throwingHookShowsItsStack();
    void nodeMissingSaysHowToInstall();
    void cancelStopsTheTest();

private:
    JobSpec job() const;
    std::unique_ptr<JobEditor> openEditor(const QString &path);
    void runTest(JobEditorExtensionsPage *page, const QString &hook);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_jobs;
    QString m_source;
};

void TestExtensionsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_jobs = m_dir->filePath(QStringLiteral("jobs"));
    QVERIFY(QDir().mkpath(m_jobs + QStringLiteral("/hooks")));
    QVERIFY(QFile::copy(QStringLiteral(FERRY_TEST_DATA "/hooks/contacts.js"),
                        m_jobs + QStringLiteral("/hooks/contacts.js")));
    m_source = m_dir->filePath(QStringLiteral("crm.sqlite"));
    QVERIFY(runSql(
        m_source,
        {QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, full_name TEXT, email TEXT, phone TEXT)"),
         QStringLiteral("INSERT INTO contacts VALUES (1, 'Ann Lee', 'ann@example.com', '020 7946 0018'), "
                        "(2, 'Test Account', 'qa@test.example', '0123'), "
                        "(3, 'Bob Ray', 'bob@example.com', '+447700900123'), "
                        "(4, 'Cy Dee', 'cy@example.com', 'call me')")}));
}

JobSpec TestExtensionsPage::job() const
{
    JobSpec j;
    j.id = QStringLiteral("contacts");
    j.name = QStringLiteral("Contacts");
    j.sql.driver = QStringLiteral("sqlite");
    j.sql.host = m_source;
    j.sql.query = QStringLiteral("SELECT id, full_name, email, phone FROM contacts ORDER BY id");
    j.targetKind = TargetKind::Sqlite;
    j.sqlite.path = m_dir->filePath(QStringLiteral("app.sqlite"));
    j.sqlite.table = QStringLiteral("contacts");
    j.sqlite.createTable = true;
    j.rules.keyColumns = {QStringLiteral("id")};
    j.schedule.runOnStart = false;
    return j;
}

std::unique_ptr<JobEditor> TestExtensionsPage::openEditor(const QString &path)
{
    auto loaded = loadJobFile(path);
    if (!loaded) {
        qWarning() << loaded.error().toString();
        return {};
    }
    auto editor =
        std::make_unique<JobEditor>(JobStore(m_jobs), loaded->job, path, nullptr, std::make_shared<NoKeychain>(),
                                    m_dir->filePath(QStringLiteral("secrets")));
    editor->resize(920, 680);
    editor->show();
    editor->setCurrentPage(JobEditor::ExtensionsPage);
    return editor;
}

void TestExtensionsPage::runTest(JobEditorExtensionsPage *page, const QString &hook)
{
    page->testHookComboBox()->setCurrentIndex(page->testHookComboBox()->findData(hook));
    QVERIFY(page->testButton()->isEnabled());
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    QVERIFY(page->isTesting());
    QVERIFY(page->cancelTestButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isTesting(), TestTimeoutMs);
    QVERIFY(!page->cancelTestButton()->isEnabled());
}

void TestExtensionsPage::setHooksTestAndSave()
{
    const auto saved = JobStore(m_jobs).save(job());
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    auto editor = openEditor(*saved);
    QVERIFY(editor);
    auto *page = editor->extensionsPage();
    QCOMPARE(editor->page(JobEditor::ExtensionsPage), page);

    // No hooks yet: said so, nothing to test.
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());
    QVERIFY(!page->testButton()->isEnabled());
    QCOMPARE(page->timeoutSpinBox()->value(), HooksSpec::DefaultTimeoutSeconds);
    QCOMPARE(page->pageSizeSpinBox()->value(), HooksSpec::DefaultPageSize);

    // Browse… picks the file; it is kept relative to the job file's folder.
    ScriptedPrompts prompts;
    prompts.files = {m_jobs + QStringLiteral("/hooks/contacts.js")};
    QTest::mouseClick(page->browseButton(), Qt::LeftButton);
    QCOMPARE(prompts.fileDialogs.size(), 1);
    QVERIFY(prompts.fileDialogs.first().contains(QStringLiteral("*.js")));
    QCOMPARE(page->fileLineEdit()->text(), QStringLiteral("hooks/contacts.js"));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());

    page->hookCheckBox(QStringLiteral("preMap"))->setChecked(true);
    page->hookCheckBox(QStringLiteral("postAggregate"))->setChecked(true);
    page->timeoutSpinBox()->setValue(12);
    page->pageSizeSpinBox()->setValue(2);

    // Settings that are not JSON: named by line and column beside the field; Save refused.
    page->settingsTextEdit()->setPlainText(QStringLiteral("{\n  \"country\": \"GB\",\n  oops\n}"));
    editor->validateNow();
    const QString message = page->issueText(QStringLiteral("hooks.settings"));
    QVERIFY2(message.contains(QStringLiteral("line 3, column")), qPrintable(message));
    QVERIFY(!editor->canSave());
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(!editor->save());
    QVERIFY2(editor->saveRefusal().contains(QStringLiteral("Extensions")), qPrintable(editor->saveRefusal()));
    // Nor is a test run with the job's old settings meanwhile.
    QVERIFY(!page->testButton()->isEnabled());
    QVERIFY2(page->testButton()->toolTip().contains(QStringLiteral("not valid JSON")),
             qPrintable(page->testButton()->toolTip()));
    // An array is JSON, but not settings.
    page->settingsTextEdit()->setPlainText(QStringLiteral("[1, 2]"));
    editor->validateNow();
    QVERIFY(page->issueText(QStringLiteral("hooks.settings")).contains(QStringLiteral("object")));
    QVERIFY(!editor->canSave());
    page->settingsTextEdit()->setPlainText(QStringLiteral("{\"country\": \"GB\", \"tags\": [\"crm\"]}"));
    editor->validateNow();
    QVERIFY(page->issueText(QStringLiteral("hooks.settings")).isEmpty());
    QVERIFY2(editor->canSave(), qPrintable(editor->saveRefusal()));

    // The test: the source's rows through preMap (two pages of two), before → after.
    runTest(page, QStringLiteral("preMap"));
    const QString status = page->testStatusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("1 changed")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("1 dropped")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("1 with errors")), qPrintable(status));
    HookSampleModel *model = page->sampleModel();
    QCOMPARE(model->rowCount(), 4);
    const int phone = static_cast<int>(model->columns().indexOf(QStringLiteral("phone"))) + 1;
    QVERIFY(phone > 0);
    const int ann = lineOf(*model, QStringLiteral("1"));
    QCOMPARE(model->index(ann, 0).data().toString(), HookSampleModel::statusText(HookRowStatus::Changed));
    QCOMPARE(model->index(ann, phone).data().toString(), QStringLiteral("020 7946 0018 → +442079460018"));
    QVERIFY(model->index(ann, phone).data(HookSampleModel::ChangedRole).toBool());
    QVERIFY(!model->index(ann, phone - 1).data(HookSampleModel::ChangedRole).toBool());
    // The view colours the changed cell.
    const QAbstractItemModel *shown = page->sampleTableView()->model();
    QVERIFY(shown->index(ann, phone).data(Qt::BackgroundRole).isValid());
    QVERIFY(!shown->index(lineOf(*model, QStringLiteral("3")), phone).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(lineOf(*model, QStringLiteral("2")), 0).data().toString(),
             HookSampleModel::statusText(HookRowStatus::Dropped));
    QCOMPARE(model->index(lineOf(*model, QStringLiteral("3")), 0).data().toString(),
             HookSampleModel::statusText(HookRowStatus::Unchanged));
    const int cy = lineOf(*model, QStringLiteral("4"));
    QCOMPARE(model->index(cy, 0).data().toString(), HookSampleModel::statusText(HookRowStatus::Failed));
    QVERIFY(model->index(cy, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("'call me' is not a phone")));
    // console.log of each page.
    const QString log = page->logTextEdit()->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("page 0: 1 test record(s) dropped")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("page 1: 0 test record(s) dropped")), qPrintable(log));
    QVERIFY(page->logTextEdit()->isReadOnly());

    // Settings reach the hook: with FR, Ann's number gets France's prefix.
    page->settingsTextEdit()->setPlainText(QStringLiteral("{\"country\": \"FR\"}"));
    runTest(page, QStringLiteral("preMap"));
    QCOMPARE(model->index(lineOf(*model, QStringLiteral("1")), phone).data().toString(),
             QStringLiteral("020 7946 0018 → +332079460018"));
    page->settingsTextEdit()->setPlainText(QStringLiteral("{\"country\": \"GB\", \"tags\": [\"crm\"]}"));

    // Saved, read back, shown again.
    editor->validateNow();
    QVERIFY(editor->save());
    const auto reloaded = loadJobFile(*saved);
    QVERIFY2(reloaded, qPrintable(reloaded ? QString() : reloaded.error().toString()));
    const HooksSpec &h = reloaded->job.hooks;
    QCOMPARE(h.file, QStringLiteral("hooks/contacts.js"));
    QCOMPARE(h.calls, (QStringList{QStringLiteral("preMap"), QStringLiteral("postAggregate")}));
    QCOMPARE(h.timeoutSeconds, 12);
    QCOMPARE(h.pageSize, 2);
    QCOMPARE(h.settings.value(QStringLiteral("country")).toString(), QStringLiteral("GB"));
    QCOMPARE(h.settings.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("crm"));

    auto again = openEditor(*saved);
    QVERIFY(again);
    auto *shownAgain = again->extensionsPage();
    QCOMPARE(shownAgain->fileLineEdit()->text(), QStringLiteral("hooks/contacts.js"));
    QVERIFY(shownAgain->hookCheckBox(QStringLiteral("preMap"))->isChecked());
    QVERIFY(shownAgain->hookCheckBox(QStringLiteral("postAggregate"))->isChecked());
    QVERIFY(!shownAgain->hookCheckBox(QStringLiteral("postMap"))->isChecked());
    QCOMPARE(shownAgain->timeoutSpinBox()->value(), 12);
    QCOMPARE(shownAgain->pageSizeSpinBox()->value(), 2);
    QCOMPARE(again->job().hooks, h);
    QVERIFY(again->canSave());
}

void TestExtensionsPage::throwingHookShowsItsStack()
{
    QFile hook(m_jobs + QStringLiteral("/hooks/broken.js"));
    QVERIFY(hook.open(QIODevice::WriteOnly));
    hook.write("exports.preSavePage = function (options) {\n"
               "  console.warn('about to fail');\n"
               "  throw new Error('no phone column in ' + options.data.length + ' records');\n"
               "};\n");
    hook.close();
    JobSpec j = job();
    j.hooks.file = QStringLiteral("hooks/broken.js");
    j.hooks.calls = {QStringLiteral("preSavePage")};
    const auto saved = JobStore(m_jobs).save(j);
    QVERIFY(saved);
    auto editor = openEditor(*saved);
    QVERIFY(editor);
    auto *page = editor->extensionsPage();
    runTest(page, QStringLiteral("preSavePage"));
    const QString status = page->testStatusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("no phone column in 4 records")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("broken.js:3")), qPrintable(status)); // the stack
    QCOMPARE(page->sampleModel()->rowCount(), 4);
    for (int r = 0; r < 4; ++r)
        QCOMPARE(page->sampleModel()->index(r, 0).data(HookSampleModel::StatusRole).toInt(),
                 int(HookRowStatus::Failed));
    QVERIFY(page->logTextEdit()->toPlainText().contains(QStringLiteral("about to fail")));
}

void TestExtensionsPage::nodeMissingSaysHowToInstall()
{
    JobSpec j = job();
    j.hooks.file = QStringLiteral("hooks/contacts.js");
    j.hooks.calls = {QStringLiteral("preMap")};
    const auto saved = JobStore(m_jobs).save(j);
    QVERIFY(saved);
    auto editor = openEditor(*saved);
    QVERIFY(editor);
    qputenv("FERRY_NODE", m_dir->filePath(QStringLiteral("no-such-node")).toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("FERRY_NODE"); });
    runTest(editor->extensionsPage(), QStringLiteral("preMap"));
    const QString status = editor->extensionsPage()->testStatusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("apt-get install nodejs")), qPrintable(status));
    QCOMPARE(editor->extensionsPage()->sampleModel()->rowCount(), 0);
}

void TestExtensionsPage::cancelStopsTheTest()
{
    QFile hook(m_jobs + QStringLiteral("/hooks/endless.js"));
    QVERIFY(hook.open(QIODevice::WriteOnly));
    hook.write("exports.preMap = () => { for (;;) {} };\n");
    hook.close();
    JobSpec j = job();
    j.hooks.file = QStringLiteral("hooks/endless.js");
    j.hooks.calls = {QStringLiteral("preMap")};
    const auto saved = JobStore(m_jobs).save(j);
    QVERIFY(saved);
    auto editor = openEditor(*saved);
    QVERIFY(editor);
    auto *page = editor->extensionsPage();
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->testStatusLabel()->text().contains(QStringLiteral("Running preMap")), TestTimeoutMs);
    QVERIFY(!page->testButton()->isEnabled());
    QTest::mouseClick(page->cancelTestButton(), Qt::LeftButton);
    QVERIFY(!page->isTesting());
    QVERIFY(page->testButton()->isEnabled());
    QCOMPARE(page->testStatusLabel()->text(), QStringLiteral("Test cancelled."));
    QVERIFY(page->hookProbe()->waitForDone(10000)); // the host is killed, long before the 30 s time-out
    QTest::qWait(50);
    QCOMPARE(page->sampleModel()->rowCount(), 0);
    QCOMPARE(page->testStatusLabel()->text(), QStringLiteral("Test cancelled."));
}

QTEST_MAIN(TestExtensionsPage)
#include "tst_extensionspage.moc"
