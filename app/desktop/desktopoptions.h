// The desktop app's command line: where the jobs and the run history live (defaults shared with
// ferry-cli), which job to select, the language.
#pragma once

#include <QString>

namespace Ferry {

struct DesktopOptions
{
    QString jobDirectory;   // --jobs DIR (default: JobStore::defaultDirectory())
    QString stateDirectory; // --state DIR (default: StateStore::defaultDirectory())
    QString selectJob;      // --select JOB_ID
    QString language;       // --language fr (default: the preferences, then the system's)
    QString runJob;         // --run JOB: run it now, in the Ferry already running if there is one
    bool minimized = false; // --minimized: start in the tray (the login item uses it)
    QString error;          // a bad command line, said plainly
    bool showHelp = false;  // --help: the usage on stdout, then exit 0
    bool showVersion = false;

    static QString usage();

    static DesktopOptions parse(int argc, char *argv[]);
    // Whether a window can open: a display, or a Qt platform chosen explicitly (offscreen in tests).
    bool hasDisplay() const;
};

} // namespace Ferry
