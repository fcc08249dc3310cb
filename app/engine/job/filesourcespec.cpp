#include "filesourcespec.h"

#include "validate.h"

namespace Ferry {

namespace {

constexpr std::pair<FileValueType, const char *> TypeNames[] = {
    {FileValueType::Text, "text"},         {FileValueType::Integer, "integer"}, {FileValueType::Decimal, "decimal"},
    {FileValueType::Number, "number"},     {FileValueType::Boolean, "boolean"}, {FileValueType::Date, "date"},
    {FileValueType::DateTime, "datetime"}, {FileValueType::Json, "json"},
};

} // namespace

QString fileValueTypeName(FileValueType type)
{
    for (const auto &[t, name] : TypeNames)
        if (t == type)
            return QLatin1String(name);
    return {};
}

std::optional<FileValueType> fileValueTypeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const auto &[t, text] : TypeNames)
        if (n == QLatin1String(text))
            return t;
    return std::nullopt;
}

QStringList fileValueTypeNames()
{
    QStringList out;
    for (const auto &[t, name] : TypeNames)
        out.append(QLatin1String(name));
    return out;
}

QStringList fileEncodingNames()
{
    return {QStringLiteral("utf-8"), QStringLiteral("utf-16"), QStringLiteral("latin1"),
            QStringLiteral("windows-1252")};
}

bool FileSourceSpec::ndjson() const
{
    if (!format.isEmpty())
        return format == u"ndjson";
    return path.endsWith(u".ndjson", Qt::CaseInsensitive) || path.endsWith(u".jsonl", Qt::CaseInsensitive);
}

std::optional<FileValueType> FileSourceSpec::declaredType(const QString &column) const
{
    for (const FileColumn &c : columns)
        if (c.name == column)
            return fileValueTypeFromName(c.type);
    return std::nullopt;
}

QString FileSourceSpec::columnsText() const
{
    QStringList parts;
    for (const FileColumn &c : columns)
        parts.append(c.type == u"text" ? c.name : c.name + QStringLiteral(": ") + c.type);
    return parts.join(QStringLiteral(", "));
}

QList<FileColumn> FileSourceSpec::columnsFromText(const QString &text)
{
    QList<FileColumn> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype colon = part.lastIndexOf(u':');
        if (colon < 0)
            out.append(FileColumn{part.trimmed(), QStringLiteral("text")});
        else
            out.append(FileColumn{part.left(colon).trimmed(), part.mid(colon + 1).trimmed().toLower()});
    }
    return out;
}

QList<ValidationIssue> FileSourceChecks::check(const FileSourceSpec &s, bool csv)
{
    QList<ValidationIssue> issues;
    const auto error = [&](const QString &field, const QString &message) {
        issues.append(ValidationIssue{field, message, ValidationIssue::Error});
    };
    const auto warning = [&](const QString &field, const QString &message) {
        issues.append(ValidationIssue{field, message, ValidationIssue::Warning});
    };
    if (s.path.trimmed().isEmpty())
        error(QStringLiteral("source.path"),
              csv ? tr("the CSV file is missing: give its path (relative paths start from the job file's folder; "
                       "exports/*.csv reads every matching file)")
                  : tr("the JSON file is missing: give its path (relative paths start from the job file's folder)"));
    if (csv) {
        const auto oneChar = [&](const QString &value, const char *field, const QString &what) {
            if (value.isEmpty())
                return;
            const QChar c = value.at(0);
            if (value.size() != 1 || c.unicode() >= 0x80 || c == u'\n' || c == u'\r')
                error(QLatin1String(field),
                      tr("the %1 must be one ASCII character (',' ';' '|' or a tab, \"\\t\"), not '%2'")
                          .arg(what, value));
        };
        oneChar(s.delimiter, "source.delimiter", tr("delimiter"));
        oneChar(s.quote, "source.quote", tr("quote character"));
        if (!s.delimiter.isEmpty() && s.delimiterChar() == s.quoteChar())
            error(QStringLiteral("source.quote"), tr("the quote character must differ from the delimiter"));
        if (!s.encoding.isEmpty() && !fileEncodingNames().contains(s.encodingName()))
            error(QStringLiteral("source.encoding"),
                  tr("unknown encoding '%1': use %2").arg(s.encoding, fileEncodingNames().join(QStringLiteral(", "))));
    } else {
        if (!s.format.isEmpty() && s.format != u"json" && s.format != u"ndjson")
            error(
                QStringLiteral("source.format"),
                tr("unknown format '%1': use json (one array of records) or ndjson (one record a line)").arg(s.format));
        if (!s.records.isEmpty() && s.ndjson())
            warning(QStringLiteral("source.records"), tr("records applies to json files only; ndjson has one record "
                                                         "a line, so it is ignored"));
    }
    QStringList seen;
    for (const FileColumn &c : s.columns) {
        const QString field = QStringLiteral("source.columns.") + c.name;
        if (c.name.isEmpty())
            error(QStringLiteral("source.columns"), tr("a column type is given without a column name"));
        else if (seen.contains(c.name))
            error(field, tr("the column '%1' is typed twice: keep one").arg(c.name));
        else if (!fileValueTypeFromName(c.type))
            error(field, tr("unknown type '%1' for column '%2': use %3")
                             .arg(c.type, c.name, fileValueTypeNames().join(QStringLiteral(", "))));
        seen.append(c.name);
    }
    return issues;
}

} // namespace Ferry
