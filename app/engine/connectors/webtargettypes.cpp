#include "webtargettypes.h"

#include "connectorfactory.h"
#include "httpconnectorfields.h"
#include "resttarget.h"
#include "webhooktarget.h"

namespace Ferry {

namespace {

bool isUnset(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

template <typename Spec>
ConnectorField text(const char *key, const char *label, FieldType type, const char *help, QString Spec::*member,
                    Spec JobSpec::*spec)
{
    ConnectorField f;
    f.key = QLatin1String(key);
    f.label = label;
    f.type = type;
    f.help = help;
    f.read = [=](const JobSpec &job) {
        const QString &v = job.*spec.*member;
        return v.isEmpty() ? QVariant() : QVariant(v);
    };
    f.write = [=](JobSpec &job, const QVariant &v) {
        job.*spec.*member = isUnset(v) ? QString() : v.toString().trimmed();
    };
    return f;
}

// An integer where unset is `unset` (0 or -1) and every value from minimum to maximum is valid.
template <typename Spec>
ConnectorField integer(const char *key, const char *label, const char *help, int minimum, int maximum, int defaultValue,
                       int unset, int Spec::*member, Spec JobSpec::*spec)
{
    ConnectorField f;
    f.key = QLatin1String(key);
    f.label = label;
    f.type = FieldType::Integer;
    f.help = help;
    f.minimum = minimum;
    f.maximum = maximum;
    f.defaultValue = defaultValue;
    f.read = [=](const JobSpec &job) {
        const int v = job.*spec.*member;
        return v == unset ? QVariant() : QVariant(static_cast<qlonglong>(v));
    };
    f.write = [=](JobSpec &job, const QVariant &v) { job.*spec.*member = isUnset(v) ? unset : v.toInt(); };
    return f;
}

template <typename Spec>
ConnectorField headers(const char *help, QList<QPair<QString, QString>> Spec::*member, Spec JobSpec::*spec)
{
    ConnectorField f;
    f.key = QStringLiteral("headers");
    f.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Extra headers");
    f.type = FieldType::Text;
    f.help = help;
    f.read = [=](const JobSpec &job) {
        const QString t = headersText(job.*spec.*member);
        return t.isEmpty() ? QVariant() : QVariant(t);
    };
    f.write = [=](JobSpec &job, const QVariant &v) {
        job.*spec.*member = isUnset(v) ? QList<QPair<QString, QString>>() : headersFromText(v.toString());
    };
    return f;
}

} // namespace

QString headersText(const QList<QPair<QString, QString>> &headers)
{
    QStringList out;
    for (const auto &[name, value] : headers)
        out.append(name + QStringLiteral(": ") + value);
    return out.join(QStringLiteral("; "));
}

QList<QPair<QString, QString>> headersFromText(const QString &text)
{
    QList<QPair<QString, QString>> out;
    for (const QString &entry : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = entry.indexOf(u':');
        if (colon <= 0)
            out.append({entry.trimmed(), QString()});
        else
            out.append({entry.left(colon).trimmed(), entry.mid(colon + 1).trimmed()});
    }
    return out;
}

ConnectorType restTargetType()
{
    ConnectorType t;
    t.id = QStringLiteral("rest");
    t.role = ConnectorRole::Target;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "REST API");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "Records of a web service's REST API: listed page by page, then created, "
                                      "changed and deleted one by one.");
    t.capabilities = Capability::PerRowCrud | Capability::Delete | Capability::FreeColumns | Capability::LimitedSample;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("rest")}};
    ConnectorField base = text(
        "base_url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Base address"), FieldType::Url,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The API's address, e.g. https://api.example.com/v1; the paths "
                                                      "below are added to it."),
        &RestTargetSpec::baseUrl, &JobSpec::rest);
    base.required = true;
    t.fields.append(base);
    ConnectorField list = text("list_path", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "List path"), FieldType::Text,
                               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                 "Where the records are listed (GET) and created (POST), e.g. "
                                                 "/contacts."),
                               &RestTargetSpec::listPath, &JobSpec::rest);
    list.required = true;
    t.fields.append(list);
    t.fields.append(text("item_path", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Record path"), FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "Where one record is changed and deleted, with {id} for its id; empty: the "
                                           "list path and /{id}."),
                         &RestTargetSpec::itemPath, &JobSpec::rest));
    ConnectorField id =
        text("id_field", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Id field"), FieldType::Text,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The field of a record that holds its id at the service."),
             &RestTargetSpec::idField, &JobSpec::rest);
    id.defaultValue = QStringLiteral("id");
    t.fields.append(id);
    t.fields.append(text("envelope", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Envelope"), FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "The field lists and records are wrapped in, as in {\"data\": …}; empty "
                                           "when they are not wrapped."),
                         &RestTargetSpec::envelope, &JobSpec::rest));
    ConnectorField method =
        text("update_method", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Update method"), FieldType::Choice,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                               "PATCH sends the changed record's fields; PUT replaces the record."),
             &RestTargetSpec::updateMethod, &JobSpec::rest);
    method.choices = {{QStringLiteral("PATCH"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "PATCH")},
                      {QStringLiteral("PUT"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "PUT")}};
    method.defaultValue = QStringLiteral("PATCH");
    t.fields.append(method);
    ConnectorField page = text(
        "page_param", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page parameter"), FieldType::Text,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The query parameter that numbers the list's pages (from 1)."),
        &RestTargetSpec::pageParam, &JobSpec::rest);
    page.defaultValue = QStringLiteral("_page");
    t.fields.append(page);
    ConnectorField limit = text(
        "limit_param", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page size parameter"), FieldType::Text,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The query parameter that says how many records a page holds."),
        &RestTargetSpec::limitParam, &JobSpec::rest);
    limit.defaultValue = QStringLiteral("_limit");
    t.fields.append(limit);
    t.fields.append(integer("page_size", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page size"),
                            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Records asked for per page."), 1, 10000,
                            RestTarget::DefaultPageSize, 0, &RestTargetSpec::pageSize, &JobSpec::rest));
    t.fields.append(headers(QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                              "Sent with every request, as Name: value entries separated by "
                                              "semicolons. Not for secrets: they would be stored in the job file."),
                            &RestTargetSpec::headers, &JobSpec::rest));
    appendHttpAuthFields(t.fields, [](JobSpec &j) -> HttpAuthSpec & { return j.rest.auth; });
    appendHttpTransportFields(t.fields, [](JobSpec &j) -> HttpTransportSpec & { return j.rest.transport; });
    t.createTarget = [](const JobSpec &job, const JobSecrets &secrets, const std::atomic_bool *cancel) {
        return Result<std::unique_ptr<Target>>(
            std::make_unique<RestTarget>(job.rest, job.retry, cancel, secrets, jobBaseDir(job)));
    };
    t.select = [](JobSpec &job) {
        job.targetKind = TargetKind::Rest;
        job.rest = RestTargetSpec{};
    };
    return t;
}

