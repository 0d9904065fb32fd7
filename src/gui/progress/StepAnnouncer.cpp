#include "StepAnnouncer.h"

#include <QAccessible>
#include <QLabel>

namespace groov::gui {

StepAnnouncer::StepAnnouncer(StepListModel *model, QLabel *label) : QObject(label), m_label(label)
{
    connect(model, &StepListModel::stateChanged, this, &StepAnnouncer::onStateChanged);
}

QString StepAnnouncer::sentence(StepListModel::Step step, StepListModel::State state)
{
    return tr("Step %1 of %2: %3 — %4")
        .arg(static_cast<int>(step) + 1)
        .arg(StepListModel::StepCount)
        .arg(UpdateTimeline::stepName(step), UpdateTimeline::stateName(state));
}

void StepAnnouncer::onStateChanged(StepListModel::Step step, StepListModel::State state)
{
    // A step that starts, or ends other than done, is news; a step done is followed at once by the next one starting.
    if (state == StepListModel::State::Running || state == StepListModel::State::Failed ||
        state == StepListModel::State::Unverified)
        announce(sentence(step, state));
}

void StepAnnouncer::announce(const QString &text)
{
    if (text.isEmpty())
        return;
    m_label->setText(text);
    // The label is named by its text: a new name is what a screen reader watching the window speaks. Sent here
    // rather than left to QLabel, which sends it only while the label has no accessible name of its own.
    QAccessibleEvent changed(m_label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    Q_EMIT announced(text);
}

} // namespace groov::gui
