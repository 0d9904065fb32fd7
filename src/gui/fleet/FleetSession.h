#pragma once

#include "FleetPlan.h"
#include "FleetRun.h"
#include "ProfileStore.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace groov {
class SecretStore;
}

namespace groov::gui {

// What the Fleet window works on, without a widget: the plan, its devices' keys found (FleetTargetResolver, as the
// command does), the run, each device's log, the history appended at the end and the reports exported. Files are
// written off the GUI thread.
class FleetSession : public QObject
{
    Q_OBJECT

public:
    FleetSession(ProfileStore profiles, SecretStore *keychain, QObject *parent = nullptr);
    ~FleetSession() override;

    // The engine's waits; tests compress them.
    void setTimings(const UpdateTimings &timings) { m_timings = timings; }
    const ProfileStore &profiles() const { return m_profiles; }

    // A plan file (FleetPlan::load: every problem names its field). Replaces the plan shown, unless a run goes on.
    [[nodiscard]] Status loadPlan(const QString &path);
    // A plan built here (from saved profiles); relative paths have none to be relative to.
    void setPlan(const FleetPlan &plan);
    bool hasPlan() const { return !m_plan.devices.isEmpty(); }
    const FleetPlan &plan() const { return m_plan; }

    // Finds every device's key, then runs the plan with the user's choices (force, allowDowngrade, the factory reset
    // confirmed; the session's timings replace options.timings); refused() when a key is not found (nothing is sent
    // then).
    void start(const FleetRunOptions &options);
    bool isBusy() const; // keys being found, or a run not finished
    FleetRun *run() const { return m_run; }
    bool isPaused() const { return m_run && m_run->isPaused(); }
    void setPaused(bool paused);
    // What the next interrupt() does; empty when nothing runs.
    QString interruptConsequence() const;
    int interruptions() const { return m_interruptions; }
    void interrupt();

    QStringList deviceLog(int index) const { return m_logs.value(index); }

    // The finished run's JSON report at jsonPath and the CSV beside it; exported() or exportFailed() follows.
    void exportReport(const QString &jsonPath);

Q_SIGNALS:
    void planChanged();
    void runStarted(groov::FleetRun *run);
    void refused(const QString &message);
    // The run's own messages and warnings, for its log.
    void message(const QString &text);
    void deviceLogged(int index, const QString &line);
    void pausedChanged(bool paused);
    void finished(groov::FleetOutcome outcome);
    void exported(const QStringList &paths);
    void exportFailed(const QString &message);

private:
    void onResolved(const QList<FleetTarget> &targets);
    void addToLog(int index, const QString &line);
    void onFinished();

    ProfileStore m_profiles;
    QPointer<SecretStore> m_keychain;
    UpdateTimings m_timings;
    FleetPlan m_plan;
    QString m_planPath;
    FleetRunOptions m_options;
    bool m_resolving = false;
    FleetRun *m_run = nullptr;
    QDateTime m_startedAt;
    int m_interruptions = 0;
    QList<QStringList> m_logs;
};

} // namespace groov::gui
