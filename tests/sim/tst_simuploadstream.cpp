// Chunk uploads as the device reads them off the wire: in pieces of any size, several in a row on one connection, and
// broken off halfway. Driven by a raw HTTPS client, which controls exactly which bytes go out when.

#include "RawHttpsClient.h"
#include "SimFirmware.h"
#include "SimTestClient.h"
#include "SimulatedDevice.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace groov::sim;
using namespace groov::sim::test;

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr int kLongWait = 60000;

SimConfig configWithChunk(qint64 chunkSize)
{
    SimConfig config;
    config.port = 0;
    config.speed = 1000;
    config.chunkSize = chunkSize;
    return config;
}

QJsonObject upload(const SimulatedDevice &device)
{
    return device.report().value(QStringLiteral("upload")).toObject();
}

QByteArray prepareRequest(const QByteArray &apiKey)
{
    const QByteArray body = "{\"preserveSettings\": true, \"backupNetwork\": true}";
    QByteArray bytes = "POST /manage/api/v1/maintenance/update/prepare HTTP/1.1\r\nHost: 127.0.0.1\r\napiKey: ";
    bytes += apiKey;
    bytes += "\r\nContent-Type: application/json\r\nContent-Length: ";
    bytes += QByteArray::number(body.size());
    bytes += "\r\n\r\n";
    bytes += body;
    return bytes;
}

int answerTo(RawHttpsClient &client, const QByteArray &bytes)
{
    client.send(bytes);
    const std::optional<RawResponse> response = client.readResponse();
    return response ? response->status : 0;
}

} // namespace

class TestSimUploadStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chunksInTinyPieces_data();
    void chunksInTinyPieces();
    void everyRequestOnOneConnection();
    void chunkBrokenOffMidBodyIsNotKept();
    void expectContinueBeforeAChunk();

private:
    // The chunk files (stored or still arriving) the simulator has open right now.
    [[nodiscard]] int chunkFiles() const;
    [[nodiscard]] QString makeImage(const QString &name, qint64 size);

    QTemporaryDir m_dir;
    QTemporaryDir m_tempDir;
};

void TestSimUploadStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_tempDir.isValid());
    // The simulator's temporary files land here, where this test alone can count them.
    qputenv("TMPDIR", QFile::encodeName(m_tempDir.path()));
    QCOMPARE(QDir::tempPath(), QDir(m_tempDir.path()).canonicalPath());
    if (!QDir(QStringLiteral("/proc/self/fd")).exists())
        QSKIP("counts the simulator's open temporary files in /proc/self/fd");
}

int TestSimUploadStream::chunkFiles() const
{
    // Open files, not directory entries: on Linux a QTemporaryFile has no name until someone asks for it.
    const QString prefix = QDir(m_tempDir.path()).canonicalPath() + QLatin1Char('/');
    int count = 0;
    for (const QFileInfo &descriptor :
         QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
        count += descriptor.symLinkTarget().startsWith(prefix) ? 1 : 0;
    return count;
}

QString TestSimUploadStream::makeImage(const QString &name, qint64 size)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!SimFirmware::write(path, QStringLiteral("epic"), QStringLiteral("3.8.0"), size, &error))
        qWarning() << error;
    return path;
}

void TestSimUploadStream::chunksInTinyPieces_data()
{
    QTest::addColumn<int>("piece");
    QTest::newRow("one byte at a time") << 1;
    QTest::newRow("7 bytes at a time") << 7;
    QTest::newRow("boundary-sized pieces") << 23;
}

void TestSimUploadStream::chunksInTinyPieces()
{
    // Every piece its own TLS record: boundaries, headers and the head itself cut everywhere.
    QFETCH(int, piece);
    constexpr qint64 chunk = 1000;
    SimulatedDevice device(configWithChunk(chunk));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString image = makeImage(QStringLiteral("tiny-%1.bin").arg(piece), 2 * chunk + 300);
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);
    RawHttpsClient client(device.fingerprintSha256());
    QVERIFY(client.connectTo(device.port()));

    QCOMPARE(answerTo(client, prepareRequest(key)), 200);
    for (int number = 0; number < 3; ++number) {
        const QByteArray data = readSlice(image, number * chunk, qMin(chunk, 2 * chunk + 300 - number * chunk));
        const ChunkRequest request = ChunkRequest::make(data, number, 3, key);
        const QByteArray bytes = request.head + request.body;
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            client.send(bytes.mid(at, piece));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }
    QCOMPARE(upload(device).value(QStringLiteral("sha256")).toString().toLatin1(), fileSha256(image));
    QCOMPARE(chunkLog(device.report()), (QList<QPair<int, int>>{{0, 200}, {1, 200}, {2, 200}}));
    QCOMPARE(device.report().value(QStringLiteral("violations")).toArray(), QJsonArray());
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);
}

