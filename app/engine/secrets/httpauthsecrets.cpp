#include "httpauthsecrets.h"

namespace Ferry {

QList<SecretField> httpAuthSecretFields(const HttpAuthSpec &a, const QString &prefix)
{
    QList<SecretField> out;
    const auto add = [&](const char *key, const SecretRef &ref, const QString &what) {
        if (!ref.isEmpty())
            out.append({prefix + u'.' + QLatin1String(key), ref, what});
    };
    switch (a.kind) {
    case HttpAuthKind::None:
        break;
    case HttpAuthKind::Bearer:
        add("token", a.token, SecretStore::tr("the API token"));
        break;
    case HttpAuthKind::Basic:
        add("password", a.password, SecretStore::tr("the API password"));
        break;
    case HttpAuthKind::ApiKey:
        add("key", a.key, SecretStore::tr("the API key"));
        break;
    case HttpAuthKind::OAuth2:
        add("client_secret", a.clientSecret, SecretStore::tr("the OAuth2 client secret"));
        if (a.grant == OAuth2Grant::RefreshToken)
            add("refresh_token", a.refreshToken, SecretStore::tr("the OAuth2 refresh token"));
        break;
    }
    return out;
}

SecretRef *httpAuthSecretAt(HttpAuthSpec &a, const QString &prefix, const QString &path)
{
    if (!path.startsWith(prefix + u'.'))
        return nullptr;
    const QString key = path.mid(prefix.size() + 1);
    if (key == u"token")
        return &a.token;
    if (key == u"password")
        return &a.password;
    if (key == u"key")
        return &a.key;
    if (key == u"client_secret")
        return &a.clientSecret;
    if (key == u"refresh_token")
        return &a.refreshToken;
    return nullptr;
}

} // namespace Ferry
