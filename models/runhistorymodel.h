// A job's run history from the state store, newest first: when, how long, how it ended, what it changed,
// and per run the batches the target confirmed and the rows it could not write. The store is shared with
// ferry-cli and other Ferry processes, so runs made elsewhere show up on reload().
#pragma once

#include "store/statestore.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace Ferry {

class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)

public:
    enum Column {
        StartedColumn,
        DurationColumn,
        StatusColumn,
        InsertedColumn,
        UpdatedColumn,
        DeletedColumn,
        UnchangedColumn,
        FailedColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, StatusRole };

    // stateDir empty: the default state store.
    explicit RunHistoryModel(const QString &stateDir = QString(), QObject *parent = nullptr);
    ~RunHistoryModel() override;

    void setJob(const QString &jobId); // empty: none
    const QString &jobId() const { return m_jobId; }
    void reload();
    const RunRecord &run(int row) const { return m_runs[size_t(row)]; }
    // The run's confirmed batches (empty when retention dropped them).
    std::vector<BatchRecord> batches(qint64 runId);
    // The rows the run could not write, as kept (empty when retention dropped them).
    std::vector<FailureRecord> failures(qint64 runId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);
    static QString durationText(qint64 ms);

signals:
    void problem(const QString &message);

private:
    StateStore *store();

    QString m_stateDir;
    QString m_jobId;
    std::unique_ptr<StateStore> m_store;
    std::vector<RunRecord> m_runs;
};

} // namespace Ferry
