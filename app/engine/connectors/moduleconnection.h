// One connector module as a source or a target uses it: its file checked, the host started on the first call,
// init(account) called once when the module exports it (again after the host restarted), then its methods, each with a
// message that names the module, the method and what to fix.
#pragma once

#include "connectorinfo.h"
#include "core/result.h"
#include "job/jobspec.h"
#include "modulecaller.h"
#include "secrets/jobsecrets.h"

#include <QJsonObject>

namespace Ferry {

class ModuleConnection
{
public:
    // side: "source" or "target"; baseDir: the job file's folder.
    ModuleConnection(const ModuleSpec &spec, QString side, const QString &baseDir, const JobSecrets &secrets);
    ~ModuleConnection();
    Q_DISABLE_COPY_MOVE(ModuleConnection)

    // Checks the file, starts the host and calls init(account).
    [[nodiscard]] Result<void> open(const std::atomic_bool *cancel);
    // Calls method (after open()). An Error's field names the module file for a missing export, the timeout
    // setting for a time-out; a Server error's message is the module's own (its stack).
    [[nodiscard]] Result<QJsonValue> call(const QString &method, const QJsonArray &args,
                                          const std::atomic_bool *cancel);

    QString file() const { return m_file; }
    QString side() const { return m_side; }
    // The account init() gets (secrets resolved): for tests of what the module sees.
    const QJsonObject &account() const { return m_account; }
    // Identifies the account init() gets without holding a secret: a hash of the plain values and of the names
    // of the secret ones (not their values), whatever their order. A module source's nextSync and a module
    // target's key -> id memory are kept for one account: another collection or server starts afresh.
    QString accountFingerprint() const { return accountFingerprint(m_spec); }
    static QString accountFingerprint(const ModuleSpec &spec);
    // The first line of a module's error (its message without the stack).
    static QString firstLine(const QString &message);

private:
    Error named(Error e, const QString &method) const;

    ModuleSpec m_spec;
    QString m_side;
    QString m_file;
    QJsonObject m_account;
    std::unique_ptr<ModuleCaller> m_caller;
    int m_initialisedAt = -1; // m_caller->starts() when init() last succeeded
};

} // namespace Ferry
