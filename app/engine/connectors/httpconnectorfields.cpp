#include "httpconnectorfields.h"

#include "connectorfields.h"

#include <QHash>

namespace Ferry {

using namespace Fields;

void appendHttpAuthFields(QList<ConnectorField> &fields, HttpAuthAccessor auth)
{
    fields.append(
        choice("auth.type", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Authentication"),
               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                 "How Ferry proves who it is: a bearer token, a user name and password, an API key, or "
                                 "OAuth2. Only the fields of the chosen kind are used."),
               {{QStringLiteral("none"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "None")},
                {QStringLiteral("bearer"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Bearer token")},
                {QStringLiteral("basic"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "User name and password")},
                {QStringLiteral("api_key"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key")},
                {QStringLiteral("oauth2"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2")}},
               at(auth, &HttpAuthSpec::kind)));
    fields.append(
        secret("auth.token", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Bearer token"),
               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Bearer: a reference to the token (env:NAME, file:PATH or "
                                                             "keychain:NAME), sent as Authorization: Bearer."),
               at(auth, &HttpAuthSpec::token)));
    fields.append(text("auth.username", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "User name"), FieldType::Text,
                       QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Basic authentication: the "
                                                                     "user name."),
                       at(auth, &HttpAuthSpec::username)));
    fields.append(
        secret("auth.password", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Password"),
               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Basic authentication: a reference to the password."),
               at(auth, &HttpAuthSpec::password)));
    fields.append(
        text("auth.name", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key name"), FieldType::Text,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key: the header or query parameter it goes in "
                                                           "(e.g. X-API-Key)."),
             at(auth, &HttpAuthSpec::keyName)));
    fields.append(
        choice("auth.in", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key sent in"),
               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key: a request header or a query parameter."),
               {{QStringLiteral("header"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Header")},
                {QStringLiteral("query"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Query parameter")}},
               at(auth, &HttpAuthSpec::keyIn)));
    fields.append(secret("auth.key", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key"),
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key: a reference to the key."),
                         at(auth, &HttpAuthSpec::key)));
    fields.append(choice(
        "auth.grant", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2 grant"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "OAuth2: client credentials (a service account) or a refresh token (a user's "
                          "authorization; a new refresh token the server issues is saved back)."),
        {{QStringLiteral("client_credentials"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Client credentials")},
         {QStringLiteral("refresh_token"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Refresh token")}},
        at(auth, &HttpAuthSpec::grant)));
    fields.append(text("auth.token_url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Token endpoint"),
                       FieldType::Url,
                       QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2: the provider's token URL (https://)."),
                       at(auth, &HttpAuthSpec::tokenUrl)));
    fields.append(text("auth.authorize_url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Authorization endpoint"),
                       FieldType::Url,
                       QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                         "OAuth2 sign-in with a browser: the provider's authorization URL (https://). "
                                         "The provider must allow the redirect address http://127.0.0.1 with any "
                                         "port."),
                       at(auth, &HttpAuthSpec::authorizeUrl)));
    fields.append(text("auth.client_id", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Client ID"), FieldType::Text,
                       nullptr, at(auth, &HttpAuthSpec::clientId)));
    fields.append(secret("auth.client_secret", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Client secret"),
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2: a reference to the client "
                                                                       "secret."),
                         at(auth, &HttpAuthSpec::clientSecret)));
    fields.append(secret("auth.refresh_token", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Refresh token"),
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "OAuth2 refresh-token grant: a keychain:NAME or file:PATH reference, "
                                           "so that a new token the server issues can be saved there."),
                         at(auth, &HttpAuthSpec::refreshToken)));
    fields.append(
        text("auth.scope", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Scope"), FieldType::Text,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2: the scopes to ask for, separated by spaces "
                                                           "(optional)."),
             at(auth, &HttpAuthSpec::scope)));
    fields.append(choice(
        "auth.client_auth", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Client authentication"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "OAuth2: send the client id and secret as HTTP Basic (the standard) or in the form body."),
        {{QStringLiteral("basic"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "HTTP Basic")},
         {QStringLiteral("body"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Form body")}},
        at(auth, &HttpAuthSpec::clientAuth)));

    // Each credential field applies to its kind of authentication only (forms hide the others).
    const QStringList oauth2{QStringLiteral("oauth2")};
    const QHash<QString, QStringList> kinds{
        {QStringLiteral("auth.token"), {QStringLiteral("bearer")}},
        {QStringLiteral("auth.username"), {QStringLiteral("basic")}},
        {QStringLiteral("auth.password"), {QStringLiteral("basic")}},
        {QStringLiteral("auth.name"), {QStringLiteral("api_key")}},
        {QStringLiteral("auth.in"), {QStringLiteral("api_key")}},
        {QStringLiteral("auth.key"), {QStringLiteral("api_key")}},
        {QStringLiteral("auth.grant"), oauth2},
        {QStringLiteral("auth.token_url"), oauth2},
        {QStringLiteral("auth.authorize_url"), oauth2},
        {QStringLiteral("auth.client_id"), oauth2},
        {QStringLiteral("auth.client_secret"), oauth2},
        {QStringLiteral("auth.refresh_token"), oauth2},
        {QStringLiteral("auth.scope"), oauth2},
        {QStringLiteral("auth.client_auth"), oauth2},
    };
    for (ConnectorField &f : fields)
        if (const auto it = kinds.constFind(f.key); it != kinds.cend()) {
            f.onlyWhen = QStringLiteral("auth.type");
            f.onlyWhenValues = *it;
        }
}

void appendHttpTransportFields(QList<ConnectorField> &fields, HttpTransportAccessor transport)
{
    ConnectorField ca = text(
        "transport.ca_file", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Extra CA certificates"),
        FieldType::FilePath,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "A PEM file with the certificate of a private certificate authority, trusted in addition "
                          "to the system's. Certificates are always checked."),
        at(transport, &HttpTransportSpec::caFile));
    ca.fileFilter = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Certificates (*.pem *.crt *.cer);;All files (*)");
    fields.append(ca);
    fields.append(
        text("transport.proxy", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Proxy"), FieldType::Text,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                               "Empty or auto: HTTPS_PROXY and the like, else the system's proxy; none; or an address "
                               "such as http://proxy.example:3128."),
             at(transport, &HttpTransportSpec::proxy)));
    fields.append(integer<int>(
        "transport.timeout_ms", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Request timeout (ms)"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The longest one request may take, its answer included."), 1000,
        86400000, {}, at(transport, &HttpTransportSpec::timeoutMs)));
    ConnectorField rate =
        field("transport.rate_limit", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Requests per second"),
              FieldType::Integer,
              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                "At most this many requests a second, retries included (empty: no limit)."));
    rate.minimum = 1;
    rate.maximum = 1000;
    rate.read = [transport](const JobSpec &job) {
        const double v = transport(const_cast<JobSpec &>(job)).rateLimit;
        return v > 0 ? QVariant(static_cast<qlonglong>(std::max(1.0, v))) : QVariant();
    };
    rate.write = [transport](JobSpec &job, const QVariant &v) {
        transport(job).rateLimit = isEmptyFieldValue(v) ? 0 : v.toDouble();
    };
    fields.append(rate);
}

} // namespace Ferry
