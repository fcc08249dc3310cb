#include "webtargetformat.h"

#include "httpvalidate.h"
#include "httpyaml.h"

#include <QCoreApplication>
#include <QUrl>

namespace Ferry {

namespace {

class WebTargetText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FerryFormat)
};

Result<QString> text(YamlFields &f, const YAML::Node &map, const char *key)
{
    FERRY_TRY(v, f.string(map, key));
    return v.value_or(QString()).trimmed();
}

// target.auth and target.transport (job/httpyaml: the same blocks as the HTTP source's).
Result<void> readAuthAndTransport(YamlFields &f, const YAML::Node &dst, HttpAuthSpec &auth,
                                  HttpTransportSpec &transport)
{
    if (auto r = readHttpAuth(f, child(dst, HttpAuthKey), QStringLiteral("target.auth"), auth); !r)
        return r.error();
    return readHttpTransport(f, child(dst, HttpTransportKey), QStringLiteral("target.transport"), transport);
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobValidator)
public:
    QList<ValidationIssue> issues;
    void error(const QString &field, const QString &message)
    {
        issues.append(ValidationIssue{field, message, ValidationIssue::Error});
    }
    void warning(const QString &field, const QString &message)
    {
        issues.append(ValidationIssue{field, message, ValidationIssue::Warning});
    }
    void checkUrl(const QString &field, const QString &value, const QString &missing)
    {
        if (value.trimmed().isEmpty()) {
            error(field, missing);
            return;
        }
        const QUrl url(value.trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            error(field, tr("'%1' is not an http:// or https:// address").arg(value));
        else if (scheme == u"http" && !isLoopbackHost(url.host()))
            warning(field,
                    tr("'%1' is plain http://: what Ferry sends can be read on the way; use https://").arg(value));
    }
    void checkHeaders(const QList<QPair<QString, QString>> &headers)
    {
        for (const auto &[name, value] : headers) {
            const bool token = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
                return c.unicode() > 0x20 && c.unicode() < 0x7f && !QStringLiteral("()<>@,;:\\\"/[]?={}").contains(c);
            });
            if (!token)
                error(QStringLiteral("target.headers"), tr("'%1' is not a valid header name").arg(name));
            if (std::any_of(value.begin(), value.end(), [](QChar c) { return c.unicode() < 0x20 || c == u'\x7f'; }))
                error(QStringLiteral("target.headers"),
                      tr("the value of the header '%1' holds control characters").arg(name));
        }
    }
};

} // namespace

Result<void> readRestTarget(YamlFields &f, const YAML::Node &dst, RestTargetSpec &t)
{
    f.locateAll(QStringLiteral("target"), dst,
                {"base_url", "list_path", "item_path", "id_field", "envelope", "update_method", "page_param",
                 "limit_param", "page_size", "headers"});
    FERRY_TRY(base, text(f, dst, "base_url"));
    t.baseUrl = base;
    FERRY_TRY(list, text(f, dst, "list_path"));
    t.listPath = list;
    FERRY_TRY(item, text(f, dst, "item_path"));
    t.itemPath = item;
    FERRY_TRY(id, text(f, dst, "id_field"));
    t.idField = id;
    FERRY_TRY(envelope, text(f, dst, "envelope"));
    t.envelope = envelope;
    FERRY_TRY(method, text(f, dst, "update_method"));
    t.updateMethod = method.toUpper();
    FERRY_TRY(page, text(f, dst, "page_param"));
    t.pageParam = page;
    FERRY_TRY(limit, text(f, dst, "limit_param"));
    t.limitParam = limit;
    FERRY_TRY(size, f.integer(dst, "page_size"));
    t.pageSize = saturatedInt(size.value_or(0));
    FERRY_TRY(headers, readKeyValues(f, dst, "headers"));
    t.headers = headers;
    if (auto r = readAuthAndTransport(f, dst, t.auth, t.transport); !r)
        return r.error();
    f.warnUnknownKeys(dst,
                      yamlKeySet({"type", "base_url", "list_path", "item_path", "id_field", "envelope", "update_method",
                                  "page_param", "limit_param", "page_size", "headers", "auth", "transport"}),
                      QString());
    return {};
}

Result<void> readWebhookTarget(YamlFields &f, const YAML::Node &dst, WebhookTargetSpec &t)
{
    f.locateAll(QStringLiteral("target"), dst, {"url", "headers", "retries", "concurrency"});
    FERRY_TRY(url, text(f, dst, "url"));
    t.url = url;
    FERRY_TRY(headers, readKeyValues(f, dst, "headers"));
    t.headers = headers;
    // {secret: env:NAME | file:PATH | keychain:NAME}; an inline value is refused (it would be in the file).
    const YAML::Node secret = child(dst, "signing_secret");
    f.locate(QStringLiteral("target.signing_secret"), secret, dst);
    if (secret && !secret.IsNull()) {
        if (!secret.IsMap() || !secret["secret"] || !secret["secret"].IsScalar())
            return f.error(secret, WebTargetText::tr("'signing_secret' must be {secret: env:NAME} or {secret: "
                                                     "file:PATH}, never the secret itself"));
        t.signingSecret = SecretRef{yamlText(secret["secret"]).trimmed(), QString()};
    }
    FERRY_TRY(retries, f.integer(dst, "retries", 0, 100));
    t.retries = retries ? saturatedInt(*retries) : -1;
    FERRY_TRY(concurrency, f.integer(dst, "concurrency"));
    t.concurrency = saturatedInt(concurrency.value_or(0));
    if (auto r = readAuthAndTransport(f, dst, t.auth, t.transport); !r)
        return r.error();
    f.warnUnknownKeys(
        dst, yamlKeySet({"type", "url", "headers", "signing_secret", "retries", "concurrency", "auth", "transport"}),
        QString());
    return {};
}

