#pragma once

#include "Result.h"
#include "UpdateReport.h"

namespace groov {

// The exit codes of groov-update, derived from the outcome and, for failures, the error (docs/cli.md). Scripts and
// fleet tools depend on them.
enum ExitCode : int {
    Success = 0, // succeeded, not verified, needs commissioning, still updating on its own (--no-wait)
    DeviceFailure = 1,
    BadInput = 2,
    Unauthorized = 3,
    CertificateUntrusted = 4,
    Unreachable = 5,
    TimedOut = 6,
    OutputLost = 7, // the run would have exited 0, but writing its output failed (a full disk, a closed pipe)
    Cancelled = 130,
};

ExitCode exitCodeFor(ErrorCode error);
ExitCode exitCodeFor(UpdateOutcome outcome, const std::optional<Error> &error);
ExitCode exitCodeFor(const UpdateReport &report);

} // namespace groov
