// StepListModel driven by hand: every mapping from the controller's signals to the rows, with a clock the test
// moves. No device, no widgets.
#include "StepListModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace groov;
using namespace groov::gui;
using Step = StepListModel::Step;
using State = StepListModel::State;

namespace {

const QStringList DeviceStageNames{
    QStringLiteral("prepare"),        QStringLiteral("upload"),  QStringLiteral("reassemble"),
    QStringLiteral("unzip"),          QStringLiteral("decrypt"), QStringLiteral("decompress"),
    QStringLiteral("backupSettings"), QStringLiteral("install"), QStringLiteral("finishAndRestart")};

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

} // namespace

class TestStepListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsInTheOrderTheUserLivesThem();
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

private:
    State stateOf(Step step) const { return m_model->state(step); }
    QString detailOf(Step step) const { return m_model->indexOf(step).data(StepListModel::DetailRole).toString(); }
    QString elapsedOf(Step step) const { return m_model->indexOf(step).data(StepListModel::ElapsedRole).toString(); }
    void runThroughUpload(qint64 total = 60'000'000);

    ManualClock m_clock;
    StepListModel::RunFacts m_facts;
    StepListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestStepListModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestStepListModel::init()
{
    m_clock = ManualClock();
    m_facts = {};
    m_model = new StepListModel(this);
    m_model->setClock([this] { return m_clock.now; });
    m_model->setRunFacts([this] { return m_facts; });
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestStepListModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestStepListModel::runThroughUpload(qint64 total)
{
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    m_clock.advance(1'000);
    m_model->onPhaseChanged(UpdatePhase::Prepare);
    m_clock.advance(1'000);
    m_model->onPhaseChanged(UpdatePhase::Upload);
    m_model->onUploadProgress(total / 2, total, 0, 1);
    m_clock.advance(1'000);
    m_model->onUploadProgress(total, total, 0, 1);
}

void TestStepListModel::rowsInTheOrderTheUserLivesThem()
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        names << m_model->index(row).data().toString();
        QCOMPARE(m_model->index(row).data(StepListModel::StateRole).value<State>(), State::Pending);
        QCOMPARE(m_model->index(row).data(StepListModel::ElapsedRole).toString(), QString());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Check device"), QStringLiteral("Prepare"), QStringLiteral("Upload"),
                                 QStringLiteral("Reassemble"), QStringLiteral("Unzip"), QStringLiteral("Decrypt"),
                                 QStringLiteral("Decompress"), QStringLiteral("Back up settings"),
                                 QStringLiteral("Install"), QStringLiteral("Finish and restart"),
                                 QStringLiteral("Two restarts and settings restore"), QStringLiteral("Ready")}));
    QCOMPARE(m_model->indexOf(Step::Upload).data(StepListModel::ProgressRole).toInt(), 0);
    QCOMPARE(m_model->indexOf(Step::Install).data(StepListModel::ProgressRole).toInt(), -1);
    QVERIFY(m_model->roleNames().contains(StepListModel::DetailRole));
}

