#include "FleetCommand.h"

#include "ExitCode.h"
#include "FleetCommandLine.h"
#include "FleetPlan.h"
#include "FleetReport.h"
#include "FleetReporters.h"
#include "FleetRun.h"
#include "FleetTargetResolver.h"
#include "JsonEventWriter.h"
#include "KeychainSecretStore.h"
#include "SignalWatcher.h"
#include "UpdateHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <memory>
#include <variant>

namespace groov::cli {

namespace {

int exitCodeFor(FleetOutcome outcome)
{
    switch (outcome) {
    case FleetOutcome::Succeeded:
        return ExitCode::Success;
    case FleetOutcome::Failed:
    case FleetOutcome::None:
        return ExitCode::DeviceFailure;
    case FleetOutcome::Refused:
        return ExitCode::BadInput;
    case FleetOutcome::Cancelled:
        return ExitCode::Cancelled;
    }
    return ExitCode::DeviceFailure;
}

int refuse(ConsoleOutput &console, const QString &message, bool json)
{
    console.print(ConsoleOutput::Channel::Error, QStringLiteral("groov-update: %1\n").arg(message));
    if (json)
        JsonEventWriter(console).writeResult(ExitCode::BadInput, message, QJsonValue(QJsonValue::Null));
    return ExitCode::BadInput;
}

// The JSON report where it was asked for, or in the history folder, named by the time; the CSV beside it.
QString reportPathFor(const QString &asked, const QDateTime &startedAt)
{
    if (!asked.isEmpty())
        return QFileInfo(asked).absoluteFilePath();
    const QString folder = QFileInfo(UpdateHistory::defaultPath()).absolutePath() + QStringLiteral("/fleet-runs");
    QDir().mkpath(folder);
    // Milliseconds too: a dry run and the run after it may start within one second.
    return folder + startedAt.toString(QStringLiteral("'/fleet-'yyyyMMdd'T'HHmmss.zzz'Z.json'"));
}

} // namespace

int FleetCommand::run(const QStringList &arguments, ConsoleOutput &console)
{
    const bool json = arguments.contains(QLatin1String("--json"));
    auto parsed = FleetCommandLine::parse(arguments);
    if (const auto *exit = std::get_if<CliOptions::Exit>(&parsed)) {
        console.print(ConsoleOutput::Channel::Output, exit->text);
        return console.exitCode(exit->code);
    }
    if (const auto *error = std::get_if<Error>(&parsed))
        return refuse(console, error->message, json);
    const FleetCommandLine options = std::get<FleetCommandLine>(parsed);
    CliOptions::configureLogging(options.verbosity);

    auto plan = FleetPlan::load(options.planPath);
    if (!plan)
        return refuse(console, plan.error().message, options.json);
    if (!plan->preserveSettings && !options.factoryResetConfirmed)
        return refuse(console,
                      tr("The plan turns \"preserveSettings\" off: every device in it would be reset to its factory "
                         "settings and lose its configuration. Add --confirm-factory-reset if that is what you want."),
                      options.json);

    // Keys are looked up only for a plan that names a keychain entry.
    std::unique_ptr<KeychainSecretStore> keychain;
    for (const FleetDevice &device : plan->devices) {
        if (device.key.kind == FleetKeySource::Kind::Profile)
            keychain = std::make_unique<KeychainSecretStore>();
    }
    FleetTargetResolver resolver(*plan, ProfileStore(), keychain.get());
    std::unique_ptr<FleetRun> run;
    std::unique_ptr<FleetHumanReporter> human;
    std::unique_ptr<FleetJsonWriter> events;
    SignalWatcher termination;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    int exitCode = ExitCode::DeviceFailure;

    QObject::connect(&resolver, &FleetTargetResolver::failed, [&](const Error &error) {
        exitCode = refuse(console, error.message, options.json);
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&resolver, &FleetTargetResolver::resolved, [&](const QList<FleetTarget> &targets) {
        for (const FleetTarget &target : targets)
            console.addApiKey(target.apiKey);
        FleetRunOptions runOptions;
        runOptions.dryRun = options.dryRun;
        runOptions.force = options.force;
        runOptions.allowDowngrade = options.allowDowngrade;
        runOptions.factoryResetConfirmed = options.factoryResetConfirmed;
        run = std::make_unique<FleetRun>(*plan, targets, runOptions);
        human = std::make_unique<FleetHumanReporter>(
            *run, options.json ? CliOptions::Verbosity::Quiet : options.verbosity, console);
        if (options.json)
            events = std::make_unique<FleetJsonWriter>(*run, console);
        for (const QString &warning : resolver.warnings()) {
            human->warning(warning);
            if (events)
                events->writeLog(QStringLiteral("warning"), warning);
        }
        QObject::connect(&termination, &SignalWatcher::terminationRequested, run.get(), [&](int) { run->interrupt(); });
        // Like one device's run: a device's profile remembers how its update ended (and a factory reset's stale trust).
        QObject::connect(run.get(), &FleetRun::deviceFinished, [&](int index) {
            const FleetDeviceStatus &status = run->status(index);
            const QString profile = run->target(index).device.profile;
            if (profile.isEmpty() || !status.report || status.report->dryRun)
                return;
            if (const Status recorded = ProfileStore().recordOutcome(profile, *status.report); !recorded)
                human->warning(recorded.error().message);
        });
        QObject::connect(run.get(), &FleetRun::finished, [&](FleetOutcome outcome) {
            const FleetReport report(*run, QFileInfo(options.planPath).absoluteFilePath(), startedAt);
            const QJsonObject reportJson = report.toJson();
            QStringList written;
            const QString jsonPath = reportPathFor(options.reportPath, startedAt);
            const QString csvPath = FleetReport::csvPathFor(jsonPath);
            for (const auto &[path, contents] :
                 {std::pair{jsonPath, QJsonDocument(reportJson).toJson()}, std::pair{csvPath, report.toCsv()}}) {
                if (const Status saved = FleetReport::writeFile(path, contents); saved)
                    written.append(path);
                else
                    human->warning(saved.error().message);
            }
            if (const Status recorded = UpdateHistory::append(report.historyLines()); !recorded)
                human->warning(recorded.error().message);
            exitCode = console.exitCode(exitCodeFor(outcome));
            human->summary(written);
            if (events)
                events->writeResult(exitCode, run->finalMessage(), reportJson);
            QCoreApplication::exit(exitCode);
        });
        run->start();
    });
    resolver.start();
    QCoreApplication::exec();
    return console.exitCode(exitCode);
}

} // namespace groov::cli
