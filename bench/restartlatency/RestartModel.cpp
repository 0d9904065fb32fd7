#include "RestartModel.h"

namespace groov::bench {

QList<RestartModel> RestartModel::all()
{
    QList<RestartModel> models;
    models.append({QStringLiteral("documented"), {}, 200.0, true, false, UpdateOutcome::Succeeded});
    models.append({QStringLiteral("restore visible"),
                   {QStringLiteral("restore-visible")},
                   200.0,
                   true,
                   false,
                   UpdateOutcome::Succeeded});
    // The whole outage inside one poll interval: told by the new version.
    models.append({QStringLiteral("missed restart"),
                   {QStringLiteral("restart-down=0")},
                   1000.0,
                   true,
                   false,
                   UpdateOutcome::Succeeded});
    models.append({QStringLiteral("stalled poll"),
                   {QStringLiteral("stall=status")},
                   200.0,
                   true,
                   true,
                   UpdateOutcome::Succeeded});
    models.append({QStringLiteral("factory reset"), {}, 200.0, false, false, UpdateOutcome::NeedsCommissioning});
    return models;
}

} // namespace groov::bench
