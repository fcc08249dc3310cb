// Where a job with a module source keeps the nextSync of its last confirmed run: a small JSON file per job in
// the state directory (module-cursors/<job>.json, written atomically), beside state.sqlite. It names the module
// file and the account's fingerprint (ModuleConnection::accountFingerprint) too: a job pointed at another module,
// or the same module given another account (collection, server), starts again from getUpdates(null).
#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QString>

namespace Ferry {

class ModuleCursorStore
{
public:
    ModuleCursorStore(QString stateDir, QString jobId);

    // The nextSync kept for moduleFile with that account; null when there is none (the first run, another module
    // or account).
    [[nodiscard]] Result<QJsonValue> load(const QString &moduleFile, const QString &account) const;
    [[nodiscard]] Result<void> save(const QString &moduleFile, const QString &account,
                                    const QJsonValue &nextSync) const;
    QString path() const;

private:
    QString m_stateDir;
    QString m_jobId;
};

} // namespace Ferry
