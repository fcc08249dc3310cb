// RowSet: rows of typed values packed into one arena (about a third of the memory of QVariantList rows),
// with the JSON, key, hash, comparison and timestamp views the planner and the targets need. Every view
// agrees with the QVariant functions in core/values.h for the same value, so source and target sides
// compare alike.
//
// Values compare by value and type, not by their JSON text (sameValue), so that what a target stores for
// a value it was sent compares equal to that value on the next run, whatever the target's types:
//   numbers     numerically across integers, doubles, decimals and booleans (10.50 == 10.5, 1 == 1.0,
//               true == 1); a double on either side compares in double precision. Text equals a number
//               only when it is a JSON number ("10.5" == 10.5, but "0010" != 10).
//   booleans    also equal the text "true"/"false" (any case).
//   date-times  naive values by wall clock, zoned values by instant, a naive value against a zoned one
//               read as UTC; dates equal midnight; times of day only times of day. Text is read as the
//               date, time or date-time it spells.
//   bytes       by bytes, and equal to their base64 text (what the Fliplet target stores).
//   JSON        structurally (key order and white space do not count); also against JSON text.
//   text        exactly.
// hashRow() agrees: equal hashes mean equal rows, and the common round trips (bool -> 1, 10.50 -> 10.5,
// a date-time -> its text, bytes -> base64, JSON -> its canonical text) hash equal too.
#pragma once

#include "values.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVariant>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace Ferry {

class RowSet
{
public:
    RowSet() = default;
    explicit RowSet(int columnCount);
    RowSet(const RowSet &other);
    RowSet &operator=(const RowSet &other);
    RowSet(RowSet &&) noexcept = default;
    RowSet &operator=(RowSet &&) noexcept = default;

    int columnCount() const { return m_columns; }
    qsizetype size() const { return static_cast<qsizetype>(m_rowStart.size()); }
    bool isEmpty() const { return m_rowStart.empty(); }
    qsizetype byteSize() const
    {
        return static_cast<qsizetype>(m_bytes + sizeof(const char *) * m_rowStart.size() +
                                      sizeof(std::uint32_t) * m_marks.size());
    }
    void reserve(qsizetype rows, qsizetype bytes);

    // Building: beginRow(), exactly columnCount() add…() calls, then endRow(); or append().
    void beginRow();
    void addNull();
    void addBool(bool b);
    void addInt(qint64 i);
    void addDouble(double d);
    // A SQL DECIMAL/NUMERIC value as its text ("10.50"), kept exact and sent as a JSON number with its
    // scale; text that is not a number (PostgreSQL's NaN) adds null.
    void addDecimal(QByteArrayView text);
    void addString(QByteArrayView utf8);
    void addString(QStringView text);
    // Naive: ms is the wall clock read as UTC. Utc and Offset: ms is the instant.
    void addDateTime(std::int64_t ms, Values::Zone zone, int offsetSeconds = 0);
    void addDate(std::int64_t daysSinceEpoch);
    void addTime(int msecsSinceMidnight);
    void addBytes(QByteArrayView bytes);
    void addJson(QByteArrayView json); // a nested object or array, kept as canonical JSON text
    // Any JSON text (a json/jsonb column): objects and arrays as addJson, scalars as their type. Adds
    // nothing and returns false when the text is not JSON.
    bool addJsonValue(QByteArrayView json);
    void addVariant(const QVariant &v);
    void endRow() { Q_ASSERT(m_nextColumn == m_columns); }
    void append(const QVariantList &row);
    // Appends row `row` of other, keeping only the given columns in that order.
    void appendProjected(const RowSet &other, qsizetype row, const std::vector<int> &columns);
    // Inside beginRow() … endRow(): the next cell is a copy of other's (its type and value as they are).
    void addCell(const RowSet &other, qsizetype row, int column);

    QVariant value(qsizetype row, int column) const;
    QVariantList row(qsizetype row) const;
    // The value a SQL target binds so that reading it back compares equal: booleans as 0/1, decimals as
    // numbers when a double holds them exactly, dates and times as their ISO text (naive ones without an
    // offset), JSON as its canonical text, bytes as a blob.
    QVariant bindValue(qsizetype row, int column) const;

    bool isNull(qsizetype row, int column) const;
    // Whether the value is a DECIMAL/NUMERIC one (value() gives it as a number or text; json() its exact text).
    bool isDecimal(qsizetype row, int column) const;
    bool isTruthy(qsizetype row, int column) const;
    void appendJson(QByteArray &out, qsizetype row, int column) const;
    // The prefixes with which appendJsonFields writes a row as a JSON object: "{"a":" then ","b":" …
    static QList<QByteArray> jsonFieldPrefixes(const QStringList &columns);
    // For each column i, prefixes[i] and then the cell's JSON, as appendJson writes it: a row walked once (a
    // Fliplet commit writes a million rows so, with the field names and separators as prefixes).
    void appendJsonFields(QByteArray &out, qsizetype row, const QList<QByteArray> &prefixes) const;
    // The same, noting in spans where each cell's JSON starts and ends in out (two offsets per column, appended).
    void appendJsonFields(QByteArray &out, qsizetype row, const QList<QByteArray> &prefixes,
                          std::vector<qsizetype> &spans) const;
    QByteArray json(qsizetype row, int column) const;
    // Appends the value's text as Values::displayText shows it, in UTF-8, when that is cheap: integers and ASCII
    // text (the usual keys). Returns false, appending nothing, for any other value.
    bool appendDisplayText(QByteArray &out, qsizetype row, int column) const;
    // Whether a value here and one in another set are the same value (see the rules above).
    bool sameValue(qsizetype row, int column, const RowSet &other, qsizetype otherRow, int otherColumn) const;
    // Whether a row here and one in another set with the same columns hold the same values: equal hashes,
    // or else every column sameValue.
    bool sameRow(qsizetype row, const RowSet &other, qsizetype otherRow) const;
    // Key text as UTF-8 (see Values::keyText); empty for null or blank values.
    QByteArray keyText(qsizetype row, int column, bool caseInsensitive) const;
    std::uint64_t hashRow(qsizetype row) const;
    // See Timestamp::parse.
    std::optional<std::int64_t> timestamp(qsizetype row, int column) const;

private:
    // Every Stride-th cell of a row has its offset from the row's start recorded, so reaching any cell
    // walks at most Stride - 1 cells: rows of up to Stride cells need no record at all.
    static constexpr int Stride = 8;

    const char *cell(qsizetype row, int column) const;
    static const char *next(const char *cell);
    static void appendCellJson(QByteArray &out, const char *cell);
    char *startCell(char tag, size_t payload);
    // Moves the row being built to a new block with room for at least need more bytes.
    void newBlock(size_t need);
    void addText(char tag, QByteArrayView bytes);

    int m_columns = 0;
    int m_marksPerRow = 0;
    int m_nextColumn = 0; // while building a row
    // The rows live in blocks that never move (growing from 64 KiB to 8 MiB), so a large set never needs the
    // copy of everything that growing one vector would (which briefly doubles its memory). A row is
    // contiguous in one block.
    struct Block
    {
        std::unique_ptr<char[]> data;
        size_t size = 0;
        size_t used = 0;
    };
    std::vector<Block> m_blocks;
    size_t m_bytes = 0;
    std::vector<const char *> m_rowStart;
    std::vector<std::uint32_t> m_marks; // per row: offsets of cells Stride, 2 * Stride, …
};

} // namespace Ferry
