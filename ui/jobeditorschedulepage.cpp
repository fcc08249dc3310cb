#include "jobeditorschedulepage.h"

#include "core/cronexpression.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>
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
    form->addRow(QString(), helpLabel(tr("5 fields (or 6 with seconds first); @hourly, @daily, @weekly and "
                                         "@monthly work too.")));

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/') && !id.startsWith("Etc/"))
            m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setToolTip(tr("The time zone the cron times are read in: daylight saving follows it "
                              "(schedule.time_zone)"));
    form->addRow(buddyLabel(tr("&Time zone:"), m_timeZone),
                 m_issues.wrap(QStringLiteral("schedule.time_zone"), m_timeZone));

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
    contentLayout()->addWidget(helpLabel(tr("Ferry runs the job at these times while it is open (pause it from the "
                                            "Job menu), or on a server with ferry-cli daemon. A time missed while "
                                            "the computer slept is caught up once.")));
    contentLayout()->addStretch();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &JobEditorSchedulePage::handlePresetChanged);
    connect(m_cron, &QLineEdit::textChanged, this, &JobEditorSchedulePage::handleCronEdited);
    connect(m_runOnStart, &QCheckBox::toggled, this, &JobEditorPage::changed);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] {
        updateNextRuns();
        emit changed();
    });
    updateNextRuns();
}

void JobEditorSchedulePage::setNow(const QDateTime &now)
{
    m_now = now;
    updateNextRuns();
}

void JobEditorSchedulePage::load(const JobSpec &job)
{
    const QSignalBlocker b1(m_preset), b2(m_cron), b3(m_runOnStart), b4(m_timeZone);
    const int zone = m_timeZone->findData(job.schedule.timeZone);
    if (zone >= 0)
        m_timeZone->setCurrentIndex(zone);
    else
        m_timeZone->setEditText(job.schedule.timeZone); // unknown here: validation says so
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
    job.schedule.timeZone = timeZoneId();
}

QString JobEditorSchedulePage::timeZoneId() const
{
    // The first entry's text names the computer's zone; anything typed is taken as an IANA name.
    const int index = m_timeZone->findText(m_timeZone->currentText());
    return index >= 0 ? m_timeZone->itemData(index).toString() : m_timeZone->currentText().trimmed();
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
    const QString zoneId = timeZoneId();
    const QTimeZone zone = zoneId.isEmpty() ? QTimeZone() : QTimeZone(zoneId.toUtf8());
    if (!zoneId.isEmpty() && !zone.isValid()) {
        m_nextRuns->setText(tr("None until the time zone is one this computer knows."));
        return;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    const QLocale locale;
    const QString timeFormat = locale.timeFormat(cron->hasSeconds() ? QLocale::LongFormat : QLocale::ShortFormat);
    const QString format = locale.dateFormat(QLocale::LongFormat) + QStringLiteral(", ") + timeFormat;
    for (const QDateTime &t : cron->nextTimes(zone.isValid() ? now.toTimeZone(zone) : now, 5)) {
        QString text = locale.toString(t, format);
        // In another zone: the time here too, so "06:00 New York" reads as "12:00" for the person at the desk.
        if (zone.isValid() && t.offsetFromUtc() != t.toLocalTime().offsetFromUtc())
            text = tr("%1 (%2 here)").arg(text, locale.toString(t.toLocalTime(), timeFormat));
        m_nextTexts.append(text);
    }
    m_nextRuns->setText(m_nextTexts.isEmpty() ? tr("None: the expression never fires.") : m_nextTexts.join(u'\n'));
}

} // namespace Ferry
