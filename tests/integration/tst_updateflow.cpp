// The update engine end to end against the simulated device: the paths that succeed.
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace groov;
using namespace groov::test;

class TestUpdateFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullUpdateWithRealChunkSizes();
    void factoryResetComesBackUncommissioned();
    void dryRunUploadsNothing();
    void resultWaitsForTheHashAndKeepsItsMessage();
    void noWaitStopsOnceTheImageIsAccepted();
    void reportNeverHoldsTheKey();
};

void TestUpdateFlow::fullUpdateWithRealChunkSizes()
{
    SimHarness sim;
    const qint64 size = 2 * FirmwareImage::ChunkSize + 1234; // three chunks, the last one short
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), size);
    const QString versionBefore = sim.device().firmwareVersion();

    UpdateRun run;
    QCOMPARE(run.run(sim.request(firmware)), UpdateOutcome::Succeeded);

    // The device's view: the exact image, in exact chunks, from a client that broke no rule.
    const QJsonObject report = sim.report();
    QCOMPARE(sim.violations(), QStringList());
    const QJsonObject upload = report.value(QLatin1String("upload")).toObject();
    QCOMPARE(upload.value(QLatin1String("sha256")).toString().toLatin1(), sha256OfFile(firmware));
    QCOMPARE(upload.value(QLatin1String("chunksTotal")).toInt(), 3);
    const QJsonArray chunks = sim.chunks();
    QCOMPARE(chunks.size(), 3);
    const QList<qint64> expectedSizes{FirmwareImage::ChunkSize, FirmwareImage::ChunkSize, 1234};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject chunk = chunks.at(i).toObject();
        QCOMPARE(chunk.value(QLatin1String("number")).toInt(), i);
        QCOMPARE(chunk.value(QLatin1String("size")).toInteger(), expectedSizes.at(i));
        QCOMPARE(chunk.value(QLatin1String("fileId")), chunks.at(0).toObject().value(QLatin1String("fileId")));
    }
    const QJsonArray prepare = report.value(QLatin1String("prepare")).toArray();
    QCOMPARE(prepare.size(), 1);
    QCOMPARE(prepare.at(0).toObject().value(QLatin1String("preserveSettings")).toBool(), true);
    QCOMPARE(prepare.at(0).toObject().value(QLatin1String("backupNetwork")).toBool(), true);

    // The client's view: every phase, every device stage in order, both restarts, the new version.
    const UpdateReport &result = run.controller.report();
    QCOMPARE(run.phases, (QList<UpdatePhase>{UpdatePhase::Preflight, UpdatePhase::Prepare, UpdatePhase::Upload,
                                             UpdatePhase::DeviceStages, UpdatePhase::Restarts, UpdatePhase::Verify,
                                             UpdatePhase::Finished}));
    const QStringList done = run.stagesDoneInOrder();
    const QStringList expectedOrder{QStringLiteral("prepare"),        QStringLiteral("upload"),
                                    QStringLiteral("reassemble"),     QStringLiteral("unzip"),
                                    QStringLiteral("decrypt"),        QStringLiteral("decompress"),
                                    QStringLiteral("backupSettings"), QStringLiteral("install")};
    QVERIFY2(done.size() >= expectedOrder.size(), qPrintable(done.join(QLatin1Char(','))));
    QCOMPARE(done.mid(0, expectedOrder.size()), expectedOrder);
    // The documented picture: one silence for both restarts, then ready; the device went through both.
    QCOMPARE(run.restartSteps, (QList<RestartStep>{RestartStep::Restarting, RestartStep::Ready}));
    QVERIFY(result.restartSeen);
    QVERIFY(result.versionChanged);
    QCOMPARE(report.value(QLatin1String("restarts")).toArray().size(), 2);
    QCOMPARE(run.lastBytesSent, size);

    QCOMPARE(result.versionBefore, versionBefore);
    QCOMPARE(result.versionAfter, QStringLiteral("4.1.0-b.42"));
    QCOMPARE(result.model, QStringLiteral("GRV-EPIC-PR2"));
    QCOMPARE(result.firmwareSha256, sha256OfFile(firmware));
    QCOMPARE(result.chunkCount, 3);
    QVERIFY(result.retries.isEmpty());
    QVERIFY(!result.error);
}

