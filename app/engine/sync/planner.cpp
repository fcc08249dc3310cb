#include "planner.h"

#include "core/values.h"

#include <QCoreApplication>

#include <string_view>
#include <unordered_map>

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

QVariantList Plan::values(const Change &c) const
{
    if (c.action == ChangeAction::Delete && c.targetRow >= 0)
        return target->rows.row(c.targetRow);
    if (c.sourceRow >= 0)
        return source->rows.row(c.sourceRow);
    return {};
}

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Ferry::Planner", text, disambiguation, n);
}

constexpr char KeySeparator = '\x1f';

struct Columns
{
    std::vector<int> key;
    int timestamp = -1;
    int deleted = -1;
};

Result<int> findColumn(const QStringList &columns, const QString &name, const QString &role)
{
    const qsizetype i = columns.indexOf(name);
    if (i < 0)
        return Error{ErrorCode::InvalidConfig,
                     tr("the %1 column '%2' is not among the source's columns (%3): check the spelling, or add it "
                        "to the query or the mapping")
                         .arg(role, name, columns.join(QStringLiteral(", "))),
                     {}};
    return static_cast<int>(i);
}

// Appends a row's key to out; appends nothing when a part is missing.
void appendRowKey(std::string &out, const RowSet &rows, qint64 row, const std::vector<int> &keyColumns,
                  bool caseInsensitive)
{
    const size_t start = out.size();
    for (size_t k = 0; k < keyColumns.size(); ++k) {
        const QByteArray part = rows.keyText(row, keyColumns[k], caseInsensitive);
        if (part.isEmpty()) {
            out.resize(start); // the whole key is missing
            return;
        }
        if (k)
            out.push_back(KeySeparator);
        out.append(part.constData(), static_cast<size_t>(part.size()));
    }
}

// The normalised keys of every row of a set, packed in one string: key i is text[offset[i], offset[i+1]).
// An empty key means a key part is missing (null or blank).
struct KeyTable
{
    std::string text;
    std::vector<std::uint32_t> offset{0};

    std::string_view at(qsizetype i) const
    {
        const auto b = offset[static_cast<size_t>(i)];
        return std::string_view(text).substr(b, offset[static_cast<size_t>(i) + 1] - b);
    }

    static KeyTable build(const RowSet &rows, const std::vector<int> &keyColumns, bool caseInsensitive)
    {
        KeyTable t;
        t.offset.reserve(static_cast<size_t>(rows.size()) + 1);
        t.text.reserve(static_cast<size_t>(rows.size()) * 8);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            appendRowKey(t.text, rows, r, keyColumns, caseInsensitive);
            t.offset.push_back(static_cast<std::uint32_t>(t.text.size()));
        }
        return t;
    }
};

class Planner
{
public:
    Planner(std::shared_ptr<const RecordSet> source, std::shared_ptr<const TargetSnapshot> target,
            const SyncRules &rules, Columns cols)
        : m_source(source->rows), m_target(target->rows), m_rules(rules), m_cols(std::move(cols))
    {
        m_plan.columns = source->columns;
        m_plan.sourceRows = m_source.size();
        m_plan.targetRows = m_target.size();
        m_plan.source = std::move(source);
        m_plan.target = std::move(target);
        m_plan.keyColumns = m_cols.key;
        m_plan.caseInsensitiveKey = rules.caseInsensitiveKey;
        // Reasons shared by many rows are made once (QString is implicitly shared).
        m_notInTarget = tr("not in the target");
        m_appended = tr("appended (no key)");
        m_contentDiffers = tr("content differs");
        m_deletedColumn = tr("marked deleted in '%1'").arg(rules.deleteColumn);
        m_orphan = tr("not in the source (replace mode)");
    }

