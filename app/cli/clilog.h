// ferry-cli's log sink: one line per message on stderr with its level, secrets masked, below the chosen
// level dropped.
#pragma once

#include "core/runevents.h"

#include <QtGlobal>

namespace Ferry::Cli {

void installLogHandler();
void setLogLevel(QtMsgType minimum); // QtDebugMsg, QtInfoMsg or QtWarningMsg
// Lines start with the local date and time (the daemon on a terminal; the journal adds its own).
void setLogTimestamps(bool on);
// One line of ferry-cli's own, through the same level filter, secrets masked.
void logLine(QtMsgType level, const QString &message);

// A run's events as log lines on stderr: its log messages, and progress after each committed batch.
class LogObserver final : public RunObserver
{
public:
    // tagJobs: every line names its job (the daemon runs several at once).
    explicit LogObserver(bool tagJobs = false) : m_tagJobs(tagJobs) {}
    void phaseChanged(const RunTag &tag, RunPhase phase, qint64 count) override;
    void batchCommitted(const RunTag &tag, const BatchEvent &event) override;
    void logged(const RunTag &tag, const LogEvent &event) override;

private:
    bool m_tagJobs;
};

} // namespace Ferry::Cli
