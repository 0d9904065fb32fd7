#include "FirmwareHasher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;

namespace {
constexpr int WaitMs = 30'000; // generous: a busy 2-core CI machine
}

class TestFirmwareHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownVector();
    void smallFileMatchesQCryptographicHash();
    void multiMebibyteFile();
    void blockingProgressCallback();
    void blockingCancel();
    void blockingMissingFile();
    void blockingDirectory();
    void signalsAndProgress();
    void theSameReadGivesTheFingerprint();
    void cancelRunning();
    void cancelWhenIdleDoesNothing();
    void restartReportsOnlyTheNewRun();
    void missingFileFails();
    void destroyWhileRunning();

private:
    QString makeFile(const QString &name, const QByteArray &bytes);
    QByteArray expectedHex(const QString &path);

    QTemporaryDir m_dir;
    QString m_small;
    QString m_large;
};

QString TestFirmwareHasher::makeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray TestFirmwareHasher::expectedHex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void TestFirmwareHasher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_small = makeFile(QStringLiteral("small.bin"), QByteArray("groov firmware test bytes\n").repeated(37));
    QVERIFY(!m_small.isEmpty());

    // 5.5 MiB of varied content: several 1 MiB blocks plus a partial one.
    QByteArray large(5 * 1024 * 1024 + 512 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char((i * 31 + (i >> 12)) & 0xff);
    m_large = makeFile(QStringLiteral("large.bin"), large);
    QVERIFY(!m_large.isEmpty());
}

void TestFirmwareHasher::knownVector()
{
    const QString path = makeFile(QStringLiteral("abc.txt"), QByteArray("abc"));
    const Result<QByteArray> result = FirmwareHasher::hashFile(path);
    QVERIFY(result.ok());
    // FIPS 180-2 test vector for "abc".
    QCOMPARE(result.value(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

    const QString empty = makeFile(QStringLiteral("empty.txt"), QByteArray());
    const Result<QByteArray> emptyResult = FirmwareHasher::hashFile(empty);
    QVERIFY(emptyResult.ok());
    QCOMPARE(emptyResult.value(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestFirmwareHasher::smallFileMatchesQCryptographicHash()
{
    const Result<QByteArray> result = FirmwareHasher::hashFile(m_small);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), expectedHex(m_small));
    QCOMPARE(result.value().size(), 64);
    QCOMPARE(result.value(), result.value().toLower());
}

void TestFirmwareHasher::multiMebibyteFile()
{
    const Result<QByteArray> result = FirmwareHasher::hashFile(m_large);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), expectedHex(m_large));
}

void TestFirmwareHasher::blockingProgressCallback()
{
    QList<qint64> reports;
    const Result<QByteArray> result =
        FirmwareHasher::hashFile(m_large, nullptr, [&](qint64 done) { reports.append(done); });
    QVERIFY(result.ok());
    // One report per 1 MiB block: 5 full blocks and a half one.
    QCOMPARE(reports.size(), 6);
    for (int i = 1; i < reports.size(); ++i)
        QVERIFY(reports.at(i) > reports.at(i - 1));
    QCOMPARE(reports.first(), FirmwareHasher::BlockSize);
    QCOMPARE(reports.last(), QFile(m_large).size());
}

void TestFirmwareHasher::blockingCancel()
{
    std::atomic_bool cancel{false};
    int calls = 0;
    const Result<QByteArray> result = FirmwareHasher::hashFile(m_large, &cancel, [&](qint64) {
        ++calls;
        cancel = true; // cancel after the first block
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 1);

    std::atomic_bool already{true};
    const Result<QByteArray> before = FirmwareHasher::hashFile(m_small, &already);
    QVERIFY(!before.ok());
    QCOMPARE(before.error().code, ErrorCode::Cancelled);
}

void TestFirmwareHasher::blockingMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.bin"));
    const Result<QByteArray> result = FirmwareHasher::hashFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(result.error().message.contains(path));
}

void TestFirmwareHasher::blockingDirectory()
{
    const Result<QByteArray> result = FirmwareHasher::hashFile(m_dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
}

void TestFirmwareHasher::signalsAndProgress()
{
    FirmwareHasher hasher;
    QSignalSpy finished(&hasher, &FirmwareHasher::finished);
    QSignalSpy progress(&hasher, &FirmwareHasher::progress);
    QSignalSpy failed(&hasher, &FirmwareHasher::failed);
    QSignalSpy cancelled(&hasher, &FirmwareHasher::cancelled);

    QVERIFY(!hasher.isRunning());
    hasher.start(m_large);
    QVERIFY(hasher.isRunning());
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(!hasher.isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toByteArray(), expectedHex(m_large));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(cancelled.size(), 0);

    const qint64 total = QFile(m_large).size();
    QVERIFY(!progress.isEmpty());
    qint64 previous = 0;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        const qint64 done = args.at(0).toLongLong();
        QVERIFY(done >= previous);
        QCOMPARE(args.at(1).toLongLong(), total);
        previous = done;
    }
    // The last report says "all of it", so a progress bar ends full.
    QCOMPARE(progress.last().at(0).toLongLong(), total);
    // Throttled: far fewer reports than 1 MiB blocks would give on a slow machine is not guaranteed,
    // but never more than one per block plus the final one.
    QVERIFY(progress.size() <= 7);
}

void TestFirmwareHasher::theSameReadGivesTheFingerprint()
{
    QFile file(m_large);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ImageFingerprint::Key key = ImageFingerprint::Key::random();
    ImageFingerprint expected(key);
    expected.addData(bytes.constData(), bytes.size());

    FirmwareHasher hasher;
    QSignalSpy finished(&hasher, &FirmwareHasher::finished);
    hasher.start(m_large, key);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.first().first().toByteArray(), expectedHex(m_large));
    QCOMPARE(hasher.fingerprint(), expected.result());

    // Without a key there is none, and a new run forgets the last one's.
    hasher.start(m_small);
    QVERIFY(hasher.fingerprint().isEmpty());
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(hasher.fingerprint().isEmpty());
}

