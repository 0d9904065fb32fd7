// The real groov-device-sim binary: make-firmware, the JSON line it announces devices with, options and signals.

#include "SimFirmwareHeader.h"
#include "SimImageScanner.h"
#include "SimTestClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace groov::sim;
using namespace groov::sim::test;

namespace {

constexpr int kWait = 60000;

QString simBinary()
{
    return QStringLiteral(GROOV_DEVICE_SIM);
}

// Reads one announced line from a running simulator.
QJsonObject readAnnouncement(QProcess &process)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(kWait))
            return QJsonObject();
    }
    return QJsonDocument::fromJson(process.readLine()).object();
}

} // namespace

class TestSimExecutable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void makeFirmware();
    void makeFirmwareRejectsBadOptions_data();
    void makeFirmwareRejectsBadOptions();
    void announcesTheDeviceAndExitsOnSigterm();
    void runsSeveralDevices();
    void stateDirKeepsTheFingerprint();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void printsHelp();

private:
    QTemporaryDir m_dir;
};

void TestSimExecutable::makeFirmware()
{
    const QString out = m_dir.filePath(QStringLiteral("rio.bin"));
    QProcess process;
    process.start(simBinary(), {QStringLiteral("make-firmware"), QStringLiteral("--family"), QStringLiteral("rio"),
                                QStringLiteral("--version"), QStringLiteral("4.1.0-b.3"), QStringLiteral("--size"),
                                QStringLiteral("75000000"), out});
    QVERIFY(process.waitForFinished(kWait));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), qint64(75'000'000));
    const auto header = SimFirmwareHeader::parse(file.read(SimFirmwareHeader::kSize));
    QVERIFY(header);
    QCOMPARE(header->family, QStringLiteral("rio"));
    QCOMPARE(header->version, QStringLiteral("4.1.0-b.3"));
    QCOMPARE(header->totalSize, quint64(75'000'000));
    QVERIFY(file.seek(0));
    SimImageScanner scanner;
    while (!file.atEnd()) {
        const QByteArray block = file.read(4 << 20);
        scanner.add(block.constData(), block.size());
    }
    QVERIFY(scanner.facts().intact);
}

void TestSimExecutable::makeFirmwareRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = QStringLiteral("never-written.bin");
    QTest::newRow("family") << QStringList{QStringLiteral("--family"),
                                           QStringLiteral("arm"),
                                           QStringLiteral("--version"),
                                           QStringLiteral("1"),
                                           QStringLiteral("--size"),
                                           QStringLiteral("1000"),
                                           out};
    QTest::newRow("no size") << QStringList{QStringLiteral("--family"), QStringLiteral("epic"),
                                            QStringLiteral("--version"), QStringLiteral("1"), out};
    QTest::newRow("size text") << QStringList{QStringLiteral("--family"),
                                              QStringLiteral("epic"),
                                              QStringLiteral("--version"),
                                              QStringLiteral("1"),
                                              QStringLiteral("--size"),
                                              QStringLiteral("big"),
                                              out};
    QTest::newRow("size below header") << QStringList{QStringLiteral("--family"),
                                                      QStringLiteral("epic"),
                                                      QStringLiteral("--version"),
                                                      QStringLiteral("1"),
                                                      QStringLiteral("--size"),
                                                      QStringLiteral("10"),
                                                      out};
    QTest::newRow("no output") << QStringList{QStringLiteral("--family"),  QStringLiteral("epic"),
                                              QStringLiteral("--version"), QStringLiteral("1"),
                                              QStringLiteral("--size"),    QStringLiteral("1000")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("red"), out};
}

void TestSimExecutable::makeFirmwareRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(simBinary(), QStringList{QStringLiteral("make-firmware")} + arguments);
    QVERIFY(process.waitForFinished(kWait));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never-written.bin"))));
}

