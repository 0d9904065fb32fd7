// StepListModel driven by hand: every mapping from the controller's signals to the rows, with a clock the test
// moves. No device, no widgets.
#include "StepListModel.h"

#include <QAbstractItemModelTester>
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
    void oneRestartOnlySkipsTheSecond();
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
    m_model = new StepListModel(this);
    m_model->setClock([this] { return m_clock.now; });
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
                                 QStringLiteral("Restart 1 of 2"), QStringLiteral("Restoring settings"),
                                 QStringLiteral("Restart 2 of 2"), QStringLiteral("Ready")}));
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
        QCOMPARE(stateOf(Step::Restart1), State::Pending);
    }
    QCOMPARE(detailOf(Step::Install), QString()); // no longer running
    QCOMPARE(detailOf(Step::FinishAndRestart), QStringLiteral("Do not power the device off."));

    m_model->onPhaseChanged(UpdatePhase::Restarts);
    m_model->onRestartProgress(RestartStep::Restarting1);
    QCOMPARE(stateOf(Step::FinishAndRestart), State::Done);
    QCOMPARE(stateOf(Step::Restart1), State::Running);
    QVERIFY(detailOf(Step::Restart1).contains(QLatin1String("this is expected")));
    m_model->onRestartProgress(RestartStep::RestoringSettings);
    QCOMPARE(stateOf(Step::Restart1), State::Done);
    QCOMPARE(stateOf(Step::RestoringSettings), State::Running);
    m_model->onRestartProgress(RestartStep::Restarting2);
    QCOMPARE(stateOf(Step::RestoringSettings), State::Done);
    QCOMPARE(stateOf(Step::Restart2), State::Running);
    m_model->onRestartProgress(RestartStep::Ready);
    QCOMPARE(stateOf(Step::Restart2), State::Done);
    QCOMPARE(stateOf(Step::Ready), State::Running);
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
    m_model->onRestartProgress(RestartStep::Restarting1);
    m_model->onRestartProgress(RestartStep::RestoringSettings);
    m_model->onFinished(UpdateOutcome::TimedOut);
    QCOMPARE(stateOf(Step::Restart1), State::Done);
    QCOMPARE(stateOf(Step::RestoringSettings), State::Failed);
    QVERIFY(detailOf(Step::RestoringSettings).contains(QLatin1String("may still be working")));
    QCOMPARE(stateOf(Step::Restart2), State::Pending);
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

void TestStepListModel::oneRestartOnlySkipsTheSecond()
{
    runThroughUpload();
    m_model->onRestartProgress(RestartStep::Restarting1);
    m_model->onRestartProgress(RestartStep::RestoringSettings);
    m_model->onRestartProgress(RestartStep::Ready);
    QCOMPARE(stateOf(Step::RestoringSettings), State::Done);
    QCOMPARE(stateOf(Step::Restart2), State::Skipped);
    QVERIFY(detailOf(Step::Restart2).contains(QLatin1String("Not needed")));
    QCOMPARE(stateOf(Step::Ready), State::Running);
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