void TestFirmwareHasher::cancelRunning()
{
    FirmwareHasher hasher;
    QSignalSpy finished(&hasher, &FirmwareHasher::finished);
    QSignalSpy failed(&hasher, &FirmwareHasher::failed);
    QSignalSpy cancelled(&hasher, &FirmwareHasher::cancelled);

    hasher.start(m_large);
    QVERIFY(hasher.isRunning());
    hasher.cancel(); // no event loop has run: the run is certainly still "running" for the owner
    QVERIFY(!hasher.isRunning());
    QCOMPARE(cancelled.size(), 1);

    // Whatever the worker had computed is dropped. Run another hash to flush the queue deterministically.
    hasher.start(m_small);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toByteArray(), expectedHex(m_small));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(cancelled.size(), 1);
}

void TestFirmwareHasher::cancelWhenIdleDoesNothing()
{
    FirmwareHasher hasher;
    QSignalSpy cancelled(&hasher, &FirmwareHasher::cancelled);
    hasher.cancel();
    QCOMPARE(cancelled.size(), 0);
}

void TestFirmwareHasher::restartReportsOnlyTheNewRun()
{
    FirmwareHasher hasher;
    QSignalSpy finished(&hasher, &FirmwareHasher::finished);
    QSignalSpy cancelled(&hasher, &FirmwareHasher::cancelled);

    hasher.start(m_large);
    hasher.start(m_small); // restart while running
    QVERIFY(hasher.isRunning());
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toByteArray(), expectedHex(m_small));
    // A queued result of the first run would arrive before the second one's; none came.
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(cancelled.size(), 0);
}

void TestFirmwareHasher::missingFileFails()
{
    FirmwareHasher hasher;
    QSignalSpy finished(&hasher, &FirmwareHasher::finished);
    QSignalSpy failed(&hasher, &FirmwareHasher::failed);
    const QString path = m_dir.filePath(QStringLiteral("missing.bin"));
    hasher.start(path);
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(path));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!hasher.isRunning());
}

void TestFirmwareHasher::destroyWhileRunning()
{
    auto hasher = std::make_unique<FirmwareHasher>();
    QSignalSpy finished(hasher.get(), &FirmwareHasher::finished);
    hasher->start(m_large);
    hasher.reset(); // must cancel and join without crashing or leaving events for a dead object
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestFirmwareHasher)
#include "tst_firmwarehasher.moc"
