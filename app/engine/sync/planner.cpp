#include "planner.h"

#include "core/timestamp.h"
#include "core/values.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

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

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::Planner", text, disambiguation, n);
}

constexpr QChar KeySeparator = QChar(0x1f);

struct Columns
{
    QList<qsizetype> key;
    qsizetype timestamp = -1;
    qsizetype deleted = -1;
};

Result<qsizetype> findColumn(const QStringList &columns, const QString &name, const QString &role)
{
    const qsizetype i = columns.indexOf(name);
    if (i < 0)
        return Error{ErrorCode::InvalidConfig,
                     tr("the %1 column '%2' is not among the source's columns (%3): check the spelling, or add it "
                        "to the query or the mapping")
                         .arg(role, name, columns.join(QStringLiteral(", "))),
                     {}};
    return i;
}

// Normalised key of a row; empty when a key part is missing (null or blank).
QString rowKey(const QVariantList &values, const QList<qsizetype> &keyColumns, bool caseInsensitive)
{
    if (keyColumns.size() == 1)
        return Values::keyText(values.value(keyColumns.first()), caseInsensitive);
    QString key;
    for (qsizetype i = 0; i < keyColumns.size(); ++i) {
        const QString part = Values::keyText(values.value(keyColumns[i]), caseInsensitive);
        if (part.isEmpty())
            return {};
        if (i)
            key.append(KeySeparator);
        key.append(part);
    }
    return key;
}

QString displayKey(const QVariantList &values, const QList<qsizetype> &keyColumns)
{
    QStringList parts;
    for (qsizetype c : keyColumns)
        parts.append(Values::displayText(values.value(c)));
    return parts.join(QStringLiteral(", "));
}

QList<FieldChange> fieldChanges(const QStringList &columns, const QVariantList &before, const QVariantList &after)
{
    QList<FieldChange> out;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant &b = before.value(i);
        const QVariant &a = after.value(i);
        if (Values::toJson(b) != Values::toJson(a))
            out.append(FieldChange{columns[i], b, a});
    }
    return out;
}

class Planner
{
public:
    Planner(const RecordSet &source, const TargetSnapshot &target, const SyncRules &rules, const Columns &cols)
        : m_source(source), m_target(target), m_rules(rules), m_cols(cols)
    {
        m_plan.columns = source.columns;
        m_plan.sourceRows = static_cast<qint64>(source.rows.size());
        m_plan.targetRows = static_cast<qint64>(target.entries.size());
    }

    Plan run()
    {
        if (m_cols.key.isEmpty())
            planWithoutKey();
        else
            planWithKey();
        applySafeguard();
        return std::move(m_plan);
    }

private:
    void add(Change change)
    {
        switch (change.action) {
        case ChangeAction::Insert:
            ++m_plan.counts.inserts;
            break;
        case ChangeAction::Update:
            ++m_plan.counts.updates;
            break;
        case ChangeAction::Delete:
            ++m_plan.counts.deletes;
            break;
        case ChangeAction::Unchanged:
            ++m_plan.counts.unchanged;
            return; // not listed
        case ChangeAction::Skip:
            ++m_plan.counts.skipped;
            break;
        case ChangeAction::Error:
            ++m_plan.counts.errors;
            break;
        }
        m_plan.changes.push_back(std::move(change));
    }

    bool flaggedDeleted(const QVariantList &row) const
    {
        return m_cols.deleted >= 0 && Values::isTruthy(row.value(m_cols.deleted));
    }

    void planWithoutKey()
    {
        m_plan.warnings.append(tr("no key is set, so every row is appended (inserted again on every run); set a key "
                                  "to update rows in place"));
        for (const QVariantList &row : m_source.rows) {
            if (flaggedDeleted(row))
                add(Change{ChangeAction::Skip,
                           {},
                           {},
                           row,
                           {},
                           tr("marked deleted; without a key it cannot be found "
                              "in the target")});
            else
                add(Change{ChangeAction::Insert, {}, {}, row, {}, tr("appended (no key)")});
        }
    }

