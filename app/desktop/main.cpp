// ferry: the desktop app. Sets up the application (name, icon, translations), opens the main window over
// the job folder that ferry-cli shares, and says so plainly when there is no display to open it on.
#include "desktopoptions.h"
#include "icons.h"
#include "mainwindow.h"
#include "settings.h"
#include "singleinstance.h"
#include "translations.h"

#include "core/memorytuning.h"
#include "jobrun.h"

#include <QApplication>
#include <QJsonObject>
#include <QSystemTrayIcon>

#include <cstdio>

namespace {

QJsonObject runRequest(const QString &job)
{
    return {{QStringLiteral("command"), QStringLiteral("run")}, {QStringLiteral("job"), job}};
}

// What the Ferry already running answered a second launch: 0 when it did what was asked.
int printReply(const QJsonObject &reply)
{
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        std::fprintf(stderr, "ferry: %s\n", qPrintable(reply.value(QStringLiteral("error")).toString()));
        return 2;
    }
    const QString message = reply.value(QStringLiteral("message")).toString();
    std::printf("ferry: %s\n", qPrintable(message.isEmpty() ? QStringLiteral("Ferry is running already: its window "
                                                                             "was brought to the front")
                                                            : message));
    return 0;
}

} // namespace

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
        // --run without a display still reaches a Ferry running in the desktop session.
        if (!options.runJob.isEmpty()) {
            QCoreApplication core(argc, argv);
            Ferry::SingleInstance instance(options.jobDirectory);
            QJsonObject reply;
            if (instance.send(runRequest(options.runJob), &reply))
                return printReply(reply);
        }
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

    // One Ferry per user and job folder: a second launch hands its request to the first and ends.
    Ferry::SingleInstance instance(options.jobDirectory);
    QJsonObject reply;
    QString instanceError;
    const QJsonObject request = options.runJob.isEmpty()
                                    ? QJsonObject{{QStringLiteral("command"), QStringLiteral("raise")}}
                                    : runRequest(options.runJob);
    if (!instance.becomePrimary(request, &reply, &instanceError))
        return printReply(reply);
    if (!instanceError.isEmpty())
        std::fprintf(stderr, "ferry: another launch cannot reach this one (%s); it will open a second window\n",
                     qPrintable(instanceError));

    Ferry::MainWindow window(options.jobDirectory, options.stateDirectory);
    QObject::connect(&instance, &Ferry::SingleInstance::requestReceived, &window,
                     [&window](const QJsonObject &r, QJsonObject *answer) { *answer = window.handleRequest(r); });
    if (!options.minimized || !window.trayIcon())
        window.show();
    if (!options.selectJob.isEmpty())
        window.selectJob(options.selectJob);
    if (!options.runJob.isEmpty()) {
        const QJsonObject ran = window.handleRequest(runRequest(options.runJob));
        if (!ran.value(QStringLiteral("ok")).toBool())
            std::fprintf(stderr, "ferry: %s\n", qPrintable(ran.value(QStringLiteral("error")).toString()));
    }
    return QApplication::exec();
}
