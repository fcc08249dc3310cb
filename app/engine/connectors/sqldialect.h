// What differs between SQL servers when Ferry writes a table: how identifiers are quoted, the native upsert
// (PostgreSQL and SQLite INSERT … ON CONFLICT, MySQL/MariaDB INSERT … ON DUPLICATE KEY UPDATE, SQL Server
// MERGE), the column types a created table gets, how many parameters one statement may hold, how a value is
// bound so that reading it back compares equal, and how the unique indexes of a table are listed.
// Statements use ? placeholders; pure text, so they are unit-tested without a server.
#pragma once

#include "core/rowset.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Ferry {

// What the values of one column are, seen over all the rows a run writes: decides the column's type when
// Ferry creates the table or adds the column.
struct SqlColumnShape
{
    enum Kind { Empty, Bool, Integer, Decimal, Double, Text, NaiveDateTime, ZonedDateTime, Date, Time, Bytes, Json };
    Kind kind = Empty;
    int integerDigits = 0; // Decimal: the most digits before the point
    int scale = 0;         // Decimal: the most digits after it
    bool key = false;      // part of the sync key: the primary key, so text needs a bounded length in some servers

    // Widens the shape to hold the value at (row, column) too.
    void add(const RowSet &rows, qsizetype row, int column);
};

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    // For the driver kind: postgres, mysql, sqlite, mssql; null for an unknown one.
    static std::unique_ptr<SqlDialect> create(const QString &kind);

    virtual QString kind() const = 0;
    virtual QString quote(const QString &identifier) const; // "name", with " doubled
    // schema.table, both quoted; schema may be empty.
    QString qualified(const QString &schema, const QString &table) const;
    // Whether the server takes the two column names for one (MySQL, SQLite, SQL Server ignore case).
    virtual bool sameColumn(const QString &a, const QString &b) const;
    // The most ? placeholders one statement may hold.
    virtual int maxParameters() const = 0;

    // INSERT of rows rows.
    QString insert(const QString &table, const QStringList &columns, int rows) const;
    // Inserts rows rows, or updates the row with the same key (the key columns are among columns).
    virtual QString upsert(const QString &table, const QStringList &columns, const QStringList &key,
                           int rows) const = 0;
    // Deletes rows rows by key.
    QString remove(const QString &table, const QStringList &key, int rows) const;
    // CREATE TABLE with the columns' types, the key as primary key.
    QString createTable(const QString &table, const QStringList &columns, const QList<SqlColumnShape> &shapes,
                        const QStringList &key) const;
    QString addColumn(const QString &table, const QString &column, const SqlColumnShape &shape) const;
    virtual QString columnType(const SqlColumnShape &shape) const = 0;

    // A query for the table's unique indexes (the primary key included), one row per (index, column), taking
    // the bound values uniqueIndexParameters() gives.
    virtual QString uniqueIndexQuery() const = 0;
    virtual QVariantList uniqueIndexParameters(const QString &schema, const QString &table) const = 0;

    // The value bound for a cell: what the column stores and gives back as the same value (core/rowset.h).
    virtual QVariant bindValue(const RowSet &rows, qsizetype row, int column) const;

protected:
    QString valuesRows(int columns, int rows) const; // (?, ?), (?, ?)
};

class PostgresDialect final : public SqlDialect
{
public:
    QString kind() const override { return QStringLiteral("postgres"); }
    bool sameColumn(const QString &a, const QString &b) const override { return a == b; }
    int maxParameters() const override { return 65535; }
    QString upsert(const QString &table, const QStringList &columns, const QStringList &key, int rows) const override;
    QString columnType(const SqlColumnShape &shape) const override;
    QString uniqueIndexQuery() const override;
    QVariantList uniqueIndexParameters(const QString &schema, const QString &table) const override;
    QVariant bindValue(const RowSet &rows, qsizetype row, int column) const override;
};

class MysqlDialect final : public SqlDialect
{
public:
    QString kind() const override { return QStringLiteral("mysql"); }
    QString quote(const QString &identifier) const override; // `name`, with ` doubled
    int maxParameters() const override { return 65535; }
    QString upsert(const QString &table, const QStringList &columns, const QStringList &key, int rows) const override;
    QString columnType(const SqlColumnShape &shape) const override;
    QString uniqueIndexQuery() const override;
    QVariantList uniqueIndexParameters(const QString &schema, const QString &table) const override;
    QVariant bindValue(const RowSet &rows, qsizetype row, int column) const override;
};

class SqliteDialect final : public SqlDialect
{
public:
    QString kind() const override { return QStringLiteral("sqlite"); }
    int maxParameters() const override { return 32766; }
    QString upsert(const QString &table, const QStringList &columns, const QStringList &key, int rows) const override;
    QString columnType(const SqlColumnShape &shape) const override;
    QString uniqueIndexQuery() const override;
    QVariantList uniqueIndexParameters(const QString &schema, const QString &table) const override;
};

class MssqlDialect final : public SqlDialect
{
public:
    QString kind() const override { return QStringLiteral("mssql"); }
    QString quote(const QString &identifier) const override; // [name], with ] doubled
    int maxParameters() const override { return 2000; }      // the server's limit is 2100
    QString upsert(const QString &table, const QStringList &columns, const QStringList &key, int rows) const override;
    QString columnType(const SqlColumnShape &shape) const override;
    QString uniqueIndexQuery() const override;
    QVariantList uniqueIndexParameters(const QString &schema, const QString &table) const override;
};

} // namespace Ferry
