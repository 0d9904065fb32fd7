// Every fault the simulator can inject, seen from a plain client and from the device's record.

#include "DeviceEventLog.h"
#include "SimTestClient.h"
#include "SimulatedDevice.h"
#include "UpdatePipeline.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace groov::sim;
using namespace groov::sim::test;

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr int kLongWait = 60000;
const QString kStatusPath = QStringLiteral("/manage/api/v1/maintenance/update/status");
const QString kInfoPath = QStringLiteral("/manage/api/v1/io/local/info");
const QString kCommissionPath = QStringLiteral("/auth/access/user/commission/status");
const QString kApplyPath = QStringLiteral("/manage/api/v1/maintenance/update/apply");

SimConfig configWith(const QStringList &faults)
{
    SimConfig config;
    config.port = 0;
    config.speed = 1000;
    config.chunkSize = kChunk;
    for (const QString &spec : faults) {
        QString error;
        const auto fault = SimFault::parse(spec, &error);
        if (!fault)
            qFatal("bad fault in test: %s", qPrintable(error));
        config.faults << *fault;
    }
    return config;
}

QJsonObject lastRequestTo(const QJsonObject &report, const QString &path)
{
    QJsonObject last;
    for (const QJsonValue &value : report.value(QStringLiteral("requests")).toArray()) {
        if (value.toObject().value(QStringLiteral("path")).toString() == path)
            last = value.toObject();
    }
    return last;
}

} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resetChunkDropsTheConnection();
    void status503Chunk();
    void stallChunkNeverAnswers();
    void garbageStatus();
    void neverReturnAfterRestartOne_data();
    void neverReturnAfterRestartOne();
    void slowUploadDelaysTheAnswer();
    void slowUploadClientGivingUpStoresNothing();
    void unauthorizedRefusesEveryKey();
    void faultsCanBeAddedWhileRunning();
    void statusFaultAnswersTheChosenCall();
    void loseAnswerStoresThenDrops();
    void lostLastAnswerResendIsAcknowledged();
    void garbageStatusCanBeCounted();
    void stageErrorFailsThatStage();
    void restartDownSetsTheDowntime();
    void restartDownZeroEndsTheWholeOutageAtOnce();
    void stallHoldsTheRequestUntilTheClientGivesUp();
    void stallIsCutByARestart();
    void factoryResetRenewsTheCertificate_data();
    void factoryResetRenewsTheCertificate();

private:
    // Prepares (keeping the settings or not) and uploads the image: the update is under way.
    void startUpdate(SimulatedDevice &device, SimTestClient &client, bool preserveSettings = true);

    QTemporaryDir m_dir;
    QString m_image; // three chunks
};

void TestSimFaults::initTestCase()
{
    m_image = m_dir.filePath(QStringLiteral("image.bin"));
    QString error;
    QVERIFY2(SimFirmware::write(m_image, QStringLiteral("epic"), QStringLiteral("3.9.0"), kChunk * 2 + 500, &error),
             qPrintable(error));
}

void TestSimFaults::startUpdate(SimulatedDevice &device, SimTestClient &client, bool preserveSettings)
{
    const QByteArray key = device.apiKey().toUtf8();
    QCOMPARE(client.prepareSync(key, preserveSettings).status, 200);
    QCOMPARE(client.uploadFile(m_image, kChunk, key).status, 200);
}

void TestSimFaults::resetChunkDropsTheConnection()
{
    // Qt's HTTP layer quietly sends a request again (up to three times in Qt 6.4) when the connection drops before
    // any byte of an answer; four resets in a row get through to the client.
    SimulatedDevice device(configWith({QStringLiteral("reset-chunk=1x4")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());

    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(m_image, 0, kChunk), ChunkHeaders::of(0, 3), key).status, 200);
    int failedCalls = 0;
    SimReply reply;
    for (int call = 0; call < 10 && reply.status != 200; ++call) {
        reply = client.chunkSync(readSlice(m_image, kChunk, kChunk), ChunkHeaders::of(1, 3), key);
        if (reply.status != 200) {
            QCOMPARE(reply.status, 0);
            QVERIFY(reply.error != QNetworkReply::NoError);
            ++failedCalls;
        }
    }
    QVERIFY(failedCalls >= 1);
    QCOMPARE(reply.status, 200);
    QCOMPARE(client.chunkSync(readSlice(m_image, 2 * kChunk, 500), ChunkHeaders::of(2, 3), key).status, 200);

    // The device saw every attempt, and kept none of the reset ones' bytes.
    const QJsonObject report = device.report();
    const QList<QPair<int, int>> expected{{0, 200}, {1, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 200}, {2, 200}};
    QCOMPARE(chunkLog(report), expected);
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
             fileSha256(m_image));
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
    int zeroStatus = 0;
    for (const QJsonValue &value : report.value(QStringLiteral("requests")).toArray())
        zeroStatus += value.toObject().value(QStringLiteral("status")).toInt() == 0 ? 1 : 0;
    QCOMPARE(zeroStatus, 4);
}

