#include "jobspec.h"

namespace Ferry {

bool JobSpec::sameAs(const JobSpec &o) const
{
    return id == o.id && name == o.name && description == o.description && sourceKind == o.sourceKind && sql == o.sql &&
           targetKind == o.targetKind && fliplet == o.fliplet && sqlite == o.sqlite && mapping == o.mapping &&
           rules == o.rules && schedule == o.schedule && retry == o.retry && logVerbosity == o.logVerbosity;
}

QString syncModeName(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Append:
        return QStringLiteral("append");
    case SyncMode::Update:
        return QStringLiteral("update");
    case SyncMode::Replace:
        return QStringLiteral("replace");
    }
    return {};
}

} // namespace Ferry
