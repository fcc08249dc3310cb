// Run reports as text (for people) and JSON (for scripts): counts, and for dry runs and held plans every
// change with its key, action, reason and changed fields (old -> new). Both are written piece by piece
// through a sink, so a plan of a million changes never becomes one document in memory.
#pragma once

#include "preparedrun.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace Ferry {

using ReportSink = std::function<void(QByteArrayView)>;

// One JSON object, on one line (no trailing newline).
void writeReportJson(const RunReport &report, const ReportSink &sink);
void writeReportText(const RunReport &report, const ReportSink &sink);

} // namespace Ferry