    Plan run()
    {
        if (m_cols.key.empty())
            planWithoutKey();
        else
            planWithKey();
        applySafeguard();
        return std::move(m_plan);
    }

private:
    void add(ChangeAction action, qint64 sourceRow, qint64 targetRow, QString reason, QList<FieldChange> fields = {})
    {
        switch (action) {
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
        const RowSet &rows = action == ChangeAction::Delete ? m_target : m_source;
        const qint64 row = action == ChangeAction::Delete ? targetRow : sourceRow;
        m_plan.changes.push_back(
            Change{action, sourceRow, targetRow, displayKey(rows, row), std::move(reason), std::move(fields)});
    }

    QString displayKey(const RowSet &rows, qint64 row) const
    {
        if (m_cols.key.empty() || row < 0)
            return {};
        QStringList parts;
        for (int c : m_cols.key)
            parts.append(Values::displayText(rows.value(row, c)));
        return parts.join(QStringLiteral(", "));
    }

    bool flaggedDeleted(qint64 row) const { return m_cols.deleted >= 0 && m_source.isTruthy(row, m_cols.deleted); }

    void planWithoutKey()
    {
        m_plan.warnings.append(tr("no key is set, so every row is appended (inserted again on every run); set a key "
                                  "to update rows in place"));
        const QString cannotFind = tr("marked deleted; without a key it cannot be found in the target");
        for (qint64 r = 0; r < m_source.size(); ++r) {
            if (flaggedDeleted(r))
                add(ChangeAction::Skip, r, -1, cannotFind);
            else
                add(ChangeAction::Insert, r, -1, m_appended);
        }
    }

    void planWithKey()
    {
        const bool ci = m_rules.caseInsensitiveKey;
        const KeyTable sourceKeys = KeyTable::build(m_source, m_cols.key, ci);
        const KeyTable targetKeys = KeyTable::build(m_target, m_cols.key, ci);

        std::unordered_map<std::string_view, std::uint32_t> occurrences;
        occurrences.reserve(static_cast<size_t>(m_source.size()));
        for (qint64 r = 0; r < m_source.size(); ++r)
            if (const auto k = sourceKeys.at(r); !k.empty())
                ++occurrences[k];

        // First target record per key; later ones are duplicates in the target.
        std::unordered_map<std::string_view, std::uint32_t> targetIndex;
        targetIndex.reserve(static_cast<size_t>(m_target.size()));
        std::vector<qint64> targetDuplicates, targetKeyless;
        for (qint64 t = 0; t < m_target.size(); ++t) {
            const auto k = targetKeys.at(t);
            if (k.empty())
                targetKeyless.push_back(t);
            else if (!targetIndex.emplace(k, static_cast<std::uint32_t>(t)).second)
                targetDuplicates.push_back(t);
        }

        std::vector<bool> matched(static_cast<size_t>(m_target.size()), false);
        const QString emptyKey = tr("the key (%1) is empty or null; every row needs a key value (0 is fine)")
                                     .arg(m_rules.keyColumns.join(QStringLiteral(", ")));
        for (qint64 r = 0; r < m_source.size(); ++r) {
            const auto key = sourceKeys.at(r);
            if (key.empty()) {
                add(ChangeAction::Error, r, -1, emptyKey);
                continue;
            }
            const auto t = targetIndex.find(key);
            const qint64 targetRow = t == targetIndex.end() ? -1 : static_cast<qint64>(t->second);
            if (targetRow >= 0)
                matched[static_cast<size_t>(targetRow)] = true; // never an orphan, whatever happens to the row
            const std::uint32_t count = occurrences[key];
            if (count > 1) {
                add(ChangeAction::Error, r, targetRow,
                    tr("the key appears %1 times in the source; none of these rows is written until the "
                       "duplicates are fixed")
                        .arg(count));
                continue;
            }
            planRow(r, targetRow);
        }

        // What the target has that the source does not.
        if (m_rules.mode == SyncMode::Replace) {
            for (qint64 t = 0; t < m_target.size(); ++t) {
                const auto k = targetKeys.at(t);
                if (!matched[static_cast<size_t>(t)] && !k.empty() && targetIndex[k] == t)
                    add(ChangeAction::Delete, -1, t, m_orphan);
            }
            for (qint64 t : targetDuplicates) {
                const qint64 first = targetIndex[targetKeys.at(t)];
                add(ChangeAction::Delete, -1, t,
                    tr("duplicate in the target of entry %1 (replace mode keeps one)")
                        .arg(m_plan.target->ids[static_cast<size_t>(first)]));
            }
            const QString keyless = tr("has no key in the target (replace mode)");
            for (qint64 t : targetKeyless)
                add(ChangeAction::Delete, -1, t, keyless);
            return;
        }
        if (!targetDuplicates.empty())
            m_plan.warnings.append(tr("%n target entries repeat the key of another entry; only the first of each is "
                                      "updated (replace mode would delete the repeats)",
                                      nullptr, static_cast<int>(targetDuplicates.size())));
        if (!targetKeyless.empty())
            m_plan.warnings.append(tr("%n target entries have no key value and are left alone", nullptr,
                                      static_cast<int>(targetKeyless.size())));
    }

    void planRow(qint64 r, qint64 t)
    {
        if (flaggedDeleted(r)) {
            if (t < 0)
                add(ChangeAction::Skip, r, -1,
                    tr("marked deleted in '%1' and not in the target").arg(m_rules.deleteColumn));
            else if (m_rules.mode == SyncMode::Append)
                add(ChangeAction::Skip, r, t,
                    tr("marked deleted in '%1', but append mode never deletes").arg(m_rules.deleteColumn));
            else
                add(ChangeAction::Delete, r, t, m_deletedColumn);
            return;
        }
        if (t < 0) {
            add(ChangeAction::Insert, r, -1, m_notInTarget);
            return;
        }

        QString reason;
        bool update = false;
        const int ts = m_cols.timestamp;
        if (ts >= 0 && !m_source.isNull(r, ts)) {
            const auto local = m_source.timestamp(r, ts);
            if (!local) {
                add(ChangeAction::Error, r, t,
                    tr("'%1' in '%2' is not a date-time; use ISO 8601 (2024-02-01T09:00:00Z) or SQL form "
                       "(2024-02-01 09:00:00)")
                        .arg(Values::displayText(m_source.value(r, ts)), m_rules.timestampColumn));
                return;
            }
            const auto there = m_target.timestamp(t, ts);
            if (!there) {
                update = true;
                reason = m_target.isNull(t, ts)
                             ? tr("the target has no '%1'").arg(m_rules.timestampColumn)
                             : tr("the target's '%1' (%2) is not a date-time")
                                   .arg(m_rules.timestampColumn, Values::displayText(m_target.value(t, ts)));
            } else if (*local > *there) {
                update = true;
                reason =
                    tr("newer in the source (%1 > %2)")
                        .arg(Values::displayText(m_source.value(r, ts)), Values::displayText(m_target.value(t, ts)));
            }
        } else {
            update = m_source.hashRow(r) != m_target.hashRow(t);
            if (update)
                reason = ts >= 0 ? tr("content differs (no source timestamp)") : m_contentDiffers;
        }

        if (!update) {
            add(ChangeAction::Unchanged, r, t, {});
            return;
        }
        QList<FieldChange> fields = fieldChanges(r, t);
        if (fields.isEmpty()) {
            add(ChangeAction::Unchanged, r, t, {});
            return;
        }
        if (m_rules.mode == SyncMode::Append) {
            add(ChangeAction::Skip, r, t, tr("already in the target; append mode does not update"), std::move(fields));
            return;
        }
        add(ChangeAction::Update, r, t, reason, std::move(fields));
    }

    QList<FieldChange> fieldChanges(qint64 r, qint64 t) const
    {
        QList<FieldChange> out;
        for (int c = 0; c < m_source.columnCount(); ++c)
            if (m_source.json(r, c) != m_target.json(t, c))
                out.append(FieldChange{m_plan.columns[c], m_target.value(t, c), m_source.value(r, c)});
        return out;
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

    const RowSet &m_source;
    const RowSet &m_target;
    const SyncRules &m_rules;
    const Columns m_cols;
    Plan m_plan;
    QString m_notInTarget, m_appended, m_contentDiffers, m_deletedColumn, m_orphan;
};

} // namespace

std::string rowKey(const RowSet &rows, qint64 row, const std::vector<int> &keyColumns, bool caseInsensitive)
{
    std::string key;
    appendRowKey(key, rows, row, keyColumns, caseInsensitive);
    return key;
}

Result<Plan> planSync(std::shared_ptr<const RecordSet> source, std::shared_ptr<const TargetSnapshot> target,
                      const SyncRules &rules)
{
    Q_ASSERT(source && target && target->columns == source->columns);
    Columns cols;
    for (const QString &k : rules.keyColumns) {
        FERRY_TRY(i, findColumn(source->columns, k, tr("key")));
        cols.key.push_back(i);
    }
    if (!rules.timestampColumn.isEmpty()) {
        FERRY_TRY(i, findColumn(source->columns, rules.timestampColumn, tr("timestamp")));
        cols.timestamp = i;
    }
    if (!rules.deleteColumn.isEmpty()) {
        FERRY_TRY(i, findColumn(source->columns, rules.deleteColumn, tr("delete")));
        cols.deleted = i;
    }
    return Planner(std::move(source), std::move(target), rules, std::move(cols)).run();
}

} // namespace Ferry
