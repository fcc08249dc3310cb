#include "secretsaver.h"

#include "secrets/secretwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace Ferry {

namespace {
constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
}

void SystemKeychain::check(QObject *context, std::function<void(KeychainStatus)> done)
{
    Keychain::checkAsync(context, std::move(done));
}

Result<QString> SystemKeychain::store(const QString &jobId, const QString &field, const QString &value)
{
    return SecretWriter::storeInKeychain(jobId, field, value);
}

SecretSaver::SecretSaver(std::shared_ptr<KeychainBackend> keychain, const QString &secretsDir, QObject *parent)
    : QObject(parent), m_keychain(keychain ? std::move(keychain) : std::make_shared<SystemKeychain>()),
      m_secretsDir(secretsDir.isEmpty() ? SecretWriter::secretsDirectory() : secretsDir)
{
    qRegisterMetaType<Ferry::SecretWriteResult>();
    qRegisterMetaType<QList<Ferry::SecretWriteResult>>();
    m_pool.setMaxThreadCount(1); // in order, one at a time: a keychain may ask the user
    m_status.usable = true;      // the default place, until the probe says otherwise
    m_status.backend = tr("the OS keychain");
    m_keychain->check(this, [this](const KeychainStatus &status) {
        m_status = status;
        m_checked = true;
        emit keychainStatusChanged(status);
    });
}

SecretSaver::~SecretSaver()
{
    m_pool.waitForDone(5000);
}

bool SecretSaver::isVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

Result<void> SecretSaver::writeSecretFile(const QString &path, const QString &value)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return Error{ErrorCode::Io, tr("cannot create the folder %1").arg(dir.path()), {}};
        QFile::setPermissions(dir.path(), OwnerOnly | QFile::ExeOwner);
    }
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()), {}};
    // Restricted before the secret is in it (the temporary file, then the file it becomes).
    file.setPermissions(OwnerOnly);
    file.write(value.toUtf8());
    if (!file.commit())
        return Error{ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()), {}};
    if (QFile::permissions(info.absoluteFilePath()) & ~(OwnerOnly | QFile::ReadUser | QFile::WriteUser))
        if (!QFile::setPermissions(info.absoluteFilePath(), OwnerOnly))
            return Error{ErrorCode::Io, tr("cannot make %1 readable by you alone").arg(path), {}};
    return {};
}

SecretWriteResult SecretSaver::write(const QString &jobId, const SecretWrite &w, KeychainBackend *keychain,
                                     const QString &secretsDir)
{
    SecretWriteResult result;
    result.field = w.field;
    const auto fail = [&result, &w](Error e) {
        e.field = w.field;
        result.error = std::move(e);
        return result;
    };
    if (w.storage != SecretStorage::Environment && !w.value.isEmpty())
        if (auto ok = SecretWriter::checkValue(w.field, w.value); !ok)
            return fail(ok.error());
    switch (w.storage) {
    case SecretStorage::Keychain: {
        auto ref = keychain->store(jobId, w.field, w.value);
        if (!ref)
            return fail(ref.error());
        result.reference = *ref;
        break;
    }
    case SecretStorage::File: {
        const QString path = w.location.trimmed();
        if (path.isEmpty()) {
            auto ref = SecretWriter::storeInFile(jobId, w.field, w.value, secretsDir);
            if (!ref)
                return fail(ref.error());
            result.reference = *ref;
            break;
        }
        if (!w.value.isEmpty())
            if (auto written = writeSecretFile(path, w.value); !written)
                return fail(written.error());
        result.reference = QStringLiteral("file:") + path;
        break;
    }
    case SecretStorage::Environment: {
        auto ref = SecretWriter::environmentReference(w.field, w.location.trimmed());
        if (!ref)
            return fail(ref.error());
        result.reference = *ref;
        break;
    }
    }
    return result;
}

quint64 SecretSaver::save(const QString &jobId, const QList<SecretWrite> &writes)
{
    const quint64 id = m_nextId++;
    // Delivered on this object's thread; dropped with it (the watcher is its child).
    auto *watcher = new QFutureWatcher<QList<SecretWriteResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        emit saved(id, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [jobId, writes, keychain = m_keychain, dir = m_secretsDir] {
        QList<SecretWriteResult> results;
        for (const SecretWrite &w : writes)
            results.append(write(jobId, w, keychain.get(), dir));
        return results;
    }));
    return id;
}

} // namespace Ferry
