// OAuthSignIn: "Sign in with browser…" beside an OAuth2 refresh-token field of a connector form. It appears for
// any connector type whose fields include <block>.refresh_token, .authorize_url, .token_url and .client_id (the
// auth: block of an HTTP connector), whatever the connector. It runs the engine's authorization-code flow
// (PKCE, loopback redirect), opens the provider's page with QDesktopServices, shows progress and Cancel, and on
// success puts the refresh token in the field, hidden, as if typed: saving the job stores it in the OS keychain
// with the form's other secrets and the job file gets only the reference (the token never appears in the job
// file or a log, and closing the editor without saving leaves nothing stored). When the keychain cannot be
// used, the field asks the user to choose a file instead. Failures appear beside the button with the fix.
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

    ConnectorForm *m_form;
    QString m_block; // "auth"
    QString m_fieldKey;
    QPushButton *m_button;
    QPushButton *m_cancel;
    QLabel *m_status;
    OAuthAuthorizationCode *m_flow = nullptr;
};

} // namespace Ferry
