#pragma once

#include <QSslCertificate>
#include <QString>

namespace groov {

// Text a device sent, made fit to show and to store: control characters (C0, DEL, C1) and the Unicode controls
// that reorder text on screen are written as visible escapes ("\x1B", "\u202E"), and anything past maxLength is cut
// with "…". A device, or whatever answers in its place, must not be able to move a terminal's cursor, forge a line
// of output or hide text in a report.
[[nodiscard]] QString printableDeviceText(const QString &text, qsizetype maxLength);

// A certificate's subject and issuer, as printable text: a certificate is shown before anything is trusted, so
// whoever made it chose every character.
[[nodiscard]] QString certificateSubject(const QSslCertificate &certificate);
[[nodiscard]] QString certificateIssuer(const QSslCertificate &certificate);

} // namespace groov
