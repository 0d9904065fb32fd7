#pragma once

#include "Result.h"
#include "TlsTrust.h"

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

    // The TLS trust this profile stands for; fails when its fingerprint or CA file is no longer usable.
    [[nodiscard]] Result<TlsTrust> tlsTrust() const;
    // Remembers how the device is trusted now (the inverse of tlsTrust()).
    void setTrust(const TlsTrust &trust);
};

} // namespace groov
