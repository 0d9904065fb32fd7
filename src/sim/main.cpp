// groov-device-sim: runs simulated groov devices, or writes a simulator firmware image (make-firmware).

#include "SignalWatcher.h"
#include "SimCommandLine.h"
#include "SimFirmware.h"
#include "SimLogging.h"
#include "SimulatedDevice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>
#include <vector>

using namespace groov::sim;

namespace {

constexpr int kBadUsage = 2;

void printError(const QString &message)
{
    std::fprintf(stderr, "groov-device-sim: %s\n", qPrintable(message));
}

int makeFirmware(const QStringList &arguments)
{
    QString error;
    const auto options = SimCommandLine::parseMakeFirmware(arguments, &error);
    if (!options) {
        printError(error);
        return kBadUsage;
    }
    if (!SimFirmware::write(options->output, options->family, options->version, options->size, &error)) {
        printError(error);
        return 1;
    }
    return 0;
}

// One line per device on stdout, for scripts and tests; it carries the API key because that is its purpose (the
// logs on stderr never do).
void announce(const SimulatedDevice &device)
{
    const QJsonObject line{{QStringLiteral("baseUrl"), device.baseUrl().toString()},
                           {QStringLiteral("port"), device.port()},
                           {QStringLiteral("fingerprint"), QString::fromLatin1(device.fingerprintSha256())},
                           {QStringLiteral("apiKey"), device.apiKey()},
                           {QStringLiteral("model"), device.model()},
                           {QStringLiteral("firmwareVersion"), device.firmwareVersion()}};
    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groov-device-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROOV_VERSION));
    qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{category}: %{message}"));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("make-firmware"))
        return makeFirmware(arguments.mid(1));

    QString error;
    const auto run = SimCommandLine::parseRun(arguments, &error);
    if (!run) {
        printError(error);
        return kBadUsage;
    }

    groov::SignalWatcher watcher;
    QObject::connect(&watcher, &groov::SignalWatcher::terminationRequested, &app, [](int signalNumber) {
        qCInfo(lcSim) << "signal" << signalNumber << "- shutting down";
        QCoreApplication::quit();
    });

    std::vector<std::unique_ptr<SimulatedDevice>> devices;
    for (int i = 0; i < run->devices; ++i) {
        SimConfig config = run->config;
        if (config.port != 0)
            config.port = quint16(config.port + i);
        auto device = std::make_unique<SimulatedDevice>(config);
        if (!device->start(&error)) {
            printError(error);
            return 1;
        }
        announce(*device);
        devices.push_back(std::move(device));
    }
    const int result = QCoreApplication::exec();
    devices.clear();
    return result;
}
