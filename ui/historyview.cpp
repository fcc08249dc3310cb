#include "historyview.h"

#include "runfailuresmodel.h"
#include "runhistorymodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Ferry {

namespace {

constexpr int ChartRuns = 30; // the chart shows the latest runs

} // namespace

HistoryView::HistoryView(const QString &stateDir, QWidget *parent)
    : QWidget(parent), m_model(new RunHistoryModel(stateDir, this))
{
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_chart = new QChart;
    m_chart->setObjectName(QStringLiteral("historyChart"));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    auto *chartView = new QChartView(m_chart, this);
    chartView->setObjectName(QStringLiteral("historyChartView"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(200);
    chartView->setAccessibleName(tr("Rows changed per run"));

    m_runs = new QTableView(this);
    m_runs->setObjectName(QStringLiteral("runHistoryTableView"));
    m_runs->setModel(m_model);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setShowGrid(false);
    m_runs->setAlternatingRowColors(true);
    m_runs->setWordWrap(false);
    m_runs->verticalHeader()->hide();
    m_runs->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_runs->verticalHeader()->setDefaultSectionSize(m_runs->fontMetrics().height() + 6);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->setColumnWidth(RunHistoryModel::StartedColumn, 150);
    m_runs->setAccessibleName(tr("Runs"));
    m_runs->setTabKeyNavigation(false);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("runMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_batches = new QTableWidget(0, 3, this);
    m_batches->setObjectName(QStringLiteral("runBatchesTableWidget"));
    m_batches->setHorizontalHeaderLabels({tr("Batch"), tr("Changes confirmed"), tr("At")});
    m_batches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batches->verticalHeader()->hide();
    m_batches->horizontalHeader()->setStretchLastSection(true);
    m_batches->setAccessibleName(tr("Batches of the selected run"));
    m_batches->setTabKeyNavigation(false);

    m_failures = new RunFailuresModel(this);
    m_failureSummary = new QLabel(this);
    m_failureSummary->setObjectName(QStringLiteral("runFailuresSummaryLabel"));
    m_failureSummary->setWordWrap(true);
    m_failureView = new QTableView(this);
    m_failureView->setObjectName(QStringLiteral("runFailuresTableView"));
    m_failureView->setModel(m_failures);
    m_failureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failureView->setWordWrap(false);
    m_failureView->setAlternatingRowColors(true);
    m_failureView->verticalHeader()->hide();
    m_failureView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_failureView->verticalHeader()->setDefaultSectionSize(m_failureView->fontMetrics().height() + 6);
    m_failureView->horizontalHeader()->setStretchLastSection(true);
    m_failureView->setAccessibleName(tr("Rows the selected run could not write"));
    m_failureView->setTabKeyNavigation(false);
    auto *failurePage = new QWidget(this);
    auto *failureLayout = new QVBoxLayout(failurePage);
    failureLayout->setContentsMargins(4, 4, 4, 4);
    failureLayout->addWidget(m_failureSummary);
    failureLayout->addWidget(m_failureView, 1);

    m_detailTabs = new QTabWidget(this);
    m_detailTabs->setObjectName(QStringLiteral("runDetailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_batches, tr("Batches"));
    m_detailTabs->addTab(failurePage, tr("Failed rows"));
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_messageLabel);
    detailsLayout->addWidget(m_detailTabs, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_runs);
    lower->addWidget(details);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);
    auto *upper = new QSplitter(Qt::Vertical, this);
    upper->setObjectName(QStringLiteral("historySplitter"));
    upper->addWidget(chartView);
    upper->addWidget(lower);
    upper->setStretchFactor(0, 1);
    upper->setStretchFactor(1, 2);
    upper->setChildrenCollapsible(false);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(upper);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_pages->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
        updateChart();
        if (m_model->rowCount() > 0)
            m_runs->selectRow(0);
        updateDetails();
    });
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::updateDetails);
    connect(m_model, &RunHistoryModel::problem, m_emptyLabel, &QLabel::setText);
    setJob(QString(), QString());
}

void HistoryView::setJob(const QString &jobId, const QString &jobName)
{
    m_emptyLabel->setText(jobId.isEmpty() ? tr("Select a job to see its runs.")
                                          : tr("'%1' has not run yet: Preview or Run Now to sync it.").arg(jobName));
    if (jobId == m_model->jobId())
        return;
    m_model->setJob(jobId);
}

