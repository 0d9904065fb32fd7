#include "WizardContext.h"

#include "DeviceAddress.h"

namespace groov::gui {

WizardContext::WizardContext(ProfileStore profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_profiles(std::move(profiles)), m_secrets(secrets)
{}

QString WizardContext::deviceKey(const QString &address)
{
    const auto parsed = DeviceAddress::parse(address);
    return parsed ? parsed->displayName() : address.trimmed();
}

TlsTrust WizardContext::trustFor(const QString &deviceAddress) const
{
    return m_trust.value(deviceKey(deviceAddress), TlsTrust::system());
}

void WizardContext::setTrust(const QString &deviceAddress, const TlsTrust &deviceTrust)
{
    m_trust.insert(deviceKey(deviceAddress), deviceTrust);
}

void WizardContext::setCheck(const DeviceCheck &check)
{
    deviceCheck = check;
    checkedDevice = deviceKey(address);
    checkedAt = clock();
    Q_EMIT checkChanged();
}

void WizardContext::clearCheck()
{
    const bool hadCheck = !checkedDevice.isEmpty();
    deviceCheck = DeviceCheck();
    checkedDevice.clear();
    checkedAt = QDateTime();
    if (hadCheck)
        Q_EMIT checkChanged();
}

bool WizardContext::hasCheckOf(const QString &deviceAddress) const
{
    return !checkedDevice.isEmpty() && checkedDevice == deviceKey(deviceAddress);
}

bool WizardContext::hasFreshCheck() const
{
    if (!hasCheckOf(address) || !checkedAt.isValid())
        return false;
    const qint64 age = checkedAt.secsTo(clock());
    return age >= 0 && age < CheckFreshForSecs;
}

UpdateRequest WizardContext::makeRequest() const
{
    UpdateRequest request;
    request.address = address;
    request.apiKey = apiKey;
    request.firmwarePath = firmwarePath;
    request.trust = trust();
    request.preserveSettings = preserveSettings;
    request.factoryResetConfirmed = factoryResetConfirmed;
    request.timings = timings;
    return request;
}

UpdateRequest WizardContext::makeFollowRequest(const QString &versionBefore) const
{
    UpdateRequest request = makeRequest();
    request.mode = RunMode::Follow;
    request.versionBefore = versionBefore;
    request.firmwarePath.clear(); // following sends nothing
    return request;
}

} // namespace groov::gui