void writeRestTarget(YAML::Emitter &e, const RestTargetSpec &t)
{
    e << YAML::Key << "type" << YAML::Value << "rest";
    writeYamlString(e, "base_url", t.baseUrl);
    writeYamlString(e, "list_path", t.listPath);
    writeYamlString(e, "item_path", t.itemPath);
    writeYamlString(e, "id_field", t.idField);
    writeYamlString(e, "envelope", t.envelope);
    writeYamlString(e, "update_method", t.updateMethod);
    writeYamlString(e, "page_param", t.pageParam);
    writeYamlString(e, "limit_param", t.limitParam);
    if (t.pageSize)
        e << YAML::Key << "page_size" << YAML::Value << t.pageSize;
    writeKeyValues(e, "headers", t.headers);
    writeHttpAuth(e, t.auth);
    writeHttpTransport(e, t.transport);
}

void writeWebhookTarget(YAML::Emitter &e, const WebhookTargetSpec &t)
{
    e << YAML::Key << "type" << YAML::Value << "webhook";
    writeYamlString(e, "url", t.url);
    writeKeyValues(e, "headers", t.headers);
    if (!t.signingSecret.reference.isEmpty())
        e << YAML::Key << "signing_secret" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "secret"
          << YAML::Value << t.signingSecret.reference.toStdString() << YAML::EndMap;
    if (t.retries >= 0)
        e << YAML::Key << "retries" << YAML::Value << t.retries;
    if (t.concurrency)
        e << YAML::Key << "concurrency" << YAML::Value << t.concurrency;
    writeHttpAuth(e, t.auth);
    writeHttpTransport(e, t.transport);
}

QList<ValidationIssue> validateWebTarget(const JobSpec &job)
{
    Checker c;
    if (job.targetKind == TargetKind::Rest) {
        const RestTargetSpec &t = job.rest;
        c.checkUrl(QStringLiteral("target.base_url"), t.baseUrl,
                   Checker::tr("the API's address is missing: give target.base_url, e.g. https://api.example.com/v1"));
        if (t.listPath.trimmed().isEmpty())
            c.error(QStringLiteral("target.list_path"),
                    Checker::tr("the list path is missing: give the path where the records are listed, e.g. "
                                "/contacts"));
        if (!t.itemPath.isEmpty() && !t.itemPath.contains(QStringLiteral("{id}")))
            c.error(QStringLiteral("target.item_path"),
                    Checker::tr("the record path '%1' has no {id}: write where the record's id goes, e.g. "
                                "/contacts/{id}")
                        .arg(t.itemPath));
        if (!t.updateMethod.isEmpty() && t.updateMethod != u"PATCH" && t.updateMethod != u"PUT")
            c.error(QStringLiteral("target.update_method"),
                    Checker::tr("unknown update method '%1': use PATCH or PUT").arg(t.updateMethod));
        if (t.pageSize < 0 || t.pageSize > 10000)
            c.error(QStringLiteral("target.page_size"),
                    Checker::tr("the page size must be from 1 to 10000 (or left out for 100)"));
        c.checkHeaders(t.headers);
        c.issues += validateHttpAuth(t.auth, QStringLiteral("target.auth"), QUrl(t.baseUrl.trimmed()));
        c.issues += validateHttpTransport(t.transport, QStringLiteral("target.transport"));
    } else if (job.targetKind == TargetKind::Webhook) {
        const WebhookTargetSpec &t = job.webhook;
        c.checkUrl(QStringLiteral("target.url"), t.url,
                   Checker::tr("the webhook's address is missing: give target.url, where each change is posted"));
        if (t.retries < -1 || t.retries > 100)
            c.error(QStringLiteral("target.retries"),
                    Checker::tr("retries must be from 0 to 100 (or left out for 10)"));
        if (t.concurrency < 0 || t.concurrency > 64)
            c.error(QStringLiteral("target.concurrency"),
                    Checker::tr("the deliveries at once must be from 1 to 64 (or left out for 4)"));
        if (!t.signingSecret.isEmpty() && !t.signingSecret.reference.contains(u':'))
            c.error(QStringLiteral("target.signing_secret"),
                    Checker::tr("the signing secret must be a reference: env:NAME, file:PATH or keychain:NAME"));
        c.checkHeaders(t.headers);
        c.issues += validateHttpAuth(t.auth, QStringLiteral("target.auth"), QUrl(t.url.trimmed()));
        c.issues += validateHttpTransport(t.transport, QStringLiteral("target.transport"));
    }
    return c.issues;
}

} // namespace Ferry
