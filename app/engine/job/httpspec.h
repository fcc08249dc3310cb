// The parts of a job every HTTP connector shares: how it authenticates (auth:) and how it reaches the server
// (transport:), and the HTTP JSON API source (source: {type: http, …}). Plain values; the YAML for them is in
// job/httpyaml, their checks in job/httpvalidate.
#pragma once

#include "secretref.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <limits>

namespace Ferry {

// Name/value pairs in the order the job file gives them (HTTP headers, query parameters).
using KeyValueList = QList<QPair<QString, QString>>;

enum class HttpAuthKind { None, Bearer, Basic, ApiKey, OAuth2 };
enum class ApiKeyPlacement { Header, Query };
enum class OAuth2Grant { ClientCredentials, RefreshToken };
enum class OAuth2ClientAuth { Basic, Body }; // RFC 6749 §2.3.1: HTTP Basic (the default) or in the form body

// auth: {type: none | bearer | basic | api_key | oauth2, …}. Every credential is a secret reference.
struct HttpAuthSpec
{
    HttpAuthKind kind = HttpAuthKind::None;
    SecretRef token;                                       // bearer
    QString username;                                      // basic
    SecretRef password;                                    // basic
    QString keyName;                                       // api_key: the header or query parameter ("X-API-Key")
    ApiKeyPlacement keyIn = ApiKeyPlacement::Header;       // api_key
    SecretRef key;                                         // api_key
    OAuth2Grant grant = OAuth2Grant::ClientCredentials;    // oauth2
    QString tokenUrl;                                      // oauth2: the token endpoint
    QString authorizeUrl;                                  // oauth2: the browser sign-in's authorization endpoint
    QString clientId;                                      // oauth2
    SecretRef clientSecret;                                // oauth2 (optional for a public client's refresh)
    SecretRef refreshToken;                                // oauth2, refresh_token grant; rotated ones are saved back
    QString scope;                                         // oauth2, optional
    OAuth2ClientAuth clientAuth = OAuth2ClientAuth::Basic; // oauth2

    friend bool operator==(const HttpAuthSpec &, const HttpAuthSpec &) = default;
};

// transport: TLS is always verified; these add to it.
struct HttpTransportSpec
{
    QString caFile;       // extra CA certificates (PEM), added to the system's; relative to the job file
    QString proxy;        // empty or "auto": the environment (HTTPS_PROXY, …), else the system's; "none"; or a URL
    int timeoutMs = 0;    // one request, its answer included; 0: retry.request_timeout_ms
    double rateLimit = 0; // requests per second at most; 0: no limit

    friend bool operator==(const HttpTransportSpec &, const HttpTransportSpec &) = default;
};

enum class PaginationStyle { None, NextLink, Page, Offset, Cursor };

struct HttpPaginationSpec
{
    PaginationStyle style = PaginationStyle::None;
    QString nextPointer; // next_link: a JSON pointer to the next page's URL; empty: the Link header (rel="next")
    QString pageParam;   // page: the page number's query parameter (default "page")
    QString sizeParam;   // page: "per_page"; offset: "limit" — the page size's parameter (empty: not sent)
    int pageSize = 0;    // page, offset: records per page (0: the server's default; a short page then ends
                         // only by being empty)
    static constexpr int DefaultStartPage = std::numeric_limits<int>::min(); // unset: 1
    int startPage = DefaultStartPage;                                        // page: the first page's number (unset: 1)
    int firstPage() const { return startPage == DefaultStartPage ? 1 : startPage; }
    QString offsetParam;   // offset: the offset's query parameter (default "offset")
    QString cursorPointer; // cursor: a JSON pointer to the next cursor in the body
    QString cursorParam;   // cursor: the query parameter it is sent in (default "cursor")
    int maxPages = 0;      // stop with an error after this many pages (0: 100000), against a server that loops

    friend bool operator==(const HttpPaginationSpec &, const HttpPaginationSpec &) = default;
};

// source: {type: http, url, method, headers, query, records, pagination, auth, transport}
struct HttpSourceSpec
{
    QString url;
    QString method = QStringLiteral("GET");
    KeyValueList headers;
    KeyValueList query;
    QString records; // a JSON pointer to the records array ("/data/items"); empty: the body is the array
    HttpPaginationSpec pagination;
    HttpAuthSpec auth;
    HttpTransportSpec transport;

    friend bool operator==(const HttpSourceSpec &, const HttpSourceSpec &) = default;
};

// The names the job file uses.
QString httpAuthKindName(HttpAuthKind kind);        // "none", "bearer", "basic", "api_key", "oauth2"
QString paginationStyleName(PaginationStyle style); // "none", "next_link", "page", "offset", "cursor"
QString oauth2GrantName(OAuth2Grant grant);         // "client_credentials", "refresh_token"

// The origin (scheme, host, port) of a URL, for "credentials go only to the connector's own origin".
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace Ferry
