// ferry: the desktop app. Sets up the application (name, icon, translations), opens the main window over
// the job folder that ferry-cli shares, and says so plainly when there is no display to open it on.
#include "desktopoptions.h"
#include "icons.h"
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include "core/memorytuning.h"
#include "jobrun.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    Ferry::tuneMemoryAllocator();
    const Ferry::DesktopOptions options = Ferry::DesktopOptions::parse(argc, argv);
    if (options.showHelp) {
        std::printf("%s\n", qPrintable(Ferry::DesktopOptions::usage()));
        return 0;
    }
    if (options.showVersion) {
        std::printf("ferry %s\n", FERRY_VERSION);
        return 0;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "ferry: %s\n", qPrintable(options.error));
        return 3;
    }
    if (!options.hasDisplay()) {
        std::fputs("ferry: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot "
                   "open.\nRun your jobs headless with ferry-cli (ferry-cli run --all), or start ferry inside a "
                   "desktop session.\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ferry"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ferry"));
    QApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.ferrysync.Ferry")); // installer/linux
    QApplication::setWindowIcon(Ferry::Icons::appIcon());
    // Qt's own strings (dialog buttons) and Ferry's, in the language of the command line, the preferences or
    // the system.
    Ferry::Translations::install(&app,
                                 Ferry::Translations::chosenLanguage(options.language, Ferry::Settings().language()));
    Ferry::registerRunMetaTypes();

    Ferry::MainWindow window(options.jobDirectory, options.stateDirectory);
    window.show();
    if (!options.selectJob.isEmpty())
        window.selectJob(options.selectJob);
    return QApplication::exec();
}
