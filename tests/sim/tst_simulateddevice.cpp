// The simulated device driven over real HTTPS by a plain client: endpoints, a full update with both restarts (the
// documented outage and the restore-visible fault), factory reset, and the failures the device reports at its stages.

#include "DeviceEventLog.h"
#include "SimTestClient.h"
#include "SimulatedDevice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace groov::sim;
using namespace groov::sim::test;

namespace {

constexpr qint64 kSmallChunk = 64 * 1024;
constexpr int kLongWait = 60000;
const QString kStatusPath = QStringLiteral("/manage/api/v1/maintenance/update/status");
const QString kInfoPath = QStringLiteral("/manage/api/v1/io/local/info");
const QString kCommissionPath = QStringLiteral("/auth/access/user/commission/status");

SimConfig testConfig(double speed = 1000)
{
    SimConfig config;
    config.port = 0;
    config.speed = speed;
    config.chunkSize = kSmallChunk;
    return config;
}

// Connects synchronously: fine in-process only because a refused connection needs no answer from the server.
bool connectionRefused(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.waitForConnected(5000);
    return socket.state() != QAbstractSocket::ConnectedState &&
           socket.error() == QAbstractSocket::ConnectionRefusedError;
}

QString stageStatus(const QJsonObject &status, const char *stage)
{
    return status.value(QLatin1String(stage)).toObject().value(QStringLiteral("status")).toString();
}

QJsonArray requestsTo(const QJsonObject &report, const QString &path)
{
    QJsonArray matching;
    for (const QJsonValue &entry : report.value(QStringLiteral("requests")).toArray()) {
        if (entry.toObject().value(QStringLiteral("path")).toString() == path)
            matching.append(entry);
    }
    return matching;
}

} // namespace

class TestSimulatedDevice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void servesInfo();
    void rejectsMissingOrWrongKey();
    void commissionStatusNeedsNoKey();
    void servesItsReport();
    void fullUpdateWithTwoRestarts();
    void restoreVisibleAnswersBetweenRestarts();
    void factoryResetComesBackUncommissioned();
    void wrongFamilyFailsAtDecrypt_data();
    void wrongFamilyFailsAtDecrypt();
    void nonImageFailsAtUnzip();
    void damagedImageFailsAtReassemble();
    void realSizeChunks();
    void resentChunkReplacesTheLastOne();
    void refusesPrepareWhileProcessing();
    void stopsFromInsideARequestAndStartsAgain();

private:
    QString makeImage(const QString &name, const QString &family, const QString &version, qint64 size);
    // Prepares and uploads a two-chunk EPIC image of this version and checks it is being processed; its path, or empty.
    QString startUpdate(SimulatedDevice &device, SimTestClient &client, const QString &name, const QString &version);
    // After the update: commissioned, running `version`, the status showing every stage done.
    void verifyUpForGood(SimTestClient &client, const QByteArray &key, const QString &version);

    QTemporaryDir m_dir;
};

void TestSimulatedDevice::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestSimulatedDevice::makeImage(const QString &name, const QString &family, const QString &version, qint64 size)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!SimFirmware::write(path, family, version, size, &error))
        qWarning() << error;
    return path;
}

void TestSimulatedDevice::servesInfo()
{
    SimConfig config = testConfig();
    config.model = QStringLiteral("GRV-R7-MM1001-10");
    config.firmwareVersion = QStringLiteral("2.1.0-b.9");
    SimulatedDevice device(config);
    QString error;
    QVERIFY2(device.start(&error), qPrintable(error));
    QVERIFY(device.isListening());
    QVERIFY(device.port() != 0);
    QCOMPARE(device.baseUrl(), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(device.port())));
    QCOMPARE(device.fingerprintSha256(), device.certificate().digest(QCryptographicHash::Sha256).toHex());
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9]{32}$")).match(device.apiKey()).hasMatch());

    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    const SimReply reply = client.getSync(kInfoPath, device.apiKey().toUtf8());
    QCOMPARE(reply.status, 200);
    const QJsonObject info = reply.json();
    QCOMPARE(info.value(QStringLiteral("mmpRev")).toInt(), 1);
    QCOMPARE(info.value(QStringLiteral("pucFlag")), QJsonValue(false));
    QCOMPARE(info.value(QStringLiteral("hardware")).toObject().value(QStringLiteral("part")).toString(),
             QStringLiteral("GRV-R7-MM1001-10"));
    QVERIFY(!info.value(QStringLiteral("hardware")).toObject().value(QStringLiteral("revision")).toString().isEmpty());
    const QJsonObject firmware = info.value(QStringLiteral("firmware")).toObject();
    QCOMPARE(firmware.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0-b.9"));
    QVERIFY(!firmware.value(QStringLiteral("date")).toString().isEmpty());
    QVERIFY(!firmware.value(QStringLiteral("time")).toString().isEmpty());

    const QJsonArray requests = device.report().value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 1);
    const QJsonObject entry = requests.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(entry.value(QStringLiteral("path")).toString(), kInfoPath);
    QCOMPARE(entry.value(QStringLiteral("apiKey")).toString(), QStringLiteral("valid"));
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(entry.value(QStringLiteral("ms")).toInteger() >= 0);
}

