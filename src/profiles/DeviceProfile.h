#pragma once

#include "Result.h"
#include "TlsTrust.h"
#include "UpdateReport.h"
#include "UpdateRequest.h"

#include <QDateTime>
#include <QString>

namespace groov {

// A saved device: everything needed to update it again, except the API key, which lives in the OS keychain.
struct DeviceProfile
{
    enum class Trust { System, Pinned, CaFile, Insecure };

    QString name;
    QString address;
    Trust trust = Trust::System;
    QString pinnedFingerprint; // lowercase hex, when trust is Pinned
    QString caFile;            // when trust is CaFile
    bool preserveSettings = true;
    QString lastFirmwareFolder;
    QString lastResult; // outcome id of the last update, e.g. "succeeded"
    QDateTime lastResultAt;
    // When an update from this tool erased the device's settings (a factory reset): from then on the pinned
    // certificate and the saved key are no longer the device's, so a new certificate is expected, not a warning sign.
    // Cleared when the profile trusts a new certificate.
    QDateTime erasedByUpdateAt;

    // The TLS trust this profile stands for; fails when its fingerprint or CA file is no longer usable.
    [[nodiscard]] Result<TlsTrust> tlsTrust() const;
    // The update this profile stands for, the same for the desktop application and the command line: its address,
    // trust and settings choice. The key is in the keychain and the firmware is chosen for each update. Fails when
    // the trust is no longer usable.
    [[nodiscard]] Result<UpdateRequest> toRequest() const;
    // Remembers how the device is trusted now (the inverse of tlsTrust()).
    void setTrust(const TlsTrust &trust);
    // Remembers how an update of this device ended (the same for the desktop application and the command line).
    // After a factory reset it marks the trust as erased and turns "preserve settings" back on.
    void recordOutcome(const UpdateReport &report);
};

} // namespace groov
