// The Fliplet source in the job editor, offscreen, against the emulator: the form built from the connector
// registry (data source, token, API address, filter, fields), the data sources found and one picked, Test
// connection with the entry count, sample entries in the grid, the mapping fed with their columns, and a bad
// filter shown beside its field.
#include "connectorform.h"
#include "connectorformtest.h"
#include "connectorprobe.h"
#include "flipletemulator.h"
#include "jobeditor.h"
#include "jobeditormappingpage.h"
#include "jobeditorsourcepage.h"
#include "mappingmodel.h"
#include "probestatus.h"
#include "prompts.h"
#include "recordsetmodel.h"
#include "scriptedprompts.h"
#include "secretedit.h"

#include "secrets/keychain.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Testing;
using Ferry::Testing::FlipletEmulator;

namespace {

const QString Token = QStringLiteral("eu--gui-source-token");

} // namespace

class TestFlipletSourceForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formTestDiscoverAndSample();
    void badFilterIsShownBesideItsField();

private:
    std::unique_ptr<JobEditor> newEditor() { return newFormEditor(m_dir, JobSpec{}); }
    JobEditorSourcePage *flipletSource(JobEditor &editor)
    {
        JobEditorSourcePage *source = editor.sourcePage();
        editor.setCurrentPage(JobEditor::SourcePage);
        auto *type = child<QComboBox>(source, QStringLiteral("sourceTypeComboBox"));
        const int i = type->findData(QStringLiteral("fliplet/source"));
        if (i < 0)
            return nullptr;
        type->setCurrentIndex(i);
        QTest::keyClicks(child<QLineEdit>(source, QStringLiteral("apiUrlLineEdit")), m_emulator->baseUrl());
        auto *token = child<SecretEdit>(source, QStringLiteral("authTokenSecretEdit"));
        QTest::keyClicks(token->valueLineEdit(), Token);
        return source;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FlipletEmulator> m_emulator;
};

void TestFlipletSourceForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    registerProbeMetaTypes();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("jobs"))));
    m_emulator = std::make_unique<FlipletEmulator>(Token);
    m_emulator->addDataSource(5, QStringLiteral("Contacts"));
    m_emulator->addDataSource(6, QStringLiteral("Keys"), {}, QStringLiteral("keystore"));
    for (int i = 1; i <= 3; ++i)
        m_emulator->insertEntry(5, QJsonObject{{QStringLiteral("Email"), QStringLiteral("c%1@example.org").arg(i)},
                                               {QStringLiteral("Active"), i != 2}});
    QVERIFY(m_emulator->start());
}

void TestFlipletSourceForm::formTestDiscoverAndSample()
{
    auto editor = newEditor();
    JobEditorSourcePage *source = flipletSource(*editor);
    QVERIFY2(source, "the registry offers no Fliplet source");
    // The form is the registry's: its fields, and no SQL query.
    QCOMPARE(source->form()->type()->id, QStringLiteral("fliplet/source"));
    QVERIFY(source->findChild<QComboBox *>(QStringLiteral("datasourceIdComboBox")));
    QVERIFY(source->findChild<QPlainTextEdit *>(QStringLiteral("whereTextEdit")));
    QVERIFY(source->findChild<QLineEdit *>(QStringLiteral("attributesLineEdit")));
    QVERIFY(!source->findChild<QPlainTextEdit *>(QStringLiteral("queryTextEdit")));

    // Discovery: the data sources the token sees; picking one fills the data source field.
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("discoverSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->tableComboBox()->count() == 2, qPrintable(source->status()->text()));
    QVERIFY2(source->status()->text().contains(QStringLiteral("2 data source")), qPrintable(source->status()->text()));
    auto *dataSource = child<QComboBox>(source, QStringLiteral("datasourceIdComboBox"));
    QCOMPARE(dataSource->count(), 2);
    QCOMPARE(dataSource->itemText(0), QStringLiteral("Contacts (5)"));
    source->tableComboBox()->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("useTableButton")), Qt::LeftButton);
    QCOMPARE(source->form()->value(QStringLiteral("datasource_id")).toString(), QStringLiteral("5"));

    // Test connection: the user, the data source and how many entries the job reads.
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("testSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->status()->text().contains(QStringLiteral("Contacts (5)")) &&
                 source->status()->text().contains(QStringLiteral("3 entries")),
             qPrintable(source->status()->text()));

    // With a filter, sample rows are the entries it keeps, with the entry's own columns first.
    QTest::keyClicks(child<QPlainTextEdit>(source, QStringLiteral("whereTextEdit")),
                     QStringLiteral(R"({"Active": true})"));
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("sampleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->sampleModel()->rowCount() == 2, qPrintable(source->status()->text()));
    QCOMPARE(source->sampleModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("fliplet_entry_id"));
    QCOMPARE(source->sampleModel()->columnCount(), 5);
    QCOMPARE(source->sampleModel()->index(1, 4).data().toString(), QStringLiteral("c3@example.org"));
    // The mapping page got the columns.
    QCOMPARE(editor->mappingPage()->model()->rowCount(), 5);
    // The job the form makes.
    const JobSpec job = editor->job();
    QCOMPARE(job.sourceKind, SourceKind::Fliplet);
    QCOMPARE(job.flipletSource.dataSourceId, QStringLiteral("5"));
    QCOMPARE(job.flipletSource.where.value(u"Active").toBool(), true);
    QCOMPARE(job.flipletSource.apiUrl, m_emulator->baseUrl());
}

void TestFlipletSourceForm::badFilterIsShownBesideItsField()
{
    auto editor = newEditor();
    JobEditorSourcePage *source = flipletSource(*editor);
    QVERIFY(source);
    QTest::keyClicks(child<QPlainTextEdit>(source, QStringLiteral("whereTextEdit")), QStringLiteral("{Active: true"));
    editor->validateNow();
    QVERIFY2(source->issueText(QStringLiteral("source.where")).contains(QStringLiteral("not valid JSON")),
             qPrintable(source->issueText(QStringLiteral("source.where"))));
    QVERIFY(!editor->save());
    // Fixed, the message goes.
    child<QPlainTextEdit>(source, QStringLiteral("whereTextEdit"))->setPlainText(QStringLiteral(R"({"Active": true})"));
    editor->validateNow();
    QVERIFY(source->issueText(QStringLiteral("source.where")).isEmpty());
}

QTEST_MAIN(TestFlipletSourceForm)
#include "tst_flipletsourceform.moc"
