#include "filesourceformat.h"

#include "yamlfields.h"

#include <yaml-cpp/yaml.h>

namespace Ferry {

bool FileSourceFormat::isFileType(const QString &type)
{
    return type == u"csv" || type == u"json";
}

Result<void> FileSourceFormat::read(YamlFields &f, const YAML::Node &src, const QString &type, JobSpec &job)
{
    const bool csv = type == u"csv";
    job.sourceKind = csv ? SourceKind::Csv : SourceKind::Json;
    FileSourceSpec &s = job.file;
    static const QList<const char *> csvKeys{"type", "path", "delimiter", "quote", "encoding", "header", "columns"};
    static const QList<const char *> jsonKeys{"type", "path", "format", "records", "columns"};
    const QList<const char *> &keys = csv ? csvKeys : jsonKeys;
    for (const char *key : keys)
        f.locate(QStringLiteral("source.") + QLatin1String(key), child(src, key), src);
    FERRY_TRY(path, f.string(src, "path"));
    s.path = path.value_or(QString()).trimmed();
    if (csv) {
        FERRY_TRY(delimiter, f.string(src, "delimiter"));
        s.delimiter = delimiter.value_or(QString());
        FERRY_TRY(quote, f.string(src, "quote"));
        s.quote = quote.value_or(QString());
        FERRY_TRY(encoding, f.string(src, "encoding"));
        s.encoding = encoding.value_or(QString()).trimmed().toLower();
        FERRY_TRY(header, f.boolean(src, "header"));
        s.header = header.value_or(true);
    } else {
        FERRY_TRY(format, f.string(src, "format"));
        s.format = format.value_or(QString()).trimmed().toLower();
        FERRY_TRY(records, f.string(src, "records"));
        s.records = records.value_or(QString()).trimmed();
    }
    const YAML::Node columns = child(src, "columns");
    if (columns && !columns.IsNull()) {
        if (!columns.IsMap())
            return f.error(columns, tr("'columns' must be a map of column names to types: {id: integer, price: "
                                       "decimal, born: date, active: boolean}"));
        for (auto it = columns.begin(); it != columns.end(); ++it) {
            if (!it->second.IsScalar())
                return f.error(it->second, tr("a column's type must be one word: text, integer, decimal, number, "
                                              "boolean, date, datetime or json"));
            const QString name = yamlText(it->first);
            f.locate(QStringLiteral("source.columns.") + name, it->second, columns);
            s.columns.append(FileColumn{name, yamlText(it->second).trimmed().toLower()});
        }
    }
    QSet<QString> known;
    for (const char *key : keys)
        known.insert(QLatin1String(key));
    f.warnUnknownKeys(src, known, QString());
    return {};
}

void FileSourceFormat::write(YAML::Emitter &e, const JobSpec &job)
{
    const FileSourceSpec &s = job.file;
    const bool csv = job.sourceKind == SourceKind::Csv;
    const auto text = [&e](const char *key, const QString &value) {
        if (!value.isEmpty())
            e << YAML::Key << key << YAML::Value << value.toStdString();
    };
    e << YAML::Key << "type" << YAML::Value << (csv ? "csv" : "json");
    text("path", s.path);
    if (csv) {
        if (!s.delimiter.isEmpty())
            e << YAML::Key << "delimiter" << YAML::Value << YAML::DoubleQuoted << s.delimiter.toStdString();
        if (!s.quote.isEmpty())
            e << YAML::Key << "quote" << YAML::Value << YAML::DoubleQuoted << s.quote.toStdString();
        text("encoding", s.encoding);
        if (!s.header)
            e << YAML::Key << "header" << YAML::Value << false;
    } else {
        text("format", s.format);
        text("records", s.records);
    }
    if (!s.columns.isEmpty()) {
        e << YAML::Key << "columns" << YAML::Value << YAML::Flow << YAML::BeginMap;
        for (const FileColumn &c : s.columns)
            e << YAML::Key << c.name.toStdString() << YAML::Value << c.type.toStdString();
        e << YAML::EndMap;
    }
}

} // namespace Ferry
