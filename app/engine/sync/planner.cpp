#include "planner.h"

#include "core/rowkey.h"
#include "core/values.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <future>
#include <optional>

namespace Ferry {

namespace {

class PlannerText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Planner)
};

// Sides at least this large are indexed on two threads at once.
constexpr qint64 ParallelIndexRows = 50000;
// Sources at least this large are planned in two halves on two threads (Testing::setParallelPlanRows).
std::atomic<qint64> parallelPlanRows{100000};

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
        return Error{
            ErrorCode::InvalidConfig,
            PlannerText::tr("the %1 column '%2' is not among the source's columns (%3): check the spelling, or add it "
                            "to the query or the mapping")
                .arg(role, name, columns.join(QStringLiteral(", "))),
            {}};
    return static_cast<int>(i);
}

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
        m_plan.timestampColumn = m_cols.timestamp;
        m_plan.deleteColumn = m_cols.deleted;
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
    // Where changes go: the plan, or the changes of a range of rows planned on another thread, appended to the
    // plan afterwards in row order.
    struct Part
    {
        Counts &counts;
        std::vector<Change> &changes;
        qint64 firstRow; // the first row this part plans
    };

    Part whole() { return Part{m_plan.counts, m_plan.changes, 0}; }

    void add(Part &part, ChangeAction action, qint64 sourceRow, qint64 targetRow, ChangeReason reason,
             std::uint32_t detail = 0) const
    {
        part.counts.add(action);
        if (action == ChangeAction::Unchanged) // unchanged rows are only counted
            return;
        std::vector<Change> &changes = part.changes;
        if (changes.size() == changes.capacity())
            changes.reserve(grownCapacity(part, sourceRow));
        changes.push_back(Change{sourceRow, targetRow, action, reason, detail});
    }

    // The changes of a million rows take 24 MB: growing them by doubling holds the old and the new vector
    // at once (1.5 times that) while planning holds its key maps, the moment of a large plan's peak memory.
    // Instead, grow to what the share of changes among the rows planned so far projects for all the rows
    // from there on (so the plan has room for the part planned on another thread, too).
    size_t grownCapacity(const Part &part, qint64 sourceRow) const
    {
        const size_t size = part.changes.size();
        const size_t rows = static_cast<size_t>(m_source.size() + m_target.size()); // at most a change each
        size_t grown = std::max<size_t>(1024, size * 2);
        if (sourceRow >= part.firstRow && size >= 1024) {
            const double share = double(size) / double(sourceRow - part.firstRow + 1);
            const auto projected = static_cast<size_t>(share * double(m_source.size() - part.firstRow) * 1.05) + 1024;
            if (projected >= size + size / 2)
                grown = projected;
        }
        return std::max(size + 1, std::min(grown, rows));
    }

    // The index in RecordSet::rowErrors of the source's error for row, if it has one.
    std::optional<std::uint32_t> rowError(qint64 row) const
    {
        const std::vector<SourceRowError> &errors = m_plan.source->rowErrors;
        if (errors.empty())
            return std::nullopt;
        if (const SourceRowError *e = m_plan.source->rowError(row))
            return static_cast<std::uint32_t>(e - errors.data());
        return std::nullopt;
    }

    bool flaggedDeleted(qint64 row) const { return m_cols.deleted >= 0 && m_source.isTruthy(row, m_cols.deleted); }

    void planWithoutKey()
    {
        m_plan.warnings.append(
            PlannerText::tr("no key is set, so every row is appended (inserted again on every run); set a key "
                            "to update rows in place"));
        Part plan = whole();
        for (qint64 r = 0; r < m_source.size(); ++r) {
            if (const auto e = rowError(r))
                add(plan, ChangeAction::Error, r, -1, ChangeReason::SourceRowError, *e);
            else if (flaggedDeleted(r))
                add(plan, ChangeAction::Skip, r, -1, ChangeReason::DeletedWithoutKey);
            else
                add(plan, ChangeAction::Insert, r, -1, ChangeReason::Appended);
        }
    }

    void planWithKey()
    {
        const bool ci = m_rules.caseInsensitiveKey;
        // How often each source key occurs, and the first target record of each key (later ones are
        // duplicates in the target). The two sides are independent: large ones are indexed on two threads.
        KeyTable sourceKeys;
        std::optional<KeyMap> occurrences;
        bool sourceDuplicates = false; // without any, every key occurs once: no need to look counts up
        const auto indexSource = [&] {
            sourceKeys = KeyTable::build(m_source, m_cols.key, ci);
            occurrences.emplace(sourceKeys, static_cast<size_t>(m_source.size()));
            for (qint64 r = 0; r < m_source.size(); ++r) {
                if (sourceKeys.at(r).empty())
                    continue;
                bool inserted = false;
                ++occurrences->insert(static_cast<std::uint32_t>(r), &inserted).value;
                sourceDuplicates |= !inserted;
            }
        };
        std::future<void> sourceIndexed;
        if (m_source.size() >= ParallelIndexRows && m_target.size() >= ParallelIndexRows)
            sourceIndexed = std::async(std::launch::async, indexSource);
        else
            indexSource();
        KeyTable targetKeys = KeyTable::build(m_target, m_cols.key, ci);
        std::optional<KeyMap> targetIndex(std::in_place, targetKeys, static_cast<size_t>(m_target.size()));
        std::vector<qint64> targetDuplicates, targetKeyless;
        for (qint64 t = 0; t < m_target.size(); ++t) {
            bool inserted = false;
            if (targetKeys.at(t).empty())
                targetKeyless.push_back(t);
            else if (targetIndex->insert(static_cast<std::uint32_t>(t), &inserted); !inserted)
                targetDuplicates.push_back(t);
        }
        if (sourceIndexed.valid())
            sourceIndexed.get();
        if (!sourceDuplicates)
            occurrences.reset(); // every count is 1: its 12 bytes a slot are better freed before the plan grows

        // Each source row is planned on its own, so a large source is planned in two halves on two threads;
        // the second half's changes are appended after the first's.
        std::vector<std::atomic<std::uint8_t>> matched(static_cast<size_t>(m_target.size())); // zeros
        // A row the source could not read, whose key is unknown, may be any target entry: replace mode then
        // deletes no orphans rather than risk deleting it.
        std::atomic_bool keylessSourceErrors{false};
        const auto planRows = [&](Part part, qint64 end) {
            // Looking a key up in a large map waits for memory: the slot of the key a few rows ahead is
            // fetched meanwhile (its hash kept for when its row comes).
            constexpr qint64 Ahead = 8;
            std::uint64_t hashes[Ahead];
            const qint64 begin = part.firstRow;
            for (qint64 r = begin; r < std::min(begin + Ahead, end); ++r) {
                hashes[r % Ahead] = keyHash(sourceKeys.at(r));
                targetIndex->prefetch(hashes[r % Ahead]);
            }
            for (qint64 r = begin; r < end; ++r) {
                const std::uint64_t hash = hashes[r % Ahead];
                if (r + Ahead < end) {
                    hashes[r % Ahead] = keyHash(sourceKeys.at(r + Ahead));
                    targetIndex->prefetch(hashes[r % Ahead]);
                }
                const auto key = sourceKeys.at(r);
                const auto sourceError = rowError(r);
                if (key.empty()) {
                    if (sourceError) {
                        add(part, ChangeAction::Error, r, -1, ChangeReason::SourceRowError, *sourceError);
                        keylessSourceErrors.store(true, std::memory_order_relaxed);
                    } else
                        add(part, ChangeAction::Error, r, -1, ChangeReason::EmptyKey);
                    continue;
                }
                const KeyMap::Slot *t = targetIndex->find(key, hash);
                const qint64 targetRow = t ? static_cast<qint64>(t->row) : -1;
                if (targetRow >= 0)
                    matched[static_cast<size_t>(targetRow)].store(1, std::memory_order_relaxed); // never an orphan
                if (sourceError) { // its target entry, if any, is left alone
                    add(part, ChangeAction::Error, r, targetRow, ChangeReason::SourceRowError, *sourceError);
                    continue;
                }
                const std::uint32_t count = sourceDuplicates ? occurrences->find(key, hash)->value : 1;
                if (count > 1) {
                    add(part, ChangeAction::Error, r, targetRow, ChangeReason::DuplicateSourceKey, count);
                    continue;
                }
                planRow(part, r, targetRow);
            }
        };
        // Only replace mode looks keys up after the source's rows are planned.
        const auto releaseKeys = [&] {
            occurrences.reset();
            targetIndex.reset();
            sourceKeys = KeyTable();
            targetKeys = KeyTable();
        };
        const qint64 rows = m_source.size();
        if (rows >= parallelPlanRows.load()) {
            const qint64 half = rows / 2;
            Counts secondCounts;
            std::vector<Change> secondChanges;
            auto second = std::async(std::launch::async, [&] {
                planRows(Part{secondCounts, secondChanges, half}, rows);
            });
            planRows(whole(), half);
            second.get();
            if (m_rules.mode != SyncMode::Replace)
                releaseKeys(); // before the halves are joined, which briefly holds the second one twice
            for (int a = 0; a <= static_cast<int>(ChangeAction::Error); ++a)
                m_plan.counts.add(static_cast<ChangeAction>(a), secondCounts.of(static_cast<ChangeAction>(a)));
            if (m_plan.changes.capacity() < m_plan.changes.size() + secondChanges.size())
                m_plan.changes.reserve(m_plan.changes.size() + secondChanges.size());
            m_plan.changes.insert(m_plan.changes.end(), secondChanges.begin(), secondChanges.end());
        } else {
            planRows(whole(), rows);
        }

        // What the target has that the source does not.
        if (m_rules.mode == SyncMode::Replace && keylessSourceErrors.load()) {
            m_plan.warnings.append(
                PlannerText::tr("rows the source could not read have no key, so replace mode deletes no target "
                                "entries missing from the source this run (one of them may be such a row); fix "
                                "those rows to delete them"));
        } else if (m_rules.mode == SyncMode::Replace) {
            Part plan = whole();
            for (qint64 t = 0; t < m_target.size(); ++t) {
                const auto k = targetKeys.at(t);
                if (!matched[static_cast<size_t>(t)].load(std::memory_order_relaxed) && !k.empty() &&
                    targetIndex->find(k)->row == t)
                    add(plan, ChangeAction::Delete, -1, t, ChangeReason::Orphan);
            }
            for (qint64 t : targetDuplicates)
                add(plan, ChangeAction::Delete, -1, t, ChangeReason::TargetDuplicate,
                    targetIndex->find(targetKeys.at(t))->row);
            for (qint64 t : targetKeyless)
                add(plan, ChangeAction::Delete, -1, t, ChangeReason::TargetKeyless);
            return;
        }
        if (!targetDuplicates.empty())
            m_plan.warnings.append(
                PlannerText::tr("%n target entries repeat the key of another entry; only the first of each is "
                                "updated (replace mode would delete the repeats)",
                                nullptr, static_cast<int>(targetDuplicates.size())));
        if (!targetKeyless.empty())
            m_plan.warnings.append(PlannerText::tr("%n target entries have no key value and are left alone", nullptr,
                                                   static_cast<int>(targetKeyless.size())));
    }

    void planRow(Part &part, qint64 r, qint64 t) const
    {
        if (flaggedDeleted(r)) {
            if (t < 0)
                add(part, ChangeAction::Skip, r, -1, ChangeReason::DeletedNotInTarget);
            else if (m_rules.mode == SyncMode::Append)
                add(part, ChangeAction::Skip, r, t, ChangeReason::DeletedInAppendMode);
            else
                add(part, ChangeAction::Delete, r, t, ChangeReason::MarkedDeleted);
            return;
        }
        const int ts = m_cols.timestamp;
        // Every row's timestamp is checked, inserts included: a value that cannot be compared would insert
        // fine now and fail on every later run.
        std::optional<std::int64_t> local;
        if (ts >= 0 && !m_source.isNull(r, ts)) {
            local = m_source.timestamp(r, ts);
            if (!local) {
                add(part, ChangeAction::Error, r, t, ChangeReason::InvalidTimestamp);
                return;
            }
        }
        if (t < 0) {
            add(part, ChangeAction::Insert, r, -1, ChangeReason::NotInTarget);
            return;
        }

        ChangeReason reason = ChangeReason::None;
        if (local) {
            const auto there = m_target.timestamp(t, ts);
            if (!there)
                reason = m_target.isNull(t, ts) ? ChangeReason::TargetHasNoTime : ChangeReason::TargetTimeInvalid;
            else if (*local > *there)
                reason = ChangeReason::NewerInSource;
            // A newer timestamp with every field equal (or only the timestamp's form differing) changes nothing.
            if (reason != ChangeReason::None && sameRow(r, t))
                reason = ChangeReason::None;
        } else if (!sameRow(r, t)) {
            reason = ts >= 0 ? ChangeReason::ContentDiffersNoTime : ChangeReason::ContentDiffers;
        }
        if (reason == ChangeReason::None) {
            add(part, ChangeAction::Unchanged, r, t, ChangeReason::None);
            return;
        }
        if (m_rules.mode == SyncMode::Append) {
            add(part, ChangeAction::Skip, r, t, ChangeReason::AppendNoUpdate);
            return;
        }
        add(part, ChangeAction::Update, r, t, reason);
    }

    bool sameRow(qint64 r, qint64 t) const { return m_source.sameRow(r, m_target, t); }

    void applySafeguard()
    {
        if (auto hold = deleteSafeguardHold(m_plan.counts.deleted, m_plan.targetRows, m_rules.safeguard)) {
            m_plan.held = true;
            m_plan.heldReason = *hold;
        }
    }

    const RowSet &m_source;
    const RowSet &m_target;
    const SyncRules &m_rules;
    const Columns m_cols;
    Plan m_plan;
};

} // namespace

