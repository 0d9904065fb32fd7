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

void DeviceProfile::setTrust(const TlsTrust &tlsTrust)
{
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
}

} // namespace groov
