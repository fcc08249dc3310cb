// Where a job with a module source keeps the nextSync of its last confirmed run: a small JSON file per job in
// the state directory (module-cursors/<job>.json, written atomically), beside state.sqlite. It names the module
// file too: a job pointed at another module starts again from getUpdates(null).
#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QString>

namespace Ferry {

class ModuleCursorStore
{
public:
    ModuleCursorStore(QString stateDir, QString jobId);

    // The nextSync kept for moduleFile; null when there is none (the first run, another module).
    [[nodiscard]] Result<QJsonValue> load(const QString &moduleFile) const;
    [[nodiscard]] Result<void> save(const QString &moduleFile, const QJsonValue &nextSync) const;
    QString path() const;

private:
    QString m_stateDir;
    QString m_jobId;
};

} // namespace Ferry