ConnectorType webhookTargetType()
{
    ConnectorType t;
    t.id = QStringLiteral("webhook");
    t.role = ConnectorRole::Target;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Webhook");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "Each change posted as JSON to a web service (new, updated, deleted), signed "
                                      "and retried until the service accepts it.");
    t.capabilities = Capability::PerRowCrud | Capability::Delete | Capability::FreeColumns;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("webhook")}};
    ConnectorField url =
        text("url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Address"), FieldType::Url,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The address each change is posted to (https://…)."),
             &WebhookTargetSpec::url, &JobSpec::webhook);
    url.required = true;
    t.fields.append(url);
    t.fields.append(headers(QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                              "Sent with every delivery, as Name: value entries separated by "
                                              "semicolons. Not for secrets: they would be stored in the job file."),
                            &WebhookTargetSpec::headers, &JobSpec::webhook));
    ConnectorField secret;
    secret.key = QStringLiteral("signing_secret");
    secret.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Signing secret");
    secret.type = FieldType::Secret;
    secret.secret = true;
    secret.help =
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "A reference to the secret each delivery is signed with (HMAC-SHA256 in the "
                          "X-Ferry-Signature header): env:NAME, file:PATH or keychain:NAME. Empty: unsigned.");
    secret.read = [](const JobSpec &job) {
        return job.webhook.signingSecret.reference.isEmpty() ? QVariant()
                                                             : QVariant(job.webhook.signingSecret.reference);
    };
    secret.write = [](JobSpec &job, const QVariant &v) {
        job.webhook.signingSecret = SecretRef{isUnset(v) ? QString() : v.toString().trimmed(), QString()};
    };
    t.fields.append(secret);
    t.fields.append(integer("retries", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Retries"),
                            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                              "How often a delivery the service does not accept (no 2xx answer) is "
                                              "sent again, with growing pauses, before it counts as failed."),
                            0, 100, WebhookTarget::DefaultRetries, -1, &WebhookTargetSpec::retries, &JobSpec::webhook));
    t.fields.append(integer("concurrency", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Deliveries at once"),
                            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The most deliveries in flight at a time."),
                            1, 64, WebhookTarget::DefaultConcurrency, 0, &WebhookTargetSpec::concurrency,
                            &JobSpec::webhook));
    appendHttpAuthFields(t.fields, [](JobSpec &j) -> HttpAuthSpec & { return j.webhook.auth; });
    appendHttpTransportFields(t.fields, [](JobSpec &j) -> HttpTransportSpec & { return j.webhook.transport; });
    t.createTarget = [](const JobSpec &job, const JobSecrets &secrets, const std::atomic_bool *cancel) {
        return Result<std::unique_ptr<Target>>(
            std::make_unique<WebhookTarget>(job.webhook, secrets.value(QStringLiteral("target.signing_secret")), job.id,
                                            job.retry, cancel, secrets, jobBaseDir(job)));
    };
    t.select = [](JobSpec &job) {
        job.targetKind = TargetKind::Webhook;
        job.webhook = WebhookTargetSpec{};
    };
    return t;
}

} // namespace Ferry
