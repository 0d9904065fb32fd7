#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantAnimation>

class QAbstractItemView;

namespace groov::gui {

class StepDelegate;
class StepListModel;

// Turns the running steps' icons in a view, and only while a step runs: no timer ticks on an idle page.
class StepSpinner : public QObject
{
    Q_OBJECT
public:
    StepSpinner(QAbstractItemView *view, StepDelegate *delegate, StepListModel *model);

    bool isSpinning() const { return m_animation.state() == QAbstractAnimation::Running; }

private:
    void setSpinning(bool spinning);
    void turn(const QVariant &angle);

    QPointer<QAbstractItemView> m_view;
    StepDelegate *m_delegate;
    StepListModel *m_model;
    QVariantAnimation m_animation;
};

} // namespace groov::gui
