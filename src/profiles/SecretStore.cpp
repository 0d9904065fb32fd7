#include "SecretStore.h"

#include <QTimer>

namespace groov {

// Answers come from the event loop, as a real keychain's would, so callers cannot come to rely on them being
// synchronous.
void MemorySecretStore::readApiKey(const QString &profile, Callback done)
{
    const auto found = m_keys.constFind(profile);
    const Answer answer = found == m_keys.cend() ? Answer{Outcome::NotFound, {}, {}} : Answer{Outcome::Ok, *found, {}};
    QTimer::singleShot(0, this, [done, answer] { done(answer); });
}

void MemorySecretStore::writeApiKey(const QString &profile, const QString &apiKey, Callback done)
{
    m_keys.insert(profile, apiKey);
    QTimer::singleShot(0, this, [done] { done(Answer{Outcome::Ok, {}, {}}); });
}

void MemorySecretStore::deleteApiKey(const QString &profile, Callback done)
{
    const bool removed = m_keys.remove(profile) > 0;
    QTimer::singleShot(0, this, [done, removed] { done(Answer{removed ? Outcome::Ok : Outcome::NotFound, {}, {}}); });
}

} // namespace groov
