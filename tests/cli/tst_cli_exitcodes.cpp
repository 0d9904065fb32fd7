// groov-update end to end: every exit code of docs/cli.md with its message, --dry-run and --no-wait, the real
// binary against the simulator running in this process.
#include "CliRun.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <functional>

using namespace groov;
using namespace groov::test;

namespace {

constexpr double kSpeed = 300.0; // a whole update in about 4 s
const QString kVersionBefore = QStringLiteral("3.6.0-b.105");
const QString kVersionAfter = QStringLiteral("4.1.0-b.42"); // what SimHarness::makeFirmware writes

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
}

QString fingerprintIn(const QString &text)
{
    // "--fingerprint 3F:A2:...:9C" (or "=", a "sha256:" prefix, no colons): whatever the option accepts.
    static const QRegularExpression option(QStringLiteral("--fingerprint[ =]+[\"']?((?:sha256:)?[0-9A-Fa-f:]{64,})"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = option.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString normalisedFingerprint(QString text)
{
    text = text.toLower();
    if (text.startsWith(QLatin1String("sha256:")))
        text = text.mid(7);
    return text.remove(QLatin1Char(':'));
}

int countWhere(const QJsonArray &array, const std::function<bool(const QJsonObject &)> &predicate)
{
    int count = 0;
    for (const QJsonValue &value : array)
        count += predicate(value.toObject()) ? 1 : 0;
    return count;
}

} // namespace

class TestCliExitCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void succeedsAndNamesBothVersions();
    void familyMismatchExits1WithTheDecryptError();
    void wrongKeyExits3BeforeAnyUpload();
    void untrustedCertificateExits4WithTheOptionToRerunWith();
    void wrongFingerprintExits4WithoutSendingTheKey();
    void unreachableDeviceExits5();
    void deviceThatNeverReturnsExits6();
    void dryRunUploadsNothing();
    void theCommandRunsQtsOwnEventLoop();
    void noWaitReturnsOnceTheImageIsAccepted();
    void factoryResetNeedsAndSendsConfirmation();
    void deviceBusyWithAnotherUpdateExits1();
    void firmwareChangedDuringUploadExits2();
    void quietAndVerbose();
    void versionAndHelp();
    void outputLostExits7ButTheUpdateCompletes();
    void outputLostKeepsAFailuresExitCode();
    void typedLineBreakIsShownEscaped();
    void downgradeIsWarnedAbout();
};

void TestCliExitCodes::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("groov.sim.info=false\ngroov.sim.debug=false"));
    QVERIFY2(QFileInfo(CliRun::binary()).isExecutable(), qPrintable(CliRun::binary()));
}

void TestCliExitCodes::succeedsAndNamesBothVersions()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);
    QCOMPARE(sim.device().firmwareVersion(), kVersionBefore);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware)), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);

    // The summary names the version before and after, in that order.
    bool named = false;
    for (const QString &line : cli.errorLines()) {
        const qsizetype before = line.indexOf(kVersionBefore);
        const qsizetype after = line.indexOf(kVersionAfter);
        named = named || (before >= 0 && after > before);
    }
    QVERIFY2(named, qPrintable(QStringLiteral("no stderr line names %1 then %2:\n").arg(kVersionBefore, kVersionAfter) +
                               cli.errorText()));
    QVERIFY2(cli.standardOutput().isEmpty() || !cli.standardOutput().contains('{'),
             "without --json, stdout carries no events");
    // A count reads as English (translations/groov_en.ts): the image of 0.3 MB is "in 1 chunk", not "1 chunk(s)".
    QVERIFY2(!cli.errorLines().filter(QRegularExpression(QStringLiteral(": 0\\.3 MB in 1 chunk$"))).isEmpty(),
             qPrintable(cli.errorText()));

    // The device's view: the whole image, settings preserved, a client that broke no rule, now on the new version.
    const QJsonObject report = sim.report();
    QCOMPARE(sim.violations(), QStringList());
    const QJsonObject upload = report.value(QLatin1String("upload")).toObject();
    QVERIFY(upload.value(QLatin1String("complete")).toBool());
    QCOMPARE(upload.value(QLatin1String("sha256")).toString().toLatin1(), sha256OfFile(firmware));
    const QJsonArray prepare = report.value(QLatin1String("prepare")).toArray();
    QCOMPARE(prepare.size(), 1);
    QCOMPARE(prepare.at(0).toObject().value(QLatin1String("preserveSettings")), QJsonValue(true));
    QCOMPARE(prepare.at(0).toObject().value(QLatin1String("backupNetwork")), QJsonValue(true));
    QCOMPARE(sim.device().firmwareVersion(), kVersionAfter);
    QCOMPARE(report.value(QLatin1String("phase")).toString(), QStringLiteral("ready"));
}

