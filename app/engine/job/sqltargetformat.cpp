#include "sqltargetformat.h"

#include "sqlconnectionformat.h"
#include "yamlfields.h"

#include <QCoreApplication>

namespace Ferry {

namespace {

class SqlTargetFormatText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FerryFormat)
};

const char *const TableKeys[] = {"type", "schema", "table", "create_table", "batch_rows"};

} // namespace

Result<void> readSqlTarget(YamlFields &f, const YAML::Node &dst, JobSpec &job)
{
    QSet<QString> known = sqlConnectionKeys();
    for (const char *key : TableKeys) {
        f.locate(QStringLiteral("target.") + QLatin1String(key), child(dst, key), dst);
        known.insert(QLatin1String(key));
    }
    job.targetKind = TargetKind::Sql;
    SqlTargetSpec &t = job.sqlTarget;
    if (auto r = readSqlConnection(f, dst, QStringLiteral("target"), t.connection); !r)
        return r;
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
    e << YAML::Key << "type" << YAML::Value << "sql";
    writeSqlConnection(e, t.connection);
    writeYamlString(e, "schema", t.schema);
    writeYamlString(e, "table", t.table);
    if (t.createTable)
        e << YAML::Key << "create_table" << YAML::Value << true;
    if (t.batchRows)
        e << YAML::Key << "batch_rows" << YAML::Value << t.batchRows;
}

} // namespace Ferry
