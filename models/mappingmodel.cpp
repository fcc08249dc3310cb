#include "mappingmodel.h"

namespace Ferry {

namespace {

QString comparable(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c != u'_' && c != u' ' && c != u'-')
            out.append(c.toCaseFolded());
    return out;
}

bool typeIs(const QString &type, std::initializer_list<const char *> words)
{
    const QString t = type.toLower();
    for (const char *w : words)
        if (t.contains(QLatin1String(w)))
            return true;
    return false;
}

} // namespace

MappingModel::MappingModel(QObject *parent) : QAbstractTableModel(parent) {}

void MappingModel::load(const JobSpec &job)
{
    beginResetModel();
    m_rows.clear();
    for (const FieldMapping &m : job.mapping)
        m_rows.append(Row{m.from, QString(), m.to, true});
    m_keys = job.rules.keyColumns;
    m_timestamp = job.rules.timestampColumn;
    m_delete = job.rules.deleteColumn;
    m_targetKind = job.targetKind;
    m_picking = !job.mapping.isEmpty();
    m_issues.clear();
    endResetModel();
}

void MappingModel::apply(JobSpec &job) const
{
    job.mapping.clear();
    bool identity = true;
    for (const Row &r : m_rows)
        if (!r.included || r.to != r.from)
            identity = false;
    // An explicit mapping only when it picks or renames (or the job had one and the columns are not known).
    if (!identity)
        for (const Row &r : m_rows)
            if (r.included)
                job.mapping.append(FieldMapping{r.from, r.to});
    job.rules.keyColumns = m_keys;
    job.rules.timestampColumn = m_timestamp;
    job.rules.deleteColumn = m_delete;
}

void MappingModel::setSourceColumns(const QList<ColumnInfo> &columns)
{
    beginResetModel();
    QList<Row> rows;
    // A loaded mapping with no types yet keeps its settings: rows are found by source name.
    QHash<QString, Row> old;
    for (const Row &r : std::as_const(m_rows))
        old.insert(r.from, r);
    // A job that picks its columns gets new ones unticked; one that syncs every column, ticked.
    const bool picking =
        m_picking || std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.included; });
    for (const ColumnInfo &c : columns) {
        Row row{c.name, c.type, c.name, !picking};
        if (const auto it = old.constFind(c.name); it != old.cend()) {
            row.to = it->to;
            row.included = it->included;
        }
        rows.append(row);
    }
    m_rows = rows;
    m_picking = picking;
    m_issues.clear();
    endResetModel();
}

void MappingModel::setTargetColumns(const QStringList &columns)
{
    m_targetColumns = columns;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NoteColumn), index(int(m_rows.size()) - 1, NoteColumn));
}

void MappingModel::setTargetKind(TargetKind kind)
{
    if (kind == m_targetKind)
        return;
    m_targetKind = kind;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NoteColumn), index(int(m_rows.size()) - 1, NoteColumn));
}

void MappingModel::autoMap()
{
    if (m_rows.isEmpty())
        return;
    QHash<QString, QString> byName;
    for (const QString &c : std::as_const(m_targetColumns))
        byName.insert(comparable(c), c);
    QHash<QString, QString> renamed; // old target name -> new, for the roles
    for (Row &r : m_rows) {
        const QString to = byName.value(comparable(r.from), r.from);
        if (to != r.to)
            renamed.insert(r.to, to);
        r.to = to;
        r.included = true;
    }
    m_picking = false;
    for (QString &k : m_keys)
        k = renamed.value(k, k);
    m_timestamp = renamed.value(m_timestamp, m_timestamp);
    m_delete = renamed.value(m_delete, m_delete);
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit mappingEdited();
}

void MappingModel::setIssues(const QHash<int, QString> &issues)
{
    if (issues == m_issues)
        return;
    m_issues = issues;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NoteColumn), index(int(m_rows.size()) - 1, NoteColumn));
}

int MappingModel::rowOfMappingEntry(int entry) const
{
    int n = -1;
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).included && ++n == entry)
            return row;
    return -1;
}

QStringList MappingModel::targetFields() const
{
    QStringList out;
    for (const Row &r : m_rows)
        if (r.included)
            out.append(r.to);
    return out;
}

QString MappingModel::warning(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.included)
        return {};
    QStringList notes;
    if (hasRole(r, KeyColumn) && typeIs(r.type, {"real", "float", "double"}))
        notes.append(tr("a floating-point key may not match exactly: prefer a whole number or text"));
    if (hasRole(r, TimestampColumn) && !r.type.isEmpty() &&
        !typeIs(r.type, {"date", "time", "int", "real", "float", "double", "numeric", "decimal"}))
        notes.append(tr("timestamps are read from this text: ISO 8601 or a common SQL form"));
    if (m_targetKind == TargetKind::Fliplet && typeIs(r.type, {"blob", "bytea", "binary", "image"}))
        notes.append(tr("bytes are sent as base64 text"));
    if (!m_targetColumns.isEmpty() && !m_targetColumns.contains(r.to)) {
        const bool otherCase = std::any_of(m_targetColumns.begin(), m_targetColumns.end(), [&r](const QString &c) {
            return c.compare(r.to, Qt::CaseInsensitive) == 0;
        });
        if (otherCase && m_targetKind == TargetKind::Fliplet)
            notes.append(tr("the data source has this field in another case: Fliplet field names are case-sensitive"));
        else if (!otherCase)
            notes.append(m_targetKind == TargetKind::Fliplet ? tr("a new field in the data source")
                                                             : tr("not a column of the table (yet)"));
    }
    return notes.join(QStringLiteral("; "));
}

