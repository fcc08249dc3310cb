#include "filecolumnsedit.h"

#include "keyvalueedit.h"
#include "rowtable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ferry {

namespace {
constexpr int ColumnName = 0;
constexpr int ColumnType = 1;
constexpr int ColumnDirectory = 2;
constexpr int HeadersRole = Qt::UserRole + 1;
constexpr int SecretHeadersRole = Qt::UserRole + 2; // [name, reference] pairs from the job file, kept as they are
} // namespace

FileColumnsEdit::FileColumnsEdit(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 3, this)), m_add(new QToolButton(this)),
      m_remove(new QToolButton(this)), m_headersLabel(new QLabel(this)),
      m_headers(new KeyValueEdit(tr("Header"), tr("Value"), this))
{
    m_table->setObjectName(QStringLiteral("fileColumnsTable"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Directory (local files)")});
    m_add->setObjectName(QStringLiteral("addFileColumnToolButton"));
    m_remove->setObjectName(QStringLiteral("removeFileColumnToolButton"));
    QHBoxLayout *top =
        RowTable::setUp(m_table, m_add, tr("Add a file column"), m_remove, tr("Remove the selected file columns"));
    m_headers->setObjectName(QStringLiteral("fileHeadersKeyValueEdit"));
    m_headers->table()->setAccessibleName(tr("Headers sent to the file's host"));
    m_headersLabel->setObjectName(QStringLiteral("fileHeadersLabel"));
    m_headersLabel->setText(tr("Headers sent to the selected remote column's host (never the Fliplet token):"));
    m_headersLabel->setWordWrap(true);
    m_headersLabel->setBuddy(m_headers->table());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_headersLabel);
    layout->addWidget(m_headers);
    m_secretHeaders = new QLabel(this);
    m_secretHeaders->setObjectName(QStringLiteral("fileSecretHeadersLabel"));
    m_secretHeaders->setWordWrap(true);
    m_secretHeaders->hide();
    layout->addWidget(m_secretHeaders);
    setFocusProxy(m_table);

    connect(m_add, &QToolButton::clicked, this, &FileColumnsEdit::addRow);
    connect(m_remove, &QToolButton::clicked, this, &FileColumnsEdit::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, &FileColumnsEdit::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &FileColumnsEdit::handleCurrentRowChanged);
    connect(m_headers, &KeyValueEdit::changed, this, &FileColumnsEdit::handleHeadersChanged);
    updateHeadersEnabled();
}

QComboBox *FileColumnsEdit::typeBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, ColumnType));
}

void FileColumnsEdit::insertRow(const QVariantMap &column)
{
    const int r = m_table->rowCount();
    const QSignalBlocker block(m_table);
    m_table->insertRow(r);
    auto *name = new QTableWidgetItem(column.value(QStringLiteral("column")).toString());
    name->setData(HeadersRole, column.value(QStringLiteral("headers")).toList());
    name->setData(SecretHeadersRole, column.value(QStringLiteral("secretHeaders")).toList());
    m_table->setItem(r, ColumnName, name);
    m_table->setItem(r, ColumnDirectory, new QTableWidgetItem(column.value(QStringLiteral("directory")).toString()));
    auto *type = new QComboBox(m_table);
    type->setObjectName(QStringLiteral("fileTypeComboBox"));
    type->setAccessibleName(tr("Type of the file column"));
    type->addItem(tr("Local file"), QStringLiteral("local"));
    type->addItem(tr("Remote URL"), QStringLiteral("remote"));
    type->setCurrentIndex(column.value(QStringLiteral("type")).toString() == u"remote" ? 1 : 0);
    connect(type, &QComboBox::currentIndexChanged, this, [this] {
        updateHeadersEnabled();
        emit changed();
    });
    m_table->setCellWidget(r, ColumnType, type);
}

