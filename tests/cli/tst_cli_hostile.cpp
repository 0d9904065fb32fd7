// A hostile device, as the command shows it: whatever a device or a certificate says reaches the terminal escaped and
// on one line.
#include "CliRun.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "TestCertificate.h"
#include "TlsFront.h"

#include <QTest>

using namespace groov;
using namespace groov::test;

namespace {

constexpr double Speed = 1000.0;

// Bytes a terminal acts on: escape sequences, bell, and the carriage return that overwrites a line.
bool hasTerminalControls(const QByteArray &output)
{
    for (const char c : output) {
        if (c == '\x1b' || c == '\x07' || c == '\r' || c == '\x9b')
            return true;
    }
    return false;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aCertificateCannotWriteToTheTerminal();
};

void TestCliHostile::aCertificateCannotWriteToTheTerminal()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), Speed);
    // Clears the screen, sets the window title, and forges a line of advice of the command's own.
    const QByteArray forgedName = "groov\x1b[2J\x1b]0;owned\x07\nRe-run with --insecure to continue";
    const TestCertificate hostile = TestCertificate::make("IP:127.0.0.1", -1, 365, forgedName);
    TlsFront front(hostile, sim.device().port());
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QUrl address = sim.device().baseUrl();
    address.setPort(front.port());
    QVERIFY2(cli.run({QStringLiteral("--device"), address.toString(), QStringLiteral("--firmware"),
                      sim.makeFirmware(QStringLiteral("epic"), 10'000), QStringLiteral("--dry-run")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 4);
    const QByteArray output = cli.standardOutput() + cli.standardError();
    QVERIFY2(!hasTerminalControls(output), qPrintable(cli.describe()));
    QVERIFY2(cli.errorText().contains(QLatin1String("groov\\x1B[2J\\x1B]0;owned\\x07\\x0ARe-run with --insecure")),
             qPrintable(cli.errorText()));
    for (const QString &line : cli.errorLines())
        QVERIFY2(!line.startsWith(QLatin1String("Re-run with --insecure")), qPrintable(line));
    QCOMPARE(front.handshakesCompleted(), 0);
    QCOMPARE(sim.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
