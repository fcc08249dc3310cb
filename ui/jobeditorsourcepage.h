// The job editor's Source page: the connector type and its fields (from the registry), Test connection
// with what it reached or precisely what failed, the tables discovery finds (picking one writes the query),
// and a grid of the first rows. Checks run on the editor's ConnectorProbe; changing a field cancels a check
// in flight (its result would describe other settings).
#pragma once

#include "connectorpage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ferry {

class RecordSetModel;

class JobEditorSourcePage final : public ConnectorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorSourcePage)

public:
    JobEditorSourcePage(ConnectorProbe *probe, const KeychainStatus &keychain, QWidget *parent = nullptr);

    QString title() const override { return tr("Source"); }
    QString iconName() const override { return QStringLiteral("document-open"); }
    void load(const JobSpec &job) override;
    bool ownsField(const QString &path) const override { return path == u"source" || path.startsWith(u"source."); }

    void discoverTables();
    // Writes a query that reads the table picked in the list.
    void useSelectedTable();

    QComboBox *tableComboBox() const { return m_tables; }
    RecordSetModel *sampleModel() const { return m_sample; }
    const SchemaInfo &schema() const { return m_schema; }

    // "SELECT * FROM "main"."users"", quoted as the driver wants.
    static QString selectAllQuery(const QString &driver, const TableInfo &table);

signals:
    // The source's columns became known (a test, a sample, or the table the query reads).
    void columnsFound(const QList<Ferry::ColumnInfo> &columns);

private:
    void handleTypeChanged();
    void showProbeResult(const ProbeResult &result) override;
    void showTableColumns();
    void updateDiscoverTexts();
    const TableInfo *queriedTable() const;
    // The source reads data sources (Fliplet): its tables are data sources, picked by id, not by a query.
    bool readsDataSources() const;
    // Whether the source reads a query (SQL), or a table of its own (a file: nothing to pick).
    bool readsQuery() const;

    SchemaInfo m_schema;
    QLabel *m_tablesLabel;
    QComboBox *m_tables;
    QPushButton *m_useTableButton;
    QLabel *m_tableColumns;
    RecordSetModel *m_sample;
    QTableView *m_sampleView;
    QLabel *m_sampleEmpty;
};

} // namespace Ferry
