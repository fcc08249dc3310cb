#include "previewwindow.h"

#include "icons.h"
#include "jobdescription.h"
#include "jobrun.h"
#include "planexport.h"
#include "planmodel.h"
#include "prompts.h"
#include "runcontroller.h"
#include "settings.h"
#include "sync/planner.h"

#include <QCloseEvent>
#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Ferry {

namespace {

const ChangeAction FilterActions[] = {ChangeAction::Insert, ChangeAction::Update, ChangeAction::Delete,
                                      ChangeAction::Skip, ChangeAction::Error};

QString cellText(const QVariant &v)
{
    return v.isNull() ? PreviewWindow::tr("(empty)") : v.toString();
}

} // namespace

PreviewWindow::PreviewWindow(const JobSpec &job, RunController *runs, QWidget *parent)
    : QWidget(parent, Qt::Window), m_job(job), m_runs(runs), m_planModel(new PlanModel(this))
{
    setObjectName(QStringLiteral("previewWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Preview: %1").arg(job.name));
    setWindowIcon(Icons::appIcon());

    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setText(JobDescription::sourceToTarget(job));
    m_titleLabel->setWordWrap(true);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("previewMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setMargin(8);
    m_messageLabel->hide();

    // Page 1: working (preparing, applying).
    auto *working = new QWidget(this);
    m_phaseLabel = new QLabel(working);
    m_phaseLabel->setObjectName(QStringLiteral("previewPhaseLabel"));
    m_progressBar = new QProgressBar(working);
    m_progressBar->setObjectName(QStringLiteral("previewProgressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setAccessibleName(tr("Progress"));
    m_cancelButton = new QPushButton(Icons::icon(QStringLiteral("process-stop")), tr("&Cancel"), working);
    m_cancelButton->setObjectName(QStringLiteral("previewCancelButton"));
    auto *workingLayout = new QVBoxLayout(working);
    workingLayout->addStretch(1);
    workingLayout->addWidget(m_phaseLabel, 0, Qt::AlignHCenter);
    workingLayout->addWidget(m_progressBar);
    workingLayout->addWidget(m_cancelButton, 0, Qt::AlignHCenter);
    workingLayout->addStretch(2);

    // Page 2: the plan.
    auto *planPage = new QWidget(this);
    auto *filterBar = new QHBoxLayout;
    for (ChangeAction a : FilterActions) {
        auto *button = new QToolButton(planPage);
        QString name = changeActionName(a);
        name[0] = name[0].toUpper();
        button->setObjectName(QStringLiteral("filter%1ToolButton").arg(name)); // filterInsertToolButton …
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setToolTip(tr("Show or hide the changes of this kind"));
        connect(button, &QToolButton::toggled, this, [this, a](bool shown) { m_planModel->setActionShown(a, shown); });
        m_actionButtons[int(a)] = button;
        filterBar->addWidget(button);
    }
    m_unchangedLabel = new QLabel(planPage);
    m_unchangedLabel->setObjectName(QStringLiteral("previewUnchangedLabel"));
    filterBar->addWidget(m_unchangedLabel);
    filterBar->addStretch(1);
    m_searchEdit = new QLineEdit(planPage);
    m_searchEdit->setObjectName(QStringLiteral("previewSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search keys and values"));
    m_searchEdit->setAccessibleName(tr("Search keys and values"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(
        std::max(220, m_searchEdit->fontMetrics().horizontalAdvance(m_searchEdit->placeholderText()) + 40));
    filterBar->addWidget(m_searchEdit);
    // Typing waits for a pause before a large plan is searched again.
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_planModel->setSearchText(m_searchEdit->text()); });

    m_table = new QTableView(planPage);
    m_table->setObjectName(QStringLiteral("planTableView"));
    m_table->setModel(m_planModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PlanModel::ApplyColumn, m_table->fontMetrics().horizontalAdvance(tr("Apply")) + 28);
    // Wide enough for the longest action's name in the language shown.
    int actionWidth = m_table->fontMetrics().horizontalAdvance(tr("Unchanged"));
    for (ChangeAction a : FilterActions)
        actionWidth = std::max(actionWidth, m_table->fontMetrics().horizontalAdvance(PlanModel::actionText(a)));
    m_table->setColumnWidth(PlanModel::ActionColumn, actionWidth + 16);
    m_table->setColumnWidth(PlanModel::KeyColumn, 140);
    m_table->setColumnWidth(PlanModel::ReasonColumn, 300);
    m_table->setAccessibleName(tr("Planned changes"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrow keys move within

    m_details = new QTableWidget(0, 3, planPage);
    m_details->setObjectName(QStringLiteral("changeDetailsTableWidget"));
    m_details->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setWordWrap(false);
    m_details->setTextElideMode(Qt::ElideMiddle);
    m_details->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_details->verticalHeader()->setDefaultSectionSize(m_details->fontMetrics().height() + 6);
    m_details->verticalHeader()->hide();
    m_details->horizontalHeader()->setStretchLastSection(true);
    m_details->setAccessibleName(tr("Fields of the selected change, before and after"));
    m_details->setTabKeyNavigation(false);

    auto *splitter = new QSplitter(Qt::Horizontal, planPage);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_excludeButton = new QPushButton(tr("E&xclude"), planPage);
    m_excludeButton->setObjectName(QStringLiteral("excludeButton"));
    m_excludeButton->setToolTip(tr("Leave the selected changes out of this run (Delete)"));
    m_includeButton = new QPushButton(tr("&Include"), planPage);
    m_includeButton->setObjectName(QStringLiteral("includeButton"));
    m_includeButton->setToolTip(tr("Apply the selected changes again (Insert)"));
    m_summaryLabel = new QLabel(planPage);
    m_summaryLabel->setObjectName(QStringLiteral("previewSummaryLabel"));
    auto *rowBar = new QHBoxLayout;
    rowBar->addWidget(m_excludeButton);
    rowBar->addWidget(m_includeButton);
    rowBar->addWidget(m_summaryLabel, 1);

    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addLayout(filterBar);
    planLayout->addWidget(splitter, 1);
    planLayout->addLayout(rowBar);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(working);
    m_pages->addWidget(planPage);

    m_exportButton = new QPushButton(Icons::icon(QStringLiteral("document-save-as")), tr("Ex&port plan…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPlanButton"));
    m_previewAgainButton = new QPushButton(Icons::icon(QStringLiteral("view-refresh")), tr("Preview a&gain"), this);
    m_previewAgainButton->setObjectName(QStringLiteral("previewAgainButton"));
    m_applyButton = new QPushButton(Icons::icon(QStringLiteral("media-playback-start")), tr("&Apply this plan"), this);
    m_applyButton->setObjectName(QStringLiteral("applyPlanButton"));
    m_applyButton->setDefault(true);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closePreviewButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_previewAgainButton);
    buttons->addStretch(1);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
        m_phaseLabel->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
    });
    // Delete and Insert besides the buttons' own Alt keys (a button's shortcut would replace its accelerator).
    auto *excludeKey = new QShortcut(QKeySequence::Delete, this);
    connect(excludeKey, &QShortcut::activated, this, [this] {
        if (m_excludeButton->isEnabled())
            excludeSelected(true);
    });
    auto *includeKey = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    connect(includeKey, &QShortcut::activated, this, [this] {
        if (m_includeButton->isEnabled())
            excludeSelected(false);
    });
    connect(m_excludeButton, &QPushButton::clicked, this, [this] { excludeSelected(true); });
    connect(m_includeButton, &QPushButton::clicked, this, [this] { excludeSelected(false); });
    connect(m_applyButton, &QPushButton::clicked, this, &PreviewWindow::applyPlan);
    connect(m_previewAgainButton, &QPushButton::clicked, this, &PreviewWindow::start);
    connect(m_exportButton, &QPushButton::clicked, this, &PreviewWindow::askExportPath);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_planModel, &PlanModel::exclusionsChanged, this, &PreviewWindow::updateCounts);
    connect(m_planModel, &PlanModel::filteringChanged, this, [this](bool busy) {
        m_searchEdit->setPlaceholderText(busy ? tr("Searching…") : tr("Search keys and values"));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PreviewWindow::updateDetails);
    connect(m_planModel, &PlanModel::modelReset, this, &PreviewWindow::updateDetails);
    connect(m_runs, &RunController::progressChanged, this, &PreviewWindow::handleProgress);

    const QByteArray geometry = Settings().windowGeometry(QStringLiteral("preview"));
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(960, 620);
    const QByteArray split = Settings().splitterState(QStringLiteral("preview"));
    if (!split.isEmpty())
        splitter->restoreState(split);
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { Settings().setSplitterState(QStringLiteral("preview"), splitter->saveState()); });
}

PreviewWindow::~PreviewWindow()
{
    // A plan nobody applied is dropped; a preparation still going is cancelled.
    if (m_run && m_run->state() != JobRun::State::Applying)
        m_run->cancel();
}

void PreviewWindow::showPage(Page page)
{
    const bool plan = page == Page::Plan;
    m_pages->setCurrentIndex(plan ? 1 : 0);
    const bool prepared = m_run && m_run->state() == JobRun::State::Prepared;
    m_applyButton->setEnabled(plan && prepared && !m_applied && m_planModel->plan() &&
                              m_planModel->effectiveCounts().writes() > 0);
    m_exportButton->setEnabled(plan && m_planModel->plan());
    m_previewAgainButton->setEnabled(!m_run || m_run->state() == JobRun::State::Finished || prepared);
    m_cancelButton->setEnabled(!plan);
    m_excludeButton->setEnabled(plan && prepared && !m_applied);
    m_includeButton->setEnabled(plan && prepared && !m_applied);
}

void PreviewWindow::showMessage(const QString &text, bool error)
{
    if (text.isEmpty()) {
        m_messageLabel->hide();
        return;
    }
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("QLabel { background: #fbe3e4; color: #6b0f14; border: 1px "
                                                         "solid #e7a1a5; border-radius: 4px; }")
                                        : QStringLiteral("QLabel { background: #e3f4e4; color: #0f4d16; border: 1px "
                                                         "solid #9fd3a5; border-radius: 4px; }"));
    m_messageLabel->show();
}

