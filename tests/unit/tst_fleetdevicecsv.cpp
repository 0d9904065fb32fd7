// A device list in CSV (FleetDeviceCsv): RFC 4180 quoting, a BOM, CRLF, blank lines, the header's columns, a row
// checked as a plan's device is, the limits, and every message naming the line and column.
#include "FleetDeviceCsv.h"

#include "UserFileTest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;
using groov::test::writeFile;

namespace {

const QString Base = QStringLiteral("/plant");
const QString Fingerprint = QString(64, QLatin1Char('a'));

// The devices of a list that must be read; none, the test failed, when it is refused.
QList<FleetDevice> devicesOf(const QByteArray &csv)
{
    auto devices = FleetDeviceCsv::parse(csv, Base);
    if (!devices) {
        QTest::qFail(qPrintable(devices.error().message), __FILE__, __LINE__);
        return {};
    }
    return std::move(devices).value();
}

} // namespace

class TestFleetDeviceCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyColumnMeansWhatThePlansFieldMeans();
    void quotedCellsHoldCommasQuotesAndLineBreaks();
    void aSpreadsheetsBomCrlfAndBlankLinesAreTolerated();
    void headerColumnsIgnoreLetterCaseAndOrder();
    void badListsNameTheLineAndColumn_data();
    void badListsNameTheLineAndColumn();
    void controlCharactersAreNeverEchoedRaw();
    void sizeAndDeviceCountAreBounded();
    void aListOthersCanChangeIsRefused();
};

void TestFleetDeviceCsv::everyColumnMeansWhatThePlansFieldMeans()
{
    const QByteArray csv = "name,address,profile,fingerprint,model,apiKeyEnv,apiKeyFile\n"
                           "press-1,10.20.0.11,,AA:" +
                           QByteArray(62, 'a') +
                           ",GRV-EPIC-PR2,,keys/press-1.key\n"
                           "oven,,Oven line,,,,\n"
                           "saw,saw.plant.example:8443,,,,SAW_KEY,\n"
                           "drill,10.20.0.14,,,,,\n";
    const QList<FleetDevice> devices = devicesOf(csv);
    QCOMPARE(devices.size(), 4);
    const FleetDevice &press = devices.at(0);
    QCOMPARE(press.name, QStringLiteral("press-1"));
    QCOMPARE(press.address, QStringLiteral("10.20.0.11"));
    QCOMPARE(press.pin, Fingerprint.toLatin1());
    QCOMPARE(press.expectedModel, QStringLiteral("GRV-EPIC-PR2"));
    QCOMPARE(press.key.kind, FleetKeySource::Kind::File);
    QCOMPARE(press.key.name, QStringLiteral("/plant/keys/press-1.key")); // from the list's folder, as in a plan
    // A profile gives the address, and its keychain entry the key.
    const FleetDevice &oven = devices.at(1);
    QCOMPARE(oven.profile, QStringLiteral("Oven line"));
    QVERIFY(oven.address.isEmpty());
    QCOMPARE(oven.key.kind, FleetKeySource::Kind::Profile);
    QCOMPARE(devices.at(2).key.kind, FleetKeySource::Kind::Environment);
    QCOMPARE(devices.at(2).key.name, QStringLiteral("SAW_KEY"));
    // No key column: the variable every run reads, as a plan's device without "key".
    QCOMPARE(devices.at(3).key.kind, FleetKeySource::Kind::Environment);
    QCOMPARE(devices.at(3).key.name, QStringLiteral("GROOV_API_KEY"));
}

void TestFleetDeviceCsv::quotedCellsHoldCommasQuotesAndLineBreaks()
{
    // Read without quoting, the first row would have four cells and the third a name with quotes in it.
    const QByteArray csv = "name,address,model\n"
                           "\"Press, line 1\",10.0.0.1,GRV-EPIC-PR2\n"
                           "\"The \"\"big\"\" oven\",\"10.0.0.2\",\n"
                           "saw,10.0.0.3,\"\"\n";
    const QList<FleetDevice> devices = devicesOf(csv);
    QCOMPARE(devices.size(), 3);
    QCOMPARE(devices.at(0).name, QStringLiteral("Press, line 1"));
    QCOMPARE(devices.at(0).address, QStringLiteral("10.0.0.1"));
    QCOMPARE(devices.at(0).expectedModel, QStringLiteral("GRV-EPIC-PR2"));
    QCOMPARE(devices.at(1).name, QStringLiteral("The \"big\" oven"));
    QCOMPARE(devices.at(1).address, QStringLiteral("10.0.0.2"));
    QVERIFY(devices.at(2).expectedModel.isEmpty());

    // A line break inside quotes is part of the cell (and counts for the lines named afterwards): here it is a
    // control character in a name, refused as a plan refuses it, on the line the row starts on.
    const auto broken = FleetDeviceCsv::parse("name,address\nok,10.0.0.1\n\"two\nlines\",10.0.0.2\nx,10.0.0.2\n", Base);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.startsWith(QLatin1String("CSV line 3, column \"name\": \"two\\x0Alines\" holds "
                                                             "control characters")),
             qPrintable(broken.error().message));
    const auto later = FleetDeviceCsv::parse("name,address\n\"a\nb\",10.0.0.1,\nc,10.0.0.2\n", Base);
    QVERIFY(!later.ok());
    QVERIFY2(later.error().message.startsWith(QLatin1String("CSV line 2: The line has 3 cells")),
             qPrintable(later.error().message));
    // The row after a quoted line break (here one a spreadsheet left at a cell's end, trimmed) is on line 4.
    const auto fourth = FleetDeviceCsv::parse("name,address,model\na,10.0.0.1,\"GRV-EPIC-PR2\n\"\nc,10.0.0.1,\n", Base);
    QVERIFY(!fourth.ok());
    QVERIFY2(fourth.error().message.startsWith(QLatin1String("CSV line 4, column \"address\": \"10.0.0.1\" is "
                                                             "already another device's address")),
             qPrintable(fourth.error().message));
}