void TestCliExitCodes::familyMismatchExits1WithTheDecryptError()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("rio"), 200'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware)), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 1);

    const QString err = cli.errorText();
    QVERIFY2(err.contains(pattern(QStringLiteral("decrypt"))), qPrintable(err));
    QVERIFY2(err.contains(pattern(QStringLiteral("code\\W{0,3}8\\b"))),
             qPrintable(QStringLiteral("no error code 8:\n") + err));
    QCOMPARE(sim.device().firmwareVersion(), kVersionBefore);
    QCOMPARE(sim.report().value(QLatin1String("phase")).toString(), QStringLiteral("failed"));
    QCOMPARE(sim.violations(), QStringList());
}

void TestCliExitCodes::wrongKeyExits3BeforeAnyUpload()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(QStringLiteral("NotTheKeyOfThisDevice0123456789"));
    QVERIFY2(cli.run(cliArguments(sim, firmware)), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 3);
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("unauthori[sz]ed"))), qPrintable(cli.errorText()));
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("api key|apikey|api-key"))), qPrintable(cli.errorText()));

    const QJsonObject report = sim.report();
    QVERIFY(sim.requestCount() >= 1); // it did ask (and was refused)
    QCOMPARE(sim.requestCount(QStringLiteral("/update/apply")), 0);
    QCOMPARE(sim.requestCount(QStringLiteral("/update/prepare")), 0);
    QCOMPARE(report.value(QLatin1String("chunks")).toArray().size(), 0);
    const int invalid = countWhere(report.value(QLatin1String("requests")).toArray(), [](const QJsonObject &request) {
        return request.value(QLatin1String("apiKey")).toString() == QLatin1String("invalid");
    });
    QVERIFY(invalid >= 1);
}

void TestCliExitCodes::untrustedCertificateExits4WithTheOptionToRerunWith()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    const QString deviceFingerprint = fingerprintOf(sim);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run({QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--firmware"),
                      firmware, QStringLiteral("--poll-interval"), QStringLiteral("0.05")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 4);
    QCOMPARE(sim.requestsWithKey(), 0);

    // The certificate's subject, validity and fingerprint, and the exact option to re-run with.
    const QString err = cli.errorText();
    QVERIFY2(err.contains(QLatin1String("groov-sim")), qPrintable(QStringLiteral("no subject:\n") + err));
    const QString expiryYear = QString::number(sim.device().certificate().expiryDate().toUTC().date().year());
    QVERIFY2(err.contains(expiryYear), qPrintable(QStringLiteral("no validity (%1):\n").arg(expiryYear) + err));
    const QString option = fingerprintIn(err);
    QVERIFY2(!option.isEmpty(), qPrintable(QStringLiteral("no \"--fingerprint SHA256\" to re-run with:\n") + err));
    QCOMPARE(normalisedFingerprint(option), deviceFingerprint);

    // Re-running with exactly that option works.
    CliRun again;
    again.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(again.run({QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--firmware"),
                        firmware, QStringLiteral("--fingerprint"), option, QStringLiteral("--dry-run")}),
             qPrintable(again.describe()));
    GROOV_CLI_EXPECT_EXIT(again, 0);
}

