// The web targets in the job editor, offscreen: the REST and webhook forms are built from the registry's
// fields (no page of their own), and Test connection reaches the real json-server (the list answers, with its
// record count) and the webhook receiver (a signed ping it accepts); wrong settings fail beside the button.
// The targets' samples, against the same servers, are checked through the engine.
#include "connectorformtest.h"
#include "connectorprobe.h"
#include "jobeditor.h"
#include "jobeditortargetpage.h"
#include "jsonserver.h"
#include "probestatus.h"
#include "scriptedprompts.h"
#include "secretedit.h"
#include "webhookreceiver.h"

#include "connectors/connectorregistry.h"
#include "job/jobstore.h"
#include "secrets/keychain.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Testing;

class TestRestTargetForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restFormTestsTheList();
    void webhookFormPingsTheReceiver();
    void samplesOfTheTargets();

private:
    std::unique_ptr<JobEditor> newEditor() { return newFormEditor(m_dir); }
    QTemporaryDir m_dir;
};

void TestRestTargetForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    registerProbeMetaTypes();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("jobs"))));
    FERRY_REQUIRE_JSON_SERVER();
}

void TestRestTargetForm::restFormTestsTheList()
{
    JsonServer server;
    QJsonArray contacts;
    for (int i = 1; i <= 3; ++i)
        contacts.append(
            QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("email"), QStringLiteral("c%1@x").arg(i)}});
    QVERIFY(
        server.start(m_dir.filePath(QStringLiteral("db.json")), QJsonObject{{QStringLiteral("contacts"), contacts}}));

    auto editor = newEditor();
    JobEditorTargetPage *page = editor->targetPage();
    selectTargetType(page, QStringLiteral("rest"));
    // Every field of the registry's entry has its widget.
    for (const char *name :
         {"baseUrlLineEdit", "listPathLineEdit", "itemPathLineEdit", "idFieldLineEdit", "envelopeLineEdit",
          "pageParamLineEdit", "limitParamLineEdit", "pageSizeLineEdit", "headersKeyValueEdit"})
        QVERIFY2(page->findChild<QWidget *>(QLatin1String(name)), name);
    QVERIFY(page->findChild<QComboBox *>(QStringLiteral("updateMethodComboBox")));
    // … the Authentication and transport blocks' too.
    for (const char *name : {"authTypeComboBox", "authTokenSecretEdit", "authTokenUrlLineEdit", "authClientIdLineEdit",
                             "transportCaFileLineEdit", "transportProxyLineEdit"})
        QVERIFY2(page->findChild<QWidget *>(QLatin1String(name)), name);

    setText(page, QStringLiteral("baseUrlLineEdit"), server.url());
    setText(page, QStringLiteral("listPathLineEdit"), QStringLiteral("/contacts"));
    QCOMPARE(editor->job().targetKind, TargetKind::Rest);
    QCOMPARE(editor->job().rest.baseUrl, server.url());

    auto *test = child<QPushButton>(page, QStringLiteral("testTargetButton"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(page->status()->text().contains(QStringLiteral("the list answers: 3 record(s)")),
             qPrintable(page->status()->text()));

    // A list path the service does not have: the failure says so.
    setText(page, QStringLiteral("listPathLineEdit"), QStringLiteral("/nowhere"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(page->status()->text().contains(QStringLiteral("HTTP 404")), qPrintable(page->status()->text()));
}

void TestRestTargetForm::webhookFormPingsTheReceiver()
{
    WebhookReceiver receiver("form-secret");
    QVERIFY(receiver.start());
    qputenv("FERRY_FORM_HOOK_SECRET", "form-secret");

    auto editor = newEditor();
    JobEditorTargetPage *page = editor->targetPage();
    selectTargetType(page, QStringLiteral("webhook"));
    for (const char *name : {"urlLineEdit", "headersKeyValueEdit", "retriesLineEdit", "concurrencyLineEdit"})
        QVERIFY2(page->findChild<QWidget *>(QLatin1String(name)), name);
    auto *secret = child<SecretEdit>(page, QStringLiteral("signingSecretSecretEdit"));
    QVERIFY(secret);

    setText(page, QStringLiteral("urlLineEdit"), receiver.url());
    auto *test = child<QPushButton>(page, QStringLiteral("testTargetButton"));
    // Unsigned: the receiver wants a signature and refuses the ping; the message names the secret's field.
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(page->status()->text().contains(QStringLiteral("HTTP 401")), qPrintable(page->status()->text()));
    QCOMPARE(receiver.badSignatures(), 1);

    // Signed with the secret the receiver knows (typed in the form): the ping passes.
    QTest::keyClicks(secret->valueLineEdit(), QStringLiteral("form-secret"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(page->status()->text().contains(QStringLiteral("answered the ping with HTTP 204")),
             qPrintable(page->status()->text()));
    QCOMPARE(receiver.pings(), 1);
    QCOMPARE(receiver.processed().size(), 0); // a ping is no delivery

    // A receiver that also wants a bearer token: the form's Authentication fields give it.
    receiver.requireAuthorization("Bearer form-hook-token");
    auto *authType = child<QComboBox>(page, QStringLiteral("authTypeComboBox"));
    auto *token = child<SecretEdit>(page, QStringLiteral("authTokenSecretEdit"));
    QVERIFY(authType && token);
    QVERIFY(child<QWidget>(page, QStringLiteral("transportCaFileLineEdit")));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(page->status()->text().contains(QStringLiteral("HTTP 401")), qPrintable(page->status()->text()));
    QCOMPARE(receiver.unauthorized(), 1);
    authType->setCurrentIndex(authType->findData(QStringLiteral("bearer")));
    QTest::keyClicks(token->valueLineEdit(), QStringLiteral("not-the-token"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(page->status()->text().contains(QStringLiteral("target.auth.token")), qPrintable(page->status()->text()));
    QCOMPARE(receiver.authorizations().last(), QByteArray("Bearer not-the-token"));
    token->valueLineEdit()->clear();
    QTest::keyClicks(token->valueLineEdit(), QStringLiteral("form-hook-token"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->status()->isBusy(), CheckTimeoutMs);
    QVERIFY2(page->status()->text().contains(QStringLiteral("answered the ping with HTTP 204")),
             qPrintable(page->status()->text()));
    QCOMPARE(receiver.pings(), 2);
    QCOMPARE(editor->job().webhook.auth.kind, HttpAuthKind::Bearer);
}

void TestRestTargetForm::samplesOfTheTargets()
{
    JsonServer server;
    QJsonArray contacts;
    for (int i = 1; i <= 4; ++i)
        contacts.append(
            QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("email"), QStringLiteral("c%1@x").arg(i)}});
    QVERIFY(
        server.start(m_dir.filePath(QStringLiteral("db2.json")), QJsonObject{{QStringLiteral("contacts"), contacts}}));
    JobSpec job = JobEditor::newJob();
    QVERIFY(ConnectorRegistry::instance()
                .find(QStringLiteral("rest"))
                ->apply(job, {{QStringLiteral("base_url"), server.url()},
                              {QStringLiteral("list_path"), QStringLiteral("/contacts")}}));
    auto target = ConnectorRegistry::instance().createTarget(job, JobSecrets{}, nullptr);
    QVERIFY(target);
    auto sample = (*target)->sample(2, nullptr);
    QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().toString()));
    QCOMPARE(sample->columns, (QStringList{"email", "id"})); // as the records' fields, sorted
    QCOMPARE(sample->rows.size(), 2);
    QCOMPARE(sample->rows.value(1, 0).toString(), QStringLiteral("c2@x"));
    auto schema = (*target)->discover(nullptr);
    QVERIFY(schema);
    QCOMPARE(schema->current, QStringLiteral("/contacts"));
    QCOMPARE(schema->tables.first().columnNames(), (QStringList{"email", "id"}));

    // The webhook's sample: what was delivered, newest first, once the memory is given.
    QVERIFY(ConnectorRegistry::instance()
                .find(QStringLiteral("webhook"))
                ->apply(job, {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/hook")}}));
    auto hook = ConnectorRegistry::instance().createTarget(job, JobSecrets{}, nullptr);
    QVERIFY(hook);
    QCOMPARE((*hook)->sample(5, nullptr)->rows.size(), 0); // nothing delivered yet
    (*hook)->setMemory({RememberedRecord{QStringLiteral("1"), {}, 1, "{\"id\":1,\"email\":\"a@x\"}"},
                        RememberedRecord{QStringLiteral("2"), {}, 2, "{\"id\":2,\"email\":\"b@x\"}"}});
    auto delivered = (*hook)->sample(5, nullptr);
    QVERIFY(delivered);
    QCOMPARE(delivered->rows.size(), 2);
    QCOMPARE(delivered->columns, (QStringList{"email", "id"}));
    QCOMPARE(delivered->rows.value(0, 0).toString(), QStringLiteral("b@x"));
}

QTEST_MAIN(TestRestTargetForm)
#include "tst_resttargetform.moc"
