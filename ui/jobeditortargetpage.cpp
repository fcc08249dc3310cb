#include "jobeditortargetpage.h"

#include "connectorform.h"
#include "icons.h"
#include "probestatus.h"
#include "recordsetmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ferry {

namespace {
const QString CustomRegion = QStringLiteral("custom");
}

JobEditorTargetPage::JobEditorTargetPage(ConnectorProbe *probe, const KeychainStatus &keychain, QWidget *parent)
    : ConnectorPage(ConnectorRole::Target, QStringLiteral("target.type"), probe, parent)
{
    m_type->setObjectName(QStringLiteral("targetTypeComboBox"));
    m_type->setAccessibleName(tr("Target type"));

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionComboBox"));
    m_region->setAccessibleName(tr("Region"));
    m_region->addItem(tr("From the token (its first letters: eu, us, ca)"), QString());
    m_region->addItem(tr("Europe: api.fliplet.com"), QStringLiteral("https://api.fliplet.com"));
    m_region->addItem(tr("United States: us.api.fliplet.com"), QStringLiteral("https://us.api.fliplet.com"));
    m_region->addItem(tr("Canada: ca.api.fliplet.com"), QStringLiteral("https://ca.api.fliplet.com"));
    m_region->addItem(tr("Another address (self-hosted)"), CustomRegion);
    m_regionLabel = buddyLabel(tr("&Region:"), m_region);
    m_typeForm->addRow(m_regionLabel, m_region);

    newConnectorForm(keychain)->setObjectName(QStringLiteral("targetConnectorForm"));

    auto *buttons = new QHBoxLayout;
    newCheckWidgets();
    m_testButton->setObjectName(QStringLiteral("testTargetButton"));
    m_testButton->setToolTip(tr("Sign in and check the data source or table, without changing anything"));
    m_discoverButton->setObjectName(QStringLiteral("discoverTargetButton"));
    m_sampleButton->setText(tr("Show sample ro&ws"));
    m_sampleButton->setObjectName(QStringLiteral("sampleTargetButton"));
    m_sampleButton->setToolTip(tr("Read the first 20 records of the table"));
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_discoverButton);
    buttons->addWidget(m_sampleButton);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);

    m_status = new ProbeStatus(this);
    m_status->setObjectName(QStringLiteral("targetProbeStatus"));
    contentLayout()->addWidget(m_status);
    m_sample = new RecordSetModel(this);
    m_sampleView = new QTableView(this);
    m_sampleView->setObjectName(QStringLiteral("sampleTargetTableView"));
    m_sampleView->setModel(m_sample);
    m_sampleView->setAccessibleName(tr("Sample rows of the target"));
    m_sampleView->setTabKeyNavigation(false);
    m_sampleView->setAlternatingRowColors(true);
    m_sampleView->setMinimumHeight(120);
    m_sampleView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_sampleView->hide();
    contentLayout()->addWidget(m_sampleView, 1);
    contentLayout()->addStretch();

    connect(m_type, &QComboBox::currentIndexChanged, this, &JobEditorTargetPage::handleTypeChanged);
    connect(m_region, &QComboBox::currentIndexChanged, this, &JobEditorTargetPage::handleRegionChanged);
    connect(m_discoverButton, &QPushButton::clicked, this, &JobEditorTargetPage::discover);
    connectChecks();
    handleTypeChanged();
}

bool JobEditorTargetPage::ownsField(const QString &path) const
{
    if (path != u"target" && !path.startsWith(u"target."))
        return false;
    return !batchKeys().contains(path.mid(7));
}

void JobEditorTargetPage::load(const JobSpec &job)
{
    loadType(job, ConnectorRegistry::targetTypeId(job));
    m_form->setType(type(), batchKeys());
    m_typeDescription->setText(type() ? type()->displayDescription() : QString());
    {
        const QSignalBlocker block(m_form);
        m_form->load(job);
    }
    const QString url = m_form->value(QStringLiteral("api_url")).toString();
    const QSignalBlocker block(m_region);
    const int region = m_region->findData(url);
    m_region->setCurrentIndex(region >= 0 ? region : m_region->findData(CustomRegion));
    updateRegionRow();
    emit typeChanged();
}

QList<ValidationIssue> JobEditorTargetPage::formIssues() const
{
    QList<ValidationIssue> out = ConnectorPage::formIssues();
    if (m_region->currentData() == CustomRegion && !m_form->value(QStringLiteral("api_url")).isValid() && type() &&
        type()->id == u"fliplet")
        out.append(ValidationIssue{QStringLiteral("target.api_url"),
                                   tr("give the address of the Fliplet API, or pick a region"),
                                   ValidationIssue::Error});
    return out;
}

void JobEditorTargetPage::updateRegionRow()
{
    const bool fliplet = type() && type()->id == u"fliplet";
    m_region->setVisible(fliplet);
    m_regionLabel->setVisible(fliplet);
    if (QWidget *url = m_form->fieldWidget(QStringLiteral("api_url")))
        url->setEnabled(m_region->currentData() == CustomRegion);
    m_sampleButton->setVisible(type() && type()->capabilities.testFlag(Capability::LimitedSample));
    m_sampleView->hide();
}

