#include "oauthsignin.h"

#include "connectorform.h"
#include "secretedit.h"

#include "connectors/connectorfactory.h"
#include "connectors/httptransport.h"
#include "connectors/oauthauthorizationcode.h"
#include "secrets/keychain.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ferry {

namespace {

QString blockOf(const QString &key)
{
    return key.section(u'.', 0, -2);
}

} // namespace

bool OAuthSignIn::appliesTo(const ConnectorType &type, const ConnectorField &field)
{
    if (field.type != FieldType::Secret || !field.key.endsWith(QLatin1String(".refresh_token")))
        return false;
    const QString block = blockOf(field.key);
    for (const char *name : {"authorize_url", "token_url", "client_id"})
        if (!type.field(block + u'.' + QLatin1String(name)))
            return false;
    return true;
}

OAuthSignIn::OAuthSignIn(ConnectorForm *form, const ConnectorField &refreshTokenField, QWidget *parent)
    : QWidget(parent), m_form(form), m_block(blockOf(refreshTokenField.key)), m_fieldKey(refreshTokenField.key)
{
    setObjectName(QStringLiteral("oauthSignIn"));
    m_button = new QPushButton(tr("Sign in with browser…"), this);
    m_button->setObjectName(QStringLiteral("signInButton"));
    m_cancel = new QPushButton(tr("Cancel sign-in"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_button);
    row->addWidget(m_cancel);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_button, &QPushButton::clicked, this, &OAuthSignIn::signIn);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthSignIn::cancel);
    connect(form, &ConnectorForm::changed, this, &OAuthSignIn::updateEnabled);
    updateEnabled();
}

OAuthSignIn::~OAuthSignIn() = default;

QString OAuthSignIn::path(const char *name) const
{
    return connectorRoleName(m_form->role()) + u'.' + key(name);
}

bool OAuthSignIn::isBusy() const
{
    return m_flow && m_flow->isActive();
}

void OAuthSignIn::updateEnabled()
{
    QStringList missing;
    if (!m_form->value(key("authorize_url")).isValid())
        missing.append(path("authorize_url"));
    if (!m_form->value(key("token_url")).isValid())
        missing.append(path("token_url"));
    if (!m_form->value(key("client_id")).isValid())
        missing.append(path("client_id"));
    m_button->setEnabled(missing.isEmpty() && !isBusy());
    m_button->setToolTip(missing.isEmpty()
                             ? tr("Opens the provider's sign-in page in your browser; the refresh token it gives "
                                  "Ferry is kept in the keychain")
                             : tr("Fill in %1 first").arg(missing.join(QStringLiteral(", "))));
}

