#include "keyvalueedit.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ferry {

KeyValueEdit::KeyValueEdit(const QString &nameHeader, const QString &valueHeader, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_add(new QToolButton(this)),
      m_remove(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("keyValueTable"));
    m_table->setHorizontalHeaderLabels({nameHeader, valueHeader});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setFixedHeight(m_table->fontMetrics().lineSpacing() * 6 + 16);
    m_add->setObjectName(QStringLiteral("addRowToolButton"));
    m_add->setIcon(Icons::icon(QStringLiteral("list-add")));
    m_add->setAccessibleName(tr("Add a row"));
    m_add->setToolTip(tr("Add a row"));
    m_remove->setObjectName(QStringLiteral("removeRowToolButton"));
    m_remove->setIcon(Icons::icon(QStringLiteral("list-remove")));
    m_remove->setAccessibleName(tr("Remove the selected rows"));
    m_remove->setToolTip(tr("Remove the selected rows"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    connect(m_add, &QToolButton::clicked, this, &KeyValueEdit::addRow);
    connect(m_remove, &QToolButton::clicked, this, &KeyValueEdit::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueEdit::changed);
}

QVariantList KeyValueEdit::pairs() const
{
    QVariantList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString name = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        const QString value = m_table->item(r, 1) ? m_table->item(r, 1)->text() : QString();
        if (!name.isEmpty())
            out.append(QVariant(QStringList{name, value}));
    }
    return out;
}

void KeyValueEdit::setPairs(const QVariantList &pairs)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        for (const QVariant &pair : pairs) {
            const QStringList p = pair.toStringList();
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            m_table->setItem(r, 0, new QTableWidgetItem(p.value(0)));
            m_table->setItem(r, 1, new QTableWidgetItem(p.value(1)));
        }
    }
    emit changed();
}

void KeyValueEdit::addRow()
{
    const int r = m_table->rowCount();
    {
        const QSignalBlocker block(m_table);
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem);
        m_table->setItem(r, 1, new QTableWidgetItem);
    }
    m_table->setCurrentCell(r, 0);
    m_table->editItem(m_table->item(r, 0));
}

void KeyValueEdit::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows)
        m_table->removeRow(r);
    if (!rows.isEmpty())
        emit changed();
}

} // namespace Ferry
