#include "mapping.h"

#include <QCoreApplication>

namespace Ferry {

Result<RecordSet> applyMapping(RecordSet source, const QList<FieldMapping> &mapping)
{
    if (mapping.isEmpty())
        return source;
    QList<qsizetype> from;
    RecordSet out;
    for (const FieldMapping &m : mapping) {
        const qsizetype i = source.columns.indexOf(m.from);
        if (i < 0)
            return Error{ErrorCode::InvalidConfig,
                         QCoreApplication::translate("Ferry::Mapping",
                                                     "the mapping reads column '%1', which the source does not have "
                                                     "(it has %2)")
                             .arg(m.from, source.columns.join(QStringLiteral(", "))),
                         {}};
        if (out.columns.contains(m.to))
            return Error{ErrorCode::InvalidConfig,
                         QCoreApplication::translate("Ferry::Mapping", "two mappings write the field '%1'").arg(m.to),
                         {}};
        from.append(i);
        out.columns.append(m.to);
    }
    out.rows.reserve(source.rows.size());
    for (QVariantList &row : source.rows) {
        QVariantList mapped;
        mapped.reserve(from.size());
        for (qsizetype i : from)
            mapped.append(row.value(i));
        out.rows.push_back(std::move(mapped));
        row = QVariantList(); // release as we go
    }
    return out;
}

} // namespace Ferry
