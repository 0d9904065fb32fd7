// groov-update: updates one groov EPIC or groov RIO device from the command line (docs/cli.md).
#include "CliOptions.h"
#include "ConsoleOutput.h"
#include "CryptoLibrary.h"
#include "EventLoopChoice.h"
#include "ExitCode.h"
#include "FleetCommand.h"
#include "FleetCommandLine.h"
#include "HumanReporter.h"
#include "JsonEventWriter.h"
#include "KeychainSecretStore.h"
#include "LanguageChoice.h"
#include "ProcessListGuard.h"
#include "ProfileStore.h"
#include "SignalWatcher.h"
#include "Translations.h"
#include "UpdateController.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <csignal>
#include <memory>
#include <variant>

using namespace groov;
using namespace groov::cli;

namespace {

// The translation context of this file's texts (for lupdate and the lookup alike).
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandText)
};

Q_LOGGING_CATEGORY(lcCli, "groov.cli")

int refuse(ConsoleOutput &console, const Error &error, bool json)
{
    console.print(ConsoleOutput::Channel::Error, QStringLiteral("groov-update: %1\n").arg(error.message));
    const int code = exitCodeFor(error.code);
    if (json)
        JsonEventWriter(console).writeResult(code, error.message, QJsonValue(QJsonValue::Null));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    CryptoLibrary::keepStateUntilExit();
    // A reader that went away (`groov-update --json ... | head -1`) must not kill the run in the middle of an update:
    // the failed write is noticed and reported by ConsoleOutput instead.
    std::signal(SIGPIPE, SIG_IGN);
    // Before the application, so that it outlives every message Qt prints.
    ConsoleOutput console;
    cli::preferPlainEventLoop(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groov-update"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROOV_VERSION));
    console.captureQtMessages();

    const QStringList arguments = QCoreApplication::arguments();
    hideApiKeyInProcessList(argc, argv);
    Translations translations;
    LanguageChoice::install(translations, arguments);
    // A message that repeats a typed path or address shows its line breaks and escapes as text.
    for (const QString &argument : arguments)
        console.showEscaped(argument);
    if (FleetCommandLine::asksForPlan(arguments))
        return FleetCommand::run(arguments, console);
    const bool json = arguments.contains(QLatin1String("--json"));
    auto parsed = CliOptions::parse(arguments, qEnvironmentVariable("GROOV_API_KEY"), ProfileStore());
    if (const auto *exit = std::get_if<CliOptions::Exit>(&parsed)) {
        console.print(ConsoleOutput::Channel::Output, exit->text);
        return console.exitCode(exit->code);
    }
    if (const auto *error = std::get_if<Error>(&parsed))
        return refuse(console, *error, json);
    CliOptions options = std::get<CliOptions>(std::move(parsed));
    console.setApiKey(options.request.apiKey);
    CliOptions::configureLogging(options.verbosity);
    // Which loop preferPlainEventLoop() left this run with; --verbose shows it.
    qCDebug(lcCli) << "event loop:" << QCoreApplication::eventDispatcher()->metaObject()->className();

    UpdateController controller;
    // With --json, standard output carries the events; standard error keeps only warnings, errors and the summary.
    HumanReporter human(controller, options.json ? CliOptions::Verbosity::Quiet : options.verbosity, console);
    std::unique_ptr<JsonEventWriter> events;
    if (options.json) {
        events = std::make_unique<JsonEventWriter>(console);
        events->follow(controller);
    }

    for (const QString &warning : std::as_const(options.warnings)) {
        human.warning(warning);
        if (events)
            events->writeLog(QStringLiteral("warning"), warning);
    }

    SignalWatcher termination;
    QObject::connect(&termination, &SignalWatcher::terminationRequested, &controller, [&controller, &human](int) {
        if (!controller.isRunning())
            return;
        human.warning(CommandText::tr("Cancelling: %1").arg(controller.cancelConsequence()));
        controller.cancel();
    });
    QObject::connect(&controller, &UpdateController::finished, &app, [&]() {
        const UpdateReport &report = controller.report();
        const int code = console.exitCode(exitCodeFor(report));
        // Like the desktop application: the profile remembers the outcome (and a factory reset's stale trust).
        if (!options.profileName.isEmpty()) {
            if (const Status recorded = ProfileStore().recordOutcome(options.profileName, report); !recorded)
                human.warning(recorded.error().message);
        }
        if (events)
            events->writeResult(code, report.finalMessage, report.toJson());
        QCoreApplication::exit(code);
    });

    // Bad input is refused in one line, like a usage error, before the engine starts or anything is sent.
    if (options.keychainProfile.isEmpty()) {
        if (const Status valid = options.request.validate(); !valid)
            return refuse(console, valid.error(), options.json);
        controller.start(options.request);
        return console.exitCode(QCoreApplication::exec());
    }
    // The profile's key is in the keychain; GROOV_API_KEY is the fallback when it is not there.
    KeychainSecretStore keychain;
    keychain.readApiKey(options.keychainProfile, [&](const SecretStore::Answer &answer) {
        UpdateRequest request = options.request;
        if (answer.outcome == SecretStore::Outcome::Ok) {
            request.apiKey = answer.secret;
            console.setApiKey(request.apiKey);
        } else if (request.apiKey.isEmpty()) {
            // The keychain's message, when it gives one, is its own whole sentence.
            const Error error = invalidInput(
                answer.message.isEmpty()
                    ? CommandText::tr("No API key for profile \"%1\": the keychain holds none. Set GROOV_API_KEY or "
                                      "use --api-key-file.")
                          .arg(options.keychainProfile)
                    : CommandText::tr("No API key for profile \"%1\": %2 Set GROOV_API_KEY or use --api-key-file.")
                          .arg(options.keychainProfile, answer.message));
            QCoreApplication::exit(refuse(console, error, options.json));
            return;
        }
        if (const Status valid = request.validate(); !valid)
            QCoreApplication::exit(refuse(console, valid.error(), options.json));
        else
            controller.start(request);
    });
    return console.exitCode(QCoreApplication::exec());
}