void JobEditorTargetPage::updateDiscoverButton()
{
    // What Find finds: the token's data sources, the database's tables, or the fields of what a service holds.
    const Discovers finds = discovers();
    m_discoverButton->setVisible(finds != Discovers::Nothing);
    switch (finds) {
    case Discovers::DataSources:
        m_discoverButton->setText(tr("&Find data sources"));
        m_discoverButton->setToolTip(tr("List the data sources the token can see"));
        break;
    case Discovers::Tables:
        m_discoverButton->setText(tr("&Find tables"));
        m_discoverButton->setToolTip(tr("List the tables of the database"));
        break;
    case Discovers::Columns:
    case Discovers::Nothing:
        m_discoverButton->setText(tr("&Find fields"));
        m_discoverButton->setToolTip(tr("Read the fields of the records the service holds"));
        break;
    }
}

void JobEditorTargetPage::handleTypeChanged()
{
    m_form->setType(type(), batchKeys());
    m_typeDescription->setText(type() ? type()->displayDescription() : QString());
    updateDiscoverButton();
    alignLabels();
    const QSignalBlocker block(m_region);
    m_region->setCurrentIndex(0);
    updateRegionRow();
    emit typeChanged();
    handleFormChanged();
}

void JobEditorTargetPage::handleRegionChanged()
{
    const QString url = m_region->currentData().toString();
    if (url != CustomRegion)
        m_form->setValue(QStringLiteral("api_url"), url);
    updateRegionRow();
    handleFormChanged();
}

void JobEditorTargetPage::discover()
{
    startCheck(ProbeKind::DiscoverTarget, discovers() == Discovers::DataSources ? tr("Asking for the data sources…")
                                          : discovers() == Discovers::Tables    ? tr("Finding tables…")
                                                                                : tr("Reading the fields…"));
}

void JobEditorTargetPage::showProbeResult(const ProbeResult &result)
{
    if (result.kind == ProbeKind::TestTarget) {
        const ConnectionInfo &info = *result.info;
        m_status->setOutcome(ProbeStatus::Outcome::Success, info.summary, ProbeStatus::connectionDetails(info));
        if (!info.columns.isEmpty())
            emit columnsFound(info.columns);
        return;
    }
    if (result.kind == ProbeKind::SampleTarget) {
        const RecordSet &rows = *result.rows;
        m_sample->setRecords(rows);
        m_sampleView->setVisible(!rows.rows.isEmpty());
        m_sampleView->resizeColumnsToContents();
        m_status->setOutcome(rows.rows.isEmpty() ? ProbeStatus::Outcome::Note : ProbeStatus::Outcome::Success,
                             rows.rows.isEmpty()
                                 ? tr("The target holds no records yet.")
                                 : tr("The first %n record(s) the target holds.", nullptr, int(rows.rows.size())));
        return;
    }
    if (result.kind != ProbeKind::DiscoverTarget)
        return;
    const SchemaInfo &schema = *result.schema;
    const bool fliplet = discovers() == Discovers::DataSources;
    QList<QPair<QString, QString>> suggestions;
    if (discovers() == Discovers::Columns) {
        // A service's records: the fields they hold, for the mapping.
        const QStringList fields = schema.tables.isEmpty() ? QStringList() : schema.tables.first().columnNames();
        m_status->setOutcome(fields.isEmpty() ? ProbeStatus::Outcome::Note : ProbeStatus::Outcome::Success,
                             fields.isEmpty() ? tr("The service holds no records yet: the fields come from the source.")
                                              : tr("The records hold %n field(s): %1.", nullptr, int(fields.size()))
                                                    .arg(fields.join(QStringLiteral(", "))));
    } else if (fliplet) {
        for (const DataSourceInfo &d : schema.dataSources)
            suggestions.append({d.id, d.name.isEmpty() ? d.id : tr("%1 (%2)").arg(d.name, d.id)});
        m_form->setSuggestions(QStringLiteral("datasource_id"), suggestions);
        m_status->setOutcome(
            schema.dataSources.isEmpty() ? ProbeStatus::Outcome::Note : ProbeStatus::Outcome::Success,
            schema.dataSources.isEmpty()
                ? tr("The token sees no data sources: check that it belongs to the right app or organization.")
                : tr("The token sees %n data source(s): pick one in the list.", nullptr,
                     int(schema.dataSources.size())));
    } else {
        for (const TableInfo &t : schema.tables)
            suggestions.append({t.qualifiedName(), t.qualifiedName()});
        m_form->setSuggestions(QStringLiteral("table"), suggestions);
        const bool file = type() && type()->id == u"sqlite";
        m_status->setOutcome(
            ProbeStatus::Outcome::Success,
            schema.tables.isEmpty()
                ? (file ? tr("The file has no tables yet: name one, and turn on Create the table.")
                        : tr("The database has no tables yet: name one, and turn on Create the table."))
            : file
                ? tr("The file has %n table(s): pick one, or name a new one.", nullptr, int(schema.tables.size()))
                : tr("The database has %n table(s): pick one, or name a new one.", nullptr, int(schema.tables.size())));
    }
    const TableInfo *current = schema.table(schema.current);
    if (!current && fliplet && schema.tables.size() == 1)
        current = &schema.tables.first(); // the job's data source
    if (current && !current->columns.isEmpty())
        emit columnsFound(current->columnNames());
}

} // namespace Ferry
