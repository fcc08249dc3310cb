// The YAML of the HTTP parts of a job (docs/job-format.md): auth: and transport: blocks, which any HTTP
// connector's section reuses, and the HTTP JSON API source. Called from ferryformat.cpp.
#pragma once

#include "httpspec.h"
#include "jobspec.h"
#include "yamlfields.h"

#include <optional>

#include <yaml-cpp/yaml.h>

namespace Ferry {

// The keys these blocks add to a connector's section.
inline constexpr const char *HttpAuthKey = "auth";
inline constexpr const char *HttpTransportKey = "transport";

// prefix: the field path of the block ("source.auth", "target.transport"); issues point at its keys.
// An absent or null block leaves spec as it is.
Result<void> readHttpAuth(YamlFields &f, const YAML::Node &node, const QString &prefix, HttpAuthSpec &spec);
Result<void> readHttpTransport(YamlFields &f, const YAML::Node &node, const QString &prefix, HttpTransportSpec &spec);
// Write "auth: …" / "transport: …" into the map being emitted; nothing for the defaults.
void writeHttpAuth(YAML::Emitter &e, const HttpAuthSpec &spec);
void writeHttpTransport(YAML::Emitter &e, const HttpTransportSpec &spec);
// An error when the block holds a plaintext secret (job files keep references only); prefix as above.
std::optional<Error> inlineHttpAuthSecret(const HttpAuthSpec &spec, const QString &prefix, const QString &jobName);

// key: {Name: value, …} (headers, query parameters), in the file's order; written only when not empty.
Result<KeyValueList> readKeyValues(YamlFields &f, const YAML::Node &map, const char *key);
void writeKeyValues(YAML::Emitter &e, const char *key, const KeyValueList &values);

// source: {type: http, …}: the whole section (its type already read).
Result<void> readHttpSource(YamlFields &f, const YAML::Node &src, JobSpec &job);
void writeHttpSource(YAML::Emitter &e, const HttpSourceSpec &spec); // the section's keys, type included

} // namespace Ferry
