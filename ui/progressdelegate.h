// Draws the job list's "Last run" cell as a progress bar while the job's run writes to its target.
#pragma once

#include <QStyledItemDelegate>

namespace Ferry {

class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Ferry
