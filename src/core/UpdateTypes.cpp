#include "UpdateTypes.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace groov {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UpdateTypes", text);
}

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
        return tr("Idle");
    case UpdatePhase::Preflight:
        return tr("Checking the device");
    case UpdatePhase::Prepare:
        return tr("Preparing the device");
    case UpdatePhase::Upload:
        return tr("Uploading the firmware");
    case UpdatePhase::DeviceStages:
        return tr("Device is processing the firmware");
    case UpdatePhase::Restarts:
        return tr("Device is restarting");
    case UpdatePhase::Verify:
        return tr("Verifying the update");
    case UpdatePhase::Finished:
        return tr("Finished");
    }
    return {};
}

QString outcomeName(UpdateOutcome outcome)
{
    switch (outcome) {
    case UpdateOutcome::None:
        return tr("not finished");
    case UpdateOutcome::Succeeded:
        return tr("succeeded");
    case UpdateOutcome::Failed:
        return tr("failed");
    case UpdateOutcome::Cancelled:
        return tr("cancelled");
    case UpdateOutcome::TimedOut:
        return tr("timed out");
    }
    return {};
}

QString restartStepName(RestartStep step)
{
    switch (step) {
    case RestartStep::WaitingForRestart:
        return tr("Waiting for the device to restart");
    case RestartStep::Restarting1:
        return tr("Device restarting (1 of 2)");
    case RestartStep::RestoringSettings:
        return tr("Restoring settings");
    case RestartStep::Restarting2:
        return tr("Device restarting (2 of 2)");
    case RestartStep::Ready:
        return tr("Ready");
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

} // namespace groov
