#pragma once

#include <QObject>
#include <QString>

namespace groov {
Q_NAMESPACE

// The engine's phases, in the order an update lives through them.
enum class UpdatePhase { Idle, Preflight, Prepare, Upload, DeviceStages, Restarts, Verify, Finished };
Q_ENUM_NS(UpdatePhase)

enum class UpdateOutcome { None, Succeeded, Failed, Cancelled, TimedOut };
Q_ENUM_NS(UpdateOutcome)

// What the device is doing after it installed the firmware.
enum class RestartStep { WaitingForRestart, Restarting1, RestoringSettings, Restarting2, Ready };
Q_ENUM_NS(RestartStep)

QString phaseName(UpdatePhase phase);
QString outcomeName(UpdateOutcome outcome);
QString restartStepName(RestartStep step);
// Stable identifiers for reports and machine-readable output (not translated).
QString phaseId(UpdatePhase phase);
QString outcomeId(UpdateOutcome outcome);
QString restartStepId(RestartStep step);

} // namespace groov
