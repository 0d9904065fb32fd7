#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace groov {

// Where API keys of saved profiles are kept. Asynchronous, because an OS keychain may ask the user first.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Ok,
        NotFound,
        Unavailable, // no keychain on this system: the key cannot be remembered (never a plain-text fallback)
        Failed,
    };
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString secret; // only for a successful read
        QString message;
    };
    using Callback = std::function<void(const Answer &)>;

    using QObject::QObject;

    virtual void readApiKey(const QString &profile, Callback done) = 0;
    virtual void writeApiKey(const QString &profile, const QString &apiKey, Callback done) = 0;
    virtual void deleteApiKey(const QString &profile, Callback done) = 0;
};

// Keeps keys in memory only: for tests, and for a session on a system without a keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void readApiKey(const QString &profile, Callback done) override;
    void writeApiKey(const QString &profile, const QString &apiKey, Callback done) override;
    void deleteApiKey(const QString &profile, Callback done) override;

    bool contains(const QString &profile) const { return m_keys.contains(profile); }

private:
    QHash<QString, QString> m_keys;
};

} // namespace groov