void TestSimulatedDevice::rejectsMissingOrWrongKey()
{
    SimConfig config = testConfig();
    config.apiKey = QStringLiteral("TheSecretKeyOfTheAdministrator01");
    SimulatedDevice device(config);
    QVERIFY(device.start());
    QCOMPARE(device.apiKey(), config.apiKey);
    QSignalSpy recorded(&device, &SimulatedDevice::requestRecorded);
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());

    for (const auto &key : {std::optional<QByteArray>(), std::optional<QByteArray>("wrong-key")}) {
        const SimReply reply = client.getSync(kInfoPath, key);
        QCOMPARE(reply.status, 401);
        const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 401);
        QCOMPARE(error.value(QStringLiteral("subCode")).toInt(), 0);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Unauthorized"));
    }
    QCOMPARE(client.getSync(kStatusPath, QByteArray("nope")).status, 401);
    QCOMPARE(client.prepareSync("nope").status, 401);

    const QJsonObject report = device.report();
    const QJsonArray requests = report.value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(recorded.size(), 4);
    QCOMPARE(requests.at(0).toObject().value(QStringLiteral("apiKey")).toString(), QStringLiteral("absent"));
    QCOMPARE(requests.at(1).toObject().value(QStringLiteral("apiKey")).toString(), QStringLiteral("invalid"));
    QCOMPARE(report.value(QStringLiteral("prepare")).toArray().size(), 0);
    QCOMPARE(report.value(QStringLiteral("violations")).toArray().size(), 0);
    // The report never carries the key, not even a wrong one.
    const QByteArray json = QJsonDocument(report).toJson();
    QVERIFY(!json.contains(config.apiKey.toUtf8()));
    QVERIFY(!json.contains("wrong-key"));
}

void TestSimulatedDevice::commissionStatusNeedsNoKey()
{
    SimulatedDevice device(testConfig());
    QVERIFY(device.start());
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    const SimReply reply = client.getSync(kCommissionPath, std::nullopt);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.trimmed(), QByteArray("true"));
    const QJsonObject report = device.report();
    QCOMPARE(report.value(QStringLiteral("commissioned")), QJsonValue(true));
    QCOMPARE(report.value(QStringLiteral("violations")).toArray().size(), 0);
    QCOMPARE(requestsTo(report, kCommissionPath).first().toObject().value(QStringLiteral("apiKey")).toString(),
             QStringLiteral("absent"));
}

void TestSimulatedDevice::servesItsReport()
{
    SimulatedDevice device(testConfig());
    QVERIFY(device.start());
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QCOMPARE(client.getSync(kInfoPath, device.apiKey().toUtf8()).status, 200);
    const SimReply reply = client.getSync(QStringLiteral("/sim/v1/report"), std::nullopt);
    QCOMPARE(reply.status, 200);
    const QJsonObject report = reply.json();
    QCOMPARE(report.value(QStringLiteral("model")).toString(), device.model());
    QCOMPARE(report.value(QStringLiteral("firmwareVersion")).toString(), device.firmwareVersion());
    QCOMPARE(report.value(QStringLiteral("phase")).toString(), QStringLiteral("idle"));
    QCOMPARE(report.value(QStringLiteral("maxConcurrentApplies")).toInt(), 0);
    for (const char *key : {"requests", "prepare", "chunks", "stageLog", "restarts", "violations"})
        QVERIFY2(report.value(QLatin1String(key)).isArray(), key);
    QCOMPARE(report.value(QStringLiteral("upload")).toObject().value(QStringLiteral("complete")), QJsonValue(false));
    // Report requests are not recorded: only the info call is there.
    QCOMPARE(report.value(QStringLiteral("requests")).toArray().size(), 1);
    QCOMPARE(device.report().value(QStringLiteral("requests")).toArray().size(), 1);
}

