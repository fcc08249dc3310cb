#include "desktopoptions.h"

#include "job/jobstore.h"

#include <QDir>

#include <cstring>

namespace Ferry {

DesktopOptions DesktopOptions::parse(int argc, char *argv[])
{
    // Parsed before QApplication exists (it needs a display): plain arguments, Qt's own (-platform …) left
    // for QApplication.
    DesktopOptions o;
    o.jobDirectory = JobStore::defaultDirectory();
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const auto value = [&](QString &into) {
            if (i + 1 >= argc) {
                o.error = QStringLiteral("%1 needs a value").arg(arg);
                return;
            }
            into = QString::fromLocal8Bit(argv[++i]);
        };
        if (arg == u"--jobs")
            value(o.jobDirectory);
        else if (arg == u"--state")
            value(o.stateDirectory);
        else if (arg == u"--select")
            value(o.selectJob);
        else if (arg == u"--language")
            value(o.language);
        else if (arg == u"--run")
            value(o.runJob);
        else if (arg == u"--minimized")
            o.minimized = true;
        else if (arg == u"--help" || arg == u"-h")
            o.showHelp = true;
        else if (arg == u"--version" || arg == u"-v")
            o.showVersion = true;
        else if (arg.startsWith(u"--"))
            o.error = QStringLiteral("unknown option %1\n%2").arg(arg, usage());
        else if (!arg.startsWith(u'-'))
            o.error =
                QStringLiteral("unexpected argument '%1' (to open a job, use --select JOB_ID)\n%2").arg(arg, usage());
        // Single-dash options are Qt's (-platform, -style, -reverse …): QApplication takes them.
        if (!o.error.isEmpty())
            break;
    }
    if (!o.jobDirectory.isEmpty())
        o.jobDirectory = QDir(o.jobDirectory).absolutePath();
    return o;
}

QString DesktopOptions::usage()
{
    return QStringLiteral(
               "usage: ferry [--jobs DIR] [--state DIR] [--select JOB_ID] [--run JOB] [--minimized] [--language LANG]\n"
               "             [--help] [--version]\n"
               "  --jobs DIR       the job folder (default: %1, shared with ferry-cli)\n"
               "  --state DIR      the run history's folder (default: the one ferry-cli uses)\n"
               "  --select JOB_ID  select this job when the window opens\n"
               "  --run JOB        run the job (name or id) now; if Ferry is running already, it runs it there\n"
               "  --minimized      start in the system tray, without the window (as at login)\n"
               "  --language LANG  en, fr or de for this start (default: the preferences, then the system's)\n"
               "Qt's own options (-platform, -style, -reverse …) work too.")
        .arg(JobStore::defaultDirectory());
}

bool DesktopOptions::hasDisplay() const
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace Ferry
