// The device-side rows of docs/reliability.md's fault matrix: the engine against a simulated device that refuses
// keyed calls, loses or slows chunks, answers the status poll badly, fails a stage, or restarts oddly. Each case
// checks what the user is told, the outcome, and the device's side: on success the image the device reassembled is
// the file (SHA-256), on failure the device is left as the message says.
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "ThrottledRelay.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace groov;
using namespace groov::test;

namespace {

// Two chunks: the first of the real size, the second short.
constexpr qint64 kTwoChunks = FirmwareImage::ChunkSize + 1'000;

QJsonObject upload(const SimHarness &sim)
{
    return sim.report().value(QLatin1String("upload")).toObject();
}

QByteArray deviceSha256(const SimHarness &sim)
{
    return upload(sim).value(QLatin1String("sha256")).toString().toLatin1();
}

using ChunkLog = QList<QPair<int, int>>;

// (number, status) of every chunk request the device saw.
ChunkLog chunkLog(const SimHarness &sim)
{
    ChunkLog log;
    for (const QJsonValue &value : sim.chunks())
        log << qMakePair(value.toObject().value(QLatin1String("number")).toInt(),
                         value.toObject().value(QLatin1String("status")).toInt());
    return log;
}

// The device still runs its old firmware and holds no complete image: what "keeps its current firmware" promises.
bool deviceKeptItsFirmware(SimHarness &sim, const QString &versionBefore)
{
    return sim.device().firmwareVersion() == versionBefore && !upload(sim).value(QLatin1String("complete")).toBool() &&
           sim.report().value(QLatin1String("restarts")).toArray().isEmpty();
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedCallFailsBeforeTheImage_data();
    void refusedCallFailsBeforeTheImage();
    void olderFirmwareWithoutInfoContinues();
    void lostChunkAnswerIsResent_data();
    void lostChunkAnswerIsResent();
    void throttledUploadDoesNotTimeOut();
    void statusTroubleIsRidden_data();
    void statusTroubleIsRidden();
    void garbageStatusForeverFailsBounded();
    void stageErrorIsShown_data();
    void stageErrorIsShown();
    void restartTimingDoesNotMatter_data();
    void restartTimingDoesNotMatter();
};

void TestFaultMatrix::refusedCallFailsBeforeTheImage_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<ChunkLog>("chunks");

