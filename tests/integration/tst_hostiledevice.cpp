// A hostile device and a hostile file system against the engine: an answer that trickles in cannot hold a request
// past its deadline, a firmware file rewritten in place during the upload is caught, and the report's SHA-256 is
// that of the bytes the device was actually sent.
#include "FirmwareImage.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace groov;
using namespace groov::test;

namespace {

constexpr double Speed = 1000.0;

// Rewrites bytes in the middle of a file and sets its modification time back: size and time look unchanged.
bool rewriteInPlace(const QString &path, qint64 offset, const QByteArray &bytes)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) || file.write(bytes) != bytes.size())
        return false;
    file.flush();
    return file.setFileTime(modified, QFileDevice::FileModificationTime);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result().toHex() : QByteArray();
}

} // namespace

class TestHostileDevice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aTricklingAnswerMeetsItsDeadline_data();
    void aTricklingAnswerMeetsItsDeadline();
    void aSlowButMovingUploadIsNotCutShort();
    void aFileRewrittenDuringTheUploadIsCaught();
    void theReportedHashIsOfTheBytesSent();
    void aDeviceThatNeverRestartsIsNotCalledUpdated();
};

void TestHostileDevice::aTricklingAnswerMeetsItsDeadline_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("pre-flight") << true;
}

void TestHostileDevice::aTricklingAnswerMeetsItsDeadline()
{
    QFETCH(bool, dryRun);
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    // One byte every 200 ms: always under the inactivity limit, so without a deadline the answer (about 400 bytes)
    // would hold the request for 80 s.
    sim.addFault(QStringLiteral("trickle=200"));
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 10'000));
    request.dryRun = dryRun;
    request.timings.api.requestMs = 3'000;
    UpdateRun run;
    QCOMPARE(run.run(request, 40'000), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::Network);
    QVERIFY2(run.errorMessage().contains(QLatin1String("no answer within 3 s")) &&
                 run.errorMessage().contains(QLatin1String("answered too slowly")),
             qPrintable(run.errorMessage()));
    QCOMPARE(sim.requestsWithKey(), 1);
}

void TestHostileDevice::aSlowButMovingUploadIsNotCutShort()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    // 120 KB at 40 KB/s: 3 s of upload, longer than the whole-answer deadline of the small requests.
    sim.addFault(QStringLiteral("slow-upload=40000"));
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 120'000));
    request.timings.api.requestMs = 1'000;
    request.timings.api.pollMs = 1'000;
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Succeeded);
    QVERIFY(run.controller.report().retries.isEmpty());
}

void TestHostileDevice::aFileRewrittenDuringTheUploadIsCaught()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    // Two chunks; the second is refused once, and while the engine waits to send it again, another user rewrites
    // its bytes and sets the file's time back.
    sim.addFault(QStringLiteral("503-chunk=1"));
    const qint64 size = FirmwareImage::ChunkSize + 300'000;
    const QString path = sim.makeFirmware(QStringLiteral("epic"), size);
    const QByteArray original = sha256Of(path);
    UpdateRequest request = sim.request(path);
    request.timings.retryBaseDelayMs = 1'500;
    request.timings.retryMaxDelayMs = 1'500;
    UpdateRun run;
    QSignalSpy hashed(&run.controller, &UpdateController::firmwareHashed);
    bool rewritten = false;
    connect(&run.controller, &UpdateController::chunkRetry, this, [&] {
        // The file's own hash is taken first, as it is on any ordinary day; then the bytes change.
        if (hashed.isEmpty() && !hashed.wait(20'000))
            return;
        rewritten = rewriteInPlace(path, FirmwareImage::ChunkSize + 1'000, QByteArray(4'096, 'X'));
    });
    run.run(request, 120'000);
    QVERIFY(rewritten);

    const UpdateReport &report = run.controller.report();
    QCOMPARE(report.outcome, UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::FileChanged);
    QVERIFY2(run.errorMessage().contains(QLatin1String("changed while it was being sent")),
             qPrintable(run.errorMessage()));
    // The message names the file as it was checked; the report states no hash, as the device holds a mix (the
    // second chunk as rewritten) whose hash was never taken, and the checked file's would be a false claim.
    QVERIFY2(run.errorMessage().contains(QString::fromLatin1(original)), qPrintable(run.errorMessage()));
    const QByteArray received =
        sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("sha256")).toString().toLatin1();
    QVERIFY(received != original);
    QCOMPARE(received, sha256Of(path));
    QVERIFY2(report.firmwareSha256.isEmpty(), report.firmwareSha256.constData());
}

void TestHostileDevice::theReportedHashIsOfTheBytesSent()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    sim.addFault(QStringLiteral("reset-chunk=0")); // a chunk sent twice counts once
    const QString path = sim.makeFirmware(QStringLiteral("epic"), 200'000);
    UpdateRun run;
    QCOMPARE(run.run(sim.request(path)), UpdateOutcome::Succeeded);
    const QByteArray received =
        sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("sha256")).toString().toLatin1();
    QCOMPARE(run.controller.report().firmwareSha256, received);
    QCOMPARE(run.controller.report().firmwareSha256, sha256Of(path));
}

void TestHostileDevice::aDeviceThatNeverRestartsIsNotCalledUpdated()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    sim.addFault(QStringLiteral("no-restart")); // it says it restarts, and never stops answering
    const QString sameVersion =
        sim.makeFirmware(QStringLiteral("epic"), 100'000, QStringLiteral("same.bin"), sim.device().firmwareVersion());
    UpdateRequest request = sim.request(sameVersion);
    request.timings.restartWindowMs = 2'000;
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::NotVerified);
    const UpdateReport &report = run.controller.report();
    QVERIFY(!report.restartSeen);
    QVERIFY(!report.versionChanged);
    const QString summary = report.toText();
    QVERIFY2(!summary.contains(QLatin1String("succeeded"), Qt::CaseInsensitive), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("updated"), Qt::CaseInsensitive), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("not verified"), Qt::CaseInsensitive), qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestHostileDevice)
#include "tst_hostiledevice.moc"
