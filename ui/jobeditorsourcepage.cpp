#include "jobeditorsourcepage.h"

#include "connectorform.h"
#include "icons.h"
#include "probestatus.h"
#include "recordsetmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace Ferry {

namespace {

QString quoteName(const QString &driver, const QString &name)
{
    if (driver == u"mysql")
        return u'`' + QString(name).replace(u'`', QStringLiteral("``")) + u'`';
    if (driver == u"mssql")
        return u'[' + QString(name).replace(u']', QStringLiteral("]]")) + u']';
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString unquote(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2 &&
        ((name.startsWith(u'"') && name.endsWith(u'"')) || (name.startsWith(u'`') && name.endsWith(u'`')) ||
         (name.startsWith(u'[') && name.endsWith(u']'))))
        name = name.mid(1, name.size() - 2);
    return name;
}

} // namespace

QString JobEditorSourcePage::selectAllQuery(const QString &driver, const TableInfo &table)
{
    QString from = quoteName(driver, table.name);
    if (!table.schema.isEmpty())
        from = quoteName(driver, table.schema) + u'.' + from;
    return QStringLiteral("SELECT * FROM ") + from;
}

JobEditorSourcePage::JobEditorSourcePage(ConnectorProbe *probe, const KeychainStatus &keychain, QWidget *parent)
    : ConnectorPage(ConnectorRole::Source, QStringLiteral("source.driver"), probe, parent)
{
    m_type->setObjectName(QStringLiteral("sourceTypeComboBox"));
    m_type->setAccessibleName(tr("Source type"));
    newConnectorForm(keychain)->setObjectName(QStringLiteral("sourceConnectorForm"));

    // The table picker, right under the query it writes.
    auto *tableRow = new QHBoxLayout;
    m_tables = new QComboBox(this);
    m_tables->setObjectName(QStringLiteral("tableComboBox"));
    m_tables->setAccessibleName(tr("Tables found"));
    m_tables->setPlaceholderText(tr("Find tables to pick one"));
    m_tables->setMinimumContentsLength(24);
    m_useTableButton = new QPushButton(tr("&Use this table"), this);
    m_useTableButton->setObjectName(QStringLiteral("useTableButton"));
    m_useTableButton->setToolTip(tr("Write a query that reads every column of the table"));
    newCheckWidgets();
    setTabOrder(m_useTableButton, m_discoverButton); // Find ends the table row; Test and the sample are below
    setTabOrder(m_discoverButton, m_testButton);
    m_discoverButton->setText(tr("&Find tables"));
    m_discoverButton->setObjectName(QStringLiteral("discoverSourceButton"));
    m_discoverButton->setToolTip(tr("List the database's tables and views with their columns"));
    tableRow->addWidget(m_tables, 1);
    tableRow->addWidget(m_useTableButton);
    tableRow->addWidget(m_discoverButton);
    tableRow->addStretch(); // keeps Find at its size where the table picker is hidden (a file, an API)
    auto *tableForm = newForm();
    m_tablesLabel = buddyLabel(tr("Ta&bles:"), m_tables);
    auto *tableCell = new QWidget(this);
    tableCell->setLayout(tableRow);
    tableRow->setContentsMargins(0, 0, 0, 0);
    tableForm->addRow(m_tablesLabel, tableCell);
    m_tableColumns = helpLabel(QString());
    m_tableColumns->setObjectName(QStringLiteral("tableColumnsLabel"));
    m_tableColumns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tableForm->addRow(QString(), m_tableColumns);
    contentLayout()->addLayout(tableForm);

    auto *buttons = new QHBoxLayout;
    m_testButton->setObjectName(QStringLiteral("testSourceButton"));
    m_testButton->setToolTip(tr("Check that the source can be reached and read, without reading its rows"));
    m_sampleButton->setText(tr("Show &sample rows"));
    m_sampleButton->setObjectName(QStringLiteral("sampleButton"));
    m_sampleButton->setToolTip(tr("Read the first 20 rows, as the source gives them"));
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_sampleButton);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);

    m_status = new ProbeStatus(this);
    m_status->setObjectName(QStringLiteral("sourceProbeStatus"));
    contentLayout()->addWidget(m_status);

    auto *sampleBox = new QGroupBox(tr("Sample rows"), this);
    auto *sampleLayout = new QVBoxLayout(sampleBox);
    m_sample = new RecordSetModel(this);
    m_sampleView = new QTableView(sampleBox);
    m_sampleView->setObjectName(QStringLiteral("sampleTableView"));
    m_sampleView->setModel(m_sample);
    m_sampleView->setAccessibleName(tr("Sample rows"));
    m_sampleView->setTabKeyNavigation(false);
    m_sampleView->setAlternatingRowColors(true);
    m_sampleView->setMinimumHeight(160);
    m_sampleView->verticalHeader()->setDefaultSectionSize(m_sampleView->fontMetrics().height() + 6);
    m_sampleView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_sampleView->hide();
    m_sampleEmpty = helpLabel(tr("No rows shown yet: Show sample rows reads the first rows, as they are before "
                                 "the mapping."));
    m_sampleEmpty->setObjectName(QStringLiteral("sampleEmptyLabel"));
    m_sampleEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    sampleLayout->addWidget(m_sampleEmpty);
    sampleLayout->addWidget(m_sampleView);
    contentLayout()->addWidget(sampleBox, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &JobEditorSourcePage::handleTypeChanged);
    connect(m_discoverButton, &QPushButton::clicked, this, &JobEditorSourcePage::discoverTables);
    connect(m_useTableButton, &QPushButton::clicked, this, &JobEditorSourcePage::useSelectedTable);
    connect(m_tables, &QComboBox::currentIndexChanged, this, &JobEditorSourcePage::showTableColumns);
    connectChecks();
    m_useTableButton->setEnabled(false);
    handleTypeChanged();
}

