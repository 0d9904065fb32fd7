#pragma once

#include <QStyledItemDelegate>

namespace groov::gui {

// The fleet table's Step cell: the step's words, and below them a thin bar of the device's whole update while it
// runs (FleetTableModel::ProgressRole), drawn like the progress page's bars.
class FleetStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int barHeight(const QStyleOptionViewItem &option);
};

} // namespace groov::gui