void PreviewWindow::start()
{
    if (m_run && m_run->state() != JobRun::State::Finished) {
        if (m_run->state() != JobRun::State::Prepared)
            return;      // working already
        m_run->cancel(); // drops the plan shown
    }
    QString why;
    JobRun *run = m_runs->preview(m_job, &why);
    if (!run) {
        showMessage(why, true);
        return;
    }
    m_run = run;
    m_applied = false;
    m_planModel->setPlan(nullptr);
    showMessage(QString(), false);
    m_phaseLabel->setText(tr("Connecting to the source and the target…"));
    m_progressBar->setRange(0, 0);
    showPage(Page::Working);
    connect(run, &JobRun::prepared, this, &PreviewWindow::handlePrepared);
    connect(run, &JobRun::finished, this, &PreviewWindow::handleFinished);
}

void PreviewWindow::handleProgress(const QString &jobId)
{
    if (jobId != m_job.id || m_pages->currentIndex() != 0)
        return;
    const auto p = m_runs->progress(jobId);
    if (!p)
        return;
    const QLocale l;
    switch (p->phase) {
    case RunPhase::Connecting:
        m_phaseLabel->setText(tr("Connecting to the source and the target…"));
        break;
    case RunPhase::Reading:
        m_phaseLabel->setText(tr("Reading the source: %1 rows…").arg(l.toString(p->phaseCount)));
        break;
    case RunPhase::Indexing:
        m_phaseLabel->setText(tr("Reading what the target holds…"));
        break;
    case RunPhase::Planning:
        m_phaseLabel->setText(tr("Comparing %1 rows…").arg(l.toString(p->phaseCount)));
        break;
    case RunPhase::Planned:
        break;
    case RunPhase::Verifying:
        m_phaseLabel->setText(tr("Checking that the target did not change since the preview…"));
        break;
    case RunPhase::Applying: {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(p->planned > 0 ? int(1000 * p->done() / p->planned) : 0);
        const qint64 eta = p->etaSeconds(QDateTime::currentMSecsSinceEpoch());
        QString text = tr("Writing: %1 of %2 changes confirmed, %3 sent")
                           .arg(l.toString(p->done()), l.toString(p->planned), l.toString(p->sent));
        if (eta >= 0)
            text += tr(" (about %n s left)", nullptr, int(eta));
        m_phaseLabel->setText(text);
        break;
    }
    case RunPhase::Finished:
        break;
    }
}

