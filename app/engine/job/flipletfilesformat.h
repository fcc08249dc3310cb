// The Fliplet target's file columns in job files: `target: {type: fliplet, files: […]}` in Ferry's format,
// `files:` at the top of a Fliplet Agent file (the same keys), and what validate() checks of them.
#pragma once

#include "core/result.h"
#include "jobspec.h"
#include "validate.h"
#include "yamlfields.h"

#include <yaml-cpp/yaml.h>

namespace Ferry {

// Reads the `files` key of map (absent or null: none). fieldPrefix is where validate()'s paths point in the
// file ("target.files" for both formats: issues name target.files[0].column).
Result<QList<FlipletFileColumn>> readFlipletFiles(YamlFields &f, const YAML::Node &map);
// Writes `files:` (nothing when there are none).
void writeFlipletFiles(YAML::Emitter &e, const QList<FlipletFileColumn> &files);
// validate()'s checks (field paths target.files[i].*); none for other targets.
QList<ValidationIssue> validateFlipletFiles(const JobSpec &job);

QString flipletFileTypeName(FlipletFileColumn::Type type);

} // namespace Ferry
