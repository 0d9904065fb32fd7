#include "SelfSignedCertificate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using groov::sim::SelfSignedCertificate;

class TestSelfSignedCertificate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatesDeviceStyleCertificate();
    void namesTheBindAddress();
    void stateDirKeepsTheFingerprint();
};

void TestSelfSignedCertificate::generatesDeviceStyleCertificate()
{
    QString error;
    const auto generated = SelfSignedCertificate::generate(QHostAddress::LocalHost, &error);
    QVERIFY2(generated, qPrintable(error));
    const QSslCertificate certificate = generated->certificate();
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("groov-sim")});
    QVERIFY(certificate.isSelfSigned());
    QCOMPARE(certificate.version(), QByteArray("3"));
    QCOMPARE(generated->privateKey().algorithm(), QSsl::Ec);
    QCOMPARE(generated->privateKey().length(), 256);
    const auto names = certificate.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(certificate.effectiveDate() <= now);
    QVERIFY(certificate.expiryDate() > now.addDays(364));
    QVERIFY(certificate.expiryDate() < now.addDays(366));

    const QByteArray fingerprint = generated->fingerprintSha256();
    QCOMPARE(fingerprint.size(), 64);
    QCOMPARE(fingerprint, fingerprint.toLower());
    QCOMPARE(fingerprint, certificate.digest(QCryptographicHash::Sha256).toHex());

    // Every start makes a new one without a state directory.
    QVERIFY(SelfSignedCertificate::generate(QHostAddress::LocalHost, nullptr)->fingerprintSha256() != fingerprint);
}

void TestSelfSignedCertificate::namesTheBindAddress()
{
    const auto generated = SelfSignedCertificate::generate(QHostAddress(QStringLiteral("10.1.2.3")), nullptr);
    QVERIFY(generated);
    const QStringList addresses = generated->certificate().subjectAlternativeNames().values(QSsl::IpAddressEntry);
    QVERIFY(addresses.contains(QStringLiteral("10.1.2.3")));
    QVERIFY(addresses.contains(QStringLiteral("127.0.0.1")));
}

void TestSelfSignedCertificate::stateDirKeepsTheFingerprint()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state"));
    QString error;
    const auto first = SelfSignedCertificate::loadOrGenerate(state, QHostAddress::LocalHost, &error);
    QVERIFY2(first, qPrintable(error));
    const auto second = SelfSignedCertificate::loadOrGenerate(state, QHostAddress::LocalHost, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->fingerprintSha256(), first->fingerprintSha256());

    const QStringList files = QDir(state).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString &file : files) {
        if (file.contains(QLatin1String("key")))
            QCOMPARE(QFile::permissions(QDir(state).filePath(file)),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    // A certificate that does not name the new bind address is replaced.
    const auto other = SelfSignedCertificate::loadOrGenerate(state, QHostAddress(QStringLiteral("10.9.8.7")), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->fingerprintSha256() != first->fingerprintSha256());
}

QTEST_GUILESS_MAIN(TestSelfSignedCertificate)
#include "tst_selfsignedcertificate.moc"
