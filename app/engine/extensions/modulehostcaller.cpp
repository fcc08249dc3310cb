#include "modulehostcaller.h"

#include "connectors/modulecaller.h"
#include "extensionhost.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <mutex>

namespace Ferry {

namespace {

class ModuleHostCaller final : public ModuleCaller
{
public:
    explicit ModuleHostCaller(const ModuleCallerOptions &options) : m_options(options), m_host(hostOptions(options)) {}

    Result<QJsonValue> call(const QString &method, const QJsonArray &args, const std::atomic_bool *cancel) override
    {
        return m_host.callWithArguments(m_options.file, method, QJsonDocument(args).toJson(QJsonDocument::Compact),
                                        method, m_options.timeoutMs, cancel);
    }
    int starts() const override { return m_host.starts(); }
    bool running() const override { return m_host.isRunning(); }

private:
    static ExtensionHostOptions hostOptions(const ModuleCallerOptions &o)
    {
        ExtensionHostOptions h;
        h.memoryMb = o.memoryMb;
        h.workingDirectory = QFileInfo(o.file).absolutePath(); // the module's own node_modules and files
        h.timeoutSetting = o.timeoutSetting;
        return h;
    }

    ModuleCallerOptions m_options;
    ExtensionHost m_host;
};

} // namespace

void installModuleHostCaller()
{
    static std::once_flag once;
    std::call_once(once, [] {
        setModuleCallerFactory([](const ModuleCallerOptions &options) -> std::unique_ptr<ModuleCaller> {
            return std::make_unique<ModuleHostCaller>(options);
        });
    });
}

} // namespace Ferry
