#include "flipletsourceformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Ferry {

namespace {

class FlipletSourceFormatText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FlipletSourceFormat)
};

Result<void> readWhereAndAttributes(YamlFields &f, const YAML::Node &map, FlipletSourceSpec &s)
{
    const YAML::Node where = child(map, "where");
    if (where && !where.IsNull()) {
        if (!where.IsMap())
            return f.error(
                where, FlipletSourceFormatText::tr("'where' must be a map of data fields to values or operators, e.g. "
                                                   "{Status: active} or {Age: {$gt: 18}}"));
        FERRY_TRY(json, yamlToJson(f, where));
        s.where = json.toObject();
    }
    FERRY_TRY(attributes, f.stringList(map, "attributes"));
    s.attributes = attributes;
    return {};
}

// Walks a where clause: operator keys ($gt, …) must be ones the API knows.
void checkWhere(const QJsonValue &v, QStringList &unknown)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            checkWhere(item, unknown);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().startsWith(u'$') && !flipletWhereOperators().contains(it.key()) && !unknown.contains(it.key()))
            unknown.append(it.key());
        checkWhere(it.value(), unknown);
    }
}

} // namespace

const QStringList &flipletWhereOperators()
{
    static const QStringList ops{QStringLiteral("$eq"),    QStringLiteral("$ne"),  QStringLiteral("$gt"),
                                 QStringLiteral("$gte"),   QStringLiteral("$lt"),  QStringLiteral("$lte"),
                                 QStringLiteral("$in"),    QStringLiteral("$nin"), QStringLiteral("$like"),
                                 QStringLiteral("$iLike"), QStringLiteral("$or"),  QStringLiteral("$and")};
    return ops;
}

Result<QJsonValue> yamlToJson(YamlFields &f, const YAML::Node &node)
{
    if (!node || node.IsNull())
        return QJsonValue(QJsonValue::Null);
    if (node.IsMap()) {
        QJsonObject o;
        for (const auto &kv : node) {
            if (!kv.first.IsScalar())
                return f.error(kv.first, FlipletSourceFormatText::tr("keys must be plain names"));
            FERRY_TRY(value, yamlToJson(f, kv.second));
            o.insert(yamlText(kv.first), value);
        }
        return QJsonValue(o);
    }
    if (node.IsSequence()) {
        QJsonArray a;
        for (const YAML::Node &item : node) {
            FERRY_TRY(value, yamlToJson(f, item));
            a.append(value);
        }
        return QJsonValue(a);
    }
    const QString text = yamlText(node);
    if (node.Tag() != "?") // quoted: text
        return QJsonValue(text);
    static const QRegularExpression nullWord(QStringLiteral("^(~|null|Null|NULL)$"));
    static const QRegularExpression trueWord(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falseWord(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (nullWord.match(text).hasMatch())
        return QJsonValue(QJsonValue::Null);
    if (trueWord.match(text).hasMatch())
        return QJsonValue(true);
    if (falseWord.match(text).hasMatch())
        return QJsonValue(false);
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qint64 i = text.toLongLong(&ok);
        if (ok)
            return QJsonValue(i);
    }
    if (number.match(text).hasMatch())
        return QJsonValue(text.toDouble());
    return QJsonValue(text);
}

void emitJson(YAML::Emitter &e, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        e << YAML::BeginMap;
        for (auto it = o.begin(); it != o.end(); ++it) {
            e << YAML::Key << it.key().toStdString() << YAML::Value;
            emitJson(e, it.value());
        }
        e << YAML::EndMap;
        return;
    }
    case QJsonValue::Array:
        e << YAML::Flow << YAML::BeginSeq;
        for (const QJsonValue &item : v.toArray())
            emitJson(e, item);
        e << YAML::EndSeq;
        return;
    case QJsonValue::Bool:
        e << v.toBool();
        return;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            e << static_cast<long long>(d);
        else
            e << d;
        return;
    }
    case QJsonValue::String:
        // Always quoted, so that "18" or "true" stay text when read back.
        e << YAML::DoubleQuoted << v.toString().toStdString();
        return;
    default:
        e << YAML::Null;
        return;
    }
}

Result<void> readFlipletSource(YamlFields &f, const YAML::Node &src, const SecretRef &token, JobSpec &job)
{
    for (const char *key : {"datasource_id", "api_url", "where", "attributes"})
        f.locate(QStringLiteral("source.") + QLatin1String(key), child(src, key), src);
    job.sourceKind = SourceKind::Fliplet;
    FlipletSourceSpec &s = job.flipletSource;
    s.authToken = token;
    FERRY_TRY(ds, f.string(src, "datasource_id"));
    s.dataSourceId = ds.value_or(QString()).trimmed();
    FERRY_TRY(api, f.string(src, "api_url"));
    s.apiUrl = api.value_or(QString()).trimmed();
    if (auto r = readWhereAndAttributes(f, src, s); !r)
        return r.error();
    f.warnUnknownKeys(src, yamlKeySet({"type", "datasource_id", "auth_token", "api_url", "where", "attributes"}),
                      QString());
    return {};
}

