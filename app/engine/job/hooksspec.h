// A job's JavaScript hooks (docs/extensions.md): a Node module whose exported functions Ferry calls on the
// pages of records of a run, through the extension host.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Ferry {

struct HooksSpec
{
    QString file;           // the module, relative to the job file's folder
    QStringList calls;      // which of hookNames() to call
    QJsonObject settings;   // passed as options.settings
    int timeoutSeconds = 0; // per call; 0: DefaultTimeoutSeconds
    int pageSize = 0;       // records per call; 0: DefaultPageSize
    int memoryMb = 0;       // the host's heap cap; 0: DefaultMemoryMb

    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int DefaultPageSize = 1000;
    static constexpr int DefaultMemoryMb = 512;

    bool isEmpty() const { return file.isEmpty() && calls.isEmpty(); }
    bool wants(const QString &hook) const { return !file.isEmpty() && calls.contains(hook); }
    int timeoutMs() const { return (timeoutSeconds > 0 ? timeoutSeconds : DefaultTimeoutSeconds) * 1000; }
    int effectivePageSize() const { return pageSize > 0 ? pageSize : DefaultPageSize; }
    int effectiveMemoryMb() const { return memoryMb > 0 ? memoryMb : DefaultMemoryMb; }

    // The hooks Ferry knows, in the order a run calls them.
    static const QStringList &hookNames();

    friend bool operator==(const HooksSpec &, const HooksSpec &) = default;
};

} // namespace Ferry