void TestCliExitCodes::wrongFingerprintExits4WithoutSendingTheKey()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    QString wrong = fingerprintOf(sim);
    wrong.replace(0, 4, wrong.startsWith(QLatin1String("0000")) ? QStringLiteral("1111") : QStringLiteral("0000"));

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(
        cli.run({QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--firmware"), firmware,
                 QStringLiteral("--fingerprint"), wrong, QStringLiteral("--poll-interval"), QStringLiteral("0.05")}),
        qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 4);
    QCOMPARE(sim.requestsWithKey(), 0);
    // It says which certificate the device presented.
    QVERIFY2(normalisedFingerprint(cli.errorText()).contains(fingerprintOf(sim)), qPrintable(cli.errorText()));
}

void TestCliExitCodes::unreachableDeviceExits5()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
        server.close();
    }
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed); // only for the firmware file and a fingerprint
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run({QStringLiteral("--device"), QStringLiteral("127.0.0.1:%1").arg(port),
                      QStringLiteral("--firmware"), firmware, QStringLiteral("--fingerprint"), fingerprintOf(sim),
                      QStringLiteral("--poll-interval"), QStringLiteral("0.05")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 5);
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("unreachable|refused|connect|network"))),
             qPrintable(cli.errorText()));
    QCOMPARE(sim.requestCount(), 0);
}

void TestCliExitCodes::deviceThatNeverReturnsExits6()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    sim.addFault(QStringLiteral("never-return"));
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    // 0.05 minutes = 3 s: the stages take about 2 s at this speed, then the device goes down for good.
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--timeout"), QStringLiteral("0.05")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 6);
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("timed out|time-out|timeout"))),
             qPrintable(cli.errorText()));
    QVERIFY(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    QCOMPARE(sim.violations(), QStringList());
}

void TestCliExitCodes::dryRunUploadsNothing()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--dry-run")})), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);

    // It did check the key against the device, and uploaded nothing.
    const QJsonObject report = sim.report();
    QVERIFY(sim.requestCount(QStringLiteral("/io/local/info")) >= 1);
    QCOMPARE(sim.requestCount(QStringLiteral("/update/prepare")), 0);
    QCOMPARE(sim.requestCount(QStringLiteral("/update/apply")), 0);
    QCOMPARE(report.value(QLatin1String("prepare")).toArray().size(), 0);
    QCOMPARE(report.value(QLatin1String("chunks")).toArray().size(), 0);
    QCOMPARE(sim.device().firmwareVersion(), kVersionBefore);
    QVERIFY2(!cli.errorText().isEmpty(), "a dry run says what it checked");
}

void TestCliExitCodes::theCommandRunsQtsOwnEventLoop()
{
    // EventLoopChoice, as the command applies it: Qt's own loop, unless QT_NO_GLIB is already set (here: set and empty,
    // which keeps GLib's). --verbose names the loop the run got.
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    const QStringList arguments =
        cliArguments(sim, firmware, {QStringLiteral("--dry-run"), QStringLiteral("--verbose")});

    CliRun plain;
    plain.setApiKeyInEnvironment(sim.device().apiKey());
    plain.environment().remove(QStringLiteral("QT_NO_GLIB"));
    QVERIFY2(plain.run(arguments), qPrintable(plain.describe()));
    GROOV_CLI_EXPECT_EXIT(plain, 0);
    QVERIFY2(plain.errorText().contains(QLatin1String("event loop: QEventDispatcherUNIX")),
             qPrintable(plain.describe()));

    CliRun glib;
    glib.setApiKeyInEnvironment(sim.device().apiKey());
    glib.environment().insert(QStringLiteral("QT_NO_GLIB"), QString());
    QVERIFY2(glib.run(arguments), qPrintable(glib.describe()));
    GROOV_CLI_EXPECT_EXIT(glib, 0);
    QVERIFY2(glib.errorText().contains(QLatin1String("event loop: QEventDispatcherGlib")), qPrintable(glib.describe()));
}

