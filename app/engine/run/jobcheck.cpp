#include "jobcheck.h"

#include "core/logging.h"

#include "connectors/connectorregistry.h"
#include "extensions/modulehostcaller.h"
#include "sync/mapping.h"

namespace Ferry {

namespace {

Result<JobSecrets> secretsFor(const JobSpec &job, const CheckOptions &options, ConnectorRole role)
{
    if (options.secrets) {
        for (const QString &value : std::as_const(options.secrets->values))
            SecretMask::add(value); // resolved elsewhere (the keychain), masked here all the same
        return *options.secrets;
    }
    const std::shared_ptr<const SecretStore> store =
        options.secretStore ? options.secretStore : SecretStore::withDefaults();
    return role == ConnectorRole::Source ? resolveSourceSecrets(job, *store) : resolveTargetSecrets(job, *store);
}

ConnectorTest failed(ConnectorTest test, Error error)
{
    test.error = std::move(error);
    return test;
}

} // namespace

ConnectorTest testSource(const JobSpec &job, const CheckOptions &options)
{
    ConnectorTest test;
    test.typeId = ConnectorRegistry::sourceTypeId(job);
    installModuleHostCaller();
    auto secrets = secretsFor(job, options, ConnectorRole::Source);
    if (!secrets)
        return failed(test, secrets.error());
    auto source = ConnectorRegistry::instance().createSource(job, *secrets);
    if (!source)
        return failed(test, source.error());
    auto info = (*source)->test(options.cancel);
    if (!info)
        return failed(test, info.error());
    test.info = std::move(info).value();
    return test;
}

ConnectorTest testTarget(const JobSpec &job, const CheckOptions &options)
{
    ConnectorTest test;
    test.typeId = ConnectorRegistry::targetTypeId(job);
    auto secrets = secretsFor(job, options, ConnectorRole::Target);
    if (!secrets)
        return failed(test, secrets.error());
    auto target = ConnectorRegistry::instance().createTarget(job, *secrets, options.cancel);
    if (!target)
        return failed(test, target.error());
    auto info = (*target)->test(options.cancel);
    if (!info)
        return failed(test, info.error());
    test.info = std::move(info).value();
    return test;
}

JobTest testJob(const JobSpec &job, const CheckOptions &options)
{
    JobTest test;
    test.source = testSource(job, options);
    test.target = testTarget(job, options);
    return test;
}

Result<RecordSet> sampleSource(const JobSpec &job, qsizetype n, const CheckOptions &options)
{
    installModuleHostCaller();
    FERRY_TRY(secrets, secretsFor(job, options, ConnectorRole::Source));
    FERRY_TRY(source, ConnectorRegistry::instance().createSource(job, secrets));
    return source->sample(n, options.cancel);
}

Result<RecordSet> sampleJob(const JobSpec &job, qsizetype n, const CheckOptions &options)
{
    FERRY_TRY(rows, sampleSource(job, n, options));
    auto mapped = applyMapping(std::move(rows), job.mapping);
    if (!mapped) {
        Error e = mapped.error();
        e.field = QStringLiteral("mapping");
        return e;
    }
    return mapped;
}

} // namespace Ferry
