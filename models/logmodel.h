// The live log: a bounded list of log entries (the oldest go first), appended in batches by the
// RunController's drain timer. Views filter it through LogFilterModel.
#pragma once

#include "logentry.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>
#include <vector>

namespace Ferry {

// Severity in order (QtMsgType's values are not): 0 debug, 1 info, 2 warning, 3 error.
int severityOf(QtMsgType level);
QString levelName(QtMsgType level);

class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { TimeColumn, LevelColumn, JobColumn, BatchColumn, KeyColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, JobIdRole, RunIdRole };

    explicit LogModel(qsizetype capacity = 50000, QObject *parent = nullptr);

    qsizetype capacity() const { return m_capacity; }
    const LogEntry &entry(int row) const { return m_entries[size_t(row)]; }
    void append(std::vector<LogEntry> entries);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qsizetype m_capacity;
    std::deque<LogEntry> m_entries;
};

// The log as a view shows it: entries at or above a severity, of one job (or all), matching a search.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setMinimumSeverity(int severity);
    int minimumSeverity() const { return m_minimumSeverity; }
    void setJobId(const QString &jobId); // empty: every job
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumSeverity = 1;
    QString m_jobId;
    QString m_search;
};

} // namespace Ferry
