#pragma once

#include "ConsoleOutput.h"

#include <QCoreApplication>
#include <QStringList>

namespace groov::cli {

// `groov-update --plan FILE`: reads and checks the plan, resolves every device's address, trust and key, runs the
// fleet (FleetRun), and writes the reports and the history. Returns the exit code (docs/fleet.md).
class FleetCommand
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)

public:
    static int run(const QStringList &arguments, ConsoleOutput &console);
};

} // namespace groov::cli
