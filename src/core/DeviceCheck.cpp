#include "DeviceCheck.h"

#include <QCoreApplication>

namespace groov {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DeviceCheck", text);
}

QString untrustedMessage(const ApiReply &reply, const DeviceAddress &address, const TlsTrust &trust)
{
    const QString presented = TlsTrust::formatFingerprint(TlsTrust::fingerprintOf(reply.presentedCertificate));
    if (reply.presentedCertificate.isNull())
        return tr("The TLS handshake with %1 failed; nothing was sent. Check the address and port.")
            .arg(address.displayName());
    if (trust.mode() == TlsTrust::Mode::PinnedFingerprint)
        return tr("The device's certificate is not the pinned one: expected SHA-256 %1, got %2. Nothing was sent. If "
                  "the device was reset or given a new certificate, check the new fingerprint in groov Manage before "
                  "trusting it; otherwise someone may be intercepting the connection.")
            .arg(TlsTrust::formatFingerprint(trust.pinnedFingerprint()), presented);
    QStringList reasons;
    for (const QSslError &sslError : reply.sslErrors)
        reasons.append(sslError.errorString());
    return tr("The device's certificate is not trusted (%1). Nothing was sent. Its SHA-256 fingerprint is %2: compare "
              "it with the one groov Manage shows, then trust (pin) it.")
        .arg(reasons.join(QStringLiteral("; ")), presented);
}
} // namespace

DeviceCheck DeviceCheck::fromReply(const ApiReply &reply, const DeviceAddress &address, const TlsTrust &trust)
{
    DeviceCheck check;
    check.certificate = reply.presentedCertificate;
    switch (reply.failure) {
    case ApiReply::Failure::Untrusted:
        check.certificateUntrusted = true;
        check.differsFromPin = trust.mode() == TlsTrust::Mode::PinnedFingerprint;
        check.error = Error{ErrorCode::CertificateUntrusted, untrustedMessage(reply, address, trust)};
        return check;
    case ApiReply::Failure::Network:
    case ApiReply::Failure::TimedOut:
        check.error = Error{ErrorCode::Network, tr("Cannot reach the device at %1: %2. Check the address, that the "
                                                   "device is powered and on this network, and that port %3 is not "
                                                   "blocked.")
                                                    .arg(address.displayName(), reply.networkErrorText)
                                                    .arg(address.port())};
        return check;
    default:
        break;
    }
    if (reply.httpStatus == 404) {
        // Firmware older than the io/local/info endpoint: the update itself still works.
        check.notes.append(tr("The device does not report its model (older firmware); continuing with model unknown."));
        return check;
    }
    if (!reply.ok()) {
        Error error = reply.toError();
        if (reply.failure != ApiReply::Failure::Unauthorized)
            error.message = tr("Checking the device failed: %1").arg(error.message);
        check.error = error;
        return check;
    }
    if (auto info = DeviceInfo::parse(reply.body)) {
        check.device = info.value();
        check.notes.append(
            tr("Device: %1, reported version %2")
                .arg(check.device.model.isEmpty() ? tr("model unknown") : check.device.model,
                     check.device.firmwareVersion.isEmpty() ? tr("unknown") : check.device.firmwareVersion));
    } else {
        check.notes.append(tr("The device's description was not understood (%1); continuing with model unknown.")
                               .arg(info.error().message));
    }
    return check;
}

} // namespace groov
