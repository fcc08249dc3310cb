// KeyValueEdit: a small table of name/value pairs for a connector field of type KeyValues (HTTP headers,
// query parameters), with buttons to add and remove rows. Its value is a QVariantList of QStringList{name,
// value}, in the table's order; rows without a name are left out.
#pragma once

#include <QVariant>
#include <QWidget>

class QTableWidget;
class QToolButton;

namespace Ferry {

class KeyValueEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueEdit)
public:
    // nameHeader/valueHeader: the columns' titles ("Header", "Value").
    KeyValueEdit(const QString &nameHeader, const QString &valueHeader, QWidget *parent = nullptr);

    QVariantList pairs() const;
    void setPairs(const QVariantList &pairs);
    QTableWidget *table() const { return m_table; }
    // Adds an empty row and starts editing its name.
    void addRow();
    void removeSelectedRows();

signals:
    void changed();

private:
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace Ferry
