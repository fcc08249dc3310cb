// The Fliplet source's part of job files: `source: {type: fliplet, …}` in Ferry's format, Fliplet Agent files
// with `type: pull`, and what validate() checks of it.
#pragma once

#include "core/result.h"
#include "jobspec.h"
#include "validate.h"
#include "yamlfields.h"

#include <QJsonValue>

#include <yaml-cpp/yaml.h>

namespace Ferry {

// The column names a Fliplet source gives an entry's id and timestamps, beside its data fields.
inline constexpr char16_t FlipletEntryIdColumn[] = u"fliplet_entry_id";
inline constexpr char16_t FlipletCreatedAtColumn[] = u"fliplet_created_at";
inline constexpr char16_t FlipletUpdatedAtColumn[] = u"fliplet_updated_at";

// The where operators the Fliplet API takes (docs/fliplet-api.md).
const QStringList &flipletWhereOperators();

// Ferry's format: the keys of a `type: fliplet` source besides type and auth_token (read by the caller).
Result<void> readFlipletSource(YamlFields &f, const YAML::Node &src, const SecretRef &token, JobSpec &job);
// Writes the keys of the source map (type included; the caller writes auth_token's reference after).
void writeFlipletSource(YAML::Emitter &e, const FlipletSourceSpec &s);

// A Fliplet Agent file with `type: pull`: the data source it names goes into a table of the database it names.
Result<void> readFlipletAgentPull(YamlFields &f, const YAML::Node &root, JobSpec &job);

// validate()'s checks of a Fliplet source (field paths source.*).
QList<ValidationIssue> validateFlipletSource(const FlipletSourceSpec &s);

// YAML as JSON: plain scalars are read as YAML 1.2's core schema reads them (null, true/false, numbers),
// quoted ones stay text.
Result<QJsonValue> yamlToJson(YamlFields &f, const YAML::Node &node);
void emitJson(YAML::Emitter &e, const QJsonValue &v);

} // namespace Ferry