void TestSimulatedDevice::fullUpdateWithTwoRestarts()
{
    // The documented device: its web server stops at restart 1 and runs again once restart 2 is over. Slow enough
    // that the restore spell (60 s / speed) comfortably outlasts a probe.
    SimulatedDevice device(testConfig(150));
    QVERIFY(device.start());
    const quint16 port = device.port();
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    const QString image = startUpdate(device, client, QStringLiteral("full.bin"), QStringLiteral("3.7.1-b.2"));
    QVERIFY(!image.isEmpty());

    // Probed at every step of the outage, and every few milliseconds in between: never a connection.
    DeviceEventLog log(device);
    int probes = 0;
    int refused = 0;
    QString phaseWhileRestoring;
    const auto probe = [&] {
        ++probes;
        refused += connectionRefused(port) ? 1 : 0;
    };
    QTimer prober;
    prober.setInterval(10);
    connect(&prober, &QTimer::timeout, this, probe);
    connect(&device, &SimulatedDevice::restartBegan, this, [&] {
        probe();
        prober.start();
    });
    connect(&device, &SimulatedDevice::restartEnded, this, [&](int number) {
        if (number == 2)
            prober.stop(); // the server listens again
        else
            probe();
    });
    // Queued: once the device has moved on to restoring its settings.
    connect(
        &device, &SimulatedDevice::restartEnded, this,
        [&](int number) {
            if (number != 1)
                return;
            phaseWhileRestoring = device.report().value(QStringLiteral("phase")).toString();
            probe();
        },
        Qt::QueuedConnection);
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);

    // One outage with both of the device's restarts inside it.
    QCOMPARE(log.events(),
             (QStringList{QStringLiteral("down"), QStringLiteral("began 1"), QStringLiteral("ended 1"),
                          QStringLiteral("began 2"), QStringLiteral("ended 2"), QStringLiteral("listening")}));
    QCOMPARE(phaseWhileRestoring, QStringLiteral("restoring"));
    QVERIFY(probes >= 4);
    QCOMPARE(refused, probes);

    // Back, on the same port, with the new firmware.
    QVERIFY(device.isListening());
    QCOMPARE(device.port(), port);
    verifyUpForGood(client, key, QStringLiteral("3.7.1-b.2"));

    const QJsonObject report = device.report();
    QCOMPARE(report.value(QStringLiteral("phase")).toString(), QStringLiteral("ready"));
    QCOMPARE(report.value(QStringLiteral("commissioned")), QJsonValue(true));
    QCOMPARE(report.value(QStringLiteral("firmwareVersion")).toString(), QStringLiteral("3.7.1-b.2"));
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
    QCOMPARE(report.value(QStringLiteral("maxConcurrentApplies")).toInt(), 1);
    const QJsonObject upload = report.value(QStringLiteral("upload")).toObject();
    QCOMPARE(upload.value(QStringLiteral("complete")), QJsonValue(true));
    QCOMPARE(upload.value(QStringLiteral("chunksTotal")).toInt(), 2);
    QCOMPARE(upload.value(QStringLiteral("chunksStored")).toInt(), 2);
    QCOMPARE(upload.value(QStringLiteral("bytes")).toInteger(), kSmallChunk + 1000);
    QCOMPARE(upload.value(QStringLiteral("fileId")).toString(), QStringLiteral("4711"));
    QCOMPARE(upload.value(QStringLiteral("sha256")).toString().toLatin1(), fileSha256(image));
    const QJsonArray prepare = report.value(QStringLiteral("prepare")).toArray();
    QCOMPARE(prepare.size(), 1);
    QCOMPARE(prepare.first().toObject().value(QStringLiteral("preserveSettings")), QJsonValue(true));
    QCOMPARE(prepare.first().toObject().value(QStringLiteral("backupNetwork")), QJsonValue(true));
    const QJsonArray chunks = report.value(QStringLiteral("chunks")).toArray();
    QCOMPARE(chunks.size(), 2);
    QCOMPARE(chunks.at(0).toObject().value(QStringLiteral("size")).toInteger(), kSmallChunk);
    QCOMPARE(chunks.at(1).toObject().value(QStringLiteral("size")).toInteger(), 1000);
    QCOMPARE(chunks.at(1).toObject().value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(chunks.at(1).toObject().value(QStringLiteral("total")).toInt(), 2);

    // Every stage from reassemble on ran, then finished, in the device's order.
    QStringList transitions;
    qint64 previousMs = -1;
    for (const QJsonValue &value : report.value(QStringLiteral("stageLog")).toArray()) {
        const QJsonObject entry = value.toObject();
        transitions << entry.value(QStringLiteral("stage")).toString() + QLatin1Char(':') +
                           entry.value(QStringLiteral("status")).toString();
        QVERIFY(entry.value(QStringLiteral("ms")).toInteger() >= previousMs);
        previousMs = entry.value(QStringLiteral("ms")).toInteger();
    }
    QStringList expected{QStringLiteral("prepare:done"), QStringLiteral("upload:running"),
                         QStringLiteral("upload:done")};
    for (const char *stage :
         {"reassemble", "unzip", "decrypt", "decompress", "backupSettings", "install", "finishAndRestart"}) {
        expected << QLatin1String(stage) + QStringLiteral(":running");
        expected << QLatin1String(stage) + QStringLiteral(":done");
    }
    QCOMPARE(transitions, expected);

    const QJsonArray restarts = report.value(QStringLiteral("restarts")).toArray();
    QCOMPARE(restarts.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject restart = restarts.at(i).toObject();
        QCOMPARE(restart.value(QStringLiteral("number")).toInt(), i + 1);
        QVERIFY(restart.value(QStringLiteral("upMs")).toInteger() >
                restart.value(QStringLiteral("downMs")).toInteger());
    }
    QVERIFY(!QJsonDocument(report).toJson().contains(key));
}

