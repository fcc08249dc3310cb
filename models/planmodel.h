// The preview's table: the changes of a plan (insert, update, delete, skip, error; unchanged rows are only
// counted), filtered by action and by a search over keys and values, with a check box per write to
// exclude it from the apply. A view over the plan's own vector: a million changes cost an index each.
// Filtering a large plan runs on a worker thread; the table keeps showing the previous result meanwhile.
#pragma once

#include "core/plan.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QSet>

#include <memory>
#include <vector>

namespace Ferry {

class PlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Column { ApplyColumn, ActionColumn, KeyColumn, ReasonColumn, FieldsColumn, ColumnCount };
    enum Role { ChangeIndexRole = Qt::UserRole + 1, ActionRole };

    explicit PlanModel(QObject *parent = nullptr);
    ~PlanModel() override;

    void setPlan(std::shared_ptr<const Plan> plan);
    const std::shared_ptr<const Plan> &plan() const { return m_plan; }

    // Which actions are shown (all by default).
    void setActionShown(ChangeAction action, bool shown);
    bool isActionShown(ChangeAction action) const;
    // Shows the changes whose key or one of whose values contains text (case-insensitively).
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_search; }
    // Plans up to this many changes are filtered at once, larger ones on a worker thread.
    void setSynchronousLimit(qint64 changes) { m_synchronousLimit = changes; }
    // True from a search sent to the worker thread until its result is shown.
    bool isFiltering() const { return m_filtering; }

    // Exclusions (writes only: skips and errors are never applied anyway).
    void setExcluded(qint64 change, bool excluded);
    void setExcluded(const QModelIndexList &rows, bool excluded);
    bool isExcluded(qint64 change) const { return m_excluded.contains(change); }
    std::vector<qint64> excluded() const;
    qint64 excludedCount() const { return m_excluded.size(); }
    // The plan's counts with the exclusions applied (they become skips), as apply will count them.
    Counts effectiveCounts() const;

    qint64 changeAt(int row) const { return m_rows[size_t(row)]; }
    int rowOfChange(qint64 change) const; // -1 when filtered out

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(ChangeAction action);

signals:
    void exclusionsChanged();
    void filteringChanged(bool busy);
    void filtered(); // the rows shown changed

private:
    void refilter();
    void takeRows(std::vector<qint64> rows);

    std::shared_ptr<const Plan> m_plan;
    std::vector<qint64> m_rows; // change indexes shown, in plan order
    QSet<qint64> m_excluded;
    quint8 m_shownActions = 0xff; // bit per ChangeAction
    QString m_search;
    qint64 m_synchronousLimit = 20000;
    // A search's result, and the plan it was made for (a result for an earlier plan is dropped).
    struct Filtered
    {
        quint64 generation = 0;
        std::vector<qint64> rows;
    };
    QFutureWatcher<Filtered> m_watcher;
    quint64 m_generation = 0;
    bool m_refilterPending = false;
    bool m_filtering = false;
};

// The changes of plan whose action is in shownActions (bit per ChangeAction) and that match search.
std::vector<qint64> filterPlanChanges(const Plan &plan, quint8 shownActions, const QString &search);

} // namespace Ferry
