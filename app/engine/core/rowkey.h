// Row keys as the planner matches them: the key columns' values normalised (1 == 1.0 == "1", folded when
// case-insensitive) and joined by \x1f. Empty when a part is null or blank, which is never a valid key.
#pragma once

#include "rowset.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Ferry {

std::string rowKey(const RowSet &rows, qint64 row, const std::vector<int> &keyColumns, bool caseInsensitive);
// Appends a row's key to out; appends nothing when a part is missing.
void appendRowKey(std::string &out, const RowSet &rows, qint64 row, const std::vector<int> &keyColumns,
                  bool caseInsensitive);

// The keys of every row of a set, packed in one string: key i is text[offset[i], offset[i+1]).
struct KeyTable
{
    std::string text;
    std::vector<std::uint32_t> offset{0};

    std::string_view at(qsizetype i) const
    {
        const auto b = offset[static_cast<size_t>(i)];
        return std::string_view(text).substr(b, offset[static_cast<size_t>(i) + 1] - b);
    }

    static KeyTable build(const RowSet &rows, const std::vector<int> &keyColumns, bool caseInsensitive);
};

std::uint64_t keyHash(std::string_view key);

// A hash map from the keys of one KeyTable (named by row) to a 32-bit value, with open addressing in
// one flat array: 12 bytes a slot at most half full, about a fifth of a node-based map's memory, and
// cache-friendly. Rows with an empty key are never inserted.
class KeyMap
{
public:
    struct Slot
    {
        std::uint32_t row;   // the first row with this key
        std::uint32_t tag;   // high bits of the key's hash, to skip most mismatches without reading keys
        std::uint32_t value; // the caller's
    };

    KeyMap(const KeyTable &keys, size_t expectedKeys);

    // The slot of row's key, created (value 0, row = row) if the key is new; inserted says which.
    Slot &insert(std::uint32_t row, bool *inserted = nullptr);
    // The slot of a key (from any table), or null.
    const Slot *find(std::string_view key, std::uint64_t hash) const;
    const Slot *find(std::string_view key) const { return find(key, keyHash(key)); }
    // Asks the processor to fetch the slot a key with this hash is looked for first: a find() soon after
    // waits less for memory.
    void prefetch(std::uint64_t hash) const
    {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(&m_slots[hash & m_mask]);
#else
        Q_UNUSED(hash);
#endif
    }

private:
    static constexpr std::uint32_t Empty = 0xffffffffu;
    const KeyTable &m_keys;
    std::vector<Slot> m_slots;
    size_t m_mask;
};

} // namespace Ferry
