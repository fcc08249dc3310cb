#include "mapping.h"

#include <QCoreApplication>

namespace Ferry {

Result<RecordSet> applyMapping(RecordSet source, const QList<FieldMapping> &mapping)
{
    if (mapping.isEmpty())
        return source;
    std::vector<int> from;
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
        from.push_back(static_cast<int>(i));
        out.columns.append(m.to);
    }
    out.rows = RowSet(static_cast<int>(from.size()));
    out.rows.reserve(source.rows.size(), source.rows.byteSize());
    for (qsizetype r = 0; r < source.rows.size(); ++r)
        out.rows.appendProjected(source.rows, r, from);
    return out;
}

} // namespace Ferry
