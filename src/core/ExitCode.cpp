#include "ExitCode.h"

namespace groov {

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
    case ErrorCode::SettingsLost:
        return DeviceFailure;
    case ErrorCode::TimedOut:
        return TimedOut;
    case ErrorCode::Cancelled:
        return Cancelled;
    }
    return DeviceFailure;
}

ExitCode exitCodeFor(UpdateOutcome outcome, const std::optional<Error> &error)
{
    if (outcomeIsSuccess(outcome))
        return Success;
    switch (outcome) {
    case UpdateOutcome::Cancelled:
        return Cancelled;
    case UpdateOutcome::TimedOut:
        return TimedOut;
    default:
        break;
    }
    return error ? exitCodeFor(error->code) : DeviceFailure;
}

ExitCode exitCodeFor(const UpdateReport &report)
{
    return exitCodeFor(report.outcome, report.error);
}

} // namespace groov
