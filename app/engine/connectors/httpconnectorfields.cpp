#include "httpconnectorfields.h"

#include <QHash>

namespace Ferry {

namespace {

bool isEmptyValue(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

template <typename Spec> using Member = std::function<Spec &(JobSpec &)>;

ConnectorField field(const char *key, const char *label, FieldType type, const char *help)
{
    ConnectorField f;
    f.key = QLatin1String(key);
    f.label = label;
    f.type = type;
    f.help = help;
    return f;
}

template <typename Spec>
ConnectorField textField(const char *key, const char *label, FieldType type, const char *help, Member<Spec> spec,
                         QString Spec::*member)
{
    ConnectorField f = field(key, label, type, help);
    f.read = [spec, member](const JobSpec &job) {
        const QString &v = spec(const_cast<JobSpec &>(job)).*member;
        return v.isEmpty() ? QVariant() : QVariant(v);
    };
    f.write = [spec, member](JobSpec &job, const QVariant &v) {
        spec(job).*member = isEmptyValue(v) ? QString() : v.toString().trimmed();
    };
    return f;
}

ConnectorField secretField(const char *key, const char *label, const char *help, Member<HttpAuthSpec> spec,
                           SecretRef HttpAuthSpec::*member)
{
    ConnectorField f = field(key, label, FieldType::Secret, help);
    f.secret = true;
    f.read = [spec, member](const JobSpec &job) {
        const QString &v = (spec(const_cast<JobSpec &>(job)).*member).reference;
        return v.isEmpty() ? QVariant() : QVariant(v);
    };
    f.write = [spec, member](JobSpec &job, const QVariant &v) {
        spec(job).*member = SecretRef{isEmptyValue(v) ? QString() : v.toString().trimmed(), QString()};
    };
    return f;
}

// A choice stored as an enum: names[i] is the job file's word for value i.
template <typename Enum>
ConnectorField choiceField(const char *key, const char *label, const char *help, QList<FieldChoice> choices,
                           Member<HttpAuthSpec> spec, Enum HttpAuthSpec::*member)
{
    ConnectorField f = field(key, label, FieldType::Choice, help);
    f.choices = choices;
    f.defaultValue = choices.first().value;
    f.read = [spec, member, choices](const JobSpec &job) {
        const int i = static_cast<int>(spec(const_cast<JobSpec &>(job)).*member);
        return QVariant(choices.value(i).value);
    };
    f.write = [spec, member, choices](JobSpec &job, const QVariant &v) {
        int index = 0;
        for (int i = 0; i < choices.size(); ++i)
            if (choices[i].value == v.toString())
                index = i;
        spec(job).*member = static_cast<Enum>(index);
    };
    return f;
}

} // namespace

void appendHttpAuthFields(QList<ConnectorField> &fields, HttpAuthAccessor auth)
{
    fields.append(choiceField(
        "auth.type", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Authentication"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "How Ferry proves who it is: a bearer token, a user name and password, an API key, or "
                          "OAuth2. Only the fields of the chosen kind are used."),
        {{QStringLiteral("none"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "None")},
         {QStringLiteral("bearer"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Bearer token")},
         {QStringLiteral("basic"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "User name and password")},
         {QStringLiteral("api_key"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key")},
         {QStringLiteral("oauth2"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2")}},
        auth, &HttpAuthSpec::kind));
    fields.append(secretField("auth.token", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Bearer token"),
                              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                "Bearer: a reference to the token (env:NAME, file:PATH or "
                                                "keychain:NAME), sent as Authorization: Bearer."),
                              auth, &HttpAuthSpec::token));
    fields.append(textField<HttpAuthSpec>("auth.username", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "User name"),
                                          FieldType::Text,
                                          QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Basic authentication: the "
                                                                                        "user name."),
                                          auth, &HttpAuthSpec::username));
    fields.append(
        secretField("auth.password", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Password"),
                    QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Basic authentication: a reference to the password."),
                    auth, &HttpAuthSpec::password));
    fields.append(textField<HttpAuthSpec>(
        "auth.name", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key name"), FieldType::Text,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key: the header or query parameter it goes in "
                                                      "(e.g. X-API-Key)."),
        auth, &HttpAuthSpec::keyName));
    fields.append(
        choiceField("auth.in", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key sent in"),
                    QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key: a request header or a query parameter."),
                    {{QStringLiteral("header"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Header")},
                     {QStringLiteral("query"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Query parameter")}},
                    auth, &HttpAuthSpec::keyIn));
    fields.append(secretField("auth.key", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key"),
                              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API key: a reference to the key."), auth,
                              &HttpAuthSpec::key));
    fields.append(choiceField(
        "auth.grant", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2 grant"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "OAuth2: client credentials (a service account) or a refresh token (a user's "
                          "authorization; a new refresh token the server issues is saved back)."),
        {{QStringLiteral("client_credentials"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Client credentials")},
         {QStringLiteral("refresh_token"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Refresh token")}},
        auth, &HttpAuthSpec::grant));
    fields.append(textField<HttpAuthSpec>(
        "auth.token_url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Token endpoint"), FieldType::Url,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2: the provider's token URL (https://)."), auth,
        &HttpAuthSpec::tokenUrl));
    fields.append(textField<HttpAuthSpec>(
        "auth.authorize_url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Authorization endpoint"), FieldType::Url,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "OAuth2 sign-in with a browser: the provider's authorization URL (https://). The provider "
                          "must allow the redirect address http://127.0.0.1 with any port."),
        auth, &HttpAuthSpec::authorizeUrl));
    fields.append(textField<HttpAuthSpec>("auth.client_id", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Client ID"),
                                          FieldType::Text, nullptr, auth, &HttpAuthSpec::clientId));
    fields.append(secretField("auth.client_secret", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Client secret"),
                              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2: a reference to the client "
                                                                            "secret."),
                              auth, &HttpAuthSpec::clientSecret));
    fields.append(secretField("auth.refresh_token", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Refresh token"),
                              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                "OAuth2 refresh-token grant: a keychain:NAME or file:PATH reference, "
                                                "so that a new token the server issues can be saved there."),
                              auth, &HttpAuthSpec::refreshToken));
    fields.append(textField<HttpAuthSpec>(
        "auth.scope", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Scope"), FieldType::Text,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "OAuth2: the scopes to ask for, separated by spaces "
                                                      "(optional)."),
        auth, &HttpAuthSpec::scope));
    fields.append(choiceField(
        "auth.client_auth", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Client authentication"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "OAuth2: send the client id and secret as HTTP Basic (the standard) or in the form body."),
        {{QStringLiteral("basic"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "HTTP Basic")},
         {QStringLiteral("body"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Form body")}},
        auth, &HttpAuthSpec::clientAuth));

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
    fields.append(textField<HttpTransportSpec>(
        "transport.ca_file", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Extra CA certificates"),
        FieldType::FilePath,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "A PEM file with the certificate of a private certificate authority, trusted in addition "
                          "to the system's. Certificates are always checked."),
        transport, &HttpTransportSpec::caFile));
    fields.append(textField<HttpTransportSpec>(
        "transport.proxy", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Proxy"), FieldType::Text,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "Empty or auto: HTTPS_PROXY and the like, else the system's proxy; none; or an address "
                          "such as http://proxy.example:3128."),
        transport, &HttpTransportSpec::proxy));
    ConnectorField timeout =
        field("transport.timeout_ms", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Request timeout (ms)"),
              FieldType::Integer,
              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The longest one request may take, its answer included."));
    timeout.minimum = 1000;
    timeout.maximum = 86400000;
    timeout.read = [transport](const JobSpec &job) {
        const int v = transport(const_cast<JobSpec &>(job)).timeoutMs;
        return v ? QVariant(qlonglong(v)) : QVariant();
    };
    timeout.write = [transport](JobSpec &job, const QVariant &v) {
        transport(job).timeoutMs = isEmptyValue(v) ? 0 : v.toInt();
    };
    fields.append(timeout);
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
        transport(job).rateLimit = isEmptyValue(v) ? 0 : v.toDouble();
    };
    fields.append(rate);
}

} // namespace Ferry
