#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace groov {

// How one device's certificate is trusted. Trust is always an explicit choice per device:
// groov devices present a self-signed certificate that no system store knows.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)

public:
    enum class Mode {
        System,            // only certificates the operating system trusts (the default)
        PinnedFingerprint, // exactly the certificate with this SHA-256 fingerprint
        CaFile,            // certificates signed by (or equal to) the PEM file's certificates
        Insecure,          // anything: the user asked for no checks, and is told so every time
    };

    TlsTrust() = default;
    static TlsTrust system();
    static TlsTrust insecure();
    [[nodiscard]] static Result<TlsTrust> pinned(const QString &fingerprint);
    [[nodiscard]] static Result<TlsTrust> fromCaFile(const QString &pemPath);

    Mode mode() const { return m_mode; }
    QByteArray pinnedFingerprint() const { return m_fingerprint; }
    QString caFilePath() const { return m_caFilePath; }
    QString describe() const;

    // The TLS settings for every request to the device.
    QSslConfiguration sslConfiguration() const;

    // Decides on a handshake that Qt rejected. Returns the exact errors to ignore, or an empty list when the
    // certificate is not acceptable. Never "ignore everything": only these errors for this certificate.
    QList<QSslError> errorsToIgnore(const QSslCertificate &presented, const QList<QSslError> &errors) const;

    // A handshake Qt accepted must still match a pin: a valid CA-signed certificate is not the pinned one.
    bool acceptsVerifiedCertificate(const QSslCertificate &presented) const;

    // Lowercase hex SHA-256 of the DER certificate, no separators; empty for no certificate.
    static QByteArray fingerprintOf(const QSslCertificate &certificate);
    // "AB:CD:..." in uppercase pairs, the way groov Manage and browsers show it.
    static QString formatFingerprint(const QByteArray &hexFingerprint);
    // Its first eight pairs ("AB:CD:…:12"), to name a certificate in a sentence; trust is decided on the whole one.
    static QString shortFingerprintOf(const QSslCertificate &certificate);
    // Accepts hex with or without colons/spaces and an optional "sha256:" prefix; 64 hex digits.
    [[nodiscard]] static Result<QByteArray> parseFingerprint(const QString &text);

private:
    Mode m_mode = Mode::System;
    QByteArray m_fingerprint;
    QString m_caFilePath;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace groov
