#include "jobeditorextensionspage.h"

#include "connectorprobe.h"
#include "hooksamplemodel.h"
#include "prompts.h"

#include "job/hooksformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Ferry {

namespace {

constexpr int SampleRows = 20;

// Colours the sample's lines by what the hook did (the model stays free of Qt Gui).
class HookSampleColors final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::FontRole)
            return QIdentityProxyModel::data(index, role);
        const auto status = HookRowStatus(QIdentityProxyModel::data(index, HookSampleModel::StatusRole).toInt());
        const bool changed = QIdentityProxyModel::data(index, HookSampleModel::ChangedRole).toBool();
        if (role == Qt::BackgroundRole) {
            if (changed)
                return QColor(255, 236, 179); // amber: the cell the hook changed
            switch (status) {
            case HookRowStatus::Dropped:
                return QColor(238, 238, 238);
            case HookRowStatus::Added:
                return QColor(200, 230, 201);
            case HookRowStatus::Failed:
                return QColor(255, 205, 210);
            default:
                return {};
            }
        }
        if (role == Qt::ForegroundRole && (changed || status != HookRowStatus::Unchanged))
            return QColor(Qt::black); // readable on the light backgrounds in a dark palette too
        if (role == Qt::FontRole && status == HookRowStatus::Dropped) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    }
};

QString hookHelp(const QString &hook)
{
    if (hook == u"preSavePage")
        return JobEditorExtensionsPage::tr("Each page of source records, as read: change, add or drop records.");
    if (hook == u"preMap")
        return JobEditorExtensionsPage::tr("Each record before the mapping: clean values, drop a record or fail it.");
    if (hook == u"postMap")
        return JobEditorExtensionsPage::tr("Each record after the mapping, with the target's field names.");
    if (hook == u"postSubmit")
        return JobEditorExtensionsPage::tr("After each batch is written: what the target answered, per record.");
    return JobEditorExtensionsPage::tr("Once, after an applied run: its counts (e.g. to notify someone).");
}

} // namespace

