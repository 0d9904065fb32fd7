#include "UpdateReport.h"

#include "ToolVersion.h"
#include "UpdateSummary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace groov {

namespace {
QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject stageToJson(const DeviceStage &stage)
{
    QJsonObject object{{QStringLiteral("name"), stage.name}, {QStringLiteral("status"), stageStateName(stage.state)}};
    if (stage.errorCode)
        object.insert(QStringLiteral("errorCode"), *stage.errorCode);
    if (!stage.errorMessage.isEmpty())
        object.insert(QStringLiteral("errorMessage"), stage.errorMessage);
    if (!stage.errorData.isUndefined() && !stage.errorData.isNull())
        object.insert(QStringLiteral("errorData"), stage.errorData);
    return object;
}
} // namespace

QString errorCodeId(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalidInput");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::CertificateUntrusted:
        return QStringLiteral("certificateUntrusted");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::DeviceRejected:
        return QStringLiteral("deviceRejected");
    case ErrorCode::StageFailed:
        return QStringLiteral("stageFailed");
    case ErrorCode::TimedOut:
        return QStringLiteral("timedOut");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::FileChanged:
        return QStringLiteral("fileChanged");
    case ErrorCode::SettingsLost:
        return QStringLiteral("settingsLost");
    }
    return {};
}

qint64 UpdateReport::durationMs() const
{
    if (!startedAt.isValid() || !finishedAt.isValid())
        return 0;
    return startedAt.msecsTo(finishedAt);
}

bool UpdateReport::followCanTellMore() const
{
    const bool mayHaveImage = deviceMayHaveImage || mode == RunMode::Follow;
    switch (outcome) {
    case UpdateOutcome::NotVerified:
    case UpdateOutcome::StillUpdating:
    case UpdateOutcome::TimedOut:
    case UpdateOutcome::Cancelled:
        return mayHaveImage;
    case UpdateOutcome::Failed:
        // Lost contact is worth another look; a refused key, a failed stage or a changed certificate is not.
        return mayHaveImage && error && error->code == ErrorCode::Network;
    case UpdateOutcome::None:
    case UpdateOutcome::Succeeded:
    case UpdateOutcome::NeedsCommissioning:
        break;
    }
    return false;
}

QJsonObject UpdateReport::toJson() const
{
    QJsonArray phaseArray;
    for (const PhaseTime &phase : phases)
        phaseArray.append(QJsonObject{{QStringLiteral("phase"), phaseId(phase.phase)},
                                      {QStringLiteral("startedAt"), timeValue(phase.startedAt)}});
    QJsonArray retryArray;
    for (const Retry &retry : retries)
        retryArray.append(QJsonObject{{QStringLiteral("chunk"), retry.chunkIndex},
                                      {QStringLiteral("attempt"), retry.attempt},
                                      {QStringLiteral("reason"), retry.reason}});
    QJsonArray interruptionArray;
    for (const Interruption &interruption : interruptions)
        interruptionArray.append(QJsonObject{{QStringLiteral("at"), timeValue(interruption.at)},
                                             {QStringLiteral("reason"), interruption.reason}});
    QJsonArray stageArray;
    for (const DeviceStage &stage : lastStages)
        stageArray.append(stageToJson(stage));
    QJsonArray restartArray;
    for (RestartStep step : restartSteps)
        restartArray.append(restartStepId(step));

    QJsonObject result{{QStringLiteral("outcome"), outcomeId(outcome)},
                       {QStringLiteral("message"), finalMessage},
                       {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("restartSeen"), restartSeen},
                                                                {QStringLiteral("versionChanged"), versionChanged}}},
                       {QStringLiteral("deviceMayHaveImage"), deviceMayHaveImage},
                       {QStringLiteral("followCanTellMore"), followCanTellMore()}};
    if (error) {
        result.insert(QStringLiteral("errorCode"), errorCodeId(error->code));
        result.insert(QStringLiteral("error"), error->message);
    }
    if (failedStage)
        result.insert(QStringLiteral("failedStage"), stageToJson(*failedStage));
    if (!hint.isEmpty())
        result.insert(QStringLiteral("hint"), hint);

    return QJsonObject{
        {QStringLiteral("tool"), toolNameAndVersion()},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("address"), deviceAddress},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("versionBefore"), versionBefore},
                     {QStringLiteral("versionAfter"), versionAfter},
                     {QStringLiteral("trust"), trust},
                     {QStringLiteral("certificateSha256"), QString::fromLatin1(certificateFingerprint)}}},
        {QStringLiteral("firmware"), QJsonObject{{QStringLiteral("path"), firmwarePath},
                                                 {QStringLiteral("size"), firmwareSize},
                                                 {QStringLiteral("chunks"), chunkCount},
                                                 {QStringLiteral("sha256"), QString::fromLatin1(firmwareSha256)}}},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("mode"), runModeId(mode)},
                                                {QStringLiteral("preserveSettings"), preserveSettings},
                                                {QStringLiteral("dryRun"), dryRun},
                                                {QStringLiteral("waitForDevice"), waitForDevice}}},
        {QStringLiteral("startedAt"), timeValue(startedAt)},
        {QStringLiteral("finishedAt"), timeValue(finishedAt)},
        {QStringLiteral("durationMs"), durationMs()},
        {QStringLiteral("phases"), phaseArray},
        {QStringLiteral("retries"), retryArray},
        {QStringLiteral("interruptions"), interruptionArray},
        {QStringLiteral("interruptionCount"), interruptionCount},
        {QStringLiteral("deviceStages"), stageArray},
        {QStringLiteral("restartSteps"), restartArray},
        {QStringLiteral("steps"), timeline.toJson()},
        {QStringLiteral("result"), result},
    };
}

QString UpdateReport::toText() const
{
    return tr("groov firmware update report") + QLatin1Char('\n') + UpdateSummary(*this).toText();
}

} // namespace groov
