#pragma once

#include "UpdateStatus.h"

#include <QString>

namespace groov {

// Plain-language help for a failed stage: what it probably means and what to do next.
QString stageErrorHint(const DeviceStage &stage);

} // namespace groov
