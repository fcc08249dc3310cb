#include "keyvalueedit.h"

#include "rowtable.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>

namespace Ferry {

KeyValueEdit::KeyValueEdit(const QString &nameHeader, const QString &valueHeader, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_add(new QToolButton(this)),
      m_remove(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("keyValueTable"));
    m_table->setHorizontalHeaderLabels({nameHeader, valueHeader});
    m_add->setObjectName(QStringLiteral("addRowToolButton"));
    m_remove->setObjectName(QStringLiteral("removeRowToolButton"));
    setLayout(RowTable::setUp(m_table, m_add, tr("Add a row"), m_remove, tr("Remove the selected rows")));
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
    if (RowTable::removeSelectedRows(m_table) > 0)
        emit changed();
}

} // namespace Ferry
