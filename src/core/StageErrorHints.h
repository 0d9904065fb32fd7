#pragma once

#include "UpdateStatus.h"

#include <QString>

namespace groov {

// "backupSettings" -> "Back up settings"; unknown names are split at camelCase, "_" and "-", then capitalised.
QString stageDisplayName(const QString &stageName);

// Plain-language help for a failed stage: what it probably means and what to do next.
QString stageErrorHint(const DeviceStage &stage);

} // namespace groov
