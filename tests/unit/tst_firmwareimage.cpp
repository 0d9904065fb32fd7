#include "FirmwareImage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace groov;

class TestFirmwareImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chunkPlan_data();
    void chunkPlan();
    void chunkDevicesCoverTheFile();
    void chunkIndexOutOfRange();
    void metadata();
    void symlinkIsResolved();
    void rejects_data();
    void rejects();
    void unreadable();
    void brokenSymlink();
    void fifo();
    void defaultIsInvalid();
    void unchanged();
    void changedByAppend();
    void changedByTouch();
    void changedByRemoval();
    void changedByTruncation();

private:
    QString makeSparseFile(const QString &name, qint64 size);
    QString makeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

QString TestFirmwareImage::makeSparseFile(const QString &name, qint64 size)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    // resize() leaves a sparse file: no disk space and no time spent on 75 MB.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !file.resize(size))
        return {};
    return path;
}

QString TestFirmwareImage::makeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestFirmwareImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(FirmwareImage::ChunkSize, qint64(25'000'000));
}

void TestFirmwareImage::chunkPlan_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("chunks");
    QTest::addColumn<qint64>("lastOffset");
    QTest::addColumn<qint64>("lastLength");

    QTest::newRow("1") << qint64(1) << 1 << qint64(0) << qint64(1);
    QTest::newRow("24,999,999") << qint64(24'999'999) << 1 << qint64(0) << qint64(24'999'999);
    QTest::newRow("25,000,000") << qint64(25'000'000) << 1 << qint64(0) << qint64(25'000'000);
    QTest::newRow("25,000,001") << qint64(25'000'001) << 2 << qint64(25'000'000) << qint64(1);
    QTest::newRow("75,000,000") << qint64(75'000'000) << 3 << qint64(50'000'000) << qint64(25'000'000);
    QTest::newRow("60,000,000") << qint64(60'000'000) << 3 << qint64(50'000'000) << qint64(10'000'000);
}

void TestFirmwareImage::chunkPlan()
{
    QFETCH(qint64, size);
    QFETCH(int, chunks);
    QFETCH(qint64, lastOffset);
    QFETCH(qint64, lastLength);

    const QString path = makeSparseFile(QStringLiteral("plan-%1.bin").arg(size), size);
    QVERIFY(!path.isEmpty());
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const FirmwareImage &image = result.value();

    QCOMPARE(image.size(), size);
    QCOMPARE(image.chunkCount(), chunks);
    qint64 covered = 0;
    for (int i = 0; i < chunks; ++i) {
        QCOMPARE(image.chunkOffset(i), covered);
        const qint64 expected = i + 1 < chunks ? FirmwareImage::ChunkSize : lastLength;
        QCOMPARE(image.chunkLength(i), expected);
        covered += image.chunkLength(i);
    }
    QCOMPARE(covered, size);
    QCOMPARE(image.chunkOffset(chunks - 1), lastOffset);

    const std::unique_ptr<FileSliceDevice> last = image.chunkDevice(chunks - 1);
    QVERIFY(last);
    QVERIFY(!last->isOpen());
    QCOMPARE(last->size(), lastLength);
    QVERIFY2(last->open(QIODevice::ReadOnly), qPrintable(last->errorString()));
    QVERIFY(!last->isSequential());
    QVERIFY(QFile::remove(path));
}

void TestFirmwareImage::chunkDevicesCoverTheFile()
{
    // A small real file with content, so bytes can be compared; chunk size stays at 25 MB so it is one chunk.
    QByteArray bytes;
    for (int i = 0; i < 70'000; ++i)
        bytes.append(char(i % 253));
    const QString path = makeFile(QStringLiteral("content.bin"), bytes);
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(result.ok());
    QCOMPARE(result.value().chunkCount(), 1);
    const std::unique_ptr<FileSliceDevice> device = result.value().chunkDevice(0);
    QVERIFY(device->open(QIODevice::ReadOnly));
    QVERIFY(device->readAll() == bytes);
}

void TestFirmwareImage::chunkIndexOutOfRange()
{
    const QString path = makeSparseFile(QStringLiteral("range.bin"), 30'000'000);
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(result.ok());
    const FirmwareImage &image = result.value();
    QCOMPARE(image.chunkCount(), 2);
    QCOMPARE(image.chunkLength(-1), qint64(0));
    QCOMPARE(image.chunkLength(2), qint64(0));
    QCOMPARE(image.chunkOffset(2), qint64(0));
}

void TestFirmwareImage::metadata()
{
    const QString path = makeFile(QStringLiteral("groov-epic-4.0.3.bin"), QByteArray("firmware"));
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(result.ok());
    const FirmwareImage &image = result.value();
    QVERIFY(image.isValid());
    QCOMPARE(image.path(), QFileInfo(path).canonicalFilePath());
    QCOMPARE(image.requestedPath(), path);
    QCOMPARE(image.fileName(), QStringLiteral("groov-epic-4.0.3.bin"));
    QCOMPARE(image.size(), qint64(8));
    QCOMPARE(image.lastModified(), QFileInfo(path).lastModified());
    QVERIFY(image.lastModified().isValid());
}

void TestFirmwareImage::symlinkIsResolved()
{
    const QString target = makeFile(QStringLiteral("real-rio.bin"), QByteArray("0123456789"));
    const QString link = m_dir.filePath(QStringLiteral("latest.bin"));
    QVERIFY(QFile::link(target, link));
    const Result<FirmwareImage> result = FirmwareImage::inspect(link);
    QVERIFY(result.ok());
    QCOMPARE(result.value().path(), QFileInfo(target).canonicalFilePath());
    QCOMPARE(result.value().fileName(), QStringLiteral("real-rio.bin"));
    QCOMPARE(result.value().requestedPath(), link);
    QCOMPARE(result.value().size(), qint64(10));
}

void TestFirmwareImage::rejects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope.bin")) << QStringLiteral("does not exist");
    QTest::newRow("directory") << m_dir.filePath(QStringLiteral("folder")) << QStringLiteral("is a folder");
    QTest::newRow("empty") << makeFile(QStringLiteral("empty.bin"), QByteArray()) << QStringLiteral("is empty");
    QTest::newRow("no path") << QString() << QStringLiteral("No firmware file given");
    QTest::newRow("device file") << QStringLiteral("/dev/null") << QStringLiteral("device file");
}