bool MappingModel::hasRole(const Row &row, Column column) const
{
    if (row.to.isEmpty())
        return false;
    switch (column) {
    case KeyColumn:
        return m_keys.contains(row.to);
    case TimestampColumn:
        return m_timestamp == row.to;
    case DeleteColumn:
        return m_delete == row.to;
    default:
        return false;
    }
}

void MappingModel::setRole(int row, Column column, bool on)
{
    const QString name = m_rows.at(row).to;
    if (name.isEmpty())
        return;
    switch (column) {
    case KeyColumn:
        if (on && !m_keys.contains(name))
            m_keys.append(name);
        else if (!on)
            m_keys.removeAll(name);
        break;
    case TimestampColumn:
        m_timestamp = on ? name : QString();
        break;
    case DeleteColumn:
        m_delete = on ? name : QString();
        break;
    default:
        return;
    }
    // Timestamp and delete columns are one each: other rows lose the check.
    emit dataChanged(index(0, KeyColumn), index(int(m_rows.size()) - 1, NoteColumn));
}

void MappingModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case SourceColumn:
            return r.from;
        case TypeColumn:
            return r.type;
        case TargetColumn:
            return r.to;
        case NoteColumn:
            return m_issues.contains(index.row()) ? m_issues.value(index.row()) : warning(index.row());
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == SourceColumn)
            return r.included ? Qt::Checked : Qt::Unchecked;
        if (column == KeyColumn || column == TimestampColumn || column == DeleteColumn)
            return hasRole(r, column) && r.included ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (column == NoteColumn || column == TargetColumn)
            return m_issues.contains(index.row()) ? m_issues.value(index.row()) : warning(index.row());
        if (column == SourceColumn)
            return r.included ? tr("Synced") : tr("Not synced");
        return {};
    case IssueRole:
        return m_issues.contains(index.row());
    default:
        return {};
    }
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &r = m_rows[index.row()];
    const auto column = Column(index.column());
    if (role == Qt::EditRole && column == TargetColumn) {
        const QString to = value.toString().trimmed();
        if (to == r.to)
            return false;
        // The roles follow the field when it is renamed.
        const QString old = r.to;
        const bool key = hasRole(r, KeyColumn), ts = hasRole(r, TimestampColumn), del = hasRole(r, DeleteColumn);
        r.to = to;
        if (key)
            m_keys.replace(m_keys.indexOf(old), to);
        if (ts)
            m_timestamp = to;
        if (del)
            m_delete = to;
        emitRowChanged(index.row());
        emit mappingEdited();
        return true;
    }
    if (role != Qt::CheckStateRole)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    if (column == SourceColumn) {
        if (on == r.included)
            return false;
        r.included = on;
        if (!on) // a field not written cannot have a role
            for (Column c : {KeyColumn, TimestampColumn, DeleteColumn})
                if (hasRole(r, c))
                    setRole(index.row(), c, false);
        emitRowChanged(index.row());
        emit mappingEdited();
        return true;
    }
    if (column == KeyColumn || column == TimestampColumn || column == DeleteColumn) {
        if (!r.included || on == hasRole(r, column))
            return false;
        setRole(index.row(), column, on);
        emit mappingEdited();
        return true;
    }
    return false;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row &r = m_rows.at(index.row());
    switch (Column(index.column())) {
    case SourceColumn:
        return f | Qt::ItemIsUserCheckable;
    case TargetColumn:
        return r.included ? f | Qt::ItemIsEditable : f;
    case KeyColumn:
    case TimestampColumn:
    case DeleteColumn:
        return r.included ? f | Qt::ItemIsUserCheckable : Qt::ItemIsSelectable;
    default:
        return f;
    }
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case SourceColumn:
            return tr("Source column");
        case TypeColumn:
            return tr("Type");
        case TargetColumn:
            return tr("Target field");
        case KeyColumn:
            return tr("Key");
        case TimestampColumn:
            return tr("Timestamp");
        case DeleteColumn:
            return tr("Soft delete");
        case NoteColumn:
            return tr("Notes");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case KeyColumn:
            return tr("Rows match target records by these fields (several: a composite key)");
        case TimestampColumn:
            return tr("Update a record only when this field is newer in the source");
        case DeleteColumn:
            return tr("Rows with a value in this field are deleted from the target");
        default:
            break;
        }
    }
    return {};
}

} // namespace Ferry
