#pragma once

#include <QLoggingCategory>

// One category per area. Never log the API key or request headers.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcUpdate)
Q_DECLARE_LOGGING_CATEGORY(lcFirmware)
