#include "rowkey.h"

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

} // namespace Ferry
