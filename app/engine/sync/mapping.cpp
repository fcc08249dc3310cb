#include "mapping.h"

#include <QCoreApplication>

namespace Ferry {

Result<MappedColumns> mapColumns(const QStringList &sourceColumns, const QList<FieldMapping> &mapping)
{
    MappedColumns out;
    if (mapping.isEmpty()) {
        out.names = sourceColumns;
        for (int i = 0; i < sourceColumns.size(); ++i)
            out.from.push_back(i);
        return out;
    }
    for (const FieldMapping &m : mapping) {
        const qsizetype i = sourceColumns.indexOf(m.from);
        if (i < 0)
            return Error{ErrorCode::InvalidConfig,
                         QCoreApplication::translate("Ferry::Mapping",
                                                     "the mapping reads column '%1', which the source does not have "
                                                     "(it has %2)")
                             .arg(m.from, sourceColumns.join(QStringLiteral(", "))),
                         {}};
        if (out.names.contains(m.to))
            return Error{ErrorCode::InvalidConfig,
                         QCoreApplication::translate("Ferry::Mapping", "two mappings write the field '%1'").arg(m.to),
                         {}};
        out.from.push_back(static_cast<int>(i));
        out.names.append(m.to);
    }
    return out;
}

Result<RecordSet> applyMapping(RecordSet source, const QList<FieldMapping> &mapping)
{
    if (mapping.isEmpty())
        return source;
    FERRY_TRY(mapped, mapColumns(source.columns, mapping));
    RecordSet out;
    out.columns = mapped.names;
    out.rows = RowSet(static_cast<int>(mapped.from.size()));
    out.rows.reserve(source.rows.size(), source.rows.byteSize());
    for (qsizetype r = 0; r < source.rows.size(); ++r)
        out.rows.appendProjected(source.rows, r, mapped.from);
    // Notes follow their column, if it is mapped at all.
    for (const ValueNote &note : source.notes)
        for (size_t i = 0; i < mapped.from.size(); ++i)
            if (mapped.from[i] == note.column) {
                out.notes.push_back(ValueNote{note.kind, static_cast<int>(i), note.row});
                break;
            }
    out.rowErrors = std::move(source.rowErrors);
    return out;
}

} // namespace Ferry
