#pragma once

#include "FleetPlan.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace groov {

// A device list kept in a spreadsheet and saved as CSV (RFC 4180: quoted cells, doubled quotes, commas and line
// breaks inside quotes; a UTF-8 BOM, CRLF or LF). The first line names the columns (letter case ignored): name and
// address, and optionally profile, fingerprint, model, apiKeyEnv, apiKeyFile, meaning what a plan's device fields
// mean (docs/fleet.md). Each row is checked as a plan's device is (FleetPlan::parseDevices); every message names the
// line and column, such as: CSV line 4, column "address": ...
class FleetDeviceCsv
{
    Q_DECLARE_TR_FUNCTIONS(FleetDeviceCsv)

public:
    // Reads a device list as a plan is read (FleetPlan::readPrivateFile): at most FleetPlan::MaxFileBytes, refused
    // when another user of this computer could change it; relative key files are taken from its folder.
    [[nodiscard]] static Result<QList<FleetDevice>> load(const QString &path);
    // Parses a device list; relative key file paths are taken from baseFolder. At most FleetPlan::MaxFileBytes and
    // FleetPlan::MaxDevices devices; blank lines (and rows of empty cells) are skipped.
    [[nodiscard]] static Result<QList<FleetDevice>> parse(const QByteArray &csv, const QString &baseFolder);
    // The columns a device list may have, spelt as the docs spell them.
    [[nodiscard]] static QStringList columns();
};

} // namespace groov
