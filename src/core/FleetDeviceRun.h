#pragma once

#include "FleetHookRunner.h"
#include "FleetPlan.h"
#include "TlsTrust.h"
#include "UpdateReport.h"
#include "UpdateRequest.h"
#include "UpdateTimeline.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace groov {

class BandwidthBudget;
class UpdateController;
class UploadGate;

// One device of a fleet as the front end resolved it: the plan's entry, with the address and trust a profile gave,
// and its API key (held only while the run lasts).
struct FleetTarget
{
    FleetDevice device;
    QString address;
    TlsTrust trust;
    QString apiKey;
};

// Where one device of a fleet run stands. Over from Skipped on.
enum class FleetDeviceState {
    Waiting,    // not checked yet, or checked and waiting for its wave
    Checking,   // pre-flight
    BeforeHook, // its before hook runs
    Updating,   // its update runs (it may wait for a turn to upload)
    AfterHook,  // its after hook runs
    Skipped,    // at the target version, newer than it (without --allow-downgrade), or a dry run
    Succeeded,  // updated, including "not verified" and "needs commissioning", which carry a warning
    Failed,     // its pre-flight, a hook or its update failed, or it runs another model than the plan says
    NotStarted, // the run halted or was interrupted before its turn
    Cancelled   // interrupted while it ran
};

// Stable identifiers for reports and machine-readable output (not translated), and words for people.
QString fleetDeviceStateId(FleetDeviceState state);
QString fleetDeviceStateName(FleetDeviceState state);
bool fleetDeviceStateIsOver(FleetDeviceState state);

// The one device's story in a fleet run: what it is, what happened to it, and its update's own report.
struct FleetDeviceStatus
{
    FleetDeviceState state = FleetDeviceState::Waiting;
    int wave = -1;
    QString model;
    QString versionBefore;
    QString versionAfter;
    QString message;      // why it was skipped, failed or not started; or its update's final message
    QStringList warnings; // from its checks and its update
    UpdateTimeline timeline;
    bool waitingForUploadTurn = false;  // updating, but every turn to upload is taken (or the run is paused)
    std::optional<UpdateReport> report; // of its update, once one ran (or of its pre-flight when that failed)
    std::optional<FleetHookResult> beforeHook;
    std::optional<FleetHookResult> afterHook;
};

// Where an updating device is, for a table cell or a live line: its step and progress ("Upload 42%"), or that it
// waits for a turn to upload; empty when it is not updating or between two steps.
QString fleetDeviceStepText(const FleetDeviceStatus &status);

// Runs everything a fleet does for one device: its pre-flight (check()), then run(): the before hook, the update
// (one UpdateController, waiting for its turn to upload at the fleet's gate), the after hook. Reports every change
// in changed(); finished() once when it is over.
class FleetDeviceRun : public QObject
{
    Q_OBJECT

public:
    // What every device of the run shares: the request's common part (file, settings, timings, the checked image)
    // and the hooks.
    struct Shared
    {
        UpdateRequest request;
        std::optional<FleetHook> beforeHook;
        std::optional<FleetHook> afterHook;
        QStringList secretVariables;
        UploadGate *uploadGate = nullptr;
        BandwidthBudget *bandwidth = nullptr; // the plan's maxUploadMBps, when it sets one
    };

    // shared outlives the device run (the fleet run owns both).
    FleetDeviceRun(const FleetTarget &target, const Shared *shared, QObject *parent = nullptr);
    ~FleetDeviceRun() override;

    const FleetTarget &target() const { return m_target; }
    const FleetDeviceStatus &status() const { return m_status; }
    bool isRunning() const;

    // The pre-flight: reachable, key accepted, certificate trusted, and the model the plan expects. Ends with the
    // state Waiting (passed) or Failed, and checked() follows.
    void check();
    // The whole update; the state ends Succeeded or Failed (or Cancelled). With a target version, a device that
    // reports another version after its update failed, whatever the update's own outcome.
    void run(int wave, const QString &targetVersion);
    // Ends a device that will not run, with the reason.
    void skip(const QString &reason);
    void leaveOut(FleetDeviceState state, const QString &reason); // NotStarted or Cancelled, before it ran
    // Stops whatever runs. A device that holds its image goes on updating on its own; its update says so.
    void cancel();
    // Stops it unless the device holds (or may hold) its image already: that one is followed to its end. True when
    // it was stopped (or was not running).
    bool cancelUnlessInstalling();
    // Stops it, as NotStarted with this reason, when it has not begun to prepare its device (its before hook runs,
    // or it waits for a turn to upload). True when it was withdrawn.
    bool withdrawBeforeUpload(const QString &reason);
    // The key is not needed once the device is over.
    void forgetKey() { m_target.apiKey.clear(); }

Q_SIGNALS:
    void changed();
    void checked();
    void finished();
    void logMessage(const QString &message);
    // A warning of its update, also in status().warnings; each front end marks it as one in its own words.
    void warned(const QString &warning);

private:
    UpdateRequest requestFor(bool dryRun) const;
    UpdateController *newController(bool dryRun);
    void onChecked();
    void runBeforeHook();
    void startUpdate();
    void onUpdated();
    void runAfterHook();
    void runHook(const FleetHook &hook, const QString &name, const QString &outcome);
    void end(FleetDeviceState state, const QString &message);
    void setState(FleetDeviceState state);

    FleetTarget m_target;
    const Shared *m_shared;
    QString m_targetVersion;
    QString m_withdrawnBecause;
    FleetDeviceStatus m_status;
    QPointer<UpdateController> m_controller;
    QPointer<FleetHookRunner> m_hook;
    bool m_cancelled = false;
};

} // namespace groov