void TestSimulatedDevice::restoreVisibleAnswersBetweenRestarts()
{
    // The fault's model: up between the restarts, not commissioned, every groov Manage call answered 503.
    SimConfig config = testConfig(150);
    config.faults << *SimFault::parse(QStringLiteral("restore-visible"), nullptr);
    SimulatedDevice device(config);
    QVERIFY(device.start());
    const quint16 port = device.port();
    const QByteArray key = device.apiKey().toUtf8();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QVERIFY(!startUpdate(device, client, QStringLiteral("visible.bin"), QStringLiteral("3.7.6")).isEmpty());

    DeviceEventLog log(device);
    bool refusedWhileDown[3] = {false, false, false};
    QList<QNetworkReply *> duringRestoring;
    connect(&device, &SimulatedDevice::restartBegan, this,
            [&](int number) { refusedWhileDown[number] = connectionRefused(port); });
    connect(&device, &SimulatedDevice::restartEnded, this, [&](int number) {
        if (number == 1) {
            duringRestoring << client.get(kCommissionPath, std::nullopt);
            duringRestoring << client.get(kStatusPath, key);
        }
    });
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(log.events(), (QStringList{QStringLiteral("down"), QStringLiteral("began 1"), QStringLiteral("ended 1"),
                                        QStringLiteral("listening"), QStringLiteral("down"), QStringLiteral("began 2"),
                                        QStringLiteral("ended 2"), QStringLiteral("listening")}));
    QVERIFY(refusedWhileDown[1]);
    QVERIFY(refusedWhileDown[2]);

    QCOMPARE(duringRestoring.size(), 2);
    const SimReply commissionDuring = SimTestClient::wait(duringRestoring.at(0));
    QCOMPARE(commissionDuring.status, 200);
    QCOMPARE(commissionDuring.body.trimmed(), QByteArray("false"));
    const SimReply statusDuring = SimTestClient::wait(duringRestoring.at(1));
    QCOMPARE(statusDuring.status, 503);
    QCOMPARE(statusDuring.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 503);

    verifyUpForGood(client, key, QStringLiteral("3.7.6"));
    const QJsonObject report = device.report();
    QCOMPARE(report.value(QStringLiteral("restarts")).toArray().size(), 2);
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
}

