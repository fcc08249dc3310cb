#include "connectorregistry.h"

#include "job/validate.h"

#include "connectorfactory.h"
#include "connectorfields.h"
#include "filesourceconnectors.h"
#include "flipletapi.h"
#include "flipletdatasource.h"
#include "flipletfilesfield.h"
#include "flipletsource.h"
#include "httpsourcetype.h"
#include "moduletypes.h"
#include "sqlconnection.h"
#include "sqlitetable.h"
#include "sqlsource.h"
#include "sqltabletypes.h"
#include "webtargettypes.h"

namespace Ferry {

namespace {

using namespace Fields;

const char *const SqliteFiles =
    QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)");
const char *const QueryHelp = QT_TRANSLATE_NOOP(
    "Ferry::ConnectorRegistry",
    "The SELECT whose rows are synced. Its column names (or aliases) are the field names in the target.");
const char *const PasswordHelp = QT_TRANSLATE_NOOP(
    "Ferry::ConnectorRegistry", "A reference to the password, never the password itself: env:NAME (an "
                                "environment variable), file:PATH (a file that holds only it) or keychain:NAME (the "
                                "desktop's keychain).");

// The fields every server source shares, in form order.
QList<ConnectorField> serverFields(const QString &kind, int defaultPort, const char *urlHelp, const char *optionsHelp)
{
    QList<ConnectorField> fields;
    fields.append(text("url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Connection URL"), FieldType::Url, urlHelp,
                       [](JobSpec &j) -> QString & { return j.sql.url; }));
    ConnectorField host = text("host", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Host"), FieldType::Text,
                               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                 "The server's name or address. Required unless the URL names it."),
                               [](JobSpec &j) -> QString & { return j.sql.host; });
    host.requiredUnless = QStringLiteral("url");
    fields.append(host);
    fields.append(
        integer<int>("port", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Port"),
                     QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Leave empty for the server's usual port."), 1,
                     65535, defaultPort, [](JobSpec &j) -> int & { return j.sql.port; }));
    if (kind == u"mssql")
        fields.append(text(
            "instance", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Instance"), FieldType::Text,
            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "A named SQL Server instance (then the port is not used)."),
            [](JobSpec &j) -> QString & { return j.sql.instance; }));
    fields.append(
        text("database", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Database"), FieldType::Text,
             kind == u"postgres"
                 ? QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Leave empty for the database named like the user.")
                 : QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The database the query runs in."),
             [](JobSpec &j) -> QString & { return j.sql.database; }));
    if (kind == u"mssql")
        fields.append(text(
            "domain", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Windows domain"), FieldType::Text,
            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "For a Windows (domain) login: the domain of the user name."),
            [](JobSpec &j) -> QString & { return j.sql.domain; }));
    fields.append(text("username", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "User name"), FieldType::Text, nullptr,
                       [](JobSpec &j) -> QString & { return j.sql.username; }));
    fields.append(secret("password", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Password"), PasswordHelp,
                         [](JobSpec &j) -> SecretRef & { return j.sql.password; }));
    if (kind == u"mssql")
        fields.append(
            boolean("encrypt", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Encrypt the connection"),
                    QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Require TLS between Ferry and the server."),
                    [](JobSpec &j) -> bool & { return j.sql.encrypt; }));
    fields.append(text("options", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Driver options"), FieldType::Text,
                       optionsHelp, [](JobSpec &j) -> QString & { return j.sql.options; }));
    ConnectorField query = text("query", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Query"), FieldType::Query,
                                QueryHelp, [](JobSpec &j) -> QString & { return j.sql.query; });
    query.required = true;
    fields.append(query);
    return fields;
}

Result<std::unique_ptr<Source>> makeSqlSource(const JobSpec &job, const JobSecrets &secrets)
{
    FERRY_TRY(params, sqlConnectionParams(job.sql, jobBaseDir(job), secrets.value(QStringLiteral("source.password"))));
    return std::unique_ptr<Source>(std::make_unique<SqlSource>(params, job.sql.query));
}

ConnectorType sqlType(const QString &kind, const char *label, const char *description, QList<ConnectorField> fields)
{
    ConnectorType t;
    t.id = QStringLiteral("sql/") + kind;
    t.role = ConnectorRole::Source;
    t.discovers = Discovers::Tables;
    t.label = label;
    t.description = description;
    t.capabilities = Capability::TypedColumns | Capability::LimitedSample;
    if (SqlInterrupt::supported(kind))
        t.capabilities |= Capability::Interrupt;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("sql")}, {QStringLiteral("driver"), kind}};
    t.fields = std::move(fields);
    t.createSource = makeSqlSource;
    t.select = [kind](JobSpec &job) {
        job.sourceKind = SourceKind::Sql;
        job.sql = SqlSourceSpec{};
        job.sql.driver = kind;
    };
    return t;
}