void JobEditorSourcePage::load(const JobSpec &job)
{
    loadType(job, ConnectorRegistry::sourceTypeId(job));
    m_form->setType(type());
    m_typeDescription->setText(type() ? type()->displayDescription() : QString());
    const QSignalBlocker block(m_form);
    m_form->load(job);
}

void JobEditorSourcePage::handleTypeChanged()
{
    const ConnectorType *picked = type();
    // The query (and what else both types have) carries over.
    const QVariantMap before = m_form->values(QString());
    m_form->setType(picked);
    for (auto it = before.begin(); it != before.end(); ++it)
        if (picked && picked->field(it.key()) && picked->field(it.key())->type != FieldType::Secret)
            m_form->setValue(it.key(), it.value());
    m_typeDescription->setText(picked ? picked->displayDescription() : QString());
    updateDiscoverTexts();
    alignLabels();
    m_schema = SchemaInfo{};
    m_tables->clear();
    m_tableColumns->clear();
    handleFormChanged();
}

void JobEditorSourcePage::discoverTables()
{
    startCheck(ProbeKind::DiscoverSource, discovers() == Discovers::DataSources ? tr("Asking for the data sources…")
                                          : discovers() == Discovers::Tables    ? tr("Finding tables and columns…")
                                                                                : tr("Reading the columns…"));
}

