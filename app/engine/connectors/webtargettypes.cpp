#include "webtargettypes.h"

#include "connectorfactory.h"
#include "connectorfields.h"
#include "httpconnectorfields.h"
#include "resttarget.h"
#include "webhooktarget.h"

namespace Ferry {

using namespace Fields;

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
        at(&JobSpec::rest, &RestTargetSpec::baseUrl));
    base.required = true;
    t.fields.append(base);
    ConnectorField list = text("list_path", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "List path"), FieldType::Text,
                               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                 "Where the records are listed (GET) and created (POST), e.g. "
                                                 "/contacts."),
                               at(&JobSpec::rest, &RestTargetSpec::listPath));
    list.required = true;
    t.fields.append(list);
    t.fields.append(text("item_path", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Record path"), FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "Where one record is changed and deleted, with {id} for its id; empty: the "
                                           "list path and /{id}."),
                         at(&JobSpec::rest, &RestTargetSpec::itemPath)));
    ConnectorField id =
        text("id_field", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Id field"), FieldType::Text,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The field of a record that holds its id at the service."),
             at(&JobSpec::rest, &RestTargetSpec::idField));
    id.defaultValue = QStringLiteral("id");
    t.fields.append(id);
    t.fields.append(text("envelope", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Envelope"), FieldType::Text,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "The field lists and records are wrapped in, as in {\"data\": …}; empty "
                                           "when they are not wrapped."),
                         at(&JobSpec::rest, &RestTargetSpec::envelope)));
    ConnectorField method =
        text("update_method", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Update method"), FieldType::Choice,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                               "PATCH sends the changed record's fields; PUT replaces the record."),
             at(&JobSpec::rest, &RestTargetSpec::updateMethod));
    method.choices = {{QStringLiteral("PATCH"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "PATCH")},
                      {QStringLiteral("PUT"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "PUT")}};
    method.defaultValue = QStringLiteral("PATCH");
    t.fields.append(method);
    ConnectorField page = text(
        "page_param", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page parameter"), FieldType::Text,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The query parameter that numbers the list's pages (from 1)."),
        at(&JobSpec::rest, &RestTargetSpec::pageParam));
    page.defaultValue = QStringLiteral("_page");
    t.fields.append(page);
    ConnectorField limit = text(
        "limit_param", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page size parameter"), FieldType::Text,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The query parameter that says how many records a page holds."),
        at(&JobSpec::rest, &RestTargetSpec::limitParam));
    limit.defaultValue = QStringLiteral("_limit");
    t.fields.append(limit);
    t.fields.append(integer<int>("page_size", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Page size"),
                                 QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Records asked for per page."), 1, 10000,
                                 RestTarget::DefaultPageSize, at(&JobSpec::rest, &RestTargetSpec::pageSize), 0));
    t.fields.append(keyValues("headers", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Headers"),
                              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                "Sent with every request. Not for secrets: they would be stored in "
                                                "the job file."),
                              at(&JobSpec::rest, &RestTargetSpec::headers)));
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
             at(&JobSpec::webhook, &WebhookTargetSpec::url));
    url.required = true;
    t.fields.append(url);
    t.fields.append(keyValues("headers", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Headers"),
                              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                "Sent with every delivery. Not for secrets: they would be stored in "
                                                "the job file."),
                              at(&JobSpec::webhook, &WebhookTargetSpec::headers)));
    t.fields.append(
        secret("signing_secret", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Signing secret"),
               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                 "A reference to the secret each delivery is signed with (HMAC-SHA256 in the "
                                 "X-Ferry-Signature header): env:NAME, file:PATH or keychain:NAME. Empty: unsigned."),
               at(&JobSpec::webhook, &WebhookTargetSpec::signingSecret)));
    t.fields.append(
        integer<int>("retries", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Retries"),
                     QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                       "How often a delivery the service does not accept (no 2xx answer) is "
                                       "sent again, with growing pauses, before it counts as failed."),
                     0, 100, WebhookTarget::DefaultRetries, at(&JobSpec::webhook, &WebhookTargetSpec::retries), -1));
    t.fields.append(
        integer<int>("concurrency", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Deliveries at once"),
                     QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The most deliveries in flight at a time."), 1, 64,
                     WebhookTarget::DefaultConcurrency, at(&JobSpec::webhook, &WebhookTargetSpec::concurrency), 0));
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
