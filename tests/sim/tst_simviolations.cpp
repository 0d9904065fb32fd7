// The simulator catches a client that breaks the protocol, and stays quiet about one that keeps it.

#include "SimTestClient.h"
#include "SimulatedDevice.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace groov::sim;
using namespace groov::sim::test;

namespace {

constexpr qint64 kChunk = 1000;
constexpr int kLongWait = 60000;
const QString kCommissionPath = QStringLiteral("/auth/access/user/commission/status");
const QString kPreparePath = QStringLiteral("/manage/api/v1/maintenance/update/prepare");

QStringList violations(const SimulatedDevice &device)
{
    QStringList list;
    for (const QJsonValue &value : device.report().value(QStringLiteral("violations")).toArray())
        list << value.toString();
    return list;
}

QByteArray bytes(qint64 size)
{
    return QByteArray(size, 'c');
}

} // namespace

class TestSimViolations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void skippedChunk();
    void outOfOrderChunk();
    void chunkNumberNotBelowTotal();
    void wrongChunkSize_data();
    void wrongChunkSize();
    void missingOrBadHeader_data();
    void missingOrBadHeader();
    void totalOrFileIdChanges_data();
    void totalOrFileIdChanges();
    void filePartMissingOrDoubled_data();
    void filePartMissingOrDoubled();
    void applyBeforePrepare();
    void prepareBody_data();
    void prepareBody();
    void concurrentApply();
    void apiKeyOnCommissionStatus();
    void wellBehavedClientHasNone();

private:
    std::unique_ptr<SimulatedDevice> m_device;
    std::unique_ptr<SimTestClient> m_client;
    QByteArray m_key;
};

void TestSimViolations::init()
{
    SimConfig config;
    config.port = 0;
    config.speed = 1000;
    config.chunkSize = kChunk;
    m_device = std::make_unique<SimulatedDevice>(config);
    QVERIFY(m_device->start());
    m_key = m_device->apiKey().toUtf8();
    m_client = std::make_unique<SimTestClient>(m_device->baseUrl(), m_device->fingerprintSha256());
}

void TestSimViolations::cleanup()
{
    m_client.reset();
    m_device.reset();
}

void TestSimViolations::skippedChunk()
{
    QCOMPARE(m_client->prepareSync(m_key).status, 200);
    QCOMPARE(m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(0, 3), m_key).status, 200);
    const SimReply reply = m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(2, 3), m_key);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 400);
    const QStringList found = violations(*m_device);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("skips")), qPrintable(found.first()));
}

void TestSimViolations::outOfOrderChunk()
{
    QCOMPARE(m_client->prepareSync(m_key).status, 200);
    QCOMPARE(m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(0, 3), m_key).status, 200);
    QCOMPARE(m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(1, 3), m_key).status, 200);
    // Chunk 1 again is a retry (allowed); chunk 0 now is neither the last one nor the next.
    QCOMPARE(m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(1, 3), m_key).status, 200);
    QVERIFY(violations(*m_device).isEmpty());
    QCOMPARE(m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(0, 3), m_key).status, 400);
    const QStringList found = violations(*m_device);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("out of order")), qPrintable(found.first()));
}

void TestSimViolations::chunkNumberNotBelowTotal()
{
    QCOMPARE(m_client->prepareSync(m_key).status, 200);
    QCOMPARE(m_client->chunkSync(bytes(10), ChunkHeaders::of(1, 1), m_key).status, 400);
    QCOMPARE(violations(*m_device).size(), 1);
    QVERIFY(violations(*m_device).first().contains(QLatin1String("not below")));
}

void TestSimViolations::wrongChunkSize_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("total");
    QTest::addColumn<qint64>("size");
    QTest::newRow("short middle chunk") << 0 << 2 << kChunk - 1;
    QTest::newRow("long middle chunk") << 0 << 2 << kChunk + 1;
    QTest::newRow("long last chunk") << 0 << 1 << kChunk + 1;
    QTest::newRow("empty last chunk") << 0 << 1 << qint64(0);
}

