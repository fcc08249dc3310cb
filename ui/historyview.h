// A job's run history: a chart of the rows each run changed, the runs (start, duration, status, counts,
// message), and the selected run's committed batches and failed rows. Follows the job selected in the main window.
#pragma once

#include <QWidget>

class QChart;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Ferry {

class RunFailuresModel;
class RunHistoryModel;

class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(const QString &stateDir, QWidget *parent = nullptr);

    void setJob(const QString &jobId, const QString &jobName);
    void reload();
    RunHistoryModel *model() const { return m_model; }
    QTableWidget *batchTable() const { return m_batches; }
    QTableView *failureTable() const { return m_failureView; }
    RunFailuresModel *failures() const { return m_failures; }
    QTabWidget *detailTabs() const { return m_detailTabs; }

private:
    void updateChart();
    void updateDetails();

    RunHistoryModel *m_model;
    QStackedWidget *m_pages;
    QLabel *m_emptyLabel;
    QChart *m_chart;
    QTableView *m_runs;
    QLabel *m_messageLabel;
    QTabWidget *m_detailTabs;
    QTableWidget *m_batches;
    RunFailuresModel *m_failures;
    QLabel *m_failureSummary;
    QTableView *m_failureView;
};

} // namespace Ferry