    void planWithKey()
    {
        const bool ci = m_rules.caseInsensitiveKey;
        const auto &rows = m_source.rows;

        // Source keys and how often each occurs.
        std::vector<QString> keys;
        keys.reserve(rows.size());
        QHash<QString, int> occurrences;
        occurrences.reserve(static_cast<qsizetype>(rows.size()));
        for (const QVariantList &row : rows) {
            keys.push_back(rowKey(row, m_cols.key, ci));
            if (!keys.back().isEmpty())
                ++occurrences[keys.back()];
        }

        // Target index: first entry per key; later ones are duplicates in the target.
        QHash<QString, qsizetype> targetIndex;
        targetIndex.reserve(static_cast<qsizetype>(m_target.entries.size()));
        std::vector<qsizetype> targetDuplicates, targetKeyless;
        for (qsizetype i = 0; i < static_cast<qsizetype>(m_target.entries.size()); ++i) {
            const QString k = rowKey(m_target.entries[i].values, m_cols.key, ci);
            if (k.isEmpty()) {
                targetKeyless.push_back(i);
                continue;
            }
            auto it = targetIndex.constFind(k);
            if (it == targetIndex.cend())
                targetIndex.insert(k, i);
            else
                targetDuplicates.push_back(i);
        }

        std::vector<bool> matched(m_target.entries.size(), false);
        for (size_t r = 0; r < rows.size(); ++r) {
            const QVariantList &row = rows[r];
            const QString &key = keys[r];
            const QString shownKey = displayKey(row, m_cols.key);
            if (key.isEmpty()) {
                add(Change{ChangeAction::Error,
                           shownKey,
                           {},
                           row,
                           {},
                           tr("the key (%1) is empty or null; every row needs a key value (0 is fine)")
                               .arg(m_rules.keyColumns.join(QStringLiteral(", ")))});
                continue;
            }
            const auto t = targetIndex.constFind(key);
            if (t != targetIndex.cend())
                matched[static_cast<size_t>(*t)] = true; // never an orphan, whatever happens to the row
            const int count = occurrences.value(key);
            if (count > 1) {
                add(Change{ChangeAction::Error,
                           shownKey,
                           {},
                           row,
                           {},
                           tr("the key appears %1 times in the source; none of these rows is written until the "
                              "duplicates are fixed")
                               .arg(count)});
                continue;
            }
            planRow(row, shownKey, t == targetIndex.cend() ? nullptr : &m_target.entries[static_cast<size_t>(*t)]);
        }

        // What the target has that the source does not.
        const bool mirror = m_rules.mode == SyncMode::Replace;
        for (size_t i = 0; i < m_target.entries.size(); ++i) {
            const TargetEntry &e = m_target.entries[i];
            const QString k = rowKey(e.values, m_cols.key, ci);
            if (matched[i] || k.isEmpty() || targetIndex.value(k) != static_cast<qsizetype>(i))
                continue;
            if (mirror)
                add(Change{ChangeAction::Delete,
                           displayKey(e.values, m_cols.key),
                           e.remoteId,
                           e.values,
                           {},
                           tr("not in the source (replace mode)")});
        }
        for (qsizetype i : targetDuplicates) {
            const TargetEntry &e = m_target.entries[static_cast<size_t>(i)];
            const TargetEntry &first =
                m_target.entries[static_cast<size_t>(targetIndex.value(rowKey(e.values, m_cols.key, ci)))];
            if (mirror)
                add(Change{ChangeAction::Delete,
                           displayKey(e.values, m_cols.key),
                           e.remoteId,
                           e.values,
                           {},
                           tr("duplicate in the target of entry %1 (replace mode keeps one)")
                               .arg(Values::displayText(first.remoteId))});
        }
        for (qsizetype i : targetKeyless) {
            const TargetEntry &e = m_target.entries[static_cast<size_t>(i)];
            if (mirror)
                add(Change{
                    ChangeAction::Delete, {}, e.remoteId, e.values, {}, tr("has no key in the target (replace mode)")});
        }
        if (!mirror && !targetDuplicates.empty())
            m_plan.warnings.append(tr("%n target entries repeat the key of another entry; only the first of each is "
                                      "updated (replace mode would delete the repeats)",
                                      nullptr, static_cast<int>(targetDuplicates.size())));
        if (!mirror && !targetKeyless.empty())
            m_plan.warnings.append(tr("%n target entries have no key value and are left alone", nullptr,
                                      static_cast<int>(targetKeyless.size())));
    }

