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

QString execArgument(const QString &program)
{
    // As the Desktop Entry specification says: inside double quotes " ` $ and \ take a backslash, and string
    // values escape that backslash again (so a backslash is written as four); % is doubled.
    QString quoted = program;
    quoted.replace(u'\\', QStringLiteral("\\\\\\\\"));
    for (const QChar c : {u'"', u'`', u'$'})
        quoted.replace(c, QStringLiteral("\\\\") + c);
    quoted.replace(u'%', QStringLiteral("%%"));
    return u'"' + quoted + u'"';
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
    const QString program = execArgument(QCoreApplication::applicationFilePath());
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
                              "Exec=%2 --minimized\n"
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
