#include "FleetPlan.h"

#include "UserFileTest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;
using groov::test::writeFile;

namespace {

const QString Base = QStringLiteral("/plans");

// A plan with the given devices and top-level fields (JSON members, without the braces).
QByteArray planJson(const QByteArray &devices, const QByteArray &fields = {})
{
    return "{\"firmware\": \"epic-4.1.0.bin\", \"devices\": [" + devices + "]" +
           (fields.isEmpty() ? QByteArray() : ", " + fields) + "}";
}

QByteArray devicesJson(int count)
{
    QByteArray devices;
    for (int i = 0; i < count; ++i)
        devices += (i ? ", " : "") + QStringLiteral("{\"name\": \"line-%1\", \"address\": \"10.0.%2.%3\"}")
                                         .arg(i)
                                         .arg(i / 250)
                                         .arg(i % 250 + 1)
                                         .toLatin1();
    return devices;
}

QList<int> waveSizes(const FleetPlan &plan)
{
    QList<int> sizes;
    for (const QList<int> &wave : plan.waves())
        sizes << int(wave.size());
    return sizes;
}

} // namespace

class TestFleetPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSmallPlanGetsTheDocumentedDefaults();
    void everyFieldIsRead();
    void wavesSplitTheDevices_data();
    void wavesSplitTheDevices();
    void failureLimitIsACountOrAShare_data();
    void failureLimitIsACountOrAShare();
    void badPlansNameTheField_data();
    void badPlansNameTheField();
    void aPlanOthersCanChangeIsRefused();
    void hooksMustBePrivatePrograms();
};

void TestFleetPlan::aSmallPlanGetsTheDocumentedDefaults()
{
    const auto plan = FleetPlan::parse(planJson(devicesJson(3)), Base);
    QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->firmwarePath, QStringLiteral("/plans/epic-4.1.0.bin"));
    // Found by fuzz_fleetplan: Qt reads ":name" as one of its resources, a plan as a file in its folder.
    const auto colon = FleetPlan::parse("{\"firmware\": \":epic.bin\", \"devices\": [" + devicesJson(1) + "]}", Base);
    QVERIFY(colon.ok());
    QCOMPARE(colon->firmwarePath, QStringLiteral("/plans/:epic.bin"));
    QVERIFY(plan->sha256.isEmpty());
    QVERIFY(plan->targetVersion.isEmpty());
    QVERIFY(plan->preserveSettings);
    QCOMPARE(plan->concurrency, 1);
    QCOMPARE(plan->failureLimit(), 1);
    QVERIFY(!plan->continueOnError);
    QVERIFY(!plan->maxUploadMBps);
    QVERIFY(!plan->beforeHook && !plan->afterHook);
    QCOMPARE(waveSizes(*plan), (QList<int>{1, 2})); // a canary, then the rest
    QCOMPARE(plan->devices.size(), 3);
    QCOMPARE(plan->devices.at(2).name, QStringLiteral("line-2"));
    QCOMPARE(plan->devices.at(2).key.kind, FleetKeySource::Kind::Environment);
    QCOMPARE(plan->devices.at(2).key.name, QStringLiteral("GROOV_API_KEY"));
}

