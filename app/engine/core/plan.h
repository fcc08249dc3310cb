// Plan: what a sync would do, one Change per record that needs attention, plus summary counts.
// Dry runs show it; apply executes exactly it (minus what the user excluded). A Change is 24 bytes of
// row indexes and a reason code: its key, its reason in words and its field-level diff are computed
// from the rows the plan keeps when asked for, so a plan over a million rows costs little more than
// those rows.
#pragma once

#include "recordset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <memory>
#include <vector>

namespace Ferry {

enum class ChangeAction : std::uint8_t { Insert, Update, Delete, Unchanged, Skip, Error };

QString changeActionName(ChangeAction action);

// Why the planner chose a change's action. Plan::reason() spells it out.
enum class ChangeReason : std::uint8_t {
    None,
    NotInTarget,          // insert
    Appended,             // insert without a key
    ContentDiffers,       // update, no timestamp column
    ContentDiffersNoTime, // update: the source row has no timestamp, the content differs
    NewerInSource,        // update: source timestamp > target timestamp
    TargetHasNoTime,      // update: the target has no timestamp value
    TargetTimeInvalid,    // update: the target's timestamp is not a date-time
    MarkedDeleted,        // delete: the delete column is set
    Orphan,               // delete: not in the source (replace mode)
    TargetDuplicate,      // delete: repeats the key of another target entry (detail: that entry's row)
    TargetKeyless,        // delete: no key in the target (replace mode)
    DeletedNotInTarget,   // skip
    DeletedInAppendMode,  // skip
    DeletedWithoutKey,    // skip
    AppendNoUpdate,       // skip: differs, but append mode does not update
    ExcludedByUser,       // skip: excluded from apply
    EmptyKey,             // error
    DuplicateSourceKey,   // error (detail: how many rows share the key)
    InvalidTimestamp,     // error: the source's timestamp is not a date-time
    SourceRowError,       // error: the source could not read the row (detail: its index in RecordSet::rowErrors)
};

struct Change
{
    qint64 sourceRow = -1; // the row written (insert, update) or concerned (skip, error)
    qint64 targetRow = -1; // the target record updated or deleted
    ChangeAction action = ChangeAction::Unchanged;
    ChangeReason reason = ChangeReason::None;
    std::uint32_t detail = 0; // see ChangeReason
};

// Counts of a plan (what it would do) or of a run (what it did). One type for both.
struct Counts
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;
    qint64 failed = 0;       // plan: rows with errors; run: rows that failed
    qint64 notAttempted = 0; // run: planned, but the run stopped before their batch

    qint64 writes() const { return inserted + updated + deleted; }
    void add(ChangeAction action, qint64 n = 1);
    qint64 of(ChangeAction action) const; // the count that action adds to (Error: failed)
    friend bool operator==(const Counts &, const Counts &) = default;
};

struct FieldChange
{
    QString field;
    QVariant before;
    QVariant after;
};

struct Plan
{
    QStringList columns; // of both row sets
    std::shared_ptr<const RecordSet> source;
    std::shared_ptr<const TargetSnapshot> target;
    std::vector<Change> changes; // every record except unchanged ones, in source order, then deletes
    Counts counts;
    QStringList warnings;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    bool held = false; // the delete safeguard tripped: apply needs explicit confirmation
    QString heldReason;
    std::vector<int> keyColumns; // empty: no key (append everything)
    bool caseInsensitiveKey = false;
    int timestampColumn = -1;
    int deleteColumn = -1;

    bool hasRemoteId(const Change &c) const { return c.targetRow >= 0; }
    qint64 remoteId(const Change &c) const { return target->ids[static_cast<size_t>(c.targetRow)]; }
    // The remote id as text: the target's own id (TargetSnapshot::idTexts) or the integer id in decimal.
    QString remoteIdText(const Change &c) const
    {
        const qint64 id = remoteId(c);
        return target->idTexts.isEmpty() ? QString::number(id) : target->idTexts.at(id);
    }
    // The row a change writes (its source row) or, for deletes, the row it removes.
    QVariantList values(const Change &c) const;
    // The key as people read it: composite parts joined by ", "; empty without a key.
    QString key(const Change &c) const;
    // The same key as UTF-8, written straight from the rows when its parts are integers or ASCII text.
    QByteArray keyUtf8(const Change &c) const;
    // Why, in words.
    QString reason(const Change &c) const;
    // For updates (and skips in append mode): the fields that differ, target value before, source after.
    QList<FieldChange> fieldChanges(const Change &c) const;
    static bool isWrite(ChangeAction a)
    {
        return a == ChangeAction::Insert || a == ChangeAction::Update || a == ChangeAction::Delete;
    }

    Q_DECLARE_TR_FUNCTIONS(Ferry::Plan)
};

} // namespace Ferry
