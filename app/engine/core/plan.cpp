#include "plan.h"

#include "values.h"

namespace Ferry {

QString changeActionName(ChangeAction action)
{
    switch (action) {
    case ChangeAction::Insert:
        return QStringLiteral("insert");
    case ChangeAction::Update:
        return QStringLiteral("update");
    case ChangeAction::Delete:
        return QStringLiteral("delete");
    case ChangeAction::Unchanged:
        return QStringLiteral("unchanged");
    case ChangeAction::Skip:
        return QStringLiteral("skip");
    case ChangeAction::Error:
        return QStringLiteral("error");
    }
    return {};
}

namespace {

// The count that an action adds to.
qint64 Counts::*countOf(ChangeAction action)
{
    switch (action) {
    case ChangeAction::Insert:
        return &Counts::inserted;
    case ChangeAction::Update:
        return &Counts::updated;
    case ChangeAction::Delete:
        return &Counts::deleted;
    case ChangeAction::Unchanged:
        return &Counts::unchanged;
    case ChangeAction::Skip:
        return &Counts::skipped;
    case ChangeAction::Error:
        break;
    }
    return &Counts::failed;
}

} // namespace

void Counts::add(ChangeAction action, qint64 n)
{
    this->*countOf(action) += n;
}

qint64 Counts::of(ChangeAction action) const
{
    return this->*countOf(action);
}

QVariantList Plan::values(const Change &c) const
{
    if (c.action == ChangeAction::Delete && c.targetRow >= 0)
        return target->rows.row(c.targetRow);
    if (c.sourceRow >= 0)
        return source->rows.row(c.sourceRow);
    return {};
}

QString Plan::key(const Change &c) const
{
    const bool fromTarget = c.sourceRow < 0;
    const RowSet &rows = fromTarget ? target->rows : source->rows;
    const qint64 row = fromTarget ? c.targetRow : c.sourceRow;
    if (keyColumns.empty() || row < 0)
        return {};
    QStringList parts;
    for (int k : keyColumns)
        parts.append(Values::displayText(rows.value(row, k)));
    return parts.join(QStringLiteral(", "));
}

QByteArray Plan::keyUtf8(const Change &c) const
{
    const bool fromTarget = c.sourceRow < 0;
    const RowSet &rows = fromTarget ? target->rows : source->rows;
    const qint64 row = fromTarget ? c.targetRow : c.sourceRow;
    if (keyColumns.empty() || row < 0)
        return {};
    QByteArray out;
    for (size_t i = 0; i < keyColumns.size(); ++i) {
        if (i)
            out.append(", ");
        if (!rows.appendDisplayText(out, row, keyColumns[i]))
            return key(c).toUtf8();
    }
    return out;
}

QString Plan::reason(const Change &c) const
{
    const QString timestampName = timestampColumn >= 0 ? columns[timestampColumn] : QString();
    const QString deleteName = deleteColumn >= 0 ? columns[deleteColumn] : QString();
    const auto sourceText = [&](int column) { return Values::displayText(source->rows.value(c.sourceRow, column)); };
    const auto targetText = [&](int column) { return Values::displayText(target->rows.value(c.targetRow, column)); };

    switch (c.reason) {
    case ChangeReason::None:
        return {};
    case ChangeReason::NotInTarget:
        return tr("not in the target");
    case ChangeReason::Appended:
        return tr("appended (no key)");
    case ChangeReason::ContentDiffers:
        return tr("content differs");
    case ChangeReason::ContentDiffersNoTime:
        return tr("content differs (no source timestamp)");
    case ChangeReason::NewerInSource:
        return tr("newer in the source (%1 > %2)").arg(sourceText(timestampColumn), targetText(timestampColumn));
    case ChangeReason::TargetHasNoTime:
        return tr("the target has no '%1'").arg(timestampName);
    case ChangeReason::TargetTimeInvalid:
        return tr("the target's '%1' (%2) is not a date-time").arg(timestampName, targetText(timestampColumn));
    case ChangeReason::MarkedDeleted:
        return tr("marked deleted in '%1'").arg(deleteName);
    case ChangeReason::Orphan:
        return tr("not in the source (replace mode)");
    case ChangeReason::TargetDuplicate:
        return tr("duplicate in the target of entry %1 (replace mode keeps one)").arg(target->ids[c.detail]);
    case ChangeReason::TargetKeyless:
        return tr("has no key in the target (replace mode)");
    case ChangeReason::DeletedNotInTarget:
        return tr("marked deleted in '%1' and not in the target").arg(deleteName);
    case ChangeReason::DeletedInAppendMode:
        return tr("marked deleted in '%1', but append mode never deletes").arg(deleteName);
    case ChangeReason::DeletedWithoutKey:
        return tr("marked deleted; without a key it cannot be found in the target");
    case ChangeReason::AppendNoUpdate:
        return tr("already in the target; append mode does not update");
    case ChangeReason::ExcludedByUser:
        return tr("excluded from this run");
    case ChangeReason::EmptyKey: {
        QStringList keyNames;
        for (int k : keyColumns)
            keyNames.append(columns[k]);
        return tr("the key (%1) is empty or null; every row needs a key value (0 is fine)")
            .arg(keyNames.join(QStringLiteral(", ")));
    }
    case ChangeReason::DuplicateSourceKey:
        return tr("the key appears %1 times in the source; none of these rows is written until the duplicates are "
                  "fixed")
            .arg(c.detail);
    case ChangeReason::InvalidTimestamp:
        return tr("'%1' in '%2' is not a date-time; use ISO 8601 (2024-02-01T09:00:00Z), SQL form "
                  "(2024-02-01 09:00:00) or Unix time in seconds or milliseconds")
            .arg(sourceText(timestampColumn), timestampName);
    case ChangeReason::SourceRowError:
        return source->rowErrors[c.detail].message;
    }
    return {};
}

QList<FieldChange> Plan::fieldChanges(const Change &c) const
{
    QList<FieldChange> out;
    if (c.sourceRow < 0 || c.targetRow < 0 || c.action == ChangeAction::Delete)
        return out;
    const RowSet &s = source->rows;
    const RowSet &t = target->rows;
    for (int i = 0; i < s.columnCount(); ++i)
        if (!s.sameValue(c.sourceRow, i, t, c.targetRow, i))
            out.append(FieldChange{columns[i], t.value(c.targetRow, i), s.value(c.sourceRow, i)});
    return out;
}

} // namespace Ferry