void TestSimFaults::status503Chunk()
{
    SimulatedDevice device(configWith({QStringLiteral("503-chunk=0x2")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());

    QCOMPARE(client.prepareSync(key).status, 200);
    const QByteArray first = readSlice(m_image, 0, kChunk);
    const SimReply busy = client.chunkSync(first, ChunkHeaders::of(0, 3), key);
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 503);
    QCOMPARE(client.chunkSync(first, ChunkHeaders::of(0, 3), key).status, 503);
    QCOMPARE(client.chunkSync(first, ChunkHeaders::of(0, 3), key).status, 200);

    const QJsonObject report = device.report();
    const QList<QPair<int, int>> expected{{0, 503}, {0, 503}, {0, 200}};
    QCOMPARE(chunkLog(report), expected);
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("chunksStored")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
}

void TestSimFaults::stallChunkNeverAnswers()
{
    SimulatedDevice device(configWith({QStringLiteral("stall-chunk=1")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());

    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(m_image, 0, kChunk), ChunkHeaders::of(0, 3), key).status, 200);
    // The client's inactivity limit ends the wait; Qt 6.4 reports it as OperationCanceledError.
    client.setTransferTimeout(500);
    const SimReply stalled = client.chunkSync(readSlice(m_image, kChunk, kChunk), ChunkHeaders::of(1, 3), key);
    QCOMPARE(stalled.status, 0);
    QCOMPARE(stalled.error, QNetworkReply::OperationCanceledError);
    // The device notices the client hang up.
    QTRY_VERIFY_WITH_TIMEOUT(lastRequestTo(device.report(), kApplyPath).contains(QStringLiteral("clientClosedMs")),
                             kLongWait);
    QCOMPARE(lastRequestTo(device.report(), kApplyPath).value(QStringLiteral("status")).toInt(), 0);

    client.setTransferTimeout(0);
    QCOMPARE(client.chunkSync(readSlice(m_image, kChunk, kChunk), ChunkHeaders::of(1, 3), key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(m_image, 2 * kChunk, 500), ChunkHeaders::of(2, 3), key).status, 200);
    const QJsonObject report = device.report();
    const QList<QPair<int, int>> expected{{0, 200}, {1, 0}, {1, 200}, {2, 200}};
    QCOMPARE(chunkLog(report), expected);
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
             fileSha256(m_image));
    // The stalled request was closed before the retry began: no overlap.
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
    QCOMPARE(report.value(QStringLiteral("maxConcurrentApplies")).toInt(), 1);
}

void TestSimFaults::garbageStatus()
{
    SimulatedDevice device(configWith({QStringLiteral("garbage-status")}));
    QVERIFY(device.start());
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    const SimReply reply = client.getSync(kStatusPath, device.apiKey().toUtf8());
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    // Only the status is garbled.
    QCOMPARE(client.getSync(kInfoPath, device.apiKey().toUtf8()).status, 200);
}

void TestSimFaults::neverReturnAfterRestartOne_data()
{
    QTest::addColumn<QStringList>("faults");
    QTest::newRow("documented") << QStringList{QStringLiteral("never-return")};
    QTest::newRow("restore visible") << QStringList{QStringLiteral("never-return"), QStringLiteral("restore-visible")};
}

