#include "SimChecksum.h"
#include "SimFirmware.h"
#include "SimFirmwareHeader.h"
#include "SimImageScanner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace groov::sim;

class TestSimFirmware : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesHeaderAndPayload();
    void sameInputsSameFile();
    void scannerDetectsDamage();
    void scannerRejectsNonImages();
    void checksumIgnoresHowBytesAreSplit();
    void rejectsBadArguments_data();
    void rejectsBadArguments();

private:
    static QByteArray readAll(const QString &path);
    static SimImageFacts scan(const QByteArray &bytes, qsizetype piece);
    QTemporaryDir m_dir;
};

QByteArray TestSimFirmware::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SimImageFacts TestSimFirmware::scan(const QByteArray &bytes, qsizetype piece)
{
    SimImageScanner scanner;
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        scanner.add(bytes.constData() + at, qMin(piece, bytes.size() - at));
    return scanner.facts();
}

void TestSimFirmware::writesHeaderAndPayload()
{
    const QString path = m_dir.filePath(QStringLiteral("rio.bin"));
    QString error;
    QVERIFY2(SimFirmware::write(path, QStringLiteral("rio"), QStringLiteral("4.0.1-b.7"), 3 * 1024 * 1024 + 13, &error),
             qPrintable(error));
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes.size(), 3 * 1024 * 1024 + 13);
    const auto header = SimFirmwareHeader::parse(bytes.left(SimFirmwareHeader::kSize));
    QVERIFY(header);
    QCOMPARE(header->family, QStringLiteral("rio"));
    QCOMPARE(header->version, QStringLiteral("4.0.1-b.7"));
    QCOMPARE(header->totalSize, quint64(bytes.size()));

    const SimImageFacts facts = scan(bytes, 1 << 20);
    QVERIFY(facts.isImage);
    QVERIFY(facts.intact);
    QCOMPARE(facts.family, QStringLiteral("rio"));
    QCOMPARE(facts.version, QStringLiteral("4.0.1-b.7"));
    // Blocks differ, so a reordered upload cannot pass for the original.
    QVERIFY(bytes.mid(1 << 20, 4096) != bytes.mid(2 << 20, 4096));
}

void TestSimFirmware::sameInputsSameFile()
{
    const QString a = m_dir.filePath(QStringLiteral("a.bin"));
    const QString b = m_dir.filePath(QStringLiteral("b.bin"));
    QVERIFY(SimFirmware::write(a, QStringLiteral("epic"), QStringLiteral("3.7.0"), 100000, nullptr));
    QVERIFY(SimFirmware::write(b, QStringLiteral("epic"), QStringLiteral("3.7.0"), 100000, nullptr));
    QCOMPARE(readAll(a), readAll(b));
    const QString c = m_dir.filePath(QStringLiteral("c.bin"));
    QVERIFY(SimFirmware::write(c, QStringLiteral("epic"), QStringLiteral("3.7.1"), 100000, nullptr));
    QVERIFY(readAll(a).mid(SimFirmwareHeader::kSize) != readAll(c).mid(SimFirmwareHeader::kSize));
}

void TestSimFirmware::scannerDetectsDamage()
{
    const QString path = m_dir.filePath(QStringLiteral("damage.bin"));
    QVERIFY(SimFirmware::write(path, QStringLiteral("epic"), QStringLiteral("3.7.0"), 200000, nullptr));
    const QByteArray original = readAll(path);
    QVERIFY(scan(original, 4096).intact);

    QByteArray flipped = original;
    flipped[150000] = char(flipped.at(150000) ^ 0x01);
    QVERIFY(scan(flipped, 4096).isImage);
    QVERIFY(!scan(flipped, 4096).intact);

    QVERIFY(!scan(original.left(original.size() - 1), 4096).intact);
    QVERIFY(!scan(original + QByteArray(1, '\0'), 4096).intact);
    // Two blocks swapped: same bytes, wrong order.
    QByteArray swapped = original.left(SimFirmwareHeader::kSize) + original.mid(100064, 99936) +
                         original.mid(SimFirmwareHeader::kSize, 99936);
    QCOMPARE(swapped.size(), original.size());
    QVERIFY(!scan(swapped, 4096).intact);
}

void TestSimFirmware::scannerRejectsNonImages()
{
    QVERIFY(!scan(QByteArray(1000, 'x'), 100).isImage);
    QVERIFY(!scan(QByteArray("GRVSIMFW"), 100).isImage);
    QVERIFY(!scan(QByteArray(), 100).isImage);
    // Right magic, unknown format number.
    QByteArray header = SimFirmwareHeader{QStringLiteral("epic"), QStringLiteral("1"), 128, 0, 1}.serialize();
    header[8] = 9;
    QVERIFY(!SimFirmwareHeader::parse(header));
}

void TestSimFirmware::checksumIgnoresHowBytesAreSplit()
{
    QByteArray data(10007, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char((i * 131) ^ (i >> 3));
    SimChecksum whole;
    whole.add(data.constData(), data.size());
    for (int piece : {1, 3, 7, 8, 9, 17, 4096}) {
        SimChecksum split;
        for (qsizetype at = 0; at < data.size(); at += piece)
            split.add(data.constData() + at, qMin<qsizetype>(piece, data.size() - at));
        QCOMPARE(split.value(), whole.value());
    }
    SimChecksum shorter;
    shorter.add(data.constData(), data.size() - 1);
    QVERIFY(shorter.value() != whole.value());
}

void TestSimFirmware::rejectsBadArguments_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("version");
    QTest::addColumn<qint64>("size");
    QTest::newRow("family") << "ppc"
                            << "1.0" << qint64(1000);
    QTest::newRow("empty version") << "epic"
                                   << "" << qint64(1000);
    QTest::newRow("long version") << "epic" << QString(49, QLatin1Char('9')) << qint64(1000);
    QTest::newRow("too small") << "rio"
                               << "1.0" << qint64(SimFirmwareHeader::kSize - 1);
}

void TestSimFirmware::rejectsBadArguments()
{
    QFETCH(QString, family);
    QFETCH(QString, version);
    QFETCH(qint64, size);
    QString error;
    QVERIFY(!SimFirmware::write(m_dir.filePath(QStringLiteral("bad.bin")), family, version, size, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.bin"))));
}

QTEST_GUILESS_MAIN(TestSimFirmware)
#include "tst_simfirmware.moc"
