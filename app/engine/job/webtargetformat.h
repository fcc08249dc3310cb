// The target: sections of the web targets (type rest, type webhook) in Ferry's job format: reading, writing
// and validate()'s checks. ferryformat.cpp and validate.cpp call these.
#pragma once

#include "jobspec.h"
#include "validate.h"
#include "yamlfields.h"

#include <yaml-cpp/yaml.h>

namespace Ferry {

Result<void> readRestTarget(YamlFields &f, const YAML::Node &target, RestTargetSpec &spec);
Result<void> readWebhookTarget(YamlFields &f, const YAML::Node &target, WebhookTargetSpec &spec);
// Inside the target map (the type key included).
void writeRestTarget(YAML::Emitter &e, const RestTargetSpec &spec);
void writeWebhookTarget(YAML::Emitter &e, const WebhookTargetSpec &spec);
// The issues of the job's web target (none for other targets).
QList<ValidationIssue> validateWebTarget(const JobSpec &job);

} // namespace Ferry
