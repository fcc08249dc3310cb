#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Ferry::Translations {

QString chosenLanguage(const QString &commandLine, const QString &preferences)
{
    return commandLine.isEmpty() ? preferences : commandLine;
}

Installed install(QObject *owner, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    Installed installed;
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt))
        installed.qt = qt;
    else
        delete qt;
    // A language Ferry does not speak is shown in English, with English plural forms ("1 job", not "1 job(s)").
    auto *ferry = new QTranslator(owner);
    if ((ferry->load(locale, QStringLiteral("ferry"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
         ferry->load(QStringLiteral("ferry_en"), QStringLiteral(":/i18n"))) &&
        QCoreApplication::installTranslator(ferry))
        installed.ferry = ferry;
    else
        delete ferry;
    return installed;
}

void uninstall(const Installed &installed)
{
    for (QTranslator *t : {installed.qt, installed.ferry})
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
}

} // namespace Ferry::Translations
