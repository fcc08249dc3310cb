// Preferences (Edit ▸ Preferences…): what a user sets once and keeps, stored through Settings. The
// language applies from the next start (every window's strings are set as it is built); the log's level
// and the number of scheduled runs at once apply at once. The command line's --language still overrides the
// language chosen here.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Ferry {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The languages offered: their code ("" for the system's, "en", "fr", "de") and name in that language.
    struct Language
    {
        QString code;
        QString name;
    };
    static QList<Language> languages();

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *logLevelCombo() const { return m_logLevel; }
    QSpinBox *parallelSpin() const { return m_parallel; }
    QCheckBox *startAtLoginCheck() const { return m_startAtLogin; }
    QCheckBox *notifySuccessCheck() const { return m_notifySuccess; }
    // Stores the choices in the settings (OK does this, then closes). False, with a message shown, when the
    // login item cannot be written.
    bool apply();

signals:
    // The log's level was changed (0 debug … 3 error): the log view follows at once.
    void logMinimumSeverityChanged(int severity);
    // How many scheduled runs may go at once changed: the scheduler follows at once.
    void maxParallelRunsChanged(int n);

private:
    void updateRestartNote();

    QComboBox *m_language;
    QLabel *m_restartNote;
    QComboBox *m_logLevel;
    QSpinBox *m_parallel;
    QCheckBox *m_startAtLogin;
    QCheckBox *m_notifySuccess;
    QString m_startLanguage;
};

} // namespace Ferry
