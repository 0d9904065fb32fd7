#include "DeviceProfile.h"

namespace groov {

Result<TlsTrust> DeviceProfile::tlsTrust() const
{
    switch (trust) {
    case Trust::System:
        return TlsTrust::system();
    case Trust::Pinned:
        return TlsTrust::pinned(pinnedFingerprint);
    case Trust::CaFile:
        return TlsTrust::fromCaFile(caFile);
    case Trust::Insecure:
        return TlsTrust::insecure();
    }
    return TlsTrust::system();
}

Result<UpdateRequest> DeviceProfile::toRequest() const
{
    auto trusted = tlsTrust();
    if (!trusted)
        return trusted.error();
    UpdateRequest request;
    request.address = address;
    request.trust = trusted.value();
    request.preserveSettings = preserveSettings;
    return request;
}

void DeviceProfile::setTrust(const TlsTrust &tlsTrust)
{
    const QString previousFingerprint = pinnedFingerprint;
    const Trust previousTrust = trust;
    pinnedFingerprint.clear();
    caFile.clear();
    switch (tlsTrust.mode()) {
    case TlsTrust::Mode::System:
        trust = Trust::System;
        break;
    case TlsTrust::Mode::PinnedFingerprint:
        trust = Trust::Pinned;
        pinnedFingerprint = QString::fromLatin1(tlsTrust.pinnedFingerprint());
        break;
    case TlsTrust::Mode::CaFile:
        trust = Trust::CaFile;
        caFile = tlsTrust.caFilePath();
        break;
    case TlsTrust::Mode::Insecure:
        trust = Trust::Insecure;
        break;
    }
    if (trust != previousTrust || pinnedFingerprint != previousFingerprint)
        erasedByUpdateAt = QDateTime();
}

void DeviceProfile::recordOutcome(const UpdateReport &report)
{
    lastResult = outcomeId(report.outcome);
    lastResultAt = report.finishedAt;
    if (report.outcome == UpdateOutcome::NeedsCommissioning) {
        erasedByUpdateAt = report.finishedAt;
        // A factory reset is a one-off: the profile's next update must not erase the device again by default.
        preserveSettings = true;
    }
}

} // namespace groov
