// The module source and target of Ferry's job format (`type: module`): reading, writing and validate()'s checks
// (field paths source.file, target.account.NAME, …). docs/job-format.md, "Module source and target".
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

// side: "source" or "target".
Result<void> readModule(YamlFields &f, const YAML::Node &map, const QString &side, ModuleSpec &spec);
void writeModule(YAML::Emitter &e, const ModuleSpec &spec);
QList<ValidationIssue> validateModules(const JobSpec &job);

// The module's file as an absolute path (relative ones start at the job file's folder).
QString moduleFilePath(const JobSpec &job, const ModuleSpec &spec);

} // namespace Ferry
