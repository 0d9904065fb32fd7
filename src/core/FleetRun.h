#pragma once

#include "FleetDeviceRun.h"
#include "FleetPlan.h"
#include "UpdateRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace groov {

class FirmwareHasher;
class UploadGate;

// How a fleet run ended, as a whole.
enum class FleetOutcome {
    None,
    Succeeded, // every device updated or skipped (a dry run: every device passed its checks)
    Failed,    // at least one device failed; the others went on as far as the plan allows
    Refused,   // nothing was sent: the firmware is not the plan's, or cannot be read
    Cancelled  // interrupted; no device failed
};
QString fleetOutcomeId(FleetOutcome outcome);

// What the front end adds to a plan: the command line's or the window's choices.
struct FleetRunOptions
{
    bool dryRun = false;                // check every device, update none
    bool force = false;                 // update a device that already runs the target version
    bool allowDowngrade = false;        // update a device that runs a newer version than the target
    bool factoryResetConfirmed = false; // a plan with preserveSettings false needs this, as one device does
    UpdateTimings timings;              // the plan's poll interval and deadline replace these when it gives them
    int checksAtOnce = 8;               // pre-flight checks running at the same time
};

// Updates the devices of a plan (docs/fleet.md) on one engine: the file hashed once and checked against the plan;
// every device checked first; then the waves, one after the other, each device in its own UpdateController, their
// uploads taking turns at one gate (the plan's concurrency); a device already at the target version skipped; the
// failure limit and a failed canary halting the rest (running devices finish, none start).
class FleetRun : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Hashing, Checking, Waves, Finished };

    FleetRun(const FleetPlan &plan, const QList<FleetTarget> &targets, const FleetRunOptions &options,
             QObject *parent = nullptr);
    ~FleetRun() override;

    // Starts asynchronously; finished() follows once.
    void start();
    // The first interruption: no device starts any more, and running ones are stopped, except those that hold their
    // image already: those are followed to the end. The second: every device is stopped (those that hold their image
    // update on, on their own).
    void interrupt();
    // Pauses new starts: devices running go on (an upload under way finishes), devices waiting for a turn to upload
    // keep waiting, and no new wave starts. Resuming continues where it stopped. A halted or interrupted run still
    // ends while paused, since nothing would start anyway.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // What the next interrupt() does, in words for the user who is about to ask for it; empty once it is over.
    QString interruptConsequence() const;

    const FleetPlan &plan() const { return m_plan; }
    Stage stage() const { return m_stage; }
    int deviceCount() const { return int(m_devices.size()); }
    const FleetTarget &target(int index) const { return m_devices.at(index)->target(); }
    const FleetDeviceStatus &status(int index) const { return m_devices.at(index)->status(); }
    QList<QList<int>> waves() const { return m_waves; }
    QByteArray firmwareSha256() const { return m_sha256; }
    // The plan's target version, or the one the first updated device reported; empty while unknown.
    QString targetVersion() const { return m_targetVersion; }
    int failures() const;
    // Why no more devices start, once that is so; empty otherwise.
    QString haltReason() const { return m_haltReason; }
    FleetOutcome outcome() const { return m_outcome; }
    QString finalMessage() const { return m_finalMessage; }
    // The most uploads that ran at the same time.
    int mostUploadsAtOnce() const;

    // Why a device checked at versionBefore is not updated towards target (empty: it is).
    static QString skipReason(const QString &versionBefore, const QString &target, bool force, bool allowDowngrade);

Q_SIGNALS:
    void stageChanged(groov::FleetRun::Stage stage);
    void pausedChanged(bool paused);
    void waveStarted(int wave, const QList<int> &devices);
    void deviceChanged(int index);
    void deviceFinished(int index);
    void deviceLog(int index, const QString &message);
    void deviceWarning(int index, const QString &warning);
    // About the run as a whole: the hash, the target version, a halt.
    void logMessage(const QString &message);
    void finished(groov::FleetOutcome outcome);

private:
    void setStage(Stage stage);
    void hashFirmware();
    void onHashed(const QByteArray &sha256);
    void checkNext();
    void onChecked();
    void startWave(int wave);
    void startDevice(int index, int wave);
    void onDeviceFinished(int index);
    void learnTarget(const FleetDeviceStatus &status);
    void halt(const QString &reason);
    void leaveOutTheRest(FleetDeviceState state, const QString &reason);
    void finishIfDone();
    void finish(FleetOutcome outcome, const QString &message);
    int runningCount() const;

    FleetPlan m_plan;
    FleetRunOptions m_options;
    QList<FleetDeviceRun *> m_devices;
    QList<QList<int>> m_waves;
    FleetDeviceRun::Shared m_shared;
    UploadGate *m_gate = nullptr;
    FirmwareHasher *m_hasher = nullptr;
    QByteArray m_sha256;
    QString m_targetVersion;
    Stage m_stage = Stage::Idle;
    int m_nextCheck = 0;
    int m_checksDone = 0;
    int m_wave = -1;
    bool m_startingWave = false;
    bool m_paused = false;
    int m_interruptions = 0;
    QString m_haltReason;
    FleetOutcome m_outcome = FleetOutcome::None;
    QString m_finalMessage;
};

} // namespace groov
