#pragma once

#include <QLoggingCategory>

namespace groov::sim {

// The simulator's own category, so its chatter can be silenced apart from the client's. Never log the API key.
Q_DECLARE_LOGGING_CATEGORY(lcSim)

} // namespace groov::sim
