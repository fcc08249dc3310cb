#include "moduleconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMutex>

namespace Ferry {

namespace {

class ModuleText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ModuleConnection)
};

QMutex factoryMutex;
ModuleCallerFactory &factorySlot()
{
    static ModuleCallerFactory factory;
    return factory;
}

} // namespace

void setModuleCallerFactory(ModuleCallerFactory factory)
{
    QMutexLocker lock(&factoryMutex);
    factorySlot() = std::move(factory);
}

std::unique_ptr<ModuleCaller> makeModuleCaller(const ModuleCallerOptions &options)
{
    QMutexLocker lock(&factoryMutex);
    return factorySlot() ? factorySlot()(options) : nullptr;
}

ModuleConnection::ModuleConnection(const ModuleSpec &spec, QString side, const QString &baseDir,
                                   const JobSecrets &secrets)
    : m_spec(spec), m_side(std::move(side))
{
    m_file = spec.file.isEmpty() || QDir::isAbsolutePath(spec.file) || baseDir.isEmpty()
                 ? spec.file
                 : QDir::cleanPath(QDir(baseDir).absoluteFilePath(spec.file));
    if (!m_file.isEmpty())
        m_file = QFileInfo(m_file).absoluteFilePath();
    for (const auto &[name, value] : spec.account)
        m_account.insert(name, value);
    for (const auto &kv : spec.secrets)
        m_account.insert(kv.first, secrets.value(moduleSecretField(m_side, kv.first)));
}

ModuleConnection::~ModuleConnection() = default;

QString ModuleConnection::accountFingerprint(const ModuleSpec &spec)
{
    QStringList parts;
    for (const auto &[name, value] : spec.account)
        parts.append(QStringLiteral("value\x1f%1\x1f%2").arg(name, value));
    for (const auto &kv : spec.secrets)
        parts.append(QStringLiteral("secret\x1f%1").arg(kv.first));
    parts.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString ModuleConnection::firstLine(const QString &message)
{
    const qsizetype nl = message.indexOf(u'\n');
    return (nl < 0 ? message : message.left(nl)).trimmed();
}

Error ModuleConnection::named(Error e, const QString &method) const
{
    const QString where = QFileInfo(m_file).fileName();
    if (e.message.contains(QStringLiteral("exports no function"))) {
        e.code = ErrorCode::InvalidConfig;
        e.message = ModuleText::tr("the module %1 does not export %2(), which a module %3 needs (%4): add it, or "
                                   "name another module in %5.file")
                        .arg(where, method, m_side, firstLine(e.message), m_side);
        e.field = m_side + QStringLiteral(".file");
    } else if (e.code == ErrorCode::Timeout) {
        e.field = m_side + QStringLiteral(".timeout");
    }
    // The module's own message stays as it is (a row's failure quotes it); the context says whose it is.
    if (e.context.isEmpty())
        e.context = QStringLiteral("%1 %2()").arg(where, method);
    return e;
}

Result<void> ModuleConnection::open(const std::atomic_bool *cancel)
{
    const QString field = m_side + QStringLiteral(".file");
    if (m_file.isEmpty())
        return Error{ErrorCode::InvalidConfig,
                     ModuleText::tr("the module has no file: set %1 to the JavaScript module").arg(field),
                     {},
                     field};
    const QFileInfo info(m_file);
    if (!info.exists() || !info.isFile())
        return Error{ErrorCode::NotFound,
                     ModuleText::tr("the module file %1 does not exist: correct %2 (relative to the job file's folder)")
                         .arg(m_file, field),
                     {},
                     field};
    if (!m_caller) {
        ModuleCallerOptions options;
        options.file = m_file;
        options.timeoutMs = m_spec.timeoutMs();
        options.memoryMb = m_spec.effectiveMemoryMb();
        options.timeoutSetting = m_side + QStringLiteral(".timeout");
        m_caller = makeModuleCaller(options);
        if (!m_caller)
            return Error{ErrorCode::Internal,
                         ModuleText::tr("this program cannot run connector modules (no extension host was set up)"),
                         m_file, field};
    }
    if (m_initialisedAt >= 0 && m_initialisedAt == m_caller->starts() && m_caller->running())
        return {};
    auto r = m_caller->call(QStringLiteral("init"), QJsonArray{m_account}, cancel);
    // init is optional: a module that does not export it is called without (as ferry-cli module call does).
    if (!r && !((r.error().code == ErrorCode::InvalidConfig || r.error().code == ErrorCode::Server) &&
                r.error().message.contains(QStringLiteral("exports no function 'init'"))))
        return named(r.error(), QStringLiteral("init"));
    m_initialisedAt = m_caller->starts();
    return {};
}

Result<QJsonValue> ModuleConnection::call(const QString &method, const QJsonArray &args, const std::atomic_bool *cancel)
{
    if (auto r = open(cancel); !r)
        return r.error();
    auto r = m_caller->call(method, args, cancel);
    if (!r)
        return named(r.error(), method);
    return r;
}

} // namespace Ferry
