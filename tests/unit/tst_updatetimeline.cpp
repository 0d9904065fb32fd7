// UpdateTimeline driven by hand: every mapping from the engine's events to the steps, with a clock the test moves.
// No device, no widgets, no model. Ported from the step list model's tests (tests/gui/tst_steplistmodel.cpp), plus
// each restart model, retries, a failure at every step, cancelling, the JSON form and the spoken line.
#include "UpdateTimeline.h"

#include "ProgressText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace groov;
using Step = UpdateStep;
using State = StepState;

namespace {

const QStringList DeviceStageNames{
    QStringLiteral("prepare"),        QStringLiteral("upload"),  QStringLiteral("reassemble"),
    QStringLiteral("unzip"),          QStringLiteral("decrypt"), QStringLiteral("decompress"),
    QStringLiteral("backupSettings"), QStringLiteral("install"), QStringLiteral("finishAndRestart")};

constexpr int StepCount = UpdateTimeline::StepCount;

// The device's nine stages: the first `done` done, the next one in `next`, the rest pending.
QList<DeviceStage> stagesAt(int done, StageState next = StageState::Running, const QString &errorMessage = {})
{
    QList<DeviceStage> stages;
    for (int i = 0; i < DeviceStageNames.size(); ++i) {
        DeviceStage stage;
        stage.name = DeviceStageNames.at(i);
        stage.state = i < done ? StageState::Done : i == done ? next : StageState::Pending;
        if (stage.state == StageState::Error) {
            stage.errorCode = 8;
            stage.errorMessage = errorMessage;
        }
        stages.append(stage);
    }
    return stages;
}

// A clock the test moves by hand.
struct ManualClock
{
    QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    void advance(int ms) { now = now.addMSecs(ms); }
};

QList<Step> everyStep()
{
    QList<Step> steps;
    for (int i = 0; i < StepCount; ++i)
        steps << static_cast<Step>(i);
    return steps;
}

const QString Separator = QStringLiteral(" \u00b7 ");
const QString NoRestartSeen = QStringLiteral("No restart was seen while this run watched the device.");
const QString MissedButNewVersion =
    QStringLiteral("Not seen while this run watched the device, but it reports a new version, so it restarted.");
const QString FactoryFreshNote = QStringLiteral("Settings are not preserved: the device comes back factory-fresh.");
const QString TimeLimit = QStringLiteral("Not finished within the time limit; the device may still be working.");
const QString Stopped = QStringLiteral("Stopped: the device keeps its current firmware.");
const QString NoLongerWatched = QStringLiteral("No longer watched: the device continues the update on its own.");
const QString DeviceAnswersAgain = QStringLiteral("The device answers again; checking how the update ended.");

} // namespace

class TestUpdateTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    // Ported from tst_steplistmodel.cpp, one for one.
    void rowsInTheOrderTheUserLivesThem();
    void stepChangesAreTakenOnce();
    void aFullUpdateMarksEveryStepDoneInOrder();
    void uploadRowShowsBytesRateEtaAndChunk();
    void chunkRetryIsShownUntilTheNextProgress();
    void deviceStagesSeenOnlyDoneStillCloseInOrder();
    void stageErrorFailsThatRowAndLeavesLaterOnesPending();
    void preflightFailureFailsCheckDevice();
    void timeoutFailsTheRunningRow();
    void cancelDuringUploadSkipsTheUpload();
    void cancelAfterTheImageOnlyStopsWatching();
    void dryRunSkipsEverythingAfterTheCheck();
    void noWaitSkipsTheDeviceSteps();
    void restartRowSaysLiveWhereTheDeviceIs();
    void restartDetailCountsOnBetweenPolls();
    void missedRestartIsNotClaimed();
    void deviceAwayAgainAfterReadyIsToldOnReady();
    void notVerifiedIsNotGreen();
    void needsCommissioningIsDoneAndSaysSo();
    void factoryResetNoteStaysOnTheRestartRow();
    void stillUpdatingSkipsWhatTheDeviceDoesAlone();
    void followSkipsPrepareAndUpload();
    void failureNamesTheEnginesMessage();
    void lateReportsNeverMoveARowBack();
    void unknownStagesAreIgnored();
    void overallFractionFollowsTheSteps();
    void elapsedTimesMoveWithTheClock();
    void runningSignalFollowsTheSteps();

    // New: what the old suite lacked.
    void documentedRestartIsOneSilence_data();
    void documentedRestartIsOneSilence();
    void restoreVisibleRestartStaysOneStep();
    void missedRestartSkipsTheRestartStep_data();
    void missedRestartSkipsTheRestartStep();
    void factoryResetSaysSoFromBeginToEnd();
    void retryNoteLastsUntilTheNextProgress();
    void rateRestartsWhenARetryGoesBackInBytes();
    void retryBeforeAnyProgressIsShown();
    void failureAtEachStep_data();
    void failureAtEachStep();
    void failureBetweenStepsFailsTheOneThatNeverCame();
    void devicePrepareAndUploadOnlyConfirm();
    void uploadEndsAtAFullBar();
    void stageErrorAtEachDeviceStage_data();
    void stageErrorAtEachDeviceStage();
    void cancelBeforeTheDeviceHasTheImage_data();
    void cancelBeforeTheDeviceHasTheImage();
    void cancelAfterTheDeviceHasTheImage_data();
    void cancelAfterTheDeviceHasTheImage();
    void cancelBetweenStepsStopsTheNextOne();
    void timeLeftIsARangeForTheWholeUpdate();
    void beginStartsAFreshTimeline();
    void currentStepIsTheRunningOne();
    void toJsonKeepsOnlyStepsThatHappened();
    void toJsonOfARunningStep();
    void toJsonOfAFailure();
    void accessibleTextIsOneLine();
    void stepAndStateNames();

private:
    // The events, at the clock's time; after each, the steps newly done and the running flag are recorded (what the
    // model's stateChanged and runningChanged signals told).
    void begin(RunMode mode = RunMode::Update, bool preserveSettings = true);
    void phase(UpdatePhase phase);
    void checked(const DeviceInfo &device);
    void progress(qint64 sent, qint64 total, int chunkIndex, int chunkCount);
    void retrying(int chunkIndex, int attempt, int maxAttempts, int delayMs, const QString &reason);
    void stages(const QList<DeviceStage> &stages);
    void restart(RestartStep step);
    void waiting(RestartStep step, qint64 forMs);
    void finished(UpdateOutcome outcome, bool deviceHasImage = false, const QString &finalMessage = {},
                  const QString &errorMessage = {});
    void record();

    State stateOf(Step step) const { return m_timeline.state(step); }
    QString detailOf(Step step) const { return m_timeline.detailText(step, m_clock.now); }
    QString elapsedOf(Step step) const { return m_timeline.elapsedText(step, m_clock.now); }
    QString spokenOf(Step step) const { return m_timeline.accessibleText(step, m_clock.now); }
    void runThroughUpload(qint64 total = 60'000'000, bool preserveSettings = true);
    // From a fresh run up to the moment `target` runs, through every step before it.
    void runUntil(Step target, bool preserveSettings = true);

    ManualClock m_clock;
    UpdateTimeline m_timeline;
    QList<Step> m_doneOrder;
    QList<bool> m_runningChanges;
    QList<double> m_fractionChanges;
    std::array<State, StepCount> m_lastStates{};
    bool m_lastRunning = false;
    double m_lastFraction = 0.0;
};

void TestUpdateTimeline::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestUpdateTimeline::init()
{
    m_clock = ManualClock();
    m_timeline = UpdateTimeline();
    m_doneOrder.clear();
    m_runningChanges.clear();
    m_fractionChanges.clear();
    m_lastStates.fill(State::Pending);
    m_lastRunning = false;
    m_lastFraction = 0.0;
}

void TestUpdateTimeline::record()
{
    for (int i = 0; i < StepCount; ++i) {
        const auto step = static_cast<Step>(i);
        const State now = m_timeline.state(step);
        if (now != m_lastStates[static_cast<std::size_t>(i)] && now == State::Done)
            m_doneOrder.append(step);
        m_lastStates[static_cast<std::size_t>(i)] = now;
    }
    const bool running = m_timeline.isRunning();
    if (running != m_lastRunning) {
        m_lastRunning = running;
        m_runningChanges.append(running);
    }
    const double fraction = m_timeline.overallFraction();
    if (!qFuzzyCompare(1.0 + fraction, 1.0 + m_lastFraction)) {
        m_lastFraction = fraction;
        m_fractionChanges.append(fraction);
    }
}

void TestUpdateTimeline::begin(RunMode mode, bool preserveSettings)
{
    m_timeline.begin(mode, preserveSettings);
    record();
}

void TestUpdateTimeline::phase(UpdatePhase phase)
{
    m_timeline.phaseChanged(phase, m_clock.now);
    record();
}

void TestUpdateTimeline::checked(const DeviceInfo &device)
{
    m_timeline.deviceChecked(device);
    record();
}

void TestUpdateTimeline::progress(qint64 sent, qint64 total, int chunkIndex, int chunkCount)
{
    m_timeline.uploadProgressed(sent, total, chunkIndex, chunkCount, m_clock.now);
    record();
}

// Every retry in these tests is of an image in three chunks, as the engine reports it.
constexpr int ChunkCount = 3;

void TestUpdateTimeline::retrying(int chunkIndex, int attempt, int maxAttempts, int delayMs, const QString &reason)
{
    m_timeline.chunkRetrying(chunkIndex, ChunkCount, attempt, maxAttempts, delayMs, reason);
    record();
}

