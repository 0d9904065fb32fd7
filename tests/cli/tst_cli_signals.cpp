// groov-update and SIGINT / SIGTERM / SIGHUP: exit 130, say what state the device is in, and send nothing more: the
// device receives no chunk after the signal. SIGPIPE, from a reader that went away, ends nothing: the update goes on.
#include "CliRun.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "ThrottledRelay.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
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
    void readerThatGoesAwayDoesNotStopTheUpdate();
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
    QTest::newRow("SIGHUP") << int(SIGHUP); // the terminal or SSH session closed
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

// `groov-update --json ... | head -n 1`: once head has its line and exits, every write to the pipe fails (SIGPIPE by
// default, which would kill the command mid-update). The update goes on to its end; the exit code says output was lost.
void TestCliSignals::readerThatGoesAwayDoesNotStopTheUpdate()
{
    const QString head = QStandardPaths::findExecutable(QStringLiteral("head"));
    if (head.isEmpty())
        QSKIP("no head(1) on this machine");
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 200'000);

    QProcess reader;
    reader.setProgram(head);
    reader.setArguments({QStringLiteral("-n"), QStringLiteral("1")});
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    cli.pipeStandardOutputTo(reader);
    cli.start(cliArguments(sim, firmware, {QStringLiteral("--json")}));
    reader.start(QIODevice::ReadOnly);
    QVERIFY2(cli.waitFinished(60'000), qPrintable(cli.describe()));
    QVERIFY(QTest::qWaitFor([&] { return reader.state() == QProcess::NotRunning; }, 10'000));

    // head got its one line, a whole JSON event.
    const QList<QByteArray> lines = reader.readAllStandardOutput().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(QJsonDocument::fromJson(lines.first()).isObject(), lines.first().constData());
    // Not killed by SIGPIPE: an ordinary exit, which says that the update succeeded but output was lost.
    GROOV_CLI_EXPECT_EXIT(cli, 7);
    QVERIFY2(cli.errorText().contains(QStringLiteral("cannot write to standard output")), qPrintable(cli.describe()));
    QCOMPARE(cli.errorText().count(QStringLiteral("cannot write to")), 1);
    // The device got the whole image and runs the new firmware.
    QVERIFY(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    QCOMPARE(sim.device().firmwareVersion(), QStringLiteral("4.1.0-b.42"));
}

QTEST_GUILESS_MAIN(TestCliSignals)
#include "tst_cli_signals.moc"
