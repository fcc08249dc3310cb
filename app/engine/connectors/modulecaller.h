// How the module source and target call a connector module's methods: an interface the extension host's
// client implements (extensions/modulehostcaller). Connectors sit below extensions, so the implementation is
// installed from above once (installModuleHostCaller(), done by every run and job check) rather than included.
#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Ferry {

class ModuleCaller
{
public:
    virtual ~ModuleCaller() = default;
    // Calls method of the module with args spread as its arguments; its result (an awaited Promise's value).
    // Errors: Server (it threw or rejected: the message is its stack), Timeout, Io (the host died), NotFound
    // (Node.js missing), Cancelled.
    [[nodiscard]] virtual Result<QJsonValue> call(const QString &method, const QJsonArray &args,
                                                  const std::atomic_bool *cancel) = 0;
    // How many times the host process was started: a restart loses what init() set up.
    virtual int starts() const = 0;
    // Whether the host process runs now (it is started again, without what init() set up, by the next call).
    virtual bool running() const = 0;
};

struct ModuleCallerOptions
{
    QString file; // absolute
    int timeoutMs = 30000;
    int memoryMb = 512;
    QString timeoutSetting; // "target.timeout"
};

using ModuleCallerFactory = std::function<std::unique_ptr<ModuleCaller>(const ModuleCallerOptions &)>;

// Set once by the layer that has the extension host; thread-safe.
void setModuleCallerFactory(ModuleCallerFactory factory);
// Null when none was installed.
std::unique_ptr<ModuleCaller> makeModuleCaller(const ModuleCallerOptions &options);

} // namespace Ferry
