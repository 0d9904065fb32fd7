#include "FileSliceDevice.h"
#include "ImageFingerprint.h"
#include "SeededBytes.h"
#include "SentImageDigest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace groov;

namespace {

const ImageFingerprint::Key TheKey = ImageFingerprint::Key::random();

// The fingerprint of these bytes given at once, under the key every digest here uses.
QByteArray fingerprintOf(const QByteArray &bytes)
{
    ImageFingerprint fingerprint(TheKey);
    fingerprint.addData(bytes.constData(), bytes.size());
    return fingerprint.result();
}

// What is claimed once a chunk was resent: the fingerprint of the bytes as last sent, or nothing where the state
// cannot go back (a build without OpenSSL; this file is also built that way, as
// tst_sentimagedigest_qcryptographichash).
QByteArray claimedAfterAResend(const QByteArray &bytesAsLastSent)
{
    return ImageFingerprint::canCopyState() ? fingerprintOf(bytesAsLastSent) : QByteArray();
}

} // namespace

class TestSentImageDigest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bytesInOrderGiveTheirHash();
    void aResentChunkCountsOnceAsItWasLastSent();
    void aResentChunkAfterTheNextBeganIsAGap();
    void nothingIsClaimedForAGapOrAShortUpload();
    void fileSlicesFeedTheDigestAsTheyAreReadAndRewound();
};

void TestSentImageDigest::bytesInOrderGiveTheirHash()
{
    const QByteArray image = seededBytes(10'000, 42);
    SentImageDigest digest(TheKey);
    digest.startChunkAt(0);
    digest.add(0, image.constData(), 4'000);
    digest.startChunkAt(4'000);
    digest.add(4'000, image.constData() + 4'000, 6'000);
    QCOMPARE(digest.fingerprint(image.size()), fingerprintOf(image));
    QCOMPARE(digest.fingerprint(image.size()), fingerprintOf(image)); // asking twice changes nothing
}

void TestSentImageDigest::aResentChunkCountsOnceAsItWasLastSent()
{
    const QByteArray image = seededBytes(9'000, 42);
    QByteArray changed = image;
    changed[5'000] = char(~changed.at(5'000));

    SentImageDigest digest(TheKey);
    digest.startChunkAt(0);
    digest.add(0, image.constData(), 3'000);
    digest.startChunkAt(3'000);
    digest.add(3'000, image.constData() + 3'000, 2'500); // cut short: the attempt failed
    digest.startChunkAt(3'000);                          // the retry reads the chunk again, now changed
    digest.add(3'000, changed.constData() + 3'000, 3'000);
    digest.startChunkAt(6'000);
    digest.add(6'000, changed.constData() + 6'000, 3'000);
    QCOMPARE(digest.fingerprint(image.size()), claimedAfterAResend(changed));
}

void TestSentImageDigest::aResentChunkAfterTheNextBeganIsAGap()
{
    const QByteArray image = seededBytes(6'000, 42);
    SentImageDigest digest(TheKey);
    digest.startChunkAt(0);
    digest.add(0, image.constData(), 3'000);
    digest.startChunkAt(3'000);
    digest.add(3'000, image.constData() + 3'000, 3'000);
    digest.startChunkAt(0); // the upload never goes back two chunks: the digest stops claiming anything
    digest.add(0, image.constData(), 6'000);
    QVERIFY(digest.fingerprint(image.size()).isEmpty());
}

void TestSentImageDigest::nothingIsClaimedForAGapOrAShortUpload()
{
    const QByteArray image = seededBytes(4'000, 42);
    SentImageDigest skipped(TheKey);
    skipped.startChunkAt(0);
    skipped.add(0, image.constData(), 1'000);
    skipped.add(2'000, image.constData() + 2'000, 2'000);
    QVERIFY(skipped.fingerprint(image.size()).isEmpty());

    SentImageDigest shortUpload(TheKey);
    shortUpload.startChunkAt(0);
    shortUpload.add(0, image.constData(), 3'000);
    QVERIFY(shortUpload.fingerprint(image.size()).isEmpty());
    QCOMPARE(shortUpload.bytesTaken(), 3'000);
}

void TestSentImageDigest::fileSlicesFeedTheDigestAsTheyAreReadAndRewound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.bin"));
    const QByteArray image = seededBytes(50'000, 42);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(image), image.size());
    }
    auto digest = std::make_shared<SentImageDigest>(TheKey);
    FileSliceDevice first(path, 0, 20'000);
    first.setDigest(digest);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.read(12'000).size(), 12'000);
    QVERIFY(first.seek(0)); // Qt resends the request: the slice is read again from its start
    QCOMPARE(first.readAll(), image.left(20'000));

    FileSliceDevice second(path, 20'000, 30'000);
    second.setDigest(digest);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), image.mid(20'000));
    QCOMPARE(digest->fingerprint(image.size()), claimedAfterAResend(image));
}

QTEST_GUILESS_MAIN(TestSentImageDigest)
#include "tst_sentimagedigest.moc"
