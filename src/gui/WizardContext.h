#pragma once

#include "DeviceCheck.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "UpdateRequest.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

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
    bool preserveSettings = true;
    DeviceCheck deviceCheck; // the last check that passed, of checkedDevice at checkedAt (see setCheck)
    QString checkedDevice;   // deviceKey() of the address checked; empty: no check
    QDateTime checkedAt;     // by clock()
    QString firmwarePath;
    QByteArray firmwareSha256;
    bool factoryResetConfirmed = false;
    UpdateTimings timings; // the engine's defaults; tests compress them
    // The time a check's age is measured by; tests move one of their own.
    std::function<QDateTime()> clock = [] {
        return QDateTime::currentDateTimeUtc();
    };

    // A check older than this is asked again before the update starts.
    static constexpr qint64 CheckFreshForSecs = 5 * 60;

    // One device however its address was typed ("127.0.0.1:8443", "https://127.0.0.1:8443/").
    static QString deviceKey(const QString &address);
    // Trust belongs to one device (a profile's, or one trusted once in this session) and is never carried to
    // another: a device nothing was decided for gets the system's trust, so its certificate is a first contact.
    TlsTrust trustFor(const QString &deviceAddress) const;
    TlsTrust trust() const { return trustFor(address); }
    void setTrust(const QString &deviceAddress, const TlsTrust &deviceTrust);

    // Keeps a check that passed for the current address, with its time.
    void setCheck(const DeviceCheck &check);
    void clearCheck();
    // A passed check of the device at deviceAddress, of any age.
    bool hasCheckOf(const QString &deviceAddress) const;
    // A check of the current address, younger than CheckFreshForSecs.
    bool hasFreshCheck() const;

    UpdateRequest makeRequest() const;
    // Following the update a run of this wizard started: the same device, key, trust and settings choice, no
    // firmware. versionBefore: what the device reported before that update, so a new version counts as evidence.
    UpdateRequest makeFollowRequest(const QString &versionBefore) const;

Q_SIGNALS:
    // setCheck() or clearCheck() changed the check, whichever page called it.
    void checkChanged();

private:
    ProfileStore m_profiles;
    SecretStore *m_secrets;
    QHash<QString, TlsTrust> m_trust; // by deviceKey()
};

} // namespace groov::gui
