#include "UpdateRequest.h"

#include <QCoreApplication>

namespace groov {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UpdateRequest", text);
}

constexpr int MaxApiKeyLength = 1024;
} // namespace

Status UpdateTimings::validate() const
{
    if (pollIntervalMs <= 0 || pollIntervalMs > 10 * 60 * 1'000)
        return invalidInput(tr("The poll interval must be between 1 millisecond and 10 minutes."));
    if (deadlineMs <= 0 || deadlineMs > 24 * 60 * 60 * 1'000)
        return invalidInput(tr("The timeout must be more than 0 and at most 24 hours (1440 minutes)."));
    if (maxAttemptsPerChunk < 1 || retryBaseDelayMs < 0 || retryMaxDelayMs < retryBaseDelayMs)
        return invalidInput(tr("The retry settings are inconsistent."));
    if (api.requestMs <= 0 || api.uploadInactivityMs <= 0)
        return invalidInput(tr("Network timeouts must be more than 0."));
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
        return invalidInput(tr("The API key is %1 characters long; groov Manage keys are far shorter. Check that "
                               "the key file holds only the key.")
                                .arg(apiKey.size()));
    for (const QChar c : apiKey) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return invalidInput(tr("The API key contains a space, line break, control or non-ASCII character; a "
                                   "groov Manage key has none. Copy the key again, without anything around it."));
    }
    return Done{};
}

} // namespace groov
