// groov-update --json: every stdout line is one event with the fields docs/cli.md lists for its type, the result
// is always the last line, and upload progress comes at most about four times a second.
#include "CliRun.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

using namespace groov;
using namespace groov::test;

namespace {

constexpr double kSpeed = 300.0;
const QString kVersionBefore = QStringLiteral("3.6.0-b.105");
const QString kVersionAfter = QStringLiteral("4.1.0-b.42");

QString str(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

double num(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toDouble(-1);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The firmware's SHA-256: in the preflight event, or (while it was still being computed) in a later hash event.
QString announcedSha256(const CliRun &cli)
{
    const QList<QJsonObject> preflight = cli.eventsOfType(QStringLiteral("preflight"));
    if (!preflight.isEmpty() && preflight.first().value(QLatin1String("sha256")).isString())
        return str(preflight.first(), "sha256");
    const QList<QJsonObject> hashes = cli.eventsOfType(QStringLiteral("hash"));
    return hashes.isEmpty() ? QString() : str(hashes.last(), "sha256");
}

} // namespace

class TestCliJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void successfulUpdate();
    void failedStage();
    void badInputStillEndsWithTheResult_data();
    void badInputStillEndsWithTheResult();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void uploadProgressIsRateLimited();
    void retriedChunk();
    void deviceAddressForms_data();
    void deviceAddressForms();
    void lineBreakingCharactersAreEscaped();
};

void TestCliJson::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("groov.sim.info=false\ngroov.sim.debug=false"));
    QVERIFY2(QFileInfo(CliRun::binary()).isExecutable(), qPrintable(CliRun::binary()));
}

