// The fault matrix's connection and TLS rows (docs/reliability.md) as a user of groov-update meets them: the real
// binary, its exit code and its message, against the simulator (and test servers in front of it) in this process.
#include "CliRun.h"
#include "RedirectingDevice.h"
#include "SilentTcpServer.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "TestCertificate.h"
#include "TlsFront.h"
#include "UnansweredPort.h"
#include "UnresolvableHost.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;
using namespace groov::test;

namespace {

constexpr double Speed = 300.0;
// The command's own request timeout (30 s) bounds a stalled connection; this wait is far longer.
constexpr int StallWaitMs = 120'000;

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::DotMatchesEverythingOption);
}

QString localAddress(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

QStringList arguments(const QString &device, const QString &firmware, const QStringList &trust)
{
    return QStringList{QStringLiteral("--device"), device, QStringLiteral("--firmware"), firmware} + trust;
}

QString writePem(const TestCertificate &certificate, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!certificate.writePem(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCliConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unreachableExits5_data();
    void unreachableExits5();
    void handshakeStallExits5();
    void expiredCertificateWithCacertExits4();
    void expiredCertificatePinnedWarnsAndGoesOn();
    void hostnameMismatchWithCacertExits4();
    void redirectExits1AndTheTargetSeesNothing();
    void httpAddressExits2BeforeAnyConnection();
};

void TestCliConnection::unreachableExits5_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");
    quint16 closed = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closed = server.serverPort();
    }
    QTest::newRow("refused") << localAddress(closed) << QStringLiteral("connection was refused.*HTTPS port");
    // Both answered on this machine: the name fails without a DNS query, the port drops the connection request.
    QTest::newRow("unknown host") << UnresolvableHost::name()
                                  << QStringLiteral("host name was not found.*spelling.*DNS");
    QTest::newRow("no answer") << QStringLiteral("unanswered") // an UnansweredPort, made in the test
                               << QStringLiteral("no answer within 30 s.*powered.*firewall");
}

void TestCliConnection::unreachableExits5()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed); // for a firmware file and a key
    UnansweredPort unanswered;
    if (address == QLatin1String("unanswered"))
        address = localAddress(unanswered.port());
    const UnresolvableHost unresolvable; // before CliRun, whose environment is a copy of this process's
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(arguments(address, sim.makeFirmware(QStringLiteral("epic"), 10'000),
                               {QStringLiteral("--fingerprint"), fingerprintOf(sim)}),
                     StallWaitMs),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 5);
    QVERIFY2(cli.errorText().contains(QStringLiteral("Cannot reach the device at ") + address + QLatin1Char(':')),
             qPrintable(cli.errorText()));
    QVERIFY2(cli.errorText().contains(pattern(expected)), qPrintable(cli.errorText()));
    QCOMPARE(sim.requestCount(), 0);
}

void TestCliConnection::handshakeStallExits5()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    SilentTcpServer silent;
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(arguments(localAddress(silent.port()), sim.makeFirmware(QStringLiteral("epic"), 10'000),
                               {QStringLiteral("--fingerprint"), fingerprintOf(sim)}),
                     StallWaitMs),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 5);
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("no answer within 30 s.*TLS handshake.*firewall"))),
             qPrintable(cli.errorText()));
    QVERIFY(silent.connections() >= 1);
    QVERIFY(!silent.received().contains(sim.device().apiKey().toLatin1()));
}

void TestCliConnection::expiredCertificateWithCacertExits4()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    const TestCertificate expired = TestCertificate::make("DNS:localhost,IP:127.0.0.1", -30, -1);
    TlsFront front(expired, sim.device().port());
    QTemporaryDir dir;
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(arguments(localAddress(front.port()), sim.makeFirmware(QStringLiteral("epic"), 10'000),
                               {QStringLiteral("--cacert"), writePem(expired, dir, QStringLiteral("expired.pem"))})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 4);
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("certificate expired on .*Nothing was sent.*Renew"))),
             qPrintable(cli.errorText()));
    QCOMPARE(front.handshakesCompleted(), 0);
    QCOMPARE(sim.requestCount(), 0);
}

void TestCliConnection::expiredCertificatePinnedWarnsAndGoesOn()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    const TestCertificate expired = TestCertificate::make("DNS:localhost,IP:127.0.0.1", -30, -1);
    TlsFront front(expired, sim.device().port());
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(arguments(localAddress(front.port()), sim.makeFirmware(QStringLiteral("epic"), 10'000),
                               {QStringLiteral("--fingerprint"), expired.fingerprint(), QStringLiteral("--dry-run"),
                                QStringLiteral("--quiet")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    // A warning, shown even with --quiet.
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("WARNING: The device's certificate expired on"))),
             qPrintable(cli.errorText()));
    QVERIFY(sim.requestsWithKey() >= 1);
}

void TestCliConnection::hostnameMismatchWithCacertExits4()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    const TestCertificate otherName = TestCertificate::make("DNS:other-device.example", -1, 365);
    TlsFront front(otherName, sim.device().port());
    QTemporaryDir dir;
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(arguments(localAddress(front.port()), sim.makeFirmware(QStringLiteral("epic"), 10'000),
                               {QStringLiteral("--cacert"), writePem(otherName, dir, QStringLiteral("other.pem"))})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 4);
    QVERIFY2(cli.errorText().contains(
                 pattern(QStringLiteral("not valid for 127.0.0.1: it names other-device.example. Nothing was sent"))),
             qPrintable(cli.errorText()));
    QCOMPARE(front.handshakesCompleted(), 0);
    QCOMPARE(sim.requestCount(), 0);
}

void TestCliConnection::redirectExits1AndTheTargetSeesNothing()
{
    SimHarness target(QStringLiteral("GRV-EPIC-PR2"), Speed);
    const TestCertificate certificate = TestCertificate::make("IP:127.0.0.1", -1, 365);
    RedirectingDevice device(certificate, target.device().baseUrl(), QStringLiteral("/update/apply"));
    CliRun cli;
    cli.setApiKeyInEnvironment(target.device().apiKey());
    QVERIFY2(cli.run(arguments(localAddress(device.port()), target.makeFirmware(QStringLiteral("epic"), 10'000),
                               {QStringLiteral("--fingerprint"), certificate.fingerprint()})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 1);
    QVERIFY2(cli.errorText().contains(pattern(QStringLiteral("redirect \\(HTTP 307\\).*not followed"))),
             qPrintable(cli.errorText()));
    QCOMPARE(device.redirectsSent(), 1);
    QCOMPARE(target.requestCount(), 0);
}

void TestCliConnection::httpAddressExits2BeforeAnyConnection()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    SilentTcpServer plainHttp;
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(arguments(QStringLiteral("http://127.0.0.1:%1").arg(plainHttp.port()),
                               sim.makeFirmware(QStringLiteral("epic"), 10'000), {QStringLiteral("--insecure")})),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 2);
    QVERIFY2(cli.errorText().contains(QLatin1String("only answers HTTPS")), qPrintable(cli.errorText()));
    QCOMPARE(plainHttp.connections(), 0);
}

QTEST_GUILESS_MAIN(TestCliConnection)
#include "tst_cli_connection.moc"
