#include "TlsTrust.h"

#include <QTemporaryDir>
#include <QTest>

using namespace groov;

namespace {
QSslCertificate loadCertificate(const QString &name)
{
    const auto certificates = QSslCertificate::fromPath(QStringLiteral(GROOV_TEST_DATA "/") + name);
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}
} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parsesFingerprints_data();
    void parsesFingerprints();
    void rejectsMalformedFingerprints_data();
    void rejectsMalformedFingerprints();
    void formatsFingerprintInPairs();
    void pinnedAcceptsOnlyItsCertificate();
    void pinnedRejectsErrorsAboutAnotherCertificate();
    void systemAndCaFileNeverOverrideQt();
    void insecureIgnoresExactlyTheReportedErrors();
    void verifiedCertificateMustStillMatchThePin();
    void caFileMustHoldACertificate();

private:
    QSslCertificate m_a;
    QSslCertificate m_b;
};

void TestTlsTrust::initTestCase()
{
    m_a = loadCertificate(QStringLiteral("device-a.pem"));
    m_b = loadCertificate(QStringLiteral("device-b.pem"));
    QVERIFY(!m_a.isNull());
    QVERIFY(!m_b.isNull());
    QVERIFY(m_a != m_b);
}

void TestTlsTrust::parsesFingerprints_data()
{
    const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QTest::addColumn<QString>("input");
    QTest::newRow("plain") << hex;
    QTest::newRow("upper case") << hex.toUpper();
    QTest::newRow("colons") << TlsTrust::formatFingerprint(hex.toLatin1());
    QTest::newRow("sha256 prefix") << QStringLiteral("sha256:") + hex;
    QTest::newRow("SHA256 prefix with colons")
        << QStringLiteral("SHA256:") + TlsTrust::formatFingerprint(hex.toLatin1());
    QTest::newRow("spaces around and inside") << QStringLiteral("  0123 4567 89ab cdef 0123456789abcdef0123456789abcdef"
                                                                "0123456789abcdef \n");
}

void TestTlsTrust::parsesFingerprints()
{
    QFETCH(QString, input);
    const auto parsed = TlsTrust::parseFingerprint(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), QByteArray("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
}

void TestTlsTrust::rejectsMalformedFingerprints_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("63 digits") << QString(63, QLatin1Char('a'));
    QTest::newRow("65 digits") << QString(65, QLatin1Char('a'));
    QTest::newRow("not hex") << QString(64, QLatin1Char('g'));
    QTest::newRow("sha1 length") << QString(40, QLatin1Char('a'));
    // Found by fuzz_fleetplan: the input is echoed, so it must not reach a terminal raw.
    QTest::newRow("control characters") << QStringLiteral("ab") + QChar(0x1b) + QStringLiteral("[2J") + QChar(0) +
                                               QString(60, QLatin1Char('e'));
}

void TestTlsTrust::rejectsMalformedFingerprints()
{
    QFETCH(QString, input);
    const auto parsed = TlsTrust::parseFingerprint(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY(parsed.error().message.contains(QLatin1String("64 hexadecimal digits")));
    for (const QChar c : parsed.error().message)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(parsed.error().message));
    QVERIFY(!TlsTrust::pinned(input).ok());
}

void TestTlsTrust::formatsFingerprintInPairs()
{
    QCOMPARE(TlsTrust::formatFingerprint("0a1b2c"), QStringLiteral("0A:1B:2C"));
    QCOMPARE(TlsTrust::fingerprintOf(m_a).size(), 64);
    // The short form names the first eight pairs of the whole one.
    const QString shortForm = TlsTrust::shortFingerprintOf(m_a);
    QCOMPARE(shortForm.size(), 23);
    QVERIFY(TlsTrust::formatFingerprint(TlsTrust::fingerprintOf(m_a)).startsWith(shortForm));
    QVERIFY(shortForm != TlsTrust::shortFingerprintOf(m_b));
    QCOMPARE(TlsTrust::shortFingerprintOf(QSslCertificate()), QString());
}

void TestTlsTrust::pinnedAcceptsOnlyItsCertificate()
{
    const TlsTrust trust = TlsTrust::pinned(QString::fromLatin1(TlsTrust::fingerprintOf(m_a))).value();
    const QList<QSslError> errorsA{QSslError(QSslError::SelfSignedCertificate, m_a),
                                   QSslError(QSslError::HostNameMismatch, m_a)};
    QCOMPARE(trust.errorsToIgnore(m_a, errorsA), errorsA);
    const QList<QSslError> errorsB{QSslError(QSslError::SelfSignedCertificate, m_b)};
    QVERIFY(trust.errorsToIgnore(m_b, errorsB).isEmpty());
    QVERIFY(trust.errorsToIgnore(QSslCertificate(), errorsA).isEmpty());
}

void TestTlsTrust::pinnedRejectsErrorsAboutAnotherCertificate()
{
    const TlsTrust trust = TlsTrust::pinned(QString::fromLatin1(TlsTrust::fingerprintOf(m_a))).value();
    const QList<QSslError> mixed{QSslError(QSslError::SelfSignedCertificate, m_a),
                                 QSslError(QSslError::CertificateExpired, m_b)};
    QVERIFY(trust.errorsToIgnore(m_a, mixed).isEmpty());
}

void TestTlsTrust::systemAndCaFileNeverOverrideQt()
{
    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, m_a)};
    QVERIFY(TlsTrust::system().errorsToIgnore(m_a, errors).isEmpty());
    const auto caTrust = TlsTrust::fromCaFile(QStringLiteral(GROOV_TEST_DATA "/device-a.pem"));
    QVERIFY(caTrust.ok());
    QVERIFY(caTrust->errorsToIgnore(m_a, errors).isEmpty());
    QCOMPARE(caTrust->sslConfiguration().caCertificates(), QList<QSslCertificate>{m_a});
}

void TestTlsTrust::insecureIgnoresExactlyTheReportedErrors()
{
    const QList<QSslError> errors{QSslError(QSslError::CertificateExpired, m_b)};
    QCOMPARE(TlsTrust::insecure().errorsToIgnore(m_b, errors), errors);
    QVERIFY(TlsTrust::insecure().describe().contains(QLatin1String("INSECURE")));
}

void TestTlsTrust::verifiedCertificateMustStillMatchThePin()
{
    const TlsTrust trust = TlsTrust::pinned(QString::fromLatin1(TlsTrust::fingerprintOf(m_a))).value();
    QVERIFY(trust.acceptsVerifiedCertificate(m_a));
    QVERIFY(!trust.acceptsVerifiedCertificate(m_b));
    QVERIFY(TlsTrust::system().acceptsVerifiedCertificate(m_b));
}

void TestTlsTrust::caFileMustHoldACertificate()
{
    QTemporaryDir dir;
    const auto missing = TlsTrust::fromCaFile(dir.filePath(QStringLiteral("missing.pem")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("missing.pem")));

    const QString notPem = dir.filePath(QStringLiteral("not.pem"));
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    const auto garbage = TlsTrust::fromCaFile(notPem);
    QVERIFY(!garbage.ok());
    QVERIFY(garbage.error().message.contains(QLatin1String("BEGIN CERTIFICATE")));
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
