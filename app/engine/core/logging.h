// Logging categories of the engine and the secret mask every log sink applies.
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcSql)
Q_DECLARE_LOGGING_CATEGORY(lcFliplet)
Q_DECLARE_LOGGING_CATEGORY(lcSqliteTarget)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Ferry::SecretMask {

// Every resolved secret is registered here; sinks pass text through mask() before writing it anywhere.
// Messages only: data (rows, values) is never masked. A secret shorter than MinMaskedAnywhere characters is
// masked only as a whole word (not inside a longer word or number); longer ones wherever they appear, also
// JSON-escaped.
inline constexpr int MinMaskedAnywhere = 6;
void add(const QString &secret);
QString mask(QString text);

} // namespace Ferry::SecretMask
