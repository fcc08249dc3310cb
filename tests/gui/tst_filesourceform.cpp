// The job editor's Source page for file sources, offscreen: the CSV form is built from the registry's fields
// (file, delimiter and encoding as choices, header as a switch, column types), Test connection reads the file
// (rows, columns, the rows it cannot read), Find tables lists the file with its columns typed, sample rows show
// in the grid, and the job the form describes saves and loads back the same. A missing file is blamed on
// source.path beside its field.
#include "connectorform.h"
#include "connectorformtest.h"
#include "connectorprobe.h"
#include "jobeditor.h"
#include "jobeditormappingpage.h"
#include "jobeditorsourcepage.h"
#include "mappingmodel.h"
#include "probestatus.h"
#include "prompts.h"
#include "recordsetmodel.h"
#include "scriptedprompts.h"
#include "secretsaver.h"

#include "job/jobfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Testing;

class TestFileSourceForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvFormTestDiscoverSample();
    void missingFileIsBlamedOnThePath();

private:
    std::unique_ptr<JobEditor> newEditor();
    QString jobsDir() const { return m_dir.filePath(QStringLiteral("jobs")); }
    QString csvPath() const { return m_dir.filePath(QStringLiteral("people.csv")); }

    QTemporaryDir m_dir;
    ScriptedPrompts m_prompts;
};

void TestFileSourceForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    registerProbeMetaTypes();
    QVERIFY(QDir().mkpath(jobsDir()));
    QFile f(csvPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Windows-1252, semicolons, Windows line ends, one row that cannot be read.
    f.write(QByteArray("id;name;price\r\n1;M\xfcller;10.50\r\n2;\"Smith; Jo\";3\r\n3;Lee;cheap\r\n"));
    f.close();
    Prompts::setInstance(&m_prompts);
}

std::unique_ptr<JobEditor> TestFileSourceForm::newEditor()
{
    return newFormEditor(m_dir);
}