void TestCliJson::successfulUpdate()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const qint64 size = 300'000;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), size);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--json")})), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);

    // preflight: what the device is and what is about to be sent.
    const QList<QJsonObject> preflight = cli.eventsOfType(QStringLiteral("preflight"));
    QCOMPARE(preflight.size(), 1);
    const QJsonObject pre = preflight.first();
    QVERIFY2(str(pre, "device").contains(QString::number(sim.device().port())), qPrintable(compact(pre)));
    QCOMPARE(str(pre, "model"), QStringLiteral("GRV-EPIC-PR2"));
    QCOMPARE(str(pre, "version"), kVersionBefore);
    QCOMPARE(str(pre, "fingerprint"), fingerprintOf(sim));
    QCOMPARE(QFileInfo(str(pre, "firmware")).canonicalFilePath(), QFileInfo(firmware).canonicalFilePath());
    QCOMPARE(num(pre, "size"), double(size));
    QCOMPARE(num(pre, "chunks"), 1.0);
    QCOMPARE(announcedSha256(cli).toLatin1(), sha256OfFile(firmware));

    // phase: in the documented order, none missing but (possibly) verify.
    QStringList phases;
    for (const QJsonObject &event : cli.eventsOfType(QStringLiteral("phase")))
        phases << str(event, "phase");
    const QStringList order = CliJsonSchema::phaseIds();
    for (int i = 1; i < phases.size(); ++i)
        QVERIFY2(order.indexOf(phases.at(i)) >= order.indexOf(phases.at(i - 1)),
                 qPrintable(phases.join(QStringLiteral(", "))));
    for (const char *phase : {"preflight", "prepare", "upload", "deviceStages", "restarts", "finished"})
        QVERIFY2(
            phases.contains(QLatin1String(phase)),
            qPrintable(QStringLiteral("no phase %1 in %2").arg(QLatin1String(phase), phases.join(QLatin1Char(',')))));

    // upload: the whole file, ending with the acknowledged last byte.
    const QList<QJsonObject> uploads = cli.eventsOfType(QStringLiteral("upload"));
    QVERIFY(!uploads.isEmpty());
    for (const QJsonObject &event : uploads) {
        QCOMPARE(num(event, "total"), double(size));
        QCOMPARE(num(event, "chunks"), 1.0);
    }
    QCOMPARE(num(uploads.last(), "sent"), double(size));

    // stage: the device's own stage names; no error on a good update.
    const QStringList protocolStages{
        QStringLiteral("prepare"),        QStringLiteral("upload"),  QStringLiteral("reassemble"),
        QStringLiteral("unzip"),          QStringLiteral("decrypt"), QStringLiteral("decompress"),
        QStringLiteral("backupSettings"), QStringLiteral("install"), QStringLiteral("finishAndRestart")};
    const QList<QJsonObject> stages = cli.eventsOfType(QStringLiteral("stage"));
    QVERIFY(!stages.isEmpty());
    for (const QJsonObject &event : stages) {
        QVERIFY2(protocolStages.contains(str(event, "stage")), qPrintable(compact(event)));
        QVERIFY2(str(event, "status") != QLatin1String("error"), qPrintable(compact(event)));
    }

    // restart: the device went through its restarts and is ready.
    const QList<QJsonObject> restarts = cli.eventsOfType(QStringLiteral("restart"));
    QVERIFY(!restarts.isEmpty());
    QCOMPARE(str(restarts.last(), "step"), QStringLiteral("ready"));

    // step: the steps the GUI shows, each ending once and in order; a restart between two polls may go unseen.
    const QStringList stepIds = CliJsonSchema::stepIds();
    QStringList ended;
    for (const QJsonObject &event : cli.eventsOfType(QStringLiteral("step"))) {
        const QString state = str(event, "state");
        if (state == QLatin1String("running"))
            continue;
        const bool unseenRestart = str(event, "step") == QLatin1String("restarts") && state == QLatin1String("skipped");
        QVERIFY2(state == QLatin1String("done") || unseenRestart, qPrintable(compact(event)));
        ended << str(event, "step");
    }
    QCOMPARE(ended, stepIds);
    const QJsonArray reportSteps =
        cli.events().last().value(QLatin1String("report")).toObject().value(QLatin1String("steps")).toArray();
    QCOMPARE(reportSteps.size(), stepIds.size());
    for (int i = 0; i < reportSteps.size(); ++i)
        QCOMPARE(str(reportSteps.at(i).toObject(), "step"), stepIds.at(i));
    QCOMPARE(str(reportSteps.last().toObject(), "state"), QStringLiteral("done"));

    // result and its report.
    const QJsonObject result = cli.events().last();
    QCOMPARE(str(result, "outcome"), QStringLiteral("succeeded"));
    QCOMPARE(num(result, "exitCode"), 0.0);
    const QJsonObject report = result.value(QLatin1String("report")).toObject();
    QVERIFY2(!report.isEmpty(), qPrintable(compact(result)));
    const QJsonObject device = report.value(QLatin1String("device")).toObject();
    QCOMPARE(str(device, "model"), QStringLiteral("GRV-EPIC-PR2"));
    QCOMPARE(str(device, "versionBefore"), kVersionBefore);
    QCOMPARE(str(device, "versionAfter"), kVersionAfter);
    QCOMPARE(str(device, "certificateSha256"), fingerprintOf(sim));
    const QJsonObject file = report.value(QLatin1String("firmware")).toObject();
    QCOMPARE(num(file, "size"), double(size));
    QCOMPARE(num(file, "chunks"), 1.0);
    QCOMPARE(str(file, "sha256").toLatin1(), sha256OfFile(firmware));
    const QJsonObject options = report.value(QLatin1String("options")).toObject();
    QCOMPARE(options.value(QLatin1String("preserveSettings")), QJsonValue(true));
    QCOMPARE(options.value(QLatin1String("dryRun")), QJsonValue(false));
    QCOMPARE(options.value(QLatin1String("waitForDevice")), QJsonValue(true));
    QCOMPARE(str(report.value(QLatin1String("result")).toObject(), "outcome"), QStringLiteral("succeeded"));
    QVERIFY(!report.value(QLatin1String("phases")).toArray().isEmpty());
    QCOMPARE(report.value(QLatin1String("retries")).toArray().size(), 0);

    QCOMPARE(sim.violations(), QStringList());
}

