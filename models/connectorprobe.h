// ConnectorProbe: the job editor's checks of a source or target as the form describes it (test the
// connection, discover tables / data sources, sample rows), run off the GUI thread on a small pool of its
// own. Each request gets an id; cancel(id) sets the engine's cancel flag (HTTP waits poll it, a SQL statement
// in flight is interrupted) and its result is never delivered. Results arrive on the owner's thread as
// finished(ProbeResult), and never after the probe is gone.
#pragma once

#include "connectors/connectorinfo.h"
#include "core/recordset.h"
#include "core/result.h"
#include "job/jobspec.h"
#include "probepool.h"
#include "secrets/jobsecrets.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace Ferry {

enum class ProbeKind {
    TestSource,
    TestTarget,
    DiscoverSource, // tables and views with their columns
    DiscoverTarget, // Fliplet: the data sources the token sees; SQLite: the file's tables
    SampleSource,   // the first rows of the source's query, before the mapping
    SampleTarget,   // the first records the target holds
};

struct ProbeResult
{
    quint64 id = 0;
    ProbeKind kind = ProbeKind::TestSource;
    std::optional<ConnectionInfo> info; // tests
    std::optional<SchemaInfo> schema;   // discoveries
    std::optional<RecordSet> rows;      // samples
    std::optional<Error> error;         // Error::field names the job field to fix, when one is at fault

    bool ok() const { return !error.has_value(); }
};

class ConnectorProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorProbe)

public:
    // Cancels what runs and waits a little for it when destroyed (the engine stops soon once cancelled).
    explicit ConnectorProbe(QObject *parent = nullptr);

    // Resolves the references of secrets not given as typed values, on the worker thread. Default:
    // secretStoreWithKeychain() (env:, file:, keychain:).
    void setSecretStore(std::shared_ptr<const SecretStore> store) { m_store = std::move(store); }

    // Starts a check of job's source or target. typed: secret values the user typed and has not saved yet,
    // by field path ("source.password"); the job's other secrets are resolved from their references on the
    // worker thread. Returns the request's id (never 0).
    quint64 start(ProbeKind kind, const JobSpec &job, const JobSecrets &typed = {}, int sampleRows = 20);
    // The request's result will not be delivered; its work stops as soon as the engine notices.
    void cancel(quint64 id) { m_pool.cancel(id); }
    void cancelAll() { m_pool.cancelAll(); }
    bool isRunning(quint64 id) const { return m_pool.isRunning(id); }
    bool isBusy() const { return m_pool.isBusy(); }
    // Waits for every worker to end, cancelled ones included (tests, shutdown). False on timeout.
    bool waitForDone(int timeoutMs) { return m_pool.waitForDone(timeoutMs); }

    // What a probe does when run synchronously (on a worker thread).
    static ProbeResult run(ProbeKind kind, const JobSpec &job, const JobSecrets &secrets, int sampleRows,
                           const std::atomic_bool *cancel);

signals:
    void finished(const Ferry::ProbeResult &result);
    void busyChanged(bool busy);

private:
    std::shared_ptr<const SecretStore> m_store;
    ProbePool m_pool;
};

void registerProbeMetaTypes();

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::ProbeResult)