void TestFleetPlan::everyFieldIsRead()
{
    const QByteArray json = R"({
        "version": 1,
        "firmware": "images/epic-4.1.0.bin",
        "sha256": "AB12000000000000000000000000000000000000000000000000000000000000",
        "targetVersion": "4.1.0-b.42",
        "preserveSettings": false,
        "pollIntervalSeconds": 5,
        "deadlineMinutes": 60,
        "cacert": "/etc/plant/ca.pem",
        "devices": [
            {"name": "press", "address": "press.plant:8443", "model": "GRV-EPIC-PR2",
             "fingerprint": "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99",
             "key": {"file": "keys/press.key"}},
            {"name": "oven", "profile": "Oven line"},
            {"name": "saw", "address": "10.0.0.9", "key": {"env": "SAW_KEY"}}
        ],
        "waves": [1, "50%"],
        "concurrency": 2,
        "maxUploadMBps": 12.5,
        "maxFailures": "34%",
        "continueOnError": true,
        "hooks": {
            "before": {"command": ["bin/backup", "--device"], "timeoutSeconds": 120, "key": "stdin"},
            "after": {"command": ["/usr/bin/true"]}
        }
    })";
    const auto plan = FleetPlan::parse(json, Base);
    QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->firmwarePath, QStringLiteral("/plans/images/epic-4.1.0.bin"));
    QCOMPARE(plan->sha256, QByteArray("ab12000000000000000000000000000000000000000000000000000000000000"));
    QCOMPARE(plan->targetVersion, QStringLiteral("4.1.0-b.42"));
    QVERIFY(!plan->preserveSettings);
    QCOMPARE(plan->pollIntervalSeconds, std::optional<int>(5));
    QCOMPARE(plan->deadlineMinutes, std::optional<int>(60));
    QCOMPARE(plan->caCertificatePath, QStringLiteral("/etc/plant/ca.pem"));
    const FleetDevice &press = plan->devices.at(0);
    QCOMPARE(press.address, QStringLiteral("press.plant:8443"));
    QCOMPARE(press.expectedModel, QStringLiteral("GRV-EPIC-PR2"));
    QCOMPARE(press.pin, QByteArray("aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899"));
    QCOMPARE(press.key.kind, FleetKeySource::Kind::File);
    QCOMPARE(press.key.name, QStringLiteral("/plans/keys/press.key"));
    QCOMPARE(plan->devices.at(1).profile, QStringLiteral("Oven line"));
    QCOMPARE(plan->devices.at(1).key.kind, FleetKeySource::Kind::Profile); // a profile's key is in the keychain
    QCOMPARE(plan->devices.at(2).key.name, QStringLiteral("SAW_KEY"));
    QCOMPARE(waveSizes(*plan), (QList<int>{1, 2}));
    QCOMPARE(plan->concurrency, 2);
    QCOMPARE(plan->maxUploadMBps, std::optional<double>(12.5));
    QCOMPARE(plan->failureLimit(), 2); // 34% of 3, rounded up
    QVERIFY(plan->continueOnError);
    QVERIFY(plan->beforeHook && plan->afterHook);
    QCOMPARE(plan->beforeHook->command, (QStringList{QStringLiteral("/plans/bin/backup"), QStringLiteral("--device")}));
    QCOMPARE(plan->beforeHook->timeoutSeconds, 120);
    QVERIFY(plan->beforeHook->keyOnStandardInput);
    QCOMPARE(plan->afterHook->timeoutSeconds, 600);
    QVERIFY(!plan->afterHook->keyOnStandardInput);
}

void TestFleetPlan::wavesSplitTheDevices_data()
{
    QTest::addColumn<QByteArray>("waves");
    QTest::addColumn<int>("devices");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("the issue's example, 40 devices") << QByteArray("[1, 5, \"25%\"]") << 40 << QList<int>{1, 5, 10, 24};
    QTest::newRow("exactly used up") << QByteArray("[2, \"50%\"]") << 4 << QList<int>{2, 2};
    QTest::newRow("a share rounds up") << QByteArray("[\"50%\"]") << 3 << QList<int>{2, 1};
    QTest::newRow("bigger than the plan") << QByteArray("[10]") << 3 << QList<int>{3};
    QTest::newRow("more waves than devices") << QByteArray("[1, 1, 1]") << 2 << QList<int>{1, 1};
    QTest::newRow("all at once") << QByteArray("[\"100%\"]") << 8 << QList<int>{8};
}

void TestFleetPlan::wavesSplitTheDevices()
{
    QFETCH(QByteArray, waves);
    QFETCH(int, devices);
    QFETCH(QList<int>, sizes);
    const auto plan = FleetPlan::parse(planJson(devicesJson(devices), "\"waves\": " + waves), Base);
    QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(waveSizes(*plan), sizes);
    // Every device once, in the plan's order.
    QList<int> all;
    for (const QList<int> &wave : plan->waves())
        all += wave;
    QCOMPARE(all.size(), devices);
    for (int i = 0; i < devices; ++i)
        QCOMPARE(all.at(i), i);
}

void TestFleetPlan::failureLimitIsACountOrAShare_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("a count") << QByteArray("3") << 3;
    QTest::newRow("half of 8") << QByteArray("\"50%\"") << 4;
    QTest::newRow("a small share is still one") << QByteArray("\"10%\"") << 1;
}

