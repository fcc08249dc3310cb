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
        else if (arg == u"--help" || arg == u"-h")
            o.error = QStringLiteral("usage: ferry [--jobs DIR] [--state DIR] [--select JOB_ID] [--language LANG]");
    }
    if (!o.jobDirectory.isEmpty())
        o.jobDirectory = QDir(o.jobDirectory).absolutePath();
    return o;
}

bool DesktopOptions::hasDisplay() const
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace Ferry
