// groov-update: updates one groov EPIC or groov RIO device from the command line (docs/cli.md).
#include "CliOptions.h"
#include "ExitCode.h"
#include "HumanReporter.h"
#include "JsonEventWriter.h"
#include "KeychainSecretStore.h"
#include "ProcessListGuard.h"
#include "ProfileStore.h"
#include "SignalWatcher.h"
#include "UpdateController.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>
#include <variant>

using namespace groov;
using namespace groov::cli;

namespace {

// The engine's own log lines are what the reporters print; Qt's logging would repeat them.
void configureLogging(CliOptions::Verbosity verbosity)
{
    if (verbosity == CliOptions::Verbosity::Verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("groov.*.debug=true\ngroov.update.info=false"));
    else
        QLoggingCategory::setFilterRules(
            QStringLiteral("groov.*.debug=false\ngroov.*.info=false\ngroov.*.warning=false"));
}

int refuse(const Error &error, bool json)
{
    std::fprintf(stderr, "groov-update: %s\n", qPrintable(error.message));
    if (json)
        JsonEventWriter().writeResult(exitCodeFor(error.code), error.message, QJsonValue(QJsonValue::Null));
    return exitCodeFor(error.code);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groov-update"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROOV_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    hideApiKeyInProcessList(argc, argv);
    const bool json = arguments.contains(QLatin1String("--json"));
    auto parsed = CliOptions::parse(arguments, qEnvironmentVariable("GROOV_API_KEY"), ProfileStore());
    if (const auto *exit = std::get_if<CliOptions::Exit>(&parsed)) {
        std::fputs(qPrintable(exit->text), stdout);
        return exit->code;
    }
    if (const auto *error = std::get_if<Error>(&parsed))
        return refuse(*error, json);
    CliOptions options = std::get<CliOptions>(std::move(parsed));
    configureLogging(options.verbosity);

    UpdateController controller;
    // With --json, standard output carries the events; standard error keeps only warnings, errors and the summary.
    HumanReporter human(controller, options.json ? CliOptions::Verbosity::Quiet : options.verbosity);
    std::unique_ptr<JsonEventWriter> events;
    if (options.json) {
        events = std::make_unique<JsonEventWriter>();
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
        human.warning(QCoreApplication::translate("main", "Cancelling: %1").arg(controller.cancelConsequence()));
        controller.cancel();
    });
    QObject::connect(&controller, &UpdateController::finished, &app, [&]() {
        const UpdateReport &report = controller.report();
        const int code = exitCodeFor(report);
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
            return refuse(valid.error(), options.json);
        controller.start(options.request);
        return QCoreApplication::exec();
    }
    // The profile's key is in the keychain; GROOV_API_KEY is the fallback when it is not there.
    KeychainSecretStore keychain;
    keychain.readApiKey(options.keychainProfile, [&](const SecretStore::Answer &answer) {
        UpdateRequest request = options.request;
        if (answer.outcome == SecretStore::Outcome::Ok) {
            request.apiKey = answer.secret;
        } else if (request.apiKey.isEmpty()) {
            const Error error = invalidInput(
                QCoreApplication::translate("main", "No API key for profile \"%1\": %2 Set GROOV_API_KEY or use "
                                                    "--api-key-file.")
                    .arg(options.keychainProfile, answer.message.isEmpty()
                                                      ? QCoreApplication::translate("main", "the keychain holds none.")
                                                      : answer.message));
            QCoreApplication::exit(refuse(error, options.json));
            return;
        }
        if (const Status valid = request.validate(); !valid)
            QCoreApplication::exit(refuse(valid.error(), options.json));
        else
            controller.start(request);
    });
    return QCoreApplication::exec();
}
