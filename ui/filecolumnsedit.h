// FileColumnsEdit: the editor of a connector field of type FileColumns (a Fliplet target's file columns): a
// table of column, type (local file or remote URL) and directory, with buttons to add and remove rows, and
// below it the headers of the selected remote column (a KeyValueEdit). Its value is the field's QVariantList
// of QVariantMap (connectors/flipletfilesfield.h); rows without a column name are left out.
#pragma once

#include <QVariant>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QToolButton;

namespace Ferry {

class KeyValueEdit;

class FileColumnsEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileColumnsEdit)
public:
    explicit FileColumnsEdit(QWidget *parent = nullptr);

    QVariantList columns() const;
    void setColumns(const QVariantList &columns);

    QTableWidget *table() const { return m_table; }
    KeyValueEdit *headersEdit() const { return m_headers; }
    QLabel *secretHeadersLabel() const { return m_secretHeaders; }
    // The type box of a row.
    QComboBox *typeBox(int row) const;
    // Adds an empty row (a local file column) and starts editing its name.
    void addRow();
    void removeSelectedRows();

signals:
    void changed();

private:
    void insertRow(const QVariantMap &column);
    void handleCurrentRowChanged();
    void handleHeadersChanged();
    void updateHeadersEnabled();

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QLabel *m_headersLabel;
    KeyValueEdit *m_headers;
    QLabel *m_secretHeaders; // the selected column's headers whose value is a secret, named
    int m_headersRow = -1;   // the row whose headers m_headers shows
};

} // namespace Ferry
