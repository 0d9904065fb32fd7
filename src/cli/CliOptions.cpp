#include "CliOptions.h"

#include "ApiKeySource.h"
#include "DeviceText.h"
#include "LanguageChoice.h"
#include "ToolVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cmath>

namespace groov::cli {

namespace {

QString helpEpilog()
{
    return CliOptions::tr(
        "The API key comes from --api-key-file, --api-key, or the environment variable GROOV_API_KEY.\n"
        "Without --fingerprint, --cacert or --insecure only certificates this computer trusts are accepted;\n"
        "an untrusted device certificate is shown with the exact --fingerprint option to re-run with.\n"
        "\n"
        "--follow watches an update already under way (after --no-wait, a lost contact or an interrupted run)\n"
        "to its end: it sends no firmware and erases nothing.\n"
        "\n"
        "Exit codes:\n"
        "  0    success: updated; not verified (a warning); back factory-fresh after\n"
        "       --no-preserve-settings; or handed over to the device (--no-wait)\n"
        "  1    the device reported a failure (a failed stage, a refused request, settings lost)\n"
        "  2    usage or bad input; nothing was sent\n"
        "  3    unauthorized: check the API key (it must belong to an administrator)\n"
        "  4    the device's certificate is not trusted or has changed; the key was not sent\n"
        "  5    the device is unreachable or the network failed\n"
        "  6    timed out waiting for the device\n"
        "  7    the update succeeded, but output could not be written (a full disk, a closed pipe)\n"
        "  130  cancelled (SIGINT, SIGTERM or SIGHUP)\n");
}

// A value typed on the command line, fit to repeat in a message (a line break shows as "\x0A").
QString shown(const QString &typed)
{
    constexpr qsizetype MaxShown = 64;
    return printableDeviceText(typed, MaxShown);
}

enum class Unit { Minutes, Seconds };

// Reads a positive number of units; fractions are fine ("0.5").
Result<double> positiveNumber(const QString &text, const QString &option, Unit unit, double maximum)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && std::isfinite(value) && value > 0 && value <= maximum)
        return value;
    const QString most = QString::number(maximum);
    return invalidInput(unit == Unit::Minutes
                            ? CliOptions::tr("%1 needs a number of minutes greater than 0 and at most %2, not \"%3\".")
                                  .arg(option, most, shown(text))
                            : CliOptions::tr("%1 needs a number of seconds greater than 0 and at most %2, not \"%3\".")
                                  .arg(option, most, shown(text)));
}

// Polling more often only loads a device that is busy updating itself; each poll has its own 5 s timeout anyway.
// The test suite lowers the floor (GROOV_UPDATE_TEST_POLL_FLOOR_MS): its simulator compresses the device's minutes
// into fractions of a second.
int pollFloorMs()
{
    constexpr int FloorMs = 1'000;
    bool set = false;
    const int testFloor = qEnvironmentVariableIntValue("GROOV_UPDATE_TEST_POLL_FLOOR_MS", &set);
    return set && testFloor >= 1 && testFloor < FloorMs ? testFloor : FloorMs;
}

// Options that take one value: a second one would silently win over the first, so two are a mistake to point out.
Status checkGivenOnce(const QCommandLineParser &parser, const QList<const QCommandLineOption *> &options,
                      const QCommandLineOption &secret)
{
    for (const QCommandLineOption *option : options) {
        const QStringList values = parser.values(*option);
        if (values.size() < 2)
            continue;
        const QString name = QStringLiteral("--") + option->names().constFirst();
        const int times = int(values.size());
        if (option == &secret) // never repeated in a message
            return invalidInput(
                times == 2 ? CliOptions::tr("%1 was given twice. Give it once.").arg(name)
                           : CliOptions::tr("%1 was given %n time(s). Give it once.", nullptr, times).arg(name));
        QStringList quoted;
        for (const QString &value : values)
            quoted << QLatin1Char('"') + shown(value) + QLatin1Char('"');
        const QString list = quoted.join(QStringLiteral(", "));
        return invalidInput(
            times == 2
                ? CliOptions::tr("%1 was given twice: %2. Give it once, with the value you mean.").arg(name, list)
                : CliOptions::tr("%1 was given %n time(s): %2. Give it once, with the value you mean.", nullptr, times)
                      .arg(name, list));
    }
    return Done{};
}

} // namespace

