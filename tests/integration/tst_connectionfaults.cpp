// The fault matrix's connection, TLS and firmware-file rows (docs/reliability.md), engine side: the device cannot be
// reached, its certificate is wrong in each way, the handshake stalls, it redirects, or the firmware file changes
// during the upload. Each case checks what the user is told and, on the device's side, that nothing was lost: no key
// went anywhere untrusted, and no whole image of changed bytes reached the device.
#include "RedirectingDevice.h"
#include "SilentTcpServer.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "TestCertificate.h"
#include "TlsFront.h"
#include "UnansweredPort.h"
#include "UnresolvableHost.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <unistd.h>

using namespace groov;
using namespace groov::test;

namespace {

constexpr int ConnectTimeoutMs = 2'000; // the engine's limit, shortened; each wait below is much longer

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return server.serverPort();
}

QString localAddress(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

TlsTrust caFileTrust(const TestCertificate &certificate, const QString &path)
{
    if (!certificate.writePem(path))
        qFatal("cannot write %s", qPrintable(path));
    return TlsTrust::fromCaFile(path).value();
}

bool uploadComplete(const SimHarness &sim)
{
    return sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool();
}

// Calls change() once, the first time the engine reports upload progress: the chunk is then on its way.
void onFirstUploadProgress(UpdateRun &run, std::function<void()> change)
{
    auto done = std::make_shared<bool>(false);
    QObject::connect(&run.controller, &UpdateController::uploadProgress, &run,
                     [done, change = std::move(change)](qint64, qint64, int, int) {
                         if (*done)
                             return;
                         *done = true;
                         change();
                     });
}

} // namespace

class TestConnectionFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unreachableAtPreflight_data();
    void unreachableAtPreflight();
    void handshakeStallFailsWithinTheTimeout();
    void expiredCertificateFromCaFileSendsNothing();
    void expiredCertificateThatIsPinnedIsUsedWithAWarning();
    void hostnameMismatchWithCaFileSendsNothing();
    void redirectIsNotFollowed_data();
    void redirectIsNotFollowed();
    void httpAddressIsRefusedBeforeAnyRequest();
    void firmwareFileChangesDuringUpload_data();
    void firmwareFileChangesDuringUpload();
    void changeAfterTheLastByteWasSentKeepsTheSentImage();
};

void TestConnectionFaults::unreachableAtPreflight_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected"); // the specific cause and what to check
    QTest::newRow("refused") << localAddress(closedPort())
                             << QStringLiteral("connection was refused.*HTTPS port.*restarting");
    // Both answered on this machine: the name fails without a DNS query, the port drops the connection request.
    QTest::newRow("unknown host")
        << UnresolvableHost::name()
        << QStringLiteral("host name was not found.*spelling of \"%1\".*DNS").arg(UnresolvableHost::name());
    QTest::newRow("no answer") << QStringLiteral("unanswered") // an UnansweredPort, made in the test
                               << QStringLiteral("no answer within 2 s.*powered.*firewall");
}

void TestConnectionFaults::unreachableAtPreflight()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    SimHarness sim;
    UnansweredPort unanswered;
    const UnresolvableHost unresolvable;
    if (address == QLatin1String("unanswered"))
        address = localAddress(unanswered.port());
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 10'000));
    request.address = address;
    request.timings.api.requestMs = ConnectTimeoutMs;

    // Bounded by the engine's own limit: the operating system's connect timeout (minutes) would miss this wait.
    UpdateRun run;
    QCOMPARE(run.run(request, 60'000), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::Network);
    const QString message = run.errorMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Cannot reach the device at ") + address + QLatin1Char(':')),
             qPrintable(message));
    QVERIFY2(message.contains(pattern(expected)), qPrintable(message));
    QVERIFY(!run.phases.contains(UpdatePhase::Prepare));
    QCOMPARE(sim.requestCount(), 0);
}

