// Parsing of timestamp column values for the "source is newer" update rule.
#pragma once

#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace Ferry::Timestamp {

// Microseconds since 1970-01-01T00:00:00Z. Accepts QDateTime/QDate values from SQL drivers and text in
// ISO 8601 or common SQL forms: "2024-02-01", "2024-02-01 09:00", "2024-02-01T09:00:00.123456Z",
// "2024-02-01 09:00:00+02", "2024-02-01 09:00:00.5 +02:00", "2024/02/01 09:00:00". Text without a zone
// is read as UTC, so two naive values compare as written. Returns nullopt for anything else.
std::optional<std::int64_t> parse(const QVariant &value);
std::optional<std::int64_t> parseText(QStringView text);

} // namespace Ferry::Timestamp
