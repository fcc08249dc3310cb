#include "sqldialect.h"

#include "core/values.h"

#include <QDateTime>

#include <algorithm>

namespace Ferry {

namespace {

QStringList quotedAll(const SqlDialect &d, const QStringList &names)
{
    QStringList out;
    out.reserve(names.size());
    for (const QString &n : names)
        out.append(d.quote(n));
    return out;
}

// The columns an upsert updates: all but the key's.
QStringList nonKey(const SqlDialect &d, const QStringList &columns, const QStringList &key)
{
    QStringList out;
    for (const QString &c : columns)
        if (std::none_of(key.begin(), key.end(), [&](const QString &k) { return d.sameColumn(c, k); }))
            out.append(c);
    return out;
}

// "yyyy-MM-dd HH:mm:ss.zzz": a naive date-time by its fields, a zoned one as its UTC wall clock.
QString utcWallClock(const QDateTime &dt)
{
    const QDateTime shown = dt.timeSpec() == Qt::LocalTime ? dt : dt.toUTC();
    return shown.date().toString(Qt::ISODate) + u' ' + shown.time().toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

void SqlColumnShape::add(const RowSet &rows, qsizetype row, int column)
{
    if (rows.isNull(row, column))
        return;
    Kind k = Text;
    if (rows.isDecimal(row, column)) {
        k = Decimal;
        const QByteArray text = rows.json(row, column);
        const qsizetype start = text.startsWith('-') ? 1 : 0;
        const qsizetype point = text.indexOf('.');
        const qsizetype exponent = std::max(text.indexOf('e'), text.indexOf('E'));
        if (exponent >= 0) {
            k = Double; // 1E+30: rare, and what a double holds
        } else {
            integerDigits = std::max<int>(integerDigits, int((point < 0 ? text.size() : point) - start));
            scale = std::max<int>(scale, point < 0 ? 0 : int(text.size() - point - 1));
        }
    } else {
        const QVariant v = rows.value(row, column);
        switch (Values::kindOf(v)) {
        case Values::Kind::Bool:
            k = Bool;
            break;
        case Values::Kind::Integer:
            k = Integer;
            break;
        case Values::Kind::Unsigned:
        case Values::Kind::Double:
            k = Double;
            break;
        case Values::Kind::DateTime:
            k = v.toDateTime().timeSpec() == Qt::LocalTime ? NaiveDateTime : ZonedDateTime;
            break;
        case Values::Kind::Date:
            k = Date;
            break;
        case Values::Kind::Time:
            k = Time;
            break;
        case Values::Kind::Bytes:
            k = Bytes;
            break;
        case Values::Kind::Map:
        case Values::Kind::List:
            k = Json;
            break;
        default:
            k = Text;
            break;
        }
    }
    if (kind == Empty || kind == k) {
        kind = k;
        return;
    }
    // Two kinds in one column: the narrowest type that holds both, else text.
    const auto either = [&](Kind a, Kind b) { return (kind == a && k == b) || (kind == b && k == a); };
    if (either(Bool, Integer))
        kind = Integer;
    else if (either(Integer, Decimal) || either(Bool, Decimal))
        kind = Decimal;
    else if (either(Integer, Double) || either(Decimal, Double) || either(Bool, Double))
        kind = Double;
    else if (either(NaiveDateTime, ZonedDateTime))
        kind = ZonedDateTime;
    else
        kind = Text;
}

std::unique_ptr<SqlDialect> SqlDialect::create(const QString &kind)
{
    if (kind == u"postgres")
        return std::make_unique<PostgresDialect>();
    if (kind == u"mysql")
        return std::make_unique<MysqlDialect>();
    if (kind == u"sqlite")
        return std::make_unique<SqliteDialect>();
    if (kind == u"mssql")
        return std::make_unique<MssqlDialect>();
    return nullptr;
}

QString SqlDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString SqlDialect::qualified(const QString &schema, const QString &table) const
{
    return schema.isEmpty() ? quote(table) : quote(schema) + u'.' + quote(table);
}

bool SqlDialect::sameColumn(const QString &a, const QString &b) const
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString SqlDialect::valuesRows(int columns, int rows) const
{
    QString one = QStringLiteral("(");
    for (int i = 0; i < columns; ++i)
        one += i ? QStringLiteral(", ?") : QStringLiteral("?");
    one += u')';
    QString out;
    out.reserve((one.size() + 2) * rows);
    for (int r = 0; r < rows; ++r) {
        if (r)
            out += QStringLiteral(", ");
        out += one;
    }
    return out;
}

QString SqlDialect::insert(const QString &table, const QStringList &columns, int rows) const
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, quotedAll(*this, columns).join(QStringLiteral(", ")),
             valuesRows(static_cast<int>(columns.size()), rows));
}

QString SqlDialect::remove(const QString &table, const QStringList &key, int rows) const
{
    if (key.size() == 1)
        return QStringLiteral("DELETE FROM %1 WHERE %2 IN (%3)")
            .arg(table, quote(key.first()), valuesRows(rows, 1).mid(1).chopped(1));
    QStringList parts;
    for (const QString &k : key)
        parts.append(quote(k) + QStringLiteral(" = ?"));
    const QString one = u'(' + parts.join(QStringLiteral(" AND ")) + u')';
    QStringList all;
    for (int r = 0; r < rows; ++r)
        all.append(one);
    return QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, all.join(QStringLiteral(" OR ")));
}

