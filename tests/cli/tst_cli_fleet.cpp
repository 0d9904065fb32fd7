// groov-update --plan against simulated devices: exit codes, JSON events with a device field, the reports and the
// history, nothing of any key anywhere, and what an interruption does (docs/fleet.md).
#include "CliRun.h"
#include "FirmwareImage.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

using namespace groov;
using namespace groov::test;

namespace {

const QString kTarget = QStringLiteral("4.1.0-b.42");

// Simulated devices and a plan file for them, each device's key in its own environment variable.
class FleetSetup
{
public:
    explicit FleetSetup(int count)
    {
        for (int i = 0; i < count; ++i)
            m_sims.push_back(std::make_unique<SimHarness>());
    }

    SimHarness &sim(int index) { return *m_sims.at(std::size_t(index)); }
    int size() const { return int(m_sims.size()); }
    QString folder() const { return m_folder.path(); }

    // The plan, with `extra` fields added to (or replacing) the defaults.
    QString writePlan(const QJsonObject &extra = {}, qint64 firmwareSize = 200'000)
    {
        QJsonArray devices;
        for (int i = 0; i < size(); ++i) {
            devices.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("d%1").arg(i)},
                                       {QStringLiteral("address"), sim(i).device().baseUrl().authority()},
                                       {QStringLiteral("fingerprint"), fingerprintOf(sim(i))},
                                       {QStringLiteral("key"), QJsonObject{{QStringLiteral("env"), keyVariable(i)}}}});
        }
        QJsonObject plan{{QStringLiteral("firmware"), sim(0).makeFirmware(QStringLiteral("epic"), firmwareSize)},
                         {QStringLiteral("devices"), devices},
                         {QStringLiteral("pollIntervalSeconds"), 1}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            plan.insert(it.key(), it.value());
        const QString path = m_folder.filePath(QStringLiteral("plan.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(plan).toJson()) < 0)
            qFatal("cannot write the plan");
        return path;
    }

    static QString keyVariable(int index) { return QStringLiteral("GROOV_TEST_KEY_%1").arg(index); }
    void giveKeys(CliRun &cli)
    {
        for (int i = 0; i < size(); ++i)
            cli.environment().insert(keyVariable(i), sim(i).device().apiKey());
    }
    QStringList keys()
    {
        QStringList list;
        for (int i = 0; i < size(); ++i)
            list.append(sim(i).device().apiKey());
        return list;
    }
    int prepares(int index) { return sim(index).requestCount(QStringLiteral("/prepare")); }

private:
    std::vector<std::unique_ptr<SimHarness>> m_sims;
    QTemporaryDir m_folder;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject deviceIn(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &device : report.value(QLatin1String("devices")).toArray()) {
        if (device.toObject().value(QLatin1String("name")).toString() == name)
            return device.toObject();
    }
    return {};
}

QString stateIn(const QJsonObject &report, const QString &name)
{
    return deviceIn(report, name).value(QLatin1String("state")).toString();
}

} // namespace

class TestCliFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPlanUpdatesEveryDeviceAndReportsIt();
    void aFailingCanaryExits1AndStartsNoOtherDevice();
    void aBadPlanExits2BeforeAnyRequest_data();
    void aBadPlanExits2BeforeAnyRequest();
    void aDryRunSendsNoFirmware();
    void anInterruptionFollowsDevicesThatHaveTheirImageAndStartsNoOther();
};

