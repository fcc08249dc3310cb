#include "accountfieldsprobe.h"

#include "extensions/extensionhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Ferry {

namespace {

class AccountFieldsProbeText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::AccountFieldsProbe)
};

} // namespace

AccountFieldsProbe::AccountFieldsProbe(QObject *parent)
    : QObject(parent), m_pool(QStringLiteral("account field probes"), 1, [this](bool busy) { emit busyChanged(busy); })
{
    qRegisterMetaType<AccountFieldsResult>();
}

AccountFieldsResult AccountFieldsProbe::run(const QString &moduleFile, const QString &fileField,
                                            const std::atomic_bool *cancel)
{
    AccountFieldsResult result;
    result.file = moduleFile;
    const QFileInfo info(moduleFile);
    if (moduleFile.isEmpty() || !info.isFile()) {
        result.error =
            Error{ErrorCode::NotFound,
                  AccountFieldsProbeText::tr("the module file %1 does not exist: choose the module's .js file")
                      .arg(QDir::toNativeSeparators(moduleFile)),
                  {},
                  fileField};
        return result;
    }
    ExtensionHostOptions options;
    options.memoryMb = 256;
    options.workingDirectory = info.absolutePath(); // the module's own node_modules and files
    QStringList log;
    options.log = [&log](const ExtensionLogLine &line) { log.append(line.message); };
    ExtensionHost host(options);
    auto exports = host.describe(info.absoluteFilePath(), {QStringLiteral("accountFields")}, TimeoutMs, cancel);
    if (!exports) {
        Error e = exports.error();
        // The first line says it (a thrown error's stack follows it).
        e.message = AccountFieldsProbeText::tr("%1 could not be loaded: %2")
                        .arg(info.fileName(), e.message.section(u'\n', 0, 0).trimmed());
        e.field = fileField;
        result.error = e;
        return result;
    }
    auto fields = ModuleAccountFields::parse(*exports, info.absoluteFilePath(), fileField);
    if (fields)
        result.fields = std::move(fields).value();
    else
        result.error = fields.error();
    return result;
}

quint64 AccountFieldsProbe::start(const QString &moduleFile, const QString &fileField)
{
    // Only the newest request matters: the form shows one module's fields.
    m_pool.cancelAll();
    return m_pool.start(
        this, [moduleFile, fileField](const std::atomic_bool *cancel) { return run(moduleFile, fileField, cancel); },
        [this](quint64 id, AccountFieldsResult result) {
            result.id = id;
            emit finished(result);
        });
}

} // namespace Ferry
