#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ferry::Autostart {

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/org.ferrysync.Ferry.desktop");
}

bool isEnabled()
{
    return QFileInfo::exists(entryPath());
}

bool setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QCoreApplication::translate("Ferry::Autostart", "%1 cannot be removed").arg(path);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The program that runs now: an installed ferry, or a build run from its folder.
    const QString program = QCoreApplication::applicationFilePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QStringLiteral("[Desktop Entry]\n"
                              "Type=Application\n"
                              "Name=Ferry\n"
                              "Comment=%1\n"
                              "Exec=\"%2\" --minimized\n"
                              "Icon=org.ferrysync.Ferry\n"
                              "Terminal=false\n"
                              "X-GNOME-Autostart-enabled=true\n")
                   .arg(QCoreApplication::translate("Ferry::Autostart",
                                                    "Runs your sync jobs on their schedules, from the tray"),
                        program)
                   .toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Ferry::Autostart
