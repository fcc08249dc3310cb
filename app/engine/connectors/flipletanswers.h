// Readers for the Fliplet API's large answers, without building a JSON document in memory:
// the entries of GET v1/data-sources/<id>/data go straight into a TargetSnapshot, and the answer to a
// commit (the whole data source again, by contract) is checked for its shape as it streams past.
#pragma once

#include "core/recordset.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QStringList>

#include <string>

namespace Ferry {

// {"entries":[{"id":1,"data":{…},…},…]}: ids and the values of columns from each entry's data.
Result<TargetSnapshot> readFlipletEntries(QByteArrayView body, const QStringList &columns);

// The first limit entries of the same answer with every field their data holds: the columns are the
// fields in the order they first appear (null where an entry lacks one). The rest is not parsed.
Result<RecordSet> readFlipletSample(QByteArrayView body, qsizetype limit);

// Fed chunk by chunk: is this a JSON object with an "entries" array?
class CommitAnswerCheck
{
public:
    void reset() { *this = CommitAnswerCheck(); }
    void feed(QByteArrayView chunk);
    bool valid() const { return m_done && m_sawEntries && !m_bad; }

private:
    int m_depth = 0;
    bool m_started = false, m_done = false, m_bad = false;
    bool m_inString = false, m_escape = false;
    bool m_expectKey = false, m_capturingKey = false, m_keyDone = false, m_awaitingValue = false;
    bool m_sawEntries = false;
    std::string m_key, m_valueKey;
};

} // namespace Ferry
