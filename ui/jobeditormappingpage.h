// The job editor's Mapping page: which source columns go to which target fields, auto-mapped by name, and
// which fields are the key, the timestamp and the soft-delete marker, with type warnings and each problem
// beside its row.
#pragma once

#include "connectors/connectorinfo.h"
#include "jobeditorpage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace Ferry {

class MappingModel;

class JobEditorMappingPage final : public JobEditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorMappingPage)

public:
    explicit JobEditorMappingPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Mapping"); }
    QString iconName() const override { return QStringLiteral("go-next"); }
    void load(const JobSpec &job) override;
    void apply(JobSpec &job) const override;
    bool ownsField(const QString &path) const override;
    void showIssues(const QList<ValidationIssue> &issues) override;
    QString issueText(const QString &path) const override;

    MappingModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    void setSourceColumns(const QList<ColumnInfo> &columns);
    void setTargetColumns(const QStringList &columns);
    void setTargetKind(TargetKind kind);
    void autoMap();

signals:
    // The user asks for the source's columns (the Source page tests the connection).
    void columnsRequested();

private:
    void updateEmptyState();

    MappingModel *m_model;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QLabel *m_rolesLabel;
    QLabel *m_issuesLabel;
    QPushButton *m_autoMapButton;
    QPushButton *m_readColumnsButton;
    QHash<QString, QString> m_issueTexts; // by path, for issueText()
};

} // namespace Ferry
