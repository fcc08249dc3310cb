#include "connectorinfo.h"

namespace Ferry {

QStringList capabilityNames(Capabilities capabilities)
{
    static const std::pair<Capability, const char *> names[] = {
        {Capability::BatchCommit, "batch-commit"},
        {Capability::PerRowCrud, "per-row-crud"},
        {Capability::Upsert, "upsert"},
        {Capability::Delete, "delete"},
        {Capability::ChangesSince, "changes-since"},
        {Capability::CreateTable, "create-table"},
        {Capability::FreeColumns, "free-columns"},
        {Capability::TypedColumns, "typed-columns"},
        {Capability::LimitedSample, "limited-sample"},
        {Capability::Interrupt, "interrupt"},
    };
    QStringList out;
    for (const auto &[flag, name] : names)
        if (capabilities.testFlag(flag))
            out.append(QLatin1String(name));
    return out;
}

QStringList TableInfo::columnNames() const
{
    QStringList out;
    for (const ColumnInfo &c : columns)
        out.append(c.name);
    return out;
}

const ColumnInfo *TableInfo::column(const QString &columnName) const
{
    for (const ColumnInfo &c : columns)
        if (c.name == columnName)
            return &c;
    return nullptr;
}

const TableInfo *SchemaInfo::table(const QString &qualifiedName) const
{
    for (const TableInfo &t : tables)
        if (t.qualifiedName() == qualifiedName)
            return &t;
    return nullptr;
}

SchemaInfo SchemaInfo::oneTable(const QString &name, const QStringList &columns, const QString &keyColumn)
{
    TableInfo table;
    table.name = name;
    for (const QString &c : columns)
        table.columns.append(ColumnInfo{c, {}, true, !keyColumn.isEmpty() && c == keyColumn});
    SchemaInfo schema;
    schema.tables.append(table);
    schema.current = name;
    return schema;
}

} // namespace Ferry