void TestUpdateTimeline::stages(const QList<DeviceStage> &stages)
{
    m_timeline.stagesChanged(stages, m_clock.now);
    record();
}

void TestUpdateTimeline::restart(RestartStep step)
{
    m_timeline.restartStepSeen(step, m_clock.now);
    record();
}

void TestUpdateTimeline::waiting(RestartStep step, qint64 forMs)
{
    m_timeline.restartWaiting(step, forMs, m_clock.now);
    record();
}

void TestUpdateTimeline::finished(UpdateOutcome outcome, bool deviceHasImage, const QString &finalMessage,
                                  const QString &errorMessage)
{
    m_timeline.finished(UpdateTimeline::Ending{outcome, deviceHasImage, finalMessage, errorMessage}, m_clock.now);
    record();
}

void TestUpdateTimeline::runThroughUpload(qint64 total, bool preserveSettings)
{
    begin(RunMode::Update, preserveSettings);
    phase(UpdatePhase::Preflight);
    m_clock.advance(1'000);
    phase(UpdatePhase::Prepare);
    m_clock.advance(1'000);
    phase(UpdatePhase::Upload);
    progress(total / 2, total, 0, 1);
    m_clock.advance(1'000);
    progress(total, total, 0, 1);
}

void TestUpdateTimeline::runUntil(Step target, bool preserveSettings)
{
    const auto reached = [this, target] {
        return stateOf(target) == State::Running;
    };
    begin(RunMode::Update, preserveSettings);
    phase(UpdatePhase::Preflight);
    if (reached())
        return;
    m_clock.advance(1'000);
    phase(UpdatePhase::Prepare);
    if (reached())
        return;
    m_clock.advance(1'000);
    phase(UpdatePhase::Upload);
    progress(0, 60'000'000, 0, 3);
    if (reached())
        return;
    m_clock.advance(1'000);
    progress(60'000'000, 60'000'000, 2, 3);
    phase(UpdatePhase::DeviceStages); // Reassemble runs at once
    if (reached())
        return;
    // Unzip (stage 3) to finishAndRestart (stage 8), one poll each.
    for (int done = 3; done < DeviceStageNames.size(); ++done) {
        m_clock.advance(1'000);
        stages(stagesAt(done));
        if (reached())
            return;
    }
    m_clock.advance(1'000);
    stages(stagesAt(9, StageState::Done));
    phase(UpdatePhase::Restarts);
    restart(RestartStep::Restarting);
    if (reached())
        return;
    m_clock.advance(1'000);
    restart(RestartStep::Ready);
    phase(UpdatePhase::Verify);
    QVERIFY(reached());
}

// ---- Ported from tst_steplistmodel.cpp ----

void TestUpdateTimeline::rowsInTheOrderTheUserLivesThem()
{
    QStringList names;
    for (Step step : everyStep()) {
        names << UpdateTimeline::stepName(step);
        QCOMPARE(stateOf(step), State::Pending);
        QCOMPARE(elapsedOf(step), QString());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Check device"), QStringLiteral("Prepare"), QStringLiteral("Upload"),
                                 QStringLiteral("Reassemble"), QStringLiteral("Unzip"), QStringLiteral("Decrypt"),
                                 QStringLiteral("Decompress"), QStringLiteral("Back up settings"),
                                 QStringLiteral("Install"), QStringLiteral("Finish and restart"),
                                 QStringLiteral("Two restarts and settings restore"), QStringLiteral("Ready")}));
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(0));
    QCOMPARE(m_timeline.progressPerMille(Step::Install), std::optional<int>());
    QCOMPARE(StepCount, 12);

    // begin() starts from the same picture.
    begin();
    for (Step step : everyStep()) {
        QCOMPARE(stateOf(step), State::Pending);
        QCOMPARE(detailOf(step), QString());
    }
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(0));
    QVERIFY(!m_timeline.isRunning());
    QCOMPARE(m_timeline.overallFraction(), 0.0);
}

void TestUpdateTimeline::aFullUpdateMarksEveryStepDoneInOrder()
{
    begin();
    phase(UpdatePhase::Preflight);
    QCOMPARE(stateOf(Step::CheckDevice), State::Running);
    DeviceInfo device;
    device.model = QStringLiteral("GRV-EPIC-PR2");
    device.firmwareVersion = QStringLiteral("4.0.2");
    checked(device);
    QCOMPARE(detailOf(Step::CheckDevice), QStringLiteral("GRV-EPIC-PR2 \u00b7 reported version 4.0.2"));
    m_clock.advance(2'000);

    phase(UpdatePhase::Prepare);
    QCOMPARE(stateOf(Step::CheckDevice), State::Done);
    QCOMPARE(elapsedOf(Step::CheckDevice), QStringLiteral("0:02"));
    QCOMPARE(stateOf(Step::Prepare), State::Running);

    phase(UpdatePhase::Upload);
    QCOMPARE(stateOf(Step::Prepare), State::Done);
    QCOMPARE(stateOf(Step::Upload), State::Running);
    progress(1'000, 1'000, 0, 1);

    phase(UpdatePhase::DeviceStages);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(1000));
    QCOMPARE(stateOf(Step::Reassemble), State::Running); // the device starts on its own at once

    // Each device stage maps onto its step.
    const QList<Step> deviceSteps{Step::Reassemble,     Step::Unzip,   Step::Decrypt,         Step::Decompress,
                                  Step::BackUpSettings, Step::Install, Step::FinishAndRestart};
    for (int i = 0; i < deviceSteps.size(); ++i) {
        stages(stagesAt(2 + i));
        QCOMPARE(stateOf(deviceSteps.at(i)), State::Running);
        if (i > 0)
            QCOMPARE(stateOf(deviceSteps.at(i - 1)), State::Done);
        QCOMPARE(stateOf(Step::Restarts), State::Pending);
    }
    QCOMPARE(detailOf(Step::Install), QString()); // no longer running
    QCOMPARE(detailOf(Step::FinishAndRestart), QStringLiteral("Do not power the device off."));

    // The phase alone promises nothing: the step starts with the first restart step the engine observed.
    phase(UpdatePhase::Restarts);
    QCOMPARE(stateOf(Step::Restarts), State::Pending);
    restart(RestartStep::Restarting);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restarts), State::Running);
    QCOMPARE(detailOf(Step::Restarts), restartStepName(RestartStep::Restarting));
    waiting(RestartStep::Restarting, 42'000);
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::Restarting, 42'000));
    QVERIFY2(detailOf(Step::Restarts).startsWith(QLatin1String("No answer for 0:42")),
             qPrintable(detailOf(Step::Restarts)));
    restart(RestartStep::Ready);
    QCOMPARE(stateOf(Step::Restarts), State::Done); // at once: the device is back
    QCOMPARE(detailOf(Step::Restarts), QString());
    QCOMPARE(stateOf(Step::Ready), State::Running);
    QVERIFY(!detailOf(Step::Ready).isEmpty());
    phase(UpdatePhase::Verify); // Ready runs while the version is read
    QCOMPARE(stateOf(Step::Ready), State::Running);
    phase(UpdatePhase::Finished);
    finished(UpdateOutcome::Succeeded);

    QCOMPARE(m_doneOrder, everyStep());
    QCOMPARE(m_timeline.overallFraction(), 1.0);
    QVERIFY(!m_timeline.isRunning());
    QCOMPARE(m_timeline.outcome(), UpdateOutcome::Succeeded);
}

void TestUpdateTimeline::uploadRowShowsBytesRateEtaAndChunk()
{
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Prepare);
    phase(UpdatePhase::Upload);
    QCOMPARE(detailOf(Step::Upload), QString()); // nothing known yet

    progress(0, 60'000'000, 0, 3);
    m_clock.advance(1'000);
    progress(10'000'000, 60'000'000, 0, 3);
    m_clock.advance(1'000);
    progress(20'000'000, 60'000'000, 0, 3);
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(333));
    QCOMPARE(detailOf(Step::Upload), QStringLiteral("20.0 of 60.0 MB \u00b7 10.0 MB/s \u00b7 ETA 0:04"));
    QCOMPARE(elapsedOf(Step::Upload), QStringLiteral("0:02"));
    QVERIFY(spokenOf(Step::Upload).startsWith(QLatin1String("Upload, running, 0:02, 20.0")));
    // The figures behind the words.
    QCOMPARE(m_timeline.bytesPerSecond(), std::optional<double>(10'000'000.0));
    QCOMPARE(m_timeline.msecsLeft(), std::optional<qint64>(4'000));
    QCOMPARE(m_timeline.upload().sent, 20'000'000);
    QCOMPARE(m_timeline.upload().total, 60'000'000);
    QCOMPARE(m_timeline.upload().chunkIndex, 0);
    QCOMPARE(m_timeline.upload().chunkCount, 3);

    m_clock.advance(2'000);
    progress(40'000'000, 60'000'000, 1, 3);
    QCOMPARE(detailOf(Step::Upload), QStringLiteral("40.0 of 60.0 MB \u00b7 10.0 MB/s \u00b7 ETA 0:02"));

    m_clock.advance(2'000);
    progress(60'000'000, 60'000'000, 2, 3);
    phase(UpdatePhase::DeviceStages);
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(1000));
    QCOMPARE(detailOf(Step::Upload), QStringLiteral("60.0 MB \u00b7 10.0 MB/s on average"));
    QCOMPARE(elapsedOf(Step::Upload), QStringLiteral("0:06"));
}

void TestUpdateTimeline::chunkRetryIsShownUntilTheNextProgress()
{
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Upload);
    progress(20'000'000, 60'000'000, 0, 3);
    retrying(0, 2, 5, 400, QStringLiteral("connection reset"));
    const QString detail = detailOf(Step::Upload);
    QVERIFY2(detail.contains(QLatin1String("connection reset; trying again in 0.4 s (attempt 2 of 5)")),
             qPrintable(detail));
    QCOMPARE(stateOf(Step::Upload), State::Running); // a retry is not a failure
    progress(0, 60'000'000, 0, 3);
    QVERIFY(!detailOf(Step::Upload).contains(QLatin1String("trying again")));
    // The page never says "chunk": that is the log's word.
    QVERIFY(!detailOf(Step::Upload).contains(QLatin1String("chunk")));
}

void TestUpdateTimeline::deviceStagesSeenOnlyDoneStillCloseInOrder()
{
    runThroughUpload();
    phase(UpdatePhase::DeviceStages);
    m_clock.advance(4'000);
    // One poll saw reassemble, unzip and decrypt finished at once.
    stages(stagesAt(5, StageState::Pending));
    for (Step step : {Step::Reassemble, Step::Unzip, Step::Decrypt})
        QCOMPARE(stateOf(step), State::Done);
    QCOMPARE(stateOf(Step::Decompress), State::Pending);
    QCOMPARE(elapsedOf(Step::Reassemble), QStringLiteral("0:04"));
    QCOMPARE(elapsedOf(Step::Unzip), QStringLiteral("0:00")); // began when the one before it ended
    QCOMPARE(m_timeline.step(Step::Unzip).startedAt, m_timeline.step(Step::Reassemble).finishedAt);
    // One seen done later began when the one before it ended, not when the poll saw it.
    m_clock.advance(6'000);
    stages(stagesAt(7, StageState::Pending));
    QCOMPARE(stateOf(Step::Decompress), State::Done);
    QCOMPARE(elapsedOf(Step::Decompress), QStringLiteral("0:06"));
    QCOMPARE(elapsedOf(Step::BackUpSettings), QStringLiteral("0:00"));
    QCOMPARE(stateOf(Step::Install), State::Pending);
}

void TestUpdateTimeline::stageErrorFailsThatRowAndLeavesLaterOnesPending()
{
    runThroughUpload();
    phase(UpdatePhase::DeviceStages);
    stages(stagesAt(4, StageState::Running));
    const QString message = QStringLiteral("Failed to decrypt system update.");
    stages(stagesAt(4, StageState::Error, message));
    phase(UpdatePhase::Finished);
    finished(UpdateOutcome::Failed, true, {}, QStringLiteral("The device could not install the firmware."));

    QCOMPARE(stateOf(Step::Unzip), State::Done);
    QCOMPARE(stateOf(Step::Decrypt), State::Failed);
    QCOMPARE(detailOf(Step::Decrypt), message); // the device's words, not the engine's
    for (int row = static_cast<int>(Step::Decompress); row < StepCount; ++row)
        QCOMPARE(stateOf(static_cast<Step>(row)), State::Pending);
    QVERIFY(!m_timeline.isRunning());

    // An error without a message still says something.
    init();
    runThroughUpload();
    stages(stagesAt(3, StageState::Error));
    QCOMPARE(stateOf(Step::Unzip), State::Failed);
    QCOMPARE(detailOf(Step::Unzip), QStringLiteral("The device reported error code 8."));
}

void TestUpdateTimeline::preflightFailureFailsCheckDevice()
{
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Finished);
    finished(UpdateOutcome::Failed);
    QCOMPARE(stateOf(Step::CheckDevice), State::Failed);
    QCOMPARE(stateOf(Step::Prepare), State::Pending);
    QCOMPARE(stateOf(Step::Ready), State::Pending);
}

void TestUpdateTimeline::timeoutFailsTheRunningRow()
{
    runThroughUpload();
    restart(RestartStep::Restarting);
    restart(RestartStep::RestoringSettings);
    finished(UpdateOutcome::TimedOut);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restarts), State::Failed);
    QVERIFY(detailOf(Step::Restarts).contains(QLatin1String("may still be working")));
    QCOMPARE(stateOf(Step::Ready), State::Pending);
}

void TestUpdateTimeline::cancelDuringUploadSkipsTheUpload()
{
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Prepare);
    phase(UpdatePhase::Upload);
    progress(30'000'000, 60'000'000, 1, 3);
    finished(UpdateOutcome::Cancelled);
    QCOMPARE(stateOf(Step::Prepare), State::Done);
    QCOMPARE(stateOf(Step::Upload), State::Skipped);
    QCOMPARE(detailOf(Step::Upload), Stopped);
    QCOMPARE(stateOf(Step::Reassemble), State::Pending);
    QVERIFY(!m_timeline.isRunning());
}

void TestUpdateTimeline::cancelAfterTheImageOnlyStopsWatching()
{
    runThroughUpload();
    phase(UpdatePhase::DeviceStages);
    finished(UpdateOutcome::Cancelled, /*deviceHasImage=*/true); // the engine's word, not the byte count's
    QCOMPARE(stateOf(Step::Upload), State::Done);
    QCOMPARE(stateOf(Step::Reassemble), State::Skipped);
    QCOMPARE(detailOf(Step::Reassemble), NoLongerWatched);
}

void TestUpdateTimeline::dryRunSkipsEverythingAfterTheCheck()
{
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Finished);
    finished(UpdateOutcome::Succeeded);
    QCOMPARE(stateOf(Step::CheckDevice), State::Done);
    for (int row = static_cast<int>(Step::Prepare); row < StepCount; ++row) {
        QCOMPARE(stateOf(static_cast<Step>(row)), State::Skipped);
        QCOMPARE(elapsedOf(static_cast<Step>(row)), QString());
    }
    QCOMPARE(m_timeline.overallFraction(), 1.0);
}

void TestUpdateTimeline::noWaitSkipsTheDeviceSteps()
{
    runThroughUpload();
    finished(UpdateOutcome::Succeeded);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    for (int row = static_cast<int>(Step::Reassemble); row < StepCount; ++row)
        QCOMPARE(stateOf(static_cast<Step>(row)), State::Skipped);
}

void TestUpdateTimeline::restartRowSaysLiveWhereTheDeviceIs()
{
    // The rarer picture too: the device answers between its restarts. Still one step, telling each one as it comes.
    runThroughUpload();
    phase(UpdatePhase::DeviceStages);
    stages(stagesAt(9, StageState::Done));
    phase(UpdatePhase::Restarts);
    restart(RestartStep::WaitingForRestart);
    waiting(RestartStep::WaitingForRestart, 3'000);
    QCOMPARE(stateOf(Step::Restarts), State::Running);
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::WaitingForRestart, 3'000));

    for (RestartStep step : {RestartStep::Restarting, RestartStep::RestoringSettings, RestartStep::RestartingAgain}) {
        restart(step);
        QCOMPARE(detailOf(Step::Restarts), restartStepName(step));
        waiting(step, 61'000);
        QCOMPARE(detailOf(Step::Restarts), restartWaitText(step, 61'000));
        QCOMPARE(stateOf(Step::Restarts), State::Running);
        QCOMPARE(stateOf(Step::Ready), State::Pending);
    }
    QVERIFY(detailOf(Step::Restarts).contains(QLatin1String("1:01")));
    const QString spoken = spokenOf(Step::Restarts);
    QVERIFY2(spoken.startsWith(QLatin1String("Two restarts and settings restore, running")), qPrintable(spoken));
    QVERIFY2(spoken.contains(QLatin1String("1:01")), qPrintable(spoken));

    restart(RestartStep::Ready);
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    finished(UpdateOutcome::Succeeded);
    QCOMPARE(stateOf(Step::Ready), State::Done);
}

void TestUpdateTimeline::restartDetailCountsOnBetweenPolls()
{
    runThroughUpload();
    restart(RestartStep::Restarting);
    waiting(RestartStep::Restarting, 10'000);
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::Restarting, 10'000));

    // A request may take a while to fail: until then the device is where it was, for longer.
    m_clock.advance(5'000);
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::Restarting, 15'000));
    QVERIFY(spokenOf(Step::Restarts).contains(restartWaitText(RestartStep::Restarting, 15'000)));

    // The next report replaces the estimate.
    waiting(RestartStep::Restarting, 14'000);
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::Restarting, 14'000));
}

void TestUpdateTimeline::missedRestartIsNotClaimed()
{
    // The whole outage fell between two polls: the device is back with a new version, no silence was seen.
    runThroughUpload();
    phase(UpdatePhase::DeviceStages);
    stages(stagesAt(8));
    restart(RestartStep::Ready);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QVERIFY2(detailOf(Step::Restarts).contains(QLatin1String("No restart was seen")),
             qPrintable(detailOf(Step::Restarts)));
    QCOMPARE(stateOf(Step::Ready), State::Running);

    finished(UpdateOutcome::Succeeded); // succeeded on the new version
    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QVERIFY2(detailOf(Step::Restarts).contains(QLatin1String("reports a new version")),
             qPrintable(detailOf(Step::Restarts)));
    QCOMPARE(stateOf(Step::Ready), State::Done);
}

void TestUpdateTimeline::deviceAwayAgainAfterReadyIsToldOnReady()
{
    runThroughUpload();
    restart(RestartStep::Restarting);
    restart(RestartStep::Ready);
    restart(RestartStep::RestartingAgain);
    waiting(RestartStep::RestartingAgain, 2'000);
    QCOMPARE(stateOf(Step::Restarts), State::Done); // steps never move back
    QCOMPARE(stateOf(Step::Ready), State::Running);
    QCOMPARE(detailOf(Step::Ready), restartWaitText(RestartStep::RestartingAgain, 2'000));
    restart(RestartStep::Ready);
    QVERIFY(!detailOf(Step::Ready).contains(QLatin1String("No answer")));
}

void TestUpdateTimeline::notVerifiedIsNotGreen()
{
    runThroughUpload();
    phase(UpdatePhase::DeviceStages);
    stages(stagesAt(9, StageState::Done));
    restart(RestartStep::WaitingForRestart);
    waiting(RestartStep::WaitingForRestart, 120'000);
    restart(RestartStep::Ready); // the engine gave up waiting for a restart
    const QString finalMessage = QStringLiteral("The device is ready and no longer updating, but this run saw "
                                                "neither its restart nor a new version.");
    finished(UpdateOutcome::NotVerified, true, finalMessage);

    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QVERIFY(detailOf(Step::Restarts).contains(QLatin1String("No restart was seen")));
    QCOMPARE(stateOf(Step::Ready), State::Unverified);
    QCOMPARE(detailOf(Step::Ready), QStringLiteral("Not verified: ") + finalMessage);
    QCOMPARE(UpdateTimeline::stateName(State::Unverified), QStringLiteral("not verified"));
    QVERIFY(spokenOf(Step::Ready).startsWith(QLatin1String("Ready, not verified")));
    QVERIFY(!m_timeline.isRunning());
    QCOMPARE(m_timeline.overallFraction(), 1.0); // over, though not green
}

void TestUpdateTimeline::needsCommissioningIsDoneAndSaysSo()
{
    runThroughUpload(60'000'000, /*preserveSettings=*/false);
    restart(RestartStep::Restarting);
    restart(RestartStep::Ready);
    finished(UpdateOutcome::NeedsCommissioning, true);
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    QCOMPARE(stateOf(Step::Ready), State::Done);
    QVERIFY2(detailOf(Step::Ready).contains(QLatin1String("needs commissioning")), qPrintable(detailOf(Step::Ready)));
    QVERIFY(!m_timeline.isRunning());
}

void TestUpdateTimeline::factoryResetNoteStaysOnTheRestartRow()
{
    runThroughUpload(60'000'000, /*preserveSettings=*/false);
    const QString note = QStringLiteral("factory-fresh");
    QVERIFY(detailOf(Step::Restarts).contains(note)); // said before it happens
    restart(RestartStep::Restarting);
    waiting(RestartStep::Restarting, 5'000);
    QVERIFY(detailOf(Step::Restarts).startsWith(restartWaitText(RestartStep::Restarting, 5'000)));
    QVERIFY(detailOf(Step::Restarts).contains(note));
    restart(RestartStep::Ready);
    QVERIFY(detailOf(Step::Restarts).contains(note));

    // With settings preserved there is no such note.
    init();
    runThroughUpload();
    QVERIFY(!detailOf(Step::Restarts).contains(note));
}

void TestUpdateTimeline::stillUpdatingSkipsWhatTheDeviceDoesAlone()
{
    runThroughUpload();
    phase(UpdatePhase::Finished);
    finished(UpdateOutcome::StillUpdating, /*deviceHasImage=*/true);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    QCOMPARE(stateOf(Step::Reassemble), State::Skipped);
    QCOMPARE(detailOf(Step::Reassemble), QStringLiteral("Not watched: the device continues the update on its own."));
    for (int row = static_cast<int>(Step::Unzip); row < StepCount; ++row) {
        QCOMPARE(stateOf(static_cast<Step>(row)), State::Skipped);
        QCOMPARE(detailOf(static_cast<Step>(row)), QString());
    }
    QVERIFY(!m_timeline.isRunning());
}

void TestUpdateTimeline::followSkipsPrepareAndUpload()
{
    begin(RunMode::Follow);
    QCOMPARE(m_timeline.mode(), RunMode::Follow);
    phase(UpdatePhase::Preflight);
    for (Step step : {Step::Prepare, Step::Upload}) {
        QCOMPARE(stateOf(step), State::Skipped);
        QVERIFY2(detailOf(step).contains(QLatin1String("Not part of following")), qPrintable(detailOf(step)));
    }
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>()); // no empty bar
    phase(UpdatePhase::DeviceStages);
    QCOMPARE(stateOf(Step::CheckDevice), State::Done);
    QCOMPARE(stateOf(Step::Reassemble), State::Pending); // where the device is, its status tells
    stages(stagesAt(7));                                 // install running
    QCOMPARE(stateOf(Step::Install), State::Running);
    QCOMPARE(stateOf(Step::Upload), State::Skipped); // the device's "upload: done" does not make it this run's
    restart(RestartStep::Restarting);
    restart(RestartStep::Ready);
    finished(UpdateOutcome::Succeeded, true);

    QList<Step> expected{Step::CheckDevice};
    for (int row = static_cast<int>(Step::Reassemble); row < StepCount; ++row)
        expected << static_cast<Step>(row);
    QCOMPARE(m_doneOrder, expected);
    QCOMPARE(m_timeline.overallFraction(), 1.0);

    // Cancelling a follow run only stops watching.
    begin(RunMode::Follow);
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::DeviceStages);
    stages(stagesAt(5));
    finished(UpdateOutcome::Cancelled, /*deviceHasImage=*/true);
    QCOMPARE(stateOf(Step::Decompress), State::Skipped);
    QCOMPARE(detailOf(Step::Decompress), NoLongerWatched);
}

void TestUpdateTimeline::failureNamesTheEnginesMessage()
{
    runThroughUpload();
    restart(RestartStep::Restarting);
    restart(RestartStep::RestoringSettings);
    const QString errorMessage = QStringLiteral("The device came back from its restarts without its settings.");
    finished(UpdateOutcome::Failed, true, {}, errorMessage);
    QCOMPARE(stateOf(Step::Restarts), State::Failed);
    QCOMPARE(detailOf(Step::Restarts), errorMessage);
    QCOMPARE(stateOf(Step::Ready), State::Pending);
}

void TestUpdateTimeline::lateReportsNeverMoveARowBack()
{
    runThroughUpload();
    stages(stagesAt(5));
    QCOMPARE(stateOf(Step::Decompress), State::Running);
    stages(stagesAt(2, StageState::Pending)); // a stale answer
    QCOMPARE(stateOf(Step::Reassemble), State::Done);
    QCOMPARE(stateOf(Step::Decompress), State::Running);
    phase(UpdatePhase::Upload); // a stray phase event
    QCOMPARE(stateOf(Step::Upload), State::Done);
}

void TestUpdateTimeline::unknownStagesAreIgnored()
{
    runThroughUpload();
    QList<DeviceStage> extraStages = stagesAt(3);
    DeviceStage extra;
    extra.name = QStringLiteral("calibrateFluxCapacitor");
    extra.state = StageState::Error;
    extraStages.append(extra);
    stages(extraStages);
    QCOMPARE(stateOf(Step::Unzip), State::Running);
    for (Step step : everyStep())
        QVERIFY(stateOf(step) != State::Failed);
}

void TestUpdateTimeline::overallFractionFollowsTheSteps()
{
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Prepare);
    phase(UpdatePhase::Upload);
    QCOMPARE(m_timeline.overallFraction(), 2.0 / StepCount);
    progress(30'000'000, 60'000'000, 1, 3);
    QCOMPARE(m_timeline.overallFraction(), 2.5 / StepCount);
    QCOMPARE(m_fractionChanges.last(), 2.5 / StepCount);
    finished(UpdateOutcome::Failed); // a failure does not count as progress
    QCOMPARE(m_timeline.overallFraction(), 2.0 / StepCount);
}

void TestUpdateTimeline::elapsedTimesMoveWithTheClock()
{
    begin();
    phase(UpdatePhase::Preflight);
    m_clock.advance(83'000);
    QCOMPARE(elapsedOf(Step::CheckDevice), QStringLiteral("1:23"));
    m_clock.advance(3'600'000);
    QCOMPARE(elapsedOf(Step::CheckDevice), QStringLiteral("1:01:23"));
    QCOMPARE(elapsedOf(Step::Prepare), QString());
    // Only the time asked about moves it: the step itself holds its start, nothing more.
    QCOMPARE(m_timeline.step(Step::CheckDevice).startedAt, ManualClock().now);
    QVERIFY(!m_timeline.step(Step::CheckDevice).finishedAt.isValid());
    // Once finished, the figure stays whatever the time.
    phase(UpdatePhase::Prepare);
    m_clock.advance(10'000);
    QCOMPARE(elapsedOf(Step::CheckDevice), QStringLiteral("1:01:23"));
    QCOMPARE(elapsedOf(Step::Prepare), QStringLiteral("0:10"));
}

void TestUpdateTimeline::runningSignalFollowsTheSteps()
{
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Prepare);
    finished(UpdateOutcome::Failed);
    QCOMPARE(m_runningChanges, (QList<bool>{true, false}));

    // A new run starts from a clean slate.
    begin();
    phase(UpdatePhase::Preflight);
    QCOMPARE(stateOf(Step::CheckDevice), State::Running);
    QCOMPARE(stateOf(Step::Prepare), State::Pending);
    QCOMPARE(m_runningChanges, (QList<bool>{true, false, true}));
}

// ---- New ----

void TestUpdateTimeline::documentedRestartIsOneSilence_data()
{
    QTest::addColumn<bool>("backThroughVerify");
    QTest::newRow("restart step Ready") << false;
    QTest::newRow("verify phase") << true;
}

void TestUpdateTimeline::documentedRestartIsOneSilence()
{
    // The documented model: the device goes silent from its first restart to the end of its second.
    QFETCH(bool, backThroughVerify);
    runUntil(Step::FinishAndRestart);
    m_clock.advance(1'000);
    stages(stagesAt(9, StageState::Done));
    phase(UpdatePhase::Restarts);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restarts), State::Pending);
    const QDateTime silenceFrom = m_clock.now;
    restart(RestartStep::Restarting);
    QCOMPARE(stateOf(Step::Restarts), State::Running);
    QCOMPARE(m_timeline.currentStep(), std::optional<Step>(Step::Restarts));
    for (qint64 ms : {5'000, 65'000, 185'000}) {
        m_clock.now = silenceFrom.addMSecs(ms);
        waiting(RestartStep::Restarting, ms);
        QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::Restarting, ms));
        QCOMPARE(elapsedOf(Step::Restarts), formatClock(ms));
        QCOMPARE(stateOf(Step::Ready), State::Pending);
    }
    QVERIFY2(detailOf(Step::Restarts).startsWith(QLatin1String("No answer for 3:05")),
             qPrintable(detailOf(Step::Restarts)));
    m_clock.now = silenceFrom.addMSecs(190'000);
    if (backThroughVerify) {
        phase(UpdatePhase::Verify);
    } else {
        restart(RestartStep::Ready);
        QCOMPARE(stateOf(Step::Ready), State::Running);
        phase(UpdatePhase::Verify);
    }
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    QCOMPARE(detailOf(Step::Restarts), QString());
    QCOMPARE(elapsedOf(Step::Restarts), QStringLiteral("3:10"));
    QCOMPARE(stateOf(Step::Ready), State::Running);
    QCOMPARE(detailOf(Step::Ready), DeviceAnswersAgain);
    QCOMPARE(m_timeline.step(Step::Ready).startedAt, m_clock.now);

    m_clock.advance(2'000);
    finished(UpdateOutcome::Succeeded, true);
    QCOMPARE(m_doneOrder, everyStep());
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    QCOMPARE(detailOf(Step::Restarts), QString()); // a restart seen needs no excuse
    QCOMPARE(stateOf(Step::Ready), State::Done);
    QCOMPARE(elapsedOf(Step::Ready), QStringLiteral("0:02"));
    QVERIFY(!m_timeline.isRunning());
    QCOMPARE(m_timeline.currentStep(), std::optional<Step>());
}

void TestUpdateTimeline::restoreVisibleRestartStaysOneStep()
{
    // The device answers between its restarts (the simulator's restore-visible fault): one step tells each part.
    runUntil(Step::FinishAndRestart);
    stages(stagesAt(9, StageState::Done));
    phase(UpdatePhase::Restarts);
    const QDateTime from = m_clock.now;
    const QList<RestartStep> sequence{RestartStep::Restarting, RestartStep::RestoringSettings,
                                      RestartStep::RestartingAgain};
    for (RestartStep step : sequence) {
        restart(step);
        QCOMPARE(stateOf(Step::Restarts), State::Running);
        QCOMPARE(detailOf(Step::Restarts), restartStepName(step));
        m_clock.advance(20'000);
        waiting(step, 20'000);
        QCOMPARE(detailOf(Step::Restarts), restartWaitText(step, 20'000));
        QCOMPARE(stateOf(Step::Ready), State::Pending);
        QCOMPARE(m_timeline.step(Step::Restarts).startedAt, from); // one step, started once
    }
    QVERIFY(detailOf(Step::Restarts).startsWith(QLatin1String("No answer again for 0:20")));
    restart(RestartStep::Ready);
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    QCOMPARE(elapsedOf(Step::Restarts), QStringLiteral("1:00"));
    QCOMPARE(detailOf(Step::Restarts), QString());
    QCOMPARE(stateOf(Step::Ready), State::Running);
    QCOMPARE(detailOf(Step::Ready), DeviceAnswersAgain);
    phase(UpdatePhase::Verify);
    finished(UpdateOutcome::Succeeded, true);
    QCOMPARE(m_doneOrder, everyStep());

    // Seen answering but not ready, then back, without any silence: no restart is claimed.
    init();
    runUntil(Step::FinishAndRestart);
    stages(stagesAt(9, StageState::Done));
    restart(RestartStep::RestoringSettings);
    QCOMPARE(stateOf(Step::Restarts), State::Running);
    restart(RestartStep::Ready);
    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QCOMPARE(detailOf(Step::Restarts), NoRestartSeen);
}

void TestUpdateTimeline::missedRestartSkipsTheRestartStep_data()
{
    QTest::addColumn<bool>("sawWaitingForRestart");
    QTest::addColumn<bool>("backThroughVerify");
    QTest::newRow("back at once") << false << false;
    QTest::newRow("back through verify") << false << true;
    QTest::newRow("waited, then back") << true << false;
    QTest::newRow("waited, then verify") << true << true;
}

void TestUpdateTimeline::missedRestartSkipsTheRestartStep()
{
    // No silence seen at all: the device was processing, and then it was back.
    QFETCH(bool, sawWaitingForRestart);
    QFETCH(bool, backThroughVerify);
    runUntil(Step::FinishAndRestart);
    stages(stagesAt(9, StageState::Done));
    phase(UpdatePhase::Restarts);
    if (sawWaitingForRestart) {
        restart(RestartStep::WaitingForRestart); // answering: not a silence
        waiting(RestartStep::WaitingForRestart, 30'000);
        QCOMPARE(stateOf(Step::Restarts), State::Running);
        QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::WaitingForRestart, 30'000));
    }
    m_clock.advance(30'000);
    if (backThroughVerify)
        phase(UpdatePhase::Verify);
    else
        restart(RestartStep::Ready);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QCOMPARE(detailOf(Step::Restarts), NoRestartSeen);
    QCOMPARE(stateOf(Step::Ready), State::Running);
    QCOMPARE(detailOf(Step::Ready), DeviceAnswersAgain);
    // Skipped from a run: its times say how long this run waited; never started: none.
    if (sawWaitingForRestart)
        QCOMPARE(elapsedOf(Step::Restarts), QStringLiteral("0:30"));
    else
        QCOMPARE(elapsedOf(Step::Restarts), QString());

    finished(UpdateOutcome::Succeeded, true);
    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QCOMPARE(detailOf(Step::Restarts), MissedButNewVersion);
    QCOMPARE(stateOf(Step::Ready), State::Done);
    QVERIFY(!m_doneOrder.contains(Step::Restarts));
    QCOMPARE(m_timeline.overallFraction(), 1.0);
}

void TestUpdateTimeline::factoryResetSaysSoFromBeginToEnd()
{
    begin(RunMode::Update, /*preserveSettings=*/false);
    // Said from the first moment, on the pending restart step, and on no other step.
    QCOMPARE(m_timeline.step(Step::Restarts).note, FactoryFreshNote);
    QCOMPARE(detailOf(Step::Restarts), FactoryFreshNote);
    for (Step step : everyStep()) {
        if (step != Step::Restarts)
            QCOMPARE(detailOf(step), QString());
    }
    phase(UpdatePhase::Preflight);
    QCOMPARE(detailOf(Step::Restarts), FactoryFreshNote);

    init();
    runUntil(Step::Restarts); // begin() with settings preserved: no note
    QCOMPARE(detailOf(Step::Restarts), restartStepName(RestartStep::Restarting));

    init();
    begin(RunMode::Update, false);
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Prepare);
    phase(UpdatePhase::Upload);
    progress(25'000'000, 25'000'000, 0, 1);
    phase(UpdatePhase::DeviceStages);
    stages(stagesAt(9, StageState::Done));
    restart(RestartStep::Restarting);
    QCOMPARE(detailOf(Step::Restarts), restartStepName(RestartStep::Restarting) + QLatin1Char(' ') + FactoryFreshNote);
    waiting(RestartStep::Restarting, 7'000);
    QCOMPARE(detailOf(Step::Restarts),
             restartWaitText(RestartStep::Restarting, 7'000) + QLatin1Char(' ') + FactoryFreshNote);
    m_clock.advance(7'000);
    restart(RestartStep::Ready);
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    QCOMPARE(detailOf(Step::Restarts), FactoryFreshNote);
    finished(UpdateOutcome::NeedsCommissioning, true);
    QCOMPARE(m_timeline.outcome(), UpdateOutcome::NeedsCommissioning);
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    QCOMPARE(detailOf(Step::Restarts), FactoryFreshNote);
    QCOMPARE(stateOf(Step::Ready), State::Done);
    QCOMPARE(detailOf(Step::Ready),
             QStringLiteral("Back factory-fresh: it needs commissioning (a new administrator account and API key) "
                            "before it can be used."));
    QCOMPARE(m_doneOrder, everyStep());
    QVERIFY(!m_timeline.isRunning());

    // The note is kept in the report's form of the step too.
    const QJsonArray json = m_timeline.toJson();
    const QJsonObject restarts = json.at(static_cast<int>(Step::Restarts)).toObject();
    QCOMPARE(restarts.value(QLatin1String("step")).toString(), QStringLiteral("restarts"));
    QCOMPARE(restarts.value(QLatin1String("detail")).toString(), FactoryFreshNote);

    // Needs commissioning straight from the restart step: the device is back, the restart was seen.
    init();
    runUntil(Step::Restarts, /*preserveSettings=*/false);
    finished(UpdateOutcome::NeedsCommissioning, true);
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    QCOMPARE(stateOf(Step::Ready), State::Done);
}

void TestUpdateTimeline::retryNoteLastsUntilTheNextProgress()
{
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Prepare);
    phase(UpdatePhase::Upload);
    progress(0, 60'000'000, 0, 3);
    m_clock.advance(1'000);
    progress(25'000'000, 60'000'000, 1, 3);
    m_clock.advance(1'000);
    progress(30'000'000, 60'000'000, 1, 3);
    const QString note = QStringLiteral("The device answered HTTP 503; trying again in 1.5 s (attempt 2 of 5)");
    retrying(1, 2, 5, 1'500, QStringLiteral("The device answered HTTP 503"));
    QCOMPARE(m_timeline.upload().retryNote, note);
    // The note takes the chunk's place; the figures stay.
    QCOMPARE(detailOf(Step::Upload), QStringLiteral("30.0 of 60.0 MB") + Separator + QStringLiteral("15.0 MB/s") +
                                         Separator + QStringLiteral("ETA 0:02") + Separator + note);
    // Time passing does not take it away, nor another look at the step.
    m_clock.advance(1'500);
    QVERIFY(detailOf(Step::Upload).endsWith(note));
    QVERIFY(spokenOf(Step::Upload).contains(note));
    QCOMPARE(stateOf(Step::Upload), State::Running);
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(500));
    // A second retry replaces the first.
    retrying(1, 3, 5, 3'000, QStringLiteral("connection reset"));
    QVERIFY(
        detailOf(Step::Upload).endsWith(QStringLiteral("connection reset; trying again in 3.0 s (attempt 3 of 5)")));
    QVERIFY(!detailOf(Step::Upload).contains(QLatin1String("503")));

    // The chunk's next progress ends the note.
    progress(25'000'000, 60'000'000, 1, 3);
    QCOMPARE(m_timeline.upload().retryNote, QString());
    QVERIFY(!detailOf(Step::Upload).contains(QLatin1String("trying again")));
    QVERIFY(detailOf(Step::Upload).startsWith(QLatin1String("25.0 of 60.0 MB")));

    // A retry is no failure: the upload ends done, the retry nowhere in its words.
    m_clock.advance(2'000);
    progress(60'000'000, 60'000'000, 2, 3);
    phase(UpdatePhase::DeviceStages);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    QVERIFY(!detailOf(Step::Upload).contains(QLatin1String("trying again")));
    QVERIFY(detailOf(Step::Upload).endsWith(QLatin1String("on average")));
}

void TestUpdateTimeline::rateRestartsWhenARetryGoesBackInBytes()
{
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Upload);
    progress(0, 60'000'000, 0, 3);
    m_clock.advance(1'000);
    progress(10'000'000, 60'000'000, 0, 3);
    m_clock.advance(1'000);
    progress(20'000'000, 60'000'000, 0, 3);
    QCOMPARE(m_timeline.bytesPerSecond(), std::optional<double>(10'000'000.0));

    retrying(0, 2, 5, 400, QStringLiteral("connection reset"));
    // The retry alone changes no figure: the bytes have not moved yet.
    QCOMPARE(m_timeline.bytesPerSecond(), std::optional<double>(10'000'000.0));

    // The chunk starts again from its offset: the old figure no longer holds, and nothing replaces it yet.
    m_clock.advance(1'000);
    progress(0, 60'000'000, 0, 3);
    QCOMPARE(m_timeline.bytesPerSecond(), std::optional<double>());
    QCOMPARE(m_timeline.msecsLeft(), std::optional<qint64>());
    QCOMPARE(detailOf(Step::Upload), QStringLiteral("0.0 of 60.0 MB"));
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(0));

    // Measured again from there, at the new speed only.
    m_clock.advance(2'000);
    progress(10'000'000, 60'000'000, 0, 3);
    QCOMPARE(m_timeline.bytesPerSecond(), std::optional<double>(5'000'000.0));
    QCOMPARE(m_timeline.msecsLeft(), std::optional<qint64>(10'000));
    QCOMPARE(detailOf(Step::Upload), QStringLiteral("10.0 of 60.0 MB") + Separator + QStringLiteral("5.0 MB/s") +
                                         Separator + QStringLiteral("ETA 0:10"));
}

void TestUpdateTimeline::retryBeforeAnyProgressIsShown()
{
    // The first chunk's request fails before Qt reports a byte sent (connection refused, TLS error): the engine's
    // chunkRetry comes before any uploadProgress. The engine gives the chunk count with it; the total is unknown.
    begin();
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::Prepare);
    phase(UpdatePhase::Upload);
    retrying(0, 2, 5, 1'000, QStringLiteral("connection refused"));
    QCOMPARE(stateOf(Step::Upload), State::Running);
    QCOMPARE(detailOf(Step::Upload), QStringLiteral("connection refused; trying again in 1.0 s (attempt 2 of 5)"));
    // The first progress shows the chunk as usual.
    progress(0, 60'000'000, 0, 3);
    QCOMPARE(detailOf(Step::Upload), QStringLiteral("0.0 of 60.0 MB"));
}

void TestUpdateTimeline::failureAtEachStep_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<UpdateOutcome>("outcome");
    for (Step step : everyStep()) {
        const QByteArray name = updateStepId(step).toLatin1();
        QTest::newRow(QByteArray(name + " failed").constData()) << step << UpdateOutcome::Failed;
        QTest::newRow(QByteArray(name + " timed out").constData()) << step << UpdateOutcome::TimedOut;
    }
}

void TestUpdateTimeline::failureAtEachStep()
{
    QFETCH(Step, step);
    QFETCH(UpdateOutcome, outcome);
    runUntil(step);
    QCOMPARE(stateOf(step), State::Running);
    QCOMPARE(m_timeline.currentStep(), std::optional<Step>(step));
    m_clock.advance(3'000);
    const QString errorMessage = QStringLiteral("Something went wrong while %1 ran.").arg(updateStepId(step));
    finished(outcome, step >= Step::Reassemble, {}, errorMessage);

    QCOMPARE(m_timeline.outcome(), outcome);
    QCOMPARE(stateOf(step), State::Failed);
    const QString expected = outcome == UpdateOutcome::TimedOut ? TimeLimit : errorMessage;
    QCOMPARE(m_timeline.step(step).detail, expected);
    QCOMPARE(detailOf(step), expected);
    QCOMPARE(m_timeline.step(step).finishedAt, m_clock.now);
    QCOMPARE(elapsedOf(step), QStringLiteral("0:03"));
    QVERIFY(spokenOf(step).startsWith(UpdateTimeline::stepName(step) + QStringLiteral(", failed, 0:03, ")));
    for (int i = 0; i < static_cast<int>(step); ++i)
        QCOMPARE(stateOf(static_cast<Step>(i)), State::Done);
    for (int i = static_cast<int>(step) + 1; i < StepCount; ++i) {
        QCOMPARE(stateOf(static_cast<Step>(i)), State::Pending);
        QCOMPARE(elapsedOf(static_cast<Step>(i)), QString());
    }
    QVERIFY(!m_timeline.isRunning());
    QCOMPARE(m_timeline.overallFraction(), static_cast<double>(step) / StepCount);
    // The failed step is the last one the report keeps.
    const QJsonArray json = m_timeline.toJson();
    QCOMPARE(json.size(), static_cast<int>(step) + 1);
    QCOMPARE(json.last().toObject().value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(json.last().toObject().value(QLatin1String("detail")).toString(), expected);
}

void TestUpdateTimeline::devicePrepareAndUploadOnlyConfirm()
{
    // The device's own prepare and upload stages, seen running, do not start the client's steps early.
    runUntil(Step::CheckDevice);
    stages(stagesAt(0));
    QCOMPARE(stateOf(Step::CheckDevice), State::Running);
    QCOMPARE(stateOf(Step::Prepare), State::Pending);
    // Prepare seen done closes the steps up to it; the device's upload running still starts nothing.
    stages(stagesAt(1));
    QCOMPARE(stateOf(Step::CheckDevice), State::Done);
    QCOMPARE(stateOf(Step::Prepare), State::Done);
    QCOMPARE(stateOf(Step::Upload), State::Pending);
    QVERIFY(!m_timeline.isRunning());
    // Seen done, they close the steps in order like any other stage.
    stages(stagesAt(2, StageState::Pending));
    QCOMPARE(stateOf(Step::Upload), State::Done);
    QCOMPARE(stateOf(Step::Reassemble), State::Pending);
}

void TestUpdateTimeline::uploadEndsAtAFullBar()
{
    // The last progress report may come before the last bytes: once done, the bar is full all the same.
    runUntil(Step::Upload);
    progress(59'000'000, 60'000'000, 2, 3);
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(983));
    phase(UpdatePhase::DeviceStages);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(1000));
    // Only the upload has a bar.
    for (Step step : everyStep()) {
        if (step != Step::Upload)
            QCOMPARE(m_timeline.progressPerMille(step), std::optional<int>());
    }
}

void TestUpdateTimeline::failureBetweenStepsFailsTheOneThatNeverCame()
{
    // Every stage done, and the engine gives up before it saw any restart step.
    runUntil(Step::FinishAndRestart);
    m_clock.advance(1'000);
    stages(stagesAt(9, StageState::Done));
    QVERIFY(!m_timeline.isRunning());
    m_clock.advance(600'000);
    finished(UpdateOutcome::TimedOut, true);
    QCOMPARE(stateOf(Step::Restarts), State::Failed);
    QCOMPARE(detailOf(Step::Restarts), TimeLimit);
    // It began when the step before it ended.
    QCOMPARE(m_timeline.step(Step::Restarts).startedAt, m_timeline.step(Step::FinishAndRestart).finishedAt);
    QCOMPARE(elapsedOf(Step::Restarts), QStringLiteral("10:00"));
    QCOMPARE(stateOf(Step::Ready), State::Pending);

    // Before anything ran at all: the first step.
    init();
    begin();
    finished(UpdateOutcome::Failed, false, {}, QStringLiteral("No such device."));
    QCOMPARE(stateOf(Step::CheckDevice), State::Failed);
    QCOMPARE(detailOf(Step::CheckDevice), QStringLiteral("No such device."));
    for (int i = 1; i < StepCount; ++i)
        QCOMPARE(stateOf(static_cast<Step>(i)), State::Pending);
}

void TestUpdateTimeline::stageErrorAtEachDeviceStage_data()
{
    QTest::addColumn<int>("stage");
    for (int stage = 2; stage < DeviceStageNames.size(); ++stage)
        QTest::newRow(DeviceStageNames.at(stage).toLatin1().constData()) << stage;
}

void TestUpdateTimeline::stageErrorAtEachDeviceStage()
{
    // The device names the stage that failed: that one fails with its words, whatever the engine says after.
    QFETCH(int, stage);
    const auto step = static_cast<Step>(static_cast<int>(Step::Prepare) + stage);
    runUntil(Step::Reassemble);
    const QString message = QStringLiteral("Stage %1 broke.").arg(stage);
    stages(stagesAt(stage, StageState::Error, message));
    QCOMPARE(stateOf(step), State::Failed);
    QCOMPARE(detailOf(step), message);
    finished(UpdateOutcome::Failed, true, {}, QStringLiteral("The update failed."));
    QCOMPARE(stateOf(step), State::Failed);
    QCOMPARE(detailOf(step), message);
    for (int i = 0; i < static_cast<int>(step); ++i)
        QCOMPARE(stateOf(static_cast<Step>(i)), State::Done);
    for (int i = static_cast<int>(step) + 1; i < StepCount; ++i)
        QCOMPARE(stateOf(static_cast<Step>(i)), State::Pending);
    QVERIFY(!m_timeline.isRunning());
}

void TestUpdateTimeline::cancelBeforeTheDeviceHasTheImage_data()
{
    QTest::addColumn<Step>("step");
    for (Step step : {Step::CheckDevice, Step::Prepare, Step::Upload})
        QTest::newRow(updateStepId(step).toLatin1().constData()) << step;
}

void TestUpdateTimeline::cancelBeforeTheDeviceHasTheImage()
{
    QFETCH(Step, step);
    runUntil(step);
    m_clock.advance(1'000);
    finished(UpdateOutcome::Cancelled, /*deviceHasImage=*/false);
    QCOMPARE(m_timeline.outcome(), UpdateOutcome::Cancelled);
    QCOMPARE(stateOf(step), State::Skipped); // nothing went wrong
    QCOMPARE(detailOf(step), Stopped);
    QCOMPARE(elapsedOf(step), QStringLiteral("0:01"));
    for (int i = 0; i < static_cast<int>(step); ++i)
        QCOMPARE(stateOf(static_cast<Step>(i)), State::Done);
    for (int i = static_cast<int>(step) + 1; i < StepCount; ++i)
        QCOMPARE(stateOf(static_cast<Step>(i)), State::Pending);
    QVERIFY(!m_timeline.isRunning());
}

void TestUpdateTimeline::cancelAfterTheDeviceHasTheImage_data()
{
    QTest::addColumn<Step>("step");
    for (int i = static_cast<int>(Step::Reassemble); i < StepCount; ++i)
        QTest::newRow(updateStepId(static_cast<Step>(i)).toLatin1().constData()) << static_cast<Step>(i);
}

void TestUpdateTimeline::cancelAfterTheDeviceHasTheImage()
{
    QFETCH(Step, step);
    runUntil(step);
    finished(UpdateOutcome::Cancelled, /*deviceHasImage=*/true);
    QCOMPARE(stateOf(step), State::Skipped);
    QCOMPARE(detailOf(step), NoLongerWatched);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    for (int i = static_cast<int>(step) + 1; i < StepCount; ++i)
        QCOMPARE(stateOf(static_cast<Step>(i)), State::Pending);
    QVERIFY(!m_timeline.isRunning());
}

void TestUpdateTimeline::cancelBetweenStepsStopsTheNextOne()
{
    // Every stage done, the restart not seen yet: nothing runs, and the step that was to come says why it never did.
    runThroughUpload();
    phase(UpdatePhase::DeviceStages);
    stages(stagesAt(9, StageState::Done));
    QVERIFY(!m_timeline.isRunning());
    finished(UpdateOutcome::Cancelled, /*deviceHasImage=*/true);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QCOMPARE(detailOf(Step::Restarts), NoLongerWatched);
    QCOMPARE(stateOf(Step::Ready), State::Pending);
}

void TestUpdateTimeline::timeLeftIsARangeForTheWholeUpdate()
{
    begin();
    phase(UpdatePhase::Preflight);
    QCOMPARE(m_timeline.timeLeft(m_clock.now), std::nullopt); // nothing measured yet
    QCOMPARE(m_timeline.timeLeftText(m_clock.now), QString());
    phase(UpdatePhase::Upload);
    progress(0, 60'000'000, 0, 3);
    m_clock.advance(2'000);
    progress(20'000'000, 60'000'000, 0, 3); // 10 MB/s: 4 s of upload left, then the device's 10 to 20 minutes
    using Range = std::pair<qint64, qint64>;
    QCOMPARE(m_timeline.timeLeft(m_clock.now), std::optional<Range>(Range(604'000, 1'204'000)));
    QCOMPARE(m_timeline.timeLeftText(m_clock.now), QStringLiteral("About 10 to 21 min left"));

    m_clock.advance(4'000);
    progress(60'000'000, 60'000'000, 2, 3);
    phase(UpdatePhase::DeviceStages);
    m_clock.advance(15 * 60'000); // the device has had 15 minutes
    QCOMPARE(m_timeline.timeLeft(m_clock.now), std::optional<Range>(Range(0, 5 * 60'000)));
    QCOMPARE(m_timeline.timeLeftText(m_clock.now), QStringLiteral("Less than 5 min left"));
    m_clock.advance(6 * 60'000); // longer than the vendor's 20 minutes: no promise, but no silence either
    QCOMPARE(m_timeline.timeLeft(m_clock.now), std::nullopt);
    QCOMPARE(m_timeline.timeLeftText(m_clock.now),
             QStringLiteral("Taking longer than usual; the device may still be working."));

    finished(UpdateOutcome::Succeeded);
    QCOMPARE(m_timeline.timeLeftText(m_clock.now), QString());

    // Following: how far the device is cannot be told, so no figure is made up.
    begin(RunMode::Follow);
    phase(UpdatePhase::Preflight);
    phase(UpdatePhase::DeviceStages);
    QCOMPARE(m_timeline.timeLeft(m_clock.now), std::nullopt);
    QCOMPARE(m_timeline.timeLeftText(m_clock.now), QString());
}

// What the CLI's reporters keep: the states they told, and only the transitions since.
void TestUpdateTimeline::stepChangesAreTakenOnce()
{
    UpdateTimeline::StepStates told{};
    QVERIFY(m_timeline.takeStepChanges(told).isEmpty());
    begin();
    phase(UpdatePhase::Preflight);
    QCOMPARE(m_timeline.takeStepChanges(told), QList<Step>{Step::CheckDevice});
    QCOMPARE(told[static_cast<std::size_t>(Step::CheckDevice)], State::Running);
    QVERIFY(m_timeline.takeStepChanges(told).isEmpty()); // told already
    phase(UpdatePhase::Upload);
    QCOMPARE(m_timeline.takeStepChanges(told), (QList<Step>{Step::CheckDevice, Step::Prepare, Step::Upload}));
}

void TestUpdateTimeline::beginStartsAFreshTimeline()
{
    runUntil(Step::Restarts);
    waiting(RestartStep::Restarting, 10'000);
    const QDateTime heard = m_clock.now.addSecs(-30);
    m_timeline.heard(heard);
    QCOMPARE(m_timeline.lastHeard(), heard);
    finished(UpdateOutcome::Failed, true, {}, QStringLiteral("x"));

    begin(RunMode::Update, true);
    for (Step step : everyStep()) {
        QVERIFY(m_timeline.step(step) == UpdateTimeline::Step());
        QCOMPARE(detailOf(step), QString());
    }
    QCOMPARE(m_timeline.outcome(), UpdateOutcome::None);
    QCOMPARE(m_timeline.upload().total, 0);
    QCOMPARE(m_timeline.upload().retryNote, QString());
    QCOMPARE(m_timeline.bytesPerSecond(), std::optional<double>());
    QVERIFY(!m_timeline.lastHeard().isValid());
    QCOMPARE(m_timeline.progressPerMille(Step::Upload), std::optional<int>(0));

    // No silence carried over from the last run: a restart missed this time is not claimed.
    runUntil(Step::FinishAndRestart);
    stages(stagesAt(9, StageState::Done));
    restart(RestartStep::Ready);
    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
}

void TestUpdateTimeline::currentStepIsTheRunningOne()
{
    QCOMPARE(m_timeline.currentStep(), std::optional<Step>());
    for (Step step : everyStep()) {
        init();
        runUntil(step);
        QCOMPARE(m_timeline.currentStep(), std::optional<Step>(step));
        int running = 0;
        for (Step other : everyStep())
            running += stateOf(other) == State::Running ? 1 : 0;
        QCOMPARE(running, 1);
    }
}

void TestUpdateTimeline::toJsonKeepsOnlyStepsThatHappened()
{
    QCOMPARE(m_timeline.toJson(), QJsonArray());
    begin();
    QCOMPARE(m_timeline.toJson(), QJsonArray());

    // A full update: every step, in order, with its times in UTC and milliseconds.
    const QDateTime start = m_clock.now;
    begin();
    phase(UpdatePhase::Preflight);
    DeviceInfo device;
    device.model = QStringLiteral("GRV-EPIC-PR2");
    device.firmwareVersion = QStringLiteral("4.0.2");
    checked(device);
    m_clock.advance(1'500);
    phase(UpdatePhase::Prepare);
    m_clock.advance(500);
    phase(UpdatePhase::Upload);
    progress(0, 25'000'000, 0, 1);
    m_clock.advance(5'000);
    progress(25'000'000, 25'000'000, 0, 1);
    phase(UpdatePhase::DeviceStages);
    for (int done = 3; done <= 9; ++done) {
        m_clock.advance(1'000);
        stages(stagesAt(done, done == 9 ? StageState::Done : StageState::Running));
    }
    restart(RestartStep::Restarting);
    m_clock.advance(60'000);
    restart(RestartStep::Ready);
    phase(UpdatePhase::Verify);
    m_clock.advance(1'000);
    finished(UpdateOutcome::Succeeded, true);

    const QJsonArray json = m_timeline.toJson();
    QCOMPARE(json.size(), StepCount);
    const QStringList ids{
        QStringLiteral("checkDevice"),      QStringLiteral("prepare"),        QStringLiteral("upload"),
        QStringLiteral("reassemble"),       QStringLiteral("unzip"),          QStringLiteral("decrypt"),
        QStringLiteral("decompress"),       QStringLiteral("backUpSettings"), QStringLiteral("install"),
        QStringLiteral("finishAndRestart"), QStringLiteral("restarts"),       QStringLiteral("ready")};
    for (int i = 0; i < StepCount; ++i) {
        const QJsonObject object = json.at(i).toObject();
        QCOMPARE(object.value(QLatin1String("step")).toString(), ids.at(i));
        QCOMPARE(object.value(QLatin1String("state")).toString(), QStringLiteral("done"));
        const Step step = static_cast<Step>(i);
        QCOMPARE(object.value(QLatin1String("startedAt")).toString(),
                 m_timeline.step(step).startedAt.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(object.value(QLatin1String("finishedAt")).toString(),
                 m_timeline.step(step).finishedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    const QJsonObject check = json.at(0).toObject();
    QCOMPARE(check.value(QLatin1String("startedAt")).toString(), QStringLiteral("2024-05-01T12:00:00.000Z"));
    QCOMPARE(check.value(QLatin1String("finishedAt")).toString(), QStringLiteral("2024-05-01T12:00:01.500Z"));
    QCOMPARE(check.value(QLatin1String("detail")).toString(),
             QStringLiteral("GRV-EPIC-PR2 \u00b7 reported version 4.0.2"));
    QCOMPARE(start, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    // The upload keeps its summary; steps without words have no detail key at all.
    QCOMPARE(json.at(static_cast<int>(Step::Upload)).toObject().value(QLatin1String("detail")).toString(),
             QStringLiteral("25.0 MB \u00b7 5.0 MB/s on average"));
    for (Step step : {Step::Prepare, Step::Reassemble, Step::BackUpSettings, Step::Install, Step::Restarts}) {
        QVERIFY2(!json.at(static_cast<int>(step)).toObject().contains(QLatin1String("detail")),
                 qPrintable(updateStepId(step)));
    }
    // Exactly these keys.
    QCOMPARE(json.at(1).toObject().keys(), (QStringList{QStringLiteral("finishedAt"), QStringLiteral("startedAt"),
                                                        QStringLiteral("state"), QStringLiteral("step")}));

    // A dry run keeps the skipped steps, which never started: their times are null.
    init();
    begin();
    phase(UpdatePhase::Preflight);
    finished(UpdateOutcome::Succeeded);
    const QJsonArray dry = m_timeline.toJson();
    QCOMPARE(dry.size(), StepCount);
    const QJsonObject prepare = dry.at(1).toObject();
    QCOMPARE(prepare.value(QLatin1String("state")).toString(), QStringLiteral("skipped"));
    QVERIFY(prepare.value(QLatin1String("startedAt")).isNull());
    QCOMPARE(prepare.value(QLatin1String("finishedAt")).toString(), QStringLiteral("2024-05-01T12:00:00.000Z"));
}

void TestUpdateTimeline::toJsonOfARunningStep()
{
    // Pending steps are left out; a running one has no end yet.
    begin();
    phase(UpdatePhase::Preflight);
    m_clock.advance(250);
    phase(UpdatePhase::Prepare);
    const QJsonArray json = m_timeline.toJson();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("done"));
    const QJsonObject prepare = json.at(1).toObject();
    QCOMPARE(prepare.value(QLatin1String("step")).toString(), QStringLiteral("prepare"));
    QCOMPARE(prepare.value(QLatin1String("state")).toString(), QStringLiteral("running"));
    QCOMPARE(prepare.value(QLatin1String("startedAt")).toString(), QStringLiteral("2024-05-01T12:00:00.250Z"));
    QVERIFY(prepare.contains(QLatin1String("finishedAt")));
    QVERIFY(prepare.value(QLatin1String("finishedAt")).isNull());

    // A time given in another zone is written in UTC.
    init();
    m_clock.now = QDateTime(QDate(2024, 5, 1), QTime(14, 0), QTimeZone(7'200));
    begin();
    phase(UpdatePhase::Preflight);
    QCOMPARE(m_timeline.toJson().at(0).toObject().value(QLatin1String("startedAt")).toString(),
             QStringLiteral("2024-05-01T12:00:00.000Z"));
}

void TestUpdateTimeline::toJsonOfAFailure()
{
    runUntil(Step::Decrypt);
    stages(stagesAt(4, StageState::Error, QStringLiteral("Failed to decrypt system update.")));
    finished(UpdateOutcome::Failed, true, {}, QStringLiteral("The device could not install the firmware."));
    const QJsonArray json = m_timeline.toJson();
    QCOMPARE(json.size(), static_cast<int>(Step::Decrypt) + 1);
    const QJsonObject decrypt = json.last().toObject();
    QCOMPARE(decrypt.value(QLatin1String("step")).toString(), QStringLiteral("decrypt"));
    QCOMPARE(decrypt.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(decrypt.value(QLatin1String("detail")).toString(), QStringLiteral("Failed to decrypt system update."));

    // Cancelled and unverified steps keep their own state ids.
    init();
    runUntil(Step::Upload);
    finished(UpdateOutcome::Cancelled);
    QCOMPARE(m_timeline.toJson().last().toObject().value(QLatin1String("state")).toString(), QStringLiteral("skipped"));
    init();
    runUntil(Step::Ready);
    finished(UpdateOutcome::NotVerified, true, QStringLiteral("no new version"));
    const QJsonObject ready = m_timeline.toJson().last().toObject();
    QCOMPARE(ready.value(QLatin1String("state")).toString(), QStringLiteral("unverified"));
    QCOMPARE(ready.value(QLatin1String("detail")).toString(), QStringLiteral("Not verified: no new version"));
}

void TestUpdateTimeline::accessibleTextIsOneLine()
{
    begin();
    QCOMPARE(spokenOf(Step::Prepare), QStringLiteral("Prepare, waiting"));
    phase(UpdatePhase::Preflight);
    DeviceInfo device;
    device.model = QStringLiteral("GRV-EPIC-PR2");
    checked(device);
    QCOMPARE(detailOf(Step::CheckDevice), QStringLiteral("GRV-EPIC-PR2")); // no version: no separator
    m_clock.advance(12'000);
    QCOMPARE(spokenOf(Step::CheckDevice), QStringLiteral("Check device, running, 0:12, GRV-EPIC-PR2"));
    phase(UpdatePhase::Upload);
    QCOMPARE(spokenOf(Step::CheckDevice), QStringLiteral("Check device, done, 0:12, GRV-EPIC-PR2"));
    QCOMPARE(spokenOf(Step::Prepare), QStringLiteral("Prepare, done, 0:00"));
    QCOMPARE(spokenOf(Step::Upload), QStringLiteral("Upload, running, 0:00"));
    progress(0, 60'000'000, 0, 3);
    m_clock.advance(1'000);
    progress(12'500'000, 60'000'000, 0, 3);
    QCOMPARE(spokenOf(Step::Upload),
             QStringLiteral("Upload, running, 0:01, 12.5 of 60.0 MB \u00b7 12.5 MB/s \u00b7 ETA 0:04"));
    QCOMPARE(spokenOf(Step::Install), QStringLiteral("Install, waiting"));

    init();
    runUntil(Step::Install);
    QCOMPARE(spokenOf(Step::Install), QStringLiteral("Install, running, 0:00, Do not power the device off."));
    m_clock.advance(2'000);
    finished(UpdateOutcome::Cancelled, true);
    QCOMPARE(spokenOf(Step::Install), QStringLiteral("Install, skipped, 0:02, ") + NoLongerWatched);
}

void TestUpdateTimeline::stepAndStateNames()
{
    QCOMPARE(UpdateTimeline::stateName(State::Pending), QStringLiteral("waiting"));
    QCOMPARE(UpdateTimeline::stateName(State::Running), QStringLiteral("running"));
    QCOMPARE(UpdateTimeline::stateName(State::Done), QStringLiteral("done"));
    QCOMPARE(UpdateTimeline::stateName(State::Failed), QStringLiteral("failed"));
    QCOMPARE(UpdateTimeline::stateName(State::Skipped), QStringLiteral("skipped"));
    QCOMPARE(UpdateTimeline::stateName(State::Unverified), QStringLiteral("not verified"));
    for (Step step : everyStep())
        QVERIFY(!UpdateTimeline::stepName(step).isEmpty());
}

QTEST_GUILESS_MAIN(TestUpdateTimeline)
#include "tst_updatetimeline.moc"