ConnectorType flipletType()
{
    ConnectorType t;
    t.id = QStringLiteral("fliplet");
    t.role = ConnectorRole::Target;
    t.discovers = Discovers::DataSources;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Fliplet data source");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "Entries of a Fliplet app's data source, through the Fliplet REST API.");
    t.capabilities = Capability::BatchCommit | Capability::Delete | Capability::FreeColumns;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("fliplet")}};

    // A whole number, kept as text in the job (as Fliplet Agent files write it).
    ConnectorField ds;
    ds.key = QStringLiteral("datasource_id");
    ds.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Data source");
    ds.type = FieldType::Integer;
    ds.help = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                "The id of the data source the rows go to (App data in Fliplet Studio).");
    ds.minimum = 1;
    ds.maximum = MaxDataSourceId;
    ds.read = [](const JobSpec &job) {
        bool ok = false;
        const qlonglong id = job.fliplet.dataSourceId.toLongLong(&ok);
        return ok ? QVariant(id) : textOrUnset(job.fliplet.dataSourceId);
    };
    ds.write = [](JobSpec &job, const QVariant &v) {
        job.fliplet.dataSourceId = isEmptyFieldValue(v) ? QString() : v.toString();
    };
    ds.required = true;
    ds.suggestedByDiscover = true;
    t.fields.append(ds);
    ConnectorField token =
        secret("auth_token", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API token"),
               QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                 "A reference to the Fliplet API token, never the token itself: env:NAME or file:PATH. "
                                 "Its first letters (eu, us, ca) pick the region's server."),
               [](JobSpec &j) -> SecretRef & { return j.fliplet.authToken; });
    token.required = true;
    t.fields.append(token);
    t.fields.append(text("api_url", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "API address"), FieldType::Url,
                         QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                           "Only for self-hosted Fliplet installations: leave empty to use the region "
                                           "of the token."),
                         [](JobSpec &j) -> QString & { return j.fliplet.apiUrl; }));

    ConnectorField hooks;
    hooks.key = QStringLiteral("run_hooks");
    hooks.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Run hooks");
    hooks.type = FieldType::ChoiceList;
    hooks.help = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                   "Ask Fliplet to run the data source's hooks for inserted and updated entries.");
    hooks.choices = {{QStringLiteral("insert"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "On insert")},
                     {QStringLiteral("update"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "On update")}};
    hooks.read = [](const JobSpec &j) {
        return j.fliplet.runHooks.isEmpty() ? QVariant() : QVariant(j.fliplet.runHooks);
    };
    hooks.write = [](JobSpec &j, const QVariant &v) {
        j.fliplet.runHooks = isEmptyFieldValue(v) ? QStringList() : v.toStringList();
    };
    t.fields.append(hooks);

    ConnectorField merge;
    merge.key = QStringLiteral("merge");
    merge.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Merge fields");
    merge.type = FieldType::Boolean;
    merge.defaultValue = true;
    merge.help = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                   "Keep fields of an entry that the source does not send. Off: an update replaces the "
                                   "entry's data.");
    merge.read = [](const JobSpec &j) { return j.fliplet.merge < 0 ? QVariant() : QVariant(j.fliplet.merge == 1); };
    merge.write = [](JobSpec &j, const QVariant &v) {
        j.fliplet.merge = isEmptyFieldValue(v) ? -1 : v.toBool() ? 1 : 0;
    };
    t.fields.append(merge);

    t.fields.append(integer<int>("batch_rows", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Rows per commit"),
                                 QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The most changes sent in one commit."),
                                 1, 10000000, FlipletApi::DefaultBatchRows,
                                 [](JobSpec &j) -> int & { return j.fliplet.batchRows; }));
    t.fields.append(integer<qint64>("batch_bytes", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Bytes per commit"),
                                    QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                      "The largest commit request, in bytes. Lower it when a proxy "
                                                      "refuses large requests (HTTP 413)."),
                                    1024, qint64(1) << 32, static_cast<qlonglong>(FlipletApi::DefaultBatchBytes),
                                    [](JobSpec &j) -> qint64 & { return j.fliplet.batchBytes; }));
    t.fields.append(flipletFilesField());
    t.createTarget = [](const JobSpec &job, const JobSecrets &secrets, const std::atomic_bool *cancel) {
        return Result<std::unique_ptr<Target>>(std::make_unique<FlipletDataSource>(
            job.fliplet, secrets.value(QStringLiteral("target.auth_token")), job.retry, cancel));
    };
    t.select = [](JobSpec &job) {
        job.targetKind = TargetKind::Fliplet;
        job.fliplet = FlipletTargetSpec{};
    };
    return t;
}