void TestCliJson::failedStage()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("rio"), 200'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--json")})), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 1);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);

    QJsonObject decryptError;
    for (const QJsonObject &event : cli.eventsOfType(QStringLiteral("stage"))) {
        if (str(event, "stage") == QLatin1String("decrypt") && str(event, "status") == QLatin1String("error"))
            decryptError = event;
    }
    QVERIFY2(!decryptError.isEmpty(), "no stage event reports decrypt as error");
    QCOMPARE(num(decryptError, "errorCode"), 8.0);
    QVERIFY2(str(decryptError, "errorMessage").contains(QLatin1String("decrypt")), qPrintable(compact(decryptError)));

    const QJsonObject result = cli.events().last();
    QCOMPARE(str(result, "outcome"), QStringLiteral("failed"));
    QCOMPARE(num(result, "exitCode"), 1.0);
    const QJsonObject reportResult =
        result.value(QLatin1String("report")).toObject().value(QLatin1String("result")).toObject();
    QCOMPARE(str(reportResult, "outcome"), QStringLiteral("failed"));
    const QJsonObject failedStage = reportResult.value(QLatin1String("failedStage")).toObject();
    QCOMPARE(str(failedStage, "name"), QStringLiteral("decrypt"));
    QCOMPARE(num(failedStage, "errorCode"), 8.0);

    // The step events name the same step failed, with the device's words; nothing after it ran.
    QStringList failed;
    for (const QJsonObject &event : cli.eventsOfType(QStringLiteral("step"))) {
        if (str(event, "state") == QLatin1String("failed")) {
            failed << str(event, "step");
            QVERIFY2(str(event, "detail").contains(QLatin1String("decrypt")), qPrintable(compact(event)));
        }
        QVERIFY2(str(event, "step") != QLatin1String("decompress"), qPrintable(compact(event)));
    }
    QCOMPARE(failed, QStringList{QStringLiteral("decrypt")});
}

void TestCliJson::badInputStillEndsWithTheResult_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("missingFile");
    QTest::newRow("firmware file missing") << QStringList() << true;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus-option")} << false;
    QTest::newRow("--fingerprint and --insecure") << QStringList{QStringLiteral("--insecure")} << false;
    QTest::newRow("--no-preserve-settings alone") << QStringList{QStringLiteral("--no-preserve-settings")} << false;
}

void TestCliJson::badInputStillEndsWithTheResult()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, missingFile);

    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    if (missingFile)
        firmware = QFileInfo(firmware).absolutePath() + QStringLiteral("/no-such-firmware.bin");

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, QStringList{QStringLiteral("--json")} + extra)),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 2);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);
    const QJsonObject result = cli.events().last();
    QCOMPARE(str(result, "outcome"), QStringLiteral("failed"));
    QVERIFY2(!str(result, "message").isEmpty(), qPrintable(compact(result)));
    QCOMPARE(sim.requestCount(), 0);
}

void TestCliJson::untrustedCertificate_data()
{
    QTest::addColumn<bool>("pinned");
    QTest::newRow("first contact, no trust option") << false;
    QTest::newRow("differs from the pin") << true;
}

