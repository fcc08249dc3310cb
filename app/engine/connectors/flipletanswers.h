// Readers for the Fliplet API's large answers, without building a JSON document in memory:
// the entries of GET v1/data-sources/<id>/data go straight into a TargetSnapshot, and the answer to a
// commit (the whole data source again, by contract) is checked for its shape as it streams past.
#pragma once

#include "core/jsoncursor.h"
#include "core/recordset.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Ferry {

struct FlipletAnswers
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FlipletAnswers)
};

// {"entries":[{"id":1,"data":{…},…},…]}: ids and the values of columns from each entry's data, read as
// the answer streams in (only the entry being read is held), so a data source of hundreds of megabytes
// never sits in memory as text. An answer that breaks the contract (not JSON, entries that are not
// objects or whose data is not an object, an id twice, nesting deeper than MaxDepth) is an error.
class FlipletEntriesReader
{
public:
    static constexpr int MaxDepth = 200;

    explicit FlipletEntriesReader(const QStringList &columns);
    void reset();
    void feed(QByteArrayView chunk);
    Result<TargetSnapshot> finish();

private:
    void parseEntry(std::string_view text);
    void fail(const QString &message);

    QStringList m_columns;
    std::vector<std::string> m_names;
    std::vector<JsonCursor::Value> m_cells;
    TargetSnapshot m_snapshot;
    std::optional<Error> m_error;
    qint64 m_offset = 0;      // of the chunk being read, from the answer's start
    qint64 m_entryOffset = 0; // of the entry being read
    int m_depth = 0;
    bool m_started = false, m_done = false, m_inString = false, m_escape = false;
    bool m_expectKey = false, m_capturingKey = false, m_keyDone = false, m_awaitingValue = false;
    bool m_inEntries = false, m_sawEntries = false, m_capturing = false;
    std::string m_key, m_valueKey;
    std::string m_entry; // the current entry's text, when it spans chunks
};

Result<TargetSnapshot> readFlipletEntries(QByteArrayView body, const QStringList &columns);

// The first limit entries of the same answer with every field their data holds: the columns are the
// fields in the order they first appear (null where an entry lacks one). The rest is not parsed.
Result<RecordSet> readFlipletSample(QByteArrayView body, qsizetype limit);

// Fed chunk by chunk: is this a JSON object with an "entries" array? An answer nested deeper than
// FlipletEntriesReader reads is not (tooDeep()).
class CommitAnswerCheck
{
public:
    static constexpr int MaxDepth = FlipletEntriesReader::MaxDepth;

    void reset() { *this = CommitAnswerCheck(); }
    void feed(QByteArrayView chunk);
    bool valid() const { return m_done && m_sawEntries && !m_bad; }
    bool tooDeep() const { return m_tooDeep; }

private:
    int m_depth = 0;
    bool m_started = false, m_done = false, m_bad = false, m_tooDeep = false;
    bool m_inString = false, m_escape = false;
    bool m_expectKey = false, m_capturingKey = false, m_keyDone = false, m_awaitingValue = false;
    bool m_sawEntries = false;
    std::string m_key, m_valueKey;
};

} // namespace Ferry
