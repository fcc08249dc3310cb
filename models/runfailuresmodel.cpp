#include "runfailuresmodel.h"

#include <QLocale>

namespace Ferry {

RunFailuresModel::RunFailuresModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunFailuresModel::setFailures(std::vector<FailureRecord> failures, qint64 failed)
{
    beginResetModel();
    m_failures = std::move(failures);
    m_failed = std::max(failed, qint64(m_failures.size()));
    endResetModel();
}

void RunFailuresModel::clear()
{
    setFailures({}, 0);
}

QString RunFailuresModel::summary() const
{
    if (m_failed == 0)
        return tr("No row failed.");
    const QLocale l;
    QString text = tr("%n row(s) failed.", nullptr, int(std::min<qint64>(m_failed, INT_MAX)));
    if (qint64(m_failures.size()) < m_failed)
        text += u' ' + (m_failures.empty() ? tr("Their details are not kept for this run (history retention, or a run "
                                                "older than this version of Ferry).")
                                           : tr("Showing the first %1.").arg(l.toString(qint64(m_failures.size()))));
    return text;
}

int RunFailuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int RunFailuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunFailuresModel::actionText(ChangeAction action)
{
    switch (action) {
    case ChangeAction::Insert:
        return tr("Insert");
    case ChangeAction::Update:
        return tr("Update");
    case ChangeAction::Delete:
        return tr("Delete");
    case ChangeAction::Unchanged:
        return tr("Unchanged");
    case ChangeAction::Skip:
        return tr("Skip");
    case ChangeAction::Error:
        return tr("Not sent");
    }
    return {};
}

QVariant RunFailuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FailureRecord &f = m_failures[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return f.key;
        case ActionColumn:
            return actionText(f.action);
        case BatchColumn:
            return f.batch > 0 ? QVariant(f.batch) : QVariant(tr("planned"));
        case ReasonColumn:
            return f.reason;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return f.reason;
        if (index.column() == BatchColumn)
            return f.batch > 0 ? tr("The target refused batch %1, which held this row.").arg(f.batch)
                               : tr("The plan found this row in error; it was never sent.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BatchColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant RunFailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ActionColumn:
        return tr("Change");
    case BatchColumn:
        return tr("Batch");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace Ferry
