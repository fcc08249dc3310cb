#include "connectorprobe.h"

#include "connectors/connectorfactory.h"
#include "connectors/connectorregistry.h"
#include "core/logging.h"
#include "extensions/modulehostcaller.h"
#include "run/jobcheck.h"
#include "secrets/keychain.h"

namespace Ferry {

namespace {

bool onSourceSide(ProbeKind kind)
{
    return kind == ProbeKind::TestSource || kind == ProbeKind::DiscoverSource || kind == ProbeKind::SampleSource;
}

// The secrets of one side: what the user typed, else what the job's references name.
Result<JobSecrets> sideSecrets(const JobSpec &job, const JobSecrets &typed, bool source, const SecretStore &store)
{
    JobSecrets out;
    const QString prefix = source ? QStringLiteral("source.") : QStringLiteral("target.");
    for (const SecretField &field : secretFields(job)) {
        if (!field.path.startsWith(prefix))
            continue;
        if (typed.values.contains(field.path)) {
            out.values.insert(field.path, typed.value(field.path));
            SecretMask::add(typed.value(field.path));
            continue;
        }
        if (field.ref.isEmpty())
            continue;
        auto value = store.resolve(field.ref, field.what, jobBaseDir(job));
        if (!value) {
            Error e = value.error();
            e.field = field.path;
            return e;
        }
        out.values.insert(field.path, *value);
    }
    // A secret typed for a field the job does not refer to yet (a token typed before the job is saved).
    for (auto it = typed.values.cbegin(); it != typed.values.cend(); ++it) {
        if (it.key().startsWith(prefix) && !out.values.contains(it.key())) {
            out.values.insert(it.key(), it.value());
            SecretMask::add(it.value());
        }
    }
    return out;
}

} // namespace

void registerProbeMetaTypes()
{
    qRegisterMetaType<Ferry::ProbeResult>();
}

ConnectorProbe::ConnectorProbe(QObject *parent)
    : QObject(parent), m_store(secretStoreWithKeychain()),
      // A few at once: a test of each side and a discovery; cancelled work may still hold a thread briefly.
      m_pool(QStringLiteral("connector probes"), 4, [this](bool busy) { emit busyChanged(busy); })
{
    registerProbeMetaTypes();
    installModuleHostCaller(); // the editor's tests of a connector module
}

ProbeResult ConnectorProbe::run(ProbeKind kind, const JobSpec &job, const JobSecrets &secrets, int sampleRows,
                                const std::atomic_bool *cancel)
{
    ProbeResult result;
    result.kind = kind;
    CheckOptions options;
    options.cancel = cancel;
    options.secrets = secrets;
    const ConnectorRegistry &registry = ConnectorRegistry::instance();
    switch (kind) {
    case ProbeKind::TestSource:
    case ProbeKind::TestTarget: {
        const ConnectorTest test = kind == ProbeKind::TestSource ? testSource(job, options) : testTarget(job, options);
        result.info = test.info;
        result.error = test.error;
        break;
    }
    case ProbeKind::DiscoverSource: {
        auto source = registry.createSource(job, secrets);
        if (!source) {
            result.error = source.error();
            break;
        }
        auto schema = (*source)->discover(cancel);
        if (schema)
            result.schema = std::move(schema).value();
        else
            result.error = schema.error();
        break;
    }
    case ProbeKind::DiscoverTarget: {
        auto target = registry.createTarget(job, secrets, cancel);
        if (!target) {
            result.error = target.error();
            break;
        }
        auto schema = (*target)->discover(cancel);
        if (schema)
            result.schema = std::move(schema).value();
        else
            result.error = schema.error();
        break;
    }
    case ProbeKind::SampleTarget: {
        auto target = registry.createTarget(job, secrets, cancel);
        if (!target) {
            result.error = target.error();
            break;
        }
        auto rows = (*target)->sample(sampleRows, cancel);
        if (rows)
            result.rows = std::move(rows).value();
        else
            result.error = rows.error();
        break;
    }
    case ProbeKind::SampleSource: {
        JobSpec unmapped = job;
        unmapped.mapping.clear(); // the source's own columns
        auto rows = sampleJob(unmapped, sampleRows, options);
        if (rows)
            result.rows = std::move(rows).value();
        else
            result.error = rows.error();
        break;
    }
    }
    return result;
}

quint64 ConnectorProbe::start(ProbeKind kind, const JobSpec &job, const JobSecrets &typed, int sampleRows)
{
    return m_pool.start(
        this,
        [kind, job, typed, sampleRows, store = m_store](const std::atomic_bool *cancel) {
            ProbeResult result;
            auto secrets = sideSecrets(job, typed, onSourceSide(kind), *store);
            if (!secrets) {
                result.kind = kind;
                result.error = secrets.error();
            } else {
                result = run(kind, job, *secrets, sampleRows, cancel);
            }
            return result;
        },
        [this](quint64 id, ProbeResult result) {
            result.id = id;
            emit finished(result);
        });
}

} // namespace Ferry
