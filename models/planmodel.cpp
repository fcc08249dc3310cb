#include "planmodel.h"

#include <algorithm>

#include <QLocale>
#include <QSignalBlocker>
#include <QtConcurrent/QtConcurrentRun>

namespace Ferry {

namespace {

quint8 bit(ChangeAction a)
{
    return quint8(1u << unsigned(a));
}

bool valueMatches(const QVariant &v, const QString &search)
{
    if (v.isNull())
        return false;
    return v.toString().contains(search, Qt::CaseInsensitive);
}

} // namespace

std::vector<qint64> filterPlanChanges(const Plan &plan, quint8 shownActions, const QString &search)
{
    std::vector<qint64> rows;
    const QString needle = search.trimmed();
    for (size_t i = 0; i < plan.changes.size(); ++i) {
        const Change &c = plan.changes[i];
        if (!(shownActions & bit(c.action)))
            continue;
        if (!needle.isEmpty() && !plan.key(c).contains(needle, Qt::CaseInsensitive)) {
            const QVariantList values = plan.values(c);
            if (std::none_of(values.begin(), values.end(), [&](const QVariant &v) { return valueMatches(v, needle); }))
                continue;
        }
        rows.push_back(qint64(i));
    }
    return rows;
}

PlanModel::PlanModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Filtered>::finished, this, [this] {
        Filtered result = m_watcher.result();
        m_filtering = false;
        if (result.generation == m_generation)
            takeRows(std::move(result.rows));
        if (m_refilterPending) {
            // The search changed meanwhile: run the latest one.
            m_refilterPending = false;
            refilter();
            if (m_filtering)
                return;
        }
        emit filteringChanged(false);
    });
}

PlanModel::~PlanModel()
{
    m_watcher.waitForFinished();
}

QString PlanModel::actionText(ChangeAction action)
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
        return tr("Error");
    }
    return {};
}

void PlanModel::setPlan(std::shared_ptr<const Plan> plan)
{
    ++m_generation;
    beginResetModel();
    m_plan = std::move(plan);
    m_rows.clear();
    m_excluded.clear();
    endResetModel();
    emit exclusionsChanged();
    refilter();
}

void PlanModel::setActionShown(ChangeAction action, bool shown)
{
    const quint8 mask = shown ? quint8(m_shownActions | bit(action)) : quint8(m_shownActions & ~bit(action));
    if (mask == m_shownActions)
        return;
    m_shownActions = mask;
    refilter();
}

bool PlanModel::isActionShown(ChangeAction action) const
{
    return m_shownActions & bit(action);
}

void PlanModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refilter();
}

void PlanModel::refilter()
{
    if (!m_plan) {
        takeRows({});
        return;
    }
    if (m_filtering) {
        m_refilterPending = true;
        return;
    }
    // Without a search, filtering by action is a quick pass even over millions of changes.
    if (qint64(m_plan->changes.size()) <= m_synchronousLimit || m_search.trimmed().isEmpty()) {
        takeRows(filterPlanChanges(*m_plan, m_shownActions, m_search));
        return;
    }
    m_filtering = true;
    emit filteringChanged(true);
    m_watcher.setFuture(
        QtConcurrent::run([plan = m_plan, actions = m_shownActions, search = m_search, generation = m_generation] {
            return Filtered{generation, filterPlanChanges(*plan, actions, search)};
        }));
}

void PlanModel::takeRows(std::vector<qint64> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit filtered();
}

void PlanModel::setExcluded(qint64 change, bool excluded)
{
    if (!m_plan || change < 0 || change >= qint64(m_plan->changes.size()))
        return;
    if (!Plan::isWrite(m_plan->changes[size_t(change)].action) || excluded == m_excluded.contains(change))
        return;
    if (excluded)
        m_excluded.insert(change);
    else
        m_excluded.remove(change);
    if (const int row = rowOfChange(change); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit exclusionsChanged();
}

void PlanModel::setExcluded(const QModelIndexList &rows, bool excluded)
{
    QSignalBlocker block(this);
    for (const QModelIndex &i : rows)
        if (i.isValid() && i.model() == this)
            setExcluded(changeAt(i.row()), excluded);
    block.unblock();
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit exclusionsChanged();
}

std::vector<qint64> PlanModel::excluded() const
{
    std::vector<qint64> out(m_excluded.cbegin(), m_excluded.cend());
    std::sort(out.begin(), out.end());
    return out;
}

Counts PlanModel::effectiveCounts() const
{
    if (!m_plan)
        return {};
    Counts counts = m_plan->counts;
    for (qint64 i : m_excluded) {
        counts.add(m_plan->changes[size_t(i)].action, -1);
        counts.add(ChangeAction::Skip);
    }
    return counts;
}

int PlanModel::rowOfChange(qint64 change) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), change);
    return it != m_rows.end() && *it == change ? int(it - m_rows.begin()) : -1;
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_plan)
        return {};
    const qint64 i = m_rows[size_t(index.row())];
    const Change &c = m_plan->changes[size_t(i)];
    const bool excluded = m_excluded.contains(i);
    switch (role) {
    case Qt::CheckStateRole:
        if (index.column() == ApplyColumn && Plan::isWrite(c.action))
            return excluded ? Qt::Unchecked : Qt::Checked;
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ActionColumn:
            return actionText(c.action);
        case KeyColumn:
            return m_plan->key(c);
        case ReasonColumn:
            return excluded ? tr("excluded from this run") : m_plan->reason(c);
        case FieldsColumn: {
            if (c.action != ChangeAction::Update && c.action != ChangeAction::Skip)
                return QString();
            QStringList fields;
            for (const FieldChange &f : m_plan->fieldChanges(c))
                fields.append(f.field);
            return fields.join(QStringLiteral(", "));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ApplyColumn && Plan::isWrite(c.action))
            return excluded ? tr("Excluded: this change is not applied") : tr("Applied: untick to exclude it");
        if (index.column() == ReasonColumn)
            return m_plan->reason(c);
        break;
    case ChangeIndexRole:
        return i;
    case ActionRole:
        return int(c.action);
    }
    return {};
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ApplyColumn || !index.isValid())
        return false;
    setExcluded(changeAt(index.row()), value.value<Qt::CheckState>() == Qt::Unchecked);
    return true;
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ApplyColumn && m_plan &&
        Plan::isWrite(m_plan->changes[size_t(changeAt(index.row()))].action))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ApplyColumn)
        return tr("Ticked changes are applied; untick a change to leave it out of this run");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApplyColumn:
        return tr("Apply");
    case ActionColumn:
        return tr("Action");
    case KeyColumn:
        return tr("Key");
    case ReasonColumn:
        return tr("Reason");
    case FieldsColumn:
        return tr("Changed fields");
    }
    return {};
}

} // namespace Ferry
