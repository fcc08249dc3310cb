// ferry-cli's log sink: one line per message on stderr with its level, secrets masked, below the chosen
// level dropped.
#pragma once

#include "core/runevents.h"

#include <QtGlobal>

namespace Ferry::Cli {

void installLogHandler();
void setLogLevel(QtMsgType minimum); // QtDebugMsg, QtInfoMsg or QtWarningMsg

// A run's events as log lines on stderr: its log messages, and progress after each committed batch.
class LogObserver final : public RunObserver
{
public:
    void phaseChanged(const RunTag &tag, RunPhase phase, qint64 count) override;
    void batchCommitted(const RunTag &tag, const BatchEvent &event) override;
    void logged(const RunTag &tag, const LogEvent &event) override;
};

} // namespace Ferry::Cli
