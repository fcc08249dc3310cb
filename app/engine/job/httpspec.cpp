#include "httpspec.h"

namespace Ferry {

QString httpAuthKindName(HttpAuthKind kind)
{
    switch (kind) {
    case HttpAuthKind::None:
        return QStringLiteral("none");
    case HttpAuthKind::Bearer:
        return QStringLiteral("bearer");
    case HttpAuthKind::Basic:
        return QStringLiteral("basic");
    case HttpAuthKind::ApiKey:
        return QStringLiteral("api_key");
    case HttpAuthKind::OAuth2:
        return QStringLiteral("oauth2");
    }
    return {};
}

QString paginationStyleName(PaginationStyle style)
{
    switch (style) {
    case PaginationStyle::None:
        return QStringLiteral("none");
    case PaginationStyle::NextLink:
        return QStringLiteral("next_link");
    case PaginationStyle::Page:
        return QStringLiteral("page");
    case PaginationStyle::Offset:
        return QStringLiteral("offset");
    case PaginationStyle::Cursor:
        return QStringLiteral("cursor");
    }
    return {};
}

QString oauth2GrantName(OAuth2Grant grant)
{
    return grant == OAuth2Grant::RefreshToken ? QStringLiteral("refresh_token") : QStringLiteral("client_credentials");
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) { return u.port(u.scheme().toLower() == u"https" ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

} // namespace Ferry
