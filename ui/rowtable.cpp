#include "rowtable.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ferry::RowTable {

QHBoxLayout *setUp(QTableWidget *table, QToolButton *add, const QString &addText, QToolButton *remove,
                   const QString &removeText)
{
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setFixedHeight(table->fontMetrics().lineSpacing() * 6 + 16);
    const auto button = [](QToolButton *b, const char *icon, const QString &text) {
        b->setIcon(Icons::icon(QLatin1String(icon)));
        b->setAccessibleName(text);
        b->setToolTip(text);
    };
    button(add, "list-add", addText);
    button(remove, "list-remove", removeText);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return layout;
}

int removeSelectedRows(QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &i : table->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && table->currentRow() >= 0)
        rows.append(table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows)
        table->removeRow(r);
    return static_cast<int>(rows.size());
}

} // namespace Ferry::RowTable