void PreviewWindow::handlePrepared(const RunReport &report)
{
    if (!report.plan) {
        showMessage(report.error ? tr("The preview failed: %1").arg(report.error->toString())
                                 : tr("The preview was cancelled."),
                    bool(report.error));
        m_phaseLabel->setText(report.error ? tr("No plan: see the message above.") : tr("Cancelled."));
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(0);
        showPage(Page::Working);
        m_cancelButton->setEnabled(false);
        return;
    }
    m_planModel->setPlan(report.plan);
    QStringList notes;
    for (const QString &w : report.warnings)
        notes.append(w);
    if (report.plan->held)
        notes.append(tr("The delete safeguard holds this plan: %1. Applying it asks you to confirm.")
                         .arg(report.plan->heldReason));
    if (report.plan->counts.writes() == 0)
        notes.prepend(tr("Nothing to do: the target is up to date."));
    showMessage(notes.join(u'\n'), report.plan->held);
    updateCounts();
    showPage(Page::Plan);
    if (m_planModel->rowCount() > 0)
        m_table->selectRow(0);
}

void PreviewWindow::handleFinished(const RunReport &report)
{
    if (m_run && m_run->state() == JobRun::State::Prepared) {
        // Refused before anything was written (held, or the job running elsewhere): the plan stays.
        showMessage(report.error ? report.error->toString() : QString(), true);
        showPage(Page::Plan);
        return;
    }
    if (!m_applied)
        return; // the preparation's end (handlePrepared said how it went), or a plan dropped
    showPage(Page::Plan);
    m_applyButton->setEnabled(false);
    m_excludeButton->setEnabled(false);
    m_includeButton->setEnabled(false);
    if (report.error) {
        QString text = report.error->code == ErrorCode::TargetChanged
                           ? tr("Nothing was written: the target changed since this preview. Preview again to see "
                                "what the job would do now.")
                           : tr("The run failed: %1").arg(report.error->toString());
        if (report.counts.writes() > 0)
            text += u'\n' + tr("Written before it stopped: %1").arg(countsSummary(report.counts));
        showMessage(text, true);
    } else {
        showMessage(tr("Applied: %1").arg(countsSummary(report.counts)), report.status != RunStatus::Succeeded);
    }
    emit applied(report);
}