JobEditorExtensionsPage::JobEditorExtensionsPage(ConnectorProbe *probe, QWidget *parent)
    : JobEditorPage(parent), m_probe(probe), m_hookProbe(new HookProbe(this)), m_model(new HookSampleModel(this))
{
    contentLayout()->addWidget(
        helpLabel(tr("Hooks are JavaScript functions Ferry calls while the job runs, in Node.js: to clean values "
                     "(phone numbers, names), drop test records, add fields, or act on what was written. They get "
                     "the records as JSON and the settings below. See docs/extensions.md for what each hook gets "
                     "and returns.")));
    m_emptyLabel = new QLabel(tr("No hooks: the records go from the source to the target as the mapping says. "
                                 "Choose a JavaScript file to add some."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    contentLayout()->addWidget(m_emptyLabel);

    QFormLayout *form = newForm();
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("hookFileLineEdit"));
    m_file->setAccessibleName(tr("Hook file"));
    m_file->setPlaceholderText(tr("no hooks"));
    m_file->setToolTip(tr("The JavaScript module that exports the hooks, relative to the job file's folder "
                          "(hooks.file)"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseHookFileButton"));
    auto *fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(m_browse);
    form->addRow(buddyLabel(tr("Hook &file:"), m_file), m_issues.wrap(QStringLiteral("hooks.file"), m_file, fileRow));

    auto *calls = new QWidget(this);
    auto *callsLayout = new QFormLayout(calls);
    callsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &hook : HooksSpec::hookNames()) {
        auto *box = new QCheckBox(hook, calls);
        box->setObjectName(hook + QStringLiteral("CheckBox"));
        box->setProperty("hook", hook);
        box->setToolTip(hookHelp(hook));
        box->setAccessibleDescription(hookHelp(hook));
        callsLayout->addRow(box, helpLabel(hookHelp(hook)));
        m_hooks.append(box);
        connect(box, &QCheckBox::toggled, this, &JobEditorPage::changed);
    }
    auto *callsLabel = new QLabel(tr("Hooks to call:"), this);
    form->addRow(callsLabel, m_issues.wrap(QStringLiteral("hooks.calls"), m_hooks.first(), calls));

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(HooksSpec::DefaultTimeoutSeconds);
    m_timeout->setToolTip(tr("How long one call may take before Ferry stops it (hooks.timeout)"));
    form->addRow(buddyLabel(tr("&Time-out per call:"), m_timeout),
                 m_issues.wrap(QStringLiteral("hooks.timeout"), m_timeout));
    m_pageSize = new QSpinBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeSpinBox"));
    m_pageSize->setRange(1, 1000000);
    m_pageSize->setValue(HooksSpec::DefaultPageSize);
    for (QSpinBox *box : {m_timeout, m_pageSize})
        box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000000 s")) + 48);
    m_pageSize->setToolTip(tr("How many records one call gets (hooks.page_size)"));
    form->addRow(buddyLabel(tr("&Page size:"), m_pageSize),
                 m_issues.wrap(QStringLiteral("hooks.page_size"), m_pageSize));

    m_settings = new QPlainTextEdit(this);
    m_settings->setObjectName(QStringLiteral("settingsTextEdit"));
    m_settings->setAccessibleName(tr("Settings (JSON)"));
    m_settings->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_settings->setPlaceholderText(QStringLiteral("{\"country\": \"GB\"}"));
    m_settings->setTabChangesFocus(true);
    m_settings->setFixedHeight(m_settings->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(buddyLabel(tr("S&ettings (JSON):"), m_settings),
                 m_issues.wrap(QStringLiteral("hooks.settings"), m_settings));
    form->addRow(QString(), helpLabel(tr("A JSON object the hooks get as options.settings (hooks.settings). Keep "
                                         "secrets out of it: the job file holds it as written.")));
    contentLayout()->addLayout(form);

    auto *test = new QGroupBox(tr("Test on sample rows"), this);
    auto *testLayout = new QVBoxLayout(test);
    testLayout->addWidget(helpLabel(tr("Reads the source's first %1 rows and runs one hook on them, without "
                                       "writing anything: before → after for each row, and what the hook printed.")
                                        .arg(SampleRows)));
    auto *controls = new QHBoxLayout;
    m_testHook = new QComboBox(test);
    m_testHook->setObjectName(QStringLiteral("testHookComboBox"));
    for (const QString &hook : HookProbe::testableHooks())
        m_testHook->addItem(hook, hook);
    m_testHook->setCurrentIndex(1); // preMap: the common one
    m_test = new QPushButton(tr("&Run on sample rows"), test);
    m_test->setObjectName(QStringLiteral("testHooksButton"));
    m_cancelTest = new QPushButton(tr("Cancel"), test);
    m_cancelTest->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelTest->setEnabled(false);
    controls->addWidget(buddyLabel(tr("&Hook:"), m_testHook));
    controls->addWidget(m_testHook);
    controls->addWidget(m_test);
    controls->addWidget(m_cancelTest);
    controls->addStretch();
    testLayout->addLayout(controls);
    m_testStatus = new QLabel(test);
    m_testStatus->setObjectName(QStringLiteral("testStatusLabel"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testStatus->setText(tr("Not tested yet."));
    testLayout->addWidget(m_testStatus);
    m_table = new QTableView(test);
    m_table->setObjectName(QStringLiteral("sampleTableView"));
    m_table->setAccessibleName(tr("Sample rows before and after the hook"));
    auto *colors = new HookSampleColors(this);
    colors->setSourceModel(m_model);
    m_table->setModel(colors);
    m_table->setMinimumHeight(180);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (keyboard users reach the log and Save)
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    testLayout->addWidget(m_table, 1);
    auto *logLabel = new QLabel(tr("Console output:"), test);
    m_log = new QPlainTextEdit(test);
    m_log->setObjectName(QStringLiteral("hookLogTextEdit"));
    m_log->setAccessibleName(tr("Console output of the hook"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("What the hook prints with console.log appears here."));
    m_log->setFixedHeight(m_log->fontMetrics().lineSpacing() * 5 + 12);
    logLabel->setBuddy(m_log);
    testLayout->addWidget(logLabel);
    testLayout->addWidget(m_log);
    contentLayout()->addWidget(test, 1);

    connect(m_file, &QLineEdit::textChanged, this, [this] {
        updateEmptyState();
        emit changed();
    });
    connect(m_browse, &QPushButton::clicked, this, &JobEditorExtensionsPage::handleBrowse);
    connect(m_timeout, &QSpinBox::valueChanged, this, &JobEditorPage::changed);
    connect(m_pageSize, &QSpinBox::valueChanged, this, &JobEditorPage::changed);
    connect(m_settings, &QPlainTextEdit::textChanged, this, &JobEditorPage::changed);
    connect(m_settings, &QPlainTextEdit::textChanged, this, &JobEditorExtensionsPage::updateEmptyState);
    connect(m_test, &QPushButton::clicked, this, &JobEditorExtensionsPage::testOnSample);
    connect(m_cancelTest, &QPushButton::clicked, this, &JobEditorExtensionsPage::cancelTest);
    connect(m_probe, &ConnectorProbe::finished, this, &JobEditorExtensionsPage::handleProbeFinished);
    connect(m_hookProbe, &HookProbe::finished, this, &JobEditorExtensionsPage::handleHookFinished);
    updateEmptyState();
}

JobEditorExtensionsPage::~JobEditorExtensionsPage()
{
    cancelTest();
}

void JobEditorExtensionsPage::setJobContext(std::function<JobSpec()> job, std::function<JobSecrets()> typedSecrets)
{
    m_job = std::move(job);
    m_typedSecrets = std::move(typedSecrets);
}

QCheckBox *JobEditorExtensionsPage::hookCheckBox(const QString &hook) const
{
    for (QCheckBox *box : m_hooks)
        if (box->property("hook").toString() == hook)
            return box;
    return nullptr;
}

void JobEditorExtensionsPage::load(const JobSpec &job)
{
    const QSignalBlocker b1(m_file), b2(m_timeout), b3(m_pageSize), b4(m_settings);
    m_jobPath = job.sourcePath;
    m_loaded = job.hooks;
    m_file->setText(job.hooks.file);
    for (QCheckBox *box : std::as_const(m_hooks)) {
        const QSignalBlocker block(box);
        box->setChecked(job.hooks.calls.contains(box->property("hook").toString()));
    }
    m_timeout->setValue(job.hooks.timeoutMs() / 1000);
    m_pageSize->setValue(job.hooks.effectivePageSize());
    m_settings->setPlainText(
        job.hooks.settings.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(job.hooks.settings).toJson(QJsonDocument::Indented)));
    updateEmptyState();
}

void JobEditorExtensionsPage::apply(JobSpec &job) const
{
    HooksSpec &h = job.hooks;
    h.file = m_file->text().trimmed();
    h.calls.clear();
    // Hooks this form does not know (a newer Ferry's) stay as the file had them.
    for (const QString &call : std::as_const(m_loaded.calls))
        if (!HooksSpec::hookNames().contains(call))
            h.calls.append(call);
    for (QCheckBox *box : m_hooks)
        if (box->isChecked())
            h.calls.append(box->property("hook").toString());
    // The defaults stay unwritten unless the file named them.
    h.timeoutSeconds = m_timeout->value() == m_loaded.timeoutMs() / 1000 ? m_loaded.timeoutSeconds : m_timeout->value();
    h.pageSize = m_pageSize->value() == m_loaded.effectivePageSize() ? m_loaded.pageSize : m_pageSize->value();
    QJsonObject settings;
    // While the text is not valid JSON, the settings the job had are kept (saving is refused meanwhile).
    h.settings = settingsError(m_settings->toPlainText(), &settings).isEmpty() ? settings : m_loaded.settings;
}

QString JobEditorExtensionsPage::settingsError(const QString &text, QJsonObject *settings)
{
    if (text.trimmed().isEmpty()) {
        if (settings)
            *settings = {};
        return {};
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString upTo = QString::fromUtf8(utf8.left(error.offset));
        const qsizetype line = upTo.count(u'\n') + 1;
        const qsizetype column = upTo.size() - (upTo.lastIndexOf(u'\n') + 1) + 1;
        return tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
    }
    if (!doc.isObject())
        return tr("the settings must be one JSON object, {\"name\": value, …}");
    if (settings)
        *settings = doc.object();
    return {};
}

QList<ValidationIssue> JobEditorExtensionsPage::formIssues() const
{
    const QString error = settingsError(m_settings->toPlainText());
    if (error.isEmpty())
        return {};
    return {ValidationIssue{QStringLiteral("hooks.settings"),
                            tr("not valid JSON at %1; fix it or clear the field").arg(error), ValidationIssue::Error}};
}

QString JobEditorExtensionsPage::jobFolder() const
{
    return m_jobPath.isEmpty() ? QString() : QFileInfo(m_jobPath).absolutePath();
}

void JobEditorExtensionsPage::handleBrowse()
{
    const QString folder = jobFolder();
    QString current = m_file->text().trimmed();
    if (!current.isEmpty() && !QDir::isAbsolutePath(current) && !folder.isEmpty())
        current = QDir(folder).absoluteFilePath(current);
    const QString start = current.isEmpty() ? folder : QFileInfo(current).absolutePath();
    const QString path =
        Prompts::instance()
            .openFiles(this, tr("Hook File"), start, tr("JavaScript modules (*.js *.cjs);;All files (*)"))
            .value(0);
    if (path.isEmpty())
        return;
    // Relative to the job file's folder, as the job's other paths, so the job moves with its hooks.
    m_file->setText(folder.isEmpty() ? QDir::cleanPath(path) : QDir(folder).relativeFilePath(path));
}

void JobEditorExtensionsPage::updateEmptyState()
{
    const bool empty = m_file->text().trimmed().isEmpty();
    // A test runs with the settings as typed: not while they are not JSON (the job's old ones would stand in).
    const bool badSettings = !settingsError(m_settings->toPlainText()).isEmpty();
    m_emptyLabel->setVisible(empty);
    m_test->setEnabled(!empty && !badSettings && !isTesting());
    m_test->setToolTip(empty         ? tr("Choose a hook file first")
                       : badSettings ? tr("Correct the settings (not valid JSON) first")
                                     : tr("Run the hook picked on the source's first rows"));
}

void JobEditorExtensionsPage::setTesting(bool testing, const QString &status)
{
    m_cancelTest->setEnabled(testing);
    m_testStatus->setText(status);
    updateEmptyState();
}

void JobEditorExtensionsPage::testOnSample()
{
    cancelTest();
    if (!m_job) {
        setTesting(false, tr("The test needs the job's source (this page is not in an editor)."));
        return;
    }
    m_testedHook = m_testHook->currentData().toString();
    m_model->clear();
    m_log->clear();
    m_sampleRequest =
        m_probe->start(ProbeKind::SampleSource, m_job(), m_typedSecrets ? m_typedSecrets() : JobSecrets{}, SampleRows);
    setTesting(true, tr("Reading the source's first rows…"));
}

void JobEditorExtensionsPage::cancelTest()
{
    const bool was = isTesting();
    if (m_sampleRequest)
        m_probe->cancel(m_sampleRequest);
    if (m_hookRequest)
        m_hookProbe->cancel(m_hookRequest);
    m_sampleRequest = m_hookRequest = 0;
    if (was)
        setTesting(false, tr("Test cancelled."));
}

void JobEditorExtensionsPage::handleProbeFinished(const ProbeResult &result)
{
    if (!m_sampleRequest || result.id != m_sampleRequest)
        return;
    m_sampleRequest = 0;
    if (!result.ok() || !result.rows) {
        setTesting(false, tr("The source's rows could not be read: %1 (fix it on the Source page)")
                              .arg(result.error ? result.error->toString() : tr("no rows")));
        return;
    }
    JobSpec job = m_job();
    m_hookRequest = m_hookProbe->start(job, m_testedHook, *result.rows);
    setTesting(true, tr("Running %1 on %n row(s)…", nullptr, int(result.rows->rows.size())).arg(m_testedHook));
}

void JobEditorExtensionsPage::handleHookFinished(const HookSample &sample)
{
    if (!m_hookRequest || sample.id != m_hookRequest)
        return;
    m_hookRequest = 0;
    m_log->setPlainText(sample.log.join(u'\n'));
    if (!sample.ok()) {
        m_model->clear();
        setTesting(false, tr("%1 could not run: %2").arg(sample.hook, sample.error->toString()));
        return;
    }
    m_model->setSample(sample);
    QString status = tr("%1 on %n row(s): ", nullptr, int(sample.before.rows.size())).arg(sample.hook) +
                     tr("%1 changed, %2 unchanged, %3 dropped, %4 added, %5 with errors.")
                         .arg(sample.count(HookRowStatus::Changed))
                         .arg(sample.count(HookRowStatus::Unchanged))
                         .arg(sample.count(HookRowStatus::Dropped))
                         .arg(sample.count(HookRowStatus::Added))
                         .arg(sample.count(HookRowStatus::Failed));
    for (const HookRowComparison &r : sample.rows)
        if (r.status == HookRowStatus::Failed) {
            status += QLatin1Char('\n') + tr("First error: %1").arg(r.error);
            break;
        }
    setTesting(false, status);
}

} // namespace Ferry
