// A keychain for the GUI tests: usable or switched off, what it stores kept in memory (the user's keychain is
// never touched), by keychain reference.
#pragma once

#include "secrets/keychain.h"

#include <QHash>
#include <QMutex>
#include <QTimer>

namespace Ferry::Testing {

class MemoryKeychain final : public KeychainBackend
{
public:
    explicit MemoryKeychain(bool usable = true) : m_usable(usable) {}
    void check(QObject *context, std::function<void(KeychainStatus)> done) override
    {
        KeychainStatus status;
        status.usable = m_usable;
        status.backend = QStringLiteral("the test keychain");
        if (!m_usable)
            status.error = Error{ErrorCode::Connection, QStringLiteral("the test keychain is switched off."), {}};
        QTimer::singleShot(0, context, [done, status] { done(status); });
    }
    Result<QString> store(const QString &jobId, const QString &field, const QString &value) override
    {
        if (!m_usable)
            return Error{ErrorCode::Connection, QStringLiteral("switched off"), {}, field};
        const QString ref = Keychain::reference(jobId, field);
        const QMutexLocker lock(&m_mutex);
        m_stored.insert(ref, value);
        return ref;
    }
    QHash<QString, QString> stored() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_stored;
    }

private:
    bool m_usable;
    mutable QMutex m_mutex;
    QHash<QString, QString> m_stored;
};

} // namespace Ferry::Testing
