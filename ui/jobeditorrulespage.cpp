#include "jobeditorrulespage.h"

#include "connectorform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <cmath>
#include <vector>

namespace Ferry {

namespace {

QDoubleSpinBox *secondsBox(QWidget *parent, const char *objectName, double maxSeconds, double minSeconds = 0)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setDecimals(1);
    box->setRange(minSeconds, maxSeconds);
    box->setSuffix(JobEditorRulesPage::tr(" s"));
    box->setAlignment(Qt::AlignRight);
    box->setMinimumWidth(160);
    return box;
}

int toMs(const QDoubleSpinBox *box)
{
    return int(std::lround(box->value() * 1000));
}

} // namespace

JobEditorRulesPage::JobEditorRulesPage(QWidget *parent) : JobEditorPage(parent)
{
    QFormLayout *form = newForm();
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeComboBox"));
    m_mode->setAccessibleName(tr("Mode"));
    m_mode->addItem(tr("Update: insert new rows, update changed ones, keep the rest"), int(SyncMode::Update));
    m_mode->addItem(tr("Replace: also delete target records the source no longer has"), int(SyncMode::Replace));
    m_mode->addItem(tr("Append: insert new rows only"), int(SyncMode::Append));
    form->addRow(buddyLabel(tr("&Mode:"), m_mode), m_issues.wrap(QStringLiteral("sync.mode"), m_mode));
    m_modeHelp = helpLabel(QString());
    form->addRow(QString(), m_modeHelp);
    m_caseInsensitive = new QCheckBox(tr("Match text &keys ignoring case"), this);
    m_caseInsensitive->setObjectName(QStringLiteral("caseInsensitiveCheckBox"));
    form->addRow(QString(), m_issues.wrap(QStringLiteral("sync.case_insensitive_key"), m_caseInsensitive));
    contentLayout()->addLayout(form);

    auto *safeguard = new QGroupBox(tr("Delete safeguard"), this);
    auto *safeForm = newForm();
    safeForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    safeguard->setLayout(safeForm);
    safeForm->addRow(helpLabel(tr("A run that would delete more than this is held until you confirm it in a "
                                  "preview.")));
    m_maxDeletes = new QSpinBox(this);
    m_maxDeletes->setObjectName(QStringLiteral("maxDeletesSpinBox"));
    m_maxDeletes->setRange(0, 1000000000);
    m_maxDeletes->setGroupSeparatorShown(true);
    m_maxDeletes->setSuffix(tr(" rows"));
    m_maxDeletes->setAlignment(Qt::AlignRight);
    m_maxDeletes->setMinimumWidth(160);
    safeForm->addRow(buddyLabel(tr("Mo&re than:"), m_maxDeletes),
                     m_issues.wrap(QStringLiteral("sync.delete_safeguard.max_rows"), m_maxDeletes));
    m_maxShare = new QDoubleSpinBox(this);
    m_maxShare->setObjectName(QStringLiteral("maxShareSpinBox"));
    m_maxShare->setRange(0, 100);
    m_maxShare->setDecimals(0);
    m_maxShare->setSuffix(tr(" % of the target"));
    m_maxShare->setAlignment(Qt::AlignRight);
    m_maxShare->setMinimumWidth(160);
    safeForm->addRow(buddyLabel(tr("Or more t&han:"), m_maxShare),
                     m_issues.wrap(QStringLiteral("sync.delete_safeguard.max_share"), m_maxShare));
    contentLayout()->addWidget(safeguard);

    auto *batches = new QGroupBox(tr("Batches"), this);
    auto *batchLayout = new QVBoxLayout(batches);
    m_batchForm = new ConnectorForm(ConnectorRole::Target, KeychainStatus{}, batches);
    m_batchForm->setObjectName(QStringLiteral("batchConnectorForm"));
    m_batchForm->setCompact(true);
    batchLayout->addWidget(m_batchForm);
    contentLayout()->addWidget(batches);

    auto *retries = new QGroupBox(tr("Retries"), this);
    auto *retryForm = newForm();
    retryForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    retries->setLayout(retryForm);
    retryForm->addRow(helpLabel(tr("Network errors, rate limits (429) and server errors (5xx) are retried, each wait "
                                   "twice the last, with some jitter.")));
    m_attempts = new QSpinBox(this);
    m_attempts->setObjectName(QStringLiteral("attemptsSpinBox"));
    m_attempts->setRange(1, 100);
    m_attempts->setAlignment(Qt::AlignRight);
    m_attempts->setMinimumWidth(160);
    retryForm->addRow(buddyLabel(tr("&Tries per request:"), m_attempts),
                      m_issues.wrap(QStringLiteral("retry.attempts"), m_attempts));
    m_initialDelay = secondsBox(this, "initialDelaySpinBox", 600);
    retryForm->addRow(buddyLabel(tr("&First wait:"), m_initialDelay),
                      m_issues.wrap(QStringLiteral("retry.initial_delay_ms"), m_initialDelay));
    m_maxDelay = secondsBox(this, "maxDelaySpinBox", 3600);
    retryForm->addRow(buddyLabel(tr("&Longest wait:"), m_maxDelay),
                      m_issues.wrap(QStringLiteral("retry.max_delay_ms"), m_maxDelay));
    m_maxRetryAfter = secondsBox(this, "maxRetryAfterSpinBox", 3600);
    m_maxRetryAfter->setToolTip(tr("A server's Retry-After is honoured up to this"));
    retryForm->addRow(buddyLabel(tr("Longest Retry-&After:"), m_maxRetryAfter),
                      m_issues.wrap(QStringLiteral("retry.max_retry_after_ms"), m_maxRetryAfter));
    m_timeout = secondsBox(this, "requestTimeoutSpinBox", 86400, 1);
    m_timeout->setToolTip(tr("How long one request may take, its whole answer included"));
    retryForm->addRow(buddyLabel(tr("Request t&imeout:"), m_timeout),
                      m_issues.wrap(QStringLiteral("retry.request_timeout_ms"), m_timeout));
    contentLayout()->addWidget(retries);
    contentLayout()->addStretch();

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateModeHelp();
        emit changed();
    });
    connect(m_caseInsensitive, &QCheckBox::toggled, this, &JobEditorPage::changed);
    connect(m_maxDeletes, &QSpinBox::valueChanged, this, &JobEditorPage::changed);
    connect(m_maxShare, &QDoubleSpinBox::valueChanged, this, &JobEditorPage::changed);
    connect(m_batchForm, &ConnectorForm::changed, this, &JobEditorPage::changed);
    connect(m_attempts, &QSpinBox::valueChanged, this, &JobEditorPage::changed);
    for (QDoubleSpinBox *box : {m_initialDelay, m_maxDelay, m_maxRetryAfter, m_timeout})
        connect(box, &QDoubleSpinBox::valueChanged, this, &JobEditorPage::changed);
    load(JobSpec{});
}

