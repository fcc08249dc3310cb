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

} // namespace Ferry
