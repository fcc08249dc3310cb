// ferry-cli's log sink: one line per message on stderr with its level, secrets masked, below the chosen
// level dropped.
#pragma once

#include <QtGlobal>

namespace Ferry::Cli {

void installLogHandler();
void setLogLevel(QtMsgType minimum); // QtDebugMsg, QtInfoMsg or QtWarningMsg

} // namespace Ferry::Cli
