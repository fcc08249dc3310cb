// A connector module (docs/extensions.md, "Connector modules"): a Node module implementing the data-source
// module interface (init, get, insert, patch, delete, getUpdates), used as a job's source or target through
// the extension host.
#pragma once

#include "httpspec.h"
#include "secretref.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Ferry {

struct ModuleSpec
{
    QString file;                             // the module, relative to the job file's folder
    KeyValueList account;                     // plain account values, passed to init(account)
    QList<QPair<QString, SecretRef>> secrets; // account values that are secrets ({secret: env:NAME})
    int timeoutSeconds = 0;                   // per call; 0: DefaultTimeoutSeconds
    int memoryMb = 0;                         // the host's heap cap; 0: DefaultMemoryMb

    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int DefaultMemoryMb = 512;
    int timeoutMs() const { return (timeoutSeconds > 0 ? timeoutSeconds : DefaultTimeoutSeconds) * 1000; }
    int effectiveMemoryMb() const { return memoryMb > 0 ? memoryMb : DefaultMemoryMb; }

    friend bool operator==(const ModuleSpec &, const ModuleSpec &) = default;
};

// The field path of an account secret: "source.account.token".
QString moduleSecretField(const QString &side, const QString &name);

} // namespace Ferry
