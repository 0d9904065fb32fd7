#pragma once

#include "FleetDeviceRun.h"
#include "FleetPlan.h"
#include "ProfileStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace groov {

class SecretStore;

// Turns a plan's devices into what a fleet run needs, before any request: each device's address (its own, or its
// profile's), its trust (its pin, the plan's CA file, its profile's, or the system's) and its API key (from an
// environment variable, a key file or the keychain). The first problem ends it, naming the device and what to do.
class FleetTargetResolver : public QObject
{
    Q_OBJECT

public:
    FleetTargetResolver(const FleetPlan &plan, const ProfileStore &profiles, SecretStore *keychain,
                        QObject *parent = nullptr);

    // Asynchronous (the keychain may ask the user); resolved() or failed() follows once.
    void start();
    // Risks worth saying before the run: a key file other users can read.
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void resolved(const QList<groov::FleetTarget> &targets);
    void failed(const groov::Error &error);

private:
    void resolveNext();
    void fail(const QString &message);
    [[nodiscard]] Status addressAndTrust(const FleetDevice &device, FleetTarget &target) const;
    void takeKey(FleetTarget target, const QString &key);

    FleetPlan m_plan;
    ProfileStore m_profiles;
    QPointer<SecretStore> m_keychain;
    QList<FleetTarget> m_targets;
    QStringList m_warnings;
    bool m_over = false;
};

} // namespace groov
