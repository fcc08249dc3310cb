#include "filesourceconnectors.h"

#include "connectorfields.h"

#include "connectorfactory.h"
#include "csvsource.h"
#include "jsonfilesource.h"

namespace Ferry {

namespace {

// A text field bound to a member of the job's FileSourceSpec, kept as typed (a delimiter may be a space).
ConnectorField textField(const char *key, const char *label, FieldType type, const char *help,
                         QString FileSourceSpec::*member)
{
    return Fields::text(key, label, type, help, Fields::at(&JobSpec::file, member), Fields::Spaces::Kept);
}

ConnectorField pathField(const char *help)
{
    ConnectorField path = textField("path", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "File"), FieldType::FilePath,
                                    help, &FileSourceSpec::path);
    path.required = true;
    return path;
}

ConnectorField columnsField(const char *help)
{
    ConnectorField f =
        Fields::field("columns", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Column types"), FieldType::Text, help);
    f.read = [](const JobSpec &job) {
        return job.file.columns.isEmpty() ? QVariant() : QVariant(job.file.columnsText());
    };
    f.write = [](JobSpec &job, const QVariant &v) {
        job.file.columns = isEmptyFieldValue(v) ? QList<FileColumn>() : FileSourceSpec::columnsFromText(v.toString());
    };
    return f;
}

} // namespace

ConnectorType csvSourceType()
{
    ConnectorType t;
    t.id = QStringLiteral("csv");
    t.role = ConnectorRole::Source;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "CSV file");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "Rows of a CSV file on this computer, or of every file a pattern matches.");
    t.capabilities = Capability::TypedColumns | Capability::LimitedSample;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("csv")}};
    t.fields.append(pathField(QT_TRANSLATE_NOOP(
        "Ferry::ConnectorRegistry", "The CSV file to read; a relative path starts at the job file's folder. A pattern "
                                    "such as exports/*.csv reads every matching file (same columns) in name order.")));

    ConnectorField delimiter = textField(
        "delimiter", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Delimiter"), FieldType::Choice,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "What separates the fields."), &FileSourceSpec::delimiter);
    delimiter.defaultValue = QStringLiteral(",");
    delimiter.choices = {{QStringLiteral(","), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Comma (,)")},
                         {QStringLiteral(";"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Semicolon (;)")},
                         {QStringLiteral("\t"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Tab")},
                         {QStringLiteral("|"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Vertical bar (|)")}};
    t.fields.append(delimiter);

    ConnectorField quote = textField(
        "quote", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Quote character"), FieldType::Choice,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "What encloses fields that hold delimiters, quotes or line "
                                                      "breaks; a quote inside such a field is doubled."),
        &FileSourceSpec::quote);
    quote.defaultValue = QStringLiteral("\"");
    quote.choices = {{QStringLiteral("\""), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Double quote (\")")},
                     {QStringLiteral("'"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Single quote (')")}};
    t.fields.append(quote);

    ConnectorField encoding = textField(
        "encoding", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Encoding"), FieldType::Choice,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "How the file's text is stored. Excel on Windows often saves "
                                                      "Windows-1252; UTF-16 files start with a byte order mark."),
        &FileSourceSpec::encoding);
    encoding.defaultValue = QStringLiteral("utf-8");
    encoding.choices = {
        {QStringLiteral("utf-8"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "UTF-8 (with or without BOM)")},
        {QStringLiteral("utf-16"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "UTF-16 (with BOM)")},
        {QStringLiteral("latin1"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Latin-1 (ISO-8859-1)")},
        {QStringLiteral("windows-1252"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Windows-1252")}};
    t.fields.append(encoding);

    ConnectorField header;
    header.key = QStringLiteral("header");
    header.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "First line names the columns");
    header.type = FieldType::Boolean;
    header.defaultValue = true;
    header.help = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                    "Off: the first line is data, and the columns are called column1, column2, …");
    header.read = [](const JobSpec &job) { return job.file.header ? QVariant() : QVariant(false); };
    header.write = [](JobSpec &job, const QVariant &v) { job.file.header = isEmptyFieldValue(v) || v.toBool(); };
    t.fields.append(header);

    t.fields.append(columnsField(QT_TRANSLATE_NOOP(
        "Ferry::ConnectorRegistry",
        "Types of columns that are not text, e.g. id: integer, price: decimal, born: date, active: boolean. Types: "
        "text, integer, decimal, number, boolean, date, datetime, json. A value that does not convert is a row "
        "error.")));
    t.createSource = [](const JobSpec &job, const JobSecrets &) {
        return Result<std::unique_ptr<Source>>(std::make_unique<CsvSource>(job.file, jobBaseDir(job)));
    };
    t.select = [](JobSpec &job) {
        job.sourceKind = SourceKind::Csv;
        job.file = FileSourceSpec{};
    };
    return t;
}

ConnectorType jsonSourceType()
{
    ConnectorType t;
    t.id = QStringLiteral("json");
    t.role = ConnectorRole::Source;
    t.label = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "JSON file");
    t.description = QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                      "Records of a JSON file (an array of objects) or an NDJSON file (one object a "
                                      "line) on this computer.");
    t.capabilities = Capability::TypedColumns | Capability::LimitedSample;
    t.fixedKeys = {{QStringLiteral("type"), QStringLiteral("json")}};
    t.fields.append(pathField(QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                "The JSON or NDJSON file to read; a relative path starts at the job "
                                                "file's folder. A pattern such as exports/*.json reads every matching "
                                                "file in name order.")));
    ConnectorField format = textField(
        "format", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Format"), FieldType::Choice,
        QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Left at the default: NDJSON for .ndjson and .jsonl files, JSON "
                                                      "otherwise."),
        &FileSourceSpec::format);
    format.choices = {
        {QStringLiteral("json"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "JSON: an array of records")},
        {QStringLiteral("ndjson"), QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "NDJSON: one record a line")}};
    t.fields.append(format);
    t.fields.append(textField("records", QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry", "Records at"), FieldType::Text,
                              QT_TRANSLATE_NOOP("Ferry::ConnectorRegistry",
                                                "Where the array of records is inside the document, as a JSON "
                                                "pointer (/data/items). Empty: the document is the array."),
                              &FileSourceSpec::records));
    t.fields.append(columnsField(QT_TRANSLATE_NOOP(
        "Ferry::ConnectorRegistry", "Types for columns whose JSON values should be converted, e.g. id: integer, born: "
                                    "date. Undeclared columns keep their JSON types; nested objects and arrays are "
                                    "kept as JSON.")));
    t.createSource = [](const JobSpec &job, const JobSecrets &) {
        return Result<std::unique_ptr<Source>>(std::make_unique<JsonFileSource>(job.file, jobBaseDir(job)));
    };
    t.select = [](JobSpec &job) {
        job.sourceKind = SourceKind::Json;
        job.file = FileSourceSpec{};
    };
    return t;
}

} // namespace Ferry
