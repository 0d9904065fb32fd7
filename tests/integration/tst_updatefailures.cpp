// The update engine against the simulated device: what it does when the inputs, the key, the certificate or the
// firmware are wrong. Each case checks the device's side too: what should not have been sent was not.
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QTest>

using namespace groov;
using namespace groov::test;

class TestUpdateFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rioFirmwareOnEpicFailsAtDecrypt();
    void wrongKeyStopsAtPreflight();
    void untrustedCertificateSendsNothing();
    void changedCertificateSendsNothing();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void notAFirmwareImageFailsAtUnzip();
};

void TestUpdateFailures::rioFirmwareOnEpicFailsAtDecrypt()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"));
    const QString firmware = sim.makeFirmware(QStringLiteral("rio"), 400'000, QStringLiteral("update.bin"));
    UpdateRun run;
    QCOMPARE(run.run(sim.request(firmware)), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::StageFailed);
    const UpdateReport &report = run.controller.report();
    QVERIFY(report.failedStage);
    QCOMPARE(report.failedStage->name, QStringLiteral("decrypt"));
    QCOMPARE(report.failedStage->errorCode, 8);
    QVERIFY2(report.failedStage->errorMessage.contains(QLatin1String("Failed to decrypt")),
             qPrintable(report.failedStage->errorMessage));
    QVERIFY2(report.hint.contains(QLatin1String("different device family")), qPrintable(report.hint));
    QVERIFY2(run.errorMessage().contains(QLatin1String("code 8")), qPrintable(run.errorMessage()));
    QVERIFY(!run.phases.contains(UpdatePhase::Restarts));
    QCOMPARE(sim.violations(), QStringList());
}

void TestUpdateFailures::wrongKeyStopsAtPreflight()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    UpdateRequest request = sim.request(firmware);
    request.apiKey = QStringLiteral("not-the-key");
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::Unauthorized);
    QVERIFY2(run.errorMessage().contains(QLatin1String("Unauthorized: check the API key")),
             qPrintable(run.errorMessage()));
    QCOMPARE(sim.requestCount(QStringLiteral("/apply")), 0);
    QCOMPARE(sim.requestCount(QStringLiteral("/prepare")), 0);
    QVERIFY(!run.phases.contains(UpdatePhase::Prepare));
}

void TestUpdateFailures::untrustedCertificateSendsNothing()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    UpdateRequest request = sim.request(firmware);
    request.trust = TlsTrust::system(); // first contact: nothing trusts the device's self-signed certificate
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::CertificateUntrusted);
    QCOMPARE(run.certificateUntrustedCount, 1);
    QVERIFY(!run.untrustedDiffersFromPin);
    // The fingerprint offered for trust-on-first-use is the device's own.
    QCOMPARE(run.controller.report().certificateFingerprint, sim.device().fingerprintSha256());
    QCOMPARE(sim.requestCount(), 0);
    QCOMPARE(sim.requestsWithKey(), 0);
}

void TestUpdateFailures::changedCertificateSendsNothing()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
    UpdateRequest request = sim.request(firmware);
    request.trust = TlsTrust::pinned(QString(64, QLatin1Char('a'))).value();
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::CertificateUntrusted);
    QVERIFY(run.untrustedDiffersFromPin);
    QVERIFY2(run.errorMessage().contains(TlsTrust::formatFingerprint(sim.device().fingerprintSha256())),
             qPrintable(run.errorMessage()));
    QCOMPARE(sim.requestsWithKey(), 0);
}

void TestUpdateFailures::badInputSendsNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("http address") << "address"
                                  << "http://127.0.0.1"
                                  << "HTTPS";
    QTest::newRow("empty address") << "address"
                                   << ""
                                   << "";
    QTest::newRow("empty key") << "key"
                               << ""
                               << "API key";
    QTest::newRow("key with newline") << "key"
                                      << "abc\ndef"
                                      << "API key";
    QTest::newRow("missing file") << "file"
                                  << "/nonexistent/firmware.bin"
                                  << "/nonexistent/firmware.bin";
    QTest::newRow("directory") << "file"
                               << "/tmp"
                               << "/tmp";
    QTest::newRow("factory reset unconfirmed") << "reset"
                                               << ""
                                               << "confirmation";
}

void TestUpdateFailures::badInputSendsNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    SimHarness sim;
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 10'000));
    if (field == QLatin1String("address"))
        request.address = value;
    else if (field == QLatin1String("key"))
        request.apiKey = value;
    else if (field == QLatin1String("file"))
        request.firmwarePath = value;
    else if (field == QLatin1String("reset"))
        request.preserveSettings = false;

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::InvalidInput);
    QVERIFY2(run.errorMessage().contains(expected), qPrintable(run.errorMessage()));
    QCOMPARE(sim.requestCount(), 0);
}

void TestUpdateFailures::notAFirmwareImageFailsAtUnzip()
{
    SimHarness sim;
    const QString file = sim.makeFile(QByteArray(50'000, 'x'), QStringLiteral("notes.txt"));
    UpdateRun run;
    QCOMPARE(run.run(sim.request(file)), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::StageFailed);
    QCOMPARE(run.controller.report().failedStage->name, QStringLiteral("unzip"));
    QVERIFY(!run.controller.report().hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestUpdateFailures)
#include "tst_updatefailures.moc"
