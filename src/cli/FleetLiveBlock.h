#pragma once

#include "FleetDeviceRun.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace groov::cli {

// One device in one short line: name, state, current step, progress.
QString fleetDeviceLine(const QString &name, const FleetDeviceStatus &status, int nameWidth);

// The lines a terminal of rows x columns shows while a fleet runs, redrawn in place. A line per device while they all
// fit; otherwise the devices at work (checking, in a hook, updating) first, and a last line counting the others by
// state. No line is wider than the terminal: a wrapped line would throw off the cursor moves that erase the block.
// rows or columns of 0 mean unknown (then 24 x 80).
QStringList fleetLiveBlock(const QStringList &names, const QList<FleetDeviceStatus> &statuses, int rows, int columns);

} // namespace groov::cli
