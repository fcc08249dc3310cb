// The preferences dialog and the languages: French chosen in the dialog is stored as "fr" (applied from the
// next start, as the dialog says), the log's level applies at once; the command line's --language wins
// over the preferences; an app started in French or German shows its windows in that language, Qt's own
// buttons included.
#include "autostart.h"
#include "jobrun.h"
#include "jobscheduler.h"
#include "logview.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Ferry;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *a : window.menuBar()->actions())
        titles.append(a->text());
    return titles;
}

QString actionText(const MainWindow &window, const char *name)
{
    const auto *a = window.findChild<QAction *>(QLatin1String(name));
    return a ? a->text() : QString();
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void choosingFrenchStoresFr();
    void logLevelAppliesAtOnce();
    void startAtLoginParallelRunsAndNotifications();
    void openedFromTheEditMenu();
    void commandLineOverrides();
    void startedInFrench();
    void startedInGerman();
    void pluralForms_data();
    void pluralForms();

private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    Translations::Installed m_translators;
};

void TestPreferences::initTestCase()
{
    registerRunMetaTypes();
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("FerryPreferencesTest"));
}

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Settings().setLanguage(QString());
    Settings().setLogMinimumSeverity(1);
}

void TestPreferences::cleanup()
{
    Translations::uninstall(m_translators);
    m_translators = {};
    QLocale::setDefault(QLocale::c());
    m_dir.reset();
}

void TestPreferences::choosingFrenchStoresFr()
{
    PreferencesDialog dialog;
    dialog.show();
    QComboBox *language = dialog.languageCombo();
    QCOMPARE(language->currentData().toString(), QString()); // the system's
    QStringList offered;
    for (int i = 0; i < language->count(); ++i)
        offered.append(language->itemData(i).toString());
    QCOMPARE(offered, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")}));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("fr"))), QStringLiteral("Français"));

    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNoteLabel"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(u"next time Ferry starts"), qPrintable(note->text()));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QVERIFY2(note->text().contains(u"Restart Ferry"), qPrintable(note->text()));

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Settings().language(), QStringLiteral("fr"));

    // Opened again, it shows what was chosen; Cancel changes nothing.
    PreferencesDialog again;
    QCOMPARE(again.languageCombo()->currentData().toString(), QStringLiteral("fr"));
    again.languageCombo()->setCurrentIndex(again.languageCombo()->findData(QStringLiteral("de")));
    again.reject();
    QCOMPARE(Settings().language(), QStringLiteral("fr"));
}

void TestPreferences::logLevelAppliesAtOnce()
{
    MainWindow window(m_dir->filePath(QStringLiteral("jobs")), m_dir->filePath(QStringLiteral("state")));
    window.show();
    auto *shown = window.logView()->findChild<QComboBox *>(QStringLiteral("logLevelComboBox"));
    QVERIFY(shown);
    QCOMPARE(shown->currentData().toInt(), 1);

    PreferencesDialog dialog(&window);
    connect(&dialog, &PreferencesDialog::logMinimumSeverityChanged, window.logView(), &LogView::setMinimumSeverity);
    QCOMPARE(dialog.logLevelCombo()->currentData().toInt(), 1);
    dialog.logLevelCombo()->setCurrentIndex(dialog.logLevelCombo()->findData(3));
    dialog.apply();
    QCOMPARE(Settings().logMinimumSeverity(), 3);
    QCOMPARE(shown->currentData().toInt(), 3);
}

void TestPreferences::startAtLoginParallelRunsAndNotifications()
{
    MainWindow window(m_dir->filePath(QStringLiteral("jobs")), m_dir->filePath(QStringLiteral("state")));
    QVERIFY(!Autostart::isEnabled());
    PreferencesDialog dialog(&window);
    connect(&dialog, &PreferencesDialog::maxParallelRunsChanged, window.scheduler(), &JobScheduler::setMaxParallel);
    QVERIFY(!dialog.startAtLoginCheck()->isChecked());
    QCOMPARE(dialog.parallelSpin()->value(), 2);
    dialog.startAtLoginCheck()->setChecked(true);
    dialog.notifySuccessCheck()->setChecked(true);
    dialog.parallelSpin()->setValue(4);
    QVERIFY(dialog.apply());

    // The login item: a desktop entry in the user's autostart folder that starts this Ferry in the tray.
    const QString entry = m_config.filePath(QStringLiteral("autostart/org.ferrysync.Ferry.desktop"));
    QCOMPARE(Autostart::entryPath(), entry);
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("Exec=\"%1\" --minimized").arg(QCoreApplication::applicationFilePath())),
             qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\nType=Application\n")));
    QVERIFY(Settings().notifyOnSuccess());
    QCOMPARE(Settings().maxParallelRuns(), 4);
    QCOMPARE(window.scheduler()->timer().scheduler().maxParallel(), 4);

    // Paths with characters the Desktop Entry format quotes.
    QCOMPARE(Autostart::execArgument(QStringLiteral("/opt/a b/ferry")), QStringLiteral("\"/opt/a b/ferry\""));
    QCOMPARE(Autostart::execArgument(QStringLiteral("/x/$HOME`\"%\\y")),
             QStringLiteral("\"/x/\\\\$HOME\\\\`\\\\\"%%\\\\\\\\y\""));

    // Unchecked: the entry goes.
    PreferencesDialog again(&window);
    QVERIFY(again.startAtLoginCheck()->isChecked());
    again.startAtLoginCheck()->setChecked(false);
    again.notifySuccessCheck()->setChecked(false);
    QVERIFY(again.apply());
    QVERIFY(!QFile::exists(entry));
    QVERIFY(!Settings().notifyOnSuccess());
    Settings().setMaxParallelRuns(2);
}

