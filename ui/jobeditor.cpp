#include "jobeditor.h"

#include "connectorform.h"
#include "connectorprobe.h"
#include "icons.h"
#include "jobeditorextensionspage.h"
#include "jobeditorgeneralpage.h"
#include "jobeditormappingpage.h"
#include "jobeditorrulespage.h"
#include "jobeditorschedulepage.h"
#include "jobeditorsourcepage.h"
#include "jobeditortargetpage.h"
#include "oauthsignin.h"
#include "prompts.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ferry {

JobSpec JobEditor::newJob()
{
    JobSpec job;
    ConnectorRegistry::instance().find(QStringLiteral("sql/sqlite"))->select(job);
    ConnectorRegistry::instance().find(QStringLiteral("fliplet"))->select(job);
    job.schedule.runOnStart = false;
    return job;
}

JobEditor::JobEditor(const JobStore &store, const JobSpec &job, const QString &path, QWidget *parent,
                     std::shared_ptr<KeychainBackend> keychain, const QString &secretsDir)
    : QDialog(parent), m_store(store), m_original(job), m_path(path), m_probe(new ConnectorProbe(this)),
      m_secrets(new SecretSaver(std::move(keychain), secretsDir, this))
{
    setObjectName(QStringLiteral("jobEditor"));
    setWindowTitle(isNew() ? tr("New Job") : tr("Edit %1").arg(job.name));
    setWindowIcon(Icons::appIcon());
    const KeychainStatus keychainStatus = m_secrets->keychainStatus();

    m_general = new JobEditorGeneralPage(this);
    m_source = new JobEditorSourcePage(m_probe, keychainStatus, this);
    m_target = new JobEditorTargetPage(m_probe, keychainStatus, this);
    m_mapping = new JobEditorMappingPage(this);
    m_rules = new JobEditorRulesPage(this);
    m_schedule = new JobEditorSchedulePage(this);
    m_extensions = new JobEditorExtensionsPage(m_probe, this);

    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("categoryListWidget"));
    m_categories->setAccessibleName(tr("Pages"));
    m_categories->setIconSize(QSize(24, 24));
    m_categories->setSpacing(2);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStackedWidget"));
    int widest = 0;
    for (int p = 0; p < PageCount; ++p) {
        JobEditorPage *pg = page(Page(p));
        m_pages->addWidget(pg);
        auto *item = new QListWidgetItem(Icons::icon(pg->iconName()), pg->title(), m_categories);
        item->setSizeHint(QSize(0, 34));
        widest = std::max(widest, m_categories->fontMetrics().horizontalAdvance(pg->title()));
        connect(pg, &JobEditorPage::changed, this, &JobEditor::handleChanged);
    }
    m_categories->setFixedWidth(widest + 24 + 56);
    connect(m_categories, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_runningBanner = new QLabel(tr("This job is running now: what you save here applies from its next run."), this);
    m_runningBanner->setObjectName(QStringLiteral("runningLabel"));
    m_runningBanner->setWordWrap(true);
    m_runningBanner->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(m_runningBanner);
    right->addWidget(m_pages, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_categories);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    // Pages by keyboard, as tabs: Ctrl+PgDown / Ctrl+PgUp.
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this,
            [this] { m_categories->setCurrentRow((m_categories->currentRow() + 1) % PageCount); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this,
            [this] { m_categories->setCurrentRow((m_categories->currentRow() + PageCount - 1) % PageCount); });

    // Pages learn from each other: columns for the mapping, the target type for the rules.
    connect(m_source, &JobEditorSourcePage::columnsFound, m_mapping, &JobEditorMappingPage::setSourceColumns);
    connect(m_target, &JobEditorTargetPage::columnsFound, m_mapping, &JobEditorMappingPage::setTargetColumns);
    connect(m_target, &JobEditorTargetPage::typeChanged, this, [this] {
        m_rules->setTargetType(m_target->type());
        const QString id = m_target->type() ? m_target->type()->id : QString();
        m_mapping->setTargetKind(id == u"sqlite"                             ? TargetKind::Sqlite
                                 : id.startsWith(QLatin1String("sqltable/")) ? TargetKind::Sql
                                                                             : TargetKind::Fliplet);
    });
    connect(m_mapping, &JobEditorMappingPage::columnsRequested, m_source, &JobEditorSourcePage::testConnection);
    connect(m_secrets, &SecretSaver::saved, this, &JobEditor::handleSecretsSaved);
    for (ConnectorForm *form : {m_source->form(), m_target->form()})
        form->setJobContext(m_secrets, [this] { return this->job(); });
    m_extensions->setJobContext([this] { return this->job(); }, [this] { return m_source->typedSecrets(); });
    connect(m_secrets, &SecretSaver::keychainStatusChanged, this, [this](const KeychainStatus &status) {
        m_source->form()->setKeychainStatus(status);
        m_target->form()->setKeychainStatus(status);
        validateNow();
    });

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(300);
    connect(&m_validateTimer, &QTimer::timeout, this, &JobEditor::validateNow);

    m_general->load(job);
    m_source->load(job);
    m_target->load(job);
    m_rules->setTargetType(m_target->type());
    m_mapping->load(job);
    m_rules->load(job);
    m_schedule->load(job);
    m_extensions->load(job);
    m_general->setFilePath(path);
    m_categories->setCurrentRow(0);

    if (!restoreGeometry(Settings().windowGeometry(QStringLiteral("jobEditor"))))
        resize(920, 680);
    validateNow();
    m_general->nameLineEdit()->setFocus();
}

