#include "DeviceInfo.h"

#include <QJsonObject>
#include <QTest>

using namespace groov;

Q_DECLARE_METATYPE(groov::DeviceFamily)

class TestDeviceInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protocolExample();
    void parse_data();
    void parse();
    void rejectsNonObjects_data();
    void rejectsNonObjects();
    void family_data();
    void family();
    void familyNames();
    void fromFileName_data();
    void fromFileName();
    void toJson();
};

void TestDeviceInfo::protocolExample()
{
    const QByteArray body = R"({
      "mmpRev": 1, "pucFlag": false,
      "firmware": {"version": "4.0.2", "date": "06/08/2018", "time": "08:58:38"},
      "hardware": {"part": "GRV-EPIC-PR1", "revision": "05/31/2018"}
    })";
    const Result<DeviceInfo> result = DeviceInfo::parse(body);
    QVERIFY(result.ok());
    const DeviceInfo &info = result.value();
    QCOMPARE(info.model, QStringLiteral("GRV-EPIC-PR1"));
    QCOMPARE(info.firmwareVersion, QStringLiteral("4.0.2"));
    QCOMPARE(info.firmwareDate, QStringLiteral("06/08/2018"));
    QCOMPARE(info.hardwareRevision, QStringLiteral("05/31/2018"));
    QCOMPARE(info.family(), DeviceFamily::Epic);
}

void TestDeviceInfo::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("revision");

    QTest::newRow("empty object") << QByteArray("{}") << QString() << QString() << QString() << QString();
    QTest::newRow("rio, no date") << QByteArray(
                                         R"({"firmware":{"version":"3.5.0"},"hardware":{"part":"GRV-R7-MM1001-10"}})")
                                  << QStringLiteral("GRV-R7-MM1001-10") << QStringLiteral("3.5.0") << QString()
                                  << QString();
    QTest::newRow("firmware not an object") << QByteArray(R"({"firmware":"4.1","hardware":{"part":"GRV-EPIC-PR2"}})")
                                            << QStringLiteral("GRV-EPIC-PR2") << QString() << QString() << QString();
    QTest::newRow("numeric version") << QByteArray(R"({"firmware":{"version":4.1}})") << QString()
                                     << QStringLiteral("4.1") << QString() << QString();
    QTest::newRow("null and bool fields")
        << QByteArray(R"({"firmware":{"version":null,"date":true},"hardware":{"part":["x"],"revision":{}}})")
        << QString() << QString() << QString() << QString();
    QTest::newRow("whitespace trimmed") << QByteArray(R"({"hardware":{"part":" GRV-EPIC-PR2 \n"}})")
                                        << QStringLiteral("GRV-EPIC-PR2") << QString() << QString() << QString();
    QTest::newRow("extra fields ignored")
        << QByteArray(R"({"new":{"a":1},"hardware":{"part":"GRV-EPIC-PR2","revision":"B","serial":"123"}})")
        << QStringLiteral("GRV-EPIC-PR2") << QString() << QString() << QStringLiteral("B");
    // What a device says is shown and reported: no terminal escapes, no reordering controls, no endless strings.
    QTest::newRow("control characters escaped")
        << QByteArray(R"({"firmware":{"version":"4.1\u001b[2J\r\u0085x"},"hardware":{"part":"GRV\u202eRP"}})")
        << QStringLiteral("GRV\\u202ERP") << QStringLiteral("4.1\\x1B[2J\\x0D\\x85x") << QString() << QString();
    QTest::newRow("long version cut") << QByteArray("{\"firmware\":{\"version\":\"" + QByteArray(5000, '9') + "\"}}")
                                      << QString() << QString(100, QLatin1Char('9')) + QChar(0x2026) << QString()
                                      << QString();
}

void TestDeviceInfo::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, model);
    QFETCH(QString, version);
    QFETCH(QString, date);
    QFETCH(QString, revision);

    const Result<DeviceInfo> result = DeviceInfo::parse(body);
    QVERIFY(result.ok());
    QCOMPARE(result.value().model, model);
    QCOMPARE(result.value().firmwareVersion, version);
    QCOMPARE(result.value().firmwareDate, date);
    QCOMPARE(result.value().hardwareRevision, revision);
}

void TestDeviceInfo::rejectsNonObjects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>");
    QTest::newRow("array") << QByteArray(R"([{"hardware":{"part":"GRV-EPIC-PR1"}}])");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("string") << QByteArray("\"GRV-EPIC-PR1\"");
    QTest::newRow("truncated") << QByteArray(R"({"hardware":{"part":"GRV-)");
}

