#pragma once

#include "StepListModel.h"

#include <QIcon>
#include <QStyledItemDelegate>

#include <array>

namespace groov::gui {

// Paints one step of a StepListModel: state icon, name, the state in a word and the elapsed time on the right, and
// below, when there is one, a progress bar (drawn by the widget's style) and a detail line. Colours come from the
// palette; the word says what the icon's colour says.
class StepDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StepDelegate(QObject *parent = nullptr);

    // The rotation of running steps' icons; a StepSpinner moves it while something runs.
    void setSpinnerAngle(qreal degrees) { m_spinnerAngle = degrees; }
    qreal spinnerAngle() const { return m_spinnerAngle; }

    static QIcon stateIcon(StepListModel::State state);
    // The one look of a progress bar in a view's row (the style's own, without text); the fleet table shares it.
    static void paintBar(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, int permille);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Where each part of a row goes; computed the same way for painting and for the size hint.
    struct Layout
    {
        QRect icon;
        QRect name;
        QRect stateWord;
        QRect elapsed;
        QRect bar;    // empty when the row has no progress bar
        QRect detail; // empty when the row has no detail line
        int height = 0;
    };
    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);
    void paintIcon(QPainter *painter, const QRect &rect, StepListModel::State state) const;

    qreal m_spinnerAngle = 0.0;
};

} // namespace groov::gui