JobEditor::~JobEditor() = default;

JobEditorPage *JobEditor::page(Page p) const
{
    switch (p) {
    case GeneralPage:
        return m_general;
    case SourcePage:
        return m_source;
    case TargetPage:
        return m_target;
    case MappingPage:
        return m_mapping;
    case RulesPage:
        return m_rules;
    case SchedulePage:
        return m_schedule;
    case ExtensionsPage:
        return m_extensions;
    case PageCount:
        break;
    }
    return nullptr;
}

void JobEditor::setCurrentPage(Page p)
{
    m_categories->setCurrentRow(int(p));
}

void JobEditor::setRunning(bool running)
{
    m_runningBanner->setVisible(running);
}

QString JobEditor::jobId() const
{
    if (!isNew())
        return m_original.id;
    const QString name = m_general->nameLineEdit()->text().trimmed();
    if (m_idForName.isEmpty() || name != m_idName) {
        m_idName = name;
        m_idForName = m_store.newIdFor(name.isEmpty() ? tr("job") : name);
    }
    return m_idForName;
}

JobSpec JobEditor::job() const
{
    JobSpec job = m_original;
    job.id = jobId();
    // Target before rules (the rules write the target's batch limits), source and target before the mapping.
    for (int p : {GeneralPage, SourcePage, TargetPage, MappingPage, RulesPage, SchedulePage, ExtensionsPage})
        page(Page(p))->apply(job);
    return job;
}

void JobEditor::handleChanged()
{
    m_saveIssues.clear();
    m_validateTimer.start();
}

void JobEditor::validateNow()
{
    m_validateTimer.stop();
    const JobSpec current = job();
    m_general->setIdText(current.id, isNew());
    QList<ValidationIssue> form;
    for (int p = 0; p < PageCount; ++p)
        form += page(Page(p))->formIssues();
    form += m_saveIssues;
    // The form's own words win for a field it has a problem with (a port that is not a number is 0 to
    // validate(), which then says nothing).
    QSet<QString> formFields;
    for (const ValidationIssue &i : std::as_const(form))
        if (i.severity == ValidationIssue::Error)
            formFields.insert(i.field);
    m_issues = form;
    for (const ValidationIssue &i : validate(current))
        if (!formFields.contains(i.field))
            m_issues.append(i);
    for (int p = 0; p < PageCount; ++p) {
        JobEditorPage *pg = page(Page(p));
        pg->showIssues(m_issues);
        QStringList errors;
        for (const ValidationIssue &i : std::as_const(m_issues))
            if (i.severity == ValidationIssue::Error && pg->ownsField(i.field))
                errors.append(i.message);
        QListWidgetItem *item = m_categories->item(p);
        item->setIcon(Icons::icon(errors.isEmpty() ? pg->iconName() : QStringLiteral("dialog-error")));
        item->setToolTip(errors.join(u'\n'));
        item->setData(Qt::AccessibleDescriptionRole,
                      errors.isEmpty() ? QString() : tr("%n problem(s)", nullptr, int(errors.size())));
    }
    updateSummary();
}

bool JobEditor::canSave() const
{
    return !hasErrors(m_issues) && !m_saveRequest;
}

