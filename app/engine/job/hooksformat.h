// The `hooks:` section of Ferry's job format: reading, writing and validate()'s checks (field paths hooks.*).
#pragma once

#include "core/result.h"
#include "jobspec.h"
#include "validate.h"

namespace YAML {
class Emitter;
class Node;
} // namespace YAML

namespace Ferry {

class YamlFields;

Result<void> readHooks(YamlFields &f, const YAML::Node &root, JobSpec &job);
void writeHooks(YAML::Emitter &e, const HooksSpec &hooks);
QList<ValidationIssue> validateHooks(const JobSpec &job);

// hooks.file as an absolute path (relative ones start at the job file's folder); empty without hooks.
QString hooksFilePath(const JobSpec &job);

} // namespace Ferry