void TestCliJson::untrustedCertificate()
{
    QFETCH(bool, pinned);

    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    QStringList arguments{QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--firmware"),
                          firmware, QStringLiteral("--json")};
    if (pinned)
        arguments << QStringLiteral("--fingerprint") << QString(64, QLatin1Char('a'));

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(arguments), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 4);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);

    const QList<QJsonObject> certificates = cli.eventsOfType(QStringLiteral("certificate"));
    QVERIFY2(!certificates.isEmpty(), "no certificate event");
    const QJsonObject certificate = certificates.last();
    QCOMPARE(str(certificate, "fingerprint"), fingerprintOf(sim));
    QCOMPARE(certificate.value(QLatin1String("trusted")), QJsonValue(false));
    QCOMPARE(certificate.value(QLatin1String("differsFromPin")), QJsonValue(pinned));
    QVERIFY2(str(certificate, "subject").contains(QLatin1String("groov-sim")), qPrintable(compact(certificate)));

    const QJsonObject result = cli.events().last();
    QCOMPARE(num(result, "exitCode"), 4.0);
    QCOMPARE(str(result, "outcome"), QStringLiteral("failed"));
    if (!pinned) {
        // The exact option to re-run with, in the result or on stderr.
        const QString said = str(result, "message") + QLatin1Char('\n') + cli.errorText();
        QVERIFY2(said.contains(QLatin1String("--fingerprint")), qPrintable(said));
    }
    QCOMPARE(sim.requestsWithKey(), 0);
}

void TestCliJson::uploadProgressIsRateLimited()
{
    // Two chunks of the real size (25,000,000 + 1,000,000 bytes) through a link of 13 MB/s: about two seconds of
    // upload, long enough to count progress events, short enough for the suite.
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    sim.addFault(QStringLiteral("slow-upload=13000000"));
    const qint64 size = 26'000'000;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), size);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--json"), QStringLiteral("--no-wait")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);
    QCOMPARE(announcedSha256(cli).toLatin1(), sha256OfFile(firmware));

    const QList<QJsonObject> uploads = cli.eventsOfType(QStringLiteral("upload"));
    QVERIFY(!uploads.isEmpty());
    double lastSent = 0;
    double lastChunk = 0;
    QList<double> times;
    for (const QJsonObject &event : uploads) {
        QCOMPARE(num(event, "total"), double(size));
        QCOMPARE(num(event, "chunks"), 2.0);
        QVERIFY2(num(event, "sent") >= lastSent, qPrintable(compact(event)));
        QVERIFY2(num(event, "chunk") >= lastChunk, qPrintable(compact(event)));
        lastSent = num(event, "sent");
        lastChunk = num(event, "chunk");
        times << num(event, "elapsedMs");
    }
    QCOMPARE(num(uploads.last(), "sent"), double(size));
    QCOMPARE(num(uploads.last(), "chunk"), 1.0);

    // At most 4 a second, with slack for the first event and the one for the last acknowledged byte: over the whole
    // upload, and in any one-second window.
    const double seconds = (times.last() - times.first()) / 1000.0;
    const QString detail = QStringLiteral("%1 upload events in %2 s").arg(uploads.size()).arg(seconds);
    QVERIFY2(uploads.size() <= 4 * seconds + 3, qPrintable(detail));
    for (int i = 0; i < times.size(); ++i) {
        int inWindow = 0;
        for (int j = i; j < times.size() && times.at(j) < times.at(i) + 1000.0; ++j)
            ++inWindow;
        QVERIFY2(inWindow <= 6,
                 qPrintable(QStringLiteral("%1 upload events within one second; ").arg(inWindow) + detail));
    }

    const QJsonObject upload = sim.report().value(QLatin1String("upload")).toObject();
    QVERIFY(upload.value(QLatin1String("complete")).toBool());
    QCOMPARE(upload.value(QLatin1String("chunksTotal")).toInt(), 2);
    QCOMPARE(sim.violations(), QStringList());
}

void TestCliJson::retriedChunk()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    sim.addFault(QStringLiteral("503-chunk=0"));
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--json"), QStringLiteral("--no-wait")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);

    const QList<QJsonObject> retries = cli.eventsOfType(QStringLiteral("retry"));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(num(retries.first(), "chunk"), 0.0);
    // docs/cli.md leaves open whether "attempt" counts the failed try or the coming one: either, within maxAttempts.
    const double attempt = num(retries.first(), "attempt");
    QVERIFY2(attempt >= 1 && attempt <= 2 && num(retries.first(), "maxAttempts") >= 2,
             qPrintable(compact(retries.first())));
    QVERIFY2(!str(retries.first(), "reason").isEmpty(), qPrintable(compact(retries.first())));

    const QJsonArray reported =
        cli.events().last().value(QLatin1String("report")).toObject().value(QLatin1String("retries")).toArray();
    QCOMPARE(reported.size(), 1);
    QCOMPARE(num(reported.first().toObject(), "chunk"), 0.0);
    QCOMPARE(num(reported.first().toObject(), "attempt"), attempt);
    QVERIFY(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    QCOMPARE(sim.violations(), QStringList());
}

