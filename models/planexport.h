// Exports a plan as the preview shows it (exclusions applied): CSV for spreadsheets, one line per change
// (action, key, reason, the changed fields before → after, then the row's values), or JSON in the same form
// as `ferry-cli run --dry-run --json`. Written as it is made, so a million changes never sit in memory
// twice. Safe to call on a worker thread.
#pragma once

#include "run/preparedrun.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

class QIODevice;

namespace Ferry {

class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::PlanExport)

public:
    enum class Format { Csv, Json };
    static Format formatFor(const QString &path); // by suffix: .json, otherwise CSV

    // report: a prepared run's report whose plan has the exclusions applied (planWithExclusions).
    static Result<void> write(const RunReport &report, Format format, QIODevice &out,
                              const std::atomic_bool *cancel = nullptr);
    // Writes to path atomically (a failed or cancelled export leaves no half-written file).
    static Result<void> writeFile(const RunReport &report, const QString &path,
                                  const std::atomic_bool *cancel = nullptr);
};

} // namespace Ferry