void TestSimFaults::neverReturnAfterRestartOne()
{
    QFETCH(QStringList, faults);
    SimulatedDevice device(configWith(faults));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy began(&device, &SimulatedDevice::restartBegan);
    QSignalSpy ended(&device, &SimulatedDevice::restartEnded);
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);

    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.uploadFile(m_image, kChunk, key).status, 200);
    QVERIFY(began.wait(kLongWait));
    QCOMPARE(began.first().first().toInt(), 1);
    // A normal restart at this speed is over in 120 ms; give it ten times that to (not) come back.
    QVERIFY(!ended.wait(1200));
    QVERIFY(!device.isListening());
    QCOMPARE(finished.size(), 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, device.port());
    QVERIFY(!socket.waitForConnected(5000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    const QJsonObject report = device.report();
    QCOMPARE(report.value(QStringLiteral("phase")).toString(), QStringLiteral("restarting1"));
    QCOMPARE(report.value(QStringLiteral("restarts")).toArray().size(), 1);
    QVERIFY(
        report.value(QStringLiteral("restarts")).toArray().first().toObject().value(QStringLiteral("upMs")).isNull());
}

void TestSimFaults::slowUploadDelaysTheAnswer()
{
    // 64 KiB at 128 KiB/s: the answer cannot come before half a second has passed.
    SimulatedDevice device(configWith({QStringLiteral("slow-upload=131072")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QCOMPARE(client.prepareSync(key).status, 200);

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.chunkSync(readSlice(m_image, 0, kChunk), ChunkHeaders::of(0, 3), key).status, 200);
    QVERIFY2(timer.elapsed() >= 450, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(device.report().value(QStringLiteral("upload")).toObject().value(QStringLiteral("chunksStored")).toInt(),
             1);
    // Other requests are not slowed down.
    QCOMPARE(client.getSync(kInfoPath, key).status, 200);
}

void TestSimFaults::slowUploadClientGivingUpStoresNothing()
{
    // 64 KiB at 4 KiB/s would take 16 s; the client gives up after half a second, and the device notices.
    SimulatedDevice device(configWith({QStringLiteral("slow-upload=4096")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QCOMPARE(client.prepareSync(key).status, 200);
    client.setTransferTimeout(500);
    const SimReply reply = client.chunkSync(readSlice(m_image, 0, kChunk), ChunkHeaders::of(0, 3), key);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
    QTRY_COMPARE_WITH_TIMEOUT(device.report().value(QStringLiteral("chunks")).toArray().size(), 1, kLongWait);
    const QJsonObject report = device.report();
    QCOMPARE(chunkLog(report), (QList<QPair<int, int>>{{0, 0}}));
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("chunksStored")).toInt(), 0);
    QVERIFY(lastRequestTo(report, kApplyPath).contains(QStringLiteral("clientClosedMs")));
}

void TestSimFaults::unauthorizedRefusesEveryKey()
{
    SimulatedDevice device(configWith({QStringLiteral("unauthorized")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QCOMPARE(client.getSync(kInfoPath, key).status, 401);
    QCOMPARE(client.prepareSync(key).status, 401);
    QCOMPARE(client.getSync(kStatusPath, key).status, 401);
    QCOMPARE(client.chunkSync(readSlice(m_image, 0, kChunk), ChunkHeaders::of(0, 3), key).status, 401);
    // The key itself is right; the commission poll needs none and still works.
    QCOMPARE(lastRequestTo(device.report(), kInfoPath).value(QStringLiteral("apiKey")).toString(),
             QStringLiteral("valid"));
    const SimReply commission = client.getSync(kCommissionPath, std::nullopt);
    QCOMPARE(commission.status, 200);
    QCOMPARE(commission.body.trimmed(), QByteArray("true"));
    QCOMPARE(chunkLog(device.report()), (QList<QPair<int, int>>{{0, 401}}));
}

void TestSimFaults::faultsCanBeAddedWhileRunning()
{
    SimulatedDevice device(configWith({}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QCOMPARE(client.prepareSync(key).status, 200);
    device.addFault(*SimFault::parse(QStringLiteral("503-chunk=0"), nullptr));
    const QByteArray first = readSlice(m_image, 0, kChunk);
    QCOMPARE(client.chunkSync(first, ChunkHeaders::of(0, 3), key).status, 503);
    QCOMPARE(client.chunkSync(first, ChunkHeaders::of(0, 3), key).status, 200);
}

void TestSimFaults::statusFaultAnswersTheChosenCall()
{
    SimulatedDevice device(configWith({QStringLiteral("status=403@info"), QStringLiteral("status=409@preparex2"),
                                       QStringLiteral("status=401@chunk1"), QStringLiteral("status=500@status")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());

    const SimReply forbidden = client.getSync(kInfoPath, key);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 403);
    QCOMPARE(client.getSync(kInfoPath, key).status, 200); // used up
    QCOMPARE(client.prepareSync(key).status, 409);
    QCOMPARE(client.prepareSync(key).status, 409);
    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.getSync(kStatusPath, key).status, 500);
    QCOMPARE(client.getSync(kStatusPath, key).status, 200);
    // Aimed at chunk 1 only: chunk 0 goes through, chunk 1 is refused once and stored when sent again.
    QCOMPARE(client.chunkSync(readSlice(m_image, 0, kChunk), ChunkHeaders::of(0, 3), key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(m_image, kChunk, kChunk), ChunkHeaders::of(1, 3), key).status, 401);
    QCOMPARE(client.chunkSync(readSlice(m_image, kChunk, kChunk), ChunkHeaders::of(1, 3), key).status, 200);
    const QJsonObject report = device.report();
    QCOMPARE(chunkLog(report), (QList<QPair<int, int>>{{0, 200}, {1, 401}, {1, 200}}));
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("chunksStored")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
}

void TestSimFaults::loseAnswerStoresThenDrops()
{
    // As reset-chunk, Qt re-sends on its own up to three times; here each attempt is stored before it is dropped.
    SimulatedDevice device(configWith({QStringLiteral("lose-answer=1x4")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());

    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(m_image, 0, kChunk), ChunkHeaders::of(0, 3), key).status, 200);
    const QByteArray second = readSlice(m_image, kChunk, kChunk);
    SimReply reply = client.chunkSync(second, ChunkHeaders::of(1, 3), key);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.error != QNetworkReply::NoError);
    // Stored although unanswered: the device now expects chunk 2, and takes chunk 1 again in its place.
    QCOMPARE(device.report().value(QStringLiteral("upload")).toObject().value(QStringLiteral("chunksStored")).toInt(),
             2);
    QCOMPARE(client.chunkSync(second, ChunkHeaders::of(1, 3), key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(m_image, 2 * kChunk, 500), ChunkHeaders::of(2, 3), key).status, 200);
    const QJsonObject report = device.report();
    QCOMPARE(chunkLog(report), (QList<QPair<int, int>>{{0, 200}, {1, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 200}, {2, 200}}));
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
             fileSha256(m_image));
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
}

void TestSimFaults::lostLastAnswerResendIsAcknowledged()
{
    SimConfig config = configWith({QStringLiteral("lose-answer=2")});
    config.speed = 50; // processing takes seconds: the re-sends arrive while it runs
    SimulatedDevice device(config);
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(m_image, 0, 2 * kChunk).left(kChunk), ChunkHeaders::of(0, 3), key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(m_image, kChunk, kChunk), ChunkHeaders::of(1, 3), key).status, 200);
    // Qt re-sends the last chunk on its own once its answer is lost; the device, already processing, acknowledges.
    const QByteArray last = readSlice(m_image, 2 * kChunk, 500);
    QCOMPARE(client.chunkSync(last, ChunkHeaders::of(2, 3), key).status, 200);
    QCOMPARE(client.chunkSync(last, ChunkHeaders::of(2, 3), key).status, 200);
    // Another file id is another upload: refused while this one is processed.
    QCOMPARE(client.chunkSync(last, ChunkHeaders::of(2, 3, "999"), key).status, 409);
    const QJsonObject report = device.report();
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
             fileSha256(m_image));
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
}

void TestSimFaults::garbageStatusCanBeCounted()
{
    SimulatedDevice device(configWith({QStringLiteral("garbage-status=2")}));
    QVERIFY(device.start());
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    const QByteArray key = device.apiKey().toUtf8();
    for (int i = 0; i < 2; ++i) {
        const SimReply reply = client.getSync(kStatusPath, key);
        QCOMPARE(reply.status, 200);
        QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
    }
    QVERIFY(QJsonDocument::fromJson(client.getSync(kStatusPath, key).body).isObject());
}

void TestSimFaults::stageErrorFailsThatStage()
{
    SimulatedDevice device(configWith({QStringLiteral("stage-error=77@decompress")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);
    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.uploadFile(m_image, kChunk, key).status, 200);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), false);
    const QJsonObject status = client.getSync(kStatusPath, key).json();
    QCOMPARE(status.value(QStringLiteral("decrypt")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));
    const QJsonObject stage = status.value(QStringLiteral("decompress")).toObject();
    QCOMPARE(stage.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(stage.value(QStringLiteral("errorCode")).toInt(), 77);
    QVERIFY(stage.value(QStringLiteral("errorMessage")).toString().contains(QLatin1String("decompress")));
    QCOMPARE(status.value(QStringLiteral("backupSettings")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(status.value(QStringLiteral("active")).toString(), QStringLiteral("inactive"));
    QCOMPARE(device.report().value(QStringLiteral("restarts")).toArray().size(), 0);
}

void TestSimFaults::restartDownSetsTheDowntime()
{
    // At this speed a restart normally takes 120 ms; the fault makes each one last 1.5 s.
    SimulatedDevice device(configWith({QStringLiteral("restart-down=1500")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);
    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.uploadFile(m_image, kChunk, key).status, 200);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);
    const QJsonArray restarts = device.report().value(QStringLiteral("restarts")).toArray();
    QCOMPARE(restarts.size(), 2);
    for (const QJsonValue &restart : restarts) {
        const qint64 down = restart.toObject().value(QStringLiteral("upMs")).toInteger() -
                            restart.toObject().value(QStringLiteral("downMs")).toInteger();
        // A coarse timer may fire up to 5% early; the usual restart is ten times shorter.
        QVERIFY2(down >= 1400, qPrintable(QString::number(down)));
    }
    // The restore between the restarts lasts as long (usually 60 ms at this speed).
    const qint64 restore = restarts.at(1).toObject().value(QStringLiteral("downMs")).toInteger() -
                           restarts.at(0).toObject().value(QStringLiteral("upMs")).toInteger();
    QVERIFY2(restore >= 1400, qPrintable(QString::number(restore)));
}

void TestSimFaults::restartDownZeroEndsTheWholeOutageAtOnce()
{
    // The missed restart: both restarts and the restore between them are over before a client polls again. At this
    // speed the restore alone usually lasts a second; a client that polls 0.9 s after the outage began must find the
    // device back already.
    SimConfig config = configWith({QStringLiteral("restart-down=0")});
    config.speed = 60;
    SimulatedDevice device(config);
    QVERIFY(device.start());
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    startUpdate(device, client);
    QVERIFY(!QTest::currentTestFailed());

    DeviceEventLog log(device);
    QTimer nextPoll;
    nextPoll.setSingleShot(true);
    nextPoll.setTimerType(Qt::PreciseTimer); // never early, unlike the device's own timers
    nextPoll.setInterval(UpdatePipeline::kRestoringSeconds * 1000 * 9 / 10 / int(config.speed));
    connect(&nextPoll, &QTimer::timeout, &log, [&log] { log.mark(QStringLiteral("next poll")); });
    connect(&device, &SimulatedDevice::restartBegan, &nextPoll, [&nextPoll](int number) {
        if (number == 1)
            nextPoll.start();
    });
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(log.events().contains(QStringLiteral("next poll")), kLongWait);
    // The device still went through both of its restarts, all of them before the poll.
    QCOMPARE(log.events(), (QStringList{QStringLiteral("down"), QStringLiteral("began 1"), QStringLiteral("ended 1"),
                                        QStringLiteral("began 2"), QStringLiteral("ended 2"),
                                        QStringLiteral("listening"), QStringLiteral("next poll")}));
    QCOMPARE(device.report().value(QStringLiteral("restarts")).toArray().size(), 2);
}

void TestSimFaults::stallHoldsTheRequestUntilTheClientGivesUp()
{
    SimulatedDevice device(configWith({QStringLiteral("stall=status")}));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy recorded(&device, &SimulatedDevice::requestRecorded);

    QNetworkReply *stalled = client.get(kStatusPath, key);
    QVERIFY(recorded.wait(kLongWait));
    const QJsonObject entry = recorded.first().first().toJsonObject();
    QCOMPARE(entry.value(QStringLiteral("path")).toString(), kStatusPath);
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 0);
    // The device goes on answering on other connections; the stalled request stays open.
    QCOMPARE(client.getSync(kCommissionPath, std::nullopt).status, 200);
    QCOMPARE(client.getSync(kInfoPath, key).status, 200);
    QVERIFY(!stalled->isFinished());
    QVERIFY(!lastRequestTo(device.report(), kStatusPath).contains(QStringLiteral("clientClosedMs")));

    // The client gives up, and the device notices.
    stalled->abort();
    stalled->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(lastRequestTo(device.report(), kStatusPath).contains(QStringLiteral("clientClosedMs")),
                             kLongWait);
    // Used up: the next status request is answered.
    const SimReply next = client.getSync(kStatusPath, key);
    QCOMPARE(next.status, 200);
    QCOMPARE(next.json().value(QStringLiteral("active")).toString(), QStringLiteral("inactive"));
    QCOMPARE(lastRequestTo(device.report(), kStatusPath).value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(device.report().value(QStringLiteral("violations")).toArray(), QJsonArray());
}

void TestSimFaults::stallIsCutByARestart()
{
    // Slow enough that the status request surely arrives while the stages run.
    SimConfig config = configWith({QStringLiteral("stall=status")});
    config.speed = 200;
    SimulatedDevice device(config);
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    startUpdate(device, client);
    QVERIFY(!QTest::currentTestFailed());
    QSignalSpy began(&device, &SimulatedDevice::restartBegan);
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);

    QNetworkReply *stalled = client.get(kStatusPath, key);
    QTRY_VERIFY_WITH_TIMEOUT(!lastRequestTo(device.report(), kStatusPath).isEmpty(), kLongWait);
    QCOMPARE(lastRequestTo(device.report(), kStatusPath).value(QStringLiteral("status")).toInt(), 0);
    QCOMPARE(device.report().value(QStringLiteral("phase")).toString(), QStringLiteral("processing"));
    // Nothing answers it: the first restart cuts the connection.
    const SimReply cut = SimTestClient::wait(stalled);
    QCOMPARE(cut.status, 0);
    QVERIFY(cut.error != QNetworkReply::NoError);
    QCOMPARE(began.size(), 1);

    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);
    const SimReply next = client.getSync(kStatusPath, key);
    QCOMPARE(next.status, 200);
    QCOMPARE(
        next.json().value(QStringLiteral("finishAndRestart")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("done"));
    // The device hung up on the stalled request, not its client.
    QJsonArray statusRequests;
    for (const QJsonValue &value : device.report().value(QStringLiteral("requests")).toArray()) {
        if (value.toObject().value(QStringLiteral("path")).toString() == kStatusPath)
            statusRequests.append(value);
    }
    QCOMPARE(statusRequests.size(), 2);
    QCOMPARE(statusRequests.at(0).toObject().value(QStringLiteral("status")).toInt(), 0);
    QVERIFY(!statusRequests.at(0).toObject().contains(QStringLiteral("clientClosedMs")));
    QCOMPARE(statusRequests.at(1).toObject().value(QStringLiteral("status")).toInt(), 200);
}

void TestSimFaults::factoryResetRenewsTheCertificate_data()
{
    // When the device first listens again after the reset: at the end of restart 2, or of restart 1 with the fault.
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<bool>("newAfterRestartOne");
    QTest::newRow("documented") << QStringList() << false;
    QTest::newRow("restore visible") << QStringList{QStringLiteral("restore-visible")} << true;
}

void TestSimFaults::factoryResetRenewsTheCertificate()
{
    QFETCH(QStringList, faults);
    QFETCH(bool, newAfterRestartOne);
    SimulatedDevice device(configWith(faults));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QByteArray before = device.fingerprintSha256();
    SimTestClient client(device.baseUrl(), before);
    QByteArray afterRestartOne;
    QList<QByteArray> servedWhenListening;
    connect(&device, &SimulatedDevice::restartEnded, this, [&](int number) {
        if (number == 1)
            afterRestartOne = device.fingerprintSha256();
    });
    connect(&device, &SimulatedDevice::listeningChanged, this, [&](bool listening) {
        if (listening)
            servedWhenListening << device.fingerprintSha256();
    });
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);
    startUpdate(device, client, false);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);

    const QByteArray renewed = device.fingerprintSha256();
    QVERIFY(renewed != before);
    QCOMPARE(afterRestartOne == renewed, newAfterRestartOne);
    // Renewed once, before the device first listened again.
    QCOMPARE(servedWhenListening, QList<QByteArray>(newAfterRestartOne ? 2 : 1, renewed));
    QCOMPARE(device.report().value(QStringLiteral("commissioned")).toBool(true), false);
    // The new certificate is the one served: a client pinned to it gets an answer, and the device is uncommissioned.
    SimTestClient fresh(device.baseUrl(), renewed);
    const SimReply commission = fresh.getSync(kCommissionPath, std::nullopt);
    QCOMPARE(commission.status, 200);
    QCOMPARE(commission.body.trimmed(), QByteArray("false"));
    QCOMPARE(fresh.getSync(kInfoPath, key).status, 401);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