void TestCliJson::deviceAddressForms_data()
{
    // @PORT@ stands for the simulator's port.
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("host:port") << QStringLiteral("127.0.0.1:@PORT@") << QStringLiteral("127.0.0.1:@PORT@");
    QTest::newRow("https URL with slash")
        << QStringLiteral("https://127.0.0.1:@PORT@/") << QStringLiteral("127.0.0.1:@PORT@");
    QTest::newRow("upper-case scheme and name")
        << QStringLiteral("HTTPS://LOCALHOST:@PORT@") << QStringLiteral("localhost:@PORT@");
    QTest::newRow("surrounding spaces") << QStringLiteral("  127.0.0.1:@PORT@  ") << QStringLiteral("127.0.0.1:@PORT@");
}

void TestCliJson::deviceAddressForms()
{
    QFETCH(QString, address);
    QFETCH(QString, normalised);

    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    const QString port = QString::number(sim.device().port());

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run({QStringLiteral("--device"), address.replace(QLatin1String("@PORT@"), port),
                      QStringLiteral("--firmware"), firmware, QStringLiteral("--fingerprint"), fingerprintOf(sim),
                      QStringLiteral("--dry-run"), QStringLiteral("--json")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);
    const QList<QJsonObject> preflight = cli.eventsOfType(QStringLiteral("preflight"));
    QCOMPARE(preflight.size(), 1);
    QCOMPARE(str(preflight.first(), "device"), normalised.replace(QLatin1String("@PORT@"), port));
    QCOMPARE(
        str(cli.events().last().value(QLatin1String("report")).toObject().value(QLatin1String("device")).toObject(),
            "address"),
        normalised);
    QCOMPARE(sim.requestCount(QStringLiteral("/update/")), 0);
}

// U+2028 and U+2029 end a line in JavaScript, U+0085 in line-oriented log tools: QJsonDocument leaves them raw, so a
// device's model or a file name holding one would split an event, or the report, in two for such a reader.
void TestCliJson::lineBreakingCharactersAreEscaped()
{
    SimHarness sim(QString::fromUtf8("GRV-EPIC-PR2\u2028\u2029-A"), kSpeed); // inside: trimming would drop them
    const QString firmware =
        sim.makeFirmware(QStringLiteral("epic"), 100'000, QString::fromUtf8("image\u2028\u2029\u0085.bin"));
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--json"), QStringLiteral("--dry-run")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);

    const QByteArray out = cli.standardOutput();
    for (const char *raw : {"\u2028", "\u2029", "\u0085"})
        QVERIFY2(!out.contains(raw), "a raw line-breaking character on stdout");
    QVERIFY2(out.contains("GRV-EPIC-PR2\\u2028\\u2029-A"), "the model's characters are not escaped");
    QVERIFY2(out.contains("image\\u2028\\u2029\\u0085.bin"), "the file name's characters are not escaped");
    // Escaped, not changed: a JSON reader gets the very text back, in the events and in the report.
    const QJsonObject preflight = cli.eventsOfType(QStringLiteral("preflight")).value(0);
    QCOMPARE(str(preflight, "firmware"), firmware);
    const QJsonObject report = cli.events().constLast().value(QLatin1String("report")).toObject();
    QCOMPARE(str(report.value(QLatin1String("firmware")).toObject(), "path"), firmware);
    QCOMPARE(str(report.value(QLatin1String("device")).toObject(), "model"), str(preflight, "model"));
}

QTEST_GUILESS_MAIN(TestCliJson)
#include "tst_cli_json.moc"
