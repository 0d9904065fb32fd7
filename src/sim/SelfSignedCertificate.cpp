#include "SelfSignedCertificate.h"

#include "SimLogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace groov::sim {

namespace {

constexpr long kValiditySeconds = 365L * 24 * 3600;
const char kCertificateFile[] = "groov-sim-certificate.pem";
const char kKeyFile[] = "groov-sim-key.pem";

QString tr(const char *text)
{
    return QCoreApplication::translate("groov::sim::SelfSignedCertificate", text);
}

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

QStringList addressesFor(const QHostAddress &bind)
{
    QStringList addresses{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    if (!bind.isNull() && !isWildcard(bind)) {
        QHostAddress plain = bind;
        plain.setScopeId(QString());
        if (!addresses.contains(plain.toString()))
            addresses << plain.toString();
    }
    return addresses;
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<SelfSignedCertificate> SelfSignedCertificate::generate(const QHostAddress &bind, QString *error)
{
    QByteArray altNames = "DNS:localhost";
    for (const QString &address : addressesFor(bind))
        altNames += ",IP:" + address.toLatin1();
    constexpr qint64 kClockSkewSlack = 3600;
    return issue(altNames, -kClockSkewSlack, kValiditySeconds, error);
}

std::optional<SelfSignedCertificate> SelfSignedCertificate::issue(const QByteArray &subjectAltNames,
                                                                  qint64 validFromSeconds, qint64 validToSeconds,
                                                                  QString *error, const QByteArray &commonName)
{
    const QString failure = tr("Cannot create the simulator's TLS certificate (OpenSSL failed at %1).");

    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr certificate(X509_new());
    if (!key || !certificate) {
        fail(error, failure.arg(QStringLiteral("key generation")));
        return std::nullopt;
    }
    X509 *x = certificate.get();

    // A random positive 127-bit serial, as RFC 5280 asks for unique serials.
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1) {
        fail(error, failure.arg(QStringLiteral("random serial")));
        return std::nullopt;
    }
    serialBytes[0] &= 0x7f;
    BigNumPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));

    X509_NAME *name = X509_get_subject_name(x);
    const auto cn = reinterpret_cast<const unsigned char *>(commonName.constData());
    const auto org = reinterpret_cast<const unsigned char *>("groov-update device simulator");

    // openssl req -x509 style: a self-signed certificate that can also be imported as its own trust anchor.
    const bool ok =
        X509_set_version(x, 2) == 1 && serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x)) &&
        X509_gmtime_adj(X509_getm_notBefore(x), long(validFromSeconds)) &&
        X509_gmtime_adj(X509_getm_notAfter(x), long(validToSeconds)) && X509_set_pubkey(x, key.get()) == 1 &&
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, org, -1, -1, 0) == 1 &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, cn, -1, -1, 0) == 1 &&
        X509_set_issuer_name(x, name) == 1 && addExtension(x, NID_basic_constraints, "critical,CA:TRUE") &&
        addExtension(x, NID_subject_key_identifier, "hash") &&
        addExtension(x, NID_authority_key_identifier, "keyid:always") &&
        addExtension(x, NID_ext_key_usage, "serverAuth") && addExtension(x, NID_subject_alt_name, subjectAltNames) &&
        X509_sign(x, key.get(), EVP_sha256()) > 0;
    if (!ok) {
        fail(error, failure.arg(QStringLiteral("certificate fields")));
        return std::nullopt;
    }

    BioPtr certificateBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio || PEM_write_bio_X509(certificateBio.get(), x) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        fail(error, failure.arg(QStringLiteral("PEM export")));
        return std::nullopt;
    }

    SelfSignedCertificate result;
    result.m_certificate = QSslCertificate(bioContents(certificateBio.get()), QSsl::Pem);
    result.m_keyPem = bioContents(keyBio.get());
    result.m_key = QSslKey(result.m_keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.m_certificate.isNull() || result.m_key.isNull()) {
        fail(error, failure.arg(QStringLiteral("Qt import")));
        return std::nullopt;
    }
    return result;
}

std::optional<SelfSignedCertificate> SelfSignedCertificate::load(const QString &stateDir, const QHostAddress &bind)
{
    QFile certificateFile(QDir(stateDir).filePath(QLatin1String(kCertificateFile)));
    QFile keyFile(QDir(stateDir).filePath(QLatin1String(kKeyFile)));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    SelfSignedCertificate result;
    result.m_certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
    result.m_keyPem = keyFile.readAll();
    result.m_key = QSslKey(result.m_keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.m_certificate.isNull() || result.m_key.isNull())
        return std::nullopt;
    // Renew a week before it runs out, and when the address it must name changed.
    if (result.m_certificate.expiryDate() < QDateTime::currentDateTimeUtc().addDays(7))
        return std::nullopt;
    const QStringList names = result.m_certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    for (const QString &address : addressesFor(bind)) {
        if (!names.contains(QHostAddress(address).toString()) && !names.contains(address))
            return std::nullopt;
    }
    return result;
}

bool SelfSignedCertificate::save(const QString &stateDir, QString *error) const
{
    if (!QDir().mkpath(stateDir))
        return fail(error, tr("Cannot create the state directory %1.").arg(stateDir));
    const auto writeFile = [&](const char *fileName, const QByteArray &contents, bool secret) {
        const QString path = QDir(stateDir).filePath(QLatin1String(fileName));
        QFile::remove(path);
        QFile file(path);
        // The key is created readable by its owner only, before any byte of it is written.
        const QFileDevice::Permissions permissions =
            secret
                ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
            return false;
        return file.write(contents) == contents.size() && file.flush();
    };
    if (!writeFile(kKeyFile, m_keyPem, true) || !writeFile(kCertificateFile, m_certificate.toPem(), false))
        return fail(error, tr("Cannot save the certificate in %1.").arg(stateDir));
    return true;
}

std::optional<SelfSignedCertificate> SelfSignedCertificate::loadOrGenerate(const QString &stateDir,
                                                                           const QHostAddress &bind, QString *error)
{
    if (!stateDir.isEmpty()) {
        if (auto loaded = load(stateDir, bind)) {
            qCInfo(lcSim) << "Reusing the certificate in" << stateDir;
            return loaded;
        }
    }
    return renew(stateDir, bind, error);
}

std::optional<SelfSignedCertificate> SelfSignedCertificate::renew(const QString &stateDir, const QHostAddress &bind,
                                                                  QString *error)
{
    auto generated = generate(bind, error);
    if (generated && !stateDir.isEmpty() && !generated->save(stateDir, error))
        return std::nullopt;
    return generated;
}

QByteArray SelfSignedCertificate::fingerprintSha256() const
{
    return m_certificate.digest(QCryptographicHash::Sha256).toHex();
}

} // namespace groov::sim
