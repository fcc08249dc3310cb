// The app's translators: Qt's own strings (dialog buttons, context menus) from Qt's translations folder, and
// Ferry's from the .qm files embedded under :/i18n (translations/ferry_<lang>.ts). main() installs them before
// any window exists; tests install them the same way to see a window in French or German.
#pragma once

#include <QString>

class QObject;
class QTranslator;

namespace Ferry::Translations {

// The language to use: the command line's (--language), else the preferences', else "" (the system's).
QString chosenLanguage(const QString &commandLine, const QString &preferences);

struct Installed
{
    QTranslator *qt = nullptr;    // null when Qt has no translation for the language
    QTranslator *ferry = nullptr; // Ferry's language, or English (its plural forms) for any other
};
// Sets the default locale to language ("" for the system's) and installs the translators, owned by owner.
Installed install(QObject *owner, const QString &language);
// Removes and deletes what install() installed.
void uninstall(const Installed &installed);

} // namespace Ferry::Translations
