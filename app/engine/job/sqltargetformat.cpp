#include "sqltargetformat.h"

#include "yamlfields.h"

#include <QCoreApplication>

namespace Ferry {

namespace {

class SqlTargetFormatText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FerryFormat)
};

const char *const Keys[] = {"type",     "url",      "driver",       "path",      "host",     "port",
                            "database", "username", "options",      "domain",    "instance", "encrypt",
                            "schema",   "table",    "create_table", "batch_rows"};

void writeString(YAML::Emitter &e, const char *key, const QString &value)
{
    if (!value.isEmpty())
        e << YAML::Key << key << YAML::Value << value.toStdString();
}

} // namespace

Result<void> readSqlTarget(YamlFields &f, const YAML::Node &dst, JobSpec &job, SecretReader readSecret)
{
    QSet<QString> known{QStringLiteral("password")};
    for (const char *key : Keys) {
        f.locate(QStringLiteral("target.") + QLatin1String(key), child(dst, key), dst);
        known.insert(QLatin1String(key));
    }
    job.targetKind = TargetKind::Sql;
    SqlTargetSpec &t = job.sqlTarget;
    SqlSourceSpec &s = t.connection;
    FERRY_TRY(url, f.string(dst, "url"));
    s.url = url.value_or(QString());
    FERRY_TRY(driver, f.string(dst, "driver"));
    s.driver = driver.value_or(QString()).toLower();
    FERRY_TRY(path, f.string(dst, "path"));
    FERRY_TRY(host, f.string(dst, "host"));
    s.host = s.driver == u"sqlite" ? path.value_or(QString()) : host.value_or(QString());
    FERRY_TRY(port, f.integer(dst, "port"));
    s.port = saturatedInt(port.value_or(0));
    FERRY_TRY(database, f.string(dst, "database"));
    s.database = database.value_or(QString());
    FERRY_TRY(username, f.string(dst, "username"));
    s.username = username.value_or(QString());
    FERRY_TRY(password, readSecret(f, dst, "password", QStringLiteral("target.password")));
    s.password = password;
    FERRY_TRY(options, f.string(dst, "options"));
    s.options = options.value_or(QString());
    FERRY_TRY(domain, f.string(dst, "domain"));
    s.domain = domain.value_or(QString());
    FERRY_TRY(instance, f.string(dst, "instance"));
    s.instance = instance.value_or(QString());
    FERRY_TRY(encrypt, f.boolean(dst, "encrypt"));
    s.encrypt = encrypt.value_or(false);
    FERRY_TRY(schema, f.string(dst, "schema"));
    t.schema = schema.value_or(QString()).trimmed();
    FERRY_TRY(table, f.string(dst, "table"));
    t.table = table.value_or(QString());
    FERRY_TRY(create, f.boolean(dst, "create_table"));
    t.createTable = create.value_or(false);
    FERRY_TRY(rows, f.integer(dst, "batch_rows"));
    t.batchRows = saturatedInt(rows.value_or(0));
    f.warnUnknownKeys(dst, known, QString());
    return {};
}

std::optional<Error> sqlTargetWriteProblem(const JobSpec &job)
{
    if (job.targetKind != TargetKind::Sql)
        return std::nullopt;
    const SqlSourceSpec &s = job.sqlTarget.connection;
    if (s.password.isInline())
        return Error{ErrorCode::InvalidConfig,
                     SqlTargetFormatText::tr("the job holds a plaintext target database password; job files keep "
                                             "references only: store it as an environment variable or a file and "
                                             "refer to it with {secret: env:NAME}"),
                     job.name, QStringLiteral("target.password")};
    if (!urlPassword(s.url).isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     SqlTargetFormatText::tr("the target database URL holds a password; job files keep references "
                                             "only: remove it from the URL and set target.password to {secret: "
                                             "env:NAME}, {secret: file:PATH} or a keychain entry"),
                     job.name, QStringLiteral("target.url")};
    return std::nullopt;
}

void writeSqlTarget(YAML::Emitter &e, const SqlTargetSpec &t)
{
    const SqlSourceSpec &s = t.connection;
    e << YAML::Key << "type" << YAML::Value << "sql";
    writeString(e, "url", s.url);
    writeString(e, "driver", s.driver);
    writeString(e, s.driver == u"sqlite" ? "path" : "host", s.host);
    if (s.port)
        e << YAML::Key << "port" << YAML::Value << s.port;
    writeString(e, "database", s.database);
    writeString(e, "username", s.username);
    if (!s.password.reference.isEmpty())
        e << YAML::Key << "password" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "secret"
          << YAML::Value << s.password.reference.toStdString() << YAML::EndMap;
    writeString(e, "options", s.options);
    writeString(e, "domain", s.domain);
    writeString(e, "instance", s.instance);
    if (s.encrypt)
        e << YAML::Key << "encrypt" << YAML::Value << true;
    writeString(e, "schema", t.schema);
    writeString(e, "table", t.table);
    if (t.createTable)
        e << YAML::Key << "create_table" << YAML::Value << true;
    if (t.batchRows)
        e << YAML::Key << "batch_rows" << YAML::Value << t.batchRows;
}

} // namespace Ferry
