#include "logmodel.h"

#include <QLocale>

namespace Ferry {

int severityOf(QtMsgType level)
{
    switch (level) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
    case QtFatalMsg:
        return 3;
    }
    return 1;
}

QString levelName(QtMsgType level)
{
    switch (severityOf(level)) {
    case 0:
        return LogModel::tr("Debug");
    case 2:
        return LogModel::tr("Warning");
    case 3:
        return LogModel::tr("Error");
    default:
        return LogModel::tr("Info");
    }
}

LogModel::LogModel(qsizetype capacity, QObject *parent) : QAbstractTableModel(parent), m_capacity(capacity) {}

void LogModel::append(std::vector<LogEntry> entries)
{
    if (entries.empty())
        return;
    // Only the newest capacity entries of the batch can stay.
    auto first = entries.begin();
    if (entries.size() > size_t(m_capacity))
        first = entries.end() - m_capacity;
    const qsizetype incoming = entries.end() - first;
    const qsizetype overflow = qsizetype(m_entries.size()) + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow - 1));
        m_entries.erase(m_entries.begin(), m_entries.begin() + overflow);
        endRemoveRows();
    }
    const int start = int(m_entries.size());
    beginInsertRows({}, start, start + int(incoming) - 1);
    m_entries.insert(m_entries.end(), std::make_move_iterator(first), std::make_move_iterator(entries.end()));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.time(), QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn:
            return levelName(e.level);
        case JobColumn:
            return e.jobName;
        case BatchColumn:
            return e.batch > 0 ? QVariant(e.batch) : QVariant();
        case KeyColumn:
            return e.key;
        case MessageColumn:
            return e.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time, QLocale::LongFormat);
        if (index.column() == MessageColumn)
            return e.message;
        break;
    case SeverityRole:
        return severityOf(e.level);
    case JobIdRole:
        return e.jobId;
    case RunIdRole:
        return e.runId;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case JobColumn:
        return tr("Job");
    case BatchColumn:
        return tr("Batch");
    case KeyColumn:
        return tr("Row");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

LogFilterModel::LogFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void LogFilterModel::setMinimumSeverity(int severity)
{
    if (severity == m_minimumSeverity)
        return;
    m_minimumSeverity = severity;
    invalidateRowsFilter();
}

void LogFilterModel::setJobId(const QString &jobId)
{
    if (jobId == m_jobId)
        return;
    m_jobId = jobId;
    invalidateRowsFilter();
}

void LogFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *log = static_cast<const LogModel *>(sourceModel());
    const LogEntry &e = log->entry(sourceRow);
    if (severityOf(e.level) < m_minimumSeverity)
        return false;
    if (!m_jobId.isEmpty() && e.jobId != m_jobId)
        return false;
    if (m_search.isEmpty())
        return true;
    return e.message.contains(m_search, Qt::CaseInsensitive) || e.key.contains(m_search, Qt::CaseInsensitive) ||
           e.jobName.contains(m_search, Qt::CaseInsensitive);
}

} // namespace Ferry