void TestSimViolations::wrongChunkSize()
{
    QFETCH(int, number);
    QFETCH(int, total);
    QFETCH(qint64, size);
    QCOMPARE(m_client->prepareSync(m_key).status, 200);
    QCOMPARE(m_client->chunkSync(bytes(size), ChunkHeaders::of(number, total), m_key).status, 400);
    const QStringList found = violations(*m_device);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("bytes")), qPrintable(found.first()));
    QCOMPARE(
        m_device->report().value(QStringLiteral("upload")).toObject().value(QStringLiteral("chunksStored")).toInt(), 0);
}

void TestSimViolations::missingOrBadHeader_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QByteArray>("total");
    QTest::addColumn<QByteArray>("fileId");
    QTest::addColumn<QString>("named");
    const QByteArray absent; // a null value leaves the header out
    QTest::newRow("no chunk number") << absent << QByteArray("1") << QByteArray("7") << "uploader-chunk-number";
    QTest::newRow("no chunks total") << QByteArray("0") << absent << QByteArray("7") << "uploader-chunks-total";
    QTest::newRow("no file id") << QByteArray("0") << QByteArray("1") << absent << "uploader-file-id";
    QTest::newRow("hex number") << QByteArray("0x0") << QByteArray("1") << QByteArray("7") << "uploader-chunk-number";
    QTest::newRow("negative number") << QByteArray("-1") << QByteArray("1") << QByteArray("7")
                                     << "uploader-chunk-number";
    QTest::newRow("words for total") << QByteArray("0") << QByteArray("one") << QByteArray("7")
                                     << "uploader-chunks-total";
}

void TestSimViolations::missingOrBadHeader()
{
    QFETCH(QByteArray, number);
    QFETCH(QByteArray, total);
    QFETCH(QByteArray, fileId);
    QFETCH(QString, named);
    const auto optional = [](const QByteArray &value) {
        return value.isNull() ? std::optional<QByteArray>() : std::optional<QByteArray>(value);
    };
    QCOMPARE(m_client->prepareSync(m_key).status, 200);
    const SimReply reply = m_client->wait(
        m_client->postChunk(bytes(10), ChunkHeaders{optional(number), optional(total), optional(fileId)}, m_key));
    QCOMPARE(reply.status, 400);
    const QStringList found = violations(*m_device);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(named), qPrintable(found.first()));
}

void TestSimViolations::totalOrFileIdChanges_data()
{
    QTest::addColumn<int>("secondTotal");
    QTest::addColumn<QByteArray>("secondFileId");
    QTest::addColumn<QString>("named");
    QTest::newRow("chunks total") << 4 << QByteArray("4711") << "uploader-chunks-total";
    QTest::newRow("file id") << 3 << QByteArray("4712") << "uploader-file-id";
}

void TestSimViolations::totalOrFileIdChanges()
{
    QFETCH(int, secondTotal);
    QFETCH(QByteArray, secondFileId);
    QFETCH(QString, named);
    QCOMPARE(m_client->prepareSync(m_key).status, 200);
    QCOMPARE(m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(0, 3, "4711"), m_key).status, 200);
    QCOMPARE(m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(1, secondTotal, secondFileId), m_key).status, 400);
    const QStringList found = violations(*m_device);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(named), qPrintable(found.first()));
}

void TestSimViolations::filePartMissingOrDoubled_data()
{
    QTest::addColumn<QByteArray>("partName");
    QTest::addColumn<int>("parts");
    QTest::newRow("part named data") << QByteArray("data") << 1;
    QTest::newRow("two file parts") << QByteArray("file") << 2;
    QTest::newRow("no parts") << QByteArray("file") << 0;
}

