#include "jobeditorschedulepage.h"

#include "core/cronexpression.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace Ferry {

namespace {
const QString CustomPreset = QStringLiteral("custom");
}

JobEditorSchedulePage::JobEditorSchedulePage(QWidget *parent) : JobEditorPage(parent)
{
    QFormLayout *form = newForm();
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetComboBox"));
    m_preset->setAccessibleName(tr("Schedule"));
    m_preset->addItem(tr("Only when started by hand"), QString());
    m_preset->addItem(tr("Every 15 minutes"), QStringLiteral("*/15 * * * *"));
    m_preset->addItem(tr("Every hour, on the hour"), QStringLiteral("0 * * * *"));
    m_preset->addItem(tr("Every day at 02:00"), QStringLiteral("0 2 * * *"));
    m_preset->addItem(tr("Weekdays at 07:00"), QStringLiteral("0 7 * * 1-5"));
    m_preset->addItem(tr("Every Sunday at 03:00"), QStringLiteral("0 3 * * 0"));
    m_preset->addItem(tr("Custom (cron expression)"), CustomPreset);
    form->addRow(buddyLabel(tr("&Runs:"), m_preset), m_preset);

    m_cron = new QLineEdit(this);
    m_cron->setObjectName(QStringLiteral("cronLineEdit"));
    m_cron->setAccessibleName(tr("Cron expression"));
    m_cron->setPlaceholderText(tr("minute hour day month weekday, e.g. 30 6 * * 1-5"));
    m_cron->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *cronCell = m_issues.wrap(QStringLiteral("schedule.cron"), m_cron);
    form->addRow(buddyLabel(tr("&Cron:"), m_cron), cronCell);
    form->addRow(QString(), helpLabel(tr("5 fields (or 6 with seconds first), in this computer's time zone; "
                                         "@hourly, @daily, @weekly and @monthly work too.")));

    m_nextRuns = new QLabel(this);
    m_nextRuns->setObjectName(QStringLiteral("nextRunsLabel"));
    m_nextRuns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextRuns->setWordWrap(true);
    form->addRow(new QLabel(tr("Next runs:"), this), m_nextRuns);

    m_runOnStart = new QCheckBox(tr("Also run when the scheduler &starts"), this);
    m_runOnStart->setObjectName(QStringLiteral("runOnStartCheckBox"));
    m_runOnStart->setToolTip(tr("Catch up at start instead of waiting for the next time (schedule.run_on_start)"));
    form->addRow(QString(), m_issues.wrap(QStringLiteral("schedule.run_on_start"), m_runOnStart));
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(helpLabel(tr("The schedule is saved with the job. Ferry's scheduler, coming in a later "
                                            "version, starts the runs; until then run the job from the job list or "
                                            "with ferry-cli.")));
    contentLayout()->addStretch();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &JobEditorSchedulePage::handlePresetChanged);
    connect(m_cron, &QLineEdit::textChanged, this, &JobEditorSchedulePage::handleCronEdited);
    connect(m_runOnStart, &QCheckBox::toggled, this, &JobEditorPage::changed);
    updateNextRuns();
}

void JobEditorSchedulePage::setNow(const QDateTime &now)
{
    m_now = now;
    updateNextRuns();
}

void JobEditorSchedulePage::load(const JobSpec &job)
{
    const QSignalBlocker b1(m_preset), b2(m_cron), b3(m_runOnStart);
    m_cron->setText(job.schedule.cron);
    const int preset = m_preset->findData(job.schedule.cron.trimmed());
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->findData(CustomPreset));
    m_runOnStart->setChecked(job.schedule.runOnStart);
    updateNextRuns();
}

void JobEditorSchedulePage::apply(JobSpec &job) const
{
    job.schedule.cron = m_cron->text().trimmed();
    job.schedule.runOnStart = m_runOnStart->isChecked();
}

void JobEditorSchedulePage::handlePresetChanged()
{
    const QString cron = m_preset->currentData().toString();
    if (cron != CustomPreset) {
        const QSignalBlocker block(m_cron);
        m_cron->setText(cron);
    } else {
        m_cron->setFocus();
    }
    updateNextRuns();
    emit changed();
}

void JobEditorSchedulePage::handleCronEdited()
{
    const int preset = m_preset->findData(m_cron->text().trimmed());
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->findData(CustomPreset));
    }
    updateNextRuns();
    emit changed();
}

void JobEditorSchedulePage::updateNextRuns()
{
    m_nextTexts.clear();
    const QString text = m_cron->text().trimmed();
    if (text.isEmpty()) {
        m_nextRuns->setText(tr("None: the job runs when you start it."));
        return;
    }
    const auto cron = CronExpression::parse(text);
    if (!cron) {
        m_nextRuns->setText(tr("None until the expression is fixed."));
        return;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    const QLocale locale;
    const QString format = locale.dateFormat(QLocale::LongFormat) + QStringLiteral(", ") +
                           locale.timeFormat(cron->hasSeconds() ? QLocale::LongFormat : QLocale::ShortFormat);
    for (const QDateTime &t : cron->nextTimes(now, 5))
        m_nextTexts.append(locale.toString(t, format));
    m_nextRuns->setText(m_nextTexts.isEmpty() ? tr("None: the expression never fires.") : m_nextTexts.join(u'\n'));
}

} // namespace Ferry