QString TestSimulatedDevice::startUpdate(SimulatedDevice &device, SimTestClient &client, const QString &name,
                                         const QString &version)
{
    const QByteArray key = device.apiKey().toUtf8();
    const QString image = makeImage(name, QStringLiteral("epic"), version, kSmallChunk + 1000);
    const auto fail = [](const char *what) {
        qWarning("startUpdate: %s", what);
        return QString();
    };
    if (client.prepareSync(key).status != 200)
        return fail("prepare refused");
    if (device.report().value(QStringLiteral("phase")).toString() != QLatin1String("uploading"))
        return fail("not uploading after prepare");
    if (client.uploadFile(image, kSmallChunk, key).status != 200)
        return fail("upload refused");
    // Processing: the first two stages done, the update active.
    const QJsonObject status = client.getSync(kStatusPath, key).json();
    if (stageStatus(status, "prepare") != QLatin1String("done") ||
        stageStatus(status, "upload") != QLatin1String("done") ||
        status.value(QStringLiteral("active")).toString() != QLatin1String("active"))
        return fail("the status does not show an update being processed");
    return image;
}

void TestSimulatedDevice::verifyUpForGood(SimTestClient &client, const QByteArray &key, const QString &version)
{
    const SimReply commission = client.getSync(kCommissionPath, std::nullopt);
    QCOMPARE(commission.status, 200);
    QCOMPARE(commission.body.trimmed(), QByteArray("true"));
    const SimReply info = client.getSync(kInfoPath, key);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(QStringLiteral("firmware")).toObject().value(QStringLiteral("version")).toString(),
             version);
    // The finished update stays on show: all nine stages done, nothing active.
    const QJsonObject status = client.getSync(kStatusPath, key).json();
    for (const char *stage : {"prepare", "upload", "reassemble", "unzip", "decrypt", "decompress", "backupSettings",
                              "install", "finishAndRestart"})
        QCOMPARE(stageStatus(status, stage), QStringLiteral("done"));
    QCOMPARE(status.value(QStringLiteral("active")).toString(), QStringLiteral("inactive"));
}

void TestSimulatedDevice::factoryResetComesBackUncommissioned()
{
    SimulatedDevice device(testConfig());
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString image =
        makeImage(QStringLiteral("reset.bin"), QStringLiteral("epic"), QStringLiteral("3.8.0"), kSmallChunk * 2 + 5);
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);

    const QByteArray certificateBefore = device.fingerprintSha256();
    QCOMPARE(client.prepareSync(key, false).status, 200);
    QCOMPARE(client.uploadFile(image, kSmallChunk, key).status, 200);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);

    // The reset took the device's certificate too: a new self-signed one, which the client must pin anew.
    QVERIFY(device.fingerprintSha256() != certificateBefore);
    SimTestClient fresh(device.baseUrl(), device.fingerprintSha256());
    const SimReply commission = fresh.getSync(kCommissionPath, std::nullopt);
    QCOMPARE(commission.status, 200);
    QCOMPARE(commission.body.trimmed(), QByteArray("false"));
    // The administrator and the key went with the settings.
    const SimReply info = fresh.getSync(kInfoPath, key);
    QCOMPARE(info.status, 401);

    const QJsonObject report = device.report();
    QCOMPARE(report.value(QStringLiteral("commissioned")), QJsonValue(false));
    QCOMPARE(report.value(QStringLiteral("phase")).toString(), QStringLiteral("ready"));
    QCOMPARE(report.value(QStringLiteral("firmwareVersion")).toString(), QStringLiteral("3.8.0"));
    QCOMPARE(device.firmwareVersion(), QStringLiteral("3.8.0"));
    QCOMPARE(
        report.value(QStringLiteral("prepare")).toArray().first().toObject().value(QStringLiteral("preserveSettings")),
        QJsonValue(false));
    // A key on an uncommissioned unit is refused, but it is not the client's fault.
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
    QCOMPARE(requestsTo(report, kInfoPath).last().toObject().value(QStringLiteral("apiKey")).toString(),
             QStringLiteral("invalid"));
}

void TestSimulatedDevice::wrongFamilyFailsAtDecrypt_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("family");
    QTest::newRow("rio image on an epic") << "GRV-EPIC-PR1"
                                          << "rio";
    QTest::newRow("epic image on a rio") << "GRV-R7-I1VAPM-3"
                                         << "epic";
}

