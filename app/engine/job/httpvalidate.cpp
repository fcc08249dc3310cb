#include "httpvalidate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ferry {

namespace {

constexpr int MinTimeoutMs = 1000;
constexpr int MaxTimeoutMs = 86400000;
constexpr double MaxRateLimit = 1000;
constexpr int MaxPages = 10000000;

class HttpChecks
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobValidator)

public:
    explicit HttpChecks(QString prefix) : m_prefix(std::move(prefix)) {}

    void error(const char *key, const QString &message)
    {
        m_issues.append(ValidationIssue{path(key), message, ValidationIssue::Error});
    }
    void warning(const char *key, const QString &message)
    {
        m_issues.append(ValidationIssue{path(key), message, ValidationIssue::Warning});
    }
    QString path(const char *key) const { return key ? m_prefix + u'.' + QLatin1String(key) : m_prefix; }

    // A required secret: present, and a reference of a known kind.
    void secret(const char *key, const SecretRef &ref, const QString &missing)
    {
        if (ref.isEmpty()) {
            error(key, missing);
            return;
        }
        const QString &r = ref.reference;
        if (r.isEmpty())
            return; // inline: the reader warned, saving refuses it
        const qsizetype colon = r.indexOf(u':');
        const QString scheme = r.left(colon);
        if (colon <= 0 || (scheme != u"env" && scheme != u"file" && scheme != u"keychain"))
            error(key, tr("unknown secret reference '%1': use env:NAME, file:PATH or keychain:NAME").arg(r));
        else if (r.mid(colon + 1).trimmed().isEmpty())
            error(key, tr("the secret reference '%1' names nothing: write %2:NAME").arg(r, scheme));
    }

    // An http(s) address; plain http only to this machine when credentials travel with it.
    void address(const char *key, const QString &text, bool credentials)
    {
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            error(key, tr("'%1' is not an http:// or https:// address").arg(text));
        else if (credentials && scheme == u"http" && !isLoopbackHost(url.host()))
            error(key, tr("'%1' is plain http://: Ferry sends credentials only over https:// (or to this machine, "
                          "for tests); use an https:// address")
                           .arg(text));
    }

    QList<ValidationIssue> m_issues;

private:
    QString m_prefix;
};

} // namespace

bool isJsonPointer(const QString &pointer)
{
    return !pointer.contains(u'\n') && pointer.trimmed() == pointer;
}