void TestCliExitCodes::noWaitReturnsOnceTheImageIsAccepted()
{
    // Slow on purpose: the device works for 20 s after the upload, so "returned before the device finished" is not a
    // race.
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), 30.0);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--no-wait")})), qPrintable(cli.describe()));
    const QString phaseAtExit = sim.report().value(QLatin1String("phase")).toString();
    GROOV_CLI_EXPECT_EXIT(cli, 0);

    const QJsonObject report = sim.report();
    const QJsonObject upload = report.value(QLatin1String("upload")).toObject();
    QVERIFY(upload.value(QLatin1String("complete")).toBool());
    QCOMPARE(upload.value(QLatin1String("sha256")).toString().toLatin1(), sha256OfFile(firmware));
    QCOMPARE(phaseAtExit, QStringLiteral("processing"));
    QCOMPARE(sim.requestCount(QStringLiteral("/update/status")), 0);
    QCOMPARE(sim.requestCount(QStringLiteral("/commission/status")), 0);
    QCOMPARE(sim.violations(), QStringList());
}

void TestCliExitCodes::factoryResetNeedsAndSendsConfirmation()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), 30.0);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware,
                                  {QStringLiteral("--no-preserve-settings"), QStringLiteral("--confirm-factory-reset"),
                                   QStringLiteral("--no-wait")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    const QJsonArray prepare = sim.report().value(QLatin1String("prepare")).toArray();
    QCOMPARE(prepare.size(), 1);
    QCOMPARE(prepare.at(0).toObject().value(QLatin1String("preserveSettings")), QJsonValue(false));
    QCOMPARE(prepare.at(0).toObject().value(QLatin1String("backupNetwork")), QJsonValue(false));
    QCOMPARE(sim.violations(), QStringList());
}

void TestCliExitCodes::deviceBusyWithAnotherUpdateExits1()
{
    // The first run leaves the device processing its image (20 s at this speed); the second finds it busy.
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), 30.0);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);

    CliRun first;
    first.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(first.run(cliArguments(sim, firmware, {QStringLiteral("--no-wait")})), qPrintable(first.describe()));
    GROOV_CLI_EXPECT_EXIT(first, 0);
    const int chunksBefore = int(sim.chunks().size());

    CliRun second;
    second.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(second.run(cliArguments(sim, firmware)), qPrintable(second.describe()));
    GROOV_CLI_EXPECT_EXIT(second, 1);
    QVERIFY2(!second.errorText().trimmed().isEmpty(), "no message");
    QCOMPARE(int(sim.chunks().size()), chunksBefore);
    QCOMPARE(sim.report().value(QLatin1String("phase")).toString(), QStringLiteral("processing"));
}

void TestCliExitCodes::firmwareChangedDuringUploadExits2()
{
    // Two chunks of the real size; the file changes while the first one travels.
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    sim.addFault(QStringLiteral("slow-upload=50000000"));
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 26'000'000);

    bool changed = false;
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    connect(&cli, &CliRun::eventReceived, this, [&](const QJsonObject &event) {
        if (changed || event.value(QLatin1String("type")).toString() != QLatin1String("upload"))
            return;
        QFile file(firmware);
        changed = file.open(QIODevice::ReadWrite) && file.seek(25'500'000) && file.write(QByteArray(100, 'X')) == 100;
    });
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--json"), QStringLiteral("--no-wait")})),
             qPrintable(cli.describe()));
    QVERIFY(changed);
    GROOV_CLI_EXPECT_EXIT(cli, 2);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("modified|changed"))), qPrintable(cli.errorText()));
    // The device never got the changed bytes as a whole image.
    QVERIFY(!sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
}

void TestCliExitCodes::quietAndVerbose()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);

    QList<int> lines;
    for (const QString &level : {QStringLiteral("--quiet"), QString(), QStringLiteral("--verbose")}) {
        CliRun cli;
        cli.setApiKeyInEnvironment(sim.device().apiKey());
        QStringList extra{QStringLiteral("--dry-run")};
        if (!level.isEmpty())
            extra << level;
        QVERIFY2(cli.run(cliArguments(sim, firmware, extra)), qPrintable(cli.describe()));
        GROOV_CLI_EXPECT_EXIT(cli, 0);
        lines << int(cli.errorLines().size());
    }
    QVERIFY2(lines.at(0) < lines.at(1) && lines.at(1) <= lines.at(2),
             qPrintable(QStringLiteral("stderr lines: quiet %1, default %2, verbose %3")
                            .arg(lines.at(0))
                            .arg(lines.at(1))
                            .arg(lines.at(2))));

    // Quiet still explains a failure.
    CliRun failing;
    failing.setApiKeyInEnvironment(QStringLiteral("NotTheKeyOfThisDevice0123456789"));
    QVERIFY2(failing.run(cliArguments(sim, firmware, {QStringLiteral("--quiet")})), qPrintable(failing.describe()));
    GROOV_CLI_EXPECT_EXIT(failing, 3);
    QVERIFY2(failing.errorText().contains(pattern(QStringLiteral("unauthori[sz]ed"))), qPrintable(failing.errorText()));
}

