#include "httpyaml.h"

#include <QCoreApplication>

namespace Ferry {

namespace {

class HttpYamlText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FerryFormat)
};

} // namespace

// A map of names to scalar values, in the file's order.
Result<KeyValueList> readKeyValues(YamlFields &f, const YAML::Node &map, const char *key)
{
    KeyValueList out;
    const YAML::Node n = child(map, key);
    if (!n || n.IsNull())
        return out;
    if (!n.IsMap())
        return f.error(n, HttpYamlText::tr("'%1' must be a map of names to values, e.g. {Accept: application/json}")
                              .arg(QLatin1String(key)));
    for (auto it = n.begin(); it != n.end(); ++it) {
        if (!it->second.IsScalar() && !it->second.IsNull())
            return f.error(it->second, HttpYamlText::tr("the value of '%1' in '%2' must be text")
                                           .arg(yamlText(it->first), QLatin1String(key)));
        out.append({yamlText(it->first), it->second.IsNull() ? QString() : yamlText(it->second)});
    }
    return out;
}

void writeKeyValues(YAML::Emitter &e, const char *key, const KeyValueList &values)
{
    if (values.isEmpty())
        return;
    e << YAML::Key << key << YAML::Value << YAML::BeginMap;
    for (const auto &[name, value] : values)
        e << YAML::Key << name.toStdString() << YAML::Value << value.toStdString();
    e << YAML::EndMap;
}

Result<void> readHttpAuth(YamlFields &f, const YAML::Node &node, const QString &prefix, HttpAuthSpec &spec)
{
    f.locateAll(
        prefix, node,
        {"type", "username", "name", "in", "grant", "token_url", "authorize_url", "client_id", "scope", "client_auth"});
    if (!node || node.IsNull())
        return {};
    if (!node.IsMap())
        return f.error(node,
                       HttpYamlText::tr("'auth' must be a map with a type: none, bearer, basic, api_key or oauth2"));
    FERRY_TRY(type, f.string(node, "type"));
    const QString t = type.value_or(QStringLiteral("none"));
    static const QList<HttpAuthKind> kinds{HttpAuthKind::None, HttpAuthKind::Bearer, HttpAuthKind::Basic,
                                           HttpAuthKind::ApiKey, HttpAuthKind::OAuth2};
    const auto kind =
        std::find_if(kinds.begin(), kinds.end(), [&](HttpAuthKind k) { return httpAuthKindName(k) == t; });
    if (kind == kinds.end())
        return f.error(node["type"],
                       HttpYamlText::tr("unknown auth type '%1': use none, bearer, basic, api_key or oauth2").arg(t));
    spec = HttpAuthSpec{};
    spec.kind = *kind;
    QSet<QString> known = yamlKeySet({"type"});
    switch (spec.kind) {
    case HttpAuthKind::None:
        break;
    case HttpAuthKind::Bearer: {
        FERRY_TRY(token, f.secret(node, "token", prefix + QStringLiteral(".token")));
        spec.token = token;
        known += yamlKeySet({"token"});
        break;
    }
    case HttpAuthKind::Basic: {
        FERRY_TRY(user, f.string(node, "username"));
        spec.username = user.value_or(QString());
        FERRY_TRY(password, f.secret(node, "password", prefix + QStringLiteral(".password")));
        spec.password = password;
        known += yamlKeySet({"username", "password"});
        break;
    }
    case HttpAuthKind::ApiKey: {
        FERRY_TRY(name, f.string(node, "name"));
        spec.keyName = name.value_or(QString()).trimmed();
        FERRY_TRY(in, f.string(node, "in"));
        const QString where = in.value_or(QStringLiteral("header"));
        if (where == u"header")
            spec.keyIn = ApiKeyPlacement::Header;
        else if (where == u"query")
            spec.keyIn = ApiKeyPlacement::Query;
        else
            return f.error(node["in"],
                           HttpYamlText::tr("unknown place '%1' for the API key: use header or query").arg(where));
        FERRY_TRY(key, f.secret(node, "key", prefix + QStringLiteral(".key")));
        spec.key = key;
        known += yamlKeySet({"name", "in", "key"});
        break;
    }
    case HttpAuthKind::OAuth2: {
        FERRY_TRY(grant, f.string(node, "grant"));
        const QString g = grant.value_or(QStringLiteral("client_credentials"));
        if (g == u"client_credentials")
            spec.grant = OAuth2Grant::ClientCredentials;
        else if (g == u"refresh_token")
            spec.grant = OAuth2Grant::RefreshToken;
        else
            return f.error(
                node["grant"],
                HttpYamlText::tr("unknown OAuth2 grant '%1': use client_credentials or refresh_token").arg(g));
        FERRY_TRY(tokenUrl, f.string(node, "token_url"));
        spec.tokenUrl = tokenUrl.value_or(QString()).trimmed();
        FERRY_TRY(authorizeUrl, f.string(node, "authorize_url"));
        spec.authorizeUrl = authorizeUrl.value_or(QString()).trimmed();
        FERRY_TRY(clientId, f.string(node, "client_id"));
        spec.clientId = clientId.value_or(QString()).trimmed();
        FERRY_TRY(secret, f.secret(node, "client_secret", prefix + QStringLiteral(".client_secret")));
        spec.clientSecret = secret;
        FERRY_TRY(refresh, f.secret(node, "refresh_token", prefix + QStringLiteral(".refresh_token")));
        spec.refreshToken = refresh;
        FERRY_TRY(scope, f.string(node, "scope"));
        spec.scope = scope.value_or(QString()).trimmed();
        FERRY_TRY(clientAuth, f.string(node, "client_auth"));
        const QString ca = clientAuth.value_or(QStringLiteral("basic"));
        if (ca == u"basic")
            spec.clientAuth = OAuth2ClientAuth::Basic;
        else if (ca == u"body")
            spec.clientAuth = OAuth2ClientAuth::Body;
        else
            return f.error(node["client_auth"],
                           HttpYamlText::tr("unknown client_auth '%1': use basic or body").arg(ca));
        known += yamlKeySet({"grant", "token_url", "authorize_url", "client_id", "client_secret", "refresh_token",
                             "scope", "client_auth"});
        break;
    }
    }
    f.warnUnknownKeys(node, known, QString());
    return {};
}

