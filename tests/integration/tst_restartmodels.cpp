// The engine through every restart model the simulator knows (docs/reliability.md, "Restart models"): each ends
// at the first or second poll after the device is up for good, never while it is still between its restarts, and
// with the outcome its evidence allows. Polls are counted on the device's side; nothing here is timed.
#include "ExitCode.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QSignalSpy>
#include <QTest>

using namespace groov;
using namespace groov::test;

namespace {

const QString CommissionPath = QStringLiteral("/commission/status");
const QString StatusPath = QStringLiteral("/update/status");
const QString DeviceVersion = QStringLiteral("3.6.0-b.105"); // the simulator's version before any update

// What the device was doing whenever the engine said where it is, and when it finished.
class DevicePhaseLog : public QObject
{
public:
    DevicePhaseLog(SimHarness &sim, UpdateController &controller)
    {
        connect(&controller, &UpdateController::restartProgress, this, [this, &sim](RestartStep step) {
            if (step == RestartStep::Ready)
                atReady << phaseOf(sim);
        });
        connect(&controller, &UpdateController::finished, this, [this, &sim] { atFinish = phaseOf(sim); });
    }
    QStringList atReady;
    QString atFinish;

private:
    static QString phaseOf(SimHarness &sim) { return sim.report().value(QLatin1String("phase")).toString(); }
};

UpdateRequest factoryResetRequest(SimHarness &sim)
{
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 200'000));
    request.preserveSettings = false;
    request.factoryResetConfirmed = true;
    return request;
}

// Hands the update over with --no-wait's request: the device processes the image on its own afterwards.
void handOverTheImage(SimHarness &sim, UpdateRun &run)
{
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 200'000));
    request.waitForDevice = false;
    QCOMPARE(run.run(request), UpdateOutcome::StillUpdating);
}

// Ready, and the outcome, only once the simulator is through both restarts.
void verifyNeverBetweenTheRestarts(const DevicePhaseLog &log)
{
    for (const QString &phase : log.atReady)
        QCOMPARE(phase, QStringLiteral("ready"));
    QCOMPARE(log.atFinish, QStringLiteral("ready"));
}

} // namespace

class TestRestartModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedOneOutageEndsAtTheFirstAnswer();
    void restoreVisibleIsNeverTakenForReady();
    void missedRestartIsToldByTheNewVersion();
    void missedRestartWithTheSameVersionIsNotVerified_data();
    void missedRestartWithTheSameVersionIsNotVerified();
    void stalledPollCutByTheRestart_data();
    void stalledPollCutByTheRestart();
    void factoryResetNeedsCommissioningAtTheFirstAnswer();
    void factoryResetWithoutCertificateChecksReadsTheCommissionStatus();
    void settingsLostFailsAfterTheRestoreWindow();
    void followAfterNoWaitSeesTheUpdateToItsEnd();
    void followAnIdleDeviceIsNotVerified();
    void followFromTheMiddleOfTheRestart_data();
    void followFromTheMiddleOfTheRestart();
};