void TestDeviceInfo::rejectsNonObjects()
{
    QFETCH(QByteArray, body);
    const Result<DeviceInfo> result = DeviceInfo::parse(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::DeviceRejected);
    QVERIFY2(result.error().message.contains(QLatin1String("not understood")), qPrintable(result.error().message));
}

void TestDeviceInfo::family_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<DeviceFamily>("family");
    QTest::newRow("PR1") << QStringLiteral("GRV-EPIC-PR1") << DeviceFamily::Epic;
    QTest::newRow("PR2") << QStringLiteral("GRV-EPIC-PR2") << DeviceFamily::Epic;
    QTest::newRow("lower case") << QStringLiteral("grv-epic-pr2") << DeviceFamily::Epic;
    QTest::newRow("MM1001") << QStringLiteral("GRV-R7-MM1001-10") << DeviceFamily::Rio;
    QTest::newRow("MM2001") << QStringLiteral("GRV-R7-MM2001-10") << DeviceFamily::Rio;
    QTest::newRow("I1VAPM") << QStringLiteral("GRV-R7-I1VAPM-3") << DeviceFamily::Rio;
    QTest::newRow("empty") << QString() << DeviceFamily::Unknown;
    QTest::newRow("other Opto 22 part") << QStringLiteral("GRV-IDCIFQ-16") << DeviceFamily::Unknown;
    QTest::newRow("prefix without dash") << QStringLiteral("GRV-EPICX") << DeviceFamily::Unknown;
}

void TestDeviceInfo::family()
{
    QFETCH(QString, model);
    QFETCH(DeviceFamily, family);
    DeviceInfo info;
    info.model = model;
    QCOMPARE(info.family(), family);
}

void TestDeviceInfo::familyNames()
{
    QCOMPARE(familyName(DeviceFamily::Epic), QStringLiteral("groov EPIC"));
    QCOMPARE(familyName(DeviceFamily::Rio), QStringLiteral("groov RIO"));
    QCOMPARE(familyName(DeviceFamily::Unknown), QStringLiteral("unknown"));
    QCOMPARE(familyKey(DeviceFamily::Epic), QStringLiteral("epic"));
    QCOMPARE(familyKey(DeviceFamily::Rio), QStringLiteral("rio"));
    QCOMPARE(familyKey(DeviceFamily::Unknown), QStringLiteral("unknown"));
}

void TestDeviceInfo::fromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<DeviceFamily>("family");
    const auto row = [](const char *name, DeviceFamily family) {
        QTest::newRow(name) << QString::fromUtf8(name) << family;
    };
    row("groov-epic-4.0.3.bin", DeviceFamily::Epic);
    row("GROOV_EPIC_FIRMWARE.zip", DeviceFamily::Epic);
    row("epic4.1.0.bin", DeviceFamily::Epic);
    row("/downloads/old/Epic-PR2.fw", DeviceFamily::Epic);
    row("groov-rio-3.5.0.bin", DeviceFamily::Rio);
    row("RIO_firmware.bin", DeviceFamily::Rio);
    row("grv-r7-mm1001-10.bin", DeviceFamily::Rio);
    row("GRV_R7_3.6.bin", DeviceFamily::Rio);
    row("firmware.bin", DeviceFamily::Unknown);
    row("period-report.bin", DeviceFamily::Unknown);       // "rio" inside a word
    row("epicenter.bin", DeviceFamily::Unknown);           // "epic" inside a word
    row("r70-update.bin", DeviceFamily::Unknown);          // "r7" followed by a digit
    row("epic-and-rio-bundle.bin", DeviceFamily::Unknown); // both: no guess
    row("", DeviceFamily::Unknown);
}

void TestDeviceInfo::fromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(DeviceFamily, family);
    QCOMPARE(familyFromFileName(fileName), family);
}

void TestDeviceInfo::toJson()
{
    DeviceInfo info;
    info.model = QStringLiteral("GRV-R7-MM2001-10");
    info.firmwareVersion = QStringLiteral("3.6.0");
    info.hardwareRevision = QStringLiteral("C");
    const QJsonObject json = info.toJson();
    QCOMPARE(json.value(QLatin1String("model")).toString(), info.model);
    QCOMPARE(json.value(QLatin1String("firmwareVersion")).toString(), info.firmwareVersion);
    QCOMPARE(json.value(QLatin1String("firmwareDate")).toString(), QString());
    QCOMPARE(json.value(QLatin1String("hardwareRevision")).toString(), info.hardwareRevision);
    QCOMPARE(json.value(QLatin1String("family")).toString(), QStringLiteral("rio"));
}

QTEST_GUILESS_MAIN(TestDeviceInfo)
#include "tst_deviceinfo.moc"
