// Checks a job without running it or changing anything: tests its source and its target (connection,
// access, what they reach), and samples the first rows its source gives, mapped as the target would get
// them. ferry-cli's test and sample commands and the desktop's test buttons use these (synchronous: on a
// worker thread for a GUI).
#pragma once

#include "connectors/connectorinfo.h"
#include "core/recordset.h"
#include "core/result.h"
#include "job/jobspec.h"
#include "secrets/jobsecrets.h"

#include <atomic>
#include <optional>

namespace Ferry {

// One side's test: what it reached, or precisely what failed (Error::field names the job field to fix).
struct ConnectorTest
{
    QString typeId; // the connector type ("sql/postgres", "fliplet")
    std::optional<ConnectionInfo> info;
    std::optional<Error> error;
    bool passed() const { return info.has_value(); }
};

struct JobTest
{
    ConnectorTest source;
    ConnectorTest target;
    bool passed() const { return source.passed() && target.passed(); }
};

struct CheckOptions
{
    const std::atomic_bool *cancel = nullptr;
    // Resolved beforehand (the desktop reads its keychain on its own thread); unset: the references are
    // resolved here through secretStore, each side's on its own, so one missing secret fails only its side.
    std::optional<JobSecrets> secrets;
    // null: env: and file: only (SecretStore::withDefaults); ferry-cli passes secretStoreWithKeychain().
    std::shared_ptr<const SecretStore> secretStore;
};

// Tests the source, then the target (both, even when the source fails).
JobTest testJob(const JobSpec &job, const CheckOptions &options = {});
ConnectorTest testSource(const JobSpec &job, const CheckOptions &options = {});
ConnectorTest testTarget(const JobSpec &job, const CheckOptions &options = {});

// The first n rows the job's source gives, as it gives them (what its hooks get, before the mapping).
Result<RecordSet> sampleSource(const JobSpec &job, qsizetype n, const CheckOptions &options = {});
// The first n rows the job's source gives, mapped: the fields and values the target would get.
Result<RecordSet> sampleJob(const JobSpec &job, qsizetype n, const CheckOptions &options = {});

} // namespace Ferry
