#include "UpdateRequest.h"

#include "DeviceAddress.h"
#include "FirmwareImage.h"

#include <QCoreApplication>

#include <algorithm>

namespace groov {

namespace {
constexpr int MaxApiKeyLength = 1024;
constexpr int MaxVersionLength = 64;
} // namespace

Status UpdateTimings::validate() const
{
    if (pollIntervalMs <= 0 || pollIntervalMs > 10 * 60 * 1'000)
        return invalidInput(UpdateRequest::tr("The poll interval must be between 1 millisecond and 10 minutes."));
    if (deadlineMs <= 0 || deadlineMs > 24 * 60 * 60 * 1'000)
        return invalidInput(UpdateRequest::tr("The timeout must be more than 0 and at most 24 hours (1440 minutes)."));
    if (maxAttemptsPerChunk < 1 || retryBaseDelayMs < 0 || retryMaxDelayMs < retryBaseDelayMs)
        return invalidInput(UpdateRequest::tr("The retry settings are inconsistent."));
    if (api.requestMs <= 0 || api.pollMs <= 0 || api.uploadInactivityMs <= 0)
        return invalidInput(UpdateRequest::tr("Network timeouts must be more than 0."));
    if (statusFailuresTolerated < 0 || restoreWindowMs < 0 || restartWindowMs < 0)
        return invalidInput(UpdateRequest::tr("The waiting limits for the device's restarts must not be negative."));
    return Done{};
}

Status UpdateRequest::validateApiKey(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return invalidInput(tr("No API key given. Create one in groov Manage for an administrator account (Accounts, "
                               "API key) and pass it in the environment variable GROOV_API_KEY or in a key file."));
    if (apiKey.trimmed().isEmpty())
        return invalidInput(tr("The API key is only white space. Copy the key again from groov Manage."));
    if (apiKey.size() > MaxApiKeyLength)
        return invalidInput(tr("The API key is %1 characters long; at most %2 are accepted and groov Manage keys "
                               "are far shorter. Check that the key file or variable holds only the key.")
                                .arg(apiKey.size())
                                .arg(MaxApiKeyLength));
    for (const QChar c : apiKey) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return invalidInput(tr("The API key contains a space, line break, control or non-ASCII character; a "
                                   "groov Manage key has only printable ASCII characters. Copy the key again, "
                                   "without anything around it."));
    }
    return Done{};
}

Status UpdateRequest::validate() const
{
    if (const auto parsed = DeviceAddress::parse(address); !parsed)
        return parsed.error();
    if (const Status key = validateApiKey(apiKey); !key)
        return key;
    if (const Status checked = timings.validate(); !checked)
        return checked;
    if (mode == RunMode::Follow) {
        if (versionBefore.size() > MaxVersionLength ||
            std::any_of(versionBefore.cbegin(), versionBefore.cend(),
                        [](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; }))
            return invalidInput(tr("The version before the update must be at most %1 printable ASCII characters, as "
                                   "the update's report shows it (for example 3.6.0-b.105).")
                                    .arg(MaxVersionLength));
        return Done{};
    }
    if (!preserveSettings && !factoryResetConfirmed)
        return invalidInput(tr("Not preserving settings erases the device (accounts, network settings, certificates) "
                               "and needs an explicit factory-reset confirmation. Nothing was sent."));
    if (const auto image = FirmwareImage::inspect(firmwarePath); !image)
        return image.error();
    return Done{};
}

} // namespace groov