Result<void> readHttpTransport(YamlFields &f, const YAML::Node &node, const QString &prefix, HttpTransportSpec &spec)
{
    f.locateAll(prefix, node, {"ca_file", "proxy", "timeout_ms", "rate_limit"});
    if (!node || node.IsNull())
        return {};
    if (!node.IsMap())
        return f.error(node, HttpYamlText::tr("'transport' must be a map (ca_file, proxy, timeout_ms, rate_limit)"));
    spec = HttpTransportSpec{};
    FERRY_TRY(ca, f.string(node, "ca_file"));
    spec.caFile = ca.value_or(QString()).trimmed();
    FERRY_TRY(proxy, f.string(node, "proxy"));
    spec.proxy = proxy.value_or(QString()).trimmed();
    FERRY_TRY(timeout, f.integer(node, "timeout_ms"));
    spec.timeoutMs = saturatedInt(timeout.value_or(0));
    FERRY_TRY(rate, f.number(node, "rate_limit"));
    spec.rateLimit = rate.value_or(0);
    f.warnUnknownKeys(node, yamlKeySet({"ca_file", "proxy", "timeout_ms", "rate_limit"}), QString());
    return {};
}

void writeHttpAuth(YAML::Emitter &e, const HttpAuthSpec &s)
{
    if (s.kind == HttpAuthKind::None)
        return;
    e << YAML::Key << HttpAuthKey << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "type" << YAML::Value << httpAuthKindName(s.kind).toStdString();
    switch (s.kind) {
    case HttpAuthKind::None:
        break;
    case HttpAuthKind::Bearer:
        writeYamlSecret(e, "token", s.token);
        break;
    case HttpAuthKind::Basic:
        writeYamlString(e, "username", s.username);
        writeYamlSecret(e, "password", s.password);
        break;
    case HttpAuthKind::ApiKey:
        writeYamlString(e, "name", s.keyName);
        e << YAML::Key << "in" << YAML::Value << (s.keyIn == ApiKeyPlacement::Query ? "query" : "header");
        writeYamlSecret(e, "key", s.key);
        break;
    case HttpAuthKind::OAuth2:
        e << YAML::Key << "grant" << YAML::Value << oauth2GrantName(s.grant).toStdString();
        writeYamlString(e, "token_url", s.tokenUrl);
        writeYamlString(e, "authorize_url", s.authorizeUrl);
        writeYamlString(e, "client_id", s.clientId);
        writeYamlSecret(e, "client_secret", s.clientSecret);
        writeYamlSecret(e, "refresh_token", s.refreshToken);
        writeYamlString(e, "scope", s.scope);
        if (s.clientAuth == OAuth2ClientAuth::Body)
            e << YAML::Key << "client_auth" << YAML::Value << "body";
        break;
    }
    e << YAML::EndMap;
}

