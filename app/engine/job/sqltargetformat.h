// The target section of a Ferry job file for a SQL table (type: sql): reading and writing its keys
// (docs/job-format.md). Called by the Ferry format's reader and writer.
#pragma once

#include "core/result.h"
#include "jobspec.h"

#include <yaml-cpp/yaml.h>

#include <optional>

namespace Ferry {

class YamlFields;

// Reads target: {type: sql, …} into job.sqlTarget and sets the target kind.
Result<void> readSqlTarget(YamlFields &f, const YAML::Node &target, JobSpec &job);

// Why the job's SQL target cannot be written to a file (a password in it, not a reference), if it cannot.
std::optional<Error> sqlTargetWriteProblem(const JobSpec &job);
// Writes the keys of the target map (the caller opens and closes it).
void writeSqlTarget(YAML::Emitter &e, const SqlTargetSpec &t);

} // namespace Ferry
