// validate(): everything about a job that can be checked without connecting anywhere. Both job-file readers
// call it after reading; the desktop app's forms call it to show each issue beside its field.
#pragma once

#include "jobspec.h"

#include <QList>
#include <QString>

namespace Ferry {

// The largest data source id the Fliplet API can hold (JavaScript's Number.MAX_SAFE_INTEGER).
inline constexpr qint64 MaxDataSourceId = 9007199254740991;

struct ValidationIssue
{
    enum Severity { Error, Warning };

    // Where, as a path in Ferry's job format (docs/job-format.md lists them): "source.query",
    // "target.datasource_id", "mapping[2].to", "sync.delete_safeguard.max_share", "schedule.cron" …
    QString field;
    QString message; // user-facing, translated: what is wrong and how to fix it
    Severity severity = Error;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

// Issues in a stable order: source, target, mapping, sync, schedule, retry, the rest.
[[nodiscard]] QList<ValidationIssue> validate(const JobSpec &job);

bool hasErrors(const QList<ValidationIssue> &issues);

} // namespace Ferry
