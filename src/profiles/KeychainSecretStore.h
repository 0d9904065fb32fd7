#pragma once

#include "SecretStore.h"

namespace groov {

// API keys in the operating system's keychain (Secret Service, macOS Keychain, Windows Credential Manager) through
// QtKeychain. Where no keychain exists, every call answers Unavailable; nothing is ever written to a plain file.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void readApiKey(const QString &profile, Callback done) override;
    void writeApiKey(const QString &profile, const QString &apiKey, Callback done) override;
    void deleteApiKey(const QString &profile, Callback done) override;

    static QString serviceName();
};

} // namespace groov
