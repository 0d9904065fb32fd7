#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace groov {

// Machine-readable reason for a failure; front ends map these to exit codes and help texts.
enum class ErrorCode {
    InvalidInput,         // bad address, key, file or option: nothing was sent
    Unauthorized,         // 401: wrong API key or not an administrator's
    CertificateUntrusted, // the device's certificate is not trusted (or changed): the key was not sent
    Network,              // unreachable, refused, reset, DNS, timeouts
    DeviceRejected,       // any other HTTP failure answer from the device
    StageFailed,          // the device reported a failed stage
    TimedOut,             // the device did not finish or come back in time
    Cancelled,            // the user cancelled
    FileChanged,          // the firmware file changed or became unreadable during the upload
    SettingsLost,         // the device came back uncommissioned although its settings were to be preserved
};

// A failure as a value: a message for people and a code for programs.
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
};

// Either a value or an Error. Small on purpose: this project does not need more.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that produce nothing but may fail.
struct Done
{};
using Status = Result<Done>;

inline Error invalidInput(QString message)
{
    return Error{ErrorCode::InvalidInput, std::move(message)};
}

} // namespace groov