void JobEditorSourcePage::showProbeResult(const ProbeResult &result)
{
    switch (result.kind) {
    case ProbeKind::TestSource: {
        const ConnectionInfo &info = *result.info;
        m_status->setOutcome(ProbeStatus::Outcome::Success, info.summary, ProbeStatus::connectionDetails(info));
        QList<ColumnInfo> columns;
        const TableInfo *table = queriedTable();
        for (const QString &c : info.columns) {
            const ColumnInfo *known = table ? table->column(c) : nullptr;
            columns.append(known ? *known : ColumnInfo{c, QString(), true, false});
        }
        if (!columns.isEmpty())
            emit columnsFound(columns);
        break;
    }
    case ProbeKind::DiscoverSource: {
        m_schema = *result.schema;
        const QSignalBlocker block(m_tables);
        m_tables->clear();
        for (const TableInfo &t : std::as_const(m_schema.tables))
            m_tables->addItem(t.view ? tr("%1 (view)").arg(t.qualifiedName()) : t.qualifiedName(), t.qualifiedName());
        if (const TableInfo *current = queriedTable())
            m_tables->setCurrentIndex(m_tables->findData(current->qualifiedName()));
        else if (m_tables->count() > 0)
            m_tables->setCurrentIndex(0);
        showTableColumns();
        if (discovers() == Discovers::Columns &&
            !m_schema.tables.isEmpty()) { // a file, an API: its one table is what the job reads
            const QList<ColumnInfo> &columns = m_schema.tables.first().columns;
            m_status->setOutcome(
                ProbeStatus::Outcome::Success,
                tr("Found %n column(s), typed as declared or as their values suggest.", nullptr, int(columns.size())));
            emit columnsFound(columns);
            break;
        }
        if (readsDataSources()) {
            // A Fliplet source: the data sources the token sees, to pick in the form's own list too.
            QList<QPair<QString, QString>> suggestions;
            for (const DataSourceInfo &d : std::as_const(m_schema.dataSources))
                suggestions.append({d.id, d.name.isEmpty() ? d.id : tr("%1 (%2)").arg(d.name, d.id)});
            m_form->setSuggestions(QStringLiteral("datasource_id"), suggestions);
        }
        if (readsDataSources())
            m_status->setOutcome(
                m_schema.tables.isEmpty() ? ProbeStatus::Outcome::Note : ProbeStatus::Outcome::Success,
                m_schema.tables.isEmpty()
                    ? tr("The token sees no data sources: check that it belongs to the right app or organization.")
                    : tr("The token sees %n data source(s): pick one to read its entries.", nullptr,
                         int(m_schema.tables.size())));
        else
            m_status->setOutcome(m_schema.tables.isEmpty() ? ProbeStatus::Outcome::Note : ProbeStatus::Outcome::Success,
                                 m_schema.tables.isEmpty()
                                     ? tr("The database has no tables or views.")
                                     : tr("Found %n table(s) and view(s): pick one to read it, or write a query.",
                                          nullptr, int(m_schema.tables.size())));
        if (const TableInfo *current = queriedTable())
            emit columnsFound(current->columns);
        break;
    }
    case ProbeKind::SampleSource: {
        const RecordSet &rows = *result.rows;
        m_sample->setRecords(rows);
        m_sampleEmpty->setVisible(rows.rows.isEmpty());
        if (rows.rows.isEmpty())
            m_sampleEmpty->setText(tr("The source gave no rows."));
        m_sampleView->setVisible(!rows.rows.isEmpty());
        m_sampleView->resizeColumnsToContents();
        m_status->setOutcome(ProbeStatus::Outcome::Success, tr("The first %n row(s), as they are before the mapping.",
                                                               nullptr, int(rows.rows.size())));
        QList<ColumnInfo> columns;
        const TableInfo *table = queriedTable();
        for (const QString &c : rows.columns) {
            const ColumnInfo *known = table ? table->column(c) : nullptr;
            columns.append(known ? *known : ColumnInfo{c, QString(), true, false});
        }
        emit columnsFound(columns);
        break;
    }
    default:
        break;
    }
}