void PreviewWindow::updateCounts()
{
    const auto &plan = m_planModel->plan();
    const Counts counts = m_planModel->effectiveCounts();
    const QLocale l;
    for (ChangeAction a : FilterActions) {
        QToolButton *b = m_actionButtons[int(a)];
        const qint64 n = plan ? counts.of(a) : 0;
        b->setText(QStringLiteral("%1  %2").arg(PlanModel::actionText(a), l.toString(n)));
        b->setAccessibleName(tr("Show %1 changes (%2)").arg(PlanModel::actionText(a), l.toString(n)));
    }
    m_unchangedLabel->setText(tr("Unchanged  %1").arg(l.toString(plan ? counts.unchanged : 0)));
    const qint64 excluded = m_planModel->excludedCount();
    QString summary = tr("Changes to write: %1 (inserts: %2, updates: %3, deletes: %4)")
                          .arg(l.toString(counts.writes()), l.toString(counts.inserted), l.toString(counts.updated),
                               l.toString(counts.deleted));
    if (excluded)
        summary += tr(" (%n excluded)", nullptr, int(excluded));
    m_summaryLabel->setText(summary);
    if (m_pages->currentIndex() == 1)
        showPage(Page::Plan);
}

void PreviewWindow::updateDetails()
{
    m_details->setRowCount(0);
    const QModelIndex current = m_table->currentIndex();
    const auto &plan = m_planModel->plan();
    if (!plan || !current.isValid())
        return;
    const Change &c = plan->changes[size_t(m_planModel->changeAt(current.row()))];
    const QVariantList values = plan->values(c);
    QHash<QString, FieldChange> changed;
    for (const FieldChange &f : plan->fieldChanges(c))
        changed.insert(f.field, f);
    m_details->setRowCount(int(plan->columns.size()));
    for (int i = 0; i < plan->columns.size(); ++i) {
        const QString &column = plan->columns[i];
        const QVariant value = values.value(i);
        QString before;
        QString after;
        const bool differs = changed.contains(column);
        if (differs) {
            before = cellText(changed[column].before);
            after = cellText(changed[column].after);
        } else if (c.action == ChangeAction::Delete) {
            before = cellText(value);
        } else if (c.action == ChangeAction::Insert) {
            after = cellText(value);
        } else {
            before = after = cellText(value);
        }
        auto *field = new QTableWidgetItem(column);
        auto *b = new QTableWidgetItem(before);
        auto *a = new QTableWidgetItem(after);
        if (differs) {
            QFont bold = field->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {field, b, a})
                item->setFont(bold);
        }
        m_details->setItem(i, 0, field);
        m_details->setItem(i, 1, b);
        m_details->setItem(i, 2, a);
    }
    m_details->resizeColumnToContents(0);
}

