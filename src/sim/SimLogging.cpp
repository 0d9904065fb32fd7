#include "SimLogging.h"

namespace groov::sim {

Q_LOGGING_CATEGORY(lcSim, "groov.sim")

} // namespace groov::sim