void TestSimulatedDevice::wrongFamilyFailsAtDecrypt()
{
    QFETCH(QString, model);
    QFETCH(QString, family);
    SimConfig config = testConfig();
    config.model = model;
    SimulatedDevice device(config);
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString image = makeImage(QStringLiteral("wrong-%1.bin").arg(family), family, QStringLiteral("9.9.9"), 5000);
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);
    QSignalSpy began(&device, &SimulatedDevice::restartBegan);

    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.uploadFile(image, kSmallChunk, key).status, 200);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), false);
    const QJsonObject status = client.getSync(kStatusPath, key).json();
    const QJsonObject decrypt = status.value(QStringLiteral("decrypt")).toObject();
    QCOMPARE(decrypt.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(decrypt.value(QStringLiteral("errorCode")).toInt(), 8);
    QCOMPARE(decrypt.value(QStringLiteral("errorMessage")).toString(),
             QStringLiteral("Failed to decrypt system update. Confirm that the firmware is correct for this device "
                            "type."));
    for (const char *stage : {"prepare", "upload", "reassemble", "unzip"})
        QCOMPARE(stageStatus(status, stage), QStringLiteral("done"));
    for (const char *stage : {"decompress", "backupSettings", "install", "finishAndRestart"})
        QCOMPARE(stageStatus(status, stage), QStringLiteral("pending"));
    QCOMPARE(status.value(QStringLiteral("active")).toString(), QStringLiteral("inactive"));

    QCOMPARE(began.size(), 0);
    QCOMPARE(device.report().value(QStringLiteral("phase")).toString(), QStringLiteral("failed"));
    QCOMPARE(device.firmwareVersion(), config.firmwareVersion);
}

void TestSimulatedDevice::nonImageFailsAtUnzip()
{
    SimulatedDevice device(testConfig());
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3000, 'z'));
    file.close();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);

    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.uploadFile(path, kSmallChunk, key).status, 200);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), false);
    const QJsonObject status = client.getSync(kStatusPath, key).json();
    const QJsonObject unzip = status.value(QStringLiteral("unzip")).toObject();
    QCOMPARE(unzip.value(QStringLiteral("errorCode")).toInt(), 3);
    QCOMPARE(unzip.value(QStringLiteral("errorMessage")).toString(),
             QStringLiteral("Failed to unzip system update. The file is not a valid firmware package."));
    QCOMPARE(status.value(QStringLiteral("reassemble")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("done"));
    QCOMPARE(status.value(QStringLiteral("decrypt")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(status.value(QStringLiteral("active")).toString(), QStringLiteral("inactive"));
}

void TestSimulatedDevice::damagedImageFailsAtReassemble()
{
    SimulatedDevice device(testConfig());
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString image =
        makeImage(QStringLiteral("damaged.bin"), QStringLiteral("epic"), QStringLiteral("3.7.2"), kSmallChunk + 77);
    QFile file(image);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(kSmallChunk + 10));
    file.write("!");
    file.close();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);

    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.uploadFile(image, kSmallChunk, key).status, 200);
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), false);
    const QJsonObject status = client.getSync(kStatusPath, key).json();
    QCOMPARE(status.value(QStringLiteral("reassemble")).toObject().value(QStringLiteral("errorCode")).toInt(), 2);
    QCOMPARE(status.value(QStringLiteral("unzip")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    // The device stored what it was sent, faithfully.
    QCOMPARE(device.report()
                 .value(QStringLiteral("upload"))
                 .toObject()
                 .value(QStringLiteral("sha256"))
                 .toString()
                 .toLatin1(),
             fileSha256(image));
}

void TestSimulatedDevice::realSizeChunks()
{
    // The one test with groov Manage's real chunk size: 25,000,000 bytes and a short last chunk.
    SimConfig config = testConfig();
    config.chunkSize = 25'000'000;
    SimulatedDevice device(config);
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString image =
        makeImage(QStringLiteral("real.bin"), QStringLiteral("epic"), QStringLiteral("3.7.3"), 25'000'000 + 4321);
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);

    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.uploadFile(image, 25'000'000, key).status, 200);
    const QJsonObject report = device.report();
    const QJsonArray chunks = report.value(QStringLiteral("chunks")).toArray();
    QCOMPARE(chunks.size(), 2);
    QCOMPARE(chunks.at(0).toObject().value(QStringLiteral("size")).toInteger(), 25'000'000);
    QCOMPARE(chunks.at(1).toObject().value(QStringLiteral("size")).toInteger(), 4321);
    const QJsonObject upload = report.value(QStringLiteral("upload")).toObject();
    QCOMPARE(upload.value(QStringLiteral("bytes")).toInteger(), 25'000'000 + 4321);
    QCOMPARE(upload.value(QStringLiteral("sha256")).toString().toLatin1(), fileSha256(image));
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);
}