void JobEditorSourcePage::updateDiscoverTexts()
{
    // What Find finds: a database's tables, a Fliplet token's data sources, or the columns of a file or an API.
    const Discovers finds = discovers();
    switch (finds) {
    case Discovers::DataSources:
        m_discoverButton->setText(tr("&Find data sources"));
        m_discoverButton->setToolTip(tr("List the data sources the token can read, with their columns"));
        m_tablesLabel->setText(tr("Data sou&rces:"));
        m_tables->setAccessibleName(tr("Data sources found"));
        m_tables->setPlaceholderText(tr("Find data sources to pick one"));
        m_useTableButton->setText(tr("&Use this data source"));
        m_useTableButton->setToolTip(tr("Read the entries of this data source"));
        break;
    case Discovers::Tables:
        m_discoverButton->setText(tr("&Find tables"));
        m_discoverButton->setToolTip(tr("List the database's tables and views with their columns"));
        m_tablesLabel->setText(tr("Ta&bles:"));
        m_tables->setAccessibleName(tr("Tables found"));
        m_tables->setPlaceholderText(tr("Find tables to pick one"));
        m_useTableButton->setText(tr("&Use this table"));
        m_useTableButton->setToolTip(tr("Write a query that reads every column of the table"));
        break;
    case Discovers::Columns:
    case Discovers::Nothing:
        m_discoverButton->setText(tr("&Find columns"));
        m_discoverButton->setToolTip(tr("Read the columns the source gives, with their types"));
        m_tablesLabel->setText(tr("Colu&mns:"));
        break;
    }
    // A file or an API is one table: there is nothing to pick.
    const bool picks = finds == Discovers::Tables || finds == Discovers::DataSources;
    m_tables->setVisible(picks);
    m_useTableButton->setVisible(picks);
    m_tablesLabel->setBuddy(picks ? static_cast<QWidget *>(m_tables) : m_discoverButton);
    m_tablesLabel->setVisible(finds != Discovers::Nothing);
    m_discoverButton->setVisible(finds != Discovers::Nothing);
}

bool JobEditorSourcePage::readsDataSources() const
{
    return discovers() == Discovers::DataSources;
}

bool JobEditorSourcePage::readsQuery() const
{
    return m_form->type() && m_form->type()->field(QStringLiteral("query"));
}

const TableInfo *JobEditorSourcePage::queriedTable() const
{
    if (readsDataSources())
        return m_schema.current.isEmpty() ? nullptr : m_schema.table(m_schema.current);
    static const QRegularExpression selectAll(QStringLiteral("^\\s*select\\s+\\*\\s+from\\s+([^\\s;]+)\\s*;?\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const auto match = selectAll.match(m_form->value(QStringLiteral("query")).toString());
    if (!match.hasMatch())
        return nullptr;
    QStringList parts;
    for (const QString &p : match.captured(1).split(u'.'))
        parts.append(unquote(p));
    return m_schema.table(parts.join(u'.'));
}

void JobEditorSourcePage::showTableColumns()
{
    const TableInfo *t = m_schema.table(m_tables->currentData().toString());
    m_useTableButton->setEnabled(t != nullptr && (readsQuery() || readsDataSources()));
    if (!t) {
        m_tableColumns->clear();
        return;
    }
    QStringList columns;
    for (const ColumnInfo &c : t->columns) {
        QString text = c.name;
        QStringList notes;
        if (!c.type.isEmpty())
            notes.append(c.type);
        if (c.primaryKey)
            notes.append(tr("primary key"));
        if (!notes.isEmpty())
            text += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", ")));
        columns.append(text);
    }
    // Under a Columns label (a file, an API), the list alone.
    const QString list = columns.join(QStringLiteral(", "));
    m_tableColumns->setText(m_tables->isVisibleTo(this) ? tr("Columns: %1").arg(list) : list);
}

void JobEditorSourcePage::useSelectedTable()
{
    const TableInfo *t = m_schema.table(m_tables->currentData().toString());
    if (!t)
        return;
    if (readsDataSources()) {
        // The tables of a Fliplet source are its data sources, in the same order.
        const qsizetype i = m_schema.tables.indexOf(*t);
        if (i >= 0 && i < m_schema.dataSources.size())
            m_form->setValue(QStringLiteral("datasource_id"), m_schema.dataSources.at(i).id);
        emit columnsFound(t->columns);
        return;
    }
    const QString driver = m_form->type() ? m_form->type()->id.section(u'/', 1) : QString();
    m_form->setValue(QStringLiteral("query"), selectAllQuery(driver, *t));
    emit columnsFound(t->columns);
}

} // namespace Ferry
