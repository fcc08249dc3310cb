// Readers for the Fliplet API's large answers, without building a JSON document in memory:
// the entries of GET v1/data-sources/<id>/data go straight into a TargetSnapshot, and the answer to a
// commit (the whole data source again, by contract) is checked for its shape as it streams past.
#pragma once

#include "core/jsoncursor.h"
#include "core/jsonskipper.h"
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

// The top level of a Fliplet answer, {"key":value,…}, read as it streams in: which key each value
// belongs to, whether there is an "entries" list, and that nothing follows the closing brace. Values are
// skipped by a JsonSkipper (64 bytes at a time), except the items of "entries" when the reader wants them.
// Shared by FlipletEntriesReader and CommitAnswerCheck.
class FlipletAnswerScanner
{
public:
    enum class Stop { End, Entry, Error };
    enum class Problem { None, NotAnObject, TextAfterEnd, EntryNotAnObject, TooDeep };

    // entryItems: stop at each item of "entries" and check that it is an object; maxDepth: refuse deeper
    // nesting (TooDeep).
    FlipletAnswerScanner(bool entryItems, int maxDepth) : m_entryItems(entryItems), m_maxDepth(maxDepth) {}
    void reset() { *this = FlipletAnswerScanner(m_entryItems, m_maxDepth); }

    // Reads from p; returns where it stopped: at end (Stop::End), at the '{' of an item of "entries"
    // (Stop::Entry, not consumed; entryItems only), or after a byte that breaks the shape (Stop::Error,
    // problem() says which). After an Entry stop the caller reads the item, or consumes its '{' with
    // enterEntry() and skips it through skipper().
    const char *scan(const char *p, const char *end, Stop &stop);
    void enterEntry() { ++m_skip.depth; }

    Problem problem() const { return m_problem; }
    bool started() const { return m_started; }
    bool done() const { return m_done; }
    bool sawEntries() const { return m_sawEntries; }
    JsonSkipper &skipper() { return m_skip; }
    const JsonSkipper &skipper() const { return m_skip; }

private:
    const char *failAt(const char *p, Problem problem, Stop &stop)
    {
        m_problem = problem;
        stop = Stop::Error;
        return p;
    }

    JsonSkipper m_skip; // depth and strings
    bool m_entryItems;
    int m_maxDepth;
    Problem m_problem = Problem::None;
    bool m_started = false, m_done = false;
    bool m_expectKey = false, m_capturingKey = false, m_keyDone = false, m_awaitingValue = false;
    bool m_inEntries = false, m_sawEntries = false;
    std::string m_key, m_valueKey;
};

// {"entries":[{"id":1,"data":{…},…},…]}: ids and the values of columns from each entry's data, read as
// the answer streams in (only the entry being read is held), so a data source of hundreds of megabytes
// never sits in memory as text. An answer that breaks the contract (not JSON, entries that are not
// objects or whose data is not an object, an id twice, nesting deeper than MaxDepth) is an error.
// Each entry is parsed where it lies in the chunk (one pass); one that a chunk cuts is gathered first.
class FlipletEntriesReader
{
public:
    static constexpr int MaxDepth = 200;

    explicit FlipletEntriesReader(const QStringList &columns);
    void reset();
    void feed(QByteArrayView chunk);
    Result<TargetSnapshot> finish();

private:
    // Parses the entry in [begin, end) and adds its row. whole: the text is exactly the entry, and what
    // is wrong with it is the answer's error; otherwise the entry may continue past end, and false means
    // "not read here" (cut, or wrong: the caller gathers it whole and reads it again, which says why).
    bool parseEntry(const char *begin, const char *end, bool whole, const char **after);
    // Gathers an entry that a chunk cut, from p; parses it once it is whole. Returns where it stopped.
    const char *gatherEntry(const char *p, const char *end);
    void fail(const QString &message);
    void failWith(FlipletAnswerScanner::Problem problem);

    QStringList m_columns;
    std::vector<std::string> m_names;
    std::vector<JsonCursor::ValueView> m_cells;
    TargetSnapshot m_snapshot;
    std::optional<Error> m_error;
    FlipletAnswerScanner m_scanner{true, MaxDepth};
    qint64 m_offset = 0;      // of the chunk being read, in the answer
    qint64 m_entryOffset = 0; // of the entry being gathered
    bool m_gathering = false;
    std::string m_entry; // the entry being gathered
    std::string m_key;   // scratch
};

Result<TargetSnapshot> readFlipletEntries(QByteArrayView body, const QStringList &columns);

// A value of an entry's data as a cell, as the readers here add it (numbers beyond 2^53 as doubles, objects
// and arrays as JSON).
void addFlipletCell(RowSet &rows, const JsonCursor::Value &value);

// The first limit entries of the same answer with every field their data holds: the columns are the
// fields in the order they first appear (null where an entry lacks one). The rest is not parsed.
Result<RecordSet> readFlipletSample(QByteArrayView body, qsizetype limit);

// Fed chunk by chunk: is this a JSON object with an "entries" array? Only the top level is looked at
// closely; everything below it is skipped 64 bytes at a time, since every commit is answered with the
// whole data source. An answer nested deeper than FlipletEntriesReader reads is not (tooDeep()).
class CommitAnswerCheck
{
public:
    static constexpr int MaxDepth = FlipletEntriesReader::MaxDepth;

    void reset() { m_scanner.reset(); }
    void feed(QByteArrayView chunk);
    bool valid() const
    {
        return m_scanner.done() && m_scanner.sawEntries() && m_scanner.problem() == FlipletAnswerScanner::Problem::None;
    }
    bool tooDeep() const { return m_scanner.problem() == FlipletAnswerScanner::Problem::TooDeep; }

private:
    FlipletAnswerScanner m_scanner{false, MaxDepth};
};

} // namespace Ferry