std::variant<CliOptions, CliOptions::Exit, Error>
CliOptions::parse(const QStringList &arguments, const QString &environmentKey, const ProfileStore &profiles)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Updates the firmware of an Opto 22 groov EPIC or groov RIO device."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption device(QStringLiteral("device"), tr("The device's address."), tr("ADDRESS"));
    const QCommandLineOption firmware(QStringLiteral("firmware"), tr("The firmware image."), tr("FILE"));
    const QCommandLineOption keyFile(QStringLiteral("api-key-file"),
                                     tr("Read the API key from FILE (first line). A pipe only as /dev/fd/N, as from "
                                        "<(secret-tool lookup ...); a named FIFO is refused."),
                                     tr("FILE"));
    const QCommandLineOption keyArgument(QStringLiteral("api-key"),
                                         tr("The API key (warns: other users can see a command line)."), tr("KEY"));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
                                         tr("Trust the certificate with this SHA-256 fingerprint."), tr("SHA256"));
    const QCommandLineOption caCert(QStringLiteral("cacert"), tr("Trust certificates signed by this PEM file."),
                                    tr("FILE"));
    const QCommandLineOption insecure(QStringLiteral("insecure"), tr("Skip certificate checks (warns every run)."));
    const QCommandLineOption noPreserve(QStringLiteral("no-preserve-settings"),
                                        tr("Factory-reset the device's settings (needs --confirm-factory-reset)."));
    const QCommandLineOption confirmReset(QStringLiteral("confirm-factory-reset"),
                                          tr("Confirm --no-preserve-settings."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Pre-flight only: upload nothing."));
    const QCommandLineOption noWait(QStringLiteral("no-wait"),
                                    tr("Stop once the device has accepted the whole image."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Deadline for the device's stages and restarts (default 45)."), tr("MINUTES"),
                                     QStringLiteral("45"));
    const QCommandLineOption pollInterval(QStringLiteral("poll-interval"), tr("Status poll interval (default 2)."),
                                          tr("SECONDS"), QStringLiteral("2"));
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    tr("Watch an update already under way to its end; send no firmware."));
    const QCommandLineOption versionBefore(
        QStringLiteral("version-before"),
        tr("With --follow: the version the device reported before the update, so a new one counts as proof."),
        tr("VERSION"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable events on stdout, one per line."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Take address, trust and key from a profile saved by groov-update-gui."),
                                     tr("NAME"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Print only errors and the result."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Print more detail."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption language = LanguageChoice::option();
    parser.addOptions({device,       firmware, keyFile, keyArgument, fingerprint,   caCert,  insecure,     noPreserve,
                       confirmReset, dryRun,   noWait,  follow,      versionBefore, timeout, pollInterval, json,
                       profile,      quiet,    verbose, language,    help,          version});

    if (!parser.parse(arguments))
        return invalidInput(tr("%1 (see --help)").arg(parser.errorText()));
    if (parser.isSet(help))
        return Exit{0, parser.helpText() + QLatin1Char('\n') + helpEpilog()};
    if (parser.isSet(version))
        return Exit{0, toolNameAndVersion() + QLatin1Char('\n')};
    if (!parser.positionalArguments().isEmpty())
        return invalidInput(
            tr("Unexpected argument \"%1\" (see --help).").arg(shown(parser.positionalArguments().first())));
    if (const Status once = checkGivenOnce(parser,
                                           {&device, &firmware, &keyFile, &keyArgument, &fingerprint, &caCert, &timeout,
                                            &pollInterval, &versionBefore, &profile},
                                           keyArgument);
        !once)
        return once.error();
    if (const Status languageChecked = LanguageChoice::check(parser, language); !languageChecked)
        return languageChecked.error();

    CliOptions options;
    options.json = parser.isSet(json);
    if (parser.isSet(quiet) && parser.isSet(verbose))
        return invalidInput(tr("Give either --quiet or --verbose, not both."));
    options.verbosity = parser.isSet(quiet)     ? Verbosity::Quiet
                        : parser.isSet(verbose) ? Verbosity::Verbose
                                                : Verbosity::Normal;

    // A profile supplies the address and the trust; options given on the command line win over it.
    std::optional<DeviceProfile> saved;
    if (parser.isSet(profile)) {
        auto loaded = profiles.load(parser.value(profile));
        if (!loaded)
            return loaded.error();
        saved = loaded.value();
        options.profileName = saved->name;
    }

    UpdateRequest &request = options.request;
    if (saved) {
        auto fromProfile = saved->toRequest();
        if (!fromProfile)
            return fromProfile.error();
        // Address and trust come from the profile unless the options below say otherwise; whether the settings are
        // erased always comes from the command line, so a profile never factory-resets a device on its own.
        request = fromProfile.value();
    }
    if (!parser.isSet(device) && !saved)
        return invalidInput(tr("No device given: add --device ADDRESS (for example --device 10.0.0.5)."));
    const bool following = parser.isSet(follow);
    if (following) {
        for (const QCommandLineOption *option : {&firmware, &dryRun, &noWait}) {
            if (parser.isSet(*option))
                return invalidInput(tr("--%1 does not go with --follow, which only watches an update already under "
                                       "way.")
                                        .arg(option->names().constFirst()));
        }
        if (parser.isSet(confirmReset))
            return invalidInput(tr("--confirm-factory-reset is not needed with --follow, which erases nothing; "
                                   "--no-preserve-settings alone says the device is expected back factory-fresh."));
        request.mode = RunMode::Follow;
    } else if (!parser.isSet(firmware)) {
        return invalidInput(tr("No firmware given: add --firmware FILE (the image from Opto 22 for this device), or "
                               "--follow to watch an update already under way."));
    }
    if (parser.isSet(versionBefore)) {
        if (!following)
            return invalidInput(tr("--version-before only goes with --follow."));
        request.versionBefore = parser.value(versionBefore);
    }
    if (parser.isSet(device))
        request.address = parser.value(device);
    request.firmwarePath = parser.value(firmware);

    const int trustOptions = int(parser.isSet(fingerprint)) + int(parser.isSet(caCert)) + int(parser.isSet(insecure));
    if (trustOptions > 1)
        return invalidInput(tr("Give only one of --fingerprint, --cacert and --insecure."));
    if (parser.isSet(fingerprint)) {
        auto pinned = TlsTrust::pinned(parser.value(fingerprint));
        if (!pinned)
            return pinned.error();
        request.trust = pinned.value();
    } else if (parser.isSet(caCert)) {
        auto fromFile = TlsTrust::fromCaFile(parser.value(caCert));
        if (!fromFile)
            return fromFile.error();
        request.trust = fromFile.value();
    } else if (parser.isSet(insecure)) {
        request.trust = TlsTrust::insecure();
    }

    if (parser.isSet(keyFile) && parser.isSet(keyArgument))
        return invalidInput(tr("Give only one of --api-key-file and --api-key."));
    if (parser.isSet(keyFile)) {
        auto key = ApiKeySource::fromFile(parser.value(keyFile));
        if (!key)
            return key.error();
        request.apiKey = key.value();
        if (const QString warning = ApiKeySource::exposureOf(parser.value(keyFile)); !warning.isEmpty())
            options.warnings << warning;
    } else if (parser.isSet(keyArgument)) {
        request.apiKey = parser.value(keyArgument);
        options.warnings << tr("--api-key puts the key on the command line, where other users of this computer can "
                               "see it. Prefer GROOV_API_KEY or --api-key-file.");
    } else if (saved) {
        options.keychainProfile = saved->name;
        request.apiKey = environmentKey.trimmed();
    } else {
        auto key = ApiKeySource::fromEnvironment(environmentKey);
        if (!key)
            return key.error();
        request.apiKey = key.value();
    }

    request.preserveSettings = !parser.isSet(noPreserve);
    request.factoryResetConfirmed = parser.isSet(confirmReset);
    if (parser.isSet(noPreserve) && !parser.isSet(confirmReset) && !following)
        return invalidInput(
            tr("--no-preserve-settings erases the device's accounts, network settings and certificates; "
               "the device must then be commissioned again. Add --confirm-factory-reset if that is "
               "what you want."));
    if (parser.isSet(confirmReset) && !parser.isSet(noPreserve))
        return invalidInput(tr("--confirm-factory-reset only goes with --no-preserve-settings."));
    request.dryRun = parser.isSet(dryRun);
    request.waitForDevice = !parser.isSet(noWait);

    const auto minutes = positiveNumber(parser.value(timeout), QStringLiteral("--timeout"), Unit::Minutes, 24 * 60);
    if (!minutes)
        return minutes.error();
    request.timings.deadlineMs = int(std::lround(minutes.value() * 60'000));
    if (request.timings.deadlineMs < 1'000)
        return invalidInput(tr("--timeout is in minutes: \"%1\" is less than a second, and the device's stages and "
                               "restarts take minutes. Leave it out for the default of 45 minutes.")
                                .arg(shown(parser.value(timeout))));
    const auto interval =
        positiveNumber(parser.value(pollInterval), QStringLiteral("--poll-interval"), Unit::Seconds, 600);
    if (!interval)
        return interval.error();
    request.timings.pollIntervalMs = int(std::lround(interval.value() * 1'000));
    if (const int floorMs = pollFloorMs(); request.timings.pollIntervalMs < floorMs) {
        const QString typed = shown(parser.value(pollInterval));
        // The floor is a whole second, except under the test suite's lower one.
        if (floorMs % 1'000 == 0)
            return invalidInput(tr("--poll-interval must be at least %n second(s), not \"%1\": asking more often only "
                                   "loads the device while it updates. Leave it out for the default of 2 seconds.",
                                   nullptr, floorMs / 1'000)
                                    .arg(typed));
        return invalidInput(tr("--poll-interval must be at least %1 seconds, not \"%2\": asking more often only loads "
                               "the device while it updates. Leave it out for the default of 2 seconds.")
                                .arg(QString::number(floorMs / 1000.0), typed));
    }
    return options;
}

void CliOptions::configureLogging(Verbosity verbosity)
{
    if (verbosity == Verbosity::Verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("groov.*.debug=true\ngroov.update.info=false"));
    else
        QLoggingCategory::setFilterRules(
            QStringLiteral("groov.*.debug=false\ngroov.*.info=false\ngroov.*.warning=false"));
}

} // namespace groov::cli
