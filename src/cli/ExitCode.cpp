#include "ExitCode.h"

namespace groov::cli {

ExitCode exitCodeFor(ErrorCode error)
{
    switch (error) {
    case ErrorCode::InvalidInput:
    case ErrorCode::FileChanged:
        return BadInput;
    case ErrorCode::Unauthorized:
        return Unauthorized;
    case ErrorCode::CertificateUntrusted:
        return CertificateUntrusted;
    case ErrorCode::Network:
        return Unreachable;
    case ErrorCode::DeviceRejected:
    case ErrorCode::StageFailed:
        return DeviceFailure;
    case ErrorCode::TimedOut:
        return TimedOut;
    case ErrorCode::Cancelled:
        return Cancelled;
    }
    return DeviceFailure;
}

ExitCode exitCodeFor(const UpdateReport &report)
{
    switch (report.outcome) {
    case UpdateOutcome::Succeeded:
        return Success;
    case UpdateOutcome::Cancelled:
        return Cancelled;
    case UpdateOutcome::TimedOut:
        return TimedOut;
    case UpdateOutcome::Failed:
    case UpdateOutcome::None:
        break;
    }
    return report.error ? exitCodeFor(report.error->code) : DeviceFailure;
}

} // namespace groov::cli
