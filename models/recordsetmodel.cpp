#include "recordsetmodel.h"

#include "core/values.h"

namespace Ferry {

namespace {
constexpr qsizetype MaxCellChars = 200;
}

RecordSetModel::RecordSetModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecordSetModel::setRecords(RecordSet records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void RecordSetModel::clear()
{
    setRecords(RecordSet{});
}

int RecordSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.rows.size());
}

int RecordSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.columns.size());
}

QVariant RecordSetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() >= m_records.rows.columnCount())
        return {};
    const QVariant value = m_records.rows.value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = Values::displayText(value);
        text.replace(u'\n', u' ');
        if (text.size() > MaxCellChars)
            text = text.left(MaxCellChars) + QChar(0x2026);
        return text;
    }
    case Qt::ToolTipRole:
        return Values::displayText(value);
    case NullRole:
        return Values::isNull(value);
    default:
        return {};
    }
}

QVariant RecordSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_records.columns.size() ? m_records.columns.at(section) : QVariant();
}

} // namespace Ferry
