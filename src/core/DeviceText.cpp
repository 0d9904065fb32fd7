#include "DeviceText.h"

#include <algorithm>

namespace groov {

namespace {

// Embedding, override and isolate controls: they change the order in which the surrounding text is displayed.
bool reordersText(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

QString escaped(char16_t c)
{
    const bool byte = c < 0x100;
    const QString hex = QString::number(c, 16).toUpper().rightJustified(byte ? 2 : 4, QLatin1Char('0'));
    return (byte ? QStringLiteral("\\x") : QStringLiteral("\\u")) + hex;
}

} // namespace

namespace {
constexpr qsizetype MaxCertificateNameLength = 200;
} // namespace

QString certificateSubject(const QSslCertificate &certificate)
{
    return printableDeviceText(certificate.subjectDisplayName(), MaxCertificateNameLength);
}

QString certificateIssuer(const QSslCertificate &certificate)
{
    return printableDeviceText(certificate.issuerDisplayName(), MaxCertificateNameLength);
}

QString printableDeviceText(const QString &text, qsizetype maxLength)
{
    QString shown;
    shown.reserve(std::min(text.size(), maxLength) + 1);
    for (const QChar ch : text) {
        if (shown.size() >= maxLength) {
            shown += QChar(0x2026);
            break;
        }
        const char16_t c = ch.unicode();
        const bool control = c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || reordersText(c);
        shown += control ? escaped(c) : QString(ch);
    }
    return shown;
}

} // namespace groov
