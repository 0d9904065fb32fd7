#pragma once

#include "UpdateRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace groov::bench {

// One way a device can come back from its restarts, as the simulator plays it (docs/reliability.md, "Restart
// models"), and the outcome the engine must reach.
struct RestartModel
{
    QString name;
    QStringList faults; // simulator fault specs
    double speed = 200.0;
    bool preserveSettings = true;
    bool stallPolls = false; // a stalled request may hang until the restart cuts it
    UpdateOutcome expected = UpdateOutcome::Succeeded;

    static QList<RestartModel> all();
};

} // namespace groov::bench