void TestRestartModels::documentedOneOutageEndsAtTheFirstAnswer()
{
    SimHarness sim;
    UpMark up(sim);
    UpdateRun run;
    DevicePhaseLog phases(sim, run.controller);
    QSignalSpy waiting(&run.controller, &UpdateController::restartWaiting);
    QCOMPARE(run.run(sim.request(sim.makeFirmware(QStringLiteral("epic"), 200'000))), UpdateOutcome::Succeeded);

    QCOMPARE(up.ups(), 1); // one outage, as the vendor documents
    QCOMPARE(run.restartSteps, (QList<RestartStep>{RestartStep::Restarting, RestartStep::Ready}));
    // Ready at the first poll after the device came up: one commission poll, then the status and the version.
    QCOMPARE(up.requestsSince(CommissionPath), 1);
    QCOMPARE(up.requestsSince(StatusPath), 1);
    QVERIFY(up.requestsSince(QString()) <= 3);
    verifyNeverBetweenTheRestarts(phases);
    // While it was away the engine said so, step and time, after every poll.
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(waiting.first().at(0).value<RestartStep>(), RestartStep::Restarting);

    const UpdateReport &report = run.controller.report();
    QVERIFY(report.restartSeen);
    QVERIFY(report.versionChanged);
    QCOMPARE(report.versionAfter, QStringLiteral("4.1.0-b.42"));
    QCOMPARE(exitCodeFor(report), ExitCode::Success);
    // The story every view shows: every step done, the outage as one step, kept in the report.
    for (int i = 0; i < UpdateTimeline::StepCount; ++i)
        QCOMPARE(report.timeline.state(static_cast<UpdateStep>(i)), StepState::Done);
    QCOMPARE(run.controller.timeline().state(UpdateStep::Restarts), StepState::Done);
    QCOMPARE(sim.violations(), QStringList());
}

void TestRestartModels::restoreVisibleIsNeverTakenForReady()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("restore-visible"));
    UpMark up(sim);
    UpdateRun run;
    DevicePhaseLog phases(sim, run.controller);
    QCOMPARE(run.run(sim.request(sim.makeFirmware(QStringLiteral("epic"), 200'000))), UpdateOutcome::Succeeded);

    QCOMPARE(up.ups(), 2);
    // At 50 ms polls the 300 ms restore is seen: answering, not commissioned, then silent again.
    QCOMPARE(run.restartSteps, (QList<RestartStep>{RestartStep::Restarting, RestartStep::RestoringSettings,
                                                   RestartStep::RestartingAgain, RestartStep::Ready}));
    QVERIFY2(up.requestsSince(CommissionPath) >= 1 && up.requestsSince(CommissionPath) <= 2,
             qPrintable(QString::number(up.requestsSince(CommissionPath))));
    verifyNeverBetweenTheRestarts(phases);
    QVERIFY(run.controller.report().restartSeen);
    // The restore seen between the restarts stays inside the one restart step; Ready comes once.
    const UpdateTimeline &timeline = run.controller.timeline();
    QCOMPARE(timeline.state(UpdateStep::Restarts), StepState::Done);
    QCOMPARE(timeline.state(UpdateStep::Ready), StepState::Done);
    QVERIFY(timeline.step(UpdateStep::Restarts).finishedAt <= timeline.step(UpdateStep::Ready).startedAt);
    QCOMPARE(sim.violations(), QStringList());
}

void TestRestartModels::missedRestartIsToldByTheNewVersion()
{
    // The whole outage lasts no time, well inside a 2 s poll interval: the engine never sees it.
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), 1000.0);
    sim.addFault(QStringLiteral("restart-down=0"));
    UpMark up(sim);
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 200'000));
    request.timings.pollIntervalMs = 2'000;
    UpdateRun run;
    DevicePhaseLog phases(sim, run.controller);
    QCOMPARE(run.run(request), UpdateOutcome::Succeeded);

    const UpdateReport &report = run.controller.report();
    QVERIFY(!report.restartSeen);
    QVERIFY(report.versionChanged);
    QCOMPARE(report.versionAfter, QStringLiteral("4.1.0-b.42"));
    QCOMPARE(up.requestsSince(StatusPath), 1); // the first poll after the restart ends it
    QCOMPARE(up.requestsSince(CommissionPath), 0);
    QCOMPARE(run.restartSteps, QList<RestartStep>{RestartStep::Ready});
    verifyNeverBetweenTheRestarts(phases);
    // Not claimed as seen: the restart step says the new version tells it.
    const UpdateTimeline &timeline = run.controller.timeline();
    QCOMPARE(timeline.state(UpdateStep::Restarts), StepState::Skipped);
    QVERIFY2(timeline.detailText(UpdateStep::Restarts, QDateTime()).contains(QLatin1String("reports a new version")),
             qPrintable(timeline.detailText(UpdateStep::Restarts, QDateTime())));
    QCOMPARE(timeline.state(UpdateStep::Ready), StepState::Done);
}

void TestRestartModels::missedRestartWithTheSameVersionIsNotVerified_data()
{
    QTest::addColumn<int>("restartWindowMs");
    QTest::newRow("window shorter than a poll") << 1'000;
    QTest::newRow("window of several polls") << 5'000;
}

void TestRestartModels::missedRestartWithTheSameVersionIsNotVerified()
{
    QFETCH(int, restartWindowMs);
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), 1000.0);
    sim.addFault(QStringLiteral("restart-down=0"));
    UpMark up(sim);
    UpdateRequest request =
        sim.request(sim.makeFirmware(QStringLiteral("epic"), 200'000, QStringLiteral("same.bin"), DeviceVersion));
    request.timings.pollIntervalMs = 2'000;
    request.timings.restartWindowMs = restartWindowMs;
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::NotVerified);

    const UpdateReport &report = run.controller.report();
    QVERIFY(!report.restartSeen);
    QVERIFY(!report.versionChanged);
    QCOMPARE(report.versionAfter, DeviceVersion);
    QCOMPARE(exitCodeFor(report), ExitCode::Success);
    QVERIFY2(report.finalMessage.contains(QLatin1String("neither its restart nor a new version")),
             qPrintable(report.finalMessage));
    QVERIFY(run.logs.join(QLatin1Char('\n')).contains(QLatin1String("could not be verified")));
    // It waited out the restart window (one more poll, or several), not the deadline.
    if (restartWindowMs < request.timings.pollIntervalMs)
        QCOMPARE(up.requestsSince(StatusPath), 2);
    else
        QVERIFY2(up.requestsSince(StatusPath) >= 3, qPrintable(QString::number(up.requestsSince(StatusPath))));
    QVERIFY(run.restartSteps.contains(RestartStep::WaitingForRestart));
    QCOMPARE(run.restartSteps.count(RestartStep::WaitingForRestart), 1); // told once, not at every poll
}

void TestRestartModels::stalledPollCutByTheRestart_data()
{
    QTest::addColumn<QString>("restartDown");
    QTest::newRow("restart of the usual length") << QString();
    // Qt re-sends a GET whose connection closed before any answer: the re-send may find the device already back, so
    // the engine may see no silence at all and tell the end by the new version.
    QTest::newRow("instant restart") << QStringLiteral("restart-down=0");
}

void TestRestartModels::stalledPollCutByTheRestart()
{
    QFETCH(QString, restartDown);
    SimHarness sim;
    // The first status poll hangs until the device goes down for its restart: the engine never sees a stage run.
    sim.addFault(QStringLiteral("stall=status"));
    if (!restartDown.isEmpty())
        sim.addFault(restartDown);
    UpMark up(sim);
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 200'000));
    request.timings.api.pollMs = 60'000;
    UpdateRun run;
    DevicePhaseLog phases(sim, run.controller);
    QCOMPARE(run.run(request), UpdateOutcome::Succeeded);

    // The only stages it saw were those the device showed after its restart.
    QCOMPARE(run.stageLists.size(), 1);
    const UpdateReport &report = run.controller.report();
    if (restartDown.isEmpty()) {
        QCOMPARE(run.restartSteps.first(), RestartStep::Restarting);
        QVERIFY(report.restartSeen);
        QVERIFY(up.requestsSince(CommissionPath) >= 1 && up.requestsSince(CommissionPath) <= 2);
    }
    QVERIFY(report.restartSeen || report.versionChanged);
    // Either way the end came within the first polls after the device was back (a commission poll and the status
    // check, or the status poll alone).
    const int polls = up.requestsSince(CommissionPath) + up.requestsSince(StatusPath);
    QVERIFY2(polls >= 1 && polls <= 3, qPrintable(QString::number(polls)));
    verifyNeverBetweenTheRestarts(phases);
}

void TestRestartModels::factoryResetNeedsCommissioningAtTheFirstAnswer()
{
    SimHarness sim;
    UpMark up(sim);
    UpdateRequest request = factoryResetRequest(sim);
    UpdateRun run;
    DevicePhaseLog phases(sim, run.controller);
    QCOMPARE(run.run(request), UpdateOutcome::NeedsCommissioning);

    // The new certificate is met in the handshake of the first poll after the outage; no request follows it.
    QCOMPARE(up.handshakesSince(), 1);
    QCOMPARE(up.requestsSince(QString()), 0);
    QCOMPARE(run.certificateUntrustedCount, 0);
    verifyNeverBetweenTheRestarts(phases);
    const UpdateReport &report = run.controller.report();
    QCOMPARE(exitCodeFor(report), ExitCode::Success);
    QVERIFY2(report.finalMessage.contains(QLatin1String("commissioned again")), qPrintable(report.finalMessage));
    const QString newFingerprint = TlsTrust::formatFingerprint(sim.device().fingerprintSha256()).left(23);
    QVERIFY2(report.finalMessage.contains(newFingerprint), qPrintable(report.finalMessage));
    const QString ready = report.timeline.detailText(UpdateStep::Ready, QDateTime());
    QCOMPARE(report.timeline.state(UpdateStep::Ready), StepState::Done);
    QVERIFY2(ready.contains(QLatin1String("needs commissioning")), qPrintable(ready));
    QVERIFY2(report.timeline.step(UpdateStep::Restarts).note.contains(QLatin1String("factory-fresh")),
             qPrintable(report.timeline.step(UpdateStep::Restarts).note));
}

void TestRestartModels::factoryResetWithoutCertificateChecksReadsTheCommissionStatus()
{
    SimHarness sim;
    UpMark up(sim);
    UpdateRequest request = factoryResetRequest(sim);
    request.trust = TlsTrust::insecure();
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::NeedsCommissioning);
    QCOMPARE(up.requestsSince(CommissionPath), 1); // "false" at the first poll is the expected end
    QCOMPARE(sim.report().value(QLatin1String("commissioned")).toBool(true), false);
}

void TestRestartModels::settingsLostFailsAfterTheRestoreWindow()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("forget-settings"));
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 200'000));
    request.timings.restoreWindowMs = 1'000;
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::SettingsLost);
    QCOMPARE(exitCodeFor(run.controller.report()), ExitCode::DeviceFailure);
    QVERIFY2(run.errorMessage().contains(QLatin1String("without its settings")), qPrintable(run.errorMessage()));
    QCOMPARE(run.restartSteps.last(), RestartStep::RestoringSettings);
}

