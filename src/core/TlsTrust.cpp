#include "TlsTrust.h"

#include "DeviceText.h"
#include "LocalFile.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace groov {

namespace {
// A PEM bundle of a few certificates is a few kilobytes; this leaves room for a whole system store.
constexpr qint64 MaxCaFileBytes = 1024 * 1024;
} // namespace

TlsTrust TlsTrust::system()
{
    return TlsTrust();
}

TlsTrust TlsTrust::insecure()
{
    TlsTrust trust;
    trust.m_mode = Mode::Insecure;
    return trust;
}

Result<TlsTrust> TlsTrust::pinned(const QString &fingerprint)
{
    auto parsed = parseFingerprint(fingerprint);
    if (!parsed)
        return parsed.error();
    TlsTrust trust;
    trust.m_mode = Mode::PinnedFingerprint;
    trust.m_fingerprint = parsed.value();
    return trust;
}

Result<TlsTrust> TlsTrust::fromCaFile(const QString &pemPath)
{
    // Checked first: /dev/zero would fill the memory, a FIFO would block, and an empty name makes Qt warn.
    LocalFile::Rules rules(LocalFile::Kind::CaCertificate);
    rules.rightFile = tr("Give a PEM file that holds the device's certificate or your CA's.");
    rules.maxBytes = MaxCaFileBytes;
    const auto pem = LocalFile::readAll(pemPath, rules);
    if (!pem)
        return pem.error();
    const auto certificates = QSslCertificate::fromData(pem.value(), QSsl::Pem);
    if (certificates.isEmpty())
        return invalidInput(tr("The CA certificate file \"%1\" holds no PEM certificate (expected a block starting "
                               "with \"-----BEGIN CERTIFICATE-----\"). %2")
                                .arg(LocalFile::printable(pemPath), rules.rightFile));
    TlsTrust trust;
    trust.m_mode = Mode::CaFile;
    trust.m_caFilePath = pemPath;
    trust.m_caCertificates = certificates;
    return trust;
}

QString TlsTrust::describe() const
{
    switch (m_mode) {
    case Mode::System:
        return tr("certificates trusted by this computer");
    case Mode::PinnedFingerprint:
        return tr("the certificate with SHA-256 fingerprint %1").arg(formatFingerprint(m_fingerprint));
    case Mode::CaFile:
        return tr("certificates from %1").arg(LocalFile::printable(m_caFilePath));
    case Mode::Insecure:
        return tr("any certificate (INSECURE: certificate checks are off)");
    }
    return {};
}

QSslConfiguration TlsTrust::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (m_mode == Mode::CaFile)
        configuration.setCaCertificates(m_caCertificates);
    return configuration;
}

QList<QSslError> TlsTrust::errorsToIgnore(const QSslCertificate &presented, const QList<QSslError> &errors) const
{
    if (presented.isNull() || errors.isEmpty())
        return {};
    switch (m_mode) {
    case Mode::System:
    case Mode::CaFile:
        // Qt already checked against the system store or the CA file: its verdict stands.
        return {};
    case Mode::PinnedFingerprint:
        if (fingerprintOf(presented) != m_fingerprint)
            return {};
        for (const QSslError &error : errors) {
            // Every error must be about the pinned certificate itself (or about no certificate in particular).
            if (!error.certificate().isNull() && error.certificate() != presented)
                return {};
        }
        return errors;
    case Mode::Insecure:
        return errors;
    }
    return {};
}

bool TlsTrust::acceptsVerifiedCertificate(const QSslCertificate &presented) const
{
    if (m_mode != Mode::PinnedFingerprint)
        return true;
    return fingerprintOf(presented) == m_fingerprint;
}

QByteArray TlsTrust::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString TlsTrust::formatFingerprint(const QByteArray &hexFingerprint)
{
    const QString upper = QString::fromLatin1(hexFingerprint).toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < upper.size(); i += 2)
        pairs.append(upper.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString TlsTrust::shortFingerprintOf(const QSslCertificate &certificate)
{
    return formatFingerprint(fingerprintOf(certificate)).left(23);
}

Result<QByteArray> TlsTrust::parseFingerprint(const QString &text)
{
    QString cleaned = text.trimmed().toLower();
    if (cleaned.startsWith(QLatin1String("sha256:")))
        cleaned = cleaned.mid(7);
    else if (cleaned.startsWith(QLatin1String("sha-256:")))
        cleaned = cleaned.mid(8);
    cleaned.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex64.match(cleaned).hasMatch())
        return invalidInput(tr("\"%1\" is not a SHA-256 fingerprint: expected 64 hexadecimal digits (colons and a "
                               "\"sha256:\" prefix are allowed). Copy it from groov Manage or from the first "
                               "connection's certificate details.")
                                .arg(printableDeviceText(text, 120)));
    return cleaned.toLatin1();
}

} // namespace groov
