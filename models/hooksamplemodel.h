// A read-only table over a HookSample: one line per row the hook got or gave, its status first (unchanged,
// changed, dropped, added, error), then the columns of both sides; a changed cell reads "before → after".
// ChangedRole marks changed cells and StatusRole each line's HookRowStatus, for the view to highlight.
#pragma once

#include "hookprobe.h"

#include <QAbstractTableModel>

namespace Ferry {

class HookSampleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HookSampleModel)

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(HookRowStatus) of the line
        ChangedRole,                   // true for a cell the hook changed
    };

    explicit HookSampleModel(QObject *parent = nullptr);

    void setSample(HookSample sample);
    void clear();
    const HookSample &sample() const { return m_sample; }
    const QStringList &columns() const { return m_columns; }
    static QString statusText(HookRowStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueText(const RecordSet &set, qsizetype row, const QString &column) const;

    HookSample m_sample;
    QStringList m_columns; // both sides', before's first
};

} // namespace Ferry