void TestRestartModels::followAfterNoWaitSeesTheUpdateToItsEnd()
{
    SimHarness sim;
    UpdateRun handOver;
    handOverTheImage(sim, handOver);
    const int appliesBefore = sim.requestCount(QStringLiteral("/apply"));

    UpMark up(sim);
    UpdateRequest follow = sim.followRequest();
    follow.versionBefore = handOver.controller.report().versionBefore;
    UpdateRun run;
    DevicePhaseLog phases(sim, run.controller);
    QCOMPARE(run.run(follow), UpdateOutcome::Succeeded);
    QCOMPARE(run.phases.first(), UpdatePhase::Preflight);
    QVERIFY(!run.phases.contains(UpdatePhase::Prepare));
    QVERIFY(!run.phases.contains(UpdatePhase::Upload));
    QCOMPARE(sim.requestCount(QStringLiteral("/prepare")), 1);
    QCOMPARE(sim.requestCount(QStringLiteral("/apply")), appliesBefore);
    QVERIFY(run.controller.report().restartSeen);
    QCOMPARE(run.controller.report().mode, RunMode::Follow);
    QVERIFY(up.requestsSince(CommissionPath) >= 1 && up.requestsSince(CommissionPath) <= 2);
    verifyNeverBetweenTheRestarts(phases);
}

