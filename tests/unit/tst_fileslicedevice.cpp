#include "FileSliceDevice.h"

#include "BandwidthBudget.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;

namespace {

// Bytes that differ from their neighbours, so an off-by-one shows up as a mismatch.
QByteArray patternBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) % 256);
    return bytes;
}

} // namespace

class TestFileSliceDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranges_data();
    void ranges();
    void seekWithinSlice();
    void readAcrossTheEnd();
    void chunksReassembleTheFile();
    void lastShortChunk();
    void openFailures_data();
    void openFailures();
    void notOpen();
    void writeIsRefused();
    void reopenAfterClose();
    void truncatedWhileOpen();
    void truncatedBeforeFirstRead();
    void aSpentBandwidthBudgetPausesReads();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_bytes;
};

QString TestFileSliceDevice::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestFileSliceDevice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bytes = patternBytes(100'003);
    m_path = writeFile(QStringLiteral("image.bin"), m_bytes);
    QVERIFY(!m_path.isEmpty());
}

void TestFileSliceDevice::ranges_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    QTest::newRow("whole file") << qint64(0) << qint64(100'003);
    QTest::newRow("start") << qint64(0) << qint64(10);
    QTest::newRow("middle") << qint64(12'345) << qint64(54'321);
    QTest::newRow("tail") << qint64(100'000) << qint64(3);
    QTest::newRow("single byte") << qint64(777) << qint64(1);
    QTest::newRow("empty at end") << qint64(100'003) << qint64(0);
    QTest::newRow("empty in middle") << qint64(50) << qint64(0);
}

void TestFileSliceDevice::ranges()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, length);

    FileSliceDevice device(m_path, offset, length);
    QVERIFY(!device.isSequential());
    QCOMPARE(device.size(), length);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    QCOMPARE(device.size(), length);
    QCOMPARE(device.pos(), qint64(0));
    QCOMPARE(device.bytesAvailable(), length);
    QCOMPARE(device.atEnd(), length == 0);

    const QByteArray all = device.readAll();
    QCOMPARE(all.size(), qsizetype(length));
    QVERIFY(all == m_bytes.mid(offset, length));
    QVERIFY(device.atEnd());
    QCOMPARE(device.pos(), length);
    QCOMPARE(device.bytesAvailable(), qint64(0));
}

void TestFileSliceDevice::seekWithinSlice()
{
    const qint64 offset = 1000;
    const qint64 length = 5000;
    FileSliceDevice device(m_path, offset, length);
    QVERIFY(device.open(QIODevice::ReadOnly));

    QVERIFY(device.seek(100));
    QCOMPARE(device.pos(), qint64(100));
    QVERIFY(device.read(10) == m_bytes.mid(offset + 100, 10));
    QCOMPARE(device.pos(), qint64(110));

    // Backwards, as QHttpMultiPart does when it rewinds for a retry.
    QVERIFY(device.seek(3));
    QVERIFY(device.read(4) == m_bytes.mid(offset + 3, 4));

    QVERIFY(device.seek(length));
    QVERIFY(device.atEnd());
    QVERIFY(device.read(10).isEmpty());

    QVERIFY(!device.seek(length + 1));
    QVERIFY(!device.seek(-1));

    QVERIFY(device.reset());
    QCOMPARE(device.pos(), qint64(0));
    QVERIFY(device.readAll() == m_bytes.mid(offset, length));

    // Reading it a second time gives the same bytes: a retry sends the same chunk.
    QVERIFY(device.reset());
    QVERIFY(device.readAll() == m_bytes.mid(offset, length));
}

void TestFileSliceDevice::readAcrossTheEnd()
{
    const qint64 offset = 2000;
    const qint64 length = 300;
    FileSliceDevice device(m_path, offset, length);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QVERIFY(device.seek(250));

    QByteArray buffer(1000, '\0');
    const qint64 got = device.read(buffer.data(), buffer.size());
    QCOMPARE(got, qint64(50));
    QVERIFY(buffer.left(50) == m_bytes.mid(offset + 250, 50));
    QVERIFY(device.atEnd());
    // The next byte of the file, just past the slice, is never returned.
    QCOMPARE(device.read(buffer.data(), buffer.size()), qint64(0));
    QCOMPARE(device.pos(), length);
}

void TestFileSliceDevice::chunksReassembleTheFile()
{
    const qint64 chunk = 4096;
    QByteArray joined;
    for (qint64 offset = 0; offset < m_bytes.size(); offset += chunk) {
        const qint64 length = std::min<qint64>(chunk, m_bytes.size() - offset);
        FileSliceDevice device(m_path, offset, length);
        QVERIFY(device.open(QIODevice::ReadOnly));
        // Small reads exercise many readData() calls.
        while (!device.atEnd()) {
            const QByteArray part = device.read(1000);
            QVERIFY(!part.isEmpty());
            joined += part;
        }
    }
    QVERIFY(joined == m_bytes);
}

void TestFileSliceDevice::lastShortChunk()
{
    const qint64 chunk = 30'000;
    const qint64 lastOffset = 3 * chunk;
    const qint64 lastLength = m_bytes.size() - lastOffset; // 10'003
    FileSliceDevice device(m_path, lastOffset, lastLength);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(device.size(), lastLength);
    const QByteArray all = device.readAll();
    QCOMPARE(all.size(), qsizetype(lastLength));
    QVERIFY(all == m_bytes.right(lastLength));
}