void TestFirmwareImage::rejects()
{
    QFETCH(QString, path);
    QFETCH(QString, messagePart);

    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    const QString message = result.error().message;
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    if (!path.isEmpty())
        QVERIFY2(message.contains(path), qPrintable(message)); // names the path
}

void TestFirmwareImage::unreadable()
{
    if (::geteuid() == 0)
        QSKIP("Running as root, which can read any file");
    const QString path = makeFile(QStringLiteral("locked.bin"), QByteArray("secret"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains(QLatin1String("cannot be read")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(path));
    QVERIFY(result.error().message.contains(QLatin1String("permissions")));
}

void TestFirmwareImage::brokenSymlink()
{
    const QString link = m_dir.filePath(QStringLiteral("dangling.bin"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("gone.bin")), link));
    const Result<FirmwareImage> result = FirmwareImage::inspect(link);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    const QString message = result.error().message;
    QVERIFY2(message.contains(QLatin1String("is a link to")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("gone.bin")));
    QVERIFY(message.contains(link));
}

void TestFirmwareImage::fifo()
{
    const QString path = m_dir.filePath(QStringLiteral("pipe.bin"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    // Must not open (and block on) the pipe.
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains(QLatin1String("named pipe")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(path));
}

void TestFirmwareImage::defaultIsInvalid()
{
    const FirmwareImage image;
    QVERIFY(!image.isValid());
    QCOMPARE(image.chunkCount(), 0);
}

void TestFirmwareImage::unchanged()
{
    const QString path = makeFile(QStringLiteral("stable.bin"), QByteArray(1000, 'x'));
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(result.ok());
    const Status status = result.value().checkUnchanged();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QVERIFY(result.value().checkUnchanged().ok()); // repeatable
}

void TestFirmwareImage::changedByAppend()
{
    const QString path = makeFile(QStringLiteral("append.bin"), QByteArray(1000, 'x'));
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(result.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write("more"), qint64(4));
    file.close();
    const Status status = result.value().checkUnchanged();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::FileChanged);
    QVERIFY2(status.error().message.contains(QLatin1String("changed size")), qPrintable(status.error().message));
}

void TestFirmwareImage::changedByTouch()
{
    const QString path = makeFile(QStringLiteral("touched.bin"), QByteArray(1000, 'x'));
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(result.ok());
    // Same size, new modification time: set explicitly so the test does not depend on clock resolution.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(result.value().lastModified().addSecs(-3600), QFileDevice::FileModificationTime));
    file.close();
    const Status status = result.value().checkUnchanged();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::FileChanged);
    QVERIFY2(status.error().message.contains(QLatin1String("modified")), qPrintable(status.error().message));
}

void TestFirmwareImage::changedByRemoval()
{
    const QString path = makeFile(QStringLiteral("removed.bin"), QByteArray(10, 'x'));
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(result.ok());
    QVERIFY(QFile::remove(path));
    const Status status = result.value().checkUnchanged();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::FileChanged);
    QVERIFY2(status.error().message.contains(QLatin1String("removed or moved")), qPrintable(status.error().message));
}

void TestFirmwareImage::changedByTruncation()
{
    const QString path = makeSparseFile(QStringLiteral("truncated.bin"), 30'000'000);
    const Result<FirmwareImage> result = FirmwareImage::inspect(path);
    QVERIFY(result.ok());
    QVERIFY(QFile::resize(path, 1000));
    const Status status = result.value().checkUnchanged();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::FileChanged);
    // The second chunk's device can no longer be opened either.
    const std::unique_ptr<FileSliceDevice> device = result.value().chunkDevice(1);
    QVERIFY(!device->open(QIODevice::ReadOnly));
    QVERIFY(!device->errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestFirmwareImage)
#include "tst_firmwareimage.moc"
