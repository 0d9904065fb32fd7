#include "SeededBytes.h"
#include "Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace groov;

namespace {

QByteArray qtSha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

// Built twice: against groov_core (OpenSSL where the build has it) and from Sha256.cpp alone without OpenSSL, so
// the QCryptographicHash fallback is tested too (GROOV_TEST_SHA256_BACKEND says which one this binary holds).
class TestSha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theExpectedBackendIsBuiltIn();
    void knownVectors_data();
    void knownVectors();
    void oddSizedPiecesGiveTheSameDigestAsAllAtOnce();
    void agreesWithQCryptographicHashOnRandomData();
    void resultLeavesTheHashGoing();
    void resetStartsAgain();
    void aCopyContinuesOnItsOwn();
};

void TestSha256::theExpectedBackendIsBuiltIn()
{
    QCOMPARE(QByteArray(Sha256::backend()), QByteArray(GROOV_TEST_SHA256_BACKEND));
    QCOMPARE(Sha256::canCopyState(), QByteArray(GROOV_TEST_SHA256_BACKEND) == "OpenSSL");
}

void TestSha256::knownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    // FIPS 180-2 appendix B and the empty message.
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a") << QByteArray(1'000'000, 'a')
                                 << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestSha256::knownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    Sha256 hash;
    hash.addData(input);
    QCOMPARE(hash.hexResult(), hex);
    QCOMPARE(hash.result(), QByteArray::fromHex(hex));
}

void TestSha256::oddSizedPiecesGiveTheSameDigestAsAllAtOnce()
{
    const QByteArray data = seededBytes(1'000'003, 1);
    Sha256 atOnce;
    atOnce.addData(data);

    // Sizes around the 64-byte block and odd ones, so pieces end at every position within a block.
    const qsizetype sizes[] = {1, 0, 63, 64, 65, 7, 127, 4'093, 1, 65'537, 3};
    Sha256 inPieces;
    qsizetype offset = 0;
    for (int i = 0; offset < data.size(); ++i) {
        const qsizetype size = std::min(sizes[i % std::size(sizes)], data.size() - offset);
        inPieces.addData(data.constData() + offset, size);
        offset += size;
    }
    QCOMPARE(inPieces.hexResult(), atOnce.hexResult());
    QCOMPARE(atOnce.result(), qtSha256(data));
}

void TestSha256::agreesWithQCryptographicHashOnRandomData()
{
    QRandomGenerator sizes(7);
    for (quint32 seed = 0; seed < 20; ++seed) {
        const QByteArray data = seededBytes(sizes.bounded(300'000), seed);
        Sha256 hash;
        hash.addData(data);
        QCOMPARE(hash.result(), qtSha256(data));
    }
}

void TestSha256::resultLeavesTheHashGoing()
{
    const QByteArray first = seededBytes(1'000, 2);
    const QByteArray second = seededBytes(2'000, 3);
    Sha256 hash;
    hash.addData(first);
    QCOMPARE(hash.result(), qtSha256(first));
    QCOMPARE(hash.result(), qtSha256(first)); // asking twice changes nothing
    hash.addData(second);
    QCOMPARE(hash.result(), qtSha256(first + second));
}

void TestSha256::resetStartsAgain()
{
    Sha256 hash;
    hash.addData(seededBytes(5'000, 4));
    hash.reset();
    hash.addData(QByteArray("abc"));
    QCOMPARE(hash.hexResult(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSha256::aCopyContinuesOnItsOwn()
{
    if (!Sha256::canCopyState())
        QSKIP("QCryptographicHash's state cannot be copied in Qt 6.4");
    const QByteArray start = seededBytes(10'000, 5);
    const QByteArray left = seededBytes(3'000, 6);
    const QByteArray right = seededBytes(4'000, 7);
    Sha256 original;
    original.addData(start);
    Sha256 copy;
    copy.addData(QByteArray("replaced by the copy"));
    copy.copyFrom(original);
    original.addData(left);
    copy.addData(right);
    QCOMPARE(original.result(), qtSha256(start + left));
    QCOMPARE(copy.result(), qtSha256(start + right));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