QString SqlDialect::createTable(const QString &table, const QStringList &columns, const QList<SqlColumnShape> &shapes,
                                const QStringList &key) const
{
    QStringList defs;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString type = columnType(shapes.value(i));
        QString def = quote(columns[i]);
        if (!type.isEmpty())
            def += u' ' + type;
        if (shapes.value(i).key)
            def += QStringLiteral(" NOT NULL");
        defs.append(def);
    }
    if (!key.isEmpty())
        defs.append(QStringLiteral("PRIMARY KEY (%1)").arg(quotedAll(*this, key).join(QStringLiteral(", "))));
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table, defs.join(QStringLiteral(", ")));
}

QString SqlDialect::addColumn(const QString &table, const QString &column, const SqlColumnShape &shape) const
{
    const QString type = columnType(shape);
    return QStringLiteral("ALTER TABLE %1 ADD %2%3")
        .arg(table, kind() == u"mssql" ? QString() : QStringLiteral("COLUMN "),
             quote(column) + (type.isEmpty() ? QString() : u' ' + type));
}

QVariant SqlDialect::bindValue(const RowSet &rows, qsizetype row, int column) const
{
    return rows.bindValue(row, column);
}

// PostgreSQL ---------------------------------------------------------------------------------------------

QString PostgresDialect::upsert(const QString &table, const QStringList &columns, const QStringList &key,
                                int rows) const
{
    QStringList sets;
    for (const QString &c : nonKey(*this, columns, key))
        sets.append(QStringLiteral("%1 = EXCLUDED.%1").arg(quote(c)));
    return insert(table, columns, rows) +
           QStringLiteral(" ON CONFLICT (%1) ").arg(quotedAll(*this, key).join(QStringLiteral(", "))) +
           (sets.isEmpty() ? QStringLiteral("DO NOTHING")
                           : QStringLiteral("DO UPDATE SET ") + sets.join(QStringLiteral(", ")));
}

QString PostgresDialect::columnType(const SqlColumnShape &shape) const
{
    switch (shape.kind) {
    case SqlColumnShape::Bool:
        return QStringLiteral("boolean");
    case SqlColumnShape::Integer:
        return QStringLiteral("bigint");
    case SqlColumnShape::Decimal:
        return QStringLiteral("numeric");
    case SqlColumnShape::Double:
        return QStringLiteral("double precision");
    case SqlColumnShape::NaiveDateTime:
        return QStringLiteral("timestamp(3)");
    case SqlColumnShape::ZonedDateTime:
        return QStringLiteral("timestamptz(3)");
    case SqlColumnShape::Date:
        return QStringLiteral("date");
    case SqlColumnShape::Time:
        return QStringLiteral("time(3)");
    case SqlColumnShape::Bytes:
        return QStringLiteral("bytea");
    case SqlColumnShape::Json:
        return QStringLiteral("jsonb");
    case SqlColumnShape::Empty:
    case SqlColumnShape::Text:
        break;
    }
    return QStringLiteral("text");
}

QString PostgresDialect::uniqueIndexQuery() const
{
    // Only indexes ON CONFLICT can use: unique, on plain columns, not partial.
    return QStringLiteral("SELECT i.indexrelid::text, a.attname FROM pg_catalog.pg_index i "
                          "JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                          "WHERE i.indrelid = to_regclass(?) AND i.indisunique AND i.indpred IS NULL "
                          "AND i.indexprs IS NULL");
}

QVariantList PostgresDialect::uniqueIndexParameters(const QString &schema, const QString &table) const
{
    return {qualified(schema, table)};
}

QVariant PostgresDialect::bindValue(const RowSet &rows, qsizetype row, int column) const
{
    // Booleans as booleans: PostgreSQL does not turn 0/1 into a boolean column's value. Decimals as their
    // exact text, scale included (10.50 stays 10.50 in a numeric column).
    if (rows.isDecimal(row, column))
        return QString::fromLatin1(rows.json(row, column));
    const QVariant v = rows.value(row, column);
    if (v.typeId() == QMetaType::Bool)
        return v;
    return rows.bindValue(row, column);
}