QString JobEditor::saveRefusal() const
{
    for (const ValidationIssue &i : m_issues)
        if (i.severity == ValidationIssue::Error) {
            for (int p = 0; p < PageCount; ++p)
                if (page(Page(p))->ownsField(i.field))
                    return tr("Cannot save yet: %1: %2").arg(page(Page(p))->title(), i.message);
            return tr("Cannot save yet: %1").arg(i.message);
        }
    return {};
}

void JobEditor::updateSummary()
{
    int errors = 0, warnings = 0;
    for (const ValidationIssue &i : std::as_const(m_issues))
        (i.severity == ValidationIssue::Error ? errors : warnings)++;
    const QString refusal = saveRefusal();
    m_saveButton->setEnabled(canSave());
    m_saveButton->setToolTip(refusal.isEmpty() ? tr("Save the job to its file") : refusal);
    if (errors) {
        m_summary->setText(
            QStringLiteral("<img src=\":/icons/24/dialog-error.png\" width=\"16\" height=\"16\"> ") +
            tr("%n problem(s) to fix before saving, marked in the list and beside each field.", nullptr, errors)
                .toHtmlEscaped());
    } else if (warnings) {
        m_summary->setText(
            QStringLiteral("<img src=\":/icons/24/dialog-warning.png\" width=\"16\" height=\"16\"> ") +
            tr("Ready to save, with %n warning(s) beside their fields.", nullptr, warnings).toHtmlEscaped());
    } else {
        m_summary->setText(tr("Ready to save.").toHtmlEscaped());
    }
    m_summary->setAccessibleDescription(refusal);
}

bool JobEditor::save()
{
    if (!confirmLeavingSignIn())
        return false;
    validateNow();
    if (!canSave())
        return false;
    QList<SecretWrite> writes;
    for (ConnectorForm *form : {m_source->form(), m_target->form()})
        writes += form->pendingWrites();
    if (writes.isEmpty())
        return writeJob();
    setSaving(true);
    m_saveRequest = m_secrets->save(jobId(), writes);
    return true;
}

void JobEditor::setSaving(bool saving)
{
    m_pages->setEnabled(!saving);
    m_saveButton->setEnabled(!saving && canSave());
    if (saving)
        m_summary->setText(tr("Storing the secrets…").toHtmlEscaped());
}

void JobEditor::handleSecretsSaved(quint64 id, const QList<SecretWriteResult> &results)
{
    if (id != m_saveRequest)
        return;
    m_saveRequest = 0;
    setSaving(false);
    QList<ValidationIssue> failures;
    for (const SecretWriteResult &r : results) {
        if (r.error) {
            failures.append(ValidationIssue{r.field, r.error->message, ValidationIssue::Error});
            continue;
        }
        // The typed value is in its store now: the form holds the reference from here on.
        for (ConnectorForm *form : {m_source->form(), m_target->form()})
            form->setSaved(r.field, r.reference);
    }
    if (!failures.isEmpty()) {
        m_saveIssues = failures;
        validateNow();
        return;
    }
    writeJob();
}

bool JobEditor::writeJob()
{
    validateNow();
    if (!canSave())
        return false;
    const JobSpec current = job();
    auto written = m_store.save(current, m_path);
    if (!written) {
        m_saveIssues = {ValidationIssue{written.error().field, written.error().toString(), ValidationIssue::Error}};
        validateNow();
        return false;
    }
    m_savedPath = *written;
    m_path = *written;
    m_original = current;
    emit saved(m_savedPath, current.id);
    accept();
    return true;
}

bool JobEditor::confirmLeavingSignIn()
{
    const auto signIns = findChildren<OAuthSignIn *>();
    if (std::none_of(signIns.begin(), signIns.end(), [](const OAuthSignIn *s) { return s->isBusy(); }))
        return true;
    return Prompts::instance().confirm(this, tr("Sign-in not finished"),
                                       tr("The sign-in in the browser has not finished: closing the editor cancels "
                                          "it, and the job gets no refresh token."),
                                       tr("Cancel the sign-in and close"), true);
}

void JobEditor::done(int result)
{
    // Saving asked already; closing without saving asks here (the Cancel button, Escape, the window's close).
    if (result == QDialog::Rejected && !confirmLeavingSignIn())
        return;
    // Checks still running describe a form that is going away.
    m_probe->cancelAll();
    Settings().setWindowGeometry(QStringLiteral("jobEditor"), saveGeometry());
    QDialog::done(result);
}

} // namespace Ferry
