// Plan: what a sync would do, one Change per record that needs attention, plus summary counts.
// Dry runs show it; apply executes exactly it. Changes point into the source and target rows the plan
// keeps, so a plan over a million rows costs little more than those rows.
#pragma once

#include "recordset.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace Ferry {

enum class ChangeAction { Insert, Update, Delete, Unchanged, Skip, Error };

QString changeActionName(ChangeAction action);

struct FieldChange
{
    QString field;
    QVariant before;
    QVariant after;
};

struct Change
{
    ChangeAction action = ChangeAction::Unchanged;
    qint64 sourceRow = -1; // the row written (insert, update) or concerned (skip, error)
    qint64 targetRow = -1; // the target record updated or deleted
    QString key;           // display form; composite parts joined by ", "
    QString reason;
    QList<FieldChange> fields; // updates: the fields that differ
};

struct PlanCounts
{
    qint64 inserts = 0;
    qint64 updates = 0;
    qint64 deletes = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;
    qint64 errors = 0;
};

struct Plan
{
    QStringList columns; // of both row sets
    std::shared_ptr<const RecordSet> source;
    std::shared_ptr<const TargetSnapshot> target;
    std::vector<Change> changes; // every record except unchanged ones, in source order, then deletes
    PlanCounts counts;
    QStringList warnings;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    bool held = false; // the delete safeguard tripped: apply needs explicit confirmation
    QString heldReason;
    std::vector<int> keyColumns; // empty: no key (append everything)
    bool caseInsensitiveKey = false;

    bool hasRemoteId(const Change &c) const { return c.targetRow >= 0; }
    qint64 remoteId(const Change &c) const { return target->ids[static_cast<size_t>(c.targetRow)]; }
    // The row a change writes (its source row) or, for deletes, the row it removes.
    QVariantList values(const Change &c) const;
};

} // namespace Ferry
