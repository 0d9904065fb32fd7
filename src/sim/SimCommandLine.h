#pragma once

#include "SimConfig.h"

#include <QStringList>

#include <optional>

namespace groov::sim {

// groov-device-sim's command line: the options of a run, and the make-firmware subcommand.
class SimCommandLine
{
public:
    struct Run
    {
        SimConfig config;
        int devices = 1;
    };
    struct MakeFirmware
    {
        QString family;
        QString version;
        qint64 size = 0;
        QString output;
    };

    // arguments as QCoreApplication::arguments(). Prints help or version and exits on --help / --version.
    [[nodiscard]] static std::optional<Run> parseRun(const QStringList &arguments, QString *error);
    // arguments start with "make-firmware".
    [[nodiscard]] static std::optional<MakeFirmware> parseMakeFirmware(const QStringList &arguments, QString *error);
};

} // namespace groov::sim
