// A job's run history: a chart of the rows each run changed, the runs (start, duration, status, counts,
// message), and the selected run's committed batches. Follows the job selected in the main window.
#pragma once

#include <QWidget>

class QChart;
class QLabel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace Ferry {

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

private:
    void updateChart();
    void updateDetails();

    RunHistoryModel *m_model;
    QStackedWidget *m_pages;
    QLabel *m_emptyLabel;
    QChart *m_chart;
    QTableView *m_runs;
    QLabel *m_messageLabel;
    QTableWidget *m_batches;
};

} // namespace Ferry
