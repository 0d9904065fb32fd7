#pragma once

namespace groov::cli {

// Other users of the computer can read every process's command line (ps, /proc/PID/cmdline). When the key came as
// --api-key KEY, this overwrites it in place with asterisks once the options have been read, so the process list
// shows "--api-key ********". Call it after QCoreApplication::arguments() has been taken.
void hideApiKeyInProcessList(int argc, char *argv[]);

} // namespace groov::cli
