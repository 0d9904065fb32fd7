#include "FleetCommandLine.h"

#include "LanguageChoice.h"

#include <QCommandLineParser>

namespace groov::cli {

bool FleetCommandLine::asksForPlan(const QStringList &arguments)
{
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
        return argument == QLatin1String("--plan") || argument.startsWith(QLatin1String("--plan="));
    });
}

std::variant<FleetCommandLine, CliOptions::Exit, Error> FleetCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Updates the groov devices of a fleet plan, in waves (docs/fleet.md)."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption plan(QStringLiteral("plan"), tr("The fleet plan (JSON)."), tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable events on stdout, one per line."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check every device; update none."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Update devices that already run the target."));
    const QCommandLineOption allowDowngrade(QStringLiteral("allow-downgrade"),
                                            tr("Update devices that run a newer version than the target."));
    const QCommandLineOption confirmReset(
        QStringLiteral("confirm-factory-reset"),
        tr("Confirm a plan with \"preserveSettings\": false (every device loses its settings)."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the JSON report here, and the CSV beside it (default: the history "
                                       "folder)."),
                                    tr("FILE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Print only errors and the result."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Print every device's log."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption language = LanguageChoice::option();
    parser.addOptions(
        {plan, json, dryRun, force, allowDowngrade, confirmReset, report, quiet, verbose, language, help});

    if (!parser.parse(arguments))
        return invalidInput(tr("%1 With --plan, the plan names the devices, the firmware and the trust (see "
                               "groov-update --plan FILE --help).")
                                .arg(parser.errorText()));
    if (parser.isSet(help))
        return CliOptions::Exit{0, parser.helpText()};
    if (!parser.positionalArguments().isEmpty())
        return invalidInput(tr("Unexpected argument \"%1\" (see --help).").arg(parser.positionalArguments().first()));
    for (const QCommandLineOption *once : {&plan, &report}) {
        if (parser.values(*once).size() > 1)
            return invalidInput(tr("--%1 is given more than once.").arg(once->names().first()));
    }
    if (parser.isSet(quiet) && parser.isSet(verbose))
        return invalidInput(tr("Give either --quiet or --verbose, not both."));
    if (const Status languageChecked = LanguageChoice::check(parser, language); !languageChecked)
        return languageChecked.error();

    FleetCommandLine options;
    options.planPath = parser.value(plan);
    options.json = parser.isSet(json);
    options.dryRun = parser.isSet(dryRun);
    options.force = parser.isSet(force);
    options.allowDowngrade = parser.isSet(allowDowngrade);
    options.factoryResetConfirmed = parser.isSet(confirmReset);
    options.reportPath = parser.value(report);
    options.verbosity = parser.isSet(quiet)     ? CliOptions::Verbosity::Quiet
                        : parser.isSet(verbose) ? CliOptions::Verbosity::Verbose
                                                : CliOptions::Verbosity::Normal;
    return options;
}

} // namespace groov::cli