// MySQL / MariaDB ----------------------------------------------------------------------------------------

QString MysqlDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(u'`', QStringLiteral("``"));
    return u'`' + escaped + u'`';
}

QString MysqlDialect::upsert(const QString &table, const QStringList &columns, const QStringList &key, int rows) const
{
    QStringList sets;
    for (const QString &c : nonKey(*this, columns, key))
        sets.append(QStringLiteral("%1 = VALUES(%1)").arg(quote(c)));
    if (sets.isEmpty()) // only key columns: nothing to update, but the statement needs a clause
        sets.append(QStringLiteral("%1 = %1").arg(quote(key.first())));
    return insert(table, columns, rows) + QStringLiteral(" ON DUPLICATE KEY UPDATE ") + sets.join(QStringLiteral(", "));
}

QString MysqlDialect::columnType(const SqlColumnShape &shape) const
{
    switch (shape.kind) {
    case SqlColumnShape::Bool:
        return QStringLiteral("BOOLEAN");
    case SqlColumnShape::Integer:
        return QStringLiteral("BIGINT");
    case SqlColumnShape::Decimal: {
        const int scale = std::min(shape.scale, 30);
        const int precision = std::max(shape.integerDigits + scale, 1);
        if (precision > 65 || shape.scale > 30)
            return shape.key ? QStringLiteral("VARCHAR(255)") : QStringLiteral("LONGTEXT"); // exact, as text
        return QStringLiteral("DECIMAL(%1,%2)").arg(std::max(precision, std::min(65, 18 + scale))).arg(scale);
    }
    case SqlColumnShape::Double:
        return QStringLiteral("DOUBLE");
    case SqlColumnShape::NaiveDateTime:
    case SqlColumnShape::ZonedDateTime: // as its UTC wall clock: MySQL has no zoned type that keeps the instant
        return QStringLiteral("DATETIME(3)");
    case SqlColumnShape::Date:
        return QStringLiteral("DATE");
    case SqlColumnShape::Time:
        return QStringLiteral("TIME(3)");
    case SqlColumnShape::Bytes:
        return shape.key ? QStringLiteral("VARBINARY(255)") : QStringLiteral("LONGBLOB");
    case SqlColumnShape::Json:
        return QStringLiteral("JSON");
    case SqlColumnShape::Empty:
    case SqlColumnShape::Text:
        break;
    }
    // utf8mb4, so any Unicode text fits (4-byte characters included). A key needs a bounded length, and a
    // binary collation so that keys differing in case or accents stay distinct. Not for other text: a LONGTEXT
    // with a binary collation reads back as bytes.
    return shape.key ? QStringLiteral("VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
                     : QStringLiteral("LONGTEXT CHARACTER SET utf8mb4");
}

QString MysqlDialect::uniqueIndexQuery() const
{
    return QStringLiteral("SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS "
                          "WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND NON_UNIQUE = 0 "
                          "AND SUB_PART IS NULL");
}

QVariantList MysqlDialect::uniqueIndexParameters(const QString &schema, const QString &table) const
{
    return {schema.isEmpty() ? QVariant() : QVariant(schema), table};
}

QVariant MysqlDialect::bindValue(const RowSet &rows, qsizetype row, int column) const
{
    // Date-times as MySQL reads them: "2024-02-01 09:00:00.000", a zoned one as its UTC wall clock (DATETIME
    // refuses an offset), which the next run compares with the source's instant read as UTC.
    if (rows.isDecimal(row, column))
        return QString::fromLatin1(rows.json(row, column)); // exact, scale included
    const QVariant v = rows.value(row, column);
    if (v.typeId() == QMetaType::QDateTime)
        return utcWallClock(v.toDateTime());
    return rows.bindValue(row, column);
}

// SQLite -------------------------------------------------------------------------------------------------

QString SqliteDialect::upsert(const QString &table, const QStringList &columns, const QStringList &key, int rows) const
{
    QStringList sets;
    for (const QString &c : nonKey(*this, columns, key))
        sets.append(QStringLiteral("%1 = excluded.%1").arg(quote(c)));
    return insert(table, columns, rows) +
           QStringLiteral(" ON CONFLICT (%1) ").arg(quotedAll(*this, key).join(QStringLiteral(", "))) +
           (sets.isEmpty() ? QStringLiteral("DO NOTHING")
                           : QStringLiteral("DO UPDATE SET ") + sets.join(QStringLiteral(", ")));
}

QString SqliteDialect::columnType(const SqlColumnShape &shape) const
{
    switch (shape.kind) {
    case SqlColumnShape::Bool:
    case SqlColumnShape::Integer:
        return QStringLiteral("INTEGER");
    case SqlColumnShape::Double:
        return QStringLiteral("REAL");
    case SqlColumnShape::Bytes:
        return QStringLiteral("BLOB");
    case SqlColumnShape::Text:
    case SqlColumnShape::NaiveDateTime:
    case SqlColumnShape::ZonedDateTime:
    case SqlColumnShape::Date:
    case SqlColumnShape::Time:
    case SqlColumnShape::Json:
        return QStringLiteral("TEXT");
    case SqlColumnShape::Decimal: // no type: SQLite keeps the value as sent (a NUMERIC column would round)
    case SqlColumnShape::Empty:
        break;
    }
    return {};
}

QString SqliteDialect::uniqueIndexQuery() const
{
    return QStringLiteral("SELECT il.name, ii.name FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii "
                          "WHERE il.\"unique\" = 1 AND il.partial = 0");
}

QVariantList SqliteDialect::uniqueIndexParameters(const QString &, const QString &table) const
{
    return {table};
}

// SQL Server ---------------------------------------------------------------------------------------------

QString MssqlDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(u']', QStringLiteral("]]"));
    return u'[' + escaped + u']';
}

