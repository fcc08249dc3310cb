// OAuthSignIn: "Sign in with browser…" beside an OAuth2 refresh-token field of a connector form. It appears for
// any connector type whose fields include <block>.refresh_token, .authorize_url, .token_url and .client_id (the
// auth: block of an HTTP connector), whatever the connector. It runs the engine's authorization-code flow
// (PKCE, loopback redirect), opens the provider's page with QDesktopServices, shows progress and Cancel, and on
// success stores the refresh token in the OS keychain through the editor's SecretSaver and puts the keychain
// reference in the field (the token never appears in the form, the job file or a log). When the keychain
// cannot be used, the token waits in the field for the user to choose a file instead. Failures appear beside
// the button with the fix.
#pragma once

#include "connectors/connectorregistry.h"
#include "secretsaver.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Ferry {

class ConnectorForm;
class OAuthAuthorizationCode;
struct OAuthTokens;

class OAuthSignIn final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthSignIn)

public:
    // refreshTokenField: the form's "<block>.refresh_token" field.
    OAuthSignIn(ConnectorForm *form, const ConnectorField &refreshTokenField, QWidget *parent = nullptr);
    ~OAuthSignIn() override;

    // Whether a sign-in button belongs beside this field of this type.
    static bool appliesTo(const ConnectorType &type, const ConnectorField &field);

    QPushButton *signInButton() const { return m_button; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const;

    void signIn();
    void cancel();

private:
    QString key(const char *name) const { return m_block + u'.' + QLatin1String(name); }
    QString path(const char *name) const;
    void updateEnabled();
    void showStatus(const QString &text, bool error);
    void handleSucceeded(const OAuthTokens &tokens);
    void handleFailed(const Error &error);
    void handleStored(quint64 id, const QList<Ferry::SecretWriteResult> &results);
    void keepTyped(const QString &refreshToken, const QString &why);

    ConnectorForm *m_form;
    QString m_block; // "auth"
    QString m_fieldKey;
    QPushButton *m_button;
    QPushButton *m_cancel;
    QLabel *m_status;
    OAuthAuthorizationCode *m_flow = nullptr;
    quint64 m_storeRequest = 0;
    QString m_pendingToken; // while the keychain stores it
};

} // namespace Ferry
