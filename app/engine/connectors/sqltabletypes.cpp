#include "sqltabletypes.h"

#include "connectorfactory.h"
#include "connectorfields.h"
#include "sqlconnection.h"
#include "sqltable.h"

namespace Ferry {

namespace {

// A source field made to read and write the target's connection: the same keys, labels, checks and help.
ConnectorField rebound(ConnectorField f)
{
    const auto read = f.read;
    const auto write = f.write;
    f.read = [read](const JobSpec &job) {
        JobSpec view;
        view.sql = job.sqlTarget.connection;
        return read(view);
    };
    f.write = [write](JobSpec &job, const QVariant &v) {
        JobSpec view;
        view.sql = job.sqlTarget.connection;
        write(view, v);
        job.sqlTarget.connection = view.sql;
    };
    return f;
}

ConnectorField textField(const char *key, const char *label, const char *help, QString SqlTargetSpec::*member)
{
    return Fields::text(key, label, FieldType::Text, help, Fields::at(&JobSpec::sqlTarget, member));
}

ConnectorType tableType(const ConnectorType &source, const QString &kind)
{
    ConnectorType t;
    t.id = sqlTableTypeId(kind);
    t.role = ConnectorRole::Target;
    t.label = kind == u"postgres" ? QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "PostgreSQL table")
              : kind == u"mysql"  ? QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "MySQL or MariaDB table")
              : kind == u"mssql"  ? QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "SQL Server table")
                                  : QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "SQLite table (upsert by key)");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "A table on a database server: rows are upserted by the sync key in "
                                      "transactions, deleted by key, and the table can be created.");
    t.capabilities = Capability::BatchCommit | Capability::Upsert | Capability::Delete | Capability::CreateTable |
                     Capability::TypedColumns | Capability::LimitedSample;
    if (SqlInterrupt::supported(kind))
        t.capabilities |= Capability::Interrupt;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("sql")}, {QStringLiteral("driver"), kind}};
    for (const ConnectorField &f : source.fields)
        if (f.key != u"query")
            t.fields.append(rebound(f));
    if (kind != u"sqlite")
        t.fields.append(
            textField("schema", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Schema"),
                      QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Leave empty for the connection's default schema."),
                      &SqlTargetSpec::schema));
    ConnectorField table = textField("table", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Table"),
                                     QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                       "The table the rows go to, as the database names it (exact "
                                                       "case; Ferry quotes it)."),
                                     &SqlTargetSpec::table);
    table.required = true;
    table.suggestedByDiscover = true;
    t.fields.append(table);

    t.fields.append(Fields::boolean(
        "create_table", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Create the table"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                          "Create the table when it does not exist (the key becomes its primary key, the "
                          "column types follow the values), and add missing columns."),
        Fields::at(&JobSpec::sqlTarget, &SqlTargetSpec::createTable)));
    t.fields.append(Fields::integer<int>(
        "batch_rows", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Rows per transaction"),
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "The most changes written in one transaction."), 1, 10000000,
        5000, Fields::at(&JobSpec::sqlTarget, &SqlTargetSpec::batchRows)));

    t.createTarget = [](const JobSpec &job, const JobSecrets &secrets,
                        const std::atomic_bool *cancel) -> Result<std::unique_ptr<Target>> {
        auto params = sqlConnectionParams(job.sqlTarget.connection, jobBaseDir(job),
                                          secrets.value(QStringLiteral("target.password")));
        if (!params) {
            Error e = params.error();
            if (e.field.isEmpty())
                e.field = QStringLiteral("target.driver");
            return e;
        }
        return std::unique_ptr<Target>(
            std::make_unique<SqlTable>(job.sqlTarget, *params, job.rules.keyColumns, cancel));
    };
    t.select = [kind](JobSpec &job) {
        job.targetKind = TargetKind::Sql;
        job.sqlTarget = SqlTargetSpec{};
        job.sqlTarget.connection.driver = kind;
    };
    return t;
}

} // namespace

QString sqlTableTypeId(const QString &kind)
{
    return QStringLiteral("sqltable/") + kind;
}

void appendSqlTableTypes(std::vector<ConnectorType> &types)
{
    std::vector<ConnectorType> tables;
    for (const ConnectorType &t : types)
        if (t.role == ConnectorRole::Source && t.id.startsWith(QLatin1String("sql/")))
            tables.push_back(tableType(t, t.id.mid(4)));
    for (ConnectorType &t : tables)
        types.push_back(std::move(t));
}

} // namespace Ferry