void TestConnectionFaults::handshakeStallFailsWithinTheTimeout()
{
    SimHarness sim;
    SilentTcpServer silent;
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 10'000));
    request.address = localAddress(silent.port());
    request.timings.api.requestMs = ConnectTimeoutMs;

    UpdateRun run;
    QCOMPARE(run.run(request, 60'000), UpdateOutcome::Failed);
    // No certificate was ever shown, so there is no trust decision to make: it is a connection failure (exit 5).
    QCOMPARE(run.errorCode(), ErrorCode::Network);
    QCOMPARE(run.certificateUntrustedCount, 0);
    QVERIFY2(run.errorMessage().contains(pattern(QStringLiteral("no answer within 2 s.*TLS handshake"))),
             qPrintable(run.errorMessage()));
    // All the server got is the start of a handshake: a TLS record, no HTTP request, no key.
    QVERIFY(silent.connections() >= 1);
    QVERIFY(!silent.received().isEmpty());
    QCOMPARE(silent.received().at(0), char(0x16)); // TLS handshake record
    QVERIFY(!silent.received().contains(sim.device().apiKey().toLatin1()));
    QVERIFY(!silent.received().contains("apiKey"));
}

void TestConnectionFaults::expiredCertificateFromCaFileSendsNothing()
{
    SimHarness sim;
    const TestCertificate expired =
        TestCertificate::make("DNS:localhost,IP:127.0.0.1", -30, -1); // expired yesterday, names this address
    TlsFront front(expired, sim.device().port());
    QTemporaryDir dir;
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 10'000));
    request.address = localAddress(front.port());
    request.trust = caFileTrust(expired, dir.filePath(QStringLiteral("expired.pem")));

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::CertificateUntrusted);
    QVERIFY2(run.errorMessage().contains(pattern(QStringLiteral("certificate expired on .*Nothing was sent.*Renew"))),
             qPrintable(run.errorMessage()));
    QVERIFY(front.handshakesStarted() >= 1);
    QCOMPARE(front.handshakesCompleted(), 0);
    QCOMPARE(sim.requestCount(), 0);
    QCOMPARE(sim.requestsWithKey(), 0);
}

void TestConnectionFaults::expiredCertificateThatIsPinnedIsUsedWithAWarning()
{
    // A pin names one exact certificate: its dates add nothing, so the update goes on and the user is warned.
    SimHarness sim;
    const TestCertificate expired = TestCertificate::make("DNS:localhost,IP:127.0.0.1", -30, -1);
    TlsFront front(expired, sim.device().port());
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 10'000));
    request.address = localAddress(front.port());
    request.trust = TlsTrust::pinned(expired.fingerprint()).value();
    request.dryRun = true;

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Succeeded);
    QVERIFY2(run.logs.filter(pattern(QStringLiteral("certificate expired on .*pinned.*renew"))).size() == 1,
             qPrintable(run.logs.join(QLatin1Char('\n'))));
    // Through the same front, the key does reach the device: the zero counts of the other cases are meaningful.
    QVERIFY(front.bytesRelayed() > 0);
    QVERIFY(sim.requestsWithKey() >= 1);
}

void TestConnectionFaults::hostnameMismatchWithCaFileSendsNothing()
{
    SimHarness sim;
    QTemporaryDir dir;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 10'000);
    const TestCertificate otherName = TestCertificate::make("DNS:other-device.example", -1, 365);
    TlsFront front(otherName, sim.device().port());
    UpdateRequest request = sim.request(firmware);
    request.address = localAddress(front.port());
    request.trust = caFileTrust(otherName, dir.filePath(QStringLiteral("other.pem")));

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::CertificateUntrusted);
    QVERIFY2(run.errorMessage().contains(
                 pattern(QStringLiteral("not valid for 127.0.0.1: it names other-device.example. Nothing was sent"))),
             qPrintable(run.errorMessage()));
    QCOMPARE(front.handshakesCompleted(), 0);
    QCOMPARE(sim.requestCount(), 0);

    // The same kind of CA file with a certificate that names the address passes: only the name was wrong.
    const TestCertificate rightName = TestCertificate::make("IP:127.0.0.1", -1, 365);
    TlsFront goodFront(rightName, sim.device().port());
    request.address = localAddress(goodFront.port());
    request.trust = caFileTrust(rightName, dir.filePath(QStringLiteral("right.pem")));
    request.dryRun = true;
    UpdateRun control;
    QCOMPARE(control.run(request), UpdateOutcome::Succeeded);
    QVERIFY(sim.requestsWithKey() >= 1);
}

void TestConnectionFaults::redirectIsNotFollowed_data()
{
    QTest::addColumn<QString>("redirected"); // the path that answers with a redirect
    QTest::addColumn<QString>("expected");
    QTest::newRow("pre-flight") << QStringLiteral("/io/local/info")
                                << QStringLiteral("Checking the device failed.*redirect \\(HTTP 307\\).*not followed");
    QTest::newRow("chunk upload") << QStringLiteral("/update/apply")
                                  << QStringLiteral(
                                         "refused chunk 1 of 1.*redirect \\(HTTP 307\\).*not followed.*keeps its "
                                         "current firmware");
}