void TestSimUploadStream::everyRequestOnOneConnection()
{
    // Keep-alive, as a browser or curl does it: prepare, three chunks and status polls, one after the other on one
    // connection. Each chunk streams into its sink, the rest is buffered.
    SimulatedDevice device(configWithChunk(kChunk));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString image = makeImage(QStringLiteral("keepalive.bin"), 2 * kChunk + 999);
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);
    RawHttpsClient client(device.fingerprintSha256());
    QVERIFY(client.connectTo(device.port()));
    QByteArray status = "GET /manage/api/v1/maintenance/update/status HTTP/1.1\r\nHost: 127.0.0.1\r\napiKey: ";
    status += key;
    status += "\r\n\r\n";

    QCOMPARE(answerTo(client, prepareRequest(key)), 200);
    for (int number = 0; number < 3; ++number) {
        const ChunkRequest request = ChunkRequest::make(readSlice(image, number * kChunk, kChunk), number, 3, key);
        QCOMPARE(answerTo(client, request.head + request.body), 200);
        QCOMPARE(answerTo(client, status), 200);
        QVERIFY(client.isConnected());
    }
    const QJsonObject report = device.report();
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
             fileSha256(image));
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
    QCOMPARE(report.value(QStringLiteral("maxConcurrentApplies")).toInt(), 1);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);
}

void TestSimUploadStream::chunkBrokenOffMidBodyIsNotKept()
{
    SimulatedDevice device(configWithChunk(kChunk));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString image = makeImage(QStringLiteral("broken.bin"), 2 * kChunk + 77);
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(image, 0, kChunk), ChunkHeaders::of(0, 3), key).status, 200);
    QCOMPARE(chunkFiles(), 1);

    // Chunk 1, and then a retry of chunk 0, each cut off halfway through its body: the bytes stream to disk as they
    // come, and go when the connection does.
    for (const int number : {1, 0}) {
        RawHttpsClient broken(device.fingerprintSha256());
        QVERIFY(broken.connectTo(device.port()));
        const ChunkRequest request = ChunkRequest::make(readSlice(image, number * kChunk, kChunk), number, 3, key);
        broken.send(request.head + request.body.left(request.body.size() / 2));
        QTRY_COMPARE_WITH_TIMEOUT(chunkFiles(), 2, kLongWait);
        broken.abort();
        QTRY_COMPARE_WITH_TIMEOUT(chunkFiles(), 1, kLongWait);
    }

    // A request that never arrived whole is no request: nothing recorded, nothing kept, chunk 0 intact.
    QCOMPARE(chunkLog(device.report()), (QList<QPair<int, int>>{{0, 200}}));
    QCOMPARE(upload(device).value(QStringLiteral("chunksStored")).toInt(), 1);
    QCOMPARE(upload(device).value(QStringLiteral("bytes")).toInteger(), kChunk);
    QCOMPARE(client.chunkSync(readSlice(image, kChunk, kChunk), ChunkHeaders::of(1, 3), key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(image, 2 * kChunk, 77), ChunkHeaders::of(2, 3), key).status, 200);
    const QJsonObject report = device.report();
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
             fileSha256(image));
    QCOMPARE(chunkLog(report), (QList<QPair<int, int>>{{0, 200}, {1, 200}, {2, 200}}));
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
    QCOMPARE(report.value(QStringLiteral("maxConcurrentApplies")).toInt(), 1);
    QCOMPARE(chunkFiles(), 3);
}

void TestSimUploadStream::expectContinueBeforeAChunk()
{
    // curl asks before it sends a body over 1 MB; the device must say go ahead rather than let it wait.
    SimulatedDevice device(configWithChunk(kChunk));
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    RawHttpsClient client(device.fingerprintSha256());
    QVERIFY(client.connectTo(device.port()));
    QCOMPARE(answerTo(client, prepareRequest(key)), 200);

    const ChunkRequest request = ChunkRequest::make(QByteArray(500, 'c'), 0, 1, key, "Expect: 100-continue\r\n");
    client.send(request.head);
    const auto interim = client.readResponse();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    QCOMPARE(answerTo(client, request.body), 200);
    QCOMPARE(upload(device).value(QStringLiteral("chunksStored")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSimUploadStream)
#include "tst_simuploadstream.moc"
