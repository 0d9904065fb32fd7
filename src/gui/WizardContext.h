#pragma once

#include "DeviceCheck.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "UpdateRequest.h"

#include <QObject>

namespace groov::gui {

// What the wizard's pages have gathered so far, and the stores they save to. Pages read and write it; only the
// last page turns it into an UpdateRequest.
class WizardContext : public QObject
{
    Q_OBJECT
public:
    WizardContext(ProfileStore profiles, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore &profiles() { return m_profiles; }
    SecretStore &secrets() { return *m_secrets; }

    QString profileName; // empty: a device without a profile
    QString address;
    QString apiKey;
    TlsTrust trust;
    bool preserveSettings = true;
    DeviceCheck deviceCheck; // the last check that passed
    QString firmwarePath;
    QByteArray firmwareSha256;
    bool factoryResetConfirmed = false;
    UpdateTimings timings; // the engine's defaults; tests compress them

    UpdateRequest makeRequest() const;
    // Following the update a run of this wizard started: the same device, key, trust and settings choice, no
    // firmware. versionBefore: what the device reported before that update, so a new version counts as evidence.
    UpdateRequest makeFollowRequest(const QString &versionBefore) const;

private:
    ProfileStore m_profiles;
    SecretStore *m_secrets;
};

} // namespace groov::gui