void TestSimViolations::filePartMissingOrDoubled()
{
    QFETCH(QByteArray, partName);
    QFETCH(int, parts);
    QCOMPARE(m_client->prepareSync(m_key).status, 200);
    const SimReply reply =
        m_client->wait(m_client->postChunk(bytes(10), ChunkHeaders::of(0, 1), m_key, partName, parts));
    QCOMPARE(reply.status, 400);
    QCOMPARE(violations(*m_device).size(), 1);
}

void TestSimViolations::applyBeforePrepare()
{
    QCOMPARE(m_client->chunkSync(bytes(10), ChunkHeaders::of(0, 1), m_key).status, 400);
    const QStringList found = violations(*m_device);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("prepare")), qPrintable(found.first()));
}

void TestSimViolations::prepareBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("only preserveSettings") << QByteArray("{\"preserveSettings\": true}") << 200;
    QTest::newRow("only backupNetwork") << QByteArray("{\"backupNetwork\": true}") << 200;
    QTest::newRow("different values") << QByteArray("{\"preserveSettings\": true, \"backupNetwork\": false}") << 200;
    QTest::newRow("strings") << QByteArray("{\"preserveSettings\": \"true\", \"backupNetwork\": \"true\"}") << 200;
    QTest::newRow("not json") << QByteArray("preserveSettings=true") << 400;
}

void TestSimViolations::prepareBody()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QCOMPARE(m_client->wait(m_client->post(kPreparePath, body, m_key)).status, status);
    QCOMPARE(violations(*m_device).size(), 1);
}

void TestSimViolations::concurrentApply()
{
    // The first chunk hangs (stall fault), so a second chunk request certainly overlaps it.
    m_device->addFault(*SimFault::parse(QStringLiteral("stall-chunk=0"), nullptr));
    QCOMPARE(m_client->prepareSync(m_key).status, 200);
    QNetworkReply *hanging = m_client->postChunk(bytes(kChunk), ChunkHeaders::of(0, 2), m_key);
    QTRY_COMPARE_WITH_TIMEOUT(m_device->report().value(QStringLiteral("chunks")).toArray().size(), 1, kLongWait);
    QVERIFY(violations(*m_device).isEmpty());

    QCOMPARE(m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(0, 2), m_key).status, 200);
    const QStringList found = violations(*m_device);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("one at a time")), qPrintable(found.first()));
    QCOMPARE(m_device->report().value(QStringLiteral("maxConcurrentApplies")).toInt(), 2);
    hanging->abort();
    hanging->deleteLater();
}

void TestSimViolations::apiKeyOnCommissionStatus()
{
    const SimReply reply = m_client->getSync(kCommissionPath, m_key);
    QCOMPARE(reply.status, 200);
    const QStringList found = violations(*m_device);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("apiKey")), qPrintable(found.first()));
    QVERIFY(!found.first().contains(QString::fromUtf8(m_key)));
}

void TestSimViolations::wellBehavedClientHasNone()
{
    QSignalSpy finished(m_device.get(), &SimulatedDevice::updateFinished);
    QCOMPARE(m_client->getSync(kCommissionPath, std::nullopt).status, 200);
    QCOMPARE(m_client->prepareSync(m_key).status, 200);
    QCOMPARE(m_client->chunkSync(bytes(kChunk), ChunkHeaders::of(0, 2), m_key).status, 200);
    QCOMPARE(m_client->chunkSync(bytes(1), ChunkHeaders::of(1, 2), m_key).status, 200);
    QVERIFY(finished.wait(kLongWait)); // not an image: fails at unzip, which is not the client's fault
    QCOMPARE(m_client->getSync(kCommissionPath, std::nullopt).status, 200);
    QCOMPARE(m_device->report().value(QStringLiteral("violations")).toArray(), QJsonArray());
    QCOMPARE(m_device->report().value(QStringLiteral("maxConcurrentApplies")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSimViolations)
#include "tst_simviolations.moc"
