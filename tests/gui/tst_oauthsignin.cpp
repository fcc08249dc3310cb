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

struct Editor
{
    std::unique_ptr<JobEditor> editor;
    JobEditorSourcePage *source = nullptr;
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
    void declinedSignInSaidBesideTheButton();
    void keychainUnusableKeepsTheTokenForAFile();

private:
    // The HTTP source's form filled for OAuth2 against the servers, on the Source page.
    void open(Editor &e, const QString &jobsDir, std::shared_ptr<KeychainBackend> keychain, const QString &apiUrl,
              bool withAuthorizeUrl = true);

    ScriptedPrompts m_prompts;
    FakeBrowser m_browser;
    OAuthTokenServer *m_server = nullptr;
};

void TestOAuthSignIn::open(Editor &e, const QString &jobsDir, std::shared_ptr<KeychainBackend> keychain,
                           const QString &apiUrl, bool withAuthorizeUrl)
{
    JobSpec job;
    job.id = QStringLiteral("signin-job");
    job.name = QStringLiteral("Sign-in job");
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
    if (withAuthorizeUrl) {
        QTest::keyClicks(child<QLineEdit>(e.source, QStringLiteral("authAuthorizeUrlLineEdit")),
                         m_server->authorizeUrl());
        QVERIFY(button->isEnabled());
    }
}