void TestStepListModel::aFullUpdateMarksEveryStepDoneInOrder()
{
    QList<Step> doneOrder;
    connect(m_model, &StepListModel::stateChanged, this, [&doneOrder](Step step, State state) {
        if (state == State::Done)
            doneOrder.append(step);
    });

    m_model->onPhaseChanged(UpdatePhase::Preflight);
    QCOMPARE(stateOf(Step::CheckDevice), State::Running);
    DeviceInfo device;
    device.model = QStringLiteral("GRV-EPIC-PR2");
    device.firmwareVersion = QStringLiteral("4.0.2");
    m_model->onPreflightPassed(device);
    QCOMPARE(detailOf(Step::CheckDevice), QStringLiteral("GRV-EPIC-PR2 \u00b7 reported version 4.0.2"));
    m_clock.advance(2'000);

    m_model->onPhaseChanged(UpdatePhase::Prepare);
    QCOMPARE(stateOf(Step::CheckDevice), State::Done);
    QCOMPARE(elapsedOf(Step::CheckDevice), QStringLiteral("0:02"));
    QCOMPARE(stateOf(Step::Prepare), State::Running);

    m_model->onPhaseChanged(UpdatePhase::Upload);
    QCOMPARE(stateOf(Step::Prepare), State::Done);
    QCOMPARE(stateOf(Step::Upload), State::Running);
    m_model->onUploadProgress(1'000, 1'000, 0, 1);

    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    QCOMPARE(m_model->indexOf(Step::Upload).data(StepListModel::ProgressRole).toInt(), 1000);
    QCOMPARE(stateOf(Step::Reassemble), State::Running); // the device starts on its own at once

    // Each device stage maps onto its row.
    const QList<Step> deviceRows{Step::Reassemble,     Step::Unzip,   Step::Decrypt,         Step::Decompress,
                                 Step::BackUpSettings, Step::Install, Step::FinishAndRestart};
    for (int i = 0; i < deviceRows.size(); ++i) {
        m_model->onDeviceStagesChanged(stagesAt(2 + i));
        QCOMPARE(stateOf(deviceRows.at(i)), State::Running);
        if (i > 0)
            QCOMPARE(stateOf(deviceRows.at(i - 1)), State::Done);
        QCOMPARE(stateOf(Step::Restarts), State::Pending);
    }
    QCOMPARE(detailOf(Step::Install), QString()); // no longer running
    QCOMPARE(detailOf(Step::FinishAndRestart), QStringLiteral("Do not power the device off."));

    // The phase alone promises nothing: the row starts with the first restart step the engine observed.
    m_model->onPhaseChanged(UpdatePhase::Restarts);
    QCOMPARE(stateOf(Step::Restarts), State::Pending);
    m_model->onRestartProgress(RestartStep::Restarting);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restarts), State::Running);
    QCOMPARE(detailOf(Step::Restarts), restartStepName(RestartStep::Restarting));
    m_model->onRestartWaiting(RestartStep::Restarting, 42'000);
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::Restarting, 42'000));
    QVERIFY2(detailOf(Step::Restarts).startsWith(QLatin1String("No answer for 0:42")),
             qPrintable(detailOf(Step::Restarts)));
    m_model->onRestartProgress(RestartStep::Ready);
    QCOMPARE(stateOf(Step::Restarts), State::Done); // at once: the device is back
    QCOMPARE(detailOf(Step::Restarts), QString());
    QCOMPARE(stateOf(Step::Ready), State::Running);
    QVERIFY(!detailOf(Step::Ready).isEmpty());
    m_model->onPhaseChanged(UpdatePhase::Verify); // Ready runs while the version is read
    QCOMPARE(stateOf(Step::Ready), State::Running);
    m_model->onPhaseChanged(UpdatePhase::Finished);
    m_model->onFinished(UpdateOutcome::Succeeded);

    QList<Step> everyStep;
    for (int row = 0; row < StepListModel::StepCount; ++row)
        everyStep << static_cast<Step>(row);
    QCOMPARE(doneOrder, everyStep);
    QCOMPARE(m_model->overallFraction(), 1.0);
    QVERIFY(!m_model->isRunning());
}

