#pragma once

#include "DeviceInfo.h"
#include "Result.h"
#include "UpdateStatus.h"
#include "UpdateTimeline.h"
#include "UpdateTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace groov {

// What happened during one update, for programs (toJson) and, through UpdateSummary, for people. Holds no API key, by
// construction: it has no field that could take one.
struct UpdateReport
{
    Q_DECLARE_TR_FUNCTIONS(UpdateReport)

public:
    struct PhaseTime
    {
        UpdatePhase phase;
        QDateTime startedAt;
    };
    struct Retry
    {
        int chunkIndex = 0;
        int attempt = 0;
        QString reason;
    };
    // A request after the upload that got no usable answer and was asked again: the device fell silent (a restart
    // counts once, when its silence begins) or answered something that could not be understood.
    struct Interruption
    {
        QDateTime at;
        QString reason;
    };

    // Inputs
    RunMode mode = RunMode::Update;
    QString deviceAddress; // as normalised, e.g. "epic-01:8443"
    QString firmwarePath;
    qint64 firmwareSize = 0;
    int chunkCount = 0;
    QByteArray firmwareSha256; // lowercase hex; empty if not computed
    bool preserveSettings = true;
    bool dryRun = false;
    bool waitForDevice = true;
    QString trust;
    QByteArray certificateFingerprint;

    // Device
    QString model;
    QString versionBefore;
    QString versionAfter;

    // Course
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<PhaseTime> phases;
    QList<Retry> retries;
    QList<Interruption> interruptions; // the first 100
    qsizetype interruptionCount = 0;   // all of them
    QList<DeviceStage> lastStages;
    QList<RestartStep> restartSteps;
    UpdateTimeline timeline; // the steps as the user saw them, as they stood at the end

    // Result
    UpdateOutcome outcome = UpdateOutcome::None;
    std::optional<Error> error;
    std::optional<DeviceStage> failedStage;
    QString hint;
    QString finalMessage;
    // What the outcome rests on: the device went silent after installing and came back, and it reports a version
    // other than the one before.
    bool restartSeen = false;
    bool versionChanged = false;
    // The device holds, or may hold, the whole image (it then updates on its own), or the run followed it.
    bool deviceMayHaveImage = false;

    qint64 durationMs() const;
    // Whether following the device to the end of its update would tell more than this run did: it has (or may have)
    // the image, and the run ended without knowing how the update ends.
    bool followCanTellMore() const;
    QJsonObject toJson() const;
    // A titled text report (UpdateSummary's text): for a file or the clipboard.
    QString toText() const;
};

QString errorCodeId(ErrorCode code);

} // namespace groov
