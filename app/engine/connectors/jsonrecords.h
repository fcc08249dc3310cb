// Records as JSON objects, for the web targets (REST, webhook): a row written as {"column": value, …} and a
// JSON object read back into a row of given columns, with the value types the planner compares (as a
// Fliplet entry's are).
#pragma once

#include "core/rowset.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace Ferry::JsonRecords {

// The row's values as one JSON object under the column names (in column order).
QByteArray object(const RowSet &rows, qsizetype row, const QStringList &columns);
// The object's fields named by columns, as one row (null where it has none).
void appendRow(RowSet &rows, const QJsonObject &object, const QStringList &columns);
// Compact JSON text of any value (scalars included).
QByteArray valueText(const QJsonValue &value);
// The value as text, for ids and keys: strings as they are, integers in decimal; empty for null and others.
QString idText(const QJsonValue &value);
// The fields of the objects, in the order first seen (the columns of records read from a target).
QStringList columnsOf(const QList<QJsonObject> &objects);
// The same for an array of records (items that are not objects have no fields).
QStringList columnsOf(const QJsonArray &records);

} // namespace Ferry::JsonRecords
