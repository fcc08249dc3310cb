#include "rowkey.h"

#include <xxhash.h>

namespace Ferry {

namespace {
constexpr char KeySeparator = '\x1f';
}

void appendRowKey(std::string &out, const RowSet &rows, qint64 row, const std::vector<int> &keyColumns,
                  bool caseInsensitive)
{
    const size_t start = out.size();
    for (size_t k = 0; k < keyColumns.size(); ++k) {
        const QByteArray part = rows.keyText(row, keyColumns[k], caseInsensitive);
        if (part.isEmpty()) {
            out.resize(start); // the whole key is missing
            return;
        }
        if (k)
            out.push_back(KeySeparator);
        out.append(part.constData(), static_cast<size_t>(part.size()));
    }
}

std::string rowKey(const RowSet &rows, qint64 row, const std::vector<int> &keyColumns, bool caseInsensitive)
{
    std::string key;
    appendRowKey(key, rows, row, keyColumns, caseInsensitive);
    return key;
}

KeyTable KeyTable::build(const RowSet &rows, const std::vector<int> &keyColumns, bool caseInsensitive)
{
    KeyTable t;
    t.offset.reserve(static_cast<size_t>(rows.size()) + 1);
    t.text.reserve(static_cast<size_t>(rows.size()) * 8);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        appendRowKey(t.text, rows, r, keyColumns, caseInsensitive);
        t.offset.push_back(static_cast<std::uint32_t>(t.text.size()));
    }
    return t;
}

std::uint64_t keyHash(std::string_view key)
{
    return XXH3_64bits(key.data(), key.size());
}

KeyMap::KeyMap(const KeyTable &keys, size_t expectedKeys) : m_keys(keys)
{
    size_t capacity = 16;
    while (capacity < expectedKeys * 2)
        capacity *= 2;
    m_slots.assign(capacity, Slot{Empty, 0, 0});
    m_mask = capacity - 1;
}

KeyMap::Slot &KeyMap::insert(std::uint32_t row, bool *inserted)
{
    const std::string_view key = m_keys.at(row);
    const std::uint64_t hash = keyHash(key);
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        Slot &s = m_slots[i];
        if (s.row == Empty) {
            s = Slot{row, tag, 0};
            if (inserted)
                *inserted = true;
            return s;
        }
        if (s.tag == tag && m_keys.at(s.row) == key) {
            if (inserted)
                *inserted = false;
            return s;
        }
    }
}

const KeyMap::Slot *KeyMap::find(std::string_view key, std::uint64_t hash) const
{
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        const Slot &s = m_slots[i];
        if (s.row == Empty)
            return nullptr;
        if (s.tag == tag && m_keys.at(s.row) == key)
            return &s;
    }
}

} // namespace Ferry