void HistoryView::reload()
{
    m_model->reload();
}

void HistoryView::updateChart()
{
    m_chart->removeAllSeries();
    // removeAllSeries() deletes the series; removed axes come back to us.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const int n = std::min(m_model->rowCount(), ChartRuns);
    if (n == 0)
        return;
    auto *inserted = new QBarSet(tr("Inserted"));
    auto *updated = new QBarSet(tr("Updated"));
    auto *deleted = new QBarSet(tr("Deleted"));
    auto *failed = new QBarSet(tr("Failed"));
    inserted->setColor(QColor(0x3b, 0x9c, 0x4a));
    updated->setColor(QColor(0x2f, 0x80, 0xd1));
    deleted->setColor(QColor(0xd1, 0x4b, 0x3f));
    failed->setColor(QColor(0x8a, 0x3f, 0xa0));
    QStringList categories;
    qint64 highest = 0;
    const QLocale l;
    for (int row = n - 1; row >= 0; --row) { // oldest on the left
        const RunRecord &r = m_model->run(row);
        *inserted << double(r.counts.inserted);
        *updated << double(r.counts.updated);
        *deleted << double(r.counts.deleted);
        *failed << double(r.counts.failed);
        highest = std::max(highest, r.counts.inserted + r.counts.updated + r.counts.deleted + r.counts.failed);
        // Runs of one minute must stay apart: the axis merges equal labels.
        categories << tr("#%1 %2").arg(r.id).arg(l.toString(r.startedAt.toLocalTime(), QStringLiteral("d MMM HH:mm")));
    }
    auto *series = new QStackedBarSeries;
    series->append({inserted, updated, deleted, failed});
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 8 ? -60 : 0);
    auto *y = new QValueAxis;
    y->setRange(0, double(std::max<qint64>(highest, 1)));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->setTitle(tr("Rows changed by the last %n run(s)", nullptr, n));
}

void HistoryView::updateDetails()
{
    m_batches->setRowCount(0);
    const QModelIndex current = m_runs->currentIndex();
    if (!current.isValid()) {
        m_messageLabel->clear();
        m_failures->clear();
        m_failureSummary->clear();
        m_detailTabs->setTabText(0, tr("Batches"));
        m_detailTabs->setTabText(1, tr("Failed rows"));
        return;
    }
    const RunRecord &r = m_model->run(current.row());
    QString text = tr("Run %1: %2").arg(r.id).arg(RunHistoryModel::statusText(r.status));
    if (!r.message.isEmpty())
        text += u'\n' + r.message;
    if (!r.journalKept)
        text += u'\n' + tr("Its batches are no longer kept (history retention).");
    m_messageLabel->setText(text);
    const std::vector<BatchRecord> batches = m_model->batches(r.id);
    m_batches->setRowCount(int(batches.size()));
    const QLocale l;
    for (size_t i = 0; i < batches.size(); ++i) {
        const BatchRecord &b = batches[i];
        auto *seq = new QTableWidgetItem(QString::number(b.seq));
        auto *count = new QTableWidgetItem(l.toString(b.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_batches->setItem(int(i), 0, seq);
        m_batches->setItem(int(i), 1, count);
        m_batches->setItem(
            int(i), 2,
            new QTableWidgetItem(l.toString(b.recordedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"))));
    }
    m_batches->resizeColumnsToContents();
    m_failures->setFailures(r.counts.failed > 0 ? m_model->failures(r.id) : std::vector<FailureRecord>{},
                            r.counts.failed);
    m_failureSummary->setText(m_failures->summary());
    m_failureView->resizeColumnToContents(RunFailuresModel::KeyColumn);
    m_failureView->resizeColumnToContents(RunFailuresModel::ActionColumn);
    m_failureView->resizeColumnToContents(RunFailuresModel::BatchColumn);
    m_detailTabs->setTabText(0, tr("Batches (%1)").arg(l.toString(qint64(batches.size()))));
    m_detailTabs->setTabText(1, tr("Failed rows (%1)").arg(l.toString(r.counts.failed)));
}

} // namespace Ferry
