#include "StepSpinner.h"

#include "StepDelegate.h"
#include "StepListModel.h"

#include <QAbstractItemView>

namespace groov::gui {

StepSpinner::StepSpinner(QAbstractItemView *view, StepDelegate *delegate, StepListModel *model)
    : QObject(view), m_view(view), m_delegate(delegate), m_model(model)
{
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(360.0);
    m_animation.setDuration(1'000);
    m_animation.setLoopCount(-1);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, &StepSpinner::turn);
    connect(model, &StepListModel::runningChanged, this, &StepSpinner::setSpinning);
    setSpinning(model->isRunning());
}

void StepSpinner::setSpinning(bool spinning)
{
    if (spinning == isSpinning())
        return;
    if (spinning)
        m_animation.start();
    else
        m_animation.stop();
}

void StepSpinner::turn(const QVariant &angle)
{
    m_delegate->setSpinnerAngle(angle.toReal());
    if (!m_view)
        return;
    // Repaint only the running rows' cells; the rest of the list stays as it is.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(StepListModel::StateRole).value<StepListModel::State>() == StepListModel::State::Running)
            m_view->update(index);
    }
}

} // namespace groov::gui
