// AccountFieldsProbe: reads a connector module's accountFields for the job editor, off the GUI thread. The
// module is require()d by the extension host (a Node.js process), never in Ferry's own; what it exports is
// checked by ModuleAccountFields. Each request gets an id; a newer request or cancel() drops an older one's
// result.
#pragma once

#include "core/result.h"
#include "moduleaccountfields.h"
#include "probepool.h"

#include <QMetaType>
#include <QObject>

#include <optional>

namespace Ferry {

struct AccountFieldsResult
{
    quint64 id = 0;
    QString file; // the module, absolute
    QList<ModuleAccountField> fields;
    std::optional<Error> error; // Node.js missing, the module throws, no or malformed accountFields

    bool ok() const { return !error.has_value(); }
};

class AccountFieldsProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountFieldsProbe)

public:
    static constexpr int TimeoutMs = 15000;

    explicit AccountFieldsProbe(QObject *parent = nullptr);

    // Reads the fields of moduleFile (absolute); fileField: the job field that names it ("target.file").
    quint64 start(const QString &moduleFile, const QString &fileField);
    void cancel(quint64 id) { m_pool.cancel(id); }
    void cancelAll() { m_pool.cancelAll(); }
    bool isBusy() const { return m_pool.isBusy(); }
    bool waitForDone(int timeoutMs) { return m_pool.waitForDone(timeoutMs); }

    // What a request does, synchronously (on a worker thread).
    static AccountFieldsResult run(const QString &moduleFile, const QString &fileField,
                                   const std::atomic_bool *cancel = nullptr);

signals:
    void finished(const Ferry::AccountFieldsResult &result);
    void busyChanged(bool busy);

private:
    ProbePool m_pool;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::AccountFieldsResult)
