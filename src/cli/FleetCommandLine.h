#pragma once

#include "CliOptions.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <variant>

namespace groov::cli {

// What `groov-update --plan` was asked (docs/fleet.md): the plan and the choices a plan does not make.
struct FleetCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommandLine)

public:
    QString planPath;
    bool json = false;
    bool dryRun = false;
    bool force = false;
    bool allowDowngrade = false;
    bool factoryResetConfirmed = false;
    CliOptions::Verbosity verbosity = CliOptions::Verbosity::Normal;
    QString reportPath; // the JSON report; the CSV goes beside it. Empty: in the history folder, named by the time.

    // Whether the arguments ask for a fleet run at all.
    static bool asksForPlan(const QStringList &arguments);
    [[nodiscard]] static std::variant<FleetCommandLine, CliOptions::Exit, Error> parse(const QStringList &arguments);
};

} // namespace groov::cli
