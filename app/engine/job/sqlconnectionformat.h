// The YAML of a database connection (docs/job-format.md), the same in the SQL source and the SQL table target:
// url, driver, path (SQLite) or host, port, database, username, password, options, domain, instance, encrypt.
#pragma once

#include "core/result.h"
#include "jobspec.h"
#include "yamlfields.h"

#include <yaml-cpp/yaml.h>

namespace Ferry {

// The keys of a connection (password included).
QSet<QString> sqlConnectionKeys();

// Reads the connection keys of section (its other keys are the caller's) into s; side: "source" or "target", the
// field paths issues point at ("target.port").
Result<void> readSqlConnection(YamlFields &f, const YAML::Node &section, const QString &side, SqlSourceSpec &s);

// Writes the connection keys into the map being emitted (the caller writes type and its own keys).
void writeSqlConnection(YAML::Emitter &e, const SqlSourceSpec &s);

} // namespace Ferry
