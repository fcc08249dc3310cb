// What connectors say about themselves and what they reach: their capabilities, the findings of a
// connection test, the schema discover() finds (tables and columns, Fliplet data sources). Plain values,
// safe to pass between threads; the desktop's job editor and ferry-cli test show them.
#pragma once

#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ferry {

// What a connector can do, as Ferry uses it. Forms offer only what applies (no "create table" toggle
// for a target without CreateTable, no replace mode without Delete).
enum class Capability : quint32 {
    BatchCommit = 1u << 0,   // writes a batch of changes all or nothing (one request or transaction)
    PerRowCrud = 1u << 1,    // inserts, updates and deletes single records, so one bad row fails alone
    Upsert = 1u << 2,        // inserts or updates by key in one operation
    Delete = 1u << 3,        // removes records (replace mode, delete_column)
    ChangesSince = 1u << 4,  // reads only what changed since a marker (incremental runs)
    CreateTable = 1u << 5,   // creates its table, and adds missing columns, when the job allows it
    FreeColumns = 1u << 6,   // schemaless: takes any field name without setting it up first
    TypedColumns = 1u << 7,  // discover() reports declared column types and keys
    LimitedSample = 1u << 8, // sample(n) reads n records, not the whole source or target
    Interrupt = 1u << 9,     // cancel stops a long statement in flight, not only between steps
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// Stable ids for scripts and JSON ("batch-commit", "per-row-crud", …), in bit order.
QStringList capabilityNames(Capabilities capabilities);

struct ColumnInfo
{
    QString name;
    QString type; // as the server declares it ("character varying(100)", "INTEGER"); empty when untyped
    bool nullable = true;
    bool primaryKey = false;
    friend bool operator==(const ColumnInfo &, const ColumnInfo &) = default;
};

struct TableInfo
{
    QString schema; // empty for the connection's default (public, the current database, dbo, main)
    QString name;
    bool view = false;
    QList<ColumnInfo> columns;

    QString qualifiedName() const { return schema.isEmpty() ? name : schema + u'.' + name; }
    QStringList columnNames() const;
    const ColumnInfo *column(const QString &name) const;
    friend bool operator==(const TableInfo &, const TableInfo &) = default;
};

// A Fliplet data source as GET v1/data-sources lists it.
struct DataSourceInfo
{
    QString id;
    QString name;
    QString type;     // Fliplet's own type ("keystore", …); empty for the ones Studio shows as app data
    qint64 appId = 0; // 0: none
    qint64 organizationId = 0;
    QStringList columns; // as the data source declares them; may be empty
    friend bool operator==(const DataSourceInfo &, const DataSourceInfo &) = default;
};

// What discover() finds.
struct SchemaInfo
{
    // SQL sources: tables and views. SQLite target: the file's tables. Fliplet: the job's data source,
    // with the columns its entries use (Fliplet has no declared types or keys).
    QList<TableInfo> tables;
    // Fliplet: every data source the token can see.
    QList<DataSourceInfo> dataSources;
    // The table or data source the job names, as it appears in tables (qualified name); empty when the
    // job names none, or it does not exist (yet).
    QString current;

    const TableInfo *table(const QString &qualifiedName) const;
    // The schema of a target or source that is one table (a list, a module, a webhook), the current one: its
    // columns untyped and nullable, keyColumn (when named) its primary key.
    static SchemaInfo oneTable(const QString &name, const QStringList &columns, const QString &keyColumn = {});
};

// What test() reached.
struct ConnectionInfo
{
    QString summary;      // one line for people: what was reached, translated
    QString server;       // product and version: "PostgreSQL 15.18", "SQLite 3.40.1", "Fliplet API at https://…"
    QString user;         // who it is connected as: the database user, the Fliplet user's name and email
    QString database;     // the database (name or file)
    QString object;       // the table or data source reached; empty for a query source
    qint64 rowCount = -1; // rows the query returns, records the target holds; -1 when not counted
    QStringList columns;  // the query's columns, the table's or data source's
    QStringList notes;    // worth knowing, not failures ("the table does not exist yet: created on the first run")
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::ConnectionInfo)
Q_DECLARE_METATYPE(Ferry::SchemaInfo)
