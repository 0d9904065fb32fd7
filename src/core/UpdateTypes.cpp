#include "UpdateTypes.h"

#include "ProgressText.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace groov {

namespace {
// The translation context of this file's texts (for lupdate and the lookup alike).
class UpdateTypes
{
    Q_DECLARE_TR_FUNCTIONS(UpdateTypes)
};

// The project's estimate for the silence of both restarts and the restore between them on real hardware; the
// vendor gives only the whole update's 10 to 20 minutes.
constexpr int UsualRestartMinMinutes = 2;
constexpr int UsualRestartMaxMinutes = 10;

template<typename Enum>
QString enumId(Enum value)
{
    QString key = QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
    if (!key.isEmpty())
        key[0] = key.at(0).toLower();
    return key;
}
} // namespace

QString phaseName(UpdatePhase phase)
{
    switch (phase) {
    case UpdatePhase::Idle:
        return UpdateTypes::tr("Idle");
    case UpdatePhase::Preflight:
        return UpdateTypes::tr("Checking the device");
    case UpdatePhase::Prepare:
        return UpdateTypes::tr("Preparing the device");
    case UpdatePhase::Upload:
        return UpdateTypes::tr("Uploading the firmware");
    case UpdatePhase::DeviceStages:
        return UpdateTypes::tr("Device is processing the firmware");
    case UpdatePhase::Restarts:
        return UpdateTypes::tr("Device is restarting");
    case UpdatePhase::Verify:
        return UpdateTypes::tr("Verifying the update");
    case UpdatePhase::Finished:
        return UpdateTypes::tr("Finished");
    }
    return {};
}

QString outcomeName(UpdateOutcome outcome)
{
    switch (outcome) {
    case UpdateOutcome::None:
        return UpdateTypes::tr("not finished");
    case UpdateOutcome::Succeeded:
        return UpdateTypes::tr("succeeded");
    case UpdateOutcome::NotVerified:
        return UpdateTypes::tr("not verified");
    case UpdateOutcome::NeedsCommissioning:
        return UpdateTypes::tr("done: the device needs commissioning");
    case UpdateOutcome::StillUpdating:
        return UpdateTypes::tr("handed over: the device is still updating on its own");
    case UpdateOutcome::Failed:
        return UpdateTypes::tr("failed");
    case UpdateOutcome::Cancelled:
        return UpdateTypes::tr("cancelled");
    case UpdateOutcome::TimedOut:
        return UpdateTypes::tr("timed out");
    }
    return {};
}

QString restartStepName(RestartStep step)
{
    switch (step) {
    case RestartStep::WaitingForRestart:
        return UpdateTypes::tr("Every stage is done; waiting for the device to restart");
    case RestartStep::Restarting:
        return UpdateTypes::tr("Restarting: the device does not answer while it restarts twice");
    case RestartStep::RestoringSettings:
        return UpdateTypes::tr("The device answers but is not ready yet (restoring its settings)");
    case RestartStep::RestartingAgain:
        return UpdateTypes::tr("Restarting again: the device does not answer");
    case RestartStep::Ready:
        return UpdateTypes::tr("Ready: the device is back");
    }
    return {};
}

QString restartWaitText(RestartStep step, qint64 forMs)
{
    const QString time = formatClock(forMs);
    switch (step) {
    case RestartStep::WaitingForRestart:
        return UpdateTypes::tr("Every stage has been done for %1; the device should restart any moment.").arg(time);
    case RestartStep::Restarting:
        return UpdateTypes::tr(
                   "No answer for %1: the device restarts twice, with its settings restored (or reset) in between, "
                   "which usually takes %2 to %3 minutes. Do not power it off.")
            .arg(time)
            .arg(UsualRestartMinMinutes)
            .arg(UsualRestartMaxMinutes);
    case RestartStep::RestoringSettings:
        return UpdateTypes::tr(
                   "Answering for %1 but not ready yet: it is restoring its settings and may restart once more.")
            .arg(time);
    case RestartStep::RestartingAgain:
        return UpdateTypes::tr("No answer again for %1: the device restarts once more. Do not power it off.").arg(time);
    case RestartStep::Ready:
        break;
    }
    return {};
}

QString phaseId(UpdatePhase phase)
{
    return enumId(phase);
}

QString outcomeId(UpdateOutcome outcome)
{
    return enumId(outcome);
}

QString restartStepId(RestartStep step)
{
    return enumId(step);
}

QString updateStepId(UpdateStep step)
{
    return enumId(step);
}

QString stepStateId(StepState state)
{
    return enumId(state);
}

QString runModeId(RunMode mode)
{
    return enumId(mode);
}

bool outcomeIsSuccess(UpdateOutcome outcome)
{
    switch (outcome) {
    case UpdateOutcome::Succeeded:
    case UpdateOutcome::NotVerified:
    case UpdateOutcome::NeedsCommissioning:
    case UpdateOutcome::StillUpdating:
        return true;
    case UpdateOutcome::None:
    case UpdateOutcome::Failed:
    case UpdateOutcome::TimedOut:
    case UpdateOutcome::Cancelled:
        break;
    }
    return false;
}

} // namespace groov
