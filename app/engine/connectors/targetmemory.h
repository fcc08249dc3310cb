// What the state store remembers of a job's writes to a target (key -> remote id, the row written), as
// Target::setMemory() gives it before index(). The REST and module targets fill the fields a listed record
// lacks from what Ferry wrote to its id; the webhook target, which cannot be listed, indexes it.
#pragma once

#include "target.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Ferry {

class TargetMemory
{
public:
    void set(std::vector<RememberedRecord> records);
    // In the order last written.
    const std::vector<RememberedRecord> &records() const { return m_records; }
    bool isEmpty() const { return m_records.empty(); }
    qsizetype size() const { return qsizetype(m_records.size()); }

    // The fields of columns that record (the target's record remoteId) lacks, taken from what Ferry last
    // wrote to that id: a service that does not echo a field (the key, say) still has it in the index.
    void fillUnechoed(QJsonObject &record, const QString &remoteId, const QStringList &columns) const;

private:
    std::vector<RememberedRecord> m_records;
    QHash<QString, qsizetype> m_byRemoteId; // index in m_records; the last written wins
};

} // namespace Ferry
