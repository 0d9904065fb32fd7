#include "SimCommandLine.h"

#include "SimFirmwareHeader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace groov::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("groov::sim::SimCommandLine", text);
}

std::optional<qint64> decimal(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max || text.trimmed() != text || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return value;
}

// Every refusal of the command line: the message for the caller, nothing parsed.
std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<SimCommandLine::Run> SimCommandLine::parseRun(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A simulated groov EPIC / groov RIO for groov-update: a real HTTPS server that behaves like groov Manage "
           "during a firmware update, in seconds instead of minutes.\n\n"
           "Also: groov-device-sim make-firmware --family epic|rio --version V --size BYTES OUT"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption model(QStringLiteral("model"), tr("Part number, e.g. GRV-EPIC-PR2 or GRV-R7-MM1001-10."),
                                   tr("PART"), QStringLiteral("GRV-EPIC-PR2"));
    const QCommandLineOption firmware(QStringLiteral("firmware-version"), tr("The firmware version it starts with."),
                                      tr("VERSION"), QStringLiteral("3.6.0-b.105"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), tr("The administrator's API key (default: random)."),
                                    tr("KEY"));
    const QCommandLineOption bind(QStringLiteral("bind"), tr("Address to listen on."), tr("ADDRESS"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), tr("HTTPS port; 0 picks a free one."), tr("N"),
                                  QStringLiteral("8443"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Divides the device's real timings; 30 makes an update take about 30 s."),
                                   tr("FACTOR"), QStringLiteral("30"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
                                      tr("Keeps the TLS certificate here, so its fingerprint survives restarts."),
                                      tr("DIR"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Injects a fault (repeatable): %1.").arg(SimFault::syntax()), tr("SPEC"));
    const QCommandLineOption devices(QStringLiteral("devices"),
                                     tr("Runs N independent devices on consecutive ports from --port (with --port 0, "
                                        "each on its own free port)."),
                                     tr("N"), QStringLiteral("1"));
    const QCommandLineOption chunkSize(QStringLiteral("chunk-size"),
                                       tr("Chunk size the device insists on (default 25000000, as groov Manage)."),
                                       tr("BYTES"), QStringLiteral("25000000"));
    parser.addOptions({model, firmware, apiKey, bind, port, speed, stateDir, fault, devices, chunkSize});

    if (!parser.parse(arguments))
        return fail(error, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(error, tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    Run run;
    run.config.model = parser.value(model).trimmed();
    run.config.firmwareVersion = parser.value(firmware).trimmed();
    run.config.apiKey = parser.value(apiKey);
    run.config.stateDir = parser.value(stateDir);
    if (run.config.model.isEmpty() || run.config.firmwareVersion.isEmpty())
        return fail(error, tr("--model and --firmware-version must not be empty."));
    if (!run.config.bind.setAddress(parser.value(bind)))
        return fail(error, tr("--bind: \"%1\" is not an IP address.").arg(parser.value(bind)));
    const auto portValue = decimal(parser.value(port), 0, 65535);
    if (!portValue)
        return fail(error, tr("--port must be a number from 0 to 65535."));
    run.config.port = quint16(*portValue);
    bool speedOk = false;
    run.config.speed = parser.value(speed).toDouble(&speedOk);
    if (!speedOk || !std::isfinite(run.config.speed) || run.config.speed <= 0)
        return fail(error, tr("--speed must be a number above 0."));
    const auto deviceCount = decimal(parser.value(devices), 1, 64);
    if (!deviceCount)
        return fail(error, tr("--devices must be a number from 1 to 64."));
    run.devices = int(*deviceCount);
    if (run.config.port != 0 && run.config.port + run.devices - 1 > 65535)
        return fail(error, tr("--port plus --devices runs past port 65535."));
    const auto chunkSizeValue = decimal(parser.value(chunkSize), 1, 1'000'000'000);
    if (!chunkSizeValue)
        return fail(error, tr("--chunk-size must be a number of bytes from 1 to 1000000000."));
    run.config.chunkSize = *chunkSizeValue;
    for (const QString &spec : parser.values(fault)) {
        QString faultError;
        const auto parsed = SimFault::parse(spec, &faultError);
        if (!parsed)
            return fail(error, QStringLiteral("--fault: ") + faultError);
        run.config.faults.append(*parsed);
    }
    return run;
}

std::optional<SimCommandLine::MakeFirmware> SimCommandLine::parseMakeFirmware(const QStringList &arguments,
                                                                              QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a simulator firmware image (for groov-device-sim only; real devices "
                                        "reject it)."));
    parser.addHelpOption();
    const QCommandLineOption family(QStringLiteral("family"), tr("epic or rio."), tr("FAMILY"));
    const QCommandLineOption version(QStringLiteral("version"), tr("The version the image installs."), tr("VERSION"));
    const QCommandLineOption size(QStringLiteral("size"), tr("The file's size in bytes."), tr("BYTES"));
    parser.addOptions({family, version, size});
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The image file to write."));

    // The parser wants a program name first; "make-firmware" plays that part.
    if (!parser.parse(arguments))
        return fail(error, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.isSet(family) || !parser.isSet(version) || !parser.isSet(size))
        return fail(error, tr("make-firmware needs --family, --version and --size."));
    if (parser.positionalArguments().size() != 1)
        return fail(error, tr("make-firmware needs exactly one output file."));
    MakeFirmware result;
    result.family = parser.value(family);
    result.version = parser.value(version);
    result.output = parser.positionalArguments().first();
    const auto sizeValue = decimal(parser.value(size), SimFirmwareHeader::kSize, qint64(1) << 40);
    if (!sizeValue)
        return fail(
            error,
            tr("--size must be a number of bytes, at least %1 (the image header).").arg(SimFirmwareHeader::kSize));
    result.size = *sizeValue;
    if (result.family != QLatin1String("epic") && result.family != QLatin1String("rio"))
        return fail(error, tr("--family must be epic or rio."));
    return result;
}

} // namespace groov::sim
