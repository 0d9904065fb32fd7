#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace groov::sim {

// The device's factory-style certificate: EC P-256, X.509 v3, CN=groov-sim, valid for a year, with the names a
// client may use for a local device (localhost, 127.0.0.1, ::1 and the bind address).
class SelfSignedCertificate
{
public:
    [[nodiscard]] static std::optional<SelfSignedCertificate> generate(const QHostAddress &bind, QString *error);
    // Reuses the PEM files in stateDir when they are valid and cover the bind address, so the fingerprint stays the
    // same across runs; otherwise generates and saves new ones. An empty stateDir just generates.
    [[nodiscard]] static std::optional<SelfSignedCertificate> loadOrGenerate(const QString &stateDir,
                                                                             const QHostAddress &bind, QString *error);

    [[nodiscard]] QSslCertificate certificate() const { return m_certificate; }
    [[nodiscard]] QSslKey privateKey() const { return m_key; }
    // Lowercase hex SHA-256 of the DER certificate, no colons.
    [[nodiscard]] QByteArray fingerprintSha256() const;

private:
    static std::optional<SelfSignedCertificate> load(const QString &stateDir, const QHostAddress &bind);
    bool save(const QString &stateDir, QString *error) const;

    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_keyPem;
};

} // namespace groov::sim
