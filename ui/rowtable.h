// The editable tables of the job editor's list fields (headers and query parameters, file columns): a small
// QTableWidget with "add" and "remove" tool buttons beside it. Rows are selected whole, Tab leaves the table
// (it does not walk its cells), and the table is about five rows high.
#pragma once

#include <QList>
#include <QString>

class QHBoxLayout;
class QTableWidget;
class QToolButton;

namespace Ferry::RowTable {

// Sets up table, add and remove (icons, accessible names and tooltips from addText and removeText) and returns
// a layout with the table and the buttons in a column to its right.
QHBoxLayout *setUp(QTableWidget *table, QToolButton *add, const QString &addText, QToolButton *remove,
                   const QString &removeText);

// Removes the selected rows (or else the current one); returns how many.
int removeSelectedRows(QTableWidget *table);

} // namespace Ferry::RowTable
