#include "recordset.h"

#include <xxhash.h>

#include <algorithm>

namespace Ferry {

const SourceRowError *RecordSet::rowError(qsizetype row) const
{
    const auto it = std::lower_bound(rowErrors.begin(), rowErrors.end(), row,
                                     [](const SourceRowError &e, qsizetype r) { return e.row < r; });
    return it != rowErrors.end() && it->row == row ? &*it : nullptr;
}

std::uint64_t TargetSnapshot::fingerprint() const
{
    // Order-independent (a sum of per-record hashes): a target that only returns its records in another
    // order holds the same records.
    std::uint64_t sum = static_cast<std::uint64_t>(columns.size()) * 0x9e3779b97f4a7c15ull;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const qint64 id = ids[static_cast<size_t>(r)];
        const std::uint64_t idHash =
            idTexts.isEmpty() ? static_cast<std::uint64_t>(id)
                              : XXH3_64bits(idTexts.at(id).constData(), size_t(idTexts.at(id).size()) * sizeof(QChar));
        const std::uint64_t entry[2] = {idHash, rows.hashRow(r)};
        sum += XXH3_64bits(entry, sizeof entry);
    }
    return sum ^ static_cast<std::uint64_t>(rows.size());
}

} // namespace Ferry
