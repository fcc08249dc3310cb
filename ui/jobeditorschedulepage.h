// The job editor's Schedule page: a preset or a cron expression, checked as it is typed, with the next five
// run times spelled out (in the job's time zone, with the local time beside when it differs). The schedule is
// stored with the job; the scheduler fires it while Ferry runs (the app, or ferry-cli daemon).
#pragma once

#include "jobeditorpage.h"

#include <QDateTime>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Ferry {

class JobEditorSchedulePage final : public JobEditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorSchedulePage)

public:
    explicit JobEditorSchedulePage(QWidget *parent = nullptr);

    QString title() const override { return tr("Schedule"); }
    QString iconName() const override { return QStringLiteral("system-run"); }
    void load(const JobSpec &job) override;
    void apply(JobSpec &job) const override;
    bool ownsField(const QString &path) const override { return path.startsWith(u"schedule"); }

    QLineEdit *cronLineEdit() const { return m_cron; }
    QComboBox *presetComboBox() const { return m_preset; }
    // Editable: an IANA time zone name, or empty for the computer's time zone.
    QComboBox *timeZoneComboBox() const { return m_timeZone; }
    // The next run times shown, one a line (empty when there are none).
    QStringList nextRunTexts() const { return m_nextTexts; }
    // The moment next times are counted from (tests; default: now).
    void setNow(const QDateTime &now);

private:
    void handlePresetChanged();
    void handleCronEdited();
    void updateNextRuns();
    QString timeZoneId() const;

    QComboBox *m_preset;
    QLineEdit *m_cron;
    QComboBox *m_timeZone;
    QLabel *m_nextRuns;
    QCheckBox *m_runOnStart;
    QStringList m_nextTexts;
    QDateTime m_now;
};

} // namespace Ferry