void OAuthSignIn::showStatus(const QString &text, bool error)
{
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_status->setPalette(p);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void OAuthSignIn::signIn()
{
    if (isBusy())
        return;
    const JobSpec job = m_form->contextJob();
    const QString baseDir = jobBaseDir(job);
    OAuthCodeSettings settings;
    settings.prefix = connectorRoleName(m_form->role()) + u'.' + m_block;
    settings.authorizeUrl = m_form->value(key("authorize_url")).toString();
    settings.tokenUrl = m_form->value(key("token_url")).toString();
    settings.clientId = m_form->value(key("client_id")).toString();
    settings.scope = m_form->value(key("scope")).toString();
    settings.clientAuth =
        m_form->value(key("client_auth")).toString() == u"body" ? OAuth2ClientAuth::Body : OAuth2ClientAuth::Basic;
    settings.retry = job.retry;
    // The client secret as typed, or else read where its reference points (on the exchange's thread).
    if (auto *secret = qobject_cast<SecretEdit *>(m_form->fieldWidget(key("client_secret")))) {
        const QString typed = secret->typedValue();
        const QString reference = secret->reference(job.id);
        const QString what = tr("the OAuth2 client secret");
        if (!typed.isEmpty())
            settings.clientSecret = [typed] { return Result<QString>(typed); };
        else if (!reference.isEmpty())
            settings.clientSecret = [reference, what, baseDir] {
                return secretStoreWithKeychain()->resolve(SecretRef{reference, QString()}, what, baseDir);
            };
    }
    // The connector's transport block, when its type has one: the token request goes the way its requests go.
    const QString transportBlock = m_block.section(u'.', 0, -2).isEmpty()
                                       ? QStringLiteral("transport")
                                       : m_block.section(u'.', 0, -2) + QStringLiteral(".transport");
    HttpTransportSpec transport;
    transport.caFile = m_form->value(transportBlock + QStringLiteral(".ca_file")).toString();
    transport.proxy = m_form->value(transportBlock + QStringLiteral(".proxy")).toString();
    transport.timeoutMs = m_form->value(transportBlock + QStringLiteral(".timeout_ms")).toInt();
    transport.rateLimit = m_form->value(transportBlock + QStringLiteral(".rate_limit")).toDouble();
    auto made = HttpTransport::create(transport, baseDir, connectorRoleName(m_form->role()) + u'.' + transportBlock);
    if (!made) {
        showStatus(made.error().message, true);
        return;
    }
    settings.transport = *made;

    delete m_flow;
    m_flow = new OAuthAuthorizationCode(this);
    connect(m_flow, &OAuthAuthorizationCode::codeReceived, this,
            [this] { showStatus(tr("Signed in at the provider; getting the tokens…"), false); });
    connect(m_flow, &OAuthAuthorizationCode::succeeded, this, &OAuthSignIn::handleSucceeded);
    connect(m_flow, &OAuthAuthorizationCode::failed, this, &OAuthSignIn::handleFailed);
    auto url = m_flow->start(settings);
    if (!url) {
        showStatus(url.error().message, true);
        return;
    }
    m_cancel->show();
    updateEnabled();
    if (QDesktopServices::openUrl(*url))
        showStatus(tr("Waiting for you to sign in in the browser…"), false);
    else
        showStatus(tr("Ferry could not open a browser: open this address in one to sign in:\n%1")
                       .arg(url->toString(QUrl::FullyEncoded)),
                   false);
}

void OAuthSignIn::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void OAuthSignIn::handleFailed(const Error &error)
{
    m_cancel->hide();
    updateEnabled();
    if (error.code == ErrorCode::Cancelled)
        showStatus(tr("Sign-in cancelled."), false);
    else
        showStatus(tr("Sign-in failed: %1").arg(error.message), true);
}

void OAuthSignIn::handleSucceeded(const OAuthTokens &tokens)
{
    m_cancel->hide();
    updateEnabled();
    // The sign-in gave a refresh token: the job uses the refresh_token grant from now on.
    if (m_form->type() && m_form->type()->field(key("grant")))
        m_form->setValue(key("grant"), QStringLiteral("refresh_token"));
    // The token waits in the field, hidden, as if typed: Test connection uses it, and saving the job stores it
    // with the form's other secrets. Nothing is stored before the job is saved, so closing the editor without
    // saving leaves nothing behind in the keychain.
    if (auto *edit = qobject_cast<SecretEdit *>(m_form->fieldWidget(m_fieldKey)))
        edit->setSecret(SecretRef{QString(), tokens.refreshToken});
    emit m_form->changed();
    SecretSaver *saver = m_form->secretSaver();
    const KeychainStatus status = saver ? saver->keychainStatus() : KeychainStatus{};
    if (saver && status.usable) {
        showStatus(tr("Signed in. Save the job to store the refresh token in the keychain (%1).").arg(status.backend),
                   false);
        return;
    }
    showStatus(tr("Signed in, but the keychain cannot keep the refresh token (%1): choose where to keep it above "
                  "(a file only you can read); it is stored when you save the job.")
                   .arg(status.error ? status.error->message : tr("no keychain is available to this editor")),
               true);
}

} // namespace Ferry
