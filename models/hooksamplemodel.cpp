#include "hooksamplemodel.h"

#include "core/values.h"

namespace Ferry {

namespace {
constexpr int MaxCellChars = 120;
}

HookSampleModel::HookSampleModel(QObject *parent) : QAbstractTableModel(parent) {}

void HookSampleModel::setSample(HookSample sample)
{
    beginResetModel();
    m_sample = std::move(sample);
    m_columns = m_sample.before.columns;
    for (const QString &c : std::as_const(m_sample.after.columns))
        if (!m_columns.contains(c))
            m_columns.append(c);
    endResetModel();
}

void HookSampleModel::clear()
{
    setSample(HookSample{});
}

QString HookSampleModel::statusText(HookRowStatus status)
{
    switch (status) {
    case HookRowStatus::Unchanged:
        return tr("unchanged");
    case HookRowStatus::Changed:
        return tr("changed");
    case HookRowStatus::Dropped:
        return tr("dropped");
    case HookRowStatus::Added:
        return tr("added");
    case HookRowStatus::Failed:
        return tr("error");
    }
    return {};
}

int HookSampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sample.rows.size());
}

int HookSampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_sample.rows.empty() ? 0 : static_cast<int>(m_columns.size()) + 1;
}

QString HookSampleModel::valueText(const RecordSet &set, qsizetype row, const QString &column) const
{
    const int c = static_cast<int>(set.columns.indexOf(column));
    if (row < 0 || c < 0)
        return QStringLiteral("null");
    return Values::displayText(set.rows.value(row, c));
}

QVariant HookSampleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HookRowComparison &r = m_sample.rows[static_cast<size_t>(index.row())];
    if (role == StatusRole)
        return int(r.status);
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return statusText(r.status);
        case Qt::ToolTipRole:
            return r.status == HookRowStatus::Failed ? r.error : statusText(r.status);
        default:
            return {};
        }
    }
    const QString &column = m_columns.at(index.column() - 1);
    const bool changed = r.changedColumns.contains(column);
    if (role == ChangedRole)
        return changed;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    QString text;
    if (changed)
        text =
            tr("%1 → %2").arg(valueText(m_sample.before, r.before, column), valueText(m_sample.after, r.after, column));
    else if (r.after >= 0 && r.status != HookRowStatus::Failed)
        text = valueText(m_sample.after, r.after, column);
    else
        text = valueText(m_sample.before, r.before, column);
    if (role == Qt::ToolTipRole)
        return text;
    text.replace(u'\n', u' ');
    if (text.size() > MaxCellChars)
        text = text.left(MaxCellChars) + QChar(0x2026);
    return text;
}

QVariant HookSampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return tr("Result");
    return section - 1 < m_columns.size() ? m_columns.at(section - 1) : QVariant();
}

} // namespace Ferry