void TestStepListModel::uploadRowShowsBytesRateEtaAndChunk()
{
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    m_model->onPhaseChanged(UpdatePhase::Prepare);
    m_model->onPhaseChanged(UpdatePhase::Upload);
    const QModelIndex upload = m_model->indexOf(Step::Upload);
    QCOMPARE(upload.data(StepListModel::DetailRole).toString(), QString()); // nothing known yet

    m_model->onUploadProgress(0, 60'000'000, 0, 3);
    m_clock.advance(1'000);
    m_model->onUploadProgress(10'000'000, 60'000'000, 0, 3);
    m_clock.advance(1'000);
    m_model->onUploadProgress(20'000'000, 60'000'000, 0, 3);
    QCOMPARE(upload.data(StepListModel::ProgressRole).toInt(), 333);
    QCOMPARE(upload.data(StepListModel::DetailRole).toString(),
             QStringLiteral("20.0 of 60.0 MB \u00b7 10.0 MB/s \u00b7 ETA 0:04 \u00b7 chunk 1 of 3"));
    QCOMPARE(upload.data(StepListModel::ElapsedRole).toString(), QStringLiteral("0:02"));
    QVERIFY(upload.data(Qt::AccessibleTextRole).toString().startsWith(QLatin1String("Upload, running, 0:02, 20.0")));

    m_clock.advance(2'000);
    m_model->onUploadProgress(40'000'000, 60'000'000, 1, 3);
    QCOMPARE(upload.data(StepListModel::DetailRole).toString(),
             QStringLiteral("40.0 of 60.0 MB \u00b7 10.0 MB/s \u00b7 ETA 0:02 \u00b7 chunk 2 of 3"));

    m_clock.advance(2'000);
    m_model->onUploadProgress(60'000'000, 60'000'000, 2, 3);
    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    QCOMPARE(upload.data(StepListModel::ProgressRole).toInt(), 1000);
    QCOMPARE(upload.data(StepListModel::DetailRole).toString(),
             QStringLiteral("60.0 MB \u00b7 10.0 MB/s on average \u00b7 3 chunks"));
    QCOMPARE(upload.data(StepListModel::ElapsedRole).toString(), QStringLiteral("0:06"));
}

void TestStepListModel::chunkRetryIsShownUntilTheNextProgress()
{
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    m_model->onPhaseChanged(UpdatePhase::Upload);
    m_model->onUploadProgress(20'000'000, 60'000'000, 0, 3);
    m_model->onChunkRetry(0, 2, 5, 400, QStringLiteral("connection reset"));
    const QString detail = detailOf(Step::Upload);
    QVERIFY2(detail.contains(QLatin1String("chunk 1 of 3: connection reset; retrying in 0.4 s (attempt 2 of 5)")),
             qPrintable(detail));
    QCOMPARE(stateOf(Step::Upload), State::Running); // a retry is not a failure
    m_model->onUploadProgress(0, 60'000'000, 0, 3);
    QVERIFY(!detailOf(Step::Upload).contains(QLatin1String("retrying")));
    QVERIFY(detailOf(Step::Upload).contains(QLatin1String("chunk 1 of 3")));
}

void TestStepListModel::deviceStagesSeenOnlyDoneStillCloseInOrder()
{
    runThroughUpload();
    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    m_clock.advance(4'000);
    // One poll saw reassemble, unzip and decrypt finished at once.
    m_model->onDeviceStagesChanged(stagesAt(5, StageState::Pending));
    for (Step step : {Step::Reassemble, Step::Unzip, Step::Decrypt})
        QCOMPARE(stateOf(step), State::Done);
    QCOMPARE(stateOf(Step::Decompress), State::Pending);
    QCOMPARE(elapsedOf(Step::Reassemble), QStringLiteral("0:04"));
    QCOMPARE(elapsedOf(Step::Unzip), QStringLiteral("0:00")); // began when the one before it ended
}

void TestStepListModel::stageErrorFailsThatRowAndLeavesLaterOnesPending()
{
    runThroughUpload();
    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    m_model->onDeviceStagesChanged(stagesAt(4, StageState::Running));
    const QString message = QStringLiteral("Failed to decrypt system update.");
    m_model->onDeviceStagesChanged(stagesAt(4, StageState::Error, message));
    m_model->onPhaseChanged(UpdatePhase::Finished);
    m_model->onFinished(UpdateOutcome::Failed);

    QCOMPARE(stateOf(Step::Unzip), State::Done);
    QCOMPARE(stateOf(Step::Decrypt), State::Failed);
    QCOMPARE(detailOf(Step::Decrypt), message);
    for (int row = static_cast<int>(Step::Decompress); row < StepListModel::StepCount; ++row)
        QCOMPARE(stateOf(static_cast<Step>(row)), State::Pending);
    QVERIFY(!m_model->isRunning());

    // An error without a message still says something.
    cleanup();
    init();
    runThroughUpload();
    m_model->onDeviceStagesChanged(stagesAt(3, StageState::Error));
    QCOMPARE(stateOf(Step::Unzip), State::Failed);
    QCOMPARE(detailOf(Step::Unzip), QStringLiteral("The device reported error code 8."));
}

void TestStepListModel::preflightFailureFailsCheckDevice()
{
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    m_model->onPhaseChanged(UpdatePhase::Finished);
    m_model->onFinished(UpdateOutcome::Failed);
    QCOMPARE(stateOf(Step::CheckDevice), State::Failed);
    QCOMPARE(stateOf(Step::Prepare), State::Pending);
    QCOMPARE(stateOf(Step::Ready), State::Pending);
}

void TestStepListModel::timeoutFailsTheRunningRow()
{
    runThroughUpload();
    m_model->onRestartProgress(RestartStep::Restarting);
    m_model->onRestartProgress(RestartStep::RestoringSettings);
    m_model->onFinished(UpdateOutcome::TimedOut);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restarts), State::Failed);
    QVERIFY(detailOf(Step::Restarts).contains(QLatin1String("may still be working")));
    QCOMPARE(stateOf(Step::Ready), State::Pending);
}

void TestStepListModel::cancelDuringUploadSkipsTheUpload()
{
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    m_model->onPhaseChanged(UpdatePhase::Prepare);
    m_model->onPhaseChanged(UpdatePhase::Upload);
    m_model->onUploadProgress(30'000'000, 60'000'000, 1, 3);
    m_model->onFinished(UpdateOutcome::Cancelled);
    QCOMPARE(stateOf(Step::Prepare), State::Done);
    QCOMPARE(stateOf(Step::Upload), State::Skipped);
    QCOMPARE(detailOf(Step::Upload), QStringLiteral("Stopped: the device keeps its current firmware."));
    QCOMPARE(stateOf(Step::Reassemble), State::Pending);
    QVERIFY(!m_model->isRunning());
}

void TestStepListModel::cancelAfterTheImageOnlyStopsWatching()
{
    runThroughUpload();
    m_facts.deviceHasImage = true; // the engine's word, not the byte count's
    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    m_model->onFinished(UpdateOutcome::Cancelled);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    QCOMPARE(stateOf(Step::Reassemble), State::Skipped);
    QCOMPARE(detailOf(Step::Reassemble),
             QStringLiteral("No longer watched: the device continues the update on its own."));
}

void TestStepListModel::dryRunSkipsEverythingAfterTheCheck()
{
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    m_model->onPhaseChanged(UpdatePhase::Finished);
    m_model->onFinished(UpdateOutcome::Succeeded);
    QCOMPARE(stateOf(Step::CheckDevice), State::Done);
    for (int row = static_cast<int>(Step::Prepare); row < StepListModel::StepCount; ++row) {
        QCOMPARE(stateOf(static_cast<Step>(row)), State::Skipped);
        QCOMPARE(elapsedOf(static_cast<Step>(row)), QString());
    }
    QCOMPARE(m_model->overallFraction(), 1.0);
}

void TestStepListModel::noWaitSkipsTheDeviceSteps()
{
    runThroughUpload();
    m_model->onFinished(UpdateOutcome::Succeeded);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    for (int row = static_cast<int>(Step::Reassemble); row < StepListModel::StepCount; ++row)
        QCOMPARE(stateOf(static_cast<Step>(row)), State::Skipped);
}

void TestStepListModel::restartRowSaysLiveWhereTheDeviceIs()
{
    // The rarer picture too: the device answers between its restarts. Still one row, telling each step as it comes.
    runThroughUpload();
    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    m_model->onDeviceStagesChanged(stagesAt(9, StageState::Done));
    m_model->onPhaseChanged(UpdatePhase::Restarts);
    m_model->onRestartProgress(RestartStep::WaitingForRestart);
    m_model->onRestartWaiting(RestartStep::WaitingForRestart, 3'000);
    QCOMPARE(stateOf(Step::Restarts), State::Running);
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::WaitingForRestart, 3'000));

    for (RestartStep step : {RestartStep::Restarting, RestartStep::RestoringSettings, RestartStep::RestartingAgain}) {
        m_model->onRestartProgress(step);
        QCOMPARE(detailOf(Step::Restarts), restartStepName(step));
        m_model->onRestartWaiting(step, 61'000);
        QCOMPARE(detailOf(Step::Restarts), restartWaitText(step, 61'000));
        QCOMPARE(stateOf(Step::Restarts), State::Running);
        QCOMPARE(stateOf(Step::Ready), State::Pending);
    }
    QVERIFY(detailOf(Step::Restarts).contains(QLatin1String("1:01")));
    const QString spoken = m_model->indexOf(Step::Restarts).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QLatin1String("Two restarts and settings restore, running")), qPrintable(spoken));
    QVERIFY2(spoken.contains(QLatin1String("1:01")), qPrintable(spoken));

    m_model->onRestartProgress(RestartStep::Ready);
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    m_model->onFinished(UpdateOutcome::Succeeded);
    QCOMPARE(stateOf(Step::Ready), State::Done);
}

void TestStepListModel::restartDetailCountsOnBetweenPolls()
{
    runThroughUpload();
    m_model->onRestartProgress(RestartStep::Restarting);
    m_model->onRestartWaiting(RestartStep::Restarting, 10'000);
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::Restarting, 10'000));

    // A request may take a while to fail: until then the device is where it was, for longer.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_clock.advance(5'000);
    m_model->refreshElapsed();
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::Restarting, 15'000));
    const auto restartRow = std::find_if(changed.cbegin(), changed.cend(), [this](const QList<QVariant> &args) {
        return args.at(0).toModelIndex() == m_model->indexOf(Step::Restarts);
    });
    QVERIFY(restartRow != changed.cend());
    QVERIFY(restartRow->at(2).value<QList<int>>().isEmpty()); // every role: the longer text may wrap

    // The next report replaces the estimate.
    m_model->onRestartWaiting(RestartStep::Restarting, 14'000);
    QCOMPARE(detailOf(Step::Restarts), restartWaitText(RestartStep::Restarting, 14'000));
}

void TestStepListModel::missedRestartIsNotClaimed()
{
    // The whole outage fell between two polls: the device is back with a new version, no silence was seen.
    runThroughUpload();
    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    m_model->onDeviceStagesChanged(stagesAt(8));
    m_model->onRestartProgress(RestartStep::Ready);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QVERIFY2(detailOf(Step::Restarts).contains(QLatin1String("No restart was seen")),
             qPrintable(detailOf(Step::Restarts)));
    QCOMPARE(stateOf(Step::Ready), State::Running);

    m_model->onFinished(UpdateOutcome::Succeeded); // succeeded on the new version
    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QVERIFY2(detailOf(Step::Restarts).contains(QLatin1String("reports a new version")),
             qPrintable(detailOf(Step::Restarts)));
    QCOMPARE(stateOf(Step::Ready), State::Done);
}

void TestStepListModel::deviceAwayAgainAfterReadyIsToldOnReady()
{
    runThroughUpload();
    m_model->onRestartProgress(RestartStep::Restarting);
    m_model->onRestartProgress(RestartStep::Ready);
    m_model->onRestartProgress(RestartStep::RestartingAgain);
    m_model->onRestartWaiting(RestartStep::RestartingAgain, 2'000);
    QCOMPARE(stateOf(Step::Restarts), State::Done); // rows never move back
    QCOMPARE(stateOf(Step::Ready), State::Running);
    QCOMPARE(detailOf(Step::Ready), restartWaitText(RestartStep::RestartingAgain, 2'000));
    m_model->onRestartProgress(RestartStep::Ready);
    QVERIFY(!detailOf(Step::Ready).contains(QLatin1String("No answer")));
}

void TestStepListModel::notVerifiedIsNotGreen()
{
    runThroughUpload();
    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    m_model->onDeviceStagesChanged(stagesAt(9, StageState::Done));
    m_model->onRestartProgress(RestartStep::WaitingForRestart);
    m_model->onRestartWaiting(RestartStep::WaitingForRestart, 120'000);
    m_model->onRestartProgress(RestartStep::Ready); // the engine gave up waiting for a restart
    m_facts.finalMessage = QStringLiteral("The device is ready and no longer updating, but this run saw neither its "
                                          "restart nor a new version.");
    m_model->onFinished(UpdateOutcome::NotVerified);

    QCOMPARE(stateOf(Step::Restarts), State::Skipped);
    QVERIFY(detailOf(Step::Restarts).contains(QLatin1String("No restart was seen")));
    QCOMPARE(stateOf(Step::Ready), State::Unverified);
    QCOMPARE(detailOf(Step::Ready), QStringLiteral("Not verified: ") + m_facts.finalMessage);
    QCOMPARE(StepListModel::stateName(State::Unverified), QStringLiteral("not verified"));
    QVERIFY(m_model->indexOf(Step::Ready)
                .data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(QLatin1String("Ready, not verified")));
    QVERIFY(!m_model->isRunning());
    QCOMPARE(m_model->overallFraction(), 1.0); // over, though not green
}

void TestStepListModel::needsCommissioningIsDoneAndSaysSo()
{
    m_facts.preserveSettings = false;
    runThroughUpload();
    m_model->onRestartProgress(RestartStep::Restarting);
    m_model->onRestartProgress(RestartStep::Ready);
    m_model->onFinished(UpdateOutcome::NeedsCommissioning);
    QCOMPARE(stateOf(Step::Restarts), State::Done);
    QCOMPARE(stateOf(Step::Ready), State::Done);
    QVERIFY2(detailOf(Step::Ready).contains(QLatin1String("needs commissioning")), qPrintable(detailOf(Step::Ready)));
    QVERIFY(!m_model->isRunning());
}

void TestStepListModel::factoryResetNoteStaysOnTheRestartRow()
{
    m_facts.preserveSettings = false;
    runThroughUpload();
    const QString note = QStringLiteral("factory-fresh");
    QVERIFY(detailOf(Step::Restarts).contains(note)); // said before it happens
    m_model->onRestartProgress(RestartStep::Restarting);
    m_model->onRestartWaiting(RestartStep::Restarting, 5'000);
    QVERIFY(detailOf(Step::Restarts).startsWith(restartWaitText(RestartStep::Restarting, 5'000)));
    QVERIFY(detailOf(Step::Restarts).contains(note));
    m_model->onRestartProgress(RestartStep::Ready);
    QVERIFY(detailOf(Step::Restarts).contains(note));

    // With settings preserved there is no such note.
    cleanup();
    init();
    runThroughUpload();
    QVERIFY(!detailOf(Step::Restarts).contains(note));
}

void TestStepListModel::stillUpdatingSkipsWhatTheDeviceDoesAlone()
{
    runThroughUpload();
    m_facts.deviceHasImage = true;
    m_model->onPhaseChanged(UpdatePhase::Finished);
    m_model->onFinished(UpdateOutcome::StillUpdating);
    QCOMPARE(stateOf(Step::Upload), State::Done);
    QCOMPARE(stateOf(Step::Reassemble), State::Skipped);
    QCOMPARE(detailOf(Step::Reassemble), QStringLiteral("Not watched: the device continues the update on its own."));
    for (int row = static_cast<int>(Step::Unzip); row < StepListModel::StepCount; ++row) {
        QCOMPARE(stateOf(static_cast<Step>(row)), State::Skipped);
        QCOMPARE(detailOf(static_cast<Step>(row)), QString());
    }
    QVERIFY(!m_model->isRunning());
}

void TestStepListModel::followSkipsPrepareAndUpload()
{
    m_facts.mode = RunMode::Follow;
    m_facts.deviceHasImage = true;
    QList<Step> doneOrder;
    connect(m_model, &StepListModel::stateChanged, this, [&doneOrder](Step step, State state) {
        if (state == State::Done)
            doneOrder.append(step);
    });

    m_model->onPhaseChanged(UpdatePhase::Preflight);
    for (Step step : {Step::Prepare, Step::Upload}) {
        QCOMPARE(stateOf(step), State::Skipped);
        QVERIFY2(detailOf(step).contains(QLatin1String("Not part of following")), qPrintable(detailOf(step)));
    }
    QCOMPARE(m_model->indexOf(Step::Upload).data(StepListModel::ProgressRole).toInt(), -1); // no empty bar
    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    QCOMPARE(stateOf(Step::CheckDevice), State::Done);
    QCOMPARE(stateOf(Step::Reassemble), State::Pending); // where the device is, its status tells
    m_model->onDeviceStagesChanged(stagesAt(7));         // install running
    QCOMPARE(stateOf(Step::Install), State::Running);
    QCOMPARE(stateOf(Step::Upload), State::Skipped); // the device's "upload: done" does not make it this run's
    m_model->onRestartProgress(RestartStep::Restarting);
    m_model->onRestartProgress(RestartStep::Ready);
    m_model->onFinished(UpdateOutcome::Succeeded);

    QList<Step> expected{Step::CheckDevice};
    for (int row = static_cast<int>(Step::Reassemble); row < StepListModel::StepCount; ++row)
        expected << static_cast<Step>(row);
    QCOMPARE(doneOrder, expected);
    QCOMPARE(m_model->overallFraction(), 1.0);

    // Cancelling a follow run only stops watching.
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    m_model->onPhaseChanged(UpdatePhase::DeviceStages);
    m_model->onDeviceStagesChanged(stagesAt(5));
    m_model->onFinished(UpdateOutcome::Cancelled);
    QCOMPARE(stateOf(Step::Decompress), State::Skipped);
    QCOMPARE(detailOf(Step::Decompress),
             QStringLiteral("No longer watched: the device continues the update on its own."));
}

void TestStepListModel::failureNamesTheEnginesMessage()
{
    runThroughUpload();
    m_model->onRestartProgress(RestartStep::Restarting);
    m_model->onRestartProgress(RestartStep::RestoringSettings);
    m_facts.errorMessage = QStringLiteral("The device came back from its restarts without its settings.");
    m_model->onFinished(UpdateOutcome::Failed);
    QCOMPARE(stateOf(Step::Restarts), State::Failed);
    QCOMPARE(detailOf(Step::Restarts), m_facts.errorMessage);
    QCOMPARE(stateOf(Step::Ready), State::Pending);
}

void TestStepListModel::lateReportsNeverMoveARowBack()
{
    runThroughUpload();
    m_model->onDeviceStagesChanged(stagesAt(5));
    QCOMPARE(stateOf(Step::Decompress), State::Running);
    m_model->onDeviceStagesChanged(stagesAt(2, StageState::Pending)); // a stale answer
    QCOMPARE(stateOf(Step::Reassemble), State::Done);
    QCOMPARE(stateOf(Step::Decompress), State::Running);
    m_model->onPhaseChanged(UpdatePhase::Upload); // a stray phase signal
    QCOMPARE(stateOf(Step::Upload), State::Done);
}

void TestStepListModel::unknownStagesAreIgnored()
{
    runThroughUpload();
    QList<DeviceStage> stages = stagesAt(3);
    DeviceStage extra;
    extra.name = QStringLiteral("calibrateFluxCapacitor");
    extra.state = StageState::Error;
    stages.append(extra);
    m_model->onDeviceStagesChanged(stages);
    QCOMPARE(stateOf(Step::Unzip), State::Running);
    QCOMPARE(m_model->rowCount(), StepListModel::StepCount);
    for (int row = 0; row < StepListModel::StepCount; ++row)
        QVERIFY(stateOf(static_cast<Step>(row)) != State::Failed);
}

void TestStepListModel::overallFractionFollowsTheSteps()
{
    QSignalSpy fractions(m_model, &StepListModel::overallFractionChanged);
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    m_model->onPhaseChanged(UpdatePhase::Prepare);
    m_model->onPhaseChanged(UpdatePhase::Upload);
    QCOMPARE(m_model->overallFraction(), 2.0 / StepListModel::StepCount);
    m_model->onUploadProgress(30'000'000, 60'000'000, 1, 3);
    QCOMPARE(m_model->overallFraction(), 2.5 / StepListModel::StepCount);
    QCOMPARE(fractions.last().at(0).toDouble(), 2.5 / StepListModel::StepCount);
    QCOMPARE(m_model->property("overallFraction").toDouble(), 2.5 / StepListModel::StepCount);
    m_model->onFinished(UpdateOutcome::Failed); // a failure does not count as progress
    QCOMPARE(m_model->overallFraction(), 2.0 / StepListModel::StepCount);
}

void TestStepListModel::elapsedTimesMoveWithTheClock()
{
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_clock.advance(83'000);
    m_model->refreshElapsed();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->indexOf(Step::CheckDevice));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(StepListModel::ElapsedRole));
    QCOMPARE(elapsedOf(Step::CheckDevice), QStringLiteral("1:23"));
    m_clock.advance(3'600'000);
    QCOMPARE(elapsedOf(Step::CheckDevice), QStringLiteral("1:01:23"));
    QCOMPARE(elapsedOf(Step::Prepare), QString());
}

void TestStepListModel::runningSignalFollowsTheSteps()
{
    QSignalSpy running(m_model, &StepListModel::runningChanged);
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    m_model->onPhaseChanged(UpdatePhase::Prepare);
    m_model->onFinished(UpdateOutcome::Failed);
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QCOMPARE(running.at(1).at(0).toBool(), false);

    // A new run starts from a clean slate.
    m_model->onPhaseChanged(UpdatePhase::Preflight);
    QCOMPARE(stateOf(Step::CheckDevice), State::Running);
    QCOMPARE(stateOf(Step::Prepare), State::Pending);
}

QTEST_GUILESS_MAIN(TestStepListModel)
#include "tst_steplistmodel.moc"