    // Key revoked mid-update: chunk 1 (the second) is refused, and nothing follows it.
    QTest::newRow("401 on a chunk") << "status=401@chunk1" << kTwoChunks << int(ErrorCode::Unauthorized)
                                    << QStringList{QStringLiteral("refused the API key at chunk 2 of 2"),
                                                   QStringLiteral("No further chunks were sent")}
                                    << ChunkLog{{0, 200}, {1, 401}};
    QTest::newRow("403 at pre-flight") << "status=403@info" << qint64(100'000) << int(ErrorCode::DeviceRejected)
                                       << QStringList{QStringLiteral("HTTP 403"), QStringLiteral("Forbidden")}
                                       << ChunkLog{};
    QTest::newRow("403 on prepare") << "status=403@prepare" << qint64(100'000) << int(ErrorCode::DeviceRejected)
                                    << QStringList{QStringLiteral("refused to prepare"), QStringLiteral("HTTP 403")}
                                    << ChunkLog{};
    QTest::newRow("409 on prepare") << "status=409@prepare" << qint64(100'000) << int(ErrorCode::DeviceRejected)
                                    << QStringList{QStringLiteral("HTTP 409"),
                                                   QStringLiteral("Another update may already be running")}
                                    << ChunkLog{};
    QTest::newRow("500 on prepare") << "status=500@prepare" << qint64(100'000) << int(ErrorCode::DeviceRejected)
                                    << QStringList{QStringLiteral("refused to prepare"), QStringLiteral("HTTP 500")}
                                    << ChunkLog{};
}

void TestFaultMatrix::refusedCallFailsBeforeTheImage()
{
    QFETCH(QString, fault);
    QFETCH(qint64, size);
    QFETCH(int, code);
    QFETCH(QStringList, says);
    QFETCH(ChunkLog, chunks);

    SimHarness sim;
    sim.addFault(fault);
    const QString versionBefore = sim.device().firmwareVersion();
    UpdateRun run;
    QCOMPARE(run.run(sim.request(sim.makeFirmware(QStringLiteral("epic"), size)), 120'000), UpdateOutcome::Failed);
    QCOMPARE(int(*run.errorCode()), code);
    for (const QString &part : says)
        QVERIFY2(run.errorMessage().contains(part), qPrintable(run.errorMessage()));
    QCOMPARE(chunkLog(sim), chunks);
    QCOMPARE(sim.requestCount(QStringLiteral("/update/status")), 0);
    QVERIFY(!run.controller.deviceHasImage());
    QVERIFY(deviceKeptItsFirmware(sim, versionBefore));
    // Past pre-flight, the message says what the device kept.
    if (run.phases.contains(UpdatePhase::Prepare))
        QVERIFY2(run.errorMessage().contains(QLatin1String("keeps its current firmware")),
                 qPrintable(run.errorMessage()));
    QCOMPARE(sim.violations(), QStringList());
}

void TestFaultMatrix::olderFirmwareWithoutInfoContinues()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("status=404@infox1000")); // every io/local/info, before and after
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);
    UpdateRun run;
    QCOMPARE(run.run(sim.request(firmware)), UpdateOutcome::Succeeded);
    QVERIFY2(run.logs.join(QLatin1Char('\n')).contains(QLatin1String("older firmware")),
             qPrintable(run.logs.join(QLatin1Char('\n'))));
    QVERIFY2(run.controller.report().finalMessage.contains(QLatin1String("does not report its version")),
             qPrintable(run.controller.report().finalMessage));
    QVERIFY(run.controller.report().model.isEmpty());
    QCOMPARE(deviceSha256(sim), sha256OfFile(firmware));
    QCOMPARE(sim.device().firmwareVersion(), QStringLiteral("4.1.0-b.42"));
    QCOMPARE(sim.violations(), QStringList());
}

void TestFaultMatrix::lostChunkAnswerIsResent_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("chunk");
    // Qt re-sends a request whose connection dropped before any answer (up to three times) on its own; four losses
    // get past that to the engine's retry.
    QTest::newRow("first chunk, once") << "lose-answer=0" << 0;
    QTest::newRow("first chunk, 4 times") << "lose-answer=0x4" << 0;
    // The device already processes the whole image when the last chunk comes again: it acknowledges it.
    QTest::newRow("last chunk") << "lose-answer=1x4" << 1;
}

void TestFaultMatrix::lostChunkAnswerIsResent()
{
    QFETCH(QString, fault);
    QFETCH(int, chunk);
    SimHarness sim;
    sim.addFault(fault);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), kTwoChunks);
    UpdateRun run;
    QCOMPARE(run.run(sim.request(firmware), 120'000), UpdateOutcome::Succeeded);
    // The device saw the chunk more than once and kept exactly one copy of it.
    int seen = 0;
    for (const auto &entry : chunkLog(sim))
        seen += entry.first == chunk ? 1 : 0;
    QVERIFY2(seen >= 2, qPrintable(QString::number(seen)));
    QCOMPARE(upload(sim).value(QLatin1String("chunksTotal")).toInt(), 2);
    QCOMPARE(deviceSha256(sim), sha256OfFile(firmware));
    QCOMPARE(sim.violations(), QStringList());
    QCOMPARE(sim.device().firmwareVersion(), QStringLiteral("4.1.0-b.42"));
}

void TestFaultMatrix::throttledUploadDoesNotTimeOut()
{
    // A 50 KB/s link for an image that takes about 12 s to cross it, with an inactivity limit of 3 s: the limit must
    // count from the last byte that moved, not from the start of the chunk. (Between the client's progress and the
    // wire sit about 80 KB of buffers, 1.6 s at this rate: the limit must be longer than that.)
    constexpr qint64 rate = 50'000;
    constexpr qint64 size = 600'000;
    SimHarness sim;
    ThrottledRelay relay(sim.device().port(), rate);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), size);
    UpdateRequest request = sim.request(firmware);
    request.address = QStringLiteral("https://127.0.0.1:%1").arg(relay.port());
    request.timings.api.uploadInactivityMs = 3'000;
    request.timings.api.requestMs = 10'000;
    QVERIFY(size * 1'000 / rate >= 4 * request.timings.api.uploadInactivityMs);

    UpdateRun run;
    const UpdateOutcome outcome = run.run(request, 240'000);
    QVERIFY2(outcome == UpdateOutcome::Succeeded, qPrintable(run.logs.join(QLatin1Char('\n')) + run.errorMessage()));
    QCOMPARE(run.retriedChunks, QList<int>());
    QCOMPARE(chunkLog(sim), (ChunkLog{{0, 200}}));
    QCOMPARE(deviceSha256(sim), sha256OfFile(firmware));
    QCOMPARE(sim.violations(), QStringList());
    // The bytes really crossed the slow link, never faster than it allows (one 20 ms tick at a time).
    QVERIFY(relay.bytesForwarded() > size);
    QVERIFY2(relay.largestTick() <= rate * 20 / 1'000 + 1, qPrintable(QString::number(relay.largestTick())));
}

void TestFaultMatrix::statusTroubleIsRidden_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("logged");
    QTest::newRow("garbage body 3 times") << "garbage-status=3"
                                          << "not understood";
    QTest::newRow("HTTP 500 3 times") << "status=500@statusx3"
                                      << "HTTP 500";
}

void TestFaultMatrix::statusTroubleIsRidden()
{
    QFETCH(QString, fault);
    QFETCH(QString, logged);
    SimHarness sim;
    sim.addFault(fault);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 200'000);
    UpdateRun run;
    QCOMPARE(run.run(sim.request(firmware)), UpdateOutcome::Succeeded);
    QVERIFY2(run.logs.join(QLatin1Char('\n')).contains(logged), qPrintable(run.logs.join(QLatin1Char('\n'))));
    QCOMPARE(deviceSha256(sim), sha256OfFile(firmware));
    QCOMPARE(run.controller.report().versionAfter, QStringLiteral("4.1.0-b.42"));
    // The report keeps what was ridden out (issue 12, bug 6: it said "retries: []"), and its summary says so.
    const UpdateReport &report = run.controller.report();
    QVERIFY2(report.interruptions.size() >= 3, qPrintable(QString::number(report.interruptions.size())));
    QCOMPARE(report.interruptionCount, report.interruptions.size());
    QCOMPARE(report.toJson().value(QLatin1String("interruptions")).toArray().size(), report.interruptions.size());
    QVERIFY2(report.toText().contains(QLatin1String("after the upload")), qPrintable(report.toText()));
    QCOMPARE(sim.violations(), QStringList());
}

void TestFaultMatrix::garbageStatusForeverFailsBounded()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("garbage-status"));
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 200'000);
    UpdateRequest request = sim.request(firmware);
    QSignalSpy deviceFinished(&sim.device(), &sim::SimulatedDevice::updateFinished);
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::Network);
    const int bound = request.timings.statusFailuresTolerated + 1;
    QVERIFY2(run.errorMessage().contains(QStringLiteral("%1 answers in a row").arg(bound)),
             qPrintable(run.errorMessage()));
    QVERIFY2(run.errorMessage().contains(QLatin1String("continues on its own")), qPrintable(run.errorMessage()));
    QCOMPARE(sim.requestCount(QStringLiteral("/update/status")), bound);
    // As the message says: the device had the whole image and finishes on its own.
    QCOMPARE(deviceSha256(sim), sha256OfFile(firmware));
    QVERIFY(deviceFinished.count() > 0 || deviceFinished.wait(60'000));
    QCOMPARE(deviceFinished.at(0).at(0).toBool(), true);
}

void TestFaultMatrix::stageErrorIsShown_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("code");
    int code = 40;
    for (const char *stage : {"prepare", "upload", "reassemble", "unzip", "decrypt", "decompress", "backupSettings",
                              "install", "finishAndRestart"})
        QTest::newRow(stage) << QString::fromLatin1(stage) << code++;
}

