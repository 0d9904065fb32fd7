// The update engine against a simulated device that misbehaves: lost connections, busy answers, stalls, a device
// that never comes back, and a user who cancels.
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QSignalSpy>
#include <QTest>

using namespace groov;
using namespace groov::test;

class TestUpdateFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transientChunkFailuresAreRetried_data();
    void transientChunkFailuresAreRetried();
    void stalledChunkTimesOutAndIsRetried();
    void chunkThatNeverSucceedsFailsClearly();
    void lastChunkNeverAnsweredMayHaveReachedTheDevice();
    void deviceThatNeverComesBackTimesOut();
    void silenceWhileProcessingIsWaitedOut();
    void cancelDuringUploadSendsNoFurtherChunk();
    void cancelAfterTheImageOnlyStopsWatching();
};

void TestUpdateFaults::transientChunkFailuresAreRetried_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("expectedRetries");
    // Qt itself re-sends a request once when the connection drops before any answer; four resets get past that.
    QTest::newRow("connection reset") << "reset-chunk=0x4" << 1;
    QTest::newRow("503 twice") << "503-chunk=0x2" << 2;
}

void TestUpdateFaults::transientChunkFailuresAreRetried()
{
    QFETCH(QString, fault);
    QFETCH(int, expectedRetries);
    SimHarness sim;
    sim.addFault(fault);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 3'000'000);
    UpdateRequest request = sim.request(firmware);
    request.timings.deadlineMs = 60'000;

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Succeeded);
    QVERIFY(run.retriedChunks.size() >= expectedRetries);
    QCOMPARE(run.controller.report().retries.size(), run.retriedChunks.size());
    QCOMPARE(sim.violations(), QStringList());
    QVERIFY(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    QCOMPARE(
        sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("sha256")).toString().toLatin1(),
        sha256OfFile(firmware));
    QCOMPARE(run.controller.report().firmwareSha256, sha256OfFile(firmware));
}

void TestUpdateFaults::stalledChunkTimesOutAndIsRetried()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("stall-chunk=0"));
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 200'000);
    UpdateRequest request = sim.request(firmware);
    request.timings.api.uploadInactivityMs = 1'000;

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Succeeded);
    QCOMPARE(run.retriedChunks, QList<int>{0});
    QVERIFY2(run.controller.report().retries.at(0).reason.contains(QLatin1String("timed out")),
             qPrintable(run.controller.report().retries.at(0).reason));
    QCOMPARE(sim.violations(), QStringList());
    QCOMPARE(
        sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("sha256")).toString().toLatin1(),
        sha256OfFile(firmware));
}

void TestUpdateFaults::chunkThatNeverSucceedsFailsClearly()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("503-chunk=0x100"));
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 500'000);
    UpdateRequest request = sim.request(firmware);

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.controller.report().retries.size(), request.timings.maxAttemptsPerChunk - 1);
    QVERIFY2(run.errorMessage().contains(QLatin1String("Chunk 1 of 1")), qPrintable(run.errorMessage()));
    QVERIFY2(run.errorMessage().contains(QLatin1String("keeps its current firmware")), qPrintable(run.errorMessage()));
    QVERIFY(!run.controller.deviceHasImage());
    // Every attempt was answered (503): the device surely did not take the image, so there is nothing to follow.
    QVERIFY(!run.controller.report().deviceMayHaveImage);
    QVERIFY(!run.controller.report().followCanTellMore());
    QCOMPARE(sim.requestCount(QStringLiteral("/apply")), request.timings.maxAttemptsPerChunk);
    // As the message says: nothing stored, nothing processed, the old firmware still running.
    QCOMPARE(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("chunksStored")).toInt(), 0);
    QCOMPARE(sim.requestCount(QStringLiteral("/update/status")), 0);
    QCOMPARE(sim.device().firmwareVersion(), QStringLiteral("3.6.0-b.105"));
}

void TestUpdateFaults::lastChunkNeverAnsweredMayHaveReachedTheDevice()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("stall-chunk=0x100")); // the device reads every byte and never answers
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 100'000));
    request.timings.api.uploadInactivityMs = 500;
    request.timings.maxAttemptsPerChunk = 2;

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(sim.requestCount(QStringLiteral("/apply")), 2);
    // The client cannot know whether the device kept the bytes: it must not claim the old firmware stays.
    const UpdateReport &report = run.controller.report();
    QVERIFY(!run.controller.deviceHasImage());
    QVERIFY(run.controller.deviceMayHaveImage());
    QVERIFY(report.deviceMayHaveImage);
    QVERIFY(report.followCanTellMore());
    QVERIFY2(!run.errorMessage().contains(QLatin1String("keeps its current firmware")), qPrintable(run.errorMessage()));
    QVERIFY2(!run.errorMessage().contains(QLatin1String("run the update again")), qPrintable(run.errorMessage()));
    QVERIFY2(run.errorMessage().contains(QLatin1String("it may have the whole image")), qPrintable(run.errorMessage()));
}

