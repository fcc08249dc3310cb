// One page of records on its way through a hook (HookRunner): the records as the JSON objects the hook gets,
// and what it returned read back into rows. The answer is read in one pass over its text (JsonCursor), never
// as a QJsonDocument: a field the hook gave back as it was sent is the input row's own cell (its type kept: a
// date-time stays one, a 64-bit id stays exact), a changed or added field is read from the answer, and a field
// the record lost is null. A field a hook adds becomes a column, after the input's.
#pragma once

#include "core/jsoncursor.h"
#include "core/recordset.h"
#include "core/result.h"

#include <QHash>

#include <string_view>
#include <utility>
#include <vector>

namespace Ferry {

class HookPage
{
public:
    // Rows [begin, end) of in, which must outlive the page.
    HookPage(const RecordSet &in, qsizetype begin, qsizetype end);

    // The page's records as a JSON array of objects.
    const QByteArray &json() const { return m_json; }
    qsizetype size() const { return m_end - m_begin; }
    // Rows [begin, end) of any set as a JSON array of objects (postMap's preMapData).
    static QByteArray recordsJson(const RecordSet &set, qsizetype begin, qsizetype end);

    // preMap and postMap's answer: an array with one {data, errors} (or null) per record, in order. A record
    // with errors stays as it was and fails with them; one without data is dropped. An answer of any other
    // shape is an error saying what was wrong, and the page is left unread.
    [[nodiscard]] Result<void> readPerRecord(std::string_view answer, const QString &hook);
    // preSavePage's data: an array of records. origins says for each which record sent it is (the host tracks
    // the objects: ExtensionHost::RawCall), or -1 for one the hook made: what a kept record still has as it was
    // keeps its type, and the source's row error. When the hook made them all anew (a map() into new objects) or
    // origins is empty, as many records as were sent are taken to be the same ones in order; else records the
    // hook made are new. An error when one is not an object (the page is left unread).
    [[nodiscard]] Result<void> readRecords(std::string_view data, const std::vector<qsizetype> &origins);
    // The messages of an integrator.io errors array ([{code, message, source}] or strings) in JSON, joined with
    // "; "; empty for none ([] or null).
    static QString errorMessages(std::string_view json);

    // Every row of the page as it was, failing with message.
    void fail(const QString &message);

    // What came back, as rows (their own columns); origins, when given, gets for each row the input row it
    // comes from, or -1 for a record the hook added.
    RecordSet rows(std::vector<qsizetype> *origins) const;

private:
    struct OutRow
    {
        qsizetype origin = -1; // the input row it comes from; -1: a record the hook added
        // The cells that differ from the input row (all of them for an added record; none for a row kept as it
        // was), by column; an input column the record no longer has is there as Missing (null).
        std::vector<std::pair<int, JsonCursor::Value>> cells;
        QString error; // a row error the hook gave it
    };
    // Rows [begin, end) of set as a JSON array of objects, appended to out; spans, when given, gets where each
    // cell's JSON starts and ends in out.
    static void appendRecords(QByteArray &out, const RecordSet &set, qsizetype begin, qsizetype end,
                              std::vector<qsizetype> *spans);
    // Reads one of preMap/postMap's results ({data, errors} or null) for row into out.
    void readResult(JsonCursor &in, qsizetype row, const QString &hook, std::vector<OutRow> &out);
    // Reads the record object at in into o (origin: the row it was sent as, or -1).
    void readRecord(JsonCursor &in, OutRow &o);
    int columnOf(std::string_view key, int expected);
    // Drops the columns added after the first count (fields of records that were not taken).
    void forgetColumnsFrom(qsizetype count);
    bool sameAsSent(std::string_view text, const JsonCursor::ValueView &value, qsizetype origin, int column) const;
    void writeRow(RecordSet &out, const OutRow &o) const;

    const RecordSet &m_in;
    qsizetype m_begin;
    qsizetype m_end;
    int m_inWidth;
    QByteArray m_json;
    std::vector<qsizetype> m_spans; // per page row and input column: where its JSON starts and ends in m_json
    QList<QByteArray> m_names;      // the columns in UTF-8: the input's, then those the hook added
    QHash<QByteArray, int> m_columnIndex;
    std::vector<OutRow> m_out;
    std::vector<char> m_seen; // readRecord's: which input columns the record had
    std::string m_keyScratch;
};

} // namespace Ferry
