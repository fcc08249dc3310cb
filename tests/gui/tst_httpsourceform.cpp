// The job editor's source page for the HTTP JSON API, offscreen, against the paginated test API: the form
// is built from the registry (headers and query parameters in key-value tables, the credential fields of
// the chosen authentication only), Test connection reaches the first page with the typed token, and the
// sample shows the first page's records.
#include "connectorform.h"
#include "connectorformtest.h"
#include "connectorprobe.h"
#include "jobeditor.h"
#include "jobeditorsourcepage.h"
#include "keyvalueedit.h"
#include "pagedjsonapi.h"
#include "probestatus.h"
#include "prompts.h"
#include "recordsetmodel.h"
#include "scriptedprompts.h"
#include "secretedit.h"

#include "job/jobstore.h"
#include "secrets/keychain.h"
#include "secretsaver.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Testing;
using Ferry::Testing::PagedJsonApi;

namespace {

const QString Token = QStringLiteral("gui-api-token-0042");

} // namespace

class TestHttpSourceForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Prompts::setInstance(&m_prompts); }
    void formTestAndSample();

private:
    ScriptedPrompts m_prompts;
};

void TestHttpSourceForm::formTestAndSample()
{
    PagedJsonApi api(23);
    api.requireBearer(Token);
    QVERIFY(api.start());
    QTemporaryDir dir;
    JobSpec job;
    job.id = QStringLiteral("http-form");
    JobEditor editor(JobStore(dir.filePath(QStringLiteral("jobs"))), job, QString(), nullptr,
                     std::make_shared<NoKeychain>(), dir.filePath(QStringLiteral("secrets")));
    editor.resize(920, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setCurrentPage(JobEditor::SourcePage);
    JobEditorSourcePage *source = editor.sourcePage();

    // The form comes from the registry's "http" type.
    selectData(child<QComboBox>(source, QStringLiteral("sourceTypeComboBox")), QStringLiteral("http"));
    QCOMPARE(source->form()->type()->id, QStringLiteral("http"));
    auto *headers = child<KeyValueEdit>(source, QStringLiteral("headersKeyValueEdit"));
    auto *query = child<KeyValueEdit>(source, QStringLiteral("queryKeyValueEdit"));
    QVERIFY(headers && query);
    QCOMPARE(headers->table()->horizontalHeaderItem(0)->text(), QStringLiteral("Header"));
    auto *authType = child<QComboBox>(source, QStringLiteral("authTypeComboBox"));
    auto *token = child<SecretEdit>(source, QStringLiteral("authTokenSecretEdit"));
    auto *tokenUrl = child<QLineEdit>(source, QStringLiteral("authTokenUrlLineEdit"));
    QVERIFY(authType && token && tokenUrl);
    // Only the fields of the chosen authentication are shown.
    QVERIFY(!rowShown(token) && !rowShown(tokenUrl));
    selectData(authType, QStringLiteral("bearer"));
    QVERIFY(rowShown(token) && !rowShown(tokenUrl));
    selectData(authType, QStringLiteral("oauth2"));
    QVERIFY(!rowShown(token) && rowShown(tokenUrl));
    selectData(authType, QStringLiteral("bearer"));

    QTest::keyClicks(child<QLineEdit>(source, QStringLiteral("urlLineEdit")), api.baseUrl() + QStringLiteral("/page"));
    QTest::keyClicks(child<QLineEdit>(source, QStringLiteral("recordsLineEdit")), QStringLiteral("/data"));
    selectData(child<QComboBox>(source, QStringLiteral("paginationStyleComboBox")), QStringLiteral("page"));
    // A header and a query parameter, typed into their tables.
    QTest::mouseClick(child<QToolButton>(headers, QStringLiteral("addRowToolButton")), Qt::LeftButton);
    headers->table()->item(0, 0)->setText(QStringLiteral("X-Client"));
    headers->table()->item(0, 1)->setText(QStringLiteral("ferry-gui"));
    query->addRow();
    query->table()->item(0, 0)->setText(QStringLiteral("per_page"));
    query->table()->item(0, 1)->setText(QStringLiteral("7"));
    QTest::keyClicks(token->valueLineEdit(), Token);
    selectData(token->storageComboBox(), int(SecretStorage::File)); // no keychain here: kept in a file on save

    // The form's values are the job's.
    JobSpec applied = job;
    source->apply(applied);
    QCOMPARE(applied.sourceKind, SourceKind::Http);
    QCOMPARE(applied.http.headers, (KeyValueList{{QStringLiteral("X-Client"), QStringLiteral("ferry-gui")}}));
    QCOMPARE(applied.http.query, (KeyValueList{{QStringLiteral("per_page"), QStringLiteral("7")}}));
    QCOMPARE(applied.http.auth.kind, HttpAuthKind::Bearer);
    QCOMPARE(applied.http.pagination.style, PaginationStyle::Page);

    // Test connection: the first page reached with the typed token, its records and columns.
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("testSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->status()->text().contains(QStringLiteral("the first page has 7 record")),
             qPrintable(source->status()->text()));
    // The union of the records' keys (each record's in alphabetical order, as Qt's JSON objects keep them).
    QVERIFY2(source->status()->text().contains(QStringLiteral("Columns: active, address, id, name, score, tags, note")),
             qPrintable(source->status()->text()));
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().first().authorization, "Bearer " + Token.toUtf8());
    QVERIFY(api.requests().first().query.contains(QStringLiteral("per_page=7")));

    // Samples: the first page only.
    api.clearRequests();
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("sampleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->sampleModel()->rowCount() == 7, qPrintable(source->status()->text()));
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(source->sampleModel()->index(2, 3).data().toString(), QStringLiteral("Record 3"));
    QCOMPARE(source->sampleModel()->index(2, 6).data().toString(), QStringLiteral("every third"));

    // A wrong token: the message names the field to fix.
    token->valueLineEdit()->clear();
    QTest::keyClicks(token->valueLineEdit(), QStringLiteral("not-the-token"));
    QTest::mouseClick(child<QPushButton>(source, QStringLiteral("testSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!source->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(source->status()->text().contains(QStringLiteral("source.auth.token")),
             qPrintable(source->status()->text()));
}

QTEST_MAIN(TestHttpSourceForm)
#include "tst_httpsourceform.moc"