void writeFlipletSource(YAML::Emitter &e, const FlipletSourceSpec &s)
{
    e << YAML::Key << "type" << YAML::Value << "fliplet";
    e << YAML::Key << "datasource_id" << YAML::Value << s.dataSourceId.toStdString();
    if (!s.apiUrl.isEmpty())
        e << YAML::Key << "api_url" << YAML::Value << s.apiUrl.toStdString();
    if (!s.where.isEmpty()) {
        e << YAML::Key << "where" << YAML::Value;
        emitJson(e, s.where);
    }
    if (!s.attributes.isEmpty()) {
        e << YAML::Key << "attributes" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &a : s.attributes)
            e << a.toStdString();
        e << YAML::EndSeq;
    }
}

QList<ValidationIssue> validateFlipletSource(const FlipletSourceSpec &s)
{
    QList<ValidationIssue> issues;
    const auto error = [&issues](const char *field, const QString &message) {
        issues.append(ValidationIssue{QLatin1String(field), message, ValidationIssue::Error});
    };
    const QString id = s.dataSourceId.trimmed();
    bool numeric = false;
    const qint64 number = id.toLongLong(&numeric);
    if (id.isEmpty())
        error("source.datasource_id",
              FlipletSourceFormatText::tr("the data source ID is missing: find it in Fliplet Studio (App data, "
                                          "the data source's settings)"));
    else if (!numeric || number <= 0 || number > MaxDataSourceId)
        error("source.datasource_id",
              FlipletSourceFormatText::tr("the data source ID must be a whole number above 0, not '%1'").arg(id));
    if (s.authToken.isEmpty())
        error("source.auth_token",
              FlipletSourceFormatText::tr("the Fliplet API token is missing: create one in Fliplet Studio and give "
                                          "it access to the data source"));
    if (!s.apiUrl.isEmpty()) {
        const QUrl url(s.apiUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            error("source.api_url",
                  FlipletSourceFormatText::tr("the API URL '%1' is not an http:// or https:// address").arg(s.apiUrl));
        else if (scheme == u"http" && !isLoopbackHost(url.host()))
            error("source.api_url",
                  FlipletSourceFormatText::tr("the API URL '%1' is plain http://: Ferry sends the token only over "
                                              "https:// (or to this machine, for tests); use an https:// address")
                      .arg(s.apiUrl));
    }
    for (const QString &a : s.attributes)
        if (a.trimmed().isEmpty())
            error("source.attributes",
                  FlipletSourceFormatText::tr("an attribute has no name: list the data fields to read"));
    QStringList unknown;
    checkWhere(s.where, unknown);
    if (!unknown.isEmpty())
        error("source.where",
              FlipletSourceFormatText::tr("unknown operator(s) %1 in where: use %2")
                  .arg(unknown.join(QStringLiteral(", ")), flipletWhereOperators().join(QStringLiteral(", "))));
    return issues;
}

Result<void> readFlipletAgentPull(YamlFields &f, const YAML::Node &root, JobSpec &job)
{
    static const std::pair<const char *, const char *> fields[] = {
        {"source.auth_token", "auth_token"},
        {"source.datasource_id", "datasource_id"},
        {"source.where", "where"},
        {"source.attributes", "attributes"},
        {"target.path", "database_host"},
        {"target.table", "table"},
        {"description", "description"},
        {"schedule.cron", "frequency"},
        {"schedule.run_on_start", "sync_on_init"},
        {"sync.key", "primary_column"},
        {"sync.case_insensitive_key", "case_insensitive_primary_column"},
        {"sync.timestamp_column", "timestamp_column"},
        {"sync.mode", "mode"},
        {"log_verbosity", "log_verbosity"},
    };
    const YAML::Node none(YAML::NodeType::Undefined);
    for (const auto &[field, key] : fields)
        f.locate(QLatin1String(field), QLatin1String(key), child(root, key), none);

    job.sourceKind = SourceKind::Fliplet;
    FlipletSourceSpec &s = job.flipletSource;
    FERRY_TRY(token, f.string(root, "auth_token"));
    s.authToken.inlineValue = token.value_or(QString()).trimmed();
    FERRY_TRY(ds, f.string(root, "datasource_id"));
    s.dataSourceId = ds.value_or(QString()).trimmed();
    if (auto r = readWhereAndAttributes(f, root, s); !r)
        return r.error();

    // The database the entries go to: database_host is the file for sqlite, as in push files.
    FERRY_TRY(driver, f.string(root, "database_driver"));
    const QString driverName = driver.value_or(QString()).trimmed().toLower();
    if (driverName != u"sqlite")
        return f.error(root["database_driver"] ? root["database_driver"] : root,
                       driverName.isEmpty()
                           ? FlipletSourceFormatText::tr(
                                 "'database_driver' is missing: a pull file names the database the entries are "
                                 "written to (sqlite, with database_host the file)")
                           : FlipletSourceFormatText::tr(
                                 "pulling into '%1' is not supported yet: Ferry writes pulled entries to SQLite "
                                 "files (database_driver: sqlite, database_host: the file)")
                                 .arg(driverName));
    job.targetKind = TargetKind::Sqlite;
    FERRY_TRY(host, f.string(root, "database_host"));
    job.sqlite.path = host.value_or(QString()).trimmed();
    // Fliplet Agent's pull hands the entries to a JavaScript action; a YAML file has none, so Ferry names
    // the table (a key of its own) and creates it.
    FERRY_TRY(table, f.string(root, "table"));
    job.sqlite.table = table.value_or(QStringLiteral("fliplet_datasource_%1").arg(s.dataSourceId)).trimmed();
    job.sqlite.createTable = true;

    FERRY_TRY(description, f.string(root, "description"));
    job.description = description.value_or(QString());
    FERRY_TRY(onInit, f.boolean(root, "sync_on_init"));
    job.schedule.runOnStart = onInit.value_or(true);
    FERRY_TRY(frequency, f.string(root, "frequency"));
    job.schedule.cron = frequency.value_or(QString()).trimmed();

    // Each entry is one row, keyed by its entry id unless the file names a data field.
    FERRY_TRY(pk, f.string(root, "primary_column"));
    job.rules.keyColumns =
        QStringList{pk && !pk->trimmed().isEmpty() ? pk->trimmed() : QString::fromUtf16(FlipletEntryIdColumn)};
    FERRY_TRY(ci, f.boolean(root, "case_insensitive_primary_column"));
    job.rules.caseInsensitiveKey = ci.value_or(false);
    FERRY_TRY(ts, f.string(root, "timestamp_column"));
    job.rules.timestampColumn = ts.value_or(QString()).trimmed();
    FERRY_TRY(mode, f.string(root, "mode"));
    const QString modeText = mode.value_or(QStringLiteral("update")).trimmed().toLower();
    if (modeText == u"update")
        job.rules.mode = SyncMode::Update;
    else if (modeText == u"replace")
        job.rules.mode = SyncMode::Replace;
    else if (modeText == u"append")
        job.rules.mode = SyncMode::Append;
    else
        return f.error(root["mode"], FlipletSourceFormatText::tr(
                                         "unknown mode '%1': use update (keep local rows whose entry is gone) "
                                         "or replace (delete them)")
                                         .arg(modeText));
    FERRY_TRY(verbosity, f.string(root, "log_verbosity"));
    if (verbosity) {
        const QString v = verbosity->trimmed().toLower();
        job.logVerbosity = v == u"debug" || v == u"info" ? v : QStringLiteral("warning");
    }
    for (const char *pushOnly : {"query", "delete_column", "files", "encrypt", "run_hooks", "merge", "batch_size"})
        if (root[pushOnly] && !root[pushOnly].IsNull())
            f.warnKey(root, pushOnly,
                      FlipletSourceFormatText::tr("'%1' applies to push operations and is ignored in a pull")
                          .arg(QLatin1String(pushOnly)));
    f.warnUnknownKeys(root,
                      yamlKeySet({"type",
                                  "auth_token",
                                  "datasource_id",
                                  "where",
                                  "attributes",
                                  "database_driver",
                                  "database_host",
                                  "table",
                                  "description",
                                  "sync_on_init",
                                  "frequency",
                                  "primary_column",
                                  "case_insensitive_primary_column",
                                  "timestamp_column",
                                  "mode",
                                  "log_verbosity",
                                  "query",
                                  "delete_column",
                                  "files",
                                  "encrypt",
                                  "run_hooks",
                                  "merge",
                                  "batch_size",
                                  "concurrency",
                                  "database_port",
                                  "database_username",
                                  "database_password",
                                  "database_name"}),
                      FlipletSourceFormatText::tr(" (not a key of a Fliplet Agent pull file)"));
    return {};
}

} // namespace Ferry
