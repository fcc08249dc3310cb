#include "connectorpage.h"

#include "connectorform.h"
#include "icons.h"
#include "probestatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ferry {

ConnectorPage::ConnectorPage(ConnectorRole role, const QString &typeField, ConnectorProbe *probe, QWidget *parent)
    : JobEditorPage(parent), m_role(role), m_probe(probe)
{
    m_typeForm = newForm();
    m_type = new QComboBox(this);
    for (const ConnectorType *t : ConnectorRegistry::instance().types(role))
        m_type->addItem(t->displayLabel(), t->id);
    m_typeForm->addRow(buddyLabel(tr("&Type:"), m_type), m_issues.wrap(typeField, m_type));
    m_typeDescription = helpLabel(QString());
    m_typeForm->addRow(QString(), m_typeDescription);
    contentLayout()->addLayout(m_typeForm);
}

ConnectorForm *ConnectorPage::newConnectorForm(const KeychainStatus &keychain)
{
    m_form = new ConnectorForm(m_role, keychain, this);
    contentLayout()->addWidget(m_form);
    return m_form;
}

void ConnectorPage::newCheckWidgets()
{
    m_testButton = new QPushButton(tr("Test &connection"), this);
    m_discoverButton = new QPushButton(Icons::icon(QStringLiteral("edit-find")), QString(), this);
    m_sampleButton = new QPushButton(this);
}

void ConnectorPage::connectChecks()
{
    connect(m_form, &ConnectorForm::changed, this, &ConnectorPage::handleFormChanged);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectorPage::testConnection);
    connect(m_sampleButton, &QPushButton::clicked, this, &ConnectorPage::sampleRows);
    connect(m_status, &ProbeStatus::cancelRequested, this, &ConnectorPage::cancelCheck);
    connect(m_probe, &ConnectorProbe::finished, this, &ConnectorPage::handleProbeFinished);
}

void ConnectorPage::loadType(const JobSpec &job, const QString &typeId)
{
    m_base = job;
    const QSignalBlocker block(m_type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(typeId)));
}

const ConnectorType *ConnectorPage::type() const
{
    return ConnectorRegistry::instance().find(m_type->currentData().toString());
}

void ConnectorPage::apply(JobSpec &job) const
{
    m_form->apply(job, job.id);
}

JobSpec ConnectorPage::currentJob() const
{
    JobSpec job = m_base;
    apply(job);
    return job;
}

JobSecrets ConnectorPage::typedSecrets() const
{
    return m_form->typedSecrets();
}

Discovers ConnectorPage::discovers() const
{
    return type() ? type()->discovers : Discovers::Nothing;
}

QList<ValidationIssue> ConnectorPage::formIssues() const
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &i : m_form->formIssues())
        if (ownsField(i.field))
            out.append(i);
    return out + m_probeIssues;
}

void ConnectorPage::showIssues(const QList<ValidationIssue> &issues)
{
    QList<ValidationIssue> mine;
    for (const ValidationIssue &i : issues)
        if (ownsField(i.field))
            mine.append(i);
    JobEditorPage::showIssues(m_form->issues().show(mine));
}

QWidget *ConnectorPage::fieldWidget(const QString &path) const
{
    if (QWidget *w = m_form->issues().field(path))
        return w;
    return JobEditorPage::fieldWidget(path);
}

QString ConnectorPage::issueText(const QString &path) const
{
    const QString text = m_form->issues().message(path);
    return text.isEmpty() ? JobEditorPage::issueText(path) : text;
}

void ConnectorPage::handleFormChanged()
{
    // A check in flight describes settings that are gone.
    if (m_pending) {
        cancelCheck();
        m_status->setOutcome(ProbeStatus::Outcome::Note, tr("The settings changed: check again."));
    }
    m_probeIssues.clear();
    emit changed();
}

void ConnectorPage::startCheck(ProbeKind kind, const QString &busyText)
{
    if (m_pending)
        m_probe->cancel(m_pending);
    m_probeIssues.clear();
    m_pending = m_probe->start(kind, currentJob(), typedSecrets());
    m_status->setBusy(busyText);
    setBusy(true);
}

void ConnectorPage::testConnection()
{
    startCheck(m_role == ConnectorRole::Source ? ProbeKind::TestSource : ProbeKind::TestTarget,
               tr("Testing the connection…"));
}

void ConnectorPage::sampleRows()
{
    startCheck(m_role == ConnectorRole::Source ? ProbeKind::SampleSource : ProbeKind::SampleTarget,
               tr("Reading the first rows…"));
}

void ConnectorPage::cancelCheck()
{
    if (!m_pending)
        return;
    m_probe->cancel(m_pending);
    m_pending = 0;
    setBusy(false);
    m_status->setOutcome(ProbeStatus::Outcome::Note, tr("Cancelled."));
}

void ConnectorPage::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_discoverButton->setEnabled(!busy);
    m_sampleButton->setEnabled(!busy);
}

void ConnectorPage::handleProbeFinished(const ProbeResult &result)
{
    if (result.id != m_pending)
        return; // the other page's, or a check that was cancelled
    m_pending = 0;
    setBusy(false);
    if (!result.error) {
        showProbeResult(result);
        return;
    }
    m_status->setOutcome(ProbeStatus::Outcome::Failure, ProbeStatus::errorText(*result.error));
    if (!result.error->field.isEmpty() && ownsField(result.error->field)) {
        m_probeIssues = {ValidationIssue{result.error->field, result.error->message, ValidationIssue::Warning}};
        emit changed();
    }
}

} // namespace Ferry
