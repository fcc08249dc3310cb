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
    : JobEditorPage(parent), m_probe(probe)
{
    QFormLayout *typeForm = newForm();
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("targetTypeComboBox"));
    m_type->setAccessibleName(tr("Target type"));
    for (const ConnectorType *t : ConnectorRegistry::instance().types(ConnectorRole::Target))
        m_type->addItem(t->displayLabel(), t->id);
    typeForm->addRow(buddyLabel(tr("&Type:"), m_type), m_issues.wrap(QStringLiteral("target.type"), m_type));
    m_typeDescription = helpLabel(QString());
    typeForm->addRow(QString(), m_typeDescription);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionComboBox"));
    m_region->setAccessibleName(tr("Region"));
    m_region->addItem(tr("From the token (its first letters: eu, us, ca)"), QString());
    m_region->addItem(tr("Europe: api.fliplet.com"), QStringLiteral("https://api.fliplet.com"));
    m_region->addItem(tr("United States: us.api.fliplet.com"), QStringLiteral("https://us.api.fliplet.com"));
    m_region->addItem(tr("Canada: ca.api.fliplet.com"), QStringLiteral("https://ca.api.fliplet.com"));
    m_region->addItem(tr("Another address (self-hosted)"), CustomRegion);
    m_regionLabel = buddyLabel(tr("&Region:"), m_region);
    typeForm->addRow(m_regionLabel, m_region);
    contentLayout()->addLayout(typeForm);

    m_form = new ConnectorForm(ConnectorRole::Target, keychain, this);
    m_form->setObjectName(QStringLiteral("targetConnectorForm"));
    contentLayout()->addWidget(m_form);

    auto *buttons = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test &connection"), this);
    m_testButton->setObjectName(QStringLiteral("testTargetButton"));
    m_testButton->setToolTip(tr("Sign in and check the data source or table, without changing anything"));
    m_discoverButton = new QPushButton(Icons::icon(QStringLiteral("edit-find")), QString(), this);
    m_discoverButton->setObjectName(QStringLiteral("discoverTargetButton"));
    m_sampleButton = new QPushButton(tr("Show sample ro&ws"), this);
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
    connect(m_form, &ConnectorForm::changed, this, &JobEditorTargetPage::handleFormChanged);
    connect(m_testButton, &QPushButton::clicked, this, &JobEditorTargetPage::testConnection);
    connect(m_discoverButton, &QPushButton::clicked, this, &JobEditorTargetPage::discover);
    connect(m_sampleButton, &QPushButton::clicked, this, &JobEditorTargetPage::sampleRows);
    connect(m_status, &ProbeStatus::cancelRequested, this, &JobEditorTargetPage::cancelCheck);
    connect(m_probe, &ConnectorProbe::finished, this, &JobEditorTargetPage::handleProbeFinished);
    handleTypeChanged();
}

const ConnectorType *JobEditorTargetPage::type() const
{
    return ConnectorRegistry::instance().find(m_type->currentData().toString());
}

bool JobEditorTargetPage::ownsField(const QString &path) const
{
    if (path != u"target" && !path.startsWith(u"target."))
        return false;
    return !batchKeys().contains(path.mid(7));
}

void JobEditorTargetPage::load(const JobSpec &job)
{
    m_base = job;
    {
        const QSignalBlocker block(m_type);
        m_type->setCurrentIndex(std::max(0, m_type->findData(ConnectorRegistry::targetTypeId(job))));
    }
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

void JobEditorTargetPage::apply(JobSpec &job) const
{
    m_form->apply(job, job.id);
}

JobSpec JobEditorTargetPage::currentJob() const
{
    JobSpec job = m_base;
    apply(job);
    return job;
}

JobSecrets JobEditorTargetPage::typedSecrets() const
{
    return m_form->typedSecrets();
}

QList<ValidationIssue> JobEditorTargetPage::formIssues() const
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &i : m_form->formIssues())
        if (ownsField(i.field))
            out.append(i);
    if (m_region->currentData() == CustomRegion && !m_form->value(QStringLiteral("api_url")).isValid() && type() &&
        type()->id == u"fliplet")
        out.append(ValidationIssue{QStringLiteral("target.api_url"),
                                   tr("give the address of the Fliplet API, or pick a region"),
                                   ValidationIssue::Error});
    return out + m_probeIssues;
}

void JobEditorTargetPage::showIssues(const QList<ValidationIssue> &issues)
{
    QList<ValidationIssue> mine;
    for (const ValidationIssue &i : issues)
        if (ownsField(i.field))
            mine.append(i);
    JobEditorPage::showIssues(m_form->issues().show(mine));
}

QWidget *JobEditorTargetPage::fieldWidget(const QString &path) const
{
    if (QWidget *w = m_form->issues().field(path))
        return w;
    return JobEditorPage::fieldWidget(path);
}

QString JobEditorTargetPage::issueText(const QString &path) const
{
    const QString text = m_form->issues().message(path);
    return text.isEmpty() ? JobEditorPage::issueText(path) : text;
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

Discovers JobEditorTargetPage::discovers() const
{
    return type() ? type()->discovers : Discovers::Nothing;
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

void JobEditorTargetPage::handleFormChanged()
{
    if (m_pending) {
        cancelCheck();
        m_status->setOutcome(ProbeStatus::Outcome::Note, tr("The settings changed: check again."));
    }
    m_probeIssues.clear();
    emit changed();
}

void JobEditorTargetPage::start(ProbeKind kind, const QString &busyText)
{
    if (m_pending)
        m_probe->cancel(m_pending);
    m_probeIssues.clear();
    m_pending = m_probe->start(kind, currentJob(), typedSecrets());
    m_status->setBusy(busyText);
    setBusy(true);
}

void JobEditorTargetPage::testConnection()
{
    start(ProbeKind::TestTarget, tr("Testing the connection…"));
}

void JobEditorTargetPage::discover()
{
    start(ProbeKind::DiscoverTarget, discovers() == Discovers::DataSources ? tr("Asking for the data sources…")
                                     : discovers() == Discovers::Tables    ? tr("Finding tables…")
                                                                           : tr("Reading the fields…"));
}

void JobEditorTargetPage::sampleRows()
{
    start(ProbeKind::SampleTarget, tr("Reading the first rows…"));
}

void JobEditorTargetPage::cancelCheck()
{
    if (!m_pending)
        return;
    m_probe->cancel(m_pending);
    m_pending = 0;
    setBusy(false);
    m_status->setOutcome(ProbeStatus::Outcome::Note, tr("Cancelled."));
}

void JobEditorTargetPage::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_discoverButton->setEnabled(!busy);
    m_sampleButton->setEnabled(!busy);
}

void JobEditorTargetPage::handleProbeFinished(const ProbeResult &result)
{
    if (result.id != m_pending)
        return;
    m_pending = 0;
    setBusy(false);
    if (result.error) {
        m_status->setOutcome(ProbeStatus::Outcome::Failure, ProbeStatus::errorText(*result.error));
        if (!result.error->field.isEmpty() && ownsField(result.error->field)) {
            m_probeIssues = {ValidationIssue{result.error->field, result.error->message, ValidationIssue::Warning}};
            emit changed();
        }
        return;
    }
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
