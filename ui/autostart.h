// Start at login, the freedesktop way: a desktop entry in $XDG_CONFIG_HOME/autostart that starts Ferry
// in the tray (ferry --minimized). Removing it turns it off.
#pragma once

#include <QString>

namespace Ferry::Autostart {

QString entryPath();
bool isEnabled();
// False, with the reason in *error, when the entry cannot be written or removed.
bool setEnabled(bool enabled, QString *error = nullptr);
// program as a quoted Exec= argument of a desktop entry.
QString execArgument(const QString &program);

} // namespace Ferry::Autostart