void TestPreferences::openedFromTheEditMenu()
{
    MainWindow window(m_dir->filePath(QStringLiteral("jobs")), m_dir->filePath(QStringLiteral("state")));
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Preferences))
        QVERIFY(action->shortcuts().contains(k));
    bool inEditMenu = false;
    for (const QAction *menu : window.menuBar()->actions())
        if (menu->text() == u"&Edit")
            inEditMenu = menu->menu()->actions().contains(action);
    QVERIFY(inEditMenu);

    // The action opens the dialog (modal): pick German, OK.
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("de")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action->trigger();
    QVERIFY(seen);
    QCOMPARE(Settings().language(), QStringLiteral("de"));
}

void TestPreferences::commandLineOverrides()
{
    QCOMPARE(Translations::chosenLanguage(QStringLiteral("de"), QStringLiteral("fr")), QStringLiteral("de"));
    QCOMPARE(Translations::chosenLanguage(QString(), QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(Translations::chosenLanguage(QString(), QString()), QString());
}

void TestPreferences::startedInFrench()
{
    Settings().setLanguage(QStringLiteral("fr"));
    m_translators = Translations::install(this, Translations::chosenLanguage(QString(), Settings().language()));
    QVERIFY2(m_translators.ferry && m_translators.ferry->language() == u"fr", "no embedded ferry_fr.qm under :/i18n");
    QCOMPARE(QLocale().language(), QLocale::French);
    MainWindow window(m_dir->filePath(QStringLiteral("jobs")), m_dir->filePath(QStringLiteral("state")));
    window.show();
    QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                                              QStringLiteral("&Tâche"), QStringLiteral("&Aide")}));
    QCOMPARE(actionText(window, "newAction"), QStringLiteral("&Nouvelle tâche…"));
    QCOMPARE(actionText(window, "preferencesAction"), QStringLiteral("&Préférences…"));
    auto *title = window.findChild<QLabel *>(QStringLiteral("emptyJobsTitleLabel"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Aucune tâche pour l’instant"));
    // Qt's own buttons too, when Qt's translations are installed (Debian: qt6-translations-l10n).
    if (!m_translators.qt)
        QSKIP("Qt's French translation (qtbase_fr.qm) is not installed");
    PreferencesDialog dialog;
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
             QStringLiteral("Annuler"));
}

void TestPreferences::startedInGerman()
{
    m_translators = Translations::install(this, Translations::chosenLanguage(QStringLiteral("de"), QString()));
    QVERIFY2(m_translators.ferry && m_translators.ferry->language() == u"de", "no embedded ferry_de.qm under :/i18n");
    MainWindow window(m_dir->filePath(QStringLiteral("jobs")), m_dir->filePath(QStringLiteral("state")));
    window.show();
    QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                              QStringLiteral("&Auftrag"), QStringLiteral("&Hilfe")}));
    QCOMPARE(actionText(window, "runAction"), QStringLiteral("Jetzt &ausführen"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("bottomTabWidget"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Protokoll"));
}

void TestPreferences::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    // English is a translation too, for its plural forms; so is a language Ferry does not speak.
    QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 job");
    QTest::newRow("en 0") << QStringLiteral("en") << 0 << QStringLiteral("0 jobs");
    QTest::newRow("en 2") << QStringLiteral("en") << 2 << QStringLiteral("2 jobs");
    QTest::newRow("es 2") << QStringLiteral("es") << 2 << QStringLiteral("2 jobs");
    // French: 0 and 1 are singular.
    QTest::newRow("fr 0") << QStringLiteral("fr") << 0 << QStringLiteral("0 tâche");
    QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("1 tâche");
    QTest::newRow("fr 2") << QStringLiteral("fr") << 2 << QStringLiteral("2 tâches");
    QTest::newRow("de 0") << QStringLiteral("de") << 0 << QStringLiteral("0 Aufträge");
    QTest::newRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral("1 Auftrag");
    QTest::newRow("de 2") << QStringLiteral("de") << 2 << QStringLiteral("2 Aufträge");
}

void TestPreferences::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    m_translators = Translations::install(this, language);
    QCOMPARE(QCoreApplication::translate("Ferry::MainWindow", "%n job(s)", nullptr, count), expected);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