void TestSimExecutable::announcesTheDeviceAndExitsOnSigterm()
{
    QProcess process;
    process.start(simBinary(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--speed"),
                                QStringLiteral("1000"), QStringLiteral("--model"), QStringLiteral("GRV-R7-MM2001-10"),
                                QStringLiteral("--api-key"), QStringLiteral("KeyFromTheCommandLine")});
    QVERIFY(process.waitForStarted(kWait));
    const QJsonObject line = readAnnouncement(process);
    const int port = line.value(QStringLiteral("port")).toInt();
    QVERIFY(port > 0 && port < 65536);
    QCOMPARE(line.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("https://127.0.0.1:%1").arg(port));
    const QString fingerprint = line.value(QStringLiteral("fingerprint")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(fingerprint).hasMatch());
    QCOMPARE(line.value(QStringLiteral("apiKey")).toString(), QStringLiteral("KeyFromTheCommandLine"));
    QCOMPARE(line.value(QStringLiteral("model")).toString(), QStringLiteral("GRV-R7-MM2001-10"));
    QCOMPARE(line.value(QStringLiteral("firmwareVersion")).toString(), QStringLiteral("3.6.0-b.105"));

    // It is a real HTTPS server with that certificate.
    SimTestClient client(QUrl(line.value(QStringLiteral("baseUrl")).toString()), fingerprint.toLatin1());
    const SimReply info =
        client.getSync(QStringLiteral("/manage/api/v1/io/local/info"), QByteArray("KeyFromTheCommandLine"));
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(QStringLiteral("hardware")).toObject().value(QStringLiteral("part")).toString(),
             QStringLiteral("GRV-R7-MM2001-10"));

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(kWait));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // The key is announced on stdout once, and never logged.
    QVERIFY(!process.readAllStandardError().contains("KeyFromTheCommandLine"));
}

void TestSimExecutable::runsSeveralDevices()
{
    QProcess process;
    process.start(simBinary(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--devices"),
                                QStringLiteral("2"), QStringLiteral("--fault"), QStringLiteral("unauthorized")});
    QVERIFY(process.waitForStarted(kWait));
    const QJsonObject first = readAnnouncement(process);
    const QJsonObject second = readAnnouncement(process);
    QVERIFY(first.value(QStringLiteral("port")).toInt() > 0);
    QVERIFY(second.value(QStringLiteral("port")).toInt() > 0);
    QVERIFY(first.value(QStringLiteral("port")) != second.value(QStringLiteral("port")));
    QVERIFY(first.value(QStringLiteral("apiKey")) != second.value(QStringLiteral("apiKey")));
    for (const QJsonObject &line : {first, second}) {
        SimTestClient client(QUrl(line.value(QStringLiteral("baseUrl")).toString()),
                             line.value(QStringLiteral("fingerprint")).toString().toLatin1());
        QCOMPARE(client.getSync(QStringLiteral("/auth/access/user/commission/status"), std::nullopt).status, 200);
        // The fault applies to every device.
        QCOMPARE(client
                     .getSync(QStringLiteral("/manage/api/v1/io/local/info"),
                              line.value(QStringLiteral("apiKey")).toString().toUtf8())
                     .status,
                 401);
    }
    process.kill();
    process.waitForFinished(kWait);
}

void TestSimExecutable::stateDirKeepsTheFingerprint()
{
    const QString state = m_dir.filePath(QStringLiteral("state"));
    QString fingerprints[2];
    for (QString &fingerprint : fingerprints) {
        QProcess process;
        process.start(simBinary(),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state-dir"), state});
        QVERIFY(process.waitForStarted(kWait));
        fingerprint = readAnnouncement(process).value(QStringLiteral("fingerprint")).toString();
        process.terminate();
        QVERIFY(process.waitForFinished(kWait));
        QCOMPARE(process.exitCode(), 0);
    }
    QVERIFY(!fingerprints[0].isEmpty());
    QCOMPARE(fingerprints[1], fingerprints[0]);
}

void TestSimExecutable::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("port text") << QStringList{QStringLiteral("--port"), QStringLiteral("https")};
    QTest::newRow("port too high") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("speed zero") << QStringList{QStringLiteral("--speed"), QStringLiteral("0")};
    QTest::newRow("bad fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("reset-chunk=x")};
    QTest::newRow("bad bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("not-an-address")};
    QTest::newRow("devices zero") << QStringList{QStringLiteral("--devices"), QStringLiteral("0")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("--port")};
}

void TestSimExecutable::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(simBinary(), arguments);
    QVERIFY(process.waitForFinished(kWait));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestSimExecutable::printsHelp()
{
    QProcess process;
    process.start(simBinary(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(kWait));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--model", "--firmware-version", "--api-key", "--bind", "--port", "--speed",
                               "--state-dir", "--fault", "--devices", "make-firmware"})
        QVERIFY2(help.contains(option), option);
    // The faults' syntax, new ones included.
    for (const char *fault :
         {"stall-chunk=N[xK]", "stall=ENDPOINT[xK]", "restore-visible", "restart-down=MILLISECONDS"})
        QVERIFY2(help.contains(fault), fault);
    process.start(simBinary(), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(kWait));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(GROOV_VERSION));
}

QTEST_GUILESS_MAIN(TestSimExecutable)
#include "tst_simexecutable.moc"
