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
    // The same kind of certificate for other names and dates, for tests of what a client does with an expired one
    // or one for another host. subjectAltNames in OpenSSL's syntax ("DNS:a.example,IP:127.0.0.1"); the validity
    // bounds are seconds from now (negative: in the past). commonName: the subject's CN (tests also give hostile ones).
    [[nodiscard]] static std::optional<SelfSignedCertificate>
    issue(const QByteArray &subjectAltNames, qint64 validFromSeconds, qint64 validToSeconds, QString *error,
          const QByteArray &commonName = QByteArrayLiteral("groov-sim"));
    // Reuses the PEM files in stateDir when they are valid and cover the bind address, so the fingerprint stays the
    // same across runs; otherwise generates and saves new ones. An empty stateDir just generates.
    [[nodiscard]] static std::optional<SelfSignedCertificate> loadOrGenerate(const QString &stateDir,
                                                                             const QHostAddress &bind, QString *error);

    // A new certificate, saved in stateDir (when not empty) in place of the old one: what a factory reset does.
    [[nodiscard]] static std::optional<SelfSignedCertificate> renew(const QString &stateDir, const QHostAddress &bind,
                                                                    QString *error);

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
