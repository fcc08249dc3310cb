// validate()'s checks of a SQL table target (type: sql), without connecting anywhere.
#pragma once

#include "jobspec.h"
#include "validate.h"

namespace Ferry {

// Issues with job.sqlTarget and what it needs of the rest of the job (a key to delete by); empty for other targets.
QList<ValidationIssue> validateSqlTarget(const JobSpec &job);

} // namespace Ferry
