// groov-update and SIGINT / SIGTERM: exit 130, say what state the device is in, and send nothing more: the device
// receives no chunk after the signal.
#include "CliRun.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "ThrottledRelay.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace groov;
using namespace groov::test;

namespace {

constexpr double kSpeed = 300.0;

int chunksWithStatus(const QJsonObject &report, int status)
{
    int count = 0;
    for (const QJsonValue &chunk : report.value(QLatin1String("chunks")).toArray())
        count += chunk.toObject().value(QLatin1String("status")).toInt() == status ? 1 : 0;
    return count;
}

int applyRequests(const QJsonObject &report)
{
    int count = 0;
    for (const QJsonValue &request : report.value(QLatin1String("requests")).toArray())
        count += request.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1String("/update/apply"));
    return count;
}

int chunksStored(const QJsonObject &report)
{
    return report.value(QLatin1String("upload")).toObject().value(QLatin1String("chunksStored")).toInt();
}

} // namespace

class TestCliSignals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signalDuringUploadCancels_data();
    void signalDuringUploadCancels();
    void signalWhileTheDeviceWorksCancels();
};

void TestCliSignals::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("groov.sim.info=false\ngroov.sim.debug=false"));
    QVERIFY2(QFileInfo(CliRun::binary()).isExecutable(), qPrintable(CliRun::binary()));
}

void TestCliSignals::signalDuringUploadCancels_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestCliSignals::signalDuringUploadCancels()
{
    QFETCH(int, signalNumber);

    // A 10 MB image through a real 100 kB/s link: the bytes are still moving when the signal comes, so the device
    // cannot have the image (had every byte gone out unanswered, the engine could no longer say so).
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    sim.addFault(QStringLiteral("slow-upload=100000"));
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 10'000'000);
    ThrottledRelay relay(sim.device().port(), 100'000);
    QStringList arguments = cliArguments(sim, firmware, {QStringLiteral("--json")});
    arguments[arguments.indexOf(QStringLiteral("--device")) + 1] =
        QStringLiteral("https://127.0.0.1:%1").arg(relay.port());

    // Declared before the run, so that they outlive it.
    QJsonObject atSignal;
    bool signalled = false;
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    connect(&cli, &CliRun::eventReceived, this, [&](const QJsonObject &event) {
        if (signalled || event.value(QLatin1String("type")).toString() != QLatin1String("upload"))
            return;
        atSignal = sim.report();
        signalled = ::kill(pid_t(cli.processId()), signalNumber) == 0;
    });
    cli.start(arguments);
    QVERIFY2(cli.waitFinished(30'000), qPrintable(cli.describe()));
    QVERIFY2(signalled, qPrintable(QStringLiteral("no upload event to send the signal on:\n") + cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 130);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);

    const QJsonObject result = cli.events().last();
    QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(result.value(QLatin1String("exitCode")).toInt(), 130);
    static const QRegularExpression keeps(QStringLiteral("keeps (its|the) current firmware"),
                                          QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(
        cli.errorText().contains(keeps),
        qPrintable(QStringLiteral("stderr does not say the device keeps its current firmware:\n") + cli.errorText()));

    // A chunk the device would store now needed about 100 s more of the command's time: the record after the exit
    // is final on that point.
    const QJsonObject after = sim.report();
    QVERIFY2(chunksStored(atSignal) == 0, "the first upload event came only after the device had accepted the image");
    QCOMPARE(chunksStored(after), chunksStored(atSignal));
    QCOMPARE(chunksWithStatus(after, 200), chunksWithStatus(atSignal, 200));
    QVERIFY(!after.value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    // At most the one chunk that was in flight, and it was never answered.
    const QJsonArray requests = after.value(QLatin1String("requests")).toArray();
    const qsizetype before = atSignal.value(QLatin1String("requests")).toArray().size();
    QVERIFY2(applyRequests(after) - applyRequests(atSignal) <= 1, "a new chunk request started after the signal");
    for (qsizetype i = before; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        if (request.value(QLatin1String("path")).toString().endsWith(QLatin1String("/update/apply")))
            QCOMPARE(request.value(QLatin1String("status")).toInt(), 0);
    }
    QCOMPARE(after.value(QLatin1String("phase")).toString(), QStringLiteral("uploading"));
    QCOMPARE(sim.device().firmwareVersion(), QStringLiteral("3.6.0-b.105"));
}

void TestCliSignals::signalWhileTheDeviceWorksCancels()
{
    // Once the image is accepted the device goes on by itself: cancelling only stops watching.
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), 30.0);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 200'000);

    bool signalled = false;
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    connect(&cli, &CliRun::eventReceived, this, [&](const QJsonObject &event) {
        if (signalled || event.value(QLatin1String("type")).toString() != QLatin1String("phase") ||
            event.value(QLatin1String("phase")).toString() != QLatin1String("deviceStages"))
            return;
        signalled = ::kill(pid_t(cli.processId()), SIGINT) == 0;
    });
    cli.start(cliArguments(sim, firmware, {QStringLiteral("--json")}));
    QVERIFY2(cli.waitFinished(30'000), qPrintable(cli.describe()));
    QVERIFY2(signalled, qPrintable(QStringLiteral("no deviceStages phase to send the signal on:\n") + cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 130);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);
    QCOMPARE(cli.events().last().value(QLatin1String("outcome")).toString(), QStringLiteral("cancelled"));

    // The device has the whole image and is working on it; the command must not claim otherwise.
    QVERIFY(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    QCOMPARE(sim.report().value(QLatin1String("phase")).toString(), QStringLiteral("processing"));
    static const QRegularExpression keeps(QStringLiteral("keeps its current firmware"),
                                          QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!cli.errorText().isEmpty(), "no message about the device's state");
    QVERIFY2(!cli.errorText().contains(keeps), qPrintable(cli.errorText()));
}

QTEST_GUILESS_MAIN(TestCliSignals)
#include "tst_cli_signals.moc"
