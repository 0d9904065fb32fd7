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

} // namespace groov