void PreviewWindow::excludeSelected(bool excluded)
{
    m_planModel->setExcluded(m_table->selectionModel()->selectedRows(), excluded);
}

void PreviewWindow::applyPlan()
{
    if (!m_run || m_run->state() != JobRun::State::Prepared || m_applied)
        return;
    ApplyOptions options;
    options.excluded = m_planModel->excluded();
    const Counts counts = m_planModel->effectiveCounts();
    const auto &plan = m_planModel->plan();
    if (const auto hold = deleteSafeguardHold(counts.deleted, plan->targetRows, m_job.rules.safeguard)) {
        const QLocale l;
        if (!Prompts::instance().confirm(
                this, tr("Confirm deletes"),
                tr("This plan deletes %1 of the %2 records the target holds: %3.\n\nDelete them?")
                    .arg(l.toString(counts.deleted), l.toString(plan->targetRows), *hold),
                tr("Delete %n record(s)", nullptr, int(counts.deleted)), true))
            return;
        options.confirmedDeletes = counts.deleted;
    }
    m_applied = true;
    showMessage(QString(), false);
    m_phaseLabel->setText(tr("Checking that the target did not change since the preview…"));
    m_progressBar->setRange(0, 0);
    showPage(Page::Working);
    m_cancelButton->setEnabled(true);
    m_run->apply(options);
}

RunReport PreviewWindow::planReport() const
{
    RunReport report = m_run->preparedReport();
    report.plan = planWithExclusions(m_planModel->plan(), m_planModel->excluded(), m_job.rules.safeguard);
    report.counts = report.plan->counts;
    report.dryRun = true;
    return report;
}

bool PreviewWindow::exportPlan(const QString &path, QString *error)
{
    if (!m_run || !m_planModel->plan())
        return false;
    auto written = PlanExport::writeFile(planReport(), path);
    if (!written && error)
        *error = written.error().toString();
    return bool(written);
}

void PreviewWindow::askExportPath()
{
    Settings settings;
    const QString suggested = QDir(settings.lastFolder()).filePath(m_job.id + QStringLiteral("-plan.csv"));
    if (!m_run || !m_planModel->plan())
        return;
    const QString path = Prompts::instance().saveFile(this, tr("Export the plan"), suggested,
                                                      tr("CSV for spreadsheets (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    // A large plan takes a moment: written on a worker thread, this window stays responsive.
    const RunReport report = planReport();
    m_exportButton->setEnabled(false);
    m_exportButton->setText(tr("Exporting…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString failure = watcher->result();
        watcher->deleteLater();
        m_exportButton->setEnabled(true);
        m_exportButton->setText(tr("Ex&port plan…"));
        if (failure.isEmpty())
            showMessage(tr("The plan was exported to %1.").arg(QDir::toNativeSeparators(path)), false);
        else
            showMessage(tr("The plan could not be exported: %1").arg(failure), true);
    });
    watcher->setFuture(QtConcurrent::run([report, path] {
        auto written = PlanExport::writeFile(report, path);
        return written ? QString() : written.error().toString();
    }));
}

void PreviewWindow::closeEvent(QCloseEvent *event)
{
    if (m_run && m_run->state() == JobRun::State::Applying) {
        if (!Prompts::instance().confirm(this, tr("The plan is being applied"),
                                         tr("Ferry is writing this plan to the target. Stop it? The changes "
                                            "confirmed so far stay; the next run completes the rest."),
                                         tr("Stop and close"), true)) {
            event->ignore();
            return;
        }
        m_run->cancel();
    }
    Settings().setWindowGeometry(QStringLiteral("preview"), saveGeometry());
    event->accept();
}

} // namespace Ferry
