// DeviceProbe ("Check device") against the simulated device: each verdict, and nothing sent for bad input.
#include "DeviceProbe.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace groov;
using namespace groov::test;

namespace {
DeviceCheck probe(const QString &address, const TlsTrust &trust, const QString &key)
{
    DeviceProbe deviceProbe;
    QSignalSpy finished(&deviceProbe, &DeviceProbe::finished);
    deviceProbe.start(address, trust, key);
    if (!finished.wait(20'000))
        return DeviceCheck();
    return finished.at(0).at(0).value<DeviceCheck>();
}
} // namespace

class TestDeviceProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsModelAndVersion();
    void firstContactOffersTheCertificate();
    void wrongKeyIsUnauthorized();
    void badInputSendsNothing();
    void nothingListeningIsUnreachable();
};

void TestDeviceProbe::readsModelAndVersion()
{
    SimHarness sim(QStringLiteral("GRV-R7-MM1001-10"));
    const UpdateRequest request = sim.request(QString());
    const DeviceCheck check = probe(request.address, request.trust, request.apiKey);
    QVERIFY2(check.passed(), qPrintable(check.error ? check.error->message : QString()));
    QCOMPARE(check.device.model, QStringLiteral("GRV-R7-MM1001-10"));
    QCOMPARE(check.device.family(), DeviceFamily::Rio);
    QCOMPARE(check.device.firmwareVersion, sim.device().firmwareVersion());
    QCOMPARE(TlsTrust::fingerprintOf(check.certificate), sim.device().fingerprintSha256());
}

void TestDeviceProbe::firstContactOffersTheCertificate()
{
    SimHarness sim;
    const UpdateRequest request = sim.request(QString());
    const DeviceCheck check = probe(request.address, TlsTrust::system(), request.apiKey);
    QVERIFY(!check.passed());
    QCOMPARE(check.error->code, ErrorCode::CertificateUntrusted);
    QVERIFY(check.certificateUntrusted);
    QVERIFY(!check.differsFromPin);
    QCOMPARE(TlsTrust::fingerprintOf(check.certificate), sim.device().fingerprintSha256());
    QCOMPARE(sim.requestsWithKey(), 0);
}

void TestDeviceProbe::wrongKeyIsUnauthorized()
{
    SimHarness sim;
    const UpdateRequest request = sim.request(QString());
    const DeviceCheck check = probe(request.address, request.trust, QStringLiteral("wrong-key"));
    QCOMPARE(check.error->code, ErrorCode::Unauthorized);
    QVERIFY(check.error->message.contains(QLatin1String("administrator")));
}

void TestDeviceProbe::badInputSendsNothing()
{
    SimHarness sim;
    const UpdateRequest request = sim.request(QString());
    QCOMPARE(probe(QStringLiteral("http://127.0.0.1"), request.trust, request.apiKey).error->code,
             ErrorCode::InvalidInput);
    QCOMPARE(probe(request.address, request.trust, QStringLiteral("two words")).error->code, ErrorCode::InvalidInput);
    QCOMPARE(sim.requestCount(), 0);
}

void TestDeviceProbe::nothingListeningIsUnreachable()
{
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const quint16 port = placeholder.serverPort();
    placeholder.close();
    const DeviceCheck check =
        probe(QStringLiteral("127.0.0.1:%1").arg(port), TlsTrust::insecure(), QStringLiteral("any-key"));
    QCOMPARE(check.error->code, ErrorCode::Network);
    QVERIFY(check.error->message.contains(QString::number(port)));
}

QTEST_GUILESS_MAIN(TestDeviceProbe)
#include "tst_deviceprobe.moc"
