// The job editor's Target page: the target type and its form from the connector registry (a Fliplet data
// source with its region, a SQLite or server table, a REST API, a webhook), with Test connection, Find (data
// sources, tables or fields) and sample rows off the GUI thread. Batch limits are on the Rules page.
#pragma once

#include "connectorpage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ferry {

class RecordSetModel;

class JobEditorTargetPage final : public ConnectorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorTargetPage)

public:
    JobEditorTargetPage(ConnectorProbe *probe, const KeychainStatus &keychain, QWidget *parent = nullptr);

    QString title() const override { return tr("Target"); }
    QString iconName() const override { return QStringLiteral("document-send"); }
    void load(const JobSpec &job) override;
    bool ownsField(const QString &path) const override;
    QList<ValidationIssue> formIssues() const override;

    void discover();
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
    void handleRegionChanged();
    void showProbeResult(const ProbeResult &result) override;
    void updateRegionRow();
    void updateDiscoverButton();

    QLabel *m_regionLabel;
    QComboBox *m_region;
    RecordSetModel *m_sample;
    QTableView *m_sampleView;
};

} // namespace Ferry
