#include "FleetTargetResolver.h"

#include "ApiKeySource.h"
#include "SecretStore.h"
#include "UpdateRequest.h"

#include <QTimer>

namespace groov {

FleetTargetResolver::FleetTargetResolver(const FleetPlan &plan, const ProfileStore &profiles, SecretStore *keychain,
                                         QObject *parent)
    : QObject(parent), m_plan(plan), m_profiles(profiles), m_keychain(keychain)
{}

void FleetTargetResolver::start()
{
    m_targets.clear();
    m_warnings.clear();
    m_over = false;
    // From the event loop: the caller connects first, and a failure of the first device is reported the same way.
    QTimer::singleShot(0, this, &FleetTargetResolver::resolveNext);
}

void FleetTargetResolver::fail(const QString &message)
{
    m_over = true;
    for (FleetTarget &target : m_targets)
        target.apiKey.clear();
    m_targets.clear();
    Q_EMIT failed(invalidInput(message));
}

Status FleetTargetResolver::addressAndTrust(const FleetDevice &device, FleetTarget &target) const
{
    std::optional<DeviceProfile> profile;
    if (!device.profile.isEmpty()) {
        auto loaded = m_profiles.load(device.profile);
        if (!loaded)
            return loaded.error();
        profile = loaded.value();
    }
    target.address = !device.address.isEmpty() ? device.address : profile ? profile->address : QString();
    // The most specific trust wins: the device's own pin, then the plan's CA file, then its profile's.
    if (!device.pin.isEmpty()) {
        auto pinned = TlsTrust::pinned(QString::fromLatin1(device.pin));
        if (!pinned)
            return pinned.error();
        target.trust = pinned.value();
    } else if (!m_plan.caCertificatePath.isEmpty()) {
        auto ca = TlsTrust::fromCaFile(m_plan.caCertificatePath);
        if (!ca)
            return ca.error();
        target.trust = ca.value();
    } else if (profile) {
        auto trust = profile->tlsTrust();
        if (!trust)
            return trust.error();
        target.trust = trust.value();
    } else {
        target.trust = TlsTrust::system();
    }
    return Done{};
}

void FleetTargetResolver::resolveNext()
{
    if (m_over)
        return;
    if (m_targets.size() == m_plan.devices.size()) {
        m_over = true;
        Q_EMIT resolved(m_targets);
        return;
    }
    const FleetDevice &device = m_plan.devices.at(m_targets.size());
    FleetTarget target;
    target.device = device;
    if (const Status found = addressAndTrust(device, target); !found) {
        fail(tr("Device %1: %2").arg(device.name, found.error().message));
        return;
    }

    switch (device.key.kind) {
    case FleetKeySource::Kind::Environment: {
        const QString key = qEnvironmentVariable(qPrintable(device.key.name));
        if (key.isEmpty()) {
            fail(tr("Device %1: the environment variable %2 that should hold its API key is not set. Set it, or "
                    "name another key source in the plan.")
                     .arg(device.name, device.key.name));
            return;
        }
        takeKey(target, key);
        return;
    }
    case FleetKeySource::Kind::File: {
        auto key = ApiKeySource::fromFile(device.key.name);
        if (!key) {
            fail(tr("Device %1: %2").arg(device.name, key.error().message));
            return;
        }
        if (const QString exposure = ApiKeySource::exposureOf(device.key.name);
            !exposure.isEmpty() && !m_warnings.contains(exposure))
            m_warnings.append(exposure);
        takeKey(target, key.value());
        return;
    }
    case FleetKeySource::Kind::Profile:
        if (!m_keychain) {
            fail(tr("Device %1: its key is in the keychain, which this computer does not offer.").arg(device.name));
            return;
        }
        m_keychain->readApiKey(device.profile, [this, target](const SecretStore::Answer &answer) {
            if (answer.outcome != SecretStore::Outcome::Ok) {
                // The keychain's message, when it gives one, is its own whole sentence.
                fail(answer.message.isEmpty()
                         ? tr("Device %1: no API key for profile \"%2\" in the keychain: it holds none. Save it from "
                              "groov-update-gui, or name another key source in the plan.")
                               .arg(target.device.name, target.device.profile)
                         : tr("Device %1: no API key for profile \"%2\" in the keychain: %3 Save it from "
                              "groov-update-gui, or name another key source in the plan.")
                               .arg(target.device.name, target.device.profile, answer.message));
                return;
            }
            takeKey(target, answer.secret);
        });
        return;
    }
}

void FleetTargetResolver::takeKey(FleetTarget target, const QString &key)
{
    if (m_over)
        return;
    if (const Status valid = UpdateRequest::validateApiKey(key); !valid) {
        fail(tr("Device %1: %2").arg(target.device.name, valid.error().message));
        return;
    }
    target.apiKey = key;
    m_targets.append(target);
    // Queued: a keychain that answers at once must not nest a thousand devices deep.
    QTimer::singleShot(0, this, &FleetTargetResolver::resolveNext);
}

} // namespace groov
