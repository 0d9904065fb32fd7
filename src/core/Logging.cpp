#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "groov.api")
Q_LOGGING_CATEGORY(lcUpdate, "groov.update")
Q_LOGGING_CATEGORY(lcFirmware, "groov.firmware")