void TestUpdateFaults::deviceThatNeverComesBackTimesOut()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("never-return"));
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    UpdateRequest request = sim.request(firmware);
    request.timings.deadlineMs = 10'000;

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::TimedOut);
    QCOMPARE(run.errorCode(), ErrorCode::TimedOut);
    QVERIFY(run.restartSteps.contains(RestartStep::Restarting));
    QVERIFY(!run.restartSteps.contains(RestartStep::Ready));
    QVERIFY2(run.errorMessage().contains(QLatin1String("Last seen: ") + restartStepName(run.restartSteps.last())),
             qPrintable(run.errorMessage()));
    QVERIFY2(run.errorMessage().contains(QLatin1String("check it again, or look at it in groov Manage")),
             qPrintable(run.errorMessage()));
    // The device did get the whole image: it is the restart that never ended.
    QCOMPARE(
        sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("sha256")).toString().toLatin1(),
        sha256OfFile(firmware));
}

void TestUpdateFaults::silenceWhileProcessingIsWaitedOut()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    UpdateRun run;
    connect(&run.controller, &UpdateController::phaseChanged, &run, [&sim](UpdatePhase phase) {
        if (phase == UpdatePhase::DeviceStages)
            sim.device().stop(); // silent while it reassembles: from outside, that may be a restart
    });
    UpdateRequest request = sim.request(firmware);
    request.timings.deadlineMs = 3'000;
    QSignalSpy waiting(&run.controller, &UpdateController::restartWaiting);
    QCOMPARE(run.run(request), UpdateOutcome::TimedOut);
    QCOMPARE(run.errorCode(), ErrorCode::TimedOut);
    // It kept asking long past the old limit of a few failed polls, and said how long the device had been away.
    QVERIFY2(waiting.size() > request.timings.statusFailuresTolerated + 1, qPrintable(QString::number(waiting.size())));
    QCOMPARE(run.restartSteps, QList<RestartStep>{RestartStep::Restarting});
    QVERIFY2(run.errorMessage().contains(QLatin1String("Last seen: ") + restartStepName(RestartStep::Restarting)),
             qPrintable(run.errorMessage()));
    QVERIFY2(run.errorMessage().contains(QLatin1String("It may still be working")), qPrintable(run.errorMessage()));
}

void TestUpdateFaults::cancelDuringUploadSendsNoFurtherChunk()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 2 * FirmwareImage::ChunkSize + 10);
    UpdateRun run;
    connect(&run.controller, &UpdateController::uploadProgress, &run, [&run](qint64, qint64, int chunkIndex, int) {
        if (chunkIndex == 1 && run.controller.isRunning())
            run.controller.cancel();
    });
    QCOMPARE(run.run(sim.request(firmware)), UpdateOutcome::Cancelled);
    QVERIFY2(run.errorMessage().contains(QLatin1String("keeps its current firmware")), qPrintable(run.errorMessage()));
    const int chunksAtCancel = sim.chunks().size();
    QVERIFY(chunksAtCancel <= 1);
    QTest::qWait(500); // nothing should arrive after the cancel: give a stray request time to show up
    QCOMPARE(sim.chunks().size(), chunksAtCancel);
    QCOMPARE(sim.requestCount(QStringLiteral("/update/status")), 0);
}

void TestUpdateFaults::cancelAfterTheImageOnlyStopsWatching()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    UpdateRun run;
    connect(&run.controller, &UpdateController::phaseChanged, &run, [&run](UpdatePhase phase) {
        if (phase == UpdatePhase::DeviceStages)
            run.controller.cancel();
    });
    QCOMPARE(run.run(sim.request(firmware)), UpdateOutcome::Cancelled);
    QVERIFY(run.controller.deviceHasImage());
    QVERIFY2(run.errorMessage().contains(QLatin1String("continues the update on its own")),
             qPrintable(run.errorMessage()));
    // The device finishes by itself.
    QSignalSpy finished(&sim.device(), &sim::SimulatedDevice::updateFinished);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
}

QTEST_GUILESS_MAIN(TestUpdateFaults)
#include "tst_updatefaults.moc"
