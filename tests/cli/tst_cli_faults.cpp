// The device-side rows of the fault matrix as groov-update reports them: the exit code of docs/cli.md and the words
// the user reads, the real binary against the simulator running in this process.
#include "CliRun.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTest>

using namespace groov;
using namespace groov::test;

class TestCliFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deviceFaultIsReported_data();
    void deviceFaultIsReported();
};

void TestCliFaults::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("groov.sim.info=false\ngroov.sim.debug=false"));
    QVERIFY2(QFileInfo(CliRun::binary()).isExecutable(), qPrintable(CliRun::binary()));
}

void TestCliFaults::deviceFaultIsReported_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("says");

    QTest::newRow("401 on a chunk") << "status=401@chunk1" << qint64(25'000'000 + 1'000) << 3
                                    << QStringList{QStringLiteral("refused the API key at chunk 2 of 2"),
                                                   QStringLiteral("keeps its current firmware")};
    QTest::newRow("403 at pre-flight") << "status=403@info" << qint64(100'000) << 1
                                       << QStringList{QStringLiteral("HTTP 403")};
    QTest::newRow("409 on prepare") << "status=409@prepare" << qint64(100'000) << 1
                                    << QStringList{QStringLiteral("Another update may already be running")};
    QTest::newRow("500 on prepare") << "status=500@prepare" << qint64(100'000) << 1
                                    << QStringList{QStringLiteral("refused to prepare"), QStringLiteral("HTTP 500")};
    QTest::newRow("404 on io/local/info")
        << "status=404@infox1000" << qint64(100'000) << 0 << QStringList{QStringLiteral("older firmware")};
    QTest::newRow("chunk never succeeds")
        << "503-chunk=0x100" << qint64(100'000) << 1 << QStringList{QStringLiteral("Chunk 1 of 1 failed 5 times")};
    QTest::newRow("garbage status") << "garbage-status" << qint64(100'000) << 5
                                    << QStringList{QStringLiteral("not understood")};
    QTest::newRow("error at install") << "stage-error=51@install" << qint64(100'000) << 1
                                      << QStringList{
                                             QStringLiteral("error code 51"),
                                             QStringLiteral("Stage install failed (simulated fault, error 51)")};
}

void TestCliFaults::deviceFaultIsReported()
{
    QFETCH(QString, fault);
    QFETCH(qint64, size);
    QFETCH(int, exitCode);
    QFETCH(QStringList, says);

    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), 300.0);
    sim.addFault(fault);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), size);
    CliRun cli;
    cli.setApiKeyInEnvironment(sim.device().apiKey());
    QVERIFY2(cli.run(cliArguments(sim, firmware), 120'000), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, exitCode);
    for (const QString &part : says)
        QVERIFY2(cli.errorText().contains(part), qPrintable(cli.errorText()));
    QCOMPARE(sim.violations(), QStringList());
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
