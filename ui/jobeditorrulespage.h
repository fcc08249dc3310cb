// The job editor's Rules page: the sync mode, case-insensitive keys, the delete safeguard, the target's batch
// limits and how failed requests are retried.
#pragma once

#include "connectors/connectorregistry.h"
#include "jobeditorpage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace Ferry {

class ConnectorForm;

class JobEditorRulesPage final : public JobEditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorRulesPage)

public:
    explicit JobEditorRulesPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Rules"); }
    QString iconName() const override { return QStringLiteral("preferences-system"); }
    void load(const JobSpec &job) override;
    void apply(JobSpec &job) const override;
    bool ownsField(const QString &path) const override;
    QList<ValidationIssue> formIssues() const override;
    void showIssues(const QList<ValidationIssue> &issues) override;

    // The target type whose batch limits are shown (and whether it can delete, for replace mode).
    void setTargetType(const ConnectorType *type);
    QComboBox *modeComboBox() const { return m_mode; }

private:
    void updateModeHelp();

    QComboBox *m_mode;
    QLabel *m_modeHelp;
    QCheckBox *m_caseInsensitive;
    QSpinBox *m_maxDeletes;
    QDoubleSpinBox *m_maxShare;
    ConnectorForm *m_batchForm;
    QSpinBox *m_attempts;
    QDoubleSpinBox *m_initialDelay;
    QDoubleSpinBox *m_maxDelay;
    QDoubleSpinBox *m_maxRetryAfter;
    QDoubleSpinBox *m_timeout;
    JobSpec m_loaded;
};

} // namespace Ferry