void TestFleetDeviceCsv::aSpreadsheetsBomCrlfAndBlankLinesAreTolerated()
{
    const QByteArray csv = "\xEF\xBB\xBFname,address\r\n"
                           "\r\n"
                           "press-1,10.0.0.1\r\n"
                           ",\r\n"
                           "   \r\n"
                           "press-2,10.0.0.2"; // no line break at the end
    const QList<FleetDevice> devices = devicesOf(csv);
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).name, QStringLiteral("press-1")); // not "\uFEFFname" read as a column, nor "\r" kept
    QCOMPARE(devices.at(1).address, QStringLiteral("10.0.0.2"));
    QCOMPARE(devices.at(1).name, QStringLiteral("press-2"));
}

void TestFleetDeviceCsv::headerColumnsIgnoreLetterCaseAndOrder()
{
    const QList<FleetDevice> devices = devicesOf("ADDRESS, Name ,APIKEYENV\n10.0.0.1,press,PRESS_KEY\n");
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.at(0).name, QStringLiteral("press"));
    QCOMPARE(devices.at(0).address, QStringLiteral("10.0.0.1"));
    QCOMPARE(devices.at(0).key.name, QStringLiteral("PRESS_KEY"));
}

void TestFleetDeviceCsv::badListsNameTheLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    const QByteArray header = "name,address,fingerprint,apiKeyEnv,apiKeyFile\n";
    QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("The device list is empty");
    QTest::newRow("a header only") << header << QStringLiteral("must hold 1 to 1000 devices");
    QTest::newRow("a misspelt column")
        << QByteArray("name,adress\np,10.0.0.1\n")
        << QStringLiteral("CSV line 1, column \"adress\": A device list has no such column (a typo?). The columns "
                          "are: name, address, profile, fingerprint, model, apiKeyEnv, apiKeyFile.");
    QTest::newRow("a column twice") << QByteArray("name,address,Name\n")
                                    << QStringLiteral("CSV line 1, column \"name\": The column is there twice");
    QTest::newRow("no address column") << QByteArray("name,profile\np,Press\n")
                                       << QStringLiteral("CSV line 1: The first line must name the columns, and "
                                                         "\"address\" is not among them");
    QTest::newRow("no header") << QByteArray("press,10.0.0.1\n")
                               << QStringLiteral("CSV line 1, column \"press\": A device list has no such column");
    QTest::newRow("a cell too many") << header + "p,10.0.0.1,,,,extra\n"
                                     << QStringLiteral(
                                            "CSV line 2: The line has 6 cells where the first line names 5 columns");
    QTest::newRow("a quote inside a plain cell")
        << header + "p,10.0.0.1,,,\nq,10.0.0.2,ab\"c,,\n"
        << QStringLiteral("CSV line 3: A cell holds a double quote but does not start with one");
    QTest::newRow("text after a closing quote") << header + "\"p\"x,10.0.0.1,,,\n"
                                                << QStringLiteral("CSV line 2: Text follows a quoted cell's closing");
    QTest::newRow("a quote never closed") << header + "p,10.0.0.1,,,\n\"q,10.0.0.2,,,\nr,10.0.0.3,,,\n"
                                          << QStringLiteral("CSV line 3: A cell opens a double quote that is never");
    QTest::newRow("not UTF-8") << QByteArray("name,address\npr\xE9s,10.0.0.1\n") << QStringLiteral("not UTF-8");
    // The plan's own checks, each at its row and column.
    QTest::newRow("no name") << header + "p,10.0.0.1,,,\n,10.0.0.2,,,\n"
                             << QStringLiteral("CSV line 3, column \"name\": The value is missing.");
    QTest::newRow("no address and no profile")
        << header + "p,,,,\n"
        << QStringLiteral("CSV line 2, column \"address\": The value is missing.");
    QTest::newRow("a bad port") << header + "p,10.0.0.7:99999,,,\n"
                                << QStringLiteral("CSV line 2, column \"address\": The device address");
    QTest::newRow("the same name twice") << header + "p,10.0.0.1,,,\nP,10.0.0.2,,,\n"
                                         << QStringLiteral("CSV line 3, column \"name\": \"P\" is already the name");
    QTest::newRow("the same device twice")
        << header + "p,10.0.0.1,,,\nq,10.0.0.1:443,,,\n"
        << QStringLiteral("CSV line 3, column \"address\": \"10.0.0.1\" is already another device's address");
    QTest::newRow("a bad fingerprint") << header + "p,10.0.0.1,abc,,\n"
                                       << QStringLiteral(
                                              "CSV line 2, column \"fingerprint\": \"abc\" is not a SHA-256");
    QTest::newRow("a key where its variable goes")
        << header + "p,10.0.0.1,,s3cr3t-key!,\n"
        << QStringLiteral("CSV line 2, column \"apiKeyEnv\": The value is not the name of an environment variable");
    QTest::newRow("two places for the key")
        << header + "p,10.0.0.1,,P_KEY,keys/p.key\n"
        << QStringLiteral("CSV line 2: The line gives both apiKeyEnv and apiKeyFile");
    QTest::newRow("a name too long") << header + QByteArray(101, 'n') + ",10.0.0.1,,,\n"
                                     << QStringLiteral(
                                            "CSV line 2, column \"name\": The value is longer than 100 characters");
}

