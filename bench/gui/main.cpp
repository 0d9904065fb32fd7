// groov-bench-gui: how the desktop application's own pages behave while a large image is hashed and uploaded: the
// event loop's longest stall (EventLoopProbe) and the memory the upload adds (bench/README.md, bench/gui.sh).
#include "EventLoopProbe.h"
#include "FirmwarePage.h"
#include "ProgressPage.h"
#include "SecretStore.h"
#include "UpdateController.h"
#include "WizardContext.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace groov;
using namespace groov::gui;

namespace {

// The resident set now, in kB, from /proc (Linux: where the benchmarks run).
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Runs the event loop until `signal` of `sender` fires.
template<typename Sender, typename Signal>
void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

int fail(const char *message)
{
    std::fprintf(stderr, "groov-bench-gui: %s\n", message);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return fail("usage: groov-bench-gui FIRMWARE https://127.0.0.1:PORT (the key in GROOV_API_KEY)");
    const QString firmware = arguments.at(1);
    const QUrl device(arguments.at(2));
    // Certificates are not checked below: only a device this benchmark's script started on this machine.
    if (!QHostAddress(device.host()).isLoopback())
        return fail("the device must be on a loopback address");

    QTemporaryDir dir;
    MemorySecretStore secrets;
    WizardContext context(ProfileStore(dir.filePath(QStringLiteral("profiles.ini"))), &secrets);
    EventLoopProbe probe;

    // 1. The Firmware page hashes the image in the background.
    FirmwarePage firmwarePage(context);
    firmwarePage.show();
    probe.start();
    QElapsedTimer clock;
    clock.start();
    firmwarePage.chooseFile(firmware);
    if (firmwarePage.isHashing())
        waitFor(&firmwarePage, &FirmwarePage::hashed);
    std::printf("hashing: %.2f s, longest event-loop stall %lld ms\n", clock.elapsed() / 1000.0,
                static_cast<long long>(probe.longestStallMs()));
    firmwarePage.hide();

    // 2. The Progress page follows the upload (--no-wait: the device's stages are not the GUI's work).
    UpdateController controller;
    ProgressPage progressPage;
    progressPage.attach(&controller);
    progressPage.show();
    QCoreApplication::processEvents();
    const qint64 idleKb = residentKb();
    qint64 peakKb = idleKb;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&peakKb] { peakKb = std::max(peakKb, residentKb()); });
    sampler.start(50);
    UpdateRequest request;
    request.address = device.toString();
    request.apiKey = qEnvironmentVariable("GROOV_API_KEY");
    request.firmwarePath = firmware;
    request.trust = TlsTrust::insecure();
    request.waitForDevice = false;
    probe.start();
    clock.restart();
    controller.start(request);
    waitFor(&controller, &UpdateController::finished);
    sampler.stop();
    std::printf("upload: %.2f s, %s, longest event-loop stall %lld ms\n", clock.elapsed() / 1000.0,
                qPrintable(outcomeName(controller.report().outcome)), static_cast<long long>(probe.longestStallMs()));
    std::printf("memory: idle %lld kB, peak during the upload %lld kB (+%lld kB)\n", static_cast<long long>(idleKb),
                static_cast<long long>(peakKb), static_cast<long long>(peakKb - idleKb));
    return controller.report().outcome == UpdateOutcome::StillUpdating ? 0 : 1;
}
