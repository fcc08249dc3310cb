// The live log: what running jobs report (time, level, job, batch, row, message), filtered by level, job
// and a search, following the newest entry unless the user scrolled up to read.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace Ferry {

class LogModel;
class LogFilterModel;

class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(LogModel *model, QWidget *parent = nullptr);

    // Shows one job's entries only (empty: every job's).
    void setJobFilter(const QString &jobId, const QString &jobName);
    // The lowest level shown (0 debug … 3 error), as the preferences set it.
    void setMinimumSeverity(int severity);
    LogFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }

private:
    void handleRowsInserted();
    void handleScrolled();

    LogModel *m_model;
    LogFilterModel *m_filter;
    QComboBox *m_levelCombo;
    QCheckBox *m_jobOnlyCheck;
    QLineEdit *m_searchEdit;
    QCheckBox *m_followCheck;
    QTableView *m_table;
    QString m_jobId;
};

} // namespace Ferry