qint64 Testing::setParallelPlanRows(qint64 rows)
{
    return parallelPlanRows.exchange(rows);
}

std::optional<QString> deleteSafeguardHold(qint64 deletes, qint64 targetRows, const DeleteSafeguard &g)
{
    if (deletes == 0)
        return std::nullopt;
    const double share = targetRows > 0 ? double(deletes) / double(targetRows) : 1.0;
    if (deletes <= g.maxRows && share <= g.maxShare)
        return std::nullopt;
    return PlannerText::tr(
               "the plan deletes %1 of %2 target rows (%3%), above the safeguard (%4 rows or %5%); review the plan and "
               "confirm to apply it")
        .arg(deletes)
        .arg(targetRows)
        .arg(QString::number(share * 100.0, 'f', 0))
        .arg(g.maxRows)
        .arg(QString::number(g.maxShare * 100.0, 'f', 0));
}

Result<Plan> planSync(std::shared_ptr<const RecordSet> source, std::shared_ptr<const TargetSnapshot> target,
                      const SyncRules &rules)
{
    Q_ASSERT(source && target && target->columns == source->columns);
    Columns cols;
    for (const QString &k : rules.keyColumns) {
        FERRY_TRY(i, findColumn(source->columns, k, PlannerText::tr("key")));
        cols.key.push_back(i);
    }
    if (!rules.timestampColumn.isEmpty()) {
        FERRY_TRY(i, findColumn(source->columns, rules.timestampColumn, PlannerText::tr("timestamp")));
        cols.timestamp = i;
    }
    if (!rules.deleteColumn.isEmpty()) {
        FERRY_TRY(i, findColumn(source->columns, rules.deleteColumn, PlannerText::tr("delete")));
        cols.deleted = i;
    }
    return Planner(std::move(source), std::move(target), rules, std::move(cols)).run();
}

std::shared_ptr<const Plan> planWithExclusions(const std::shared_ptr<const Plan> &plan,
                                               const std::vector<qint64> &excluded, const DeleteSafeguard &safeguard)
{
    if (!plan || excluded.empty())
        return plan;
    auto applied = std::make_shared<Plan>(*plan);
    for (qint64 i : excluded) {
        if (i < 0 || i >= static_cast<qint64>(applied->changes.size()))
            continue;
        Change &c = applied->changes[static_cast<size_t>(i)];
        if (!Plan::isWrite(c.action))
            continue;
        applied->counts.add(c.action, -1);
        applied->counts.add(ChangeAction::Skip);
        c.action = ChangeAction::Skip;
        c.reason = ChangeReason::ExcludedByUser;
    }
    const auto hold = deleteSafeguardHold(applied->counts.deleted, applied->targetRows, safeguard);
    applied->held = hold.has_value();
    applied->heldReason = hold.value_or(QString());
    return applied;
}

} // namespace Ferry
