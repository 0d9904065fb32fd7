#include "TestCertificate.h"

#include "SelfSignedCertificate.h"

#include <QCryptographicHash>
#include <QFile>

namespace groov::test {

TestCertificate TestCertificate::make(const QByteArray &subjectAltNames, int validFromDays, int validToDays,
                                      const QByteArray &commonName)
{
    constexpr qint64 SecondsPerDay = 24 * 3600;
    QString error;
    const auto issued = commonName.isEmpty()
                            ? sim::SelfSignedCertificate::issue(subjectAltNames, validFromDays * SecondsPerDay,
                                                                validToDays * SecondsPerDay, &error)
                            : sim::SelfSignedCertificate::issue(subjectAltNames, validFromDays * SecondsPerDay,
                                                                validToDays * SecondsPerDay, &error, commonName);
    if (!issued)
        qFatal("%s", qPrintable(error));
    TestCertificate result;
    result.m_certificate = issued->certificate();
    result.m_key = issued->privateKey();
    return result;
}

QString TestCertificate::fingerprint() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool TestCertificate::writePem(const QString &path) const
{
    QFile file(path);
    const QByteArray pem = m_certificate.toPem();
    return file.open(QIODevice::WriteOnly) && file.write(pem) == pem.size();
}

} // namespace groov::test