void TestConnectionFaults::redirectIsNotFollowed()
{
    QFETCH(QString, redirected);
    QFETCH(QString, expected);
    // The redirect points at the simulator: had it been followed, the simulator would have recorded the request.
    SimHarness target;
    const TestCertificate certificate = TestCertificate::make("IP:127.0.0.1", -1, 365);
    RedirectingDevice device(certificate, target.device().baseUrl(), redirected);
    UpdateRequest request = target.request(target.makeFirmware(QStringLiteral("epic"), 10'000));
    request.address = localAddress(device.port());
    request.trust = TlsTrust::pinned(certificate.fingerprint()).value();

    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::DeviceRejected);
    QVERIFY2(run.errorMessage().contains(pattern(expected)), qPrintable(run.errorMessage()));
    QCOMPARE(device.redirectsSent(), 1); // answered once, not retried
    QCOMPARE(target.requestCount(), 0);
}

void TestConnectionFaults::httpAddressIsRefusedBeforeAnyRequest()
{
    SimHarness sim;
    SilentTcpServer plainHttp;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 10'000);
    for (const quint16 port : {plainHttp.port(), sim.device().port()}) {
        UpdateRequest request = sim.request(firmware);
        request.address = QStringLiteral("http://127.0.0.1:%1").arg(port);
        UpdateRun run;
        QCOMPARE(run.run(request), UpdateOutcome::Failed);
        QCOMPARE(run.errorCode(), ErrorCode::InvalidInput);
        QVERIFY2(run.errorMessage().contains(QLatin1String("only answers HTTPS")), qPrintable(run.errorMessage()));
    }
    QCOMPARE(plainHttp.connections(), 0);
    QCOMPARE(sim.requestCount(), 0);
}

void TestConnectionFaults::firmwareFileChangesDuringUpload_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("expected");
    // Two chunks: the change is found at the end of chunk 1 or before chunk 2, and chunk 2 is never sent.
    QTest::newRow("grows") << QStringLiteral("append") << qint64(26'000'000) << QStringLiteral("changed size");
    // One chunk: only the check at its last byte stands between a mixed chunk and a whole image on the device.
    QTest::newRow("same size, rewritten")
        << QStringLiteral("rewrite") << qint64(24'000'000) << QStringLiteral("was modified");
    QTest::newRow("removed") << QStringLiteral("remove") << qint64(24'000'000) << QStringLiteral("removed or moved");
    QTest::newRow("replaced by a folder")
        << QStringLiteral("folder") << qint64(24'000'000) << QStringLiteral("not a file");
    QTest::newRow("permissions removed") << QStringLiteral("chmod") << qint64(26'000'000)
                                         << QStringLiteral("can no longer be read");
}

void TestConnectionFaults::firmwareFileChangesDuringUpload()
{
    QFETCH(QString, change);
    QFETCH(qint64, size);
    QFETCH(QString, expected);
    if (change == QLatin1String("chmod") && ::geteuid() == 0)
        QSKIP("root reads a file without permissions; the removed and folder rows cover an unreadable file as root");

    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), size);
    UpdateRun run;
    onFirstUploadProgress(run, [&] {
        QFile file(firmware);
        if (change == QLatin1String("append")) {
            QVERIFY(file.open(QIODevice::Append) && file.write(QByteArray(1000, 'A')) == 1000);
        } else if (change == QLatin1String("rewrite")) {
            QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(size - 1000) && file.write(QByteArray(1000, 'X')));
        } else if (change == QLatin1String("remove")) {
            QVERIFY(file.remove());
        } else if (change == QLatin1String("folder")) {
            QVERIFY(file.remove() && QDir().mkdir(firmware));
        } else if (change == QLatin1String("chmod")) {
            QVERIFY(file.setPermissions(QFileDevice::Permissions()));
        }
    });
    QCOMPARE(run.run(sim.request(firmware)), UpdateOutcome::Failed);
    QCOMPARE(run.errorCode(), ErrorCode::FileChanged);
    QVERIFY2(run.errorMessage().contains(expected), qPrintable(run.errorMessage()));
    QVERIFY2(run.errorMessage().contains(QLatin1String("keeps its current firmware")), qPrintable(run.errorMessage()));
    // The device never held a whole image, so it installs nothing and keeps its firmware.
    QVERIFY(!uploadComplete(sim));
    QCOMPARE(sim.device().firmwareVersion(), QStringLiteral("3.6.0-b.105"));
    QVERIFY(!run.phases.contains(UpdatePhase::DeviceStages));
    if (change == QLatin1String("chmod"))
        QFile(firmware).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestConnectionFaults::changeAfterTheLastByteWasSentKeepsTheSentImage()
{
    // Every byte was read (and checked) before the file changed: the device holds exactly the original image, so the
    // update must neither fail nor claim that the device "keeps its current firmware" while it installs the image.
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);
    const QByteArray original = sha256OfFile(firmware);
    const TestCertificate certificate = TestCertificate::make("IP:127.0.0.1", -1, 365);
    TlsFront front(certificate, sim.device().port());
    UpdateRequest request = sim.request(firmware);
    request.address = localAddress(front.port());
    request.trust = TlsTrust::pinned(certificate.fingerprint()).value();
    request.waitForDevice = false;

    QByteArray sent;
    bool changed = false;
    connect(&front, &TlsFront::clientSent, this, [&](const QByteArray &bytes) {
        sent += bytes;
        // The multipart body's closing boundary: the client has read the whole chunk. The simulator has not yet.
        if (changed || !sent.contains("/update/apply") || !sent.endsWith("--\r\n"))
            return;
        QFile file(firmware);
        changed = file.open(QIODevice::ReadWrite) && file.write(QByteArray(1000, 'X')) == 1000;
    });
    UpdateRun run;
    QCOMPARE(run.run(request), UpdateOutcome::StillUpdating);
    QVERIFY(changed);
    QVERIFY(uploadComplete(sim));
    QCOMPARE(
        sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("sha256")).toString().toLatin1(),
        original);
    QVERIFY(sha256OfFile(firmware) != original);
}

QTEST_GUILESS_MAIN(TestConnectionFaults)
#include "tst_connectionfaults.moc"
