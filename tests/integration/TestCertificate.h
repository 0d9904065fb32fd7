#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace groov::test {

// A self-signed certificate made at test time with OpenSSL, with the names and validity a test needs: expired, not
// yet valid, or for another host. Made like the simulator's own (EC P-256, usable as its own CA, which is what
// --cacert then names).
class TestCertificate
{
public:
    // subjectAltNames in OpenSSL's syntax ("DNS:other.example,IP:127.0.0.1"); validity in days from now.
    // commonName: the subject's CN, empty for the simulator's usual one.
    [[nodiscard]] static TestCertificate make(const QByteArray &subjectAltNames, int validFromDays, int validToDays,
                                              const QByteArray &commonName = {});

    [[nodiscard]] QSslCertificate certificate() const { return m_certificate; }
    [[nodiscard]] QSslKey key() const { return m_key; }
    // Lowercase hex SHA-256 of the DER certificate, as --fingerprint takes it.
    [[nodiscard]] QString fingerprint() const;
    // Writes the certificate (not the key) as PEM; returns false when the file cannot be written.
    [[nodiscard]] bool writePem(const QString &path) const;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace groov::test
