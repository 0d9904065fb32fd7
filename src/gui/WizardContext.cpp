#include "WizardContext.h"

namespace groov::gui {

WizardContext::WizardContext(ProfileStore profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_profiles(std::move(profiles)), m_secrets(secrets)
{}

UpdateRequest WizardContext::makeRequest() const
{
    UpdateRequest request;
    request.address = address;
    request.apiKey = apiKey;
    request.firmwarePath = firmwarePath;
    request.trust = trust;
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