void TestCliExitCodes::versionAndHelp()
{
    CliRun version;
    QVERIFY2(version.run({QStringLiteral("--version")}), qPrintable(version.describe()));
    GROOV_CLI_EXPECT_EXIT(version, 0);
    QVERIFY2(
        QString::fromUtf8(version.standardOutput() + version.standardError()).contains(QLatin1String(GROOV_VERSION)),
        qPrintable(version.describe()));

    CliRun help;
    QVERIFY2(help.run({QStringLiteral("--help")}), qPrintable(help.describe()));
    GROOV_CLI_EXPECT_EXIT(help, 0);
    const QString text = QString::fromUtf8(help.standardOutput() + help.standardError());
    for (const char *option :
         {"--device", "--firmware", "--api-key-file", "--fingerprint", "--dry-run", "--no-wait", "--timeout", "--json"})
        QVERIFY2(text.contains(QLatin1String(option)), option);
}

// `--json > /dev/full`: every event is lost. The update must not stop for that (the device would be left
// half-updated), and its success must not look clean to a script: exit 7, said once on standard error.
void TestCliExitCodes::outputLostExits7ButTheUpdateCompletes()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    cli.redirectStandardOutput(QStringLiteral("/dev/full"));
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--json")})), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 7);
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("cannot write to standard output \\(.+\\).*goes on to "
                                                             "its end.*exit code is 7"))),
             qPrintable(cli.errorText()));
    QCOMPARE(cli.errorText().count(QStringLiteral("cannot write to")), 1);
    QVERIFY(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    QCOMPARE(sim.device().firmwareVersion(), kVersionAfter);
}

// A failure keeps its own exit code: it says more than "output was lost".
void TestCliExitCodes::outputLostKeepsAFailuresExitCode()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    cli.redirectStandardOutput(QStringLiteral("/dev/full"));
    QStringList arguments = cliArguments(sim, firmware, {QStringLiteral("--json")});
    arguments[arguments.indexOf(QStringLiteral("--fingerprint")) + 1] = QString(64, QLatin1Char('a'));
    QVERIFY2(cli.run(arguments), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 4);
    QVERIFY2(cli.errorText().contains(QStringLiteral("cannot write to standard output")), qPrintable(cli.describe()));
}

// A file name may hold a line break; shown raw it would forge a line of the summary.
void TestCliExitCodes::typedLineBreakIsShownEscaped()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware =
        sim.makeFirmware(QStringLiteral("epic"), 100'000, QStringLiteral("fw\nResult:    SUCCEEDED\x1b[2K.bin"));
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--dry-run")})), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    QVERIFY2(cli.errorText().contains(QStringLiteral("fw\\x0AResult:    SUCCEEDED\\x1B[2K.bin")),
             qPrintable(cli.errorText()));
    QVERIFY2(!cli.standardError().contains('\x1b'), qPrintable(cli.errorText()));
    QCOMPARE(cli.errorLines().filter(QRegularExpression(QStringLiteral("^Result:"))).size(), 1); // the real one
}

// Issue 12, bug 12: the same version again, or an older one, is said before anything is sent (a warning: the
// version in a file name is a hint, and going back can be meant).
void TestCliExitCodes::downgradeIsWarnedAbout()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed); // runs 3.6.0-b.105
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000, QStringLiteral("epic-3.5.2.bin"));
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--dry-run")})), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    QVERIFY2(cli.errorText().contains(QStringLiteral("WARNING: The file name epic-3.5.2.bin says version 3.5.2: this "
                                                     "is a downgrade from the device's 3.6.0-b.105.")),
             qPrintable(cli.errorText()));
}

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "tst_cli_exitcodes.moc"
