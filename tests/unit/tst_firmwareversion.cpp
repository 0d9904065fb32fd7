// Versions read from what a device reports and from firmware file names, and what installing one over another does.
#include "FirmwareVersion.h"

#include <QTest>

using namespace groov;
using Change = FirmwareVersion::Change;

class TestFirmwareVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWholeVersions_data();
    void parsesWholeVersions();
    void findsTheVersionInAFileName_data();
    void findsTheVersionInAFileName();
    void comparesDeviceAndFile_data();
    void comparesDeviceAndFile();
    void describesEachChange();
    void fileVersionTextForThePages();
};

void TestFirmwareVersion::parsesWholeVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // empty: not a version
    QTest::newRow("release") << QStringLiteral("4.1.0") << QStringLiteral("4.1.0");
    QTest::newRow("build") << QStringLiteral("3.6.0-b.105") << QStringLiteral("3.6.0-b.105");
    QTest::newRow("spaces") << QStringLiteral(" 4.0.2 ") << QStringLiteral("4.0.2");
    QTest::newRow("leading zeros") << QStringLiteral("04.01.00") << QStringLiteral("4.1.0");
    QTest::newRow("two parts") << QStringLiteral("4.1") << QString();
    QTest::newRow("four parts") << QStringLiteral("4.1.0.2") << QString();
    QTest::newRow("words") << QStringLiteral("version 4.1.0") << QString();
    QTest::newRow("huge") << QStringLiteral("4.1.99999999999") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestFirmwareVersion::parsesWholeVersions()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    const auto version = FirmwareVersion::parse(text);
    QCOMPARE(version.has_value(), !parsed.isEmpty());
    if (version)
        QCOMPARE(version->toString(), parsed);
}

void TestFirmwareVersion::findsTheVersionInAFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("found"); // empty: none
    QTest::newRow("release") << QStringLiteral("GRV-EPIC-firmware-4.1.0.bin") << QStringLiteral("4.1.0");
    QTest::newRow("build") << QStringLiteral("groov_rio_3.6.0-b.105.bin") << QStringLiteral("3.6.0-b.105");
    QTest::newRow("in a folder") << QStringLiteral("/media/4.0.0/epic-4.1.0.bin") << QStringLiteral("4.1.0");
    QTest::newRow("same twice") << QStringLiteral("4.1.0-epic-4.1.0.bin") << QStringLiteral("4.1.0");
    QTest::newRow("two different") << QStringLiteral("epic-4.1.0-to-4.2.0.bin") << QString();
    QTest::newRow("none") << QStringLiteral("update.bin") << QString();
    QTest::newRow("an address") << QStringLiteral("from-10.0.0.5.bin") << QString();
    QTest::newRow("a date") << QStringLiteral("epic-2026.12.05.bin") << QStringLiteral("2026.12.5");
}

void TestFirmwareVersion::findsTheVersionInAFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, found);
    const auto version = FirmwareVersion::fromFileName(fileName);
    QCOMPARE(version.has_value(), !found.isEmpty());
    if (version)
        QCOMPARE(version->toString(), found);
}

void TestFirmwareVersion::comparesDeviceAndFile_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Change>("change");
    QTest::newRow("upgrade") << QStringLiteral("3.6.0-b.105") << QStringLiteral("epic-4.1.0.bin") << Change::Upgrade;
    QTest::newRow("minor upgrade") << QStringLiteral("4.0.9") << QStringLiteral("epic-4.1.0.bin") << Change::Upgrade;
    QTest::newRow("numeric, not text") << QStringLiteral("4.9.0") << QStringLiteral("epic-4.10.0.bin")
                                       << Change::Upgrade;
    QTest::newRow("same") << QStringLiteral("4.1.0") << QStringLiteral("epic-4.1.0.bin") << Change::Reinstall;
    QTest::newRow("same, device has a build")
        << QStringLiteral("4.1.0-b.42") << QStringLiteral("epic-4.1.0.bin") << Change::Reinstall;
    QTest::newRow("same build") << QStringLiteral("4.1.0-b.42") << QStringLiteral("epic-4.1.0-b.42.bin")
                                << Change::Reinstall;
    QTest::newRow("newer build") << QStringLiteral("4.1.0-b.42") << QStringLiteral("epic-4.1.0-b.50.bin")
                                 << Change::Upgrade;
    QTest::newRow("older build") << QStringLiteral("4.1.0-b.42") << QStringLiteral("epic-4.1.0-b.9.bin")
                                 << Change::Downgrade;
    QTest::newRow("downgrade") << QStringLiteral("4.1.0") << QStringLiteral("epic-3.6.0-b.105.bin")
                               << Change::Downgrade;
    QTest::newRow("no version in the name")
        << QStringLiteral("4.1.0") << QStringLiteral("update.bin") << Change::Unknown;
    QTest::newRow("device unknown") << QString() << QStringLiteral("epic-4.1.0.bin") << Change::Unknown;
    QTest::newRow("device says words") << QStringLiteral("unknown") << QStringLiteral("epic-4.1.0.bin")
                                       << Change::Unknown;
}

void TestFirmwareVersion::comparesDeviceAndFile()
{
    QFETCH(QString, device);
    QFETCH(QString, fileName);
    QFETCH(Change, change);
    QCOMPARE(FirmwareVersion::compare(device, fileName), change);
}

void TestFirmwareVersion::describesEachChange()
{
    const QString device = QStringLiteral("4.1.0");
    QCOMPARE(FirmwareVersion::fileVersionText(QStringLiteral("epic-4.2.0.bin"), device),
             QStringLiteral("4.2.0 (from the file name): an upgrade from the device's 4.1.0"));
    QCOMPARE(FirmwareVersion::fileVersionText(QStringLiteral("epic-4.1.0.bin"), device),
             QStringLiteral("4.1.0 (from the file name): a reinstall of the device's 4.1.0"));
    QCOMPARE(FirmwareVersion::fileVersionText(QStringLiteral("epic-3.6.0.bin"), device),
             QStringLiteral("3.6.0 (from the file name): a downgrade from the device's 4.1.0"));
    QCOMPARE(FirmwareVersion::fileVersionText(QStringLiteral("epic-4.1.0.bin"), QStringLiteral("garbled")),
             QStringLiteral("4.1.0 (from the file name)"));
}

void TestFirmwareVersion::fileVersionTextForThePages()
{
    QCOMPARE(FirmwareVersion::fileVersionText(QStringLiteral("epic-4.1.0.bin"), QStringLiteral("3.6.0-b.105")),
             QStringLiteral("4.1.0 (from the file name): an upgrade from the device's 3.6.0-b.105"));
    // The device's version unknown, or no version of one: the file's alone.
    QCOMPARE(FirmwareVersion::fileVersionText(QStringLiteral("epic-4.1.0.bin"), QString()),
             QStringLiteral("4.1.0 (from the file name)"));
    QCOMPARE(FirmwareVersion::fileVersionText(QStringLiteral("epic-4.1.0.bin"), QStringLiteral("unknown")),
             QStringLiteral("4.1.0 (from the file name)"));
    QVERIFY(FirmwareVersion::fileVersionText(QStringLiteral("update.bin"), QStringLiteral("4.1.0")).isEmpty());
}

QTEST_GUILESS_MAIN(TestFirmwareVersion)
#include "tst_firmwareversion.moc"