void JobEditorRulesPage::setTargetType(const ConnectorType *type)
{
    QStringList hidden;
    if (type)
        for (const ConnectorField &f : type->fields)
            if (f.key != u"batch_rows" && f.key != u"batch_bytes")
                hidden.append(f.key);
    const QVariantMap before = m_batchForm->values(QString());
    m_batchForm->setType(type, hidden);
    {
        const QSignalBlocker block(m_batchForm);
        m_batchForm->load(m_loaded);
        for (auto it = before.begin(); it != before.end(); ++it)
            m_batchForm->setValue(it.key(), it.value());
    }
    // Replace mode deletes: only for targets that can.
    const bool canDelete = type && (type->capabilities & Capability::Delete);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_mode->model()))
        model->item(m_mode->findData(int(SyncMode::Replace)))->setEnabled(canDelete);
}

void JobEditorRulesPage::load(const JobSpec &job)
{
    m_loaded = job;
    const QList<QWidget *> widgets{m_mode,         m_caseInsensitive, m_maxDeletes,    m_maxShare, m_attempts,
                                   m_initialDelay, m_maxDelay,        m_maxRetryAfter, m_timeout,  m_batchForm};
    std::vector<QSignalBlocker> blocks;
    blocks.reserve(size_t(widgets.size()));
    for (QWidget *w : widgets)
        blocks.emplace_back(w);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(job.rules.mode))));
    m_caseInsensitive->setChecked(job.rules.caseInsensitiveKey);
    m_maxDeletes->setValue(job.rules.safeguard.maxRows);
    m_maxShare->setValue(job.rules.safeguard.maxShare * 100);
    m_attempts->setValue(job.retry.attempts);
    m_initialDelay->setValue(job.retry.initialDelayMs / 1000.0);
    m_maxDelay->setValue(job.retry.maxDelayMs / 1000.0);
    m_maxRetryAfter->setValue(job.retry.maxRetryAfterMs / 1000.0);
    m_timeout->setValue(job.retry.requestTimeoutMs / 1000.0);
    m_batchForm->load(job);
    updateModeHelp();
}

void JobEditorRulesPage::apply(JobSpec &job) const
{
    job.rules.mode = SyncMode(m_mode->currentData().toInt());
    job.rules.caseInsensitiveKey = m_caseInsensitive->isChecked();
    job.rules.safeguard.maxRows = m_maxDeletes->value();
    job.rules.safeguard.maxShare = m_maxShare->value() / 100.0;
    job.retry.attempts = m_attempts->value();
    job.retry.initialDelayMs = toMs(m_initialDelay);
    job.retry.maxDelayMs = toMs(m_maxDelay);
    job.retry.maxRetryAfterMs = toMs(m_maxRetryAfter);
    job.retry.requestTimeoutMs = toMs(m_timeout);
    m_batchForm->writeFields(job, job.id);
}

bool JobEditorRulesPage::ownsField(const QString &path) const
{
    return path == u"sync.mode" || path == u"sync.case_insensitive_key" || path.startsWith(u"sync.delete_safeguard") ||
           path.startsWith(u"retry.") || path == u"target.batch_rows" || path == u"target.batch_bytes";
}

QList<ValidationIssue> JobEditorRulesPage::formIssues() const
{
    return m_batchForm->formIssues();
}

void JobEditorRulesPage::showIssues(const QList<ValidationIssue> &issues)
{
    QList<ValidationIssue> mine;
    for (const ValidationIssue &i : issues)
        if (ownsField(i.field))
            mine.append(i);
    JobEditorPage::showIssues(m_batchForm->issues().show(mine));
}

void JobEditorRulesPage::updateModeHelp()
{
    switch (SyncMode(m_mode->currentData().toInt())) {
    case SyncMode::Update:
        m_modeHelp->setText(tr("Target records the source does not have are left alone."));
        break;
    case SyncMode::Replace:
        m_modeHelp->setText(tr("The target mirrors the source: records it does not have are deleted (the "
                               "safeguard below holds large deletes)."));
        break;
    case SyncMode::Append:
        m_modeHelp->setText(tr("Nothing is ever updated or deleted; rows whose key is in the target already are "
                               "skipped."));
        break;
    }
}

} // namespace Ferry