void TestFileSourceForm::csvFormTestDiscoverSample()
{
    auto editor = newEditor();
    JobEditorSourcePage *source = editor->sourcePage();
    editor->setCurrentPage(JobEditor::SourcePage);
    selectData(child<QComboBox>(source, QStringLiteral("sourceTypeComboBox")), QStringLiteral("csv"));
    QCOMPARE(source->form()->type()->id, QStringLiteral("csv"));

    // The form, from the registry's fields.
    auto *path = child<QLineEdit>(source, QStringLiteral("pathLineEdit"));
    auto *delimiter = child<QComboBox>(source, QStringLiteral("delimiterComboBox"));
    auto *encoding = child<QComboBox>(source, QStringLiteral("encodingComboBox"));
    auto *header = child<QCheckBox>(source, QStringLiteral("headerCheckBox"));
    auto *columns = child<QLineEdit>(source, QStringLiteral("columnsLineEdit"));
    QVERIFY(path && delimiter && encoding && header && columns);
    QVERIFY(header->isChecked()); // its default
    QVERIFY(delimiter->findData(QStringLiteral("\t")) >= 0);
    QVERIFY(encoding->findData(QStringLiteral("windows-1252")) >= 0);
    QVERIFY(!source->findChild<QWidget *>(QStringLiteral("queryTextEdit"))); // no SQL here

    QTest::keyClicks(path, csvPath());
    selectData(delimiter, QStringLiteral(";"));
    selectData(encoding, QStringLiteral("windows-1252"));
    QTest::keyClicks(columns, QStringLiteral("id: integer, price: decimal"));

    // Test connection: the file read, its rows counted, the bad row named.
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("testSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    const QString tested = source->status()->text();
    QVERIFY2(tested.contains(QStringLiteral("people.csv: 3 row(s) of 3 column(s)")), qPrintable(tested));
    QVERIFY2(tested.contains(QStringLiteral("people.csv line 4: column 'price': 'cheap' is not a decimal number")),
             qPrintable(tested));

    // Discovery: the file as one table, its columns typed.
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("discoverSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QCOMPARE(source->tableComboBox()->count(), 1);
    QCOMPARE(source->tableComboBox()->currentData().toString(), QStringLiteral("people.csv"));
    QStringList types;
    for (const ColumnInfo &c : source->schema().tables.first().columns)
        types.append(c.name + u'=' + c.type);
    QCOMPARE(types.join(u' '), QStringLiteral("id=integer name=text price=decimal"));
    QVERIFY2(source->status()->text().startsWith(QStringLiteral("Found the file's 3 column(s)")),
             qPrintable(source->status()->text()));
    QVERIFY(!child<QPushButton>(source, QStringLiteral("useTableButton"))->isEnabled()); // no query to write
    QCOMPARE(editor->mappingPage()->model()->rowCount(), 3); // the columns, with their types, reach the mapping
    QCOMPARE(editor->mappingPage()->model()->rows().at(0).type, QStringLiteral("integer"));

    // Sample rows in the grid, the Windows-1252 text decoded.
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("sampleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->sampleModel()->rowCount() == 3, qPrintable(source->status()->text()));
    QCOMPARE(source->sampleModel()->columnCount(), 3);
    QCOMPARE(source->sampleModel()->index(0, 1).data().toString(), QStringLiteral("Müller"));
    QCOMPARE(source->sampleModel()->index(1, 1).data().toString(), QStringLiteral("Smith; Jo"));
    QCOMPARE(editor->mappingPage()->model()->rowCount(), 3); // the columns reached the mapping

    // The job the form describes: saved, it loads back the same.
    JobSpec job = editor->job();
    QCOMPARE(job.sourceKind, SourceKind::Csv);
    QCOMPARE(job.file.path, csvPath());
    QCOMPARE(job.file.delimiter, QStringLiteral(";"));
    QCOMPARE(job.file.encoding, QStringLiteral("windows-1252"));
    QVERIFY(job.file.header);
    QCOMPARE(job.file.columns, (QList<FileColumn>{{"id", "integer"}, {"price", "decimal"}}));
    job.targetKind = TargetKind::Sqlite; // the target page is not this test's
    job.sqlite = SqliteTargetSpec{QStringLiteral("out.sqlite"), QStringLiteral("people"), true, 0};
    const auto text = saveJobText(job);
    QVERIFY(text);
    QVERIFY2(text->contains("type: csv") && text->contains("delimiter: \";\""), text->constData());
    const auto loaded = loadJobText(*text, m_dir.filePath(QStringLiteral("jobs/x.yml")));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY(loaded->job.file == job.file);
}

void TestFileSourceForm::missingFileIsBlamedOnThePath()
{
    auto editor = newEditor();
    JobEditorSourcePage *source = editor->sourcePage();
    editor->setCurrentPage(JobEditor::SourcePage);
    selectData(child<QComboBox>(source, QStringLiteral("sourceTypeComboBox")), QStringLiteral("csv"));
    QTest::keyClicks(child<QLineEdit>(source, QStringLiteral("pathLineEdit")),
                     m_dir.filePath(QStringLiteral("nope.csv")));
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("testSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->status()->text().contains(QStringLiteral("nope.csv does not exist")),
             qPrintable(source->status()->text()));
    // The failure is blamed on the path, beside its field.
    bool blamed = false;
    for (const ValidationIssue &i : source->formIssues())
        blamed |= i.field == u"source.path" && i.message.contains(QStringLiteral("does not exist"));
    QVERIFY(blamed);
    editor->validateNow();
    QVERIFY2(source->issueText(QStringLiteral("source.path")).contains(QStringLiteral("does not exist")),
             qPrintable(source->issueText(QStringLiteral("source.path"))));
}

QTEST_MAIN(TestFileSourceForm)
#include "tst_filesourceform.moc"
