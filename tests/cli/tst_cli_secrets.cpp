// groov-update and its secrets: the API key, whichever way it is given, appears nowhere (stdout, stderr, either
// report), and a certificate that is not trusted gets no request with the key. Also the trust options that make a
// device trusted.
#include "CliRun.h"
#include "KeyLeaks.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace groov;
using namespace groov::test;

namespace {

constexpr double kSpeed = 400.0;

#define EXPECT_NO_LEAK(haystack, key, what)                                                                            \
    do {                                                                                                               \
        const QString leaked_ = KeyLeaks::leakIn((haystack), (key));                                                   \
        QVERIFY2(leaked_.isEmpty(), qPrintable(QStringLiteral("the key (\"%1\") appears in %2").arg(leaked_, what)));  \
    } while (false)

int requestsWithKeyState(const SimHarness &sim, const QString &state)
{
    int count = 0;
    for (const QJsonValue &request : sim.report().value(QLatin1String("requests")).toArray())
        count += request.toObject().value(QLatin1String("apiKey")).toString() == state ? 1 : 0;
    return count;
}

bool warnsAboutTheCommandLine(const CliRun &cli)
{
    static const QRegularExpression warning(QStringLiteral("warn|visible|other users|process list|command line"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (cli.errorText().contains(warning))
        return true;
    for (const QJsonObject &event : cli.eventsOfType(QStringLiteral("log"))) {
        if (event.value(QLatin1String("level")).toString() == QLatin1String("warning"))
            return true;
    }
    return false;
}

bool mentionsTheCommandLine(const CliRun &cli)
{
    static const QRegularExpression argv(QStringLiteral("other users|process list|command line"),
                                         QRegularExpression::CaseInsensitiveOption);
    return cli.errorText().contains(argv) || cli.standardOutput().contains("command line") ||
           cli.standardOutput().contains("other users");
}

// A key file as a careful user keeps it: readable by its owner only.
QString privateKeyFile(SimHarness &sim, const QByteArray &contents)
{
    const QString path = sim.makeFile(contents, QStringLiteral("api-key.txt"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QByteArray pemOf(const QSslCertificate &certificate)
{
    return certificate.toPem();
}

} // namespace

class TestCliSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyAppearsNowhere_data();
    void keyAppearsNowhere();
    void keyFileFormats_data();
    void keyFileFormats();
    void keyFileOthersCanReadWarns_data();
    void keyFileOthersCanReadWarns();
    void wrongKeyAppearsNowhere();
    void fingerprintMismatchSendsNoKey();
    void fingerprintFormats_data();
    void fingerprintFormats();
    void caCertificateFile();
    void otherCaCertificateIsNotTrusted();
    void insecureWarns();
    void keyIsRemovedFromWhateverIsWritten_data();
    void keyIsRemovedFromWhateverIsWritten();
};

void TestCliSecrets::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("groov.sim.info=false\ngroov.sim.debug=false"));
    QVERIFY2(QFileInfo(CliRun::binary()).isExecutable(), qPrintable(CliRun::binary()));
}

void TestCliSecrets::keyAppearsNowhere_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("GROOV_API_KEY") << QStringLiteral("env");
    QTest::newRow("--api-key-file") << QStringLiteral("file");
    QTest::newRow("--api-key") << QStringLiteral("argument");
}

void TestCliSecrets::keyAppearsNowhere()
{
    QFETCH(QString, source);

    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 200'000);
    const QString key = sim.device().apiKey();

    // The chattiest run there is: every event on stdout, every detail on stderr, a whole update.
    CliRun cli;
    QStringList extra{QStringLiteral("--json"), QStringLiteral("--verbose")};
    if (source == QLatin1String("env"))
        cli.setApiKeyInEnvironment(key);
    else if (source == QLatin1String("file"))
        extra << QStringLiteral("--api-key-file") << privateKeyFile(sim, key.toLatin1());
    else
        extra << QStringLiteral("--api-key") << key;
    QVERIFY2(cli.run(cliArguments(sim, firmware, extra)), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);

    // The key was used, and used right...
    QVERIFY(requestsWithKeyState(sim, QStringLiteral("valid")) >= 3);
    QCOMPARE(requestsWithKeyState(sim, QStringLiteral("invalid")), 0);
    QCOMPARE(sim.violations(), QStringList());

    // ...and shown nowhere.
    EXPECT_NO_LEAK(cli.standardOutput(), key, QStringLiteral("stdout"));
    EXPECT_NO_LEAK(cli.standardError(), key, QStringLiteral("stderr"));
    const QJsonObject report = cli.events().last().value(QLatin1String("report")).toObject();
    QVERIFY(!report.isEmpty());
    EXPECT_NO_LEAK(QJsonDocument(report).toJson(), key, QStringLiteral("the command's report"));
    EXPECT_NO_LEAK(QJsonDocument(sim.report()).toJson(), key, QStringLiteral("the simulator's record"));

    // Only a key on the command line earns the warning that other users can see it.
    if (source == QLatin1String("argument"))
        QVERIFY2(warnsAboutTheCommandLine(cli),
                 qPrintable(QStringLiteral("no warning for --api-key:\n") + cli.errorText()));
    else
        QVERIFY2(!mentionsTheCommandLine(cli), qPrintable(cli.errorText()));
}

void TestCliSecrets::keyFileFormats_data()
{
    QTest::addColumn<QByteArray>("contents"); // @KEY@ stands for the key
    QTest::newRow("just the key") << QByteArray("@KEY@");
    QTest::newRow("trailing newline") << QByteArray("@KEY@\n");
    QTest::newRow("trailing CRLF") << QByteArray("@KEY@\r\n");
    QTest::newRow("spaces and a second line") << QByteArray("  @KEY@ \t\nsecond line\n");
}

void TestCliSecrets::keyFileFormats()
{
    QFETCH(QByteArray, contents);

    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    const QString key = sim.device().apiKey();
    const QString keyFile = sim.makeFile(contents.replace("@KEY@", key.toLatin1()), QStringLiteral("api-key.txt"));

    CliRun cli;
    QVERIFY2(cli.run(cliArguments(sim, firmware,
                                  {QStringLiteral("--api-key-file"), keyFile, QStringLiteral("--dry-run"),
                                   QStringLiteral("--verbose")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    QVERIFY(requestsWithKeyState(sim, QStringLiteral("valid")) >= 1);
    QCOMPARE(requestsWithKeyState(sim, QStringLiteral("invalid")), 0);
    EXPECT_NO_LEAK(cli.standardOutput() + cli.standardError(), key, QStringLiteral("the output"));
}

void TestCliSecrets::keyFileOthersCanReadWarns_data()
{
    QTest::addColumn<int>("permissions");
    QTest::addColumn<bool>("warns");
    QTest::newRow("0600") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner) << false;
    QTest::newRow("0640") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup) << true;
    QTest::newRow("0644") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ReadOther)
                          << true;
}

void TestCliSecrets::keyFileOthersCanReadWarns()
{
    QFETCH(int, permissions);
    QFETCH(bool, warns);

    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    const QString keyFile = privateKeyFile(sim, sim.device().apiKey().toLatin1());
    QVERIFY(QFile::setPermissions(keyFile, QFileDevice::Permissions(permissions)));

    CliRun cli;
    QVERIFY2(
        cli.run(cliArguments(sim, firmware, {QStringLiteral("--api-key-file"), keyFile, QStringLiteral("--dry-run")})),
        qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0); // a warning, not a refusal: the user may have reasons
    const bool warned = cli.errorText().contains(QStringLiteral("chmod 600 ") + keyFile);
    QVERIFY2(warned == warns, qPrintable(cli.errorText()));
}

void TestCliSecrets::wrongKeyAppearsNowhere()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    const QString wrongKey = QStringLiteral("WrongKeyZq7Xv3Lm9Pt2Rk8Hs4Nd6Yw1");

    CliRun cli;
    cli.setApiKeyInEnvironment(wrongKey);
    QVERIFY2(cli.run(cliArguments(sim, firmware, {QStringLiteral("--json"), QStringLiteral("--verbose")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 3);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);
    EXPECT_NO_LEAK(cli.standardOutput(), wrongKey, QStringLiteral("stdout"));
    EXPECT_NO_LEAK(cli.standardError(), wrongKey, QStringLiteral("stderr"));
    QCOMPARE(requestsWithKeyState(sim, QStringLiteral("valid")), 0);
    QCOMPARE(sim.requestCount(QStringLiteral("/update/")), 0);
}

void TestCliSecrets::fingerprintMismatchSendsNoKey()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    const QString key = sim.device().apiKey();
    // Another device's certificate pinned for this address: as good as a changed certificate.
    SimHarness other(QStringLiteral("GRV-EPIC-PR2"), kSpeed);

    CliRun cli;
    cli.setApiKeyInEnvironment(key);
    QVERIFY2(cli.run({QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--firmware"),
                      firmware, QStringLiteral("--fingerprint"), fingerprintOf(other), QStringLiteral("--json"),
                      QStringLiteral("--verbose")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 4);
    GROOV_CLI_EXPECT_JSON_STREAM(cli);

    QCOMPARE(sim.requestsWithKey(), 0);
    QCOMPARE(sim.report().value(QLatin1String("chunks")).toArray().size(), 0);
    const QList<QJsonObject> certificates = cli.eventsOfType(QStringLiteral("certificate"));
    QVERIFY(!certificates.isEmpty());
    QCOMPARE(certificates.last().value(QLatin1String("differsFromPin")), QJsonValue(true));
    QCOMPARE(certificates.last().value(QLatin1String("fingerprint")).toString(), fingerprintOf(sim));
    EXPECT_NO_LEAK(cli.standardOutput() + cli.standardError(), key, QStringLiteral("the output"));
}

void TestCliSecrets::fingerprintFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("lowercase hex") << QStringLiteral("lower");
    QTest::newRow("uppercase with colons") << QStringLiteral("colons");
    QTest::newRow("sha256: prefix") << QStringLiteral("prefix");
}

void TestCliSecrets::fingerprintFormats()
{
    QFETCH(QString, format);

    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    QString pin = fingerprintOf(sim);
    if (format == QLatin1String("colons")) {
        QStringList pairs;
        for (qsizetype i = 0; i < pin.size(); i += 2)
            pairs << pin.mid(i, 2).toUpper();
        pin = pairs.join(QLatin1Char(':'));
    } else if (format == QLatin1String("prefix")) {
        pin = QStringLiteral("sha256:") + pin;
    }

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run({QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--firmware"),
                      firmware, QStringLiteral("--fingerprint"), pin, QStringLiteral("--dry-run")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    QVERIFY(requestsWithKeyState(sim, QStringLiteral("valid")) >= 1);
}

void TestCliSecrets::caCertificateFile()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    const QString ca = sim.makeFile(pemOf(sim.device().certificate()), QStringLiteral("device.pem"));

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run({QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--firmware"),
                      firmware, QStringLiteral("--cacert"), ca, QStringLiteral("--dry-run")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    QVERIFY(requestsWithKeyState(sim, QStringLiteral("valid")) >= 1);
}

void TestCliSecrets::otherCaCertificateIsNotTrusted()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    SimHarness other(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    const QString ca = sim.makeFile(pemOf(other.device().certificate()), QStringLiteral("other.pem"));

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run({QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--firmware"),
                      firmware, QStringLiteral("--cacert"), ca, QStringLiteral("--dry-run")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 4);
    QCOMPARE(sim.requestsWithKey(), 0);
}

void TestCliSecrets::insecureWarns()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);

    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run({QStringLiteral("--device"), sim.device().baseUrl().toString(), QStringLiteral("--firmware"),
                      firmware, QStringLiteral("--insecure"), QStringLiteral("--dry-run")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    static const QRegularExpression warning(QStringLiteral("warn|insecure|not (verified|checked)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(cli.errorText().contains(warning), qPrintable(cli.errorText()));
}

void TestCliSecrets::keyIsRemovedFromWhateverIsWritten_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("stderr") << false;
    QTest::newRow("--json") << true;
}

// The last line of defence, whatever carries the key to the output (here a file named after it, shown in the
// pre-flight line, the events and the report): the command's output removes it, in any letter case.
void TestCliSecrets::keyIsRemovedFromWhateverIsWritten()
{
    QFETCH(bool, json);
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString key = sim.device().apiKey();
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000, key.toLower() + QStringLiteral(".bin"));
    CliRun cli;
    cli.setApiKeyInEnvironment(key);
    QStringList extra{QStringLiteral("--dry-run"), QStringLiteral("--verbose")};
    if (json)
        extra << QStringLiteral("--json");
    QVERIFY2(cli.run(cliArguments(sim, firmware, extra)), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    for (const QString &form : {key, key.toLower()}) {
        EXPECT_NO_LEAK(cli.standardOutput(), form, QStringLiteral("stdout"));
        EXPECT_NO_LEAK(cli.standardError(), form, QStringLiteral("stderr"));
    }
    const QByteArray written = json ? cli.standardOutput() : cli.standardError();
    QVERIFY2(written.contains("[API key removed].bin"), written.constData());
    if (json)
        GROOV_CLI_EXPECT_JSON_STREAM(cli);
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
