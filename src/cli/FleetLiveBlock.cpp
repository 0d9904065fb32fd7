#include "FleetLiveBlock.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace groov::cli {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(FleetLiveBlock)
};

bool isAtWork(FleetDeviceState state)
{
    return state == FleetDeviceState::Checking || state == FleetDeviceState::BeforeHook ||
           state == FleetDeviceState::Updating || state == FleetDeviceState::AfterHook;
}

// How many devices are in a state, for the last line: a whole text for each state (never a state's name put into
// lower case by code).
QString stateCount(FleetDeviceState state, int count)
{
    switch (state) {
    case FleetDeviceState::Waiting:
        return Words::tr("%n waiting", "devices in this state", count);
    case FleetDeviceState::Checking:
        return Words::tr("%n checking", "devices in this state", count);
    case FleetDeviceState::BeforeHook:
        return Words::tr("%n before hook", "devices in this state", count);
    case FleetDeviceState::Updating:
        return Words::tr("%n updating", "devices in this state", count);
    case FleetDeviceState::AfterHook:
        return Words::tr("%n after hook", "devices in this state", count);
    case FleetDeviceState::Skipped:
        return Words::tr("%n skipped", "devices in this state", count);
    case FleetDeviceState::Succeeded:
        return Words::tr("%n succeeded", "devices in this state", count);
    case FleetDeviceState::Failed:
        return Words::tr("%n failed", "devices in this state", count);
    case FleetDeviceState::NotStarted:
        return Words::tr("%n not started", "devices in this state", count);
    case FleetDeviceState::Cancelled:
        break;
    }
    return Words::tr("%n cancelled", "devices in this state", count);
}

int nameWidthOf(const QStringList &names)
{
    int width = 0;
    for (const QString &name : names)
        width = std::max(width, int(name.size()));
    return width;
}

} // namespace

QString fleetDeviceLine(const QString &name, const FleetDeviceStatus &status, int nameWidth)
{
    QString text =
        name.leftJustified(nameWidth) + QStringLiteral("  ") + fleetDeviceStateName(status.state).leftJustified(12);
    if (status.state == FleetDeviceState::Updating) {
        text += fleetDeviceStepText(status) + QStringLiteral("  ") +
                Words::tr("(%1% of its update)").arg(int(status.timeline.overallFraction() * 100));
    } else if (status.state == FleetDeviceState::Waiting && !status.model.isEmpty()) {
        text += Words::tr("%1, version %2").arg(status.model, status.versionBefore);
    } else if (status.state == FleetDeviceState::Succeeded) {
        text += Words::tr("%1 -> %2").arg(status.versionBefore, status.versionAfter);
    } else if (fleetDeviceStateIsOver(status.state)) {
        text += status.message;
    }
    return text;
}

QStringList fleetLiveBlock(const QStringList &names, const QList<FleetDeviceStatus> &statuses, int rows, int columns)
{
    rows = rows > 0 ? rows : 24;
    columns = columns > 0 ? columns : 80;
    // The last row stays free for the cursor, and one more for a log line printed above the block.
    const int room = std::max(2, rows - 2);
    const int width = std::max(1, columns - 1);
    const int nameWidth = std::min(nameWidthOf(names), width / 3);
    const auto lineOf = [&](int index) {
        return fleetDeviceLine(names.at(index).left(nameWidth), statuses.at(index), nameWidth).left(width);
    };

    QStringList lines;
    if (statuses.size() <= room) {
        for (int i = 0; i < statuses.size(); ++i)
            lines.append(lineOf(i));
        return lines;
    }
    std::map<FleetDeviceState, int> others;
    for (int i = 0; i < statuses.size(); ++i) {
        if (isAtWork(statuses.at(i).state) && lines.size() < room - 1)
            lines.append(lineOf(i));
        else
            ++others[statuses.at(i).state];
    }
    QStringList counts;
    for (const auto &[state, count] : others)
        counts.append(stateCount(state, count));
    const int shown = int(lines.size());
    lines.append(Words::tr("... and %n more: %1", nullptr, int(statuses.size()) - shown)
                     .arg(counts.join(QStringLiteral(", ")))
                     .left(width));
    return lines;
}

} // namespace groov::cli
