#pragma once

#include <QString>

namespace groov {

// Text a device sent, made fit to show and to store: control characters (C0, DEL, C1) and the Unicode controls
// that reorder text on screen are written as visible escapes ("\x1B", "\u202E"), and anything past maxLength is cut
// with "…". A device, or whatever answers in its place, must not be able to move a terminal's cursor, forge a line
// of output or hide text in a report.
[[nodiscard]] QString printableDeviceText(const QString &text, qsizetype maxLength);

} // namespace groov
