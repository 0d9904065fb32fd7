#pragma once

#include "UpdateTimeline.h"
#include "UpdateTypes.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

#include <array>
#include <functional>

namespace groov {
class UpdateController;
}

namespace groov::gui {

// The steps of an update as rows for a view: a view of the controller's UpdateTimeline, which decides every state,
// time and word. This class only turns the timeline into roles and tells the view which rows changed.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(double overallFraction READ overallFraction NOTIFY overallFractionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    using Step = groov::UpdateStep;
    using State = groov::StepState;
    static constexpr int StepCount = UpdateTimeline::StepCount;

    enum Roles : int {
        StateRole = Qt::UserRole + 1, // State
        ElapsedRole,                  // QString "1:23"; empty before the step starts
        ProgressRole,                 // int 0..1000 for the upload, -1 for steps without a measurable progress
        DetailRole,                   // QString, e.g. "12.5 of 60.0 MB · 8.1 MB/s · ETA 0:05"
        StepRole,                     // Step
        StartedRole,                  // QDateTime, invalid before the step starts
        FinishedRole,                 // QDateTime, invalid until the step ends
        StateTextRole // QString, the state in a word ("done"): shown beside the icon, never colour alone
    };
    Q_ENUM(Roles)

    using Clock = std::function<QDateTime()>;

    explicit StepListModel(QObject *parent = nullptr);

    // The time running steps' elapsed figures are counted to; tests inject a clock they move by hand.
    void setClock(Clock clock);
    void attach(groov::UpdateController *controller);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const UpdateTimeline &timeline() const { return m_timeline; }
    State state(Step step) const { return m_timeline.state(step); }
    QModelIndex indexOf(Step step) const { return index(static_cast<int>(step)); }
    double overallFraction() const { return m_timeline.overallFraction(); }
    bool isRunning() const { return m_timeline.isRunning(); }

public Q_SLOTS:
    void showTimeline(const groov::UpdateTimeline &timeline);
    // Running steps' elapsed times (and the restart step's "no answer for") move on with the clock: call this every
    // second or so.
    void refreshElapsed();

Q_SIGNALS:
    void stateChanged(groov::UpdateStep step, groov::StepState state);
    void overallFractionChanged(double fraction);
    void runningChanged(bool running);

private:
    void notifyRow(Step step, const QList<int> &roles);
    // The detail as a view last got it: a different text may need another row height.
    bool detailMoved(Step step);

    UpdateTimeline m_timeline;
    Clock m_clock;
    QPointer<groov::UpdateController> m_controller;
    std::array<QString, StepCount> m_shownDetail;
    double m_notifiedFraction = 0.0;
    bool m_notifiedRunning = false;
};

} // namespace groov::gui