void TestFleetDeviceCsv::badListsNameTheLineAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    test::verifyRefusal(FleetDeviceCsv::parse(csv, Base), expected);
}

void TestFleetDeviceCsv::controlCharactersAreNeverEchoedRaw()
{
    for (const QByteArray &csv :
         {QByteArray("name,add\x1b[2Jress\np,10.0.0.1\n"), QByteArray("name,address\n\"p\x1b[2J\",10.0.0.1\n"),
          QByteArray("name,address\np,\"10.0.0.1\x07\"\n")}) {
        const auto devices = FleetDeviceCsv::parse(csv, Base);
        QVERIFY(!devices.ok());
        const QString message = devices.error().message;
        for (const QChar c : message)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, message.toUtf8().toPercentEncoding().constData());
        QVERIFY2(message.startsWith(QLatin1String("CSV line ")), qPrintable(message));
    }
}

void TestFleetDeviceCsv::sizeAndDeviceCountAreBounded()
{
    QByteArray many = "name,address\n";
    for (int i = 0; i < FleetPlan::MaxDevices; ++i)
        many += QStringLiteral("d%1,10.0.%2.%3\n").arg(i).arg(i / 250).arg(i % 250 + 1).toLatin1();
    const QList<FleetDevice> most = devicesOf(many);
    QCOMPARE(most.size(), FleetPlan::MaxDevices);

    const auto tooMany = FleetDeviceCsv::parse(many + "last,10.0.9.9\n", Base);
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().message.contains(QLatin1String("1 to 1000 devices")), qPrintable(tooMany.error().message));

    const QByteArray big = "name,address\n" + QByteArray(FleetPlan::MaxFileBytes, '\n');
    const auto tooBig = FleetDeviceCsv::parse(big, Base);
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.error().message.contains(QLatin1String("larger than 1024 KiB")),
             qPrintable(tooBig.error().message));
}

void TestFleetDeviceCsv::aListOthersCanChangeIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("devices.csv"));
    QVERIFY(writeFile(path, "name,address,apiKeyFile\np,10.0.0.1,p.key\n", QFile::ReadOwner | QFile::WriteOwner));
    const auto own = FleetDeviceCsv::load(path);
    QVERIFY2(own.ok(), own ? "" : qPrintable(own.error().message));
    QCOMPARE(own->at(0).key.name, QDir(QFileInfo(path).canonicalPath()).filePath(QStringLiteral("p.key")));

    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
    const auto shared = FleetDeviceCsv::load(path);
    QVERIFY(!shared.ok());
    QVERIFY2(shared.error().message.contains(QLatin1String("The device list")) &&
                 shared.error().message.contains(QLatin1String("chmod go-w")),
             qPrintable(shared.error().message));

    // The plan loader's size rule: a larger file is not even read.
    const QString large = dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(writeFile(large, "name,address\n" + QByteArray(FleetPlan::MaxFileBytes, '\n'),
                      QFile::ReadOwner | QFile::WriteOwner));
    const auto refused = FleetDeviceCsv::load(large);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(QLatin1String("The device list")), qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestFleetDeviceCsv)
#include "tst_fleetdevicecsv.moc"