QList<ValidationIssue> validateHttpAuth(const HttpAuthSpec &a, const QString &prefix, const QUrl &url)
{
    HttpChecks c(prefix);
    switch (a.kind) {
    case HttpAuthKind::None:
        break;
    case HttpAuthKind::Bearer:
        c.secret("token", a.token, HttpChecks::tr("the bearer token is missing: refer to it with {secret: env:NAME}"));
        break;
    case HttpAuthKind::Basic:
        if (a.username.trimmed().isEmpty())
            c.error("username", HttpChecks::tr("the user name for basic authentication is missing"));
        c.secret("password", a.password,
                 HttpChecks::tr("the password for basic authentication is missing: refer to it with {secret: "
                                "env:NAME}"));
        break;
    case HttpAuthKind::ApiKey:
        if (a.keyName.isEmpty())
            c.error("name", HttpChecks::tr("the API key's header or query parameter name is missing (e.g. X-API-Key)"));
        else if (!QRegularExpression(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")).match(a.keyName).hasMatch())
            c.error("name", HttpChecks::tr("'%1' is not a valid header or parameter name").arg(a.keyName));
        c.secret("key", a.key, HttpChecks::tr("the API key is missing: refer to it with {secret: env:NAME}"));
        break;
    case HttpAuthKind::OAuth2:
        if (a.tokenUrl.isEmpty())
            c.error("token_url", HttpChecks::tr("the OAuth2 token endpoint is missing: give its https:// address"));
        else
            c.address("token_url", a.tokenUrl, true);
        if (!a.authorizeUrl.isEmpty())
            c.address("authorize_url", a.authorizeUrl, true);
        if (a.grant == OAuth2Grant::ClientCredentials) {
            if (a.clientId.isEmpty())
                c.error("client_id", HttpChecks::tr("the OAuth2 client id is missing"));
            c.secret("client_secret", a.clientSecret,
                     HttpChecks::tr("the OAuth2 client secret is missing: refer to it with {secret: env:NAME}"));
            if (!a.authorizeUrl.isEmpty())
                c.warning("authorize_url", HttpChecks::tr("authorize_url is for signing in with a browser, which "
                                                          "gives a refresh token: the client_credentials grant does "
                                                          "not use it (set grant: refresh_token to use the sign-in)"));
        } else {
            c.secret("refresh_token", a.refreshToken,
                     HttpChecks::tr("the OAuth2 refresh token is missing: refer to it with {secret: keychain:NAME} or "
                                    "{secret: file:PATH} (so that a new one the server issues can be saved)"));
            if (!a.clientSecret.isEmpty() && a.clientId.isEmpty())
                c.error("client_id", HttpChecks::tr("a client secret is given without the client id it belongs to"));
            if (!a.clientSecret.isEmpty())
                c.secret("client_secret", a.clientSecret, QString());
        }
        break;
    }
    if (a.kind != HttpAuthKind::None && url.isValid() && url.scheme().toLower() == u"http" &&
        !isLoopbackHost(url.host()))
        c.error(nullptr, HttpChecks::tr("credentials would travel over plain http:// to %1: use an https:// address")
                             .arg(url.host()));
    return c.m_issues;
}

QList<ValidationIssue> validateHttpTransport(const HttpTransportSpec &t, const QString &prefix)
{
    HttpChecks c(prefix);
    if (!t.proxy.isEmpty() && t.proxy != u"auto" && t.proxy != u"none") {
        // "host:port" without a scheme is an HTTP proxy, as curl reads it.
        const QUrl proxy(t.proxy.contains(QLatin1String("://")) ? t.proxy : QStringLiteral("http://") + t.proxy,
                         QUrl::StrictMode);
        const QString scheme = proxy.scheme().toLower();
        if (!proxy.isValid() || proxy.host().isEmpty() ||
            (scheme != u"http" && scheme != u"socks5" && scheme != u"socks5h"))
            c.error("proxy", HttpChecks::tr("the proxy must be auto, none or an address such as "
                                            "http://proxy.example:3128 or socks5://host:1080"));
    }
    if (t.timeoutMs != 0 && (t.timeoutMs < MinTimeoutMs || t.timeoutMs > MaxTimeoutMs))
        c.error("timeout_ms", HttpChecks::tr("the request timeout must be from %1 to %2 ms (or left out for "
                                             "retry.request_timeout_ms)")
                                  .arg(MinTimeoutMs)
                                  .arg(MaxTimeoutMs));
    if (!(t.rateLimit >= 0 && t.rateLimit <= MaxRateLimit))
        c.error("rate_limit",
                HttpChecks::tr("the rate limit must be from 0 (none) to %1 requests per second").arg(MaxRateLimit));
    return c.m_issues;
}

QList<ValidationIssue> validateHttpSource(const HttpSourceSpec &s, const QString &prefix)
{
    HttpChecks c(prefix);
    if (s.url.isEmpty())
        c.error("url", HttpChecks::tr("the API address is missing: give the URL of the first page"));
    else
        c.address("url", s.url, false); // plain http with credentials: validateHttpAuth says so
    if (s.method != u"GET")
        c.error("method", HttpChecks::tr("the HTTP source reads with GET only, not '%1'").arg(s.method));
    for (const auto &[name, value] : s.headers) {
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            c.error("headers", HttpChecks::tr("the Authorization header would keep a credential in the job file: "
                                              "use auth: (bearer, basic, api_key or oauth2) instead"));
        else if (!QRegularExpression(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")).match(name).hasMatch())
            c.error("headers", HttpChecks::tr("'%1' is not a valid HTTP header name").arg(name));
    }
    for (const auto &[name, value] : s.query)
        if (name.isEmpty())
            c.error("query", HttpChecks::tr("a query parameter has no name"));
    if (!isJsonPointer(s.records))
        c.error("records", HttpChecks::tr("'%1' is not a JSON pointer: write it as /data/items (or leave it empty "
                                          "when the answer is the array itself)")
                               .arg(s.records));
    const HttpPaginationSpec &p = s.pagination;
    HttpChecks pc(prefix + QStringLiteral(".pagination"));
    switch (p.style) {
    case PaginationStyle::None:
        break;
    case PaginationStyle::NextLink:
        if (!isJsonPointer(p.nextPointer))
            pc.error("next", HttpChecks::tr("'%1' is not a JSON pointer: write it as /links/next (or leave it empty "
                                            "for the Link header)")
                                 .arg(p.nextPointer));
        break;
    case PaginationStyle::Page:
        break;
    case PaginationStyle::Offset:
        break;
    case PaginationStyle::Cursor:
        if (p.cursorPointer.isEmpty())
            pc.error("cursor", HttpChecks::tr("the cursor's place in the answer is missing: give a JSON pointer "
                                              "such as /meta/next_cursor"));
        else if (!isJsonPointer(p.cursorPointer))
            pc.error("cursor",
                     HttpChecks::tr("'%1' is not a JSON pointer: write it as /meta/next_cursor").arg(p.cursorPointer));
        break;
    }
    if (p.startPage != HttpPaginationSpec::DefaultStartPage && (p.startPage < 0 || p.startPage > 1000000))
        pc.error("start_page", HttpChecks::tr("the first page's number must be from 0 to 1000000"));
    if (p.pageSize < 0 || p.pageSize > MaxPages)
        pc.error("page_size", HttpChecks::tr("the page size must be from 1 to %1 (or left out)").arg(MaxPages));
    if (p.maxPages < 0 || p.maxPages > MaxPages)
        pc.error("max_pages", HttpChecks::tr("the page limit must be from 1 to %1 (or left out)").arg(MaxPages));
    c.m_issues += pc.m_issues;
    c.m_issues += validateHttpAuth(s.auth, prefix + QStringLiteral(".auth"), QUrl(s.url));
    c.m_issues += validateHttpTransport(s.transport, prefix + QStringLiteral(".transport"));
    return c.m_issues;
}

} // namespace Ferry