void TestFileSliceDevice::openFailures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<int>("mode");

    const int readOnly = int(QIODevice::ReadOnly);
    QTest::newRow("missing file") << QStringLiteral("missing.bin") << qint64(0) << qint64(10) << readOnly;
    QTest::newRow("range past end") << QStringLiteral("image.bin") << qint64(100'000) << qint64(4) << readOnly;
    QTest::newRow("offset past end") << QStringLiteral("image.bin") << qint64(200'000) << qint64(0) << readOnly;
    QTest::newRow("negative offset") << QStringLiteral("image.bin") << qint64(-1) << qint64(10) << readOnly;
    QTest::newRow("negative length") << QStringLiteral("image.bin") << qint64(0) << qint64(-5) << readOnly;
    QTest::newRow("write only") << QStringLiteral("image.bin") << qint64(0) << qint64(10) << int(QIODevice::WriteOnly);
    QTest::newRow("read write") << QStringLiteral("image.bin") << qint64(0) << qint64(10) << int(QIODevice::ReadWrite);
}

void TestFileSliceDevice::openFailures()
{
    QFETCH(QString, name);
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    QFETCH(int, mode);

    FileSliceDevice device(m_dir.filePath(name), offset, length);
    QVERIFY(!device.open(QIODevice::OpenMode(mode)));
    QVERIFY(!device.isOpen());
    QVERIFY(!device.errorString().isEmpty());
}

void TestFileSliceDevice::notOpen()
{
    FileSliceDevice device(m_path, 0, 10);
    QVERIFY(!device.seek(0));
    QVERIFY(device.atEnd());
    QCOMPARE(device.size(), qint64(10));
}

void TestFileSliceDevice::writeIsRefused()
{
    FileSliceDevice device(m_path, 0, 10);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (groov::FileSliceDevice): ReadOnly device");
    QCOMPARE(device.write("abc", 3), qint64(-1));
    QVERIFY(device.readAll() == m_bytes.left(10)); // the file is untouched
}

void TestFileSliceDevice::reopenAfterClose()
{
    FileSliceDevice device(m_path, 10, 20);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QVERIFY(device.read(5) == m_bytes.mid(10, 5));
    device.close();
    QVERIFY(!device.isOpen());
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(device.pos(), qint64(0));
    QVERIFY(device.readAll() == m_bytes.mid(10, 20));
}

void TestFileSliceDevice::truncatedWhileOpen()
{
    const QString path = writeFile(QStringLiteral("shrinking.bin"), m_bytes);
    QVERIFY(!path.isEmpty());
    FileSliceDevice device(path, 1000, 50'000);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QVERIFY(device.read(1000) == m_bytes.mid(1000, 1000));

    QVERIFY(QFile::resize(path, 5000)); // the slice now ends 46'000 bytes past the end of the file

    QByteArray received;
    qint64 last = 0;
    QByteArray buffer(8192, '\0');
    for (int guard = 0; guard < 100; ++guard) {
        last = device.read(buffer.data(), buffer.size());
        if (last <= 0)
            break;
        received.append(buffer.constData(), last);
    }
    QCOMPARE(last, qint64(-1));
    QVERIFY2(device.errorString().contains(QLatin1String("shorter")), qPrintable(device.errorString()));
    // Whatever came before the cut is correct; nothing is invented.
    QVERIFY(received == m_bytes.mid(2000, 3000));
}

void TestFileSliceDevice::truncatedBeforeFirstRead()
{
    const QString path = writeFile(QStringLiteral("emptied.bin"), m_bytes);
    QVERIFY(!path.isEmpty());
    FileSliceDevice device(path, 0, 25'000);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QVERIFY(QFile::resize(path, 0));
    const QByteArray all = device.readAll();
    QVERIFY(all.isEmpty());
    QVERIFY(!device.errorString().isEmpty());
    char byte = 0;
    QCOMPARE(device.read(&byte, 1), qint64(-1));
}

void TestFileSliceDevice::aSpentBandwidthBudgetPausesReads()
{
    const QByteArray bytes = patternBytes(250'000);
    const QString path = writeFile(QStringLiteral("budget.bin"), bytes);
    QVERIFY(!path.isEmpty());
    qint64 nowMs = 0;
    // 1 MB/s holds 100 kB at most: the first read gets that, the next nothing until time passes.
    BandwidthBudget budget(1'000'000, nullptr, [&nowMs] { return nowMs; });
    FileSliceDevice device(path, 0, 250'000);
    device.setBandwidth(&budget);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QByteArray buffer(250'000, Qt::Uninitialized);
    QCOMPARE(device.read(buffer.data(), 250'000), qint64(100'000));
    QSignalSpy readyRead(&device, &QIODevice::readyRead);
    QCOMPARE(device.read(buffer.data() + 100'000, 150'000), qint64(0));
    QVERIFY(!device.atEnd());
    QVERIFY(!device.hasFailed());
    QCOMPARE(budget.waiting(), 1);

    nowMs = 50; // 50 kB more
    QVERIFY(readyRead.wait(10'000));
    QCOMPARE(device.read(buffer.data() + 100'000, 150'000), qint64(50'000));
    nowMs = 1'000;
    QCOMPARE(device.read(buffer.data() + 150'000, 100'000), qint64(100'000));
    QVERIFY(device.atEnd());
    QVERIFY(buffer == bytes);
}

QTEST_GUILESS_MAIN(TestFileSliceDevice)
#include "tst_fileslicedevice.moc"
