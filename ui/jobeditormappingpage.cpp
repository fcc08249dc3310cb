#include "jobeditormappingpage.h"

#include "icons.h"
#include "mappingmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace Ferry {

JobEditorMappingPage::JobEditorMappingPage(QWidget *parent) : JobEditorPage(parent)
{
    m_model = new MappingModel(this);

    auto *intro = helpLabel(tr("Each ticked source column is written to the target field beside it (double-click "
                               "to rename). Tick the key that matches rows with target records, and optionally the "
                               "timestamp that decides updates and the soft-delete marker."));
    contentLayout()->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    m_autoMapButton = new QPushButton(tr("&Auto-map by name"), this);
    m_autoMapButton->setObjectName(QStringLiteral("autoMapButton"));
    m_autoMapButton->setToolTip(tr("Sync every column, to the target field of the same name (ignoring case, spaces "
                                   "and underscores) or to a new field of its own name"));
    m_readColumnsButton =
        new QPushButton(Icons::icon(QStringLiteral("view-refresh")), tr("&Read source columns"), this);
    m_readColumnsButton->setObjectName(QStringLiteral("readColumnsButton"));
    m_readColumnsButton->setToolTip(tr("Test the source connection to learn its columns"));
    buttons->addWidget(m_autoMapButton);
    buttons->addWidget(m_readColumnsButton);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);

    m_emptyLabel = helpLabel(QString());
    m_emptyLabel->setObjectName(QStringLiteral("mappingEmptyLabel"));
    contentLayout()->addWidget(m_emptyLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mappingTableView"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Mapping"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrow keys move within
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setColumnWidth(MappingModel::SourceColumn, 140);
    m_table->setColumnWidth(MappingModel::TypeColumn, 90);
    m_table->setColumnWidth(MappingModel::TargetColumn, 140);
    for (int c : {MappingModel::KeyColumn, MappingModel::TimestampColumn, MappingModel::DeleteColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(200);
    contentLayout()->addWidget(m_table, 1);

    m_rolesLabel = new QLabel(this);
    m_rolesLabel->setObjectName(QStringLiteral("rolesLabel"));
    m_rolesLabel->setWordWrap(true);
    contentLayout()->addWidget(m_rolesLabel);
    m_issuesLabel = FieldIssues::newMessageLabel(this);
    m_issuesLabel->setObjectName(QStringLiteral("mappingIssueLabel"));
    contentLayout()->addWidget(m_issuesLabel);

    connect(m_autoMapButton, &QPushButton::clicked, this, &JobEditorMappingPage::autoMap);
    connect(m_readColumnsButton, &QPushButton::clicked, this, &JobEditorMappingPage::columnsRequested);
    connect(m_model, &MappingModel::mappingEdited, this, &JobEditorPage::changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobEditorMappingPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobEditorMappingPage::updateEmptyState);
    // Notes wrap onto more lines rather than hide behind an ellipsis.
    connect(m_model, &QAbstractItemModel::dataChanged, m_table, &QTableView::resizeRowsToContents);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeRowsToContents);
    updateEmptyState();
}

void JobEditorMappingPage::load(const JobSpec &job)
{
    m_model->load(job);
}

void JobEditorMappingPage::apply(JobSpec &job) const
{
    m_model->apply(job);
}

bool JobEditorMappingPage::ownsField(const QString &path) const
{
    return path == u"mapping" || path.startsWith(u"mapping[") || path == u"sync.key" ||
           path == u"sync.timestamp_column" || path == u"sync.delete_column";
}

void JobEditorMappingPage::setSourceColumns(const QList<ColumnInfo> &columns)
{
    m_model->setSourceColumns(columns);
    emit changed();
}

void JobEditorMappingPage::setTargetColumns(const QStringList &columns)
{
    m_model->setTargetColumns(columns);
}

void JobEditorMappingPage::setTargetKind(TargetKind kind)
{
    m_model->setTargetKind(kind);
}

void JobEditorMappingPage::autoMap()
{
    m_model->autoMap();
}

void JobEditorMappingPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    m_emptyLabel->setText(tr("The source's columns are not known yet: every column is synced under its own name. "
                             "Read the source columns to pick and rename them."));
    m_autoMapButton->setEnabled(!empty);
    QStringList roles;
    roles.append(m_model->keyFields().isEmpty() ? tr("Key: none (every run appends every row)")
                                                : tr("Key: %1").arg(m_model->keyFields().join(QStringLiteral(" + "))));
    if (!m_model->timestampField().isEmpty())
        roles.append(tr("Timestamp: %1").arg(m_model->timestampField()));
    if (!m_model->deleteField().isEmpty())
        roles.append(tr("Soft delete: %1").arg(m_model->deleteField()));
    m_rolesLabel->setText(roles.join(QStringLiteral(" · ")));
}

void JobEditorMappingPage::showIssues(const QList<ValidationIssue> &issues)
{
    static const QRegularExpression entry(QStringLiteral("^mapping\\[(\\d+)\\]"));
    QHash<int, QString> byRow;
    QList<ValidationIssue> rest;
    m_issueTexts.clear();
    for (const ValidationIssue &i : issues) {
        if (!ownsField(i.field))
            continue;
        m_issueTexts[i.field] += m_issueTexts.value(i.field).isEmpty() ? i.message : u'\n' + i.message;
        const auto match = entry.match(i.field);
        const int row = match.hasMatch() ? m_model->rowOfMappingEntry(match.captured(1).toInt()) : -1;
        if (row >= 0 && i.severity == ValidationIssue::Error)
            byRow[row] += byRow.value(row).isEmpty() ? i.message : QStringLiteral("; ") + i.message;
        rest.append(i); // also listed under the table, where it is read without hovering
    }
    m_model->setIssues(byRow);
    FieldIssues::setMessage(m_issuesLabel, rest);
    JobEditorPage::showIssues({});
}

QString JobEditorMappingPage::issueText(const QString &path) const
{
    return m_issueTexts.value(path);
}

} // namespace Ferry
