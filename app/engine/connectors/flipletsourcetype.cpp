// The Fliplet source's entry in the connector registry: its fields (the job editor's form) and factory.
#include "connectorfields.h"
#include "connectorregistry.h"
#include "flipletsource.h"
#include "job/flipletsourceformat.h"
#include "job/validate.h"

#include <QJsonDocument>

namespace Ferry {

using namespace Fields;

ConnectorType flipletSourceType()
{
    ConnectorType t;
    t.id = QStringLiteral("fliplet/source");
    t.role = ConnectorRole::Source;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Fliplet data source");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "Entries of a Fliplet app's data source, read through the Fliplet REST API: "
                                      "each entry is a row, with its id and timestamps.");
    t.capabilities = Capability::FreeColumns;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("fliplet")}};

    ConnectorField ds;
    ds.key = QStringLiteral("datasource_id");
    ds.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Data source");
    ds.type = FieldType::Integer;
    ds.help = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                "The id of the data source whose entries are read (App data in Fliplet Studio).");
    ds.minimum = 1;
    ds.maximum = MaxDataSourceId;
    ds.required = true;
    ds.suggestedByDiscover = true;
    ds.read = [](const JobSpec &job) {
        bool ok = false;
        const qlonglong id = job.flipletSource.dataSourceId.toLongLong(&ok);
        return ok ? QVariant(id) : textOrUnset(job.flipletSource.dataSourceId);
    };
    ds.write = [](JobSpec &job, const QVariant &v) {
        job.flipletSource.dataSourceId = isEmptyFieldValue(v) ? QString() : v.toString().trimmed();
    };
    t.fields.append(ds);

    ConnectorField token =
        secret("auth_token", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API token"),
               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                 "A reference to the Fliplet API token, never the token itself: env:NAME or file:PATH. "
                                 "Its first letters (eu, us, ca) pick the region's server."),
               at(&JobSpec::flipletSource, &FlipletSourceSpec::authToken));
    token.required = true;
    t.fields.append(token);

    t.fields.append(text("api_url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API address"), FieldType::Url,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "Only for self-hosted Fliplet installations: leave empty to use the region "
                                           "of the token."),
                         at(&JobSpec::flipletSource, &FlipletSourceSpec::apiUrl)));

    ConnectorField where;
    where.key = QStringLiteral("where");
    where.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Filter");
    where.type = FieldType::Query;
    where.help = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                   "Which entries to read, as a JSON object on their data fields: {\"Status\": "
                                   "\"active\"} or {\"Age\": {\"$gt\": 18}}. Empty: every entry.");
    where.read = [](const JobSpec &job) {
        return job.flipletSource.where.isEmpty()
                   ? QVariant()
                   : QVariant(QString::fromUtf8(QJsonDocument(job.flipletSource.where).toJson(QJsonDocument::Compact)));
    };
    where.write = [](JobSpec &job, const QVariant &v) {
        job.flipletSource.where =
            isEmptyFieldValue(v) ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
    };
    where.checkValue = [](const QVariant &v) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return ConnectorRegistry::tr("The filter is not valid JSON (%1 at character %2)")
                .arg(error.errorString())
                .arg(error.offset);
        if (!doc.isObject())
            return ConnectorRegistry::tr("The filter must be a JSON object: {\"field\": value}");
        return QString();
    };
    t.fields.append(where);

    ConnectorField attributes;
    attributes.key = QStringLiteral("attributes");
    attributes.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Fields");
    attributes.type = FieldType::Text;
    attributes.help = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                        "The data fields to read, separated by commas. Empty: every field.");
    attributes.read = [](const JobSpec &job) {
        return job.flipletSource.attributes.isEmpty()
                   ? QVariant()
                   : QVariant(job.flipletSource.attributes.join(QStringLiteral(", ")));
    };
    attributes.write = [](JobSpec &job, const QVariant &v) {
        QStringList out;
        if (!isEmptyFieldValue(v))
            for (const QString &a : v.toString().split(u','))
                if (!a.trimmed().isEmpty())
                    out.append(a.trimmed());
        job.flipletSource.attributes = out;
    };
    t.fields.append(attributes);

    t.createSource = [](const JobSpec &job, const JobSecrets &secrets) {
        return Result<std::unique_ptr<Source>>(std::make_unique<FlipletSource>(
            job.flipletSource, secrets.value(QStringLiteral("source.auth_token")), job.retry));
    };
    t.select = [](JobSpec &job) {
        job.sourceKind = SourceKind::Fliplet;
        job.flipletSource = FlipletSourceSpec{};
    };
    return t;
}

} // namespace Ferry
