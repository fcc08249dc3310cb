#include "secretsaver.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Ferry {

namespace {
constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
}

SecretSaver::SecretSaver(std::shared_ptr<KeychainBackend> keychain, const QString &secretsDir, QObject *parent)
    : QObject(parent), m_keychain(std::move(keychain)),
      m_secretsDir(secretsDir.isEmpty() ? defaultDirectory() : secretsDir)
{
    qRegisterMetaType<Ferry::SecretWriteResult>();
    qRegisterMetaType<QList<Ferry::SecretWriteResult>>();
    m_pool.setMaxThreadCount(1); // in order, one at a time: a keychain may ask the user
}

SecretSaver::~SecretSaver()
{
    m_pool.waitForDone(5000);
}

QString SecretSaver::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("Ferry/secrets"));
}

QString SecretSaver::keychainReference(const QString &jobId, const QString &field)
{
    return QStringLiteral("keychain:%1/%2").arg(jobId, field);
}

QString SecretSaver::defaultFilePath(const QString &jobId, const QString &field) const
{
    return QDir(m_secretsDir).filePath(QStringLiteral("%1.%2").arg(jobId, field));
}

KeychainStatus SecretSaver::keychainStatus() const
{
    if (!m_keychain)
        return {false, tr("OS keychain"), tr("this build of Ferry has no keychain support yet")};
    const QString reason = m_keychain->unusableReason();
    return {reason.isEmpty(), m_keychain->name(), reason};
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
    switch (w.storage) {
    case SecretStorage::Keychain: {
        if (!keychain) {
            result.error = Error{ErrorCode::Io, tr("this build of Ferry has no keychain support yet"), {}, w.field};
            break;
        }
        if (auto written = keychain->write(jobId, w.field, w.value); !written) {
            Error e = written.error();
            e.message = tr("the keychain (%1) could not store it: %2").arg(keychain->name(), e.message);
            e.field = w.field;
            result.error = e;
            break;
        }
        result.reference = keychainReference(jobId, w.field);
        break;
    }
    case SecretStorage::File: {
        const QString path = w.location.trimmed().isEmpty()
                                 ? QDir(secretsDir).filePath(QStringLiteral("%1.%2").arg(jobId, w.field))
                                 : w.location.trimmed();
        if (!w.value.isEmpty())
            if (auto written = writeSecretFile(path, w.value); !written) {
                Error e = written.error();
                e.field = w.field;
                result.error = e;
                break;
            }
        result.reference = QStringLiteral("file:") + path;
        break;
    }
    case SecretStorage::Environment:
        if (!isVariableName(w.location.trimmed())) {
            result.error = Error{
                ErrorCode::InvalidConfig,
                tr("'%1' is not an environment variable name: use letters, digits and _").arg(w.location.trimmed()),
                {},
                w.field};
            break;
        }
        result.reference = QStringLiteral("env:") + w.location.trimmed();
        break;
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
