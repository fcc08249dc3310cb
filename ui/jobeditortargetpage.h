// The job editor's Target page: the target type and its form from the connector registry (a Fliplet data
// source with its region, a SQLite or server table, a REST API, a webhook), with Test connection, Find (data
// sources, tables or fields) and sample rows off the GUI thread. Batch limits are on the Rules page.
#pragma once

#include "connectorprobe.h"
#include "connectors/connectorregistry.h"
#include "jobeditorpage.h"
#include "secretsaver.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ferry {

class ConnectorForm;
class ProbeStatus;
class RecordSetModel;

class JobEditorTargetPage final : public JobEditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorTargetPage)

public:
    JobEditorTargetPage(ConnectorProbe *probe, const KeychainStatus &keychain, QWidget *parent = nullptr);

    QString title() const override { return tr("Target"); }
    QString iconName() const override { return QStringLiteral("document-send"); }
    void load(const JobSpec &job) override;
    void apply(JobSpec &job) const override;
    bool ownsField(const QString &path) const override;
    QList<ValidationIssue> formIssues() const override;
    void showIssues(const QList<ValidationIssue> &issues) override;
    QWidget *fieldWidget(const QString &path) const override;
    QString issueText(const QString &path) const override;

    ConnectorForm *form() const { return m_form; }
    const ConnectorType *type() const;
    JobSecrets typedSecrets() const;
    void testConnection();
    void discover();
    // The first rows the target holds (tables: SQL table targets).
    void sampleRows();
    void cancelCheck();
    ProbeStatus *status() const { return m_status; }
    QComboBox *regionComboBox() const { return m_region; }
    RecordSetModel *sampleModel() const { return m_sample; }

    // Fields the Rules page shows.
    static QStringList batchKeys() { return {QStringLiteral("batch_rows"), QStringLiteral("batch_bytes")}; }

signals:
    void typeChanged();
    // The target's columns became known (the data source's or the table's).
    void columnsFound(const QStringList &columns);

private:
    void handleTypeChanged();
    void handleFormChanged();
    void handleRegionChanged();
    void handleProbeFinished(const ProbeResult &result);
    void start(ProbeKind kind, const QString &busyText);
    void setBusy(bool busy);
    void updateRegionRow();
    void updateDiscoverButton();
    Discovers discovers() const;
    JobSpec currentJob() const;

    ConnectorProbe *m_probe;
    JobSpec m_base;
    quint64 m_pending = 0;
    QList<ValidationIssue> m_probeIssues;
    QComboBox *m_type;
    QLabel *m_typeDescription;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    ConnectorForm *m_form;
    QPushButton *m_testButton;
    QPushButton *m_discoverButton;
    QPushButton *m_sampleButton;
    ProbeStatus *m_status;
    RecordSetModel *m_sample;
    QTableView *m_sampleView;
};

} // namespace Ferry