void TestOAuthSignIn::signInStoresTheRefreshToken()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(ClientId, QString());
    server.setRotateRefreshTokens(false); // a rotated token would be saved to the system's keychain
    m_server = &server;
    PagedJsonApi api(9);
    QVERIFY(api.start());
    api.requireOAuth(&server);
    QTemporaryDir dir;
    auto data = std::make_shared<MemoryKeychainData>();
    Editor e;
    open(e, dir.filePath(QStringLiteral("jobs")), std::make_shared<MemoryKeychain>(data, true),
         api.baseUrl() + QStringLiteral("/page"));
    if (QTest::currentTestFailed())
        return;
    auto *signIn = child<OAuthSignIn>(e.source, QStringLiteral("oauthSignIn"));
    auto *refresh = child<SecretEdit>(e.source, QStringLiteral("authRefreshTokenSecretEdit"));
    QVERIFY(signIn && refresh);
    // The grant is client credentials until the sign-in gives a refresh token.
    QCOMPARE(e.source->form()->value(QStringLiteral("auth.grant")), QVariant());

    m_browser.opened.clear();
    const int pagesBefore = m_browser.pages;
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    QCOMPARE(m_browser.opened.size(), 1);
    QCOMPARE(m_browser.opened.first().path(), QStringLiteral("/authorize"));
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy() && m_browser.pages > pagesBefore, WaitMs);
    QVERIFY2(m_browser.lastPage.contains("You can close this window"), m_browser.lastPage.constData());

    // The refresh token is in the keychain, the field holds its reference, and nothing shows the token.
    const QString reference = QStringLiteral("keychain:signin-job/source.auth.refresh_token");
    QTRY_VERIFY_WITH_TIMEOUT(signIn->statusLabel()->text().contains(reference), WaitMs);
    QString stored;
    {
        QMutexLocker lock(&data->mutex);
        stored = data->entries.value(QStringLiteral("signin-job/source.auth.refresh_token"));
    }
    QVERIFY(!stored.isEmpty());
    QVERIFY(server.refreshTokens().contains(stored));
    QCOMPARE(refresh->reference(QStringLiteral("signin-job")), reference);
    QVERIFY(refresh->valueLineEdit()->text().isEmpty());
    QVERIFY(!refresh->pendingWrite());
    QVERIFY(!signIn->statusLabel()->text().contains(stored));
    QCOMPARE(e.source->form()->value(QStringLiteral("auth.grant")).toString(), QStringLiteral("refresh_token"));
    const JobSpec job = e.editor->job();
    QCOMPARE(job.http.auth.grant, OAuth2Grant::RefreshToken);
    QCOMPARE(job.http.auth.refreshToken.reference, reference);
    QCOMPARE(job.http.auth.authorizeUrl, server.authorizeUrl());
    auto yaml = saveJobText(job);
    QVERIFY(yaml);
    QVERIFY(!yaml->contains(stored.toUtf8()));
    QVERIFY(yaml->contains(reference.toUtf8()));

    // Test connection reads the API with it (the refresh_token grant, the token read from the keychain).
    auto store = SecretStore::withDefaults();
    store->addProvider(std::make_shared<MemoryKeychainSecrets>(data));
    e.editor->probe()->setSecretStore(store);
    QTest::mouseClick(child<QPushButton>(e.source, QStringLiteral("testSourceButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!e.source->status()->isBusy(), WaitMs);
    QVERIFY2(e.source->status()->text().contains(QStringLiteral("the first page has")),
             qPrintable(e.source->status()->text()));
    QCOMPARE(server.grants().last().grantType, QStringLiteral("refresh_token"));
    QCOMPARE(server.grants().last().refreshToken, stored);
}

void TestOAuthSignIn::declinedSignInSaidBesideTheButton()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(ClientId, QString());
    server.setAuthorizeError(QStringLiteral("access_denied"));
    m_server = &server;
    QTemporaryDir dir;
    auto data = std::make_shared<MemoryKeychainData>();
    Editor e;
    open(e, dir.filePath(QStringLiteral("jobs")), std::make_shared<MemoryKeychain>(data, true),
         QStringLiteral("http://127.0.0.1:9/page"));
    if (QTest::currentTestFailed())
        return;
    auto *signIn = child<OAuthSignIn>(e.source, QStringLiteral("oauthSignIn"));
    auto *refresh = child<SecretEdit>(e.source, QStringLiteral("authRefreshTokenSecretEdit"));
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
    QVERIFY(refresh->reference(QStringLiteral("signin-job")).isEmpty());
    QVERIFY(data->entries.isEmpty());

    // Cancel while the browser is away (the user never finishes): said, nothing stored, the button back.
    m_browser.visit = false;
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    m_browser.visit = true;
    QVERIFY(signIn->isBusy());
    QVERIFY(signIn->statusLabel()->text().contains(QStringLiteral("Waiting for you to sign in")));
    QTest::mouseClick(signIn->cancelButton(), Qt::LeftButton);
    QVERIFY(!signIn->isBusy());
    QCOMPARE(signIn->statusLabel()->text(), QStringLiteral("Sign-in cancelled."));
    QVERIFY(signIn->signInButton()->isEnabled());
    QVERIFY(data->entries.isEmpty());
}

void TestOAuthSignIn::keychainUnusableKeepsTheTokenForAFile()
{
    OAuthTokenServer server;
    QVERIFY(server.start());
    server.addClient(ClientId, QString());
    m_server = &server;
    QTemporaryDir dir;
    auto data = std::make_shared<MemoryKeychainData>();
    Editor e;
    open(e, dir.filePath(QStringLiteral("jobs")), std::make_shared<MemoryKeychain>(data, false),
         QStringLiteral("http://127.0.0.1:9/page"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(e.editor->secretSaver()->keychainChecked());
    auto *signIn = child<OAuthSignIn>(e.source, QStringLiteral("oauthSignIn"));
    auto *refresh = child<SecretEdit>(e.source, QStringLiteral("authRefreshTokenSecretEdit"));
    const int pagesBefore = m_browser.pages;
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy() && m_browser.pages > pagesBefore, WaitMs);
    QVERIFY2(signIn->statusLabel()->text().contains(QStringLiteral("the test keychain is switched off")) &&
                 signIn->statusLabel()->text().contains(QStringLiteral("a file only you can read")),
             qPrintable(signIn->statusLabel()->text()));
    // The token waits in the field for a place: the form says so and Save is refused until one is chosen.
    QVERIFY(!refresh->typedValue().isEmpty());
    QVERIFY(server.refreshTokens().contains(refresh->typedValue()));
    QVERIFY(!refresh->problem().isEmpty());
    QVERIFY(data->entries.isEmpty());
    e.editor->validateNow();
    QVERIFY(!e.editor->canSave());
    selectData(refresh->storageComboBox(), int(SecretStorage::File));
    QVERIFY(refresh->problem().isEmpty());
    QVERIFY(refresh->pendingWrite());
    QCOMPARE(refresh->pendingWrite()->value, refresh->typedValue());
}

QTEST_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