    void planRow(const QVariantList &row, const QString &key, const TargetEntry *remote)
    {
        if (flaggedDeleted(row)) {
            const QString column = m_rules.deleteColumn;
            if (!remote)
                add(Change{ChangeAction::Skip,
                           key,
                           {},
                           row,
                           {},
                           tr("marked deleted in '%1' and not in the target").arg(column)});
            else if (m_rules.mode == SyncMode::Append)
                add(Change{ChangeAction::Skip,
                           key,
                           remote->remoteId,
                           row,
                           {},
                           tr("marked deleted in '%1', but append mode never deletes").arg(column)});
            else
                add(Change{ChangeAction::Delete,
                           key,
                           remote->remoteId,
                           remote->values,
                           {},
                           tr("marked deleted in '%1'").arg(column)});
            return;
        }
        if (!remote) {
            add(Change{ChangeAction::Insert, key, {}, row, {}, tr("not in the target")});
            return;
        }

        QString reason;
        bool update = false;
        if (m_cols.timestamp >= 0 && !Values::isNull(row.value(m_cols.timestamp))) {
            const QVariant &localValue = row.value(m_cols.timestamp);
            const auto local = Timestamp::parse(localValue);
            if (!local) {
                add(Change{ChangeAction::Error,
                           key,
                           remote->remoteId,
                           row,
                           {},
                           tr("'%1' in '%2' is not a date-time; use ISO 8601 (2024-02-01T09:00:00Z) or SQL form "
                              "(2024-02-01 09:00:00)")
                               .arg(Values::displayText(localValue), m_rules.timestampColumn)});
                return;
            }
            const QVariant &remoteValue = remote->values.value(m_cols.timestamp);
            const auto there = Timestamp::parse(remoteValue);
            if (!there) {
                update = true;
                reason = Values::isNull(remoteValue)
                             ? tr("the target has no '%1'").arg(m_rules.timestampColumn)
                             : tr("the target's '%1' (%2) is not a date-time")
                                   .arg(m_rules.timestampColumn, Values::displayText(remoteValue));
            } else if (*local > *there) {
                update = true;
                reason = tr("newer in the source (%1 > %2)")
                             .arg(Values::displayText(localValue), Values::displayText(remoteValue));
            }
        } else {
            update = Values::hashRow(row) != Values::hashRow(remote->values);
            if (update)
                reason = m_cols.timestamp >= 0 ? tr("content differs (no source timestamp)") : tr("content differs");
        }

        if (!update) {
            add(Change{ChangeAction::Unchanged, key, remote->remoteId, {}, {}, {}});
            return;
        }
        QList<FieldChange> fields = fieldChanges(m_plan.columns, remote->values, row);
        if (fields.isEmpty()) {
            add(Change{ChangeAction::Unchanged, key, remote->remoteId, {}, {}, {}});
            return;
        }
        if (m_rules.mode == SyncMode::Append) {
            add(Change{ChangeAction::Skip, key, remote->remoteId, row, std::move(fields),
                       tr("already in the target; append mode does not update")});
            return;
        }
        add(Change{ChangeAction::Update, key, remote->remoteId, row, std::move(fields), reason});
    }

    void applySafeguard()
    {
        const qint64 deletes = m_plan.counts.deletes;
        if (deletes == 0)
            return;
        const DeleteSafeguard &g = m_rules.safeguard;
        const double share = m_plan.targetRows > 0 ? double(deletes) / double(m_plan.targetRows) : 1.0;
        if (deletes > g.maxRows || share > g.maxShare) {
            m_plan.held = true;
            m_plan.heldReason = tr("the plan deletes %1 of %2 target rows (%3%), above the safeguard (%4 rows or "
                                   "%5%); review the plan and confirm to apply it")
                                    .arg(deletes)
                                    .arg(m_plan.targetRows)
                                    .arg(QString::number(share * 100.0, 'f', 0))
                                    .arg(g.maxRows)
                                    .arg(QString::number(g.maxShare * 100.0, 'f', 0));
        }
    }

    const RecordSet &m_source;
    const TargetSnapshot &m_target;
    const SyncRules &m_rules;
    const Columns m_cols;
    Plan m_plan;
};

} // namespace

Result<Plan> planSync(const RecordSet &source, const TargetSnapshot &target, const SyncRules &rules)
{
    Columns cols;
    for (const QString &k : rules.keyColumns) {
        FERRY_TRY(i, findColumn(source.columns, k, tr("key")));
        cols.key.append(i);
    }
    if (!rules.timestampColumn.isEmpty()) {
        FERRY_TRY(i, findColumn(source.columns, rules.timestampColumn, tr("timestamp")));
        cols.timestamp = i;
    }
    if (!rules.deleteColumn.isEmpty()) {
        FERRY_TRY(i, findColumn(source.columns, rules.deleteColumn, tr("delete")));
        cols.deleted = i;
    }
    Q_ASSERT(target.columns == source.columns);
    return Planner(source, target, rules, cols).run();
}

} // namespace Ferry
