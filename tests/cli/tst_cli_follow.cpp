// groov-update's outcomes after the device's restarts, and --follow: the real binary against the simulator running
// in this process (docs/cli.md, "Outcomes" and "Following an update").
#include "CliRun.h"
#include "DeviceProfile.h"
#include "ProfileStore.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

using namespace groov;
using namespace groov::test;

namespace {

constexpr double kSpeed = 300.0; // a whole update in about 4 s
const QString kVersionBefore = QStringLiteral("3.6.0-b.105");

QString outcomeOf(const CliRun &cli)
{
    const QList<QJsonObject> results = cli.eventsOfType(QStringLiteral("result"));
    return results.isEmpty() ? QString() : results.last().value(QLatin1String("outcome")).toString();
}

QJsonObject reportOf(const CliRun &cli)
{
    const QList<QJsonObject> results = cli.eventsOfType(QStringLiteral("result"));
    return results.isEmpty() ? QJsonObject() : results.last().value(QLatin1String("report")).toObject();
}

QStringList fieldOf(const QList<QJsonObject> &events, const char *field)
{
    QStringList values;
    for (const QJsonObject &event : events)
        values << event.value(QLatin1String(field)).toString();
    return values;
}

// --device and --fingerprint of the simulator, a quick poll, --follow, then extra.
QStringList followArguments(SimHarness &sim, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--fingerprint"),
                       fingerprintOf(sim),         QStringLiteral("--poll-interval"), QStringLiteral("0.05"),
                       QStringLiteral("--follow"), QStringLiteral("--json")} +
           extra;
}

} // namespace

class TestCliFollow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void restartIsShownAsOneWaitThenReady();
    void followAfterNoWaitSucceeds();
    void followAnIdleDeviceIsNotVerifiedWithAWarning();
    void factoryResetNeedsCommissioningAndMarksTheProfile();
};

void TestCliFollow::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("groov.sim.info=false\ngroov.sim.debug=false"));
    QVERIFY2(QFileInfo(CliRun::binary()).isExecutable(), qPrintable(CliRun::binary()));
}

void TestCliFollow::restartIsShownAsOneWaitThenReady()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, sim.makeFirmware(QStringLiteral("epic"), 200'000), {QStringLiteral("--json")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);
    QCOMPARE(outcomeOf(cli), QStringLiteral("succeeded"));
    // One silence, then ready: no promise of a second restart the device never shows.
    QCOMPARE(fieldOf(cli.eventsOfType(QStringLiteral("restart")), "step"),
             (QStringList{QStringLiteral("restarting"), QStringLiteral("ready")}));
    const QList<QJsonObject> waits = cli.eventsOfType(QStringLiteral("restartWait"));
    QVERIFY(!waits.isEmpty());
    QCOMPARE(waits.first().value(QLatin1String("step")).toString(), QStringLiteral("restarting"));
    QVERIFY2(waits.first().value(QLatin1String("message")).toString().startsWith(QLatin1String("No answer for")),
             qPrintable(waits.first().value(QLatin1String("message")).toString()));
    const QJsonObject evidence =
        reportOf(cli).value(QLatin1String("result")).toObject().value(QLatin1String("evidence")).toObject();
    QCOMPARE(evidence.value(QLatin1String("restartSeen")), QJsonValue(true));
    QCOMPARE(evidence.value(QLatin1String("versionChanged")), QJsonValue(true));
}

void TestCliFollow::followAfterNoWaitSucceeds()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    CliRun handOver;
    handOver.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(handOver.run(cliArguments(sim, sim.makeFirmware(QStringLiteral("epic"), 200'000),
                                       {QStringLiteral("--no-wait"), QStringLiteral("--json")})),
             qPrintable(handOver.describe()));
    GROOV_CLI_EXPECT_EXIT(handOver, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(handOver);
    QCOMPARE(outcomeOf(handOver), QStringLiteral("stillUpdating"));
    const QString versionBefore =
        reportOf(handOver).value(QLatin1String("device")).toObject().value(QLatin1String("versionBefore")).toString();
    QCOMPARE(versionBefore, kVersionBefore);

    CliRun follow;
    follow.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(follow.run(followArguments(sim, {QStringLiteral("--version-before"), versionBefore})),
             qPrintable(follow.describe()));
    GROOV_CLI_EXPECT_EXIT(follow, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(follow);
    QCOMPARE(outcomeOf(follow), QStringLiteral("succeeded"));
    const QJsonObject report = reportOf(follow);
    QCOMPARE(report.value(QLatin1String("options")).toObject().value(QLatin1String("mode")).toString(),
             QStringLiteral("follow"));
    QCOMPARE(report.value(QLatin1String("device")).toObject().value(QLatin1String("versionAfter")).toString(),
             QStringLiteral("4.1.0-b.42"));
    const QStringList phases = fieldOf(follow.eventsOfType(QStringLiteral("phase")), "phase");
    QVERIFY2(!phases.contains(QStringLiteral("prepare")) && !phases.contains(QStringLiteral("upload")),
             qPrintable(phases.join(QLatin1Char(','))));
    // Following sent nothing that changes the device: one prepare, the first run's.
    QCOMPARE(sim.requestCount(QStringLiteral("/prepare")), 1);
    QCOMPARE(sim.violations(), QStringList());
}

void TestCliFollow::followAnIdleDeviceIsNotVerifiedWithAWarning()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    CliRun follow;
    follow.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(follow.run(followArguments(sim)), qPrintable(follow.describe()));
    GROOV_CLI_EXPECT_EXIT(follow, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(follow);
    QCOMPARE(outcomeOf(follow), QStringLiteral("notVerified"));
    QVERIFY2(follow.errorText().contains(QLatin1String("WARNING: The update could not be verified")),
             qPrintable(follow.errorText()));
    QCOMPARE(sim.requestCount(QStringLiteral("/prepare")), 0);
    QCOMPARE(sim.requestCount(QStringLiteral("/apply")), 0);
}

void TestCliFollow::factoryResetNeedsCommissioningAndMarksTheProfile()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    const QString profilesPath = QDir(cli.homePath()).filePath(QStringLiteral("config/groov-update/profiles.ini"));
    ProfileStore profiles(profilesPath);
    DeviceProfile profile;
    profile.name = QStringLiteral("line3");
    profile.address = sim.device().baseUrl().toString();
    profile.setTrust(TlsTrust::pinned(fingerprintOf(sim)).value());
    QVERIFY(profiles.save(profile).ok());

    const QStringList arguments{QStringLiteral("--profile"),
                                QStringLiteral("line3"),
                                QStringLiteral("--firmware"),
                                sim.makeFirmware(QStringLiteral("epic"), 200'000),
                                QStringLiteral("--poll-interval"),
                                QStringLiteral("0.05"),
                                QStringLiteral("--no-preserve-settings"),
                                QStringLiteral("--confirm-factory-reset"),
                                QStringLiteral("--json")};
    QVERIFY2(cli.run(arguments), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);
    QCOMPARE(outcomeOf(cli), QStringLiteral("needsCommissioning"));
    QVERIFY2(cli.errorText().contains(QLatin1String("commissioned again")), qPrintable(cli.errorText()));

    // The profile remembers the reset: its pin and key are no longer the device's.
    const auto saved = profiles.load(QStringLiteral("line3"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->lastResult, QStringLiteral("needsCommissioning"));
    QVERIFY(saved->erasedByUpdateAt.isValid());
}

QTEST_GUILESS_MAIN(TestCliFollow)
#include "tst_cli_follow.moc"
