// The rows one run could not write, as the state store keeps them (at most StateStore::maxFailuresPerRun
// a run): the row's key, what the run tried, the batch it was in and the reason. The history view shows
// them beside the run's batches.
#pragma once

#include "store/statestore.h"

#include <QAbstractTableModel>

#include <vector>

namespace Ferry {

class RunFailuresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFailuresModel)

public:
    enum Column { KeyColumn, ActionColumn, BatchColumn, ReasonColumn, ColumnCount };

    explicit RunFailuresModel(QObject *parent = nullptr);

    // failed: how many rows the run says failed (its counts), which may exceed the records kept.
    void setFailures(std::vector<FailureRecord> failures, qint64 failed);
    void clear();
    qint64 failedCount() const { return m_failed; }
    // "2 rows failed", with "showing the first 10,000" when the store kept fewer than failed.
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(ChangeAction action);

private:
    std::vector<FailureRecord> m_failures;
    qint64 m_failed = 0;
};

} // namespace Ferry