ConnectorType sqliteTargetType()
{
    ConnectorType t;
    t.id = QStringLiteral("sqlite");
    t.role = ConnectorRole::Target;
    t.discovers = Discovers::Tables;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "SQLite table");
    t.description =
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "A table in a SQLite database file on this computer.");
    t.capabilities = Capability::BatchCommit | Capability::Delete | Capability::CreateTable | Capability::TypedColumns |
                     Capability::LimitedSample;
    if (SqlInterrupt::supported(QStringLiteral("sqlite")))
        t.capabilities |= Capability::Interrupt;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("sqlite")}};
    ConnectorField path =
        text("path", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Database file"), FieldType::FilePath,
             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                               "The SQLite file the rows go to; a relative path starts at the job "
                               "file's folder."),
             [](JobSpec &j) -> QString & { return j.sqlite.path; });
    path.required = true;
    path.fileFilter = SqliteFiles;
    path.fileToWrite = true;
    t.fields.append(path);
    ConnectorField table = text("table", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Table"), FieldType::Text,
                                nullptr, [](JobSpec &j) -> QString & { return j.sqlite.table; });
    table.required = true;
    table.suggestedByDiscover = true;
    t.fields.append(table);
    t.fields.append(boolean("create_table", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Create the table"),
                            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                              "Create the file and the table when they do not exist, and add missing "
                                              "columns."),
                            [](JobSpec &j) -> bool & { return j.sqlite.createTable; }));
    t.fields.append(
        integer<int>("batch_rows", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Rows per transaction"),
                     QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The most changes written in one transaction."), 1,
                     10000000, 5000, [](JobSpec &j) -> int & { return j.sqlite.batchRows; }));
    t.createTarget = [](const JobSpec &job, const JobSecrets &, const std::atomic_bool *) {
        return Result<std::unique_ptr<Target>>(std::make_unique<SqliteTable>(job.sqlite, jobBaseDir(job)));
    };
    t.select = [](JobSpec &job) {
        job.targetKind = TargetKind::Sqlite;
        job.sqlite = SqliteTargetSpec{};
    };
    return t;
}

} // namespace

QString connectorRoleName(ConnectorRole role)
{
    return role == ConnectorRole::Source ? QStringLiteral("source") : QStringLiteral("target");
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Secret:
        return QStringLiteral("secret");
    case FieldType::FilePath:
        return QStringLiteral("file");
    case FieldType::Choice:
        return QStringLiteral("choice");
    case FieldType::ChoiceList:
        return QStringLiteral("choice-list");
    case FieldType::Query:
        return QStringLiteral("query");
    case FieldType::Url:
        return QStringLiteral("url");
    case FieldType::KeyValues:
        return QStringLiteral("key-values");
    case FieldType::FileColumns:
        return QStringLiteral("file-columns");
    }
    return {};
}

QString FieldChoice::displayLabel() const
{
    return label ? ConnectorRegistry::tr(label) : value;
}

QString ConnectorField::displayLabel() const
{
    return label ? ConnectorRegistry::tr(label) : key;
}

QString ConnectorField::displayHelp() const
{
    return help ? ConnectorRegistry::tr(help) : QString();
}

QString ConnectorType::displayLabel() const
{
    return label ? ConnectorRegistry::tr(label) : id;
}

QString ConnectorType::displayDescription() const
{
    return description ? ConnectorRegistry::tr(description) : QString();
}