void writeHttpTransport(YAML::Emitter &e, const HttpTransportSpec &s)
{
    if (s == HttpTransportSpec{})
        return;
    e << YAML::Key << HttpTransportKey << YAML::Value << YAML::BeginMap;
    writeYamlString(e, "ca_file", s.caFile);
    writeYamlString(e, "proxy", s.proxy);
    if (s.timeoutMs)
        e << YAML::Key << "timeout_ms" << YAML::Value << s.timeoutMs;
    if (s.rateLimit != 0)
        e << YAML::Key << "rate_limit" << YAML::Value << s.rateLimit;
    e << YAML::EndMap;
}

std::optional<Error> inlineHttpAuthSecret(const HttpAuthSpec &s, const QString &prefix, const QString &jobName)
{
    const std::pair<const SecretRef *, const char *> secrets[] = {{&s.token, "token"},
                                                                  {&s.password, "password"},
                                                                  {&s.key, "key"},
                                                                  {&s.clientSecret, "client_secret"},
                                                                  {&s.refreshToken, "refresh_token"}};
    for (const auto &[ref, key] : secrets)
        if (ref->isInline()) {
            const QString field = prefix + u'.' + QLatin1String(key);
            return Error{ErrorCode::InvalidConfig,
                         HttpYamlText::tr("the job holds a plaintext %1; job files keep references only: store it "
                                          "as an environment variable, a file or a keychain entry and refer to it "
                                          "with {secret: env:NAME}")
                             .arg(field),
                         jobName, field};
        }
    return std::nullopt;
}

