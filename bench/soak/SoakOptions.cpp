#include "SoakOptions.h"

#include "SimFirmwareHeader.h"

#include <QCommandLineParser>

#include <optional>

namespace groov::bench {

namespace {

std::optional<qint64> integer(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

std::variant<SoakOptions, SoakOptions::Exit> SoakOptions::parse(const QStringList &arguments)
{
    SoakOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs complete firmware updates back to back against an in-process simulated device and checks that "
           "resident memory and open file descriptors stay flat."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption updates(QStringLiteral("updates"),
                                     tr("Number of updates (default %1).").arg(options.updates), QStringLiteral("N"));
    const QCommandLineOption imageSize(QStringLiteral("image-size"),
                                       tr("Firmware image size in bytes (default %1).").arg(options.imageSize),
                                       QStringLiteral("BYTES"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Simulator time compression (default %1).").arg(options.speed),
                                   QStringLiteral("FACTOR"));
    const QCommandLineOption warmup(
        QStringLiteral("warmup"),
        tr("Updates before the RSS baseline is taken (default %1).").arg(options.warmupUpdates), QStringLiteral("N"));
    const QCommandLineOption maxGrowth(
        QStringLiteral("max-rss-growth-kb"),
        tr("Fail if RSS grows more than this over the second half (default %1).").arg(options.maxRssGrowthKb),
        QStringLiteral("KB"));
    const QCommandLineOption timeout(
        QStringLiteral("update-timeout"),
        tr("Seconds one update may take (default %1).").arg(options.updateTimeoutMs / 1000), QStringLiteral("SECONDS"));
    const QCommandLineOption json(
        QStringLiteral("json"), tr("Print the summary as JSON on standard output (the table goes to standard error)."));
    parser.addOptions({help, updates, imageSize, speed, warmup, maxGrowth, timeout, json});

    const auto usage = [](const QString &message) {
        return Exit{2, message + QLatin1Char('\n') + tr("Try --help.") + QLatin1Char('\n')};
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help))
        return Exit{0, parser.helpText()};
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    if (parser.isSet(updates)) {
        const auto value = integer(parser.value(updates), 2, 100'000);
        if (!value)
            return usage(tr("--updates must be a number from 2 to 100000."));
        options.updates = int(*value);
    }
    if (parser.isSet(imageSize)) {
        const auto value = integer(parser.value(imageSize), sim::SimFirmwareHeader::kSize, 1'000'000'000);
        if (!value)
            return usage(
                tr("--image-size must be a number of bytes from %1 to 1000000000.").arg(sim::SimFirmwareHeader::kSize));
        options.imageSize = *value;
    }
    if (parser.isSet(speed)) {
        bool ok = false;
        options.speed = parser.value(speed).toDouble(&ok);
        if (!ok || options.speed < 1.0 || options.speed > 10'000.0)
            return usage(tr("--speed must be a number from 1 to 10000."));
    }
    if (parser.isSet(warmup)) {
        const auto value = integer(parser.value(warmup), 1, options.updates / 2);
        if (!value)
            return usage(tr("--warmup must be a number from 1 to half the updates."));
        options.warmupUpdates = int(*value);
    }
    options.warmupUpdates = qMin(options.warmupUpdates, options.updates / 2);
    if (parser.isSet(maxGrowth)) {
        const auto value = integer(parser.value(maxGrowth), 0, 100'000'000);
        if (!value)
            return usage(tr("--max-rss-growth-kb must be a number of kilobytes."));
        options.maxRssGrowthKb = *value;
    }
    if (parser.isSet(timeout)) {
        const auto value = integer(parser.value(timeout), 1, 3'600);
        if (!value)
            return usage(tr("--update-timeout must be a number of seconds from 1 to 3600."));
        options.updateTimeoutMs = int(*value * 1'000);
    }
    options.json = parser.isSet(json);
    return options;
}

} // namespace groov::bench
