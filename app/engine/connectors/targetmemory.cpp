#include "targetmemory.h"

#include <QJsonDocument>

namespace Ferry {

void TargetMemory::set(std::vector<RememberedRecord> records)
{
    m_records = std::move(records);
    m_byRemoteId.clear();
    for (size_t i = 0; i < m_records.size(); ++i)
        if (!m_records[i].remoteId.isEmpty())
            m_byRemoteId.insert(m_records[i].remoteId, qsizetype(i));
}

void TargetMemory::fillUnechoed(QJsonObject &record, const QString &remoteId, const QStringList &columns) const
{
    const auto it = m_byRemoteId.constFind(remoteId);
    if (it == m_byRemoteId.constEnd())
        return;
    const QJsonObject written = QJsonDocument::fromJson(m_records[size_t(*it)].values).object();
    for (const QString &c : columns)
        if (!record.contains(c) && written.contains(c))
            record.insert(c, written.value(c));
}

} // namespace Ferry