void TestRestartModels::followAnIdleDeviceIsNotVerified()
{
    SimHarness sim;
    UpdateRun run;
    QCOMPARE(run.run(sim.followRequest()), UpdateOutcome::NotVerified);
    QVERIFY2(run.controller.report().finalMessage.contains(QLatin1String("did not see an update")),
             qPrintable(run.controller.report().finalMessage));
    QCOMPARE(sim.requestCount(QStringLiteral("/prepare")), 0);
    QCOMPARE(sim.requestCount(StatusPath), 1); // no restart window: nothing was seen under way
}

void TestRestartModels::followFromTheMiddleOfTheRestart_data()
{
    QTest::addColumn<bool>("versionKnown");
    QTest::addColumn<UpdateOutcome>("expected");
    QTest::newRow("version before given") << true << UpdateOutcome::Succeeded;
    QTest::newRow("version before unknown") << false << UpdateOutcome::NotVerified;
}

void TestRestartModels::followFromTheMiddleOfTheRestart()
{
    QFETCH(bool, versionKnown);
    QFETCH(UpdateOutcome, expected);
    SimHarness sim;
    UpdateRun handOver;
    handOverTheImage(sim, handOver);

    // Following begins while the device is down: a silence first, then the device up for good.
    UpdateRun run;
    UpdateRequest follow = sim.followRequest();
    if (versionKnown)
        follow.versionBefore = DeviceVersion;
    connect(&sim.device(), &sim::SimulatedDevice::listeningChanged, &run, [&](bool listening) {
        if (!listening && !run.controller.isRunning())
            run.startOnly(follow);
    });
    UpMark up(sim);
    QVERIFY(run.waitFinished(60'000));
    QCOMPARE(*run.outcome, expected);
    QCOMPARE(run.restartSteps.first(), RestartStep::Restarting);
    QVERIFY(up.requestsSince(CommissionPath) >= 1 && up.requestsSince(CommissionPath) <= 2);
    QCOMPARE(run.controller.report().versionAfter, QStringLiteral("4.1.0-b.42"));
}

QTEST_GUILESS_MAIN(TestRestartModels)
#include "tst_restartmodels.moc"
