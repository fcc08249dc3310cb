#include "recordset.h"

#include <xxhash.h>

namespace Ferry {

std::uint64_t TargetSnapshot::fingerprint() const
{
    XXH3_state_t *state = XXH3_createState();
    XXH3_64bits_reset(state);
    const auto columnCount = static_cast<std::int64_t>(columns.size());
    XXH3_64bits_update(state, &columnCount, sizeof columnCount);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const std::uint64_t entry[2] = {static_cast<std::uint64_t>(ids[static_cast<size_t>(r)]), rows.hashRow(r)};
        XXH3_64bits_update(state, entry, sizeof entry);
    }
    const std::uint64_t digest = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return digest;
}

} // namespace Ferry
