#pragma once

#include "ApiReply.h"
#include "DeviceAddress.h"
#include "DeviceInfo.h"
#include "Result.h"
#include "TlsTrust.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QStringList>

#include <optional>

namespace groov {

// What GET io/local/info says about a device, its key and its certificate: the pre-flight verdict shared by the
// update engine and the desktop application's "Check device".
struct DeviceCheck
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCheck)

public:
    std::optional<Error> error;  // set when the update must not go on
    DeviceInfo device;           // empty fields when the device does not say
    QSslCertificate certificate; // what the device presented (null when the handshake never got that far)
    bool certificateUntrusted = false;
    bool differsFromPin = false;
    QStringList notes;    // worth telling, not fatal
    QStringList warnings; // the user should notice, though the update may go on

    bool passed() const { return !error.has_value(); }

    static DeviceCheck fromReply(const ApiReply &reply, const DeviceAddress &address, const TlsTrust &trust);
};

} // namespace groov
