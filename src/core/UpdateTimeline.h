#pragma once

#include "DeviceInfo.h"
#include "UpdateStatus.h"
#include "UpdateTypes.h"
#include "UploadRate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace groov {

// The story of one update as the user lives it: its steps in order (UpdateStep), each with a state, times and a
// detail, plus the upload's figures and where the device is during its restarts. A plain value: UpdateController
// keeps one current and hands it to every view (timelineChanged), which only renders it. The one place that turns
// the engine's events into steps, computes the upload's rate and time left, and words a step.
//
// Steps are sequential: one that starts or ends closes every earlier open step. The steps promise nothing the client
// cannot observe: the device's two restarts and the settings restore between them usually look like one silence, so
// they are one step, whose detail says live what the device's answers show. Times come from the caller, so tests
// drive a timeline with a clock of their own.
class UpdateTimeline
{
    Q_DECLARE_TR_FUNCTIONS(UpdateTimeline)

public:
    static constexpr int StepCount = static_cast<int>(UpdateStep::Ready) + 1;

    struct Step
    {
        StepState state = StepState::Pending;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString detail; // set by an event: the device's model, a failure, why it was skipped
        QString note;   // stays whatever the state, after the detail

        bool operator==(const Step &other) const;
        bool operator!=(const Step &other) const { return !(*this == other); }
    };
    struct Upload
    {
        qint64 sent = 0;
        qint64 total = 0;
        int chunkIndex = 0;
        int chunkCount = 0;
        QString retryNote; // the retry under way, until the next progress
    };
    // How the run ended, beyond the outcome: what the last steps' words need.
    struct Ending
    {
        UpdateOutcome outcome = UpdateOutcome::None;
        bool deviceHasImage = false;
        QString finalMessage;
        QString errorMessage;
    };

    // The engine's events, in the order it reports them.
    void begin(RunMode mode, bool preserveSettings);
    void phaseChanged(UpdatePhase phase, const QDateTime &now);
    void deviceChecked(const DeviceInfo &device);
    void uploadProgressed(qint64 sent, qint64 total, int chunkIndex, int chunkCount, const QDateTime &now);
    void chunkRetrying(int chunkIndex, int chunkCount, int attempt, int maxAttempts, int delayMs,
                       const QString &reason);
    void stagesChanged(const QList<DeviceStage> &stages, const QDateTime &now);
    void restartStepSeen(RestartStep step, const QDateTime &now);
    void restartWaiting(RestartStep step, qint64 forMs, const QDateTime &now);
    void heard(const QDateTime &when) { m_lastHeard = when; }
    void finished(const Ending &ending, const QDateTime &now);

    const Step &step(UpdateStep id) const { return m_steps[index(id)]; }
    StepState state(UpdateStep id) const { return step(id).state; }
    const Upload &upload() const { return m_upload; }
    RunMode mode() const { return m_mode; }
    UpdateOutcome outcome() const { return m_outcome; }
    QDateTime lastHeard() const { return m_lastHeard; }
    bool isRunning() const;
    // Each step's state as a view last told it (all Pending at first): all such a view needs to keep.
    using StepStates = std::array<StepState, StepCount>;
    // The steps whose state differs from `told`, in order, with `told` brought up to date: what a view that tells
    // transitions tells next.
    QList<UpdateStep> takeStepChanges(StepStates &told) const;
    // The step running now, if any (the last one, when a late report left two open).
    std::optional<UpdateStep> currentStep() const;
    // The first step in `state`, if any: the failed one, the next pending one.
    std::optional<UpdateStep> firstStepIn(StepState state) const;
    // Upload speed over the last few seconds, and the time left at that speed; unknown until measured.
    std::optional<double> bytesPerSecond() const { return m_rate.bytesPerSecond(); }
    std::optional<qint64> msecsLeft() const { return m_rate.msecsLeft(m_upload.total - m_upload.sent); }
    // 0..1 over all steps, counting the upload by its bytes: for a window title such as "42% – groov update".
    double overallFraction() const;
    // How long the whole update may still take, as a range in ms: the upload at its measured speed, then what the
    // device usually needs after it (10 to 20 minutes, the vendor's figure), less the time it has had. Unknown
    // before the upload's speed is measured, when following, once over, and when the device takes longer than usual.
    std::optional<std::pair<qint64, qint64>> timeLeft(const QDateTime &now) const;
    // "About 12 to 22 min left", "Less than 3 min left", "Taking longer than usual"; empty when nothing can be said.
    QString timeLeftText(const QDateTime &now) const;
    // 0..1000 for the upload's bar; nullopt for steps without a measurable progress (and an upload never made).
    std::optional<int> progressPerMille(UpdateStep id) const;

    // Words, the same in every view. `now` moves running steps' elapsed times and "no answer for" figures on.
    static QString stepName(UpdateStep id);
    static QString stateName(StepState state);
    QString detailText(UpdateStep id, const QDateTime &now) const;
    QString elapsedText(UpdateStep id, const QDateTime &now) const; // "1:23"; empty before the step starts
    // One line for a screen reader or a log: "Upload, running, 0:12, 12.5 of 60.0 MB · ...".
    QString accessibleText(UpdateStep id, const QDateTime &now) const;
    // The steps as the report keeps them: id, state, times and detail of each step that did not stay pending.
    QJsonArray toJson() const;

private:
    struct RestartWait
    {
        std::optional<RestartStep> step;
        std::optional<qint64> forMs;
        QDateTime at; // when forMs was reported: the figure counts on from there
    };

    static std::size_t index(UpdateStep id) { return static_cast<std::size_t>(id); }
    Step &at(UpdateStep id) { return m_steps[index(id)]; }
    static bool isOpen(StepState state) { return state == StepState::Pending || state == StepState::Running; }

    void start(UpdateStep id, const QDateTime &now);
    void finish(UpdateStep id, StepState state, const QDateTime &now);
    void closeBefore(UpdateStep id, const QDateTime &now);
    // What an early end stops: the running step or, between two steps, the one that was to come.
    std::optional<UpdateStep> stepStoppedNow() const;
    void noteRestartStep(RestartStep step, std::optional<qint64> forMs, const QDateTime &now);
    // The device answers again after its restarts (or without them): the restart step is over, Ready runs.
    void deviceIsBack(const QDateTime &now);
    // Every open step ends: running ones in `running`, pending ones Skipped (the first of them with `firstSkipped`).
    void closeAll(StepState running, const QDateTime &now, const QString &firstSkipped = {});
    QString uploadDetail() const;
    QString restartDetail(const QDateTime &now) const;

    std::array<Step, StepCount> m_steps;
    RunMode m_mode = RunMode::Update;
    UpdateOutcome m_outcome = UpdateOutcome::None;
    Upload m_upload;
    UploadRate m_rate;
    RestartWait m_restart;
    bool m_sawSilence = false; // the device stopped answering after it had the image: it restarted
    QDateTime m_lastHeard;
};

} // namespace groov
