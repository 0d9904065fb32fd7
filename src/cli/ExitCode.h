#pragma once

#include "Result.h"
#include "UpdateReport.h"

namespace groov::cli {

// The command's exit codes: scripts depend on them (docs/cli.md).
enum ExitCode : int {
    Success = 0,
    DeviceFailure = 1,
    BadInput = 2,
    Unauthorized = 3,
    CertificateUntrusted = 4,
    Unreachable = 5,
    TimedOut = 6,
    Cancelled = 130,
};

ExitCode exitCodeFor(ErrorCode error);
ExitCode exitCodeFor(const UpdateReport &report);

} // namespace groov::cli
