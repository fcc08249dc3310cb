// "Sign in with browser…" in the job editor, offscreen: the button beside the HTTP source's OAuth2 refresh-token
// field, enabled once the authorization and token endpoints and the client id are filled; a fake browser (the
// handler QDesktopServices hands http:// addresses to) follows the provider's page back to Ferry's loopback
// listener; the refresh token lands in the (test) keychain and the field shows its keychain reference, never the
// token; Test connection then reads the API with it. A declined sign-in and a keychain that cannot be used are
// said beside the button.
#include "connectorform.h"
#include "connectorformtest.h"
#include "connectorprobe.h"
#include "jobeditor.h"
#include "jobeditorsourcepage.h"
#include "oauthsignin.h"
#include "oauthtokenserver.h"
#include "pagedjsonapi.h"
#include "probestatus.h"
#include "prompts.h"
#include "scriptedprompts.h"
#include "secretedit.h"

#include "job/jobfile.h"
#include "job/jobstore.h"
#include "secrets/keychain.h"
#include "secretsaver.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Testing;

namespace {

constexpr int WaitMs = 30000;
const QString ClientId = QStringLiteral("ferry-desktop");

// The secret store's test backend: a keychain in memory (usable, or not), read back by the probe's store.
struct MemoryKeychainData
{
    QMutex mutex;
    QHash<QString, QString> entries; // "jobId/field" -> value
};

class MemoryKeychain final : public KeychainBackend
{
public:
    MemoryKeychain(std::shared_ptr<MemoryKeychainData> data, bool usable) : m_data(std::move(data)), m_usable(usable) {}
    void check(QObject *context, std::function<void(KeychainStatus)> done) override
    {
        KeychainStatus status;
        status.usable = m_usable;
        status.backend = QStringLiteral("the test keychain");
        if (!m_usable)
            status.error = Error{ErrorCode::Connection, QStringLiteral("the test keychain is switched off"), {}};
        QTimer::singleShot(0, context, [done, status] { done(status); });
    }
    Result<QString> store(const QString &jobId, const QString &field, const QString &value) override
    {
        if (!m_usable)
            return Error{ErrorCode::Connection, QStringLiteral("the test keychain is switched off"), {}, field};
        QMutexLocker lock(&m_data->mutex);
        m_data->entries.insert(jobId + u'/' + field, value);
        return Keychain::reference(jobId, field);
    }

private:
    std::shared_ptr<MemoryKeychainData> m_data;
    bool m_usable;
};

class MemoryKeychainSecrets final : public SecretProvider
{
public:
    explicit MemoryKeychainSecrets(std::shared_ptr<MemoryKeychainData> data) : m_data(std::move(data)) {}
    QString scheme() const override { return QStringLiteral("keychain"); }
    Result<QString> read(const QString &name, const QString &, const QString &what) const override
    {
        QMutexLocker lock(&m_data->mutex);
        if (!m_data->entries.contains(name))
            return Error{ErrorCode::NotFound, QStringLiteral("%1: no entry %2").arg(what, name), {}};
        return m_data->entries.value(name);
    }

private:
    std::shared_ptr<MemoryKeychainData> m_data;
};

// What a browser does with the address Ferry opens: GET it, following the provider's redirect to Ferry.
class FakeBrowser final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
    QByteArray lastPage;
    int pages = 0;
    bool visit = true; // false: the user never signs in

public slots:
    void open(const QUrl &url)
    {
        opened.append(url);
        if (!visit)
            return;
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            lastPage = reply->readAll();
            ++pages;
            reply->deleteLater();
        });
    }

private:
    QNetworkAccessManager m_nam;
};

// The provider every test signs in with (its token server knows Ferry's client), a job folder and the
// in-memory keychain.
struct Provider
{
    OAuthTokenServer server;
    QTemporaryDir dir;
    std::shared_ptr<MemoryKeychainData> keychain = std::make_shared<MemoryKeychainData>();
};

// No API behind the source: the tests that only sign in.
const QString NoApiUrl = QStringLiteral("http://127.0.0.1:9/page");

struct Editor
{
    std::unique_ptr<JobEditor> editor;
    JobEditorSourcePage *source = nullptr;
    OAuthSignIn *signIn = nullptr;
    SecretEdit *refresh = nullptr; // the refresh token's field
};

} // namespace

class TestOAuthSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Prompts::setInstance(&m_prompts);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }
    void signInStoresTheRefreshToken();
    void closingTheEditorStoresNothing();
    void declinedSignInSaidBesideTheButton();
    void keychainUnusableKeepsTheTokenForAFile();

private:
    // The provider's token server started, with Ferry's client.
    void start(Provider &provider);
    // The HTTP source's form filled for OAuth2 against the provider, on the Source page, with the provider's
    // keychain (usable or not).
    void open(Editor &e, Provider &provider, bool keychainUsable = true, const QString &apiUrl = NoApiUrl);
    // Sign in… clicked, and the browser through the provider's page back to Ferry.
    void signInThroughBrowser(const Editor &e);
    // Sign in… clicked, and the user never signs in: the sign-in waits.
    void signInLeftInBrowser(const Editor &e);

    ScriptedPrompts m_prompts;
    FakeBrowser m_browser;
    OAuthTokenServer *m_server = nullptr;
};

void TestOAuthSignIn::start(Provider &provider)
{
    QVERIFY(provider.server.start());
    provider.server.addClient(ClientId, QString());
    m_server = &provider.server;
}

void TestOAuthSignIn::open(Editor &e, Provider &provider, bool keychainUsable, const QString &apiUrl)
{
    const QString jobsDir = provider.dir.filePath(QStringLiteral("jobs"));
    auto keychain = std::make_shared<MemoryKeychain>(provider.keychain, keychainUsable);
    JobSpec job;
    job.id = QStringLiteral("signin-job");
    job.name = QStringLiteral("Sign-in job");
    job.targetKind = TargetKind::Fliplet; // a target the job can be saved with
    job.fliplet.dataSourceId = QStringLiteral("7");
    job.fliplet.authToken.reference = QStringLiteral("env:FLIPLET_TOKEN");
    job.rules.keyColumns = {QStringLiteral("id")};
    e.editor = std::make_unique<JobEditor>(JobStore(jobsDir), job, QDir(jobsDir).filePath(QStringLiteral("signin.yml")),
                                           nullptr, std::move(keychain), jobsDir + QStringLiteral("/secrets"));
    e.editor->resize(920, 1000);
    e.editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(e.editor.get()));
    e.editor->setCurrentPage(JobEditor::SourcePage);
    e.source = e.editor->sourcePage();
    selectData(child<QComboBox>(e.source, QStringLiteral("sourceTypeComboBox")), QStringLiteral("http"));
    QTest::keyClicks(child<QLineEdit>(e.source, QStringLiteral("urlLineEdit")), apiUrl);
    QTest::keyClicks(child<QLineEdit>(e.source, QStringLiteral("recordsLineEdit")), QStringLiteral("/data"));
    selectData(child<QComboBox>(e.source, QStringLiteral("authTypeComboBox")), QStringLiteral("oauth2"));
    auto *button = child<QPushButton>(e.source, QStringLiteral("signInButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled()); // nothing filled yet
    QTest::keyClicks(child<QLineEdit>(e.source, QStringLiteral("authTokenUrlLineEdit")), m_server->tokenUrl());
    QTest::keyClicks(child<QLineEdit>(e.source, QStringLiteral("authClientIdLineEdit")), ClientId);
    QTest::keyClicks(child<QLineEdit>(e.source, QStringLiteral("authScopeLineEdit")), QStringLiteral("items.read"));
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(QStringLiteral("source.auth.authorize_url")), qPrintable(button->toolTip()));
    QTest::keyClicks(child<QLineEdit>(e.source, QStringLiteral("authAuthorizeUrlLineEdit")), m_server->authorizeUrl());
    QVERIFY(button->isEnabled());
    e.signIn = child<OAuthSignIn>(e.source, QStringLiteral("oauthSignIn"));
    e.refresh = child<SecretEdit>(e.source, QStringLiteral("authRefreshTokenSecretEdit"));
    QVERIFY(e.signIn && e.refresh);
}

void TestOAuthSignIn::signInThroughBrowser(const Editor &e)
{
    const int pagesBefore = m_browser.pages;
    QTest::mouseClick(e.signIn->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!e.signIn->isBusy() && m_browser.pages > pagesBefore, WaitMs);
}

void TestOAuthSignIn::signInLeftInBrowser(const Editor &e)
{
    m_browser.visit = false;
    QTest::mouseClick(e.signIn->signInButton(), Qt::LeftButton);
    m_browser.visit = true;
    QVERIFY(e.signIn->isBusy());
}

