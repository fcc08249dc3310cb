#include "filesource.h"

#include "filesourcepaths.h"
#include "filevalueconverter.h"

#include <QFileInfo>

#include <climits>

namespace Ferry {

FileSource::FileSource(FileSourceSpec spec, QString baseDir) : m_spec(std::move(spec)), m_baseDir(std::move(baseDir)) {}

Capabilities FileSource::capabilities() const
{
    return Capability::TypedColumns | Capability::LimitedSample;
}

Result<QStringList> FileSource::files() const
{
    return FileSourcePaths::resolve(m_spec.path, m_baseDir);
}

QString FileSource::displayPath() const
{
    return QFileInfo(m_spec.path).fileName();
}

Result<ConnectionInfo> FileSource::test(const std::atomic_bool *cancel)
{
    FERRY_TRY(paths, files());
    FERRY_TRY(rows, read(-1, cancel));
    ConnectionInfo info;
    info.server = kindLabel();
    info.database = paths.size() == 1 ? paths.first() : QFileInfo(paths.first()).absolutePath();
    info.object = displayPath();
    info.rowCount = rows.rows.size();
    info.columns = rows.columns;
    const QString where =
        paths.size() == 1 ? QFileInfo(paths.first()).fileName()
                          : tr("%n file(s) matching %1", nullptr, static_cast<int>(paths.size())).arg(displayPath());
    info.summary =
        tr("%1: %2 row(s) of %3 column(s)", nullptr, static_cast<int>(std::min<qint64>(info.rowCount, INT_MAX)))
            .arg(where)
            .arg(info.rowCount)
            .arg(info.columns.size());
    if (paths.size() > 1) {
        QStringList names;
        for (const QString &p : paths)
            names.append(QFileInfo(p).fileName());
        info.notes.append(tr("read in this order: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!rows.rowErrors.empty()) {
        info.notes.append(tr("%n row(s) cannot be read; a run reports each as a row error and writes the others:",
                             nullptr, static_cast<int>(rows.rowErrors.size())));
        for (size_t i = 0; i < std::min<size_t>(rows.rowErrors.size(), 5); ++i)
            info.notes.append(rows.rowErrors[i].message);
    }
    return info;
}

Result<SchemaInfo> FileSource::discover(const std::atomic_bool *cancel)
{
    FERRY_TRY(rows, read(1000, cancel));
    TableInfo table;
    table.name = displayPath();
    for (int c = 0; c < rows.columns.size(); ++c) {
        ColumnInfo column;
        column.name = rows.columns[c];
        if (const auto declared = m_spec.declaredType(column.name)) {
            column.type = fileValueTypeName(*declared);
        } else {
            // What the values are: the narrowest type that holds them all.
            bool ints = true, numbers = true, bools = true, dates = true, dateTimes = true, json = true, text = true;
            bool any = false;
            std::vector<std::string> texts;
            for (qsizetype r = 0; r < rows.rows.size(); ++r) {
                const QVariant v = rows.rows.value(r, c);
                if (v.isNull())
                    continue;
                any = true;
                const int type = v.typeId();
                const bool isInt = type == QMetaType::LongLong || type == QMetaType::Int;
                ints &= isInt;
                numbers &= isInt || type == QMetaType::Double;
                bools &= type == QMetaType::Bool;
                dates &= type == QMetaType::QDate;
                dateTimes &= type == QMetaType::QDateTime;
                json &= type == QMetaType::QVariantMap || type == QMetaType::QVariantList;
                text &= type == QMetaType::QString;
                if (text)
                    texts.push_back(v.toString().toStdString());
            }
            FileValueType t = FileValueType::Text;
            if (!any)
                t = FileValueType::Text;
            else if (ints)
                t = FileValueType::Integer;
            else if (numbers)
                t = FileValueType::Number;
            else if (bools)
                t = FileValueType::Boolean;
            else if (dates)
                t = FileValueType::Date;
            else if (dateTimes)
                t = FileValueType::DateTime;
            else if (json)
                t = FileValueType::Json;
            else if (text)
                t = FileValueConverter::infer(texts);
            column.type = fileValueTypeName(t);
        }
        table.columns.append(column);
    }
    SchemaInfo schema;
    schema.tables.append(table);
    schema.current = table.name;
    return schema;
}

Result<RecordSet> FileSource::sample(qsizetype n, const std::atomic_bool *cancel)
{
    return read(n, cancel);
}

Result<QStringList> FileSource::start()
{
    FERRY_TRY(names, columns());
    m_columns = names;
    return names;
}

Result<RecordSet> FileSource::fetch(const std::atomic_bool *cancel)
{
    FERRY_TRY(rows, read(-1, cancel));
    if (!m_columns.isEmpty() && rows.columns != m_columns)
        return Error{ErrorCode::Query,
                     tr("%1 changed while it was read (its columns are now %2): run the job again")
                         .arg(displayPath(), rows.columns.join(QStringLiteral(", "))),
                     {},
                     QStringLiteral("source.path")};
    return rows;
}

} // namespace Ferry