void TestSimulatedDevice::resentChunkReplacesTheLastOne()
{
    SimulatedDevice device(testConfig());
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString image =
        makeImage(QStringLiteral("resend.bin"), QStringLiteral("epic"), QStringLiteral("3.7.4"), kSmallChunk * 2 + 9);
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    QSignalSpy finished(&device, &SimulatedDevice::updateFinished);

    QCOMPARE(client.prepareSync(key).status, 200);
    // Chunk 1 first with the wrong bytes, then again (a retry): the device keeps the second copy.
    QCOMPARE(client.chunkSync(readSlice(image, 0, kSmallChunk), ChunkHeaders::of(0, 3), key).status, 200);
    QCOMPARE(client.chunkSync(QByteArray(kSmallChunk, 'w'), ChunkHeaders::of(1, 3), key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(image, kSmallChunk, kSmallChunk), ChunkHeaders::of(1, 3), key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(image, kSmallChunk, kSmallChunk), ChunkHeaders::of(1, 3), key).status, 200);
    QCOMPARE(client.chunkSync(readSlice(image, 2 * kSmallChunk, 9), ChunkHeaders::of(2, 3), key).status, 200);

    const QJsonObject report = device.report();
    QCOMPARE(report.value(QStringLiteral("violations")).toArray(), QJsonArray());
    QCOMPARE(report.value(QStringLiteral("chunks")).toArray().size(), 5);
    const QJsonObject upload = report.value(QStringLiteral("upload")).toObject();
    QCOMPARE(upload.value(QStringLiteral("chunksStored")).toInt(), 3);
    QCOMPARE(upload.value(QStringLiteral("bytes")).toInteger(), kSmallChunk * 2 + 9);
    QCOMPARE(upload.value(QStringLiteral("sha256")).toString().toLatin1(), fileSha256(image));
    // The image passes every check the device makes of it.
    QVERIFY(finished.wait(kLongWait));
    QCOMPARE(finished.first().first().toBool(), true);
}

void TestSimulatedDevice::refusesPrepareWhileProcessing()
{
    SimulatedDevice device(testConfig(30)); // stays in processing for a while
    QVERIFY(device.start());
    const QByteArray key = device.apiKey().toUtf8();
    const QString image = makeImage(QStringLiteral("busy.bin"), QStringLiteral("epic"), QStringLiteral("3.7.5"), 999);
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());

    QCOMPARE(client.prepareSync(key).status, 200);
    QCOMPARE(client.uploadFile(image, kSmallChunk, key).status, 200);
    const SimReply again = client.prepareSync(key);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 409);
    // Another upload's chunk. (The same upload's last chunk sent again is acknowledged: see tst_simfaults.)
    const SimReply chunk = client.chunkSync(readSlice(image, 0, 999), ChunkHeaders::of(0, 1, "5150"), key);
    QCOMPARE(chunk.status, 409);
    QCOMPARE(device.report().value(QStringLiteral("phase")).toString(), QStringLiteral("processing"));
    QCOMPARE(device.report().value(QStringLiteral("violations")).toArray(), QJsonArray());
}

void TestSimulatedDevice::stopsFromInsideARequestAndStartsAgain()
{
    SimulatedDevice device(testConfig());
    QVERIFY(device.start());
    const quint16 port = device.port();
    SimTestClient client(device.baseUrl(), device.fingerprintSha256());
    // A test hook that pulls the plug while the device is in the middle of answering.
    const auto connection = connect(&device, &SimulatedDevice::requestRecorded, &device, [&device] { device.stop(); });
    const SimReply cut = client.getSync(kCommissionPath, std::nullopt);
    QCOMPARE(cut.status, 0);
    QVERIFY(cut.error != QNetworkReply::NoError);
    QVERIFY(!device.isListening());
    QVERIFY(connectionRefused(port));

    disconnect(connection);
    QVERIFY(device.start());
    QCOMPARE(device.port(), port);
    const SimReply again = client.getSync(kCommissionPath, std::nullopt);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, QByteArray("true"));
}

QTEST_GUILESS_MAIN(TestSimulatedDevice)
#include "tst_simulateddevice.moc"
