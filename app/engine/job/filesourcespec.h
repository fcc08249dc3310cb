// The settings of a file source (CSV, JSON, NDJSON) as a job holds them, the column types they declare,
// and the checks validate() runs on them.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ferry {

struct ValidationIssue;

// How a file column's text is read (columns: {id: integer, …}); undeclared columns are text (CSV) or keep
// their JSON type (JSON).
enum class FileValueType { Text, Integer, Decimal, Number, Boolean, Date, DateTime, Json };
QString fileValueTypeName(FileValueType type); // "text", "integer", "decimal", "number", "boolean", "date", …
std::optional<FileValueType> fileValueTypeFromName(const QString &name);
QStringList fileValueTypeNames();

struct FileColumn
{
    QString name;
    QString type; // as written; validate() names an unknown one
    friend bool operator==(const FileColumn &, const FileColumn &) = default;
};

struct FileSourceSpec
{
    QString path;       // a file, or a glob in its last part (exports/*.csv); relative to the job file's folder
    QString delimiter;  // CSV: one character; empty: ","
    QString quote;      // CSV: one character; empty: '"'
    QString encoding;   // CSV: utf-8 (default), utf-16, latin1, windows-1252
    bool header = true; // CSV: the first line names the columns
    QString format;     // JSON: json (default) or ndjson
    QString records;    // JSON: a JSON pointer to the array of records ("/data/items"); empty: the document
    QList<FileColumn> columns;

    QChar delimiterChar() const { return delimiter.isEmpty() ? QChar(u',') : delimiter.at(0); }
    QChar quoteChar() const { return quote.isEmpty() ? QChar(u'"') : quote.at(0); }
    QString encodingName() const { return encoding.isEmpty() ? QStringLiteral("utf-8") : encoding.toLower(); }
    // format: ndjson, or left out for a path ending in .ndjson or .jsonl.
    bool ndjson() const;
    // The declared type of a column (Text, or keep for JSON, when undeclared).
    std::optional<FileValueType> declaredType(const QString &column) const;

    // "id: integer, price: decimal" (the form's one-line view of columns) and back. An entry without a
    // colon is text ("id: integer, name").
    QString columnsText() const;
    static QList<FileColumn> columnsFromText(const QString &text);

    friend bool operator==(const FileSourceSpec &, const FileSourceSpec &) = default;
};

QStringList fileEncodingNames(); // utf-8, utf-16, latin1, windows-1252

class FileSourceChecks
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FileSourceChecks)
public:
    // The problems of a CSV (csv true) or JSON source's settings, with field paths (source.path, …).
    static QList<ValidationIssue> check(const FileSourceSpec &spec, bool csv);
};

} // namespace Ferry