void TestFleetPlan::failureLimitIsACountOrAShare()
{
    QFETCH(QByteArray, limit);
    QFETCH(int, expected);
    const auto plan = FleetPlan::parse(planJson(devicesJson(8), "\"maxFailures\": " + limit), Base);
    QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->failureLimit(), expected);
}

void TestFleetPlan::badPlansNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray one = devicesJson(1);
    const QByteArray two = devicesJson(2);
    QTest::newRow("not JSON") << QByteArray("{\"firmware\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("must be a JSON object");
    QTest::newRow("no firmware") << QByteArray("{\"devices\": [" + one + "]}")
                                 << QStringLiteral("Plan field firmware: The value is missing");
    QTest::newRow("no devices") << planJson({}) << QStringLiteral("Plan field devices: The value must be a list");
    QTest::newRow("a misspelt field") << planJson(one, "\"concurency\": 2")
                                      << QStringLiteral("Plan field concurency: There is no such field here");
    QTest::newRow("a misspelt device field")
        << planJson("{\"name\": \"a\", \"adress\": \"10.0.0.5\"}") << QStringLiteral("Plan field devices[0].adress");
    QTest::newRow("a name too long")
        << planJson("{\"name\": \"" + QByteArray(101, 'n') + "\", \"address\": \"10.0.0.5\"}")
        << QStringLiteral("Plan field devices[0].name: The value is longer than 100 characters");
    QTest::newRow("a name that moves the cursor")
        << planJson("{\"name\": \"a\\u001b[2Jb\", \"address\": \"10.0.0.5\"}")
        << QStringLiteral("Plan field devices[0].name: \"a\\x1B[2Jb\" holds control characters");
    QTest::newRow("a model with a line break")
        << planJson("{\"name\": \"a\", \"address\": \"10.0.0.5\", \"model\": \"EPIC\\nPR2\"}")
        << QStringLiteral("Plan field devices[0].model: \"EPIC\\x0APR2\" holds control characters");
    QTest::newRow("a target version with a bell")
        << planJson(one, "\"targetVersion\": \"4.1\\u0007\"")
        << QStringLiteral("Plan field targetVersion: \"4.1\\x07\" holds control characters");
    QTest::newRow("no address and no profile")
        << planJson("{\"name\": \"a\"}") << QStringLiteral("Plan field devices[0].address: The value is missing");
    QTest::newRow("a bad port") << planJson(one + ", {\"name\": \"b\", \"address\": \"10.0.0.7:99999\"}")
                                << QStringLiteral("Plan field devices[1].address");
    QTest::newRow("the same name twice")
        << planJson(one + ", {\"name\": \"LINE-0\", \"address\": \"10.0.0.7\"}")
        << QStringLiteral("Plan field devices[1].name: \"LINE-0\" is already the name of another device");
    QTest::newRow("the same device twice")
        << planJson(one + ", {\"name\": \"b\", \"address\": \"10.0.0.1:443\"}")
        << QStringLiteral("Plan field devices[1].address: \"10.0.0.1\" is already another device's address");
    QTest::newRow("a bad fingerprint")
        << planJson("{\"name\": \"a\", \"address\": \"10.0.0.5\", \"fingerprint\": \"12:34\"}")
        << QStringLiteral("Plan field devices[0].fingerprint");
    QTest::newRow("a key in the plan") << planJson("{\"name\": \"a\", \"address\": \"10.0.0.5\", \"key\": \"s3cr3t\"}")
                                       << QStringLiteral("Never write the key itself into a plan");
    QTest::newRow("a bad variable name")
        << planJson("{\"name\": \"a\", \"address\": \"10.0.0.5\", \"key\": {\"env\": \"s3cr3t-key\"}}")
        << QStringLiteral("Plan field devices[0].key.env");
    QTest::newRow("a keychain key without a profile")
        << planJson("{\"name\": \"a\", \"address\": \"10.0.0.5\", \"key\": {\"profile\": true}}")
        << QStringLiteral("Plan field devices[0].key.profile");
    QTest::newRow("an empty wave") << planJson(two, "\"waves\": [1, 0]") << QStringLiteral("Plan field waves[1]");
    QTest::newRow("a share over 100%") << planJson(two, "\"waves\": [\"150%\"]")
                                       << QStringLiteral("Plan field waves[0]");
    QTest::newRow("waves not a list") << planJson(two, "\"waves\": 1") << QStringLiteral("Plan field waves:");
    QTest::newRow("no concurrency") << planJson(two, "\"concurrency\": 0")
                                    << QStringLiteral(
                                           "Plan field concurrency: The value must be a whole number from 1 to 100");
    QTest::newRow("half an upload") << planJson(two, "\"concurrency\": 1.5")
                                    << QStringLiteral("Plan field concurrency");
    QTest::newRow("a limit in words") << planJson(two, "\"maxFailures\": \"some\"")
                                      << QStringLiteral("Plan field maxFailures");
    QTest::newRow("a short hash") << planJson(two, "\"sha256\": \"abc\"") << QStringLiteral("Plan field sha256");
    QTest::newRow("a version in words") << planJson(two, "\"targetVersion\": \"latest\"")
                                        << QStringLiteral("Plan field targetVersion: \"latest\"");
    QTest::newRow("a plan from the future") << planJson(two, "\"version\": 2") << QStringLiteral("Plan field version");
    QTest::newRow("yes in quotes") << planJson(two, "\"preserveSettings\": \"no\"")
                                   << QStringLiteral("Plan field preserveSettings: The value must be true or false");
    QTest::newRow("a hook as a shell line") << planJson(two, "\"hooks\": {\"before\": {\"command\": \"backup.sh -a\"}}")
                                            << QStringLiteral("Plan field hooks.before.command");
    QTest::newRow("a hook's key elsewhere")
        << planJson(two, "\"hooks\": {\"after\": {\"command\": [\"/usr/bin/true\"], \"key\": \"env\"}}")
        << QStringLiteral("Plan field hooks.after.key");
    QTest::newRow("a third hook") << planJson(two, "\"hooks\": {\"during\": {\"command\": [\"/usr/bin/true\"]}}")
                                  << QStringLiteral("Plan field hooks.during");
}

