// A read-only table over a RecordSet: the sample rows the job editor shows. Values as reports write them
// (null as "null"); the full text in the tooltip, long values shortened in the cell.
#pragma once

#include "core/recordset.h"

#include <QAbstractTableModel>

namespace Ferry {

class RecordSetModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordSetModel)

public:
    enum Role { NullRole = Qt::UserRole + 1 }; // true for a null value

    explicit RecordSetModel(QObject *parent = nullptr);

    void setRecords(RecordSet records);
    void clear();
    const RecordSet &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RecordSet m_records;
};

} // namespace Ferry