const ConnectorField *ConnectorType::field(const QString &key) const
{
    for (const ConnectorField &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QVariantMap ConnectorType::values(const JobSpec &job) const
{
    QVariantMap out;
    for (const ConnectorField &f : fields)
        if (const QVariant v = f.read(job); v.isValid())
            out.insert(f.key, v);
    for (const ConnectorField &f : fields)
        if (!f.appliesWith(out))
            out.remove(f.key);
    return out;
}

QList<Error> ConnectorType::check(const QVariantMap &values) const
{
    QList<Error> problems;
    const auto problem = [&](const ConnectorField &f, const QString &message) {
        problems.append(Error{ErrorCode::InvalidConfig, message, displayLabel(), f.path(role)});
    };
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!field(it.key()))
            problems.append(Error{ErrorCode::InvalidConfig,
                                  ConnectorRegistry::tr("%1 has no field '%2'").arg(displayLabel(), it.key()),
                                  displayLabel(), connectorRoleName(role) + u'.' + it.key()});
    for (const ConnectorField &f : fields) {
        const QVariant v = values.value(f.key);
        if (isEmptyFieldValue(v)) {
            if (f.required || (!f.requiredUnless.isEmpty() && isEmptyFieldValue(values.value(f.requiredUnless))))
                problem(f, ConnectorRegistry::tr("%1 is required").arg(f.displayLabel()));
            continue;
        }
        switch (f.type) {
        case FieldType::Integer: {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || (v.typeId() == QMetaType::Double && v.toDouble() != static_cast<double>(n)))
                problem(f, ConnectorRegistry::tr("%1 must be a whole number").arg(f.displayLabel()));
            else if ((f.minimum || f.maximum) && (n < f.minimum || n > f.maximum))
                problem(f, ConnectorRegistry::tr("%1 must be between %2 and %3")
                               .arg(f.displayLabel())
                               .arg(f.minimum)
                               .arg(f.maximum));
            break;
        }
        case FieldType::Boolean:
            if (!v.canConvert<bool>() || v.typeId() == QMetaType::QString)
                problem(f, ConnectorRegistry::tr("%1 must be on or off").arg(f.displayLabel()));
            break;
        case FieldType::Secret: {
            const QString ref = v.toString().trimmed();
            if (!ref.startsWith(u"env:") && !ref.startsWith(u"file:") && !ref.startsWith(u"keychain:"))
                problem(f, ConnectorRegistry::tr(
                               "%1 must refer to the secret as env:NAME, file:PATH or keychain:NAME, not hold it")
                               .arg(f.displayLabel()));
            break;
        }
        case FieldType::Choice:
        case FieldType::ChoiceList: {
            const QStringList given = f.type == FieldType::Choice ? QStringList{v.toString()} : v.toStringList();
            for (const QString &g : given) {
                const bool known = std::any_of(f.choices.begin(), f.choices.end(),
                                               [&g](const FieldChoice &c) { return c.value == g; });
                if (!known) {
                    QStringList allowed;
                    for (const FieldChoice &c : f.choices)
                        allowed.append(c.value);
                    problem(f, ConnectorRegistry::tr("%1: '%2' is not one of %3")
                                   .arg(f.displayLabel(), g, allowed.join(QStringLiteral(", "))));
                }
            }
            break;
        }
        default:
            break;
        }
        if (f.checkValue)
            if (const QString message = f.checkValue(v); !message.isEmpty())
                problem(f, message);
    }
    return problems;
}

Result<void> ConnectorType::apply(JobSpec &job, const QVariantMap &values) const
{
    if (const QList<Error> problems = check(values); !problems.isEmpty())
        return problems.first();
    select(job);
    for (const ConnectorField &f : fields)
        f.write(job, values.value(f.key));
    return {};
}

const ConnectorRegistry &ConnectorRegistry::instance()
{
    static const ConnectorRegistry registry;
    return registry;
}

ConnectorRegistry::ConnectorRegistry()
{
    {
        ConnectorField path = text(
            "path", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Database file"), FieldType::FilePath,
            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The SQLite file to read; a relative path starts at the job "
                                                          "file's folder."),
            [](JobSpec &j) -> QString & { return j.sql.host; });
        path.required = true;
        path.fileFilter = SqliteFiles;
        ConnectorField query = text("query", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Query"), FieldType::Query,
                                    QueryHelp, [](JobSpec &j) -> QString & { return j.sql.query; });
        query.required = true;
        m_types.push_back(sqlType(QStringLiteral("sqlite"),
                                  QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "SQLite database file"),
                                  QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                    "Rows of a query on a SQLite database file on this computer."),
                                  {path, query}));
    }
    m_types.push_back(
        sqlType(QStringLiteral("postgres"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "PostgreSQL"),
                QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Rows of a query on a PostgreSQL server."),
                serverFields(QStringLiteral("postgres"), 5432,
                             QT_TRANSLATE_NOOP(
                                 "Ferry::ConnectorRegistry",
                                 "Instead of the fields below: postgres://user@host:5432/database. Fields that are set "
                                 "take precedence."),
                             QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                               "libpq options separated by semicolons, e.g. sslmode=require"))));
    m_types.push_back(sqlType(
        QStringLiteral("mysql"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "MySQL or MariaDB"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Rows of a query on a MySQL or MariaDB server."),
        serverFields(
            QStringLiteral("mysql"), 3306,
            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                              "Instead of the fields below: mysql://user@host:3306/database. Fields that are set take "
                              "precedence."),
            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                              "Qt MySQL driver options separated by semicolons, e.g. MYSQL_OPT_SSL_MODE=REQUIRED"))));
    m_types.push_back(sqlType(
        QStringLiteral("mssql"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "SQL Server"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "Rows of a query on Microsoft SQL Server, through ODBC (FreeTDS by default)."),
        serverFields(
            QStringLiteral("mssql"), 1433,
            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                              "Instead of the fields below: sqlserver://user@host:1433/database. Fields that are set "
                              "take precedence."),
            QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                              "Extra ODBC connection attributes separated by semicolons; DRIVER={…} picks another "
                              "ODBC driver than FreeTDS"))));
    m_types.push_back(flipletSourceType());
    m_types.push_back(csvSourceType());
    m_types.push_back(jsonSourceType());
    m_types.push_back(httpSourceType());
    m_types.push_back(flipletType());
    m_types.push_back(sqliteTargetType());
    appendSqlTableTypes(m_types);
    m_types.push_back(restTargetType());
    m_types.push_back(webhookTargetType());
    m_types.push_back(moduleSourceType());
    m_types.push_back(moduleTargetType());
}

