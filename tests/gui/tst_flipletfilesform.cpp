// The job editor's Fliplet target page, offscreen: the "File columns" editor is built from the registry's
// files field; a local column with its directory and a remote column with a header are set as a user does,
// saved to the job file, and shown again when the saved job is opened.
#include "connectorform.h"
#include "connectorformtest.h"
#include "filecolumnsedit.h"
#include "jobeditor.h"
#include "jobeditortargetpage.h"
#include "keyvalueedit.h"
#include "prompts.h"
#include "scriptedprompts.h"

#include "job/jobfile.h"
#include "job/jobstore.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Testing;

namespace {

// Sets a table cell's text as an edit committed in it does (as tst_httpsourceform does).
void typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->item(row, column)->setText(text);
}

} // namespace

class TestFlipletFilesForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Prompts::setInstance(&m_prompts); }
    void setSaveAndReload();

private:
    ScriptedPrompts m_prompts;
};

void TestFlipletFilesForm::setSaveAndReload()
{
    QTemporaryDir dir;
    const QString storeDir = dir.filePath(QStringLiteral("jobs"));
    QVERIFY(QDir().mkpath(storeDir));
    JobSpec job = JobEditor::newJob();
    job.name = QStringLiteral("People with photos");
    job.sql.host = QStringLiteral("people.sqlite");
    job.sql.query = QStringLiteral("SELECT id, name, photo, cv FROM people");
    job.fliplet.dataSourceId = QStringLiteral("4713");
    job.fliplet.authToken.reference = QStringLiteral("env:FLIPLET_TOKEN");
    job.rules.keyColumns = {QStringLiteral("id")};
    QString saved;
    {
        JobEditor editor(JobStore(storeDir), job, QString(), nullptr, std::make_shared<NoKeychain>(),
                         dir.filePath(QStringLiteral("secrets")));
        editor.resize(920, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setCurrentPage(JobEditor::TargetPage);
        JobEditorTargetPage *target = editor.targetPage();
        auto *files = target->findChild<FileColumnsEdit *>(QStringLiteral("filesFileColumnsEdit"));
        QVERIFY(files);
        QVERIFY(files->isVisible());
        QCOMPARE(files->table()->accessibleName(), QStringLiteral("File columns"));
        QCOMPARE(files->table()->rowCount(), 0);
        QVERIFY(!files->headersEdit()->isEnabled()); // no remote column selected

        // A local column with its directory.
        QTest::mouseClick(files->findChild<QToolButton *>(QStringLiteral("addFileColumnToolButton")), Qt::LeftButton);
        QCOMPARE(files->table()->rowCount(), 1);
        typeInto(files->table(), 0, 0, QStringLiteral("photo"));
        typeInto(files->table(), 0, 2, QStringLiteral("photos"));
        QCOMPARE(files->typeBox(0)->currentData().toString(), QStringLiteral("local"));
        // A remote column with a header for its host.
        QTest::mouseClick(files->findChild<QToolButton *>(QStringLiteral("addFileColumnToolButton")), Qt::LeftButton);
        typeInto(files->table(), 1, 0, QStringLiteral("cv"));
        files->typeBox(1)->setCurrentIndex(files->typeBox(1)->findData(QStringLiteral("remote")));
        files->table()->setCurrentCell(1, 0);
        QVERIFY(files->headersEdit()->isEnabled());
        files->headersEdit()->addRow();
        typeInto(files->headersEdit()->table(), 0, 0, QStringLiteral("Authorization"));
        typeInto(files->headersEdit()->table(), 0, 1, QStringLiteral("Bearer file-key"));
        // Back on the local row: its (no) headers, and the header box is off.
        files->table()->setCurrentCell(0, 0);
        QCOMPARE(files->headersEdit()->table()->rowCount(), 0);
        QVERIFY(!files->headersEdit()->isEnabled());

        const JobSpec edited = editor.job();
        QCOMPARE(edited.fliplet.files.size(), 2);
        QCOMPARE(edited.fliplet.files[0].column, QStringLiteral("photo"));
        QCOMPARE(edited.fliplet.files[0].type, FlipletFileColumn::Type::Local);
        QCOMPARE(edited.fliplet.files[0].directory, QStringLiteral("photos"));
        QCOMPARE(edited.fliplet.files[1].column, QStringLiteral("cv"));
        QCOMPARE(edited.fliplet.files[1].type, FlipletFileColumn::Type::Remote);
        QCOMPARE(
            edited.fliplet.files[1].headers,
            (QList<QPair<QString, QString>>{{QStringLiteral("Authorization"), QStringLiteral("Bearer file-key")}}));

        editor.validateNow();
        QVERIFY2(editor.save(), qPrintable(editor.saveRefusal()));
        saved = editor.savedPath();
    }
    QVERIFY(!saved.isEmpty());
    auto loaded = loadJobFile(saved);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->job.fliplet.files.size(), 2);
    QCOMPARE(loaded->job.fliplet.files[1].headers.value(0).second, QStringLiteral("Bearer file-key"));

    // Opened again: the editor shows what was saved, and saving it unchanged keeps it.
    JobEditor again(JobStore(storeDir), loaded->job, saved, nullptr, std::make_shared<NoKeychain>(),
                    dir.filePath(QStringLiteral("secrets")));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *files = again.targetPage()->findChild<FileColumnsEdit *>(QStringLiteral("filesFileColumnsEdit"));
    QVERIFY(files);
    QCOMPARE(files->table()->rowCount(), 2);
    QCOMPARE(files->table()->item(0, 0)->text(), QStringLiteral("photo"));
    QCOMPARE(files->table()->item(0, 2)->text(), QStringLiteral("photos"));
    QCOMPARE(files->typeBox(1)->currentData().toString(), QStringLiteral("remote"));
    files->table()->setCurrentCell(1, 0);
    QCOMPARE(files->headersEdit()->pairs(),
             (QVariantList{QVariant(QStringList{QStringLiteral("Authorization"), QStringLiteral("Bearer file-key")})}));
    QCOMPARE(again.job().fliplet.files, loaded->job.fliplet.files);
    QVERIFY(!files->secretHeadersLabel()->isVisibleTo(files)); // none

    // A header whose value is a secret (written in the job file) is named under the table, and kept on save.
    {
        JobSpec withSecret = loaded->job;
        withSecret.fliplet.files[1].secretHeaders = {
            {QStringLiteral("X-Api-Key"), SecretRef{QStringLiteral("env:FILE_HOST_KEY"), QString()}}};
        JobEditor editor(JobStore(storeDir), withSecret, saved, nullptr, std::make_shared<NoKeychain>(),
                         dir.filePath(QStringLiteral("secrets")));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *edit = editor.targetPage()->findChild<FileColumnsEdit *>(QStringLiteral("filesFileColumnsEdit"));
        edit->table()->setCurrentCell(1, 0);
        QVERIFY(edit->secretHeadersLabel()->isVisibleTo(edit));
        QVERIFY2(edit->secretHeadersLabel()->text().contains(QStringLiteral("X-Api-Key (from env:FILE_HOST_KEY)")),
                 qPrintable(edit->secretHeadersLabel()->text()));
        edit->table()->setCurrentCell(0, 0);
        QVERIFY(!edit->secretHeadersLabel()->isVisibleTo(edit)); // the local column has none
        QCOMPARE(editor.job().fliplet.files[1].secretHeaders, withSecret.fliplet.files[1].secretHeaders);
        QCOMPARE(editor.job().fliplet.files[1].headers, withSecret.fliplet.files[1].headers);
    }
    // Removing the remote column leaves the local one.
    files->table()->selectRow(1);
    QTest::mouseClick(files->findChild<QToolButton *>(QStringLiteral("removeFileColumnToolButton")), Qt::LeftButton);
    QCOMPARE(again.job().fliplet.files.size(), 1);
    QCOMPARE(again.job().fliplet.files[0].column, QStringLiteral("photo"));

    // A row with a directory but no column name is not dropped on the way: the form names it, saving waits.
    QTest::mouseClick(files->findChild<QToolButton *>(QStringLiteral("addFileColumnToolButton")), Qt::LeftButton);
    typeInto(files->table(), 1, 2, QStringLiteral("scans"));
    again.validateNow();
    QStringList problems;
    for (const ValidationIssue &i : again.targetPage()->formIssues())
        problems.append(i.message);
    QVERIFY2(problems.join(u'\n').contains(QStringLiteral("row 2 names no column")), qPrintable(problems.join(u'\n')));
    QVERIFY(!again.save());
}

QTEST_MAIN(TestFlipletFilesForm)
#include "tst_flipletfilesform.moc"
