// RowSet: rows of typed values packed into one arena (about a third of the memory of QVariantList rows),
// with the JSON, key, hash and timestamp views the planner and the targets need. Every view agrees with
// the QVariant functions in core/values.h for the same value, so source and target sides compare alike.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <vector>

namespace Ferry {

class RowSet
{
public:
    RowSet() = default;
    explicit RowSet(int columnCount) : m_columns(columnCount) {}

    int columnCount() const { return m_columns; }
    qsizetype size() const { return static_cast<qsizetype>(m_rowStart.size()); }
    bool isEmpty() const { return m_rowStart.empty(); }
    qsizetype byteSize() const { return static_cast<qsizetype>(m_data.size() + 8 * m_rowStart.size()); }
    void reserve(qsizetype rows, qsizetype bytes);

    // Building: beginRow(), exactly columnCount() add…() calls, then endRow(); or append().
    void beginRow();
    void addNull();
    void addBool(bool b);
    void addInt(qint64 i);
    void addDouble(double d);
    void addString(QByteArrayView utf8);
    void addString(QStringView text);
    void addJson(QByteArrayView json); // a nested object or array, kept as its JSON text
    void addVariant(const QVariant &v);
    void endRow() {}
    void append(const QVariantList &row);
    // Appends row `row` of other, keeping only the given columns in that order.
    void appendProjected(const RowSet &other, qsizetype row, const std::vector<int> &columns);

    QVariant value(qsizetype row, int column) const;
    QVariantList row(qsizetype row) const;

    bool isNull(qsizetype row, int column) const;
    bool isTruthy(qsizetype row, int column) const;
    void appendJson(QByteArray &out, qsizetype row, int column) const;
    QByteArray json(qsizetype row, int column) const;
    // Whether a value here and one in another set are the same value (what a target stores for a value
    // that was sent compares equal to it).
    bool sameValue(qsizetype row, int column, const RowSet &other, qsizetype otherRow, int otherColumn) const;
    // Key text as UTF-8 (see Values::keyText); empty for null or blank values.
    QByteArray keyText(qsizetype row, int column, bool caseInsensitive) const;
    std::uint64_t hashRow(qsizetype row) const;
    std::optional<std::int64_t> timestamp(qsizetype row, int column) const;

private:
    enum Tag : char { Null, False, True, Int, Double, String, DateTime, Date, Time, Bytes, Json };

    const char *cell(qsizetype row, int column) const;
    static const char *next(const char *cell);
    void put(const void *p, size_t n);
    void putLength(size_t n);

    int m_columns = 0;
    std::vector<char> m_data;
    std::vector<std::uint64_t> m_rowStart;
};

} // namespace Ferry
