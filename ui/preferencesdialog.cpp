#include "preferencesdialog.h"

#include "autostart.h"
#include "prompts.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ferry {

QList<PreferencesDialog::Language> PreferencesDialog::languages()
{
    // Each language by its own name, as users look for it whatever the current language is.
    const QString system = QLocale::system().nativeLanguageName();
    return {{QString(), system.isEmpty() ? tr("System default") : tr("System default (%1)").arg(system)},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const Settings settings;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    for (const Language &l : languages())
        m_language->addItem(l.name, l.code);
    m_startLanguage = settings.language();
    const int current = m_language->findData(m_startLanguage);
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartNoteLabel"));
    m_restartNote->setWordWrap(true);

    m_logLevel = new QComboBox(this);
    m_logLevel->setObjectName(QStringLiteral("logLevelComboBox"));
    // The same choices as the log's own filter: both set the same preference.
    m_logLevel->addItem(tr("Everything, debug included"), 0);
    m_logLevel->addItem(tr("Information and above"), 1);
    m_logLevel->addItem(tr("Warnings and errors"), 2);
    m_logLevel->addItem(tr("Errors only"), 3);
    m_logLevel->setCurrentIndex(m_logLevel->findData(settings.logMinimumSeverity()));
    auto *logLabel = new QLabel(tr("The log &shows:"), this);
    logLabel->setBuddy(m_logLevel);

    m_parallel = new QSpinBox(this);
    m_parallel->setObjectName(QStringLiteral("parallelSpinBox"));
    m_parallel->setRange(1, 8);
    m_parallel->setValue(settings.maxParallelRuns());
    m_parallel->setToolTip(tr("A job due while this many scheduled runs are going waits for one to end. Runs you "
                              "start yourself always start."));
    auto *parallelLabel = new QLabel(tr("Scheduled &runs at once:"), this);
    parallelLabel->setBuddy(m_parallel);

    m_startAtLogin = new QCheckBox(tr("Start Ferry in the tray when I lo&g in"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheckBox"));
    m_startAtLogin->setChecked(Autostart::isEnabled());
    m_startAtLogin->setToolTip(
        tr("So scheduled jobs run without opening Ferry first (%1)").arg(Autostart::entryPath()));
    m_notifySuccess = new QCheckBox(tr("&Notify me when a run succeeds too (failures always notify)"), this);
    m_notifySuccess->setObjectName(QStringLiteral("notifySuccessCheckBox"));
    m_notifySuccess->setChecked(settings.notifyOnSuccess());

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_restartNote);
    form->addItem(new QSpacerItem(0, 8));
    form->addRow(logLabel, m_logLevel);
    form->addRow(parallelLabel, m_parallel);
    form->addRow(QString(), m_startAtLogin);
    form->addRow(QString(), m_notifySuccess);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setText(m_language->currentData().toString() == m_startLanguage
                               ? tr("A new language takes effect the next time Ferry starts.")
                               : tr("<b>Restart Ferry</b> to see it in the new language."));
}

bool PreferencesDialog::apply()
{
    Settings settings;
    settings.setNotifyOnSuccess(m_notifySuccess->isChecked());
    if (m_startAtLogin->isChecked() != Autostart::isEnabled()) {
        QString error;
        if (!Autostart::setEnabled(m_startAtLogin->isChecked(), &error)) {
            Prompts::instance().error(this, tr("Start at login"),
                                      tr("Ferry could not change the login item: %1").arg(error));
            return false;
        }
    }
    settings.setLanguage(m_language->currentData().toString());
    const int severity = m_logLevel->currentData().toInt();
    if (severity != settings.logMinimumSeverity()) {
        settings.setLogMinimumSeverity(severity);
        emit logMinimumSeverityChanged(severity);
    }
    if (m_parallel->value() != settings.maxParallelRuns()) {
        settings.setMaxParallelRuns(m_parallel->value());
        emit maxParallelRunsChanged(m_parallel->value());
    }
    return true;
}

} // namespace Ferry
