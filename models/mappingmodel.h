// The job editor's mapping table: one row per source column (from discovery, a test or a sample, or the
// job's own mapping), whether it is synced, the target field it goes to, and its role in the sync rules
// (key, timestamp, soft delete), with warnings about types that travel poorly. Writes JobSpec::mapping
// (left empty when every column goes to a field of its own name) and the rules' columns.
#pragma once

#include "connectors/connectorinfo.h"
#include "job/jobspec.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Ferry {

class MappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingModel)

public:
    enum Column {
        SourceColumn,
        TypeColumn,
        TargetColumn,
        KeyColumn,
        TimestampColumn,
        DeleteColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { IssueRole = Qt::UserRole + 1 }; // true when the row's note is a validation error

    struct Row
    {
        QString from;
        QString type; // as the source declares it; empty when unknown
        QString to;
        bool included = true;
    };

    explicit MappingModel(QObject *parent = nullptr);

    // The job's mapping and rule columns.
    void load(const JobSpec &job);
    // Writes the mapping and the rules' key, timestamp and delete columns.
    void apply(JobSpec &job) const;

    // The source's columns: rows are kept (with their settings) for columns still there, added for new ones
    // (synced under their own name), dropped for columns gone.
    void setSourceColumns(const QList<ColumnInfo> &columns);
    // What the target has (for auto-mapping and warnings); empty: unknown, or it takes any field.
    void setTargetColumns(const QStringList &columns);
    void setTargetKind(TargetKind kind);
    // Every column synced, to the target column of the same name (ignoring case, spaces and underscores) or
    // to a field of its own name.
    void autoMap();
    // Validation errors by row.
    void setIssues(const QHash<int, QString> &issues);
    // The row that mapping[index] of the job written by apply() comes from (-1: none).
    int rowOfMappingEntry(int index) const;

    const QList<Row> &rows() const { return m_rows; }
    const QStringList &keyFields() const { return m_keys; }
    const QString &timestampField() const { return m_timestamp; }
    const QString &deleteField() const { return m_delete; }
    // Fields the mapping writes, in order.
    QStringList targetFields() const;
    QString warning(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The user changed the mapping or a role (not a reset by load or new source columns).
    void mappingEdited();

private:
    bool hasRole(const Row &row, Column column) const;
    void setRole(int row, Column column, bool on);
    void emitRowChanged(int row);

    QList<Row> m_rows;
    QStringList m_keys;
    QString m_timestamp;
    QString m_delete;
    QStringList m_targetColumns;
    TargetKind m_targetKind = TargetKind::Fliplet;
    bool m_picking = false; // the job syncs chosen columns, not every one
    QHash<int, QString> m_issues;
};

} // namespace Ferry
