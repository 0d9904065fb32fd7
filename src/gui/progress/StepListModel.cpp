#include "StepListModel.h"

#include "UpdateController.h"

#include <utility>

namespace groov::gui {

namespace {
// What changes while a step runs without changing its state: its bar, its figures and its clock.
const QList<int> &progressRoles()
{
    static const QList<int> roles{StepListModel::ProgressRole, StepListModel::DetailRole, StepListModel::ElapsedRole,
                                  Qt::ToolTipRole, Qt::AccessibleTextRole};
    return roles;
}
} // namespace

StepListModel::StepListModel(QObject *parent)
    : QAbstractListModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void StepListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void StepListModel::attach(UpdateController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller)
        connect(controller, &UpdateController::timelineChanged, this, &StepListModel::showTimeline);
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StepCount;
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto step = static_cast<Step>(index.row());
    const UpdateTimeline::Step &row = m_timeline.step(step);
    switch (role) {
    case Qt::DisplayRole:
        return UpdateTimeline::stepName(step);
    case Qt::ToolTipRole:
    case DetailRole:
        return m_timeline.detailText(step, m_clock());
    case Qt::AccessibleTextRole:
        return m_timeline.accessibleText(step, m_clock());
    case StateRole:
        return QVariant::fromValue(row.state);
    case StateTextRole:
        return UpdateTimeline::stateName(row.state);
    case ElapsedRole:
        return m_timeline.elapsedText(step, m_clock());
    case ProgressRole:
        return m_timeline.progressPerMille(step).value_or(-1);
    case StepRole:
        return QVariant::fromValue(step);
    case StartedRole:
        return row.startedAt;
    case FinishedRole:
        return row.finishedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(ElapsedRole, "elapsed");
    names.insert(ProgressRole, "progress");
    names.insert(DetailRole, "detail");
    names.insert(StepRole, "step");
    names.insert(StartedRole, "started");
    names.insert(FinishedRole, "finished");
    names.insert(StateTextRole, "stateText");
    return names;
}

void StepListModel::showTimeline(const UpdateTimeline &timeline)
{
    const UpdateTimeline before = std::exchange(m_timeline, timeline);
    for (int i = 0; i < StepCount; ++i) {
        const auto step = static_cast<Step>(i);
        // No roles means every role, Qt::SizeHintRole included: the view lays the row out again. The running
        // upload's figures change many times a second and keep their length: its bar and text only.
        if (m_timeline.step(step) != before.step(step)) {
            detailMoved(step);
            notifyRow(step, {});
        } else if (step == Step::Upload && m_timeline.state(step) == State::Running) {
            notifyRow(step, progressRoles());
        } else if (detailMoved(step)) {
            notifyRow(step, {});
        }
        if (m_timeline.state(step) != before.state(step))
            Q_EMIT stateChanged(step, m_timeline.state(step));
    }
    const double fraction = overallFraction();
    if (!qFuzzyCompare(1.0 + fraction, 1.0 + m_notifiedFraction)) {
        m_notifiedFraction = fraction;
        Q_EMIT overallFractionChanged(fraction);
    }
    const bool running = isRunning();
    if (running != m_notifiedRunning) {
        m_notifiedRunning = running;
        Q_EMIT runningChanged(running);
    }
}

void StepListModel::refreshElapsed()
{
    for (int i = 0; i < StepCount; ++i) {
        const auto step = static_cast<Step>(i);
        if (state(step) != State::Running)
            continue;
        // The restart step's "no answer for" grows with the clock, and may wrap onto another line.
        notifyRow(step, detailMoved(step) ? QList<int>() : QList<int>{ElapsedRole, Qt::AccessibleTextRole});
    }
}

bool StepListModel::detailMoved(Step step)
{
    QString detail = m_timeline.detailText(step, m_clock());
    QString &shown = m_shownDetail[static_cast<std::size_t>(step)];
    if (detail == shown)
        return false;
    shown = std::move(detail);
    return true;
}

void StepListModel::notifyRow(Step step, const QList<int> &roles)
{
    const QModelIndex changed = indexOf(step);
    Q_EMIT dataChanged(changed, changed, roles);
}

} // namespace groov::gui
