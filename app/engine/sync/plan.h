// Plan: what a sync would do, one Change per record that needs attention, plus summary counts.
// Dry runs show it; apply executes exactly it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

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
    QString key;               // display form; composite parts joined by ", "
    QVariant remoteId;         // for updates and deletes
    QVariantList values;       // the row to write (insert, update) or the row being removed (delete)
    QList<FieldChange> fields; // updates: the fields that differ
    QString reason;
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
    QStringList columns;         // the fields of Change::values
    std::vector<Change> changes; // every record except unchanged ones, in source order, then deletes
    PlanCounts counts;
    QStringList warnings;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    bool held = false; // the delete safeguard tripped: apply needs explicit confirmation
    QString heldReason;
};

} // namespace Ferry