void TestFaultMatrix::stageErrorIsShown()
{
    QFETCH(QString, stage);
    QFETCH(int, code);
    SimHarness sim;
    sim.addFault(QStringLiteral("stage-error=%1@%2").arg(code).arg(stage));
    const QString versionBefore = sim.device().firmwareVersion();
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 200'000);
    UpdateRun run;
    QCOMPARE(run.run(sim.request(firmware)), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::StageFailed);

    // The device's words and code, in the report and in the message the user reads.
    const UpdateReport &report = run.controller.report();
    QVERIFY(report.failedStage);
    QCOMPARE(report.failedStage->name, stage);
    QCOMPARE(report.failedStage->errorCode, code);
    const QString deviceMessage = QStringLiteral("Stage %1 failed (simulated fault, error %2).").arg(stage).arg(code);
    QCOMPARE(report.failedStage->errorMessage, deviceMessage);
    QVERIFY2(run.errorMessage().contains(QStringLiteral("error code %1").arg(code)), qPrintable(run.errorMessage()));
    QVERIFY2(run.errorMessage().contains(deviceMessage), qPrintable(run.errorMessage()));
    QVERIFY(!report.hint.isEmpty());

    // The device got the whole image intact, failed, and stays up on its old firmware.
    QCOMPARE(deviceSha256(sim), sha256OfFile(firmware));
    QCOMPARE(sim.device().firmwareVersion(), versionBefore);
    QVERIFY(!run.phases.contains(UpdatePhase::Restarts));
    QCOMPARE(sim.report().value(QLatin1String("phase")).toString(), QStringLiteral("failed"));
    QCOMPARE(sim.violations(), QStringList());
}

void TestFaultMatrix::restartTimingDoesNotMatter_data()
{
    QTest::addColumn<QString>("fault");
    // Down for 1 ms: likely over between two polls. Down for 5 s: eight times the usual at this speed.
    QTest::newRow("shorter") << "restart-down=1";
    QTest::newRow("longer") << "restart-down=5000";
}

void TestFaultMatrix::restartTimingDoesNotMatter()
{
    QFETCH(QString, fault);
    SimHarness sim;
    sim.addFault(fault);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 200'000);
    const UpdateRequest request = sim.request(firmware);
    UpdateRun run;
    QCOMPARE(run.run(request, 120'000), UpdateOutcome::Succeeded);
    QCOMPARE(run.restartSteps.last(), RestartStep::Ready);
    QCOMPARE(run.controller.report().versionAfter, QStringLiteral("4.1.0-b.42"));
    QCOMPARE(sim.report().value(QLatin1String("restarts")).toArray().size(), 2);
    QCOMPARE(deviceSha256(sim), sha256OfFile(firmware));
    QCOMPARE(sim.violations(), QStringList());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