void TestCliFleet::aPlanUpdatesEveryDeviceAndReportsIt()
{
    FleetSetup fleet(8);
    const QString plan =
        fleet.writePlan({{QStringLiteral("concurrency"), 3}, {QStringLiteral("waves"), QJsonArray{1, 2}}});
    const QString reportPath = fleet.folder() + QStringLiteral("/out/report.json");
    QVERIFY(QDir().mkpath(fleet.folder() + QStringLiteral("/out")));
    CliRun cli;
    fleet.giveKeys(cli);
    QVERIFY2(cli.run({QStringLiteral("--plan"), plan, QStringLiteral("--json"), QStringLiteral("--report"), reportPath},
                     240'000),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    QVERIFY2(cli.badLines().isEmpty(), qPrintable(cli.badLines().join(QLatin1Char('\n'))));

    // Every event about one device says which; the waves are 1, 2 and the other 5.
    QStringList devicesSeen;
    for (const QJsonObject &event : cli.eventsOfType(QStringLiteral("device"))) {
        const QString device = event.value(QLatin1String("device")).toString();
        QVERIFY2(!device.isEmpty(), QJsonDocument(event).toJson().constData());
        if (!devicesSeen.contains(device))
            devicesSeen.append(device);
    }
    QCOMPARE(devicesSeen.size(), 8);
    const QList<QJsonObject> waves = cli.eventsOfType(QStringLiteral("wave"));
    QCOMPARE(waves.size(), 3);
    QCOMPARE(waves.at(0).value(QLatin1String("devices")).toArray().size(), 1);
    QCOMPARE(waves.at(1).value(QLatin1String("devices")).toArray().size(), 2);
    QCOMPARE(waves.at(2).value(QLatin1String("devices")).toArray().size(), 5);
    const QList<QJsonObject> results = cli.eventsOfType(QStringLiteral("result"));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().value(QLatin1String("exitCode")).toInt(), 0);

    // The report, as JSON and as CSV, lists all eight with their versions; the devices agree.
    const QJsonObject report = QJsonDocument::fromJson(readAll(reportPath)).object();
    QCOMPARE(report.value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(report.value(QLatin1String("targetVersion")).toString(), kTarget);
    for (int i = 0; i < 8; ++i) {
        const QJsonObject device = deviceIn(report, QStringLiteral("d%1").arg(i));
        QCOMPARE(device.value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(device.value(QLatin1String("versionBefore")).toString(), QStringLiteral("3.6.0-b.105"));
        QCOMPARE(device.value(QLatin1String("versionAfter")).toString(), kTarget);
        QCOMPARE(device.value(QLatin1String("sha256")).toString().toLatin1(),
                 sha256OfFile(report.value(QLatin1String("firmware")).toString()));
        QCOMPARE(fleet.sim(i).device().firmwareVersion(), kTarget);
    }
    const QList<QByteArray> csv = readAll(fleet.folder() + QStringLiteral("/out/report.csv")).trimmed().split('\n');
    QCOMPARE(csv.size(), 9);
    QVERIFY(csv.first().startsWith("device,address,model,version_before,version_after,state,outcome"));
    for (int i = 1; i < csv.size(); ++i)
        QVERIFY2(csv.at(i).contains(",succeeded,succeeded,"), csv.at(i).constData());

    // One history line per device update, under the private data folder the command was given.
    const QList<QByteArray> history =
        readAll(cli.homePath() + QStringLiteral("/data/groov-update/history.jsonl")).trimmed().split('\n');
    QCOMPARE(history.size(), 8);

    // No key in anything the run wrote.
    const QByteArray everything = cli.standardOutput() + cli.standardError() + readAll(reportPath) +
                                  readAll(fleet.folder() + QStringLiteral("/out/report.csv")) + history.join('\n');
    for (const QString &key : fleet.keys())
        QVERIFY2(!everything.contains(key.toUtf8()), "a device's key was written");
}

void TestCliFleet::aFailingCanaryExits1AndStartsNoOtherDevice()
{
    FleetSetup fleet(4);
    fleet.sim(0).addFault(QStringLiteral("stage-error=8@decrypt"));
    const QString plan = fleet.writePlan({{QStringLiteral("maxFailures"), QStringLiteral("50%")}});
    const QString reportPath = fleet.folder() + QStringLiteral("/r.json");
    CliRun cli;
    fleet.giveKeys(cli);
    QVERIFY2(cli.run({QStringLiteral("--plan"), plan, QStringLiteral("--report"), reportPath}, 240'000),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 1);
    QVERIFY2(cli.errorText().contains(QLatin1String("canary")), qPrintable(cli.errorText()));
    const QJsonObject report = QJsonDocument::fromJson(readAll(reportPath)).object();
    QCOMPARE(stateIn(report, QStringLiteral("d0")), QStringLiteral("failed"));
    QCOMPARE(deviceIn(report, QStringLiteral("d0")).value(QLatin1String("failedStage")).toString(),
             QStringLiteral("decrypt"));
    QCOMPARE(deviceIn(report, QStringLiteral("d0")).value(QLatin1String("stageErrorCode")).toInt(), 8);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(stateIn(report, QStringLiteral("d%1").arg(i)), QStringLiteral("not-started"));
        QCOMPARE(fleet.prepares(i), 0);
    }
}

void TestCliFleet::aBadPlanExits2BeforeAnyRequest_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<bool>("keys");
    QTest::addColumn<QString>("message");
    QTest::newRow("a misspelt field") << QJsonObject{{QStringLiteral("concurency"), 2}} << true
                                      << QStringLiteral("Plan field concurency");
    QTest::newRow("a key variable not set") << QJsonObject{} << false << QStringLiteral("GROOV_TEST_KEY_0");
    QTest::newRow("a factory reset unconfirmed") << QJsonObject{{QStringLiteral("preserveSettings"), false}} << true
                                                 << QStringLiteral("--confirm-factory-reset");
    QTest::newRow("another firmware than the plan's")
        << QJsonObject{{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}} << true
        << QStringLiteral("not the file the plan was written for");
}

void TestCliFleet::aBadPlanExits2BeforeAnyRequest()
{
    QFETCH(QJsonObject, extra);
    QFETCH(bool, keys);
    QFETCH(QString, message);
    FleetSetup fleet(2);
    const QString plan = fleet.writePlan(extra);
    CliRun cli;
    if (keys)
        fleet.giveKeys(cli);
    QVERIFY2(cli.run({QStringLiteral("--plan"), plan}), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 2);
    QVERIFY2(cli.errorText().contains(message), qPrintable(cli.errorText()));
    QCOMPARE(fleet.sim(0).requestCount() + fleet.sim(1).requestCount(), 0);
}

void TestCliFleet::aDryRunSendsNoFirmware()
{
    FleetSetup fleet(3);
    const QString plan = fleet.writePlan();
    CliRun cli;
    fleet.giveKeys(cli);
    QVERIFY2(cli.run({QStringLiteral("--plan"), plan, QStringLiteral("--dry-run")}, 120'000),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(fleet.prepares(i), 0);
        QCOMPARE(fleet.sim(i).requestsWithKey(), 1);
    }
    QVERIFY2(cli.errorText().contains(QLatin1String("would be updated")), qPrintable(cli.errorText()));
    // A dry run updates nothing, so it adds nothing to the history.
    QVERIFY(!QFile::exists(cli.homePath() + QStringLiteral("/data/groov-update/history.jsonl")));
}

void TestCliFleet::anInterruptionFollowsDevicesThatHaveTheirImageAndStartsNoOther()
{
    // One upload at a time, each slow (its first chunk's answer held): when the second device uploads, the first one
    // holds its image and installs it.
    FleetSetup fleet(3);
    for (int i = 0; i < 3; ++i)
        fleet.sim(i).addFault(QStringLiteral("slow-upload=5000000"));
    const QString plan = fleet.writePlan({{QStringLiteral("waves"), QJsonArray{QStringLiteral("100%")}}},
                                         FirmwareImage::ChunkSize + 1'000);
    const QString reportPath = fleet.folder() + QStringLiteral("/r.json");
    CliRun cli;
    fleet.giveKeys(cli);
    QString installing;
    QString uploading;
    QStringList waitedForATurn;
    bool interrupted = false;
    connect(&cli, &CliRun::eventReceived, this, [&](const QJsonObject &event) {
        if (interrupted || event.value(QLatin1String("type")).toString() != QLatin1String("device"))
            return;
        const QString device = event.value(QLatin1String("device")).toString();
        if (event.value(QLatin1String("waitingForUploadTurn")).toBool())
            waitedForATurn.append(device);
        const QString step = event.value(QLatin1String("step")).toString();
        if (step == QLatin1String("reassemble"))
            installing = device;
        if (step == QLatin1String("upload") && !installing.isEmpty() && device != installing) {
            uploading = device;
            interrupted = ::kill(pid_t(cli.processId()), SIGINT) == 0;
        }
    });
    cli.start({QStringLiteral("--plan"), plan, QStringLiteral("--json"), QStringLiteral("--report"), reportPath});
    QVERIFY2(cli.waitFinished(240'000), qPrintable(cli.describe()));
    QVERIFY2(interrupted, qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 130);

    const QJsonObject report = QJsonDocument::fromJson(readAll(reportPath)).object();
    // The device that had its image was followed to the end of its update.
    QCOMPARE(stateIn(report, installing), QStringLiteral("succeeded"));
    // The one uploading was stopped, unless every byte had gone out already (then it is followed too).
    const int uploadingIndex = uploading.mid(1).toInt();
    const bool hadItAll =
        fleet.sim(uploadingIndex).report()[QLatin1String("upload")][QLatin1String("complete")].toBool();
    QCOMPARE(stateIn(report, uploading), hadItAll ? QStringLiteral("succeeded") : QStringLiteral("cancelled"));
    if (!hadItAll)
        QCOMPARE(fleet.sim(uploadingIndex).device().firmwareVersion(), QStringLiteral("3.6.0-b.105"));
    // The third never started: no prepare reached it.
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("d%1").arg(i);
        if (name != installing && name != uploading) {
            QCOMPARE(stateIn(report, name), QStringLiteral("not-started"));
            QCOMPARE(fleet.prepares(i), 0);
            // It was told as waiting for its turn, the whole time the first upload took.
            QVERIFY2(waitedForATurn.contains(name), qPrintable(waitedForATurn.join(QLatin1Char(' '))));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliFleet)
#include "tst_cli_fleet.moc"