QVariantList FileColumnsEdit::columns() const
{
    QVariantList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *name = m_table->item(r, ColumnName);
        const QString column = name ? name->text().trimmed() : QString();
        const QString type = typeBox(r) ? typeBox(r)->currentData().toString() : QStringLiteral("local");
        const QString directory =
            m_table->item(r, ColumnDirectory) ? m_table->item(r, ColumnDirectory)->text().trimmed() : QString();
        const QVariantList headers = name ? name->data(HeadersRole).toList() : QVariantList();
        // A row left blank is no column; one with a directory or headers but no column name is kept, so that the
        // form's check names it instead of it vanishing on save.
        if (column.isEmpty() && directory.isEmpty() && headers.isEmpty())
            continue;
        QVariantMap m;
        m.insert(QStringLiteral("column"), column);
        m.insert(QStringLiteral("type"), type);
        if (type == u"local" && !directory.isEmpty())
            m.insert(QStringLiteral("directory"), directory);
        if (type == u"remote" && !headers.isEmpty())
            m.insert(QStringLiteral("headers"), headers);
        if (const QVariantList secret = name ? name->data(SecretHeadersRole).toList() : QVariantList();
            type == u"remote" && !secret.isEmpty())
            m.insert(QStringLiteral("secretHeaders"), secret);
        out.append(m);
    }
    return out;
}

void FileColumnsEdit::setColumns(const QVariantList &columns)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        for (const QVariant &c : columns)
            insertRow(c.toMap());
    }
    m_headersRow = -1;
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, ColumnName);
    handleCurrentRowChanged();
    emit changed();
}

void FileColumnsEdit::addRow()
{
    insertRow({});
    const int r = m_table->rowCount() - 1;
    m_table->setCurrentCell(r, ColumnName);
    m_table->editItem(m_table->item(r, ColumnName));
}

void FileColumnsEdit::removeSelectedRows()
{
    m_headersRow = -1; // rows shift: the headers shown are the current row's, read again
    const int removed = RowTable::removeSelectedRows(m_table);
    handleCurrentRowChanged();
    if (removed > 0)
        emit changed();
}

void FileColumnsEdit::handleCurrentRowChanged()
{
    m_headersRow = m_table->currentRow();
    const QTableWidgetItem *name = m_headersRow >= 0 ? m_table->item(m_headersRow, ColumnName) : nullptr;
    {
        const QSignalBlocker block(m_headers);
        m_headers->setPairs(name ? name->data(HeadersRole).toList() : QVariantList());
    }
    updateHeadersEnabled();
}

void FileColumnsEdit::handleHeadersChanged()
{
    QTableWidgetItem *name = m_headersRow >= 0 ? m_table->item(m_headersRow, ColumnName) : nullptr;
    if (!name)
        return;
    {
        const QSignalBlocker block(m_table);
        name->setData(HeadersRole, m_headers->pairs());
    }
    emit changed();
}

void FileColumnsEdit::updateHeadersEnabled()
{
    const QComboBox *type = m_headersRow >= 0 ? typeBox(m_headersRow) : nullptr;
    const bool remote = type && type->currentData().toString() == u"remote";
    m_headers->setEnabled(remote);
    m_headersLabel->setEnabled(remote);
    // Headers whose value is a secret reference (set in the job file) are named, not shown or edited here.
    const QTableWidgetItem *name = m_headersRow >= 0 ? m_table->item(m_headersRow, ColumnName) : nullptr;
    QStringList secret;
    for (const QVariant &pair : name ? name->data(SecretHeadersRole).toList() : QVariantList())
        secret.append(tr("%1 (from %2)").arg(pair.toStringList().value(0), pair.toStringList().value(1)));
    m_secretHeaders->setText(
        secret.isEmpty()
            ? QString()
            : tr("Also sent, from secrets the job file names: %1.").arg(secret.join(QStringLiteral(", "))));
    m_secretHeaders->setVisible(remote && !secret.isEmpty());
}

} // namespace Ferry