QList<const ConnectorType *> ConnectorRegistry::types(ConnectorRole role) const
{
    QList<const ConnectorType *> out;
    for (const ConnectorType &t : m_types)
        if (t.role == role)
            out.append(&t);
    return out;
}

const ConnectorType *ConnectorRegistry::find(const QString &id) const
{
    for (const ConnectorType &t : m_types)
        if (t.id == id)
            return &t;
    return nullptr;
}

QString ConnectorRegistry::sourceTypeId(const JobSpec &job)
{
    switch (job.sourceKind) {
    case SourceKind::Sql: {
        const QString kind = job.sql.driver.isEmpty() ? sqlKindFromUrl(job.sql.url) : job.sql.driver;
        return QStringLiteral("sql/") + kind;
    }
    case SourceKind::Fliplet:
        return QStringLiteral("fliplet/source");
    case SourceKind::Csv:
        return QStringLiteral("csv");
    case SourceKind::Json:
        return QStringLiteral("json");
    case SourceKind::Http:
        return QStringLiteral("http");
    case SourceKind::Module:
        return QStringLiteral("module/source");
    }
    return {};
}

QString ConnectorRegistry::targetTypeId(const JobSpec &job)
{
    switch (job.targetKind) {
    case TargetKind::Fliplet:
        return QStringLiteral("fliplet");
    case TargetKind::Sqlite:
        return QStringLiteral("sqlite");
    case TargetKind::Sql:
        return sqlTableTypeId(job.sqlTarget.connection.driver.isEmpty() ? sqlKindFromUrl(job.sqlTarget.connection.url)
                                                                        : job.sqlTarget.connection.driver);
    case TargetKind::Rest:
        return QStringLiteral("rest");
    case TargetKind::Webhook:
        return QStringLiteral("webhook");
    case TargetKind::Module:
        return QStringLiteral("module/target");
    }
    return {};
}

Result<std::unique_ptr<Source>> ConnectorRegistry::createSource(const JobSpec &job, const JobSecrets &secrets) const
{
    const QString id = sourceTypeId(job);
    const ConnectorType *type = find(id);
    if (!type || type->role != ConnectorRole::Source || !type->createSource) {
        if (job.sourceKind == SourceKind::Sql) {
            // Say what is wrong with the driver or URL, as the SQL settings' reader does.
            if (auto params = sqlConnectionParams(job.sql, jobBaseDir(job), {}); !params)
                return params.error();
        }
        return Error{ErrorCode::InvalidConfig, tr("unknown source type '%1'").arg(id), job.name,
                     QStringLiteral("source.driver")};
    }
    return type->createSource(job, secrets);
}

Result<std::unique_ptr<Target>> ConnectorRegistry::createTarget(const JobSpec &job, const JobSecrets &secrets,
                                                                const std::atomic_bool *cancel) const
{
    const QString id = targetTypeId(job);
    const ConnectorType *type = find(id);
    if (!type || type->role != ConnectorRole::Target || !type->createTarget)
        return Error{ErrorCode::InvalidConfig, tr("unknown target type '%1'").arg(id), job.name,
                     QStringLiteral("target.type")};
    return type->createTarget(job, secrets, cancel);
}

} // namespace Ferry