void TestOAuthSignIn::signInStoresTheRefreshToken()
{
    Provider provider;
    start(provider);
    OAuthTokenServer &server = provider.server;
    server.setRotateRefreshTokens(false); // a rotated token would be saved to the system's keychain
    PagedJsonApi api(9);
    QVERIFY(api.start());
    api.requireOAuth(&server);
    Editor e;
    open(e, provider, true, api.baseUrl() + QStringLiteral("/page"));
    if (QTest::currentTestFailed())
        return;
    OAuthSignIn *signIn = e.signIn;
    SecretEdit *refresh = e.refresh;
    // The grant is client credentials until the sign-in gives a refresh token.
    QCOMPARE(e.source->form()->value(QStringLiteral("auth.grant")), QVariant());

    m_browser.opened.clear();
    signInThroughBrowser(e);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_browser.opened.size(), 1);
    QCOMPARE(m_browser.opened.first().path(), QStringLiteral("/authorize"));
    QVERIFY2(m_browser.lastPage.contains("You can close this window"), m_browser.lastPage.constData());

    // The refresh token waits in the field, hidden, to be stored with the job: nothing is in the keychain yet.
    QTRY_VERIFY_WITH_TIMEOUT(signIn->statusLabel()->text().contains(QStringLiteral("Save the job")), WaitMs);
    const QString token = refresh->typedValue();
    QVERIFY(!token.isEmpty());
    QVERIFY(server.refreshTokens().contains(token));
    QCOMPARE(refresh->valueLineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(refresh->pendingWrite());
    QCOMPARE(refresh->pendingWrite()->storage, SecretStorage::Keychain);
    QVERIFY(!signIn->statusLabel()->text().contains(token));
    QVERIFY(provider.keychain->entries.isEmpty());
    QCOMPARE(e.source->form()->value(QStringLiteral("auth.grant")).toString(), QStringLiteral("refresh_token"));

    // Test connection reads the API with it before the job is saved (the refresh_token grant, the typed token).
    QTest::mouseClick(child<QPushButton>(e.source, QStringLiteral("testSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!e.source->status()->isBusy(), WaitMs);
    QVERIFY2(e.source->status()->text().contains(QStringLiteral("the first page has")),
             qPrintable(e.source->status()->text()));
    QCOMPARE(server.grants().last().grantType, QStringLiteral("refresh_token"));
    QCOMPARE(server.grants().last().refreshToken, token);

    // Saving stores it in the keychain; the job file gets the reference only.
    e.editor->validateNow();
    QStringList problems;
    for (const ValidationIssue &i : e.editor->issues())
        problems.append(i.field + QStringLiteral(": ") + i.message);
    QVERIFY2(e.editor->canSave(), qPrintable(problems.join(u'\n')));
    QTest::mouseClick(child<QPushButton>(e.editor.get(), QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(e.editor->result() == QDialog::Accepted, WaitMs);
    const QString reference = QStringLiteral("keychain:signin-job/source.auth.refresh_token");
    {
        QMutexLocker lock(&provider.keychain->mutex);
        QCOMPARE(provider.keychain->entries.value(QStringLiteral("signin-job/source.auth.refresh_token")), token);
    }
    const JobSpec job = e.editor->job();
    QCOMPARE(job.http.auth.grant, OAuth2Grant::RefreshToken);
    QCOMPARE(job.http.auth.refreshToken.reference, reference);
    QCOMPARE(job.http.auth.authorizeUrl, server.authorizeUrl());
    QFile saved(e.editor->savedPath());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray yaml = saved.readAll();
    QVERIFY(!yaml.contains(token.toUtf8()));
    QVERIFY2(yaml.contains(reference.toUtf8()), yaml.constData());
}

void TestOAuthSignIn::closingTheEditorStoresNothing()
{
    Provider provider;
    start(provider);
    {
        // Signed in, then the editor is closed without saving: the keychain holds nothing.
        Editor e;
        open(e, provider);
        if (QTest::currentTestFailed())
            return;
        signInThroughBrowser(e);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(e.signIn->statusLabel()->text().contains(QStringLiteral("Save the job")));
        m_prompts.asked.clear();
        e.editor->reject();
        QVERIFY(m_prompts.asked.isEmpty()); // nothing in progress: nothing to ask
        QCOMPARE(e.editor->result(), int(QDialog::Rejected));
        QVERIFY(!e.editor->isVisible());
    }
    QVERIFY(provider.keychain->entries.isEmpty());

    // Closing while the browser is still away asks first; "no" keeps the editor and the sign-in going.
    Editor e;
    open(e, provider);
    if (QTest::currentTestFailed())
        return;
    OAuthSignIn *signIn = e.signIn;
    signInLeftInBrowser(e);
    if (QTest::currentTestFailed())
        return;
    m_prompts.asked.clear();
    m_prompts.confirmAnswer = false;
    e.editor->reject();
    m_prompts.confirmAnswer = true;
    QCOMPARE(m_prompts.asked.size(), 1);
    QVERIFY2(m_prompts.asked.first().contains(QStringLiteral("has not finished")), qPrintable(m_prompts.asked.first()));
    QVERIFY(e.editor->isVisible());
    QVERIFY(signIn->isBusy());
    // Save asks too, before writing anything.
    m_prompts.confirmAnswer = false;
    QVERIFY(!e.editor->save());
    m_prompts.confirmAnswer = true;
    QCOMPARE(m_prompts.asked.size(), 2);
    QVERIFY(e.editor->isVisible());
    const quint16 port = quint16(
        QUrl(QUrlQuery(m_browser.opened.last()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded))
            .port());
    QVERIFY(port > 0);
    // "Yes": closed, the sign-in cancelled (its loopback listener gone), nothing stored.
    e.editor->reject();
    QCOMPARE(m_prompts.asked.size(), 3);
    QVERIFY(!e.editor->isVisible());
    e.editor.reset(); // the window goes away at once, with the sign-in
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000));
    QVERIFY(provider.keychain->entries.isEmpty());
}

void TestOAuthSignIn::declinedSignInSaidBesideTheButton()
{
    Provider provider;
    start(provider);
    provider.server.setAuthorizeError(QStringLiteral("access_denied"));
    Editor e;
    open(e, provider);
    if (QTest::currentTestFailed())
        return;
    OAuthSignIn *signIn = e.signIn;
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    QVERIFY(signIn->cancelButton()->isVisible());
    QVERIFY(!signIn->signInButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy(), WaitMs);
    QVERIFY2(signIn->statusLabel()->text().contains(QStringLiteral("declined")) &&
                 signIn->statusLabel()->text().contains(QStringLiteral("allow Ferry access")),
             qPrintable(signIn->statusLabel()->text()));
    QVERIFY(signIn->statusLabel()->isVisible());
    QVERIFY(!signIn->cancelButton()->isVisible());
    QVERIFY(signIn->signInButton()->isEnabled());
    QVERIFY(e.refresh->reference(QStringLiteral("signin-job")).isEmpty());
    QVERIFY(provider.keychain->entries.isEmpty());

    // Cancel while the browser is away (the user never finishes): said, nothing stored, the button back.
    signInLeftInBrowser(e);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(signIn->statusLabel()->text().contains(QStringLiteral("Waiting for you to sign in")));
    QTest::mouseClick(signIn->cancelButton(), Qt::LeftButton);
    QVERIFY(!signIn->isBusy());
    QCOMPARE(signIn->statusLabel()->text(), QStringLiteral("Sign-in cancelled."));
    QVERIFY(signIn->signInButton()->isEnabled());
    QVERIFY(provider.keychain->entries.isEmpty());
}

void TestOAuthSignIn::keychainUnusableKeepsTheTokenForAFile()
{
    Provider provider;
    start(provider);
    Editor e;
    open(e, provider, false);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(e.editor->secretSaver()->keychainChecked());
    signInThroughBrowser(e);
    if (QTest::currentTestFailed())
        return;
    const QString status = e.signIn->statusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("the test keychain is switched off")) &&
                 status.contains(QStringLiteral("a file only you can read")),
             qPrintable(status));
    SecretEdit *refresh = e.refresh;
    // The token waits in the field for a place: the form says so and Save is refused until one is chosen.
    QVERIFY(!refresh->typedValue().isEmpty());
    QVERIFY(provider.server.refreshTokens().contains(refresh->typedValue()));
    QVERIFY(!refresh->problem().isEmpty());
    QVERIFY(provider.keychain->entries.isEmpty());
    e.editor->validateNow();
    QVERIFY(!e.editor->canSave());
    selectData(refresh->storageComboBox(), int(SecretStorage::File));
    QVERIFY(refresh->problem().isEmpty());
    QVERIFY(refresh->pendingWrite());
    QCOMPARE(refresh->pendingWrite()->value, refresh->typedValue());
}

QTEST_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