void TestUpdateFlow::factoryResetComesBackUncommissioned()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);
    UpdateRequest request = sim.request(firmware);
    request.preserveSettings = false;
    request.factoryResetConfirmed = true;

    // The key requests the device saw up to the moment it went down to reset itself.
    const QByteArray certificateBefore = sim.device().fingerprintSha256();
    int keyedBeforeReset = -1;
    QObject::connect(&sim.device(), &sim::SimulatedDevice::restartBegan, &sim.device(), [&](int number) {
        if (number == 1)
            keyedBeforeReset = sim.requestsWithKey();
    });

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::NeedsCommissioning);
    QCOMPARE(sim.violations(), QStringList());
    QCOMPARE(
        sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("sha256")).toString().toLatin1(),
        sha256OfFile(firmware));
    // It came back with a new self-signed certificate: expected after a reset, so not reported as an attack, and no
    // request with the key followed the reset.
    QVERIFY(sim.device().fingerprintSha256() != certificateBefore);
    QCOMPARE(run.certificateUntrustedCount, 0);
    QVERIFY(keyedBeforeReset > 0);
    QCOMPARE(sim.requestsWithKey(), keyedBeforeReset);
    QVERIFY2(!run.logs.join(QLatin1Char('\n')).contains(QLatin1String("intercept")),
             qPrintable(run.logs.join(QLatin1Char('\n'))));
    QVERIFY(!run.controller.report().error);
    const QJsonObject prepare = sim.report().value(QLatin1String("prepare")).toArray().at(0).toObject();
    QCOMPARE(prepare.value(QLatin1String("preserveSettings")).toBool(true), false);
    QCOMPARE(prepare.value(QLatin1String("backupNetwork")).toBool(true), false);
    QCOMPARE(sim.report().value(QLatin1String("commissioned")).toBool(true), false);
    QVERIFY2(run.controller.report().finalMessage.contains(QLatin1String("commissioned")),
             qPrintable(run.controller.report().finalMessage));
    // The old key is gone on the device: the engine must not have tried it after the restarts.
    QCOMPARE(run.restartSteps.last(), RestartStep::Ready);
}

void TestUpdateFlow::dryRunUploadsNothing()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 1'000'000);
    UpdateRequest request = sim.request(firmware);
    request.dryRun = true;

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Succeeded);
    QCOMPARE(sim.requestCount(QStringLiteral("/prepare")), 0);
    QCOMPARE(sim.requestCount(QStringLiteral("/apply")), 0);
    QCOMPARE(sim.requestCount(QStringLiteral("/io/local/info")), 1);
    QCOMPARE(run.controller.report().firmwareSha256, sha256OfFile(firmware));
    QCOMPARE(run.controller.report().model, QStringLiteral("GRV-EPIC-PR2"));
}

void TestUpdateFlow::resultWaitsForTheHashAndKeepsItsMessage()
{
    // 400 MB (sparse: nothing is written) take far longer to hash than a pre-flight takes on loopback, so the
    // result waits for the hash: the path where the final message once outlived its storage (AddressSanitizer).
    SimHarness sim;
    const QString firmware = sim.makeFile({}, QStringLiteral("epic-firmware-large.bin"));
    QVERIFY(QFile::resize(firmware, 400'000'000));
    UpdateRequest request = sim.request(firmware);
    request.dryRun = true;

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Succeeded);
    QVERIFY2(run.logs.contains(QStringLiteral("Finishing the firmware's SHA-256...")),
             qPrintable(run.logs.join(QLatin1Char('\n'))));
    QCOMPARE(run.controller.report().firmwareSha256.size(), 64);
    QVERIFY2(run.controller.report().finalMessage.startsWith(QLatin1String("Pre-flight passed:")),
             qPrintable(run.controller.report().finalMessage));
}

void TestUpdateFlow::noWaitStopsOnceTheImageIsAccepted()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 2'500'000);
    UpdateRequest request = sim.request(firmware);
    request.waitForDevice = false;

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::StillUpdating);
    QVERIFY(run.controller.deviceHasImage());
    QVERIFY(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    QCOMPARE(sim.requestCount(QStringLiteral("/update/status")), 0);
    QVERIFY(!run.phases.contains(UpdatePhase::DeviceStages));
}

void TestUpdateFlow::reportNeverHoldsTheKey()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    UpdateRun run;
    QCOMPARE(run.run(sim.request(firmware)), UpdateOutcome::Succeeded);
    const QByteArray key = sim.device().apiKey().toLatin1();
    QVERIFY(!key.isEmpty());
    QVERIFY(!QJsonDocument(run.controller.report().toJson()).toJson().contains(key));
    QVERIFY(!run.controller.report().toText().toLatin1().contains(key));
    QVERIFY(!run.logs.join(QLatin1Char('\n')).toLatin1().contains(key));
    QVERIFY(!QJsonDocument(sim.report()).toJson().contains(key));
}

QTEST_GUILESS_MAIN(TestUpdateFlow)
#include "tst_updateflow.moc"
