#include "FleetStepDelegate.h"

#include "FleetTableModel.h"
#include "StepDelegate.h"

#include <QPainter>

#include <algorithm>

namespace groov::gui {

namespace {
constexpr int Margin = 3;
}

int FleetStepDelegate::barHeight(const QStyleOptionViewItem &option)
{
    return std::max(5, QFontMetrics(option.font).height() / 3);
}

void FleetStepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int permille = index.data(FleetTableModel::ProgressRole).toInt();
    if (permille < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The text keeps the upper part of the cell; the bar takes the bottom.
    const int bar = barHeight(option);
    QStyleOptionViewItem text = option;
    text.rect.setBottom(option.rect.bottom() - bar - Margin);
    QStyledItemDelegate::paint(painter, text, index);
    const QRect barRect(option.rect.left() + Margin, option.rect.bottom() - bar - Margin + 1,
                        option.rect.width() - 2 * Margin, bar);
    StepDelegate::paintBar(painter, option, barRect, permille);
}

QSize FleetStepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Room for the bar in every row, so rows do not jump when an update starts.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rheight() += barHeight(option) + 2 * Margin;
    return size;
}

} // namespace groov::gui
