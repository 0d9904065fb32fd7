#include "ImageFingerprint.h"
#include "SeededBytes.h"

#include <QCryptographicHash>
#include <QTest>

#include <algorithm>

using namespace groov;

namespace {

ImageFingerprint::Key keyFromHex(const QByteArray &aesKeyHex, const QByteArray &nonceHex)
{
    const QByteArray aesKey = QByteArray::fromHex(aesKeyHex);
    const QByteArray nonce = QByteArray::fromHex(nonceHex);
    ImageFingerprint::Key key;
    std::copy(aesKey.begin(), aesKey.end(), key.aesKey.begin());
    std::copy(nonce.begin(), nonce.end(), key.nonce.begin());
    return key;
}

QByteArray fingerprintOf(const ImageFingerprint::Key &key, const QByteArray &bytes)
{
    ImageFingerprint fingerprint(key);
    fingerprint.addData(bytes.constData(), bytes.size());
    return fingerprint.result();
}

bool isGmac()
{
    return QByteArray(ImageFingerprint::backend()) == "GMAC";
}

} // namespace

// Built twice: against groov_core (GMAC where the build has OpenSSL) and from the sources without OpenSSL (SHA-256),
// as tst_sha256 is; GROOV_TEST_FINGERPRINT_BACKEND says which one this binary holds.
class TestImageFingerprint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theExpectedBackendIsBuiltIn();
    void knownVectors_data();
    void knownVectors();
    void piecesGiveTheSameFingerprintAsAllAtOnce();
    void otherBytesOrAnotherKeyGiveAnotherFingerprint();
    void resultLeavesTheFingerprintGoing();
    void aCopyContinuesOnItsOwn();
    void keysAreDrawnAnew();
};

void TestImageFingerprint::theExpectedBackendIsBuiltIn()
{
    QCOMPARE(QByteArray(ImageFingerprint::backend()), QByteArray(GROOV_TEST_FINGERPRINT_BACKEND));
    QCOMPARE(ImageFingerprint::canCopyState(), isGmac());
}

void TestImageFingerprint::knownVectors_data()
{
    QTest::addColumn<QByteArray>("aesKey");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("gmac");
    // AES-128-GCM tags with no plaintext: the GCM specification's test case 1, and NIST CAVP gcmEncryptExtIV128
    // (PTlen 0, AADlen 128, count 0). Both checked with Python's cryptography package.
    QTest::newRow("empty, zero key") << QByteArray(32, '0') << QByteArray(24, '0') << QByteArray()
                                     << QByteArray("58e2fccefa7e3061367f1d57a4e7455a");
    QTest::newRow("16 bytes") << QByteArray("77be63708971c4e240d1cb79e8d77feb")
                              << QByteArray("e0e00f19fed7ba0136a797f3")
                              << QByteArray::fromHex("7a43ec1d9c0a5a78a0b16533a6213cab")
                              << QByteArray("209fcc8d3675ed938e9c7166709dd946");
}

void TestImageFingerprint::knownVectors()
{
    QFETCH(QByteArray, aesKey);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, gmac);
    const QByteArray expected =
        isGmac() ? QByteArray::fromHex(gmac) : QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    QCOMPARE(fingerprintOf(keyFromHex(aesKey, nonce), bytes).toHex(), expected.toHex());
}

void TestImageFingerprint::piecesGiveTheSameFingerprintAsAllAtOnce()
{
    const ImageFingerprint::Key key = ImageFingerprint::Key::random();
    const QByteArray data = seededBytes(1'000'003, 1);
    ImageFingerprint inPieces(key);
    qsizetype offset = 0;
    // Odd sizes, so that pieces end inside GCM's 16-byte blocks.
    for (const qsizetype piece : {1, 15, 17, 4'096, 16'383, 100'000}) {
        inPieces.addData(data.constData() + offset, piece);
        offset += piece;
    }
    inPieces.addData(data.constData() + offset, data.size() - offset);
    QCOMPARE(inPieces.result(), fingerprintOf(key, data));
}

void TestImageFingerprint::otherBytesOrAnotherKeyGiveAnotherFingerprint()
{
    const ImageFingerprint::Key key = ImageFingerprint::Key::random();
    const QByteArray data = seededBytes(70'000, 2);
    const QByteArray original = fingerprintOf(key, data);

    QByteArray oneBitFlipped = data;
    oneBitFlipped[40'000] = char(oneBitFlipped.at(40'000) ^ 0x01);
    QVERIFY(fingerprintOf(key, oneBitFlipped) != original);
    QVERIFY(fingerprintOf(key, data.left(data.size() - 1)) != original);
    QVERIFY(fingerprintOf(key, data + QByteArray(1, '\0')) != original);
    if (isGmac()) // SHA-256 has no key
        QVERIFY(fingerprintOf(ImageFingerprint::Key::random(), data) != original);
}

void TestImageFingerprint::resultLeavesTheFingerprintGoing()
{
    const ImageFingerprint::Key key = ImageFingerprint::Key::random();
    const QByteArray data = seededBytes(50'000, 3);
    ImageFingerprint fingerprint(key);
    fingerprint.addData(data.constData(), 20'000);
    QCOMPARE(fingerprint.result(), fingerprintOf(key, data.left(20'000)));
    fingerprint.addData(data.constData() + 20'000, 30'000);
    QCOMPARE(fingerprint.result(), fingerprintOf(key, data));
}

void TestImageFingerprint::aCopyContinuesOnItsOwn()
{
    if (!ImageFingerprint::canCopyState())
        QSKIP("Without OpenSSL the state cannot be copied; SentImageDigest then claims nothing after a resend.");
    const ImageFingerprint::Key key = ImageFingerprint::Key::random();
    const QByteArray data = seededBytes(30'000, 4);
    ImageFingerprint original(key);
    original.addData(data.constData(), 10'000);
    ImageFingerprint copy(key);
    copy.copyFrom(original);
    copy.addData(data.constData() + 10'000, 20'000);
    original.addData("other", 5);
    QCOMPARE(copy.result(), fingerprintOf(key, data));
    QCOMPARE(original.result(), fingerprintOf(key, data.left(10'000) + QByteArray("other")));
}

void TestImageFingerprint::keysAreDrawnAnew()
{
    const ImageFingerprint::Key first = ImageFingerprint::Key::random();
    const ImageFingerprint::Key second = ImageFingerprint::Key::random();
    QVERIFY(first.aesKey != second.aesKey);
    QVERIFY(first.nonce != second.nonce);
}

QTEST_GUILESS_MAIN(TestImageFingerprint)
#include "tst_imagefingerprint.moc"