QString MssqlDialect::upsert(const QString &table, const QStringList &columns, const QStringList &key, int rows) const
{
    // HOLDLOCK: without it two MERGEs of the same new key may both insert.
    QStringList on, sets, sourceColumns;
    for (const QString &k : key)
        on.append(QStringLiteral("t.%1 = s.%1").arg(quote(k)));
    for (const QString &c : nonKey(*this, columns, key))
        sets.append(QStringLiteral("t.%1 = s.%1").arg(quote(c)));
    for (const QString &c : columns)
        sourceColumns.append(QStringLiteral("s.") + quote(c));
    const QString names = quotedAll(*this, columns).join(QStringLiteral(", "));
    QString sql =
        QStringLiteral("MERGE INTO %1 WITH (HOLDLOCK) AS t USING (VALUES %2) AS s (%3) ON %4")
            .arg(table, valuesRows(static_cast<int>(columns.size()), rows), names, on.join(QStringLiteral(" AND ")));
    if (!sets.isEmpty())
        sql += QStringLiteral(" WHEN MATCHED THEN UPDATE SET ") + sets.join(QStringLiteral(", "));
    sql += QStringLiteral(" WHEN NOT MATCHED THEN INSERT (%1) VALUES (%2);")
               .arg(names, sourceColumns.join(QStringLiteral(", ")));
    return sql;
}

QString MssqlDialect::columnType(const SqlColumnShape &shape) const
{
    switch (shape.kind) {
    case SqlColumnShape::Bool:
        return QStringLiteral("BIT");
    case SqlColumnShape::Integer:
        return QStringLiteral("BIGINT");
    case SqlColumnShape::Decimal: {
        const int scale = std::min(shape.scale, 38);
        const int precision = shape.integerDigits + scale;
        if (precision > 38)
            return shape.key ? QStringLiteral("NVARCHAR(450)") : QStringLiteral("NVARCHAR(MAX)");
        return QStringLiteral("DECIMAL(%1,%2)").arg(std::max(precision, std::min(38, 18 + scale))).arg(scale);
    }
    case SqlColumnShape::Double:
        return QStringLiteral("FLOAT(53)");
    case SqlColumnShape::NaiveDateTime:
        return QStringLiteral("DATETIME2(3)");
    case SqlColumnShape::ZonedDateTime:
        return QStringLiteral("DATETIMEOFFSET(3)");
    case SqlColumnShape::Date:
        return QStringLiteral("DATE");
    case SqlColumnShape::Time:
        return QStringLiteral("TIME(3)");
    case SqlColumnShape::Bytes:
        return shape.key ? QStringLiteral("VARBINARY(900)") : QStringLiteral("VARBINARY(MAX)");
    case SqlColumnShape::Json:
    case SqlColumnShape::Empty:
    case SqlColumnShape::Text:
        break;
    }
    // An index key holds at most 900 bytes: 450 UTF-16 characters.
    return shape.key ? QStringLiteral("NVARCHAR(450)") : QStringLiteral("NVARCHAR(MAX)");
}

QString MssqlDialect::uniqueIndexQuery() const
{
    return QStringLiteral(
        "SELECT i.name, c.name FROM sys.indexes i "
        "JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id "
        "JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id "
        "WHERE i.object_id = OBJECT_ID(?) AND i.is_unique = 1 AND i.has_filter = 0 AND ic.is_included_column = 0");
}

QVariantList MssqlDialect::uniqueIndexParameters(const QString &schema, const QString &table) const
{
    return {qualified(schema, table)};
}

} // namespace Ferry
