#pragma once

#include <QObject>
#include <QString>

namespace groov {
Q_NAMESPACE

// The engine's phases, in the order an update lives through them.
enum class UpdatePhase { Idle, Preflight, Prepare, Upload, DeviceStages, Restarts, Verify, Finished };
Q_ENUM_NS(UpdatePhase)

// How an update ended: the one list every view and every exit code is derived from (docs/cli.md).
enum class UpdateOutcome {
    None,
    Succeeded,          // the new firmware runs: the device restarted, or reports a new version
    NotVerified,        // the device is ready and idle, but neither a restart nor a new version was seen
    NeedsCommissioning, // a factory-reset update: the device is back, uncommissioned, as asked
    StillUpdating,      // stopped watching on purpose (--no-wait): the device finishes on its own
    Failed,
    TimedOut,
    Cancelled
};
Q_ENUM_NS(UpdateOutcome)

// Where the device is after it installed the firmware, as far as its answers tell. Its two restarts and the
// settings restore between them usually look like one silence (the web server does not run in between), so the
// steps name what is observed, not what is assumed.
enum class RestartStep {
    WaitingForRestart, // every stage is done and the device still answers: its restart is due
    Restarting,        // no answer: restarting, restoring settings, restarting again
    RestoringSettings, // answering, but not ready yet (not commissioned, or "service unavailable")
    RestartingAgain,   // silent again after answering in between
    Ready              // back for good
};
Q_ENUM_NS(RestartStep)

// The steps of an update as the user lives them, in order: one row each in every view (UpdateTimeline). The device's
// own nine stages are Prepare to FinishAndRestart; Restarts is the one silence of its two restarts and the settings
// restore between them.
enum class UpdateStep {
    CheckDevice,
    Prepare,
    Upload,
    Reassemble,
    Unzip,
    Decrypt,
    Decompress,
    BackUpSettings,
    Install,
    FinishAndRestart,
    Restarts,
    Ready
};
Q_ENUM_NS(UpdateStep)

// Where one step stands. Unverified: over, but what it should have shown was not seen (the update could not be
// verified).
enum class StepState { Pending, Running, Done, Failed, Skipped, Unverified };
Q_ENUM_NS(StepState)

// What a run does: a whole update, or following a device that is already updating (no prepare, no upload).
enum class RunMode { Update, Follow };
Q_ENUM_NS(RunMode)

QString phaseName(UpdatePhase phase);
QString outcomeName(UpdateOutcome outcome);
QString restartStepName(RestartStep step);
// Stable identifiers for reports and machine-readable output (not translated).
QString phaseId(UpdatePhase phase);
QString outcomeId(UpdateOutcome outcome);
QString restartStepId(RestartStep step);
QString runModeId(RunMode mode);
QString updateStepId(UpdateStep step);
QString stepStateId(StepState state);
// How long the device has been in a restart step, with what is usual, in one sentence for people: "No answer for
// 1:23: ... usually takes 2 to 10 minutes." Empty for Ready.
QString restartWaitText(RestartStep step, qint64 forMs);

// The update did what was asked (exit code 0), though NotVerified and NeedsCommissioning carry a warning.
bool outcomeIsSuccess(UpdateOutcome outcome);

} // namespace groov