void TestFleetPlan::badPlansNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    test::verifyRefusal(FleetPlan::parse(json, Base), expected);
}

void TestFleetPlan::aPlanOthersCanChangeIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QVERIFY(writeFile(path, planJson(devicesJson(2)), QFile::ReadOwner | QFile::WriteOwner));
    const auto privatePlan = FleetPlan::load(path);
    QVERIFY2(privatePlan.ok(), privatePlan ? "" : qPrintable(privatePlan.error().message));
    QCOMPARE(privatePlan->firmwarePath, QDir(dir.path()).filePath(QStringLiteral("epic-4.1.0.bin")));

    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
    const auto shared = FleetPlan::load(path);
    QVERIFY(!shared.ok());
    QVERIFY2(shared.error().message.contains(QLatin1String("chmod go-w")), qPrintable(shared.error().message));
}

void TestFleetPlan::hooksMustBePrivatePrograms()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plan = dir.filePath(QStringLiteral("plan.json"));
    const QString hook = dir.filePath(QStringLiteral("backup"));
    const QByteArray json = planJson(devicesJson(2), "\"hooks\": {\"before\": {\"command\": [\"backup\"]}}");
    QVERIFY(writeFile(plan, json, QFile::ReadOwner | QFile::WriteOwner));

    const auto missing = FleetPlan::load(plan);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QLatin1String("is not a program that can be run")),
             qPrintable(missing.error().message));

    QVERIFY(writeFile(hook, "#!/bin/sh\nexit 0\n", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const auto ready = FleetPlan::load(plan);
    QVERIFY2(ready.ok(), ready ? "" : qPrintable(ready.error().message));
    QCOMPARE(ready->beforeHook->command, QStringList{hook});

    QVERIFY(QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::WriteGroup));
    const auto exposed = FleetPlan::load(plan);
    QVERIFY(!exposed.ok());
    QVERIFY2(exposed.error().message.contains(QLatin1String("chmod go-w")), qPrintable(exposed.error().message));
}

QTEST_GUILESS_MAIN(TestFleetPlan)
#include "tst_fleetplan.moc"
