#include "DeviceCheck.h"

#include "DeviceText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace groov {

namespace {
// The names the certificate is valid for, printable; empty when it names none.
QString certificateNames(const QSslCertificate &certificate)
{
    QStringList names = certificate.subjectAlternativeNames().values();
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? QString() : printableDeviceText(names.join(QStringLiteral(", ")), 200);
}

// What the device's note says about it: each case a whole text, so "unknown" is never put in as a word.
QString deviceNote(const DeviceInfo &device)
{
    if (device.model.isEmpty())
        return device.firmwareVersion.isEmpty()
                   ? DeviceCheck::tr("Device: model unknown, reported version unknown")
                   : DeviceCheck::tr("Device: model unknown, reported version %1").arg(device.firmwareVersion);
    return device.firmwareVersion.isEmpty()
               ? DeviceCheck::tr("Device: %1, reported version unknown").arg(device.model)
               : DeviceCheck::tr("Device: %1, reported version %2").arg(device.model, device.firmwareVersion);
}

QString untrustedMessage(const ApiReply &reply, const DeviceAddress &address, const TlsTrust &trust)
{
    const QString presented = TlsTrust::formatFingerprint(TlsTrust::fingerprintOf(reply.presentedCertificate));
    if (reply.presentedCertificate.isNull())
        return DeviceCheck::tr("The TLS handshake with %1 failed; nothing was sent. Check the address and port.")
            .arg(address.displayName());
    if (trust.mode() == TlsTrust::Mode::PinnedFingerprint)
        return DeviceCheck::tr(
                   "The device's certificate is not the pinned one: expected SHA-256 %1, got %2. Nothing was sent. If "
                   "the device was reset or given a new certificate, check the new fingerprint in groov Manage before "
                   "trusting it; otherwise someone may be intercepting the connection.")
            .arg(TlsTrust::formatFingerprint(trust.pinnedFingerprint()), presented);
    QStringList reasons;
    const bool fromCaFile = trust.mode() == TlsTrust::Mode::CaFile;
    for (const QSslError &sslError : reply.sslErrors) {
        // A CA file that holds the certificate still refuses it for these two: say exactly what is wrong.
        if (fromCaFile && sslError.error() == QSslError::CertificateExpired)
            return DeviceCheck::tr(
                       "The device's certificate expired on %1. Nothing was sent. Renew the certificate in groov "
                       "Manage; until then you can trust exactly this certificate by pinning its SHA-256 fingerprint "
                       "%2 (compare it with the one groov Manage shows first).")
                .arg(reply.presentedCertificate.expiryDate().toUTC().toString(Qt::ISODate), presented);
        if (fromCaFile && sslError.error() == QSslError::HostNameMismatch) {
            const QString names = certificateNames(reply.presentedCertificate);
            if (names.isEmpty())
                return DeviceCheck::tr("The device's certificate is not valid for %1: it names no host. Nothing was "
                                       "sent. Give the device a certificate for this name or address. Its SHA-256 "
                                       "fingerprint is %2.")
                    .arg(address.host(), presented);
            return DeviceCheck::tr(
                       "The device's certificate is not valid for %1: it names %2. Nothing was sent. Connect with a "
                       "name or address the certificate lists, or give the device a certificate for this one. Its "
                       "SHA-256 fingerprint is %3.")
                .arg(address.host(), names, presented);
        }
        reasons.append(sslError.errorString());
    }
    return DeviceCheck::tr(
               "The device's certificate is not trusted (%1). Nothing was sent. Its SHA-256 fingerprint is %2: compare "
               "it with the one groov Manage shows, then trust (pin) it.")
        .arg(reasons.join(QStringLiteral("; ")), presented);
}

// The cause, then what to check for it (a sentence of its own).
QString unreachableMessage(const ApiReply &reply, const DeviceAddress &address)
{
    const QString device = address.displayName();
    const QString advice = reply.connectionAdvice(address.host(), address.port());
    switch (reply.connectionProblem()) {
    case ApiReply::ConnectionProblem::AnsweredTooSlowly:
        return DeviceCheck::tr("Cannot reach the device at %1: no answer within %2 s (the connection or its TLS "
                               "handshake never completed, or the device answered too slowly). %3")
            .arg(device, reply.timeoutSeconds(), advice);
    case ApiReply::ConnectionProblem::StoppedAnswering:
        return DeviceCheck::tr("Cannot reach the device at %1: no answer within %2 s (the connection or its TLS "
                               "handshake never completed, or the device stopped answering). %3")
            .arg(device, reply.timeoutSeconds(), advice);
    case ApiReply::ConnectionProblem::NoAnswer:
        return DeviceCheck::tr("Cannot reach the device at %1: no answer (timed out). %2").arg(device, advice);
    case ApiReply::ConnectionProblem::Refused:
        return DeviceCheck::tr("Cannot reach the device at %1: the connection was refused (nothing accepts "
                               "connections on that port). %2")
            .arg(device, advice);
    case ApiReply::ConnectionProblem::HostNotFound:
        return DeviceCheck::tr("Cannot reach the device at %1: the host name was not found. %2").arg(device, advice);
    case ApiReply::ConnectionProblem::Closed:
        return DeviceCheck::tr("Cannot reach the device at %1: the device closed the connection. %2")
            .arg(device, advice);
    case ApiReply::ConnectionProblem::Other:
        break;
    }
    // The system's own words for the cause.
    return DeviceCheck::tr("Cannot reach the device at %1: %2. %3").arg(device, reply.networkErrorText, advice);
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
        // Refused, not found and timed out each point at something different to check.
        check.error = Error{ErrorCode::Network, unreachableMessage(reply, address)};
        return check;
    default:
        break;
    }
    if (const QSslCertificate &accepted = reply.presentedCertificate;
        trust.mode() == TlsTrust::Mode::PinnedFingerprint && !accepted.isNull() &&
        accepted.expiryDate() < QDateTime::currentDateTimeUtc()) {
        // A pin names one exact certificate, so its dates add nothing; a CA file refuses it (docs/reliability.md).
        check.warnings.append(tr("The device's certificate expired on %1. It is still trusted because it is exactly "
                                 "the certificate you pinned; renew the certificate in groov Manage, then pin the new "
                                 "one.")
                                  .arg(accepted.expiryDate().toUTC().toString(Qt::ISODate)));
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
        check.notes.append(deviceNote(check.device));
    } else {
        check.notes.append(tr("The device's description was not understood (%1); continuing with model unknown.")
                               .arg(info.error().message));
    }
    return check;
}

} // namespace groov