Result<void> readHttpSource(YamlFields &f, const YAML::Node &src, JobSpec &job)
{
    job.sourceKind = SourceKind::Http;
    HttpSourceSpec &s = job.http;
    f.locateAll(QStringLiteral("source"), src,
                {"type", "url", "method", "headers", "query", "records", "pagination", "auth", "transport"});
    FERRY_TRY(url, f.string(src, "url"));
    s.url = url.value_or(QString()).trimmed();
    FERRY_TRY(method, f.string(src, "method"));
    s.method = method.value_or(QStringLiteral("GET")).trimmed().toUpper();
    FERRY_TRY(headers, readKeyValues(f, src, "headers"));
    s.headers = headers;
    FERRY_TRY(query, readKeyValues(f, src, "query"));
    s.query = query;
    FERRY_TRY(records, f.string(src, "records"));
    s.records = records.value_or(QString()).trimmed();

    const YAML::Node pages = child(src, "pagination");
    const QString pp = QStringLiteral("source.pagination");
    f.locateAll(pp, pages,
                {"style", "next", "page_param", "size_param", "page_size", "start_page", "offset_param", "cursor",
                 "cursor_param", "max_pages"});
    if (pages && !pages.IsNull()) {
        if (!pages.IsMap())
            return f.error(pages, HttpYamlText::tr("'pagination' must be a map with a style: next_link, page, offset "
                                                   "or cursor"));
        HttpPaginationSpec &p = s.pagination;
        FERRY_TRY(style, f.string(pages, "style"));
        const QString st = style.value_or(QStringLiteral("none"));
        static const QList<PaginationStyle> styles{PaginationStyle::None, PaginationStyle::NextLink,
                                                   PaginationStyle::Page, PaginationStyle::Offset,
                                                   PaginationStyle::Cursor};
        const auto it =
            std::find_if(styles.begin(), styles.end(), [&](PaginationStyle x) { return paginationStyleName(x) == st; });
        if (it == styles.end())
            return f.error(pages["style"], HttpYamlText::tr("unknown pagination style '%1': use next_link, page, "
                                                            "offset, cursor or none")
                                               .arg(st));
        p.style = *it;
        FERRY_TRY(next, f.string(pages, "next"));
        p.nextPointer = next.value_or(QString()).trimmed();
        FERRY_TRY(pageParam, f.string(pages, "page_param"));
        p.pageParam = pageParam.value_or(QString()).trimmed();
        FERRY_TRY(sizeParam, f.string(pages, "size_param"));
        p.sizeParam = sizeParam.value_or(QString()).trimmed();
        FERRY_TRY(pageSize, f.integer(pages, "page_size"));
        p.pageSize = saturatedInt(pageSize.value_or(0));
        FERRY_TRY(startPage, f.integer(pages, "start_page"));
        p.startPage = startPage ? saturatedInt(*startPage) : HttpPaginationSpec::DefaultStartPage;
        FERRY_TRY(offsetParam, f.string(pages, "offset_param"));
        p.offsetParam = offsetParam.value_or(QString()).trimmed();
        FERRY_TRY(cursor, f.string(pages, "cursor"));
        p.cursorPointer = cursor.value_or(QString()).trimmed();
        FERRY_TRY(cursorParam, f.string(pages, "cursor_param"));
        p.cursorParam = cursorParam.value_or(QString()).trimmed();
        FERRY_TRY(maxPages, f.integer(pages, "max_pages"));
        p.maxPages = saturatedInt(maxPages.value_or(0));
        f.warnUnknownKeys(pages,
                          yamlKeySet({"style", "next", "page_param", "size_param", "page_size", "start_page",
                                      "offset_param", "cursor", "cursor_param", "max_pages"}),
                          QString());
    }
    if (auto r = readHttpAuth(f, child(src, HttpAuthKey), QStringLiteral("source.auth"), s.auth); !r)
        return r.error();
    if (auto r = readHttpTransport(f, child(src, HttpTransportKey), QStringLiteral("source.transport"), s.transport);
        !r)
        return r.error();
    f.warnUnknownKeys(
        src, yamlKeySet({"type", "url", "method", "headers", "query", "records", "pagination", "auth", "transport"}),
        QString());
    return {};
}

void writeHttpSource(YAML::Emitter &e, const HttpSourceSpec &s)
{
    e << YAML::Key << "type" << YAML::Value << "http";
    writeYamlString(e, "url", s.url);
    if (!s.method.isEmpty() && s.method != u"GET")
        writeYamlString(e, "method", s.method);
    writeKeyValues(e, "headers", s.headers);
    writeKeyValues(e, "query", s.query);
    writeYamlString(e, "records", s.records);
    const HttpPaginationSpec &p = s.pagination;
    if (!(p == HttpPaginationSpec{})) {
        e << YAML::Key << "pagination" << YAML::Value << YAML::BeginMap;
        e << YAML::Key << "style" << YAML::Value << paginationStyleName(p.style).toStdString();
        writeYamlString(e, "next", p.nextPointer);
        writeYamlString(e, "page_param", p.pageParam);
        writeYamlString(e, "size_param", p.sizeParam);
        if (p.pageSize)
            e << YAML::Key << "page_size" << YAML::Value << p.pageSize;
        if (p.startPage != HttpPaginationSpec::DefaultStartPage)
            e << YAML::Key << "start_page" << YAML::Value << p.startPage;
        writeYamlString(e, "offset_param", p.offsetParam);
        writeYamlString(e, "cursor", p.cursorPointer);
        writeYamlString(e, "cursor_param", p.cursorParam);
        if (p.maxPages)
            e << YAML::Key << "max_pages" << YAML::Value << p.maxPages;
        e << YAML::EndMap;
    }
    writeHttpAuth(e, s.auth);
    writeHttpTransport(e, s.transport);
}

} // namespace Ferry
