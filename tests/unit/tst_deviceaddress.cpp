#include "DeviceAddress.h"

#include <QTest>

using namespace groov;

class TestDeviceAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void defaultIsInvalid();
    void equality();
    // Regressions found by fuzz/fuzz_deviceaddress.
    void fuzzFoundRejects_data();
    void fuzzFoundRejects();
    void ipv6ZoneIds_data();
    void ipv6ZoneIds();
    void shownAddressParsesBack_data();
    void shownAddressParsesBack();
    // Issue 10: one rule for hosts (plain ASCII; a dotted quad or a name), and typed text shown escaped.
    void oneRuleForHosts_data();
    void oneRuleForHosts();
};

void TestDeviceAddress::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("displayName");

    const auto row = [](const char *input, const char *host, int port, const char *url, const char *display) {
        QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(host) << port << QString::fromUtf8(url)
                             << QString::fromUtf8(display);
    };
    row("10.0.0.5", "10.0.0.5", 443, "https://10.0.0.5", "10.0.0.5");
    row("epic-01", "epic-01", 443, "https://epic-01", "epic-01");
    row("epic-01.local:8443", "epic-01.local", 8443, "https://epic-01.local:8443", "epic-01.local:8443");
    row("https://10.0.0.5/", "10.0.0.5", 443, "https://10.0.0.5", "10.0.0.5");
    row("HTTPS://Epic-01", "epic-01", 443, "https://epic-01", "epic-01");
    row("HtTpS://10.0.0.5:443", "10.0.0.5", 443, "https://10.0.0.5", "10.0.0.5");
    row("[fe80::1]", "fe80::1", 443, "https://[fe80::1]", "[fe80::1]");
    row("[fe80::1]:8443", "fe80::1", 8443, "https://[fe80::1]:8443", "[fe80::1]:8443");
    row("https://[fe80::1]:8443/", "fe80::1", 8443, "https://[fe80::1]:8443", "[fe80::1]:8443");
    row("fe80::1", "fe80::1", 443, "https://[fe80::1]", "[fe80::1]");
    row("FE80:0:0:0:0:0:0:1", "fe80::1", 443, "https://[fe80::1]", "[fe80::1]");
    row("https://2001:db8::5", "2001:db8::5", 443, "https://[2001:db8::5]", "[2001:db8::5]");
    row("::1", "::1", 443, "https://[::1]", "[::1]");
    row("[fe80::1:8443]", "fe80::1:8443", 443, "https://[fe80::1:8443]", "[fe80::1:8443]"); // brackets settle it
    row("fe80::1:ab", "fe80::1:ab", 443, "https://[fe80::1:ab]", "[fe80::1:ab]");           // not a port
    row("fe80::1:10", "fe80::1:10", 443, "https://[fe80::1:10]", "[fe80::1:10]");           // too short for a port
    row("  10.0.0.5  ", "10.0.0.5", 443, "https://10.0.0.5", "10.0.0.5");
    row("\t epic-01.local/\n", "epic-01.local", 443, "https://epic-01.local", "epic-01.local");
    row("10.0.0.5:1", "10.0.0.5", 1, "https://10.0.0.5:1", "10.0.0.5:1");
    row("10.0.0.5:65535", "10.0.0.5", 65535, "https://10.0.0.5:65535", "10.0.0.5:65535");
    row("epic-01.example.com.", "epic-01.example.com", 443, "https://epic-01.example.com", "epic-01.example.com");
    row("localhost:8443/", "localhost", 8443, "https://localhost:8443", "localhost:8443");
    row("255.255.255.255", "255.255.255.255", 443, "https://255.255.255.255", "255.255.255.255");
    row("grv_epic_01", "grv_epic_01", 443, "https://grv_epic_01", "grv_epic_01");
    row("xn--gert-noa.local", "xn--gert-noa.local", 443, "https://xn--gert-noa.local", "xn--gert-noa.local");
    row("127.0.0.1.nip.io", "127.0.0.1.nip.io", 443, "https://127.0.0.1.nip.io", "127.0.0.1.nip.io"); // a name
    row("0x10.local", "0x10.local", 443, "https://0x10.local", "0x10.local");
    row("[fe80::1%eth0]:8443", "fe80::1%eth0", 8443, "https://[fe80::1%25eth0]:8443", "[fe80::1%eth0]:8443");

    const QString label63(63, u'a');
    QTest::newRow("63-char label") << label63 + QStringLiteral(".local") << label63 + QStringLiteral(".local") << 443
                                   << QStringLiteral("https://") + label63 + QStringLiteral(".local")
                                   << label63 + QStringLiteral(".local");
    // 4 labels of 63 plus 3 dots = 255 > 253; 3 labels of 63 + one of 61 = 253 exactly.
    const QString host253 = label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(61, u'b');
    QTest::newRow("253-char host") << host253 << host253 << 443 << QStringLiteral("https://") + host253 << host253;
}

void TestDeviceAddress::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, baseUrl);
    QFETCH(QString, displayName);

    const Result<DeviceAddress> result = DeviceAddress::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const DeviceAddress &address = result.value();
    QVERIFY(address.isValid());
    QCOMPARE(address.host(), host);
    QCOMPARE(address.port(), port);
    QCOMPARE(address.baseUrl().toString(), baseUrl);
    QCOMPARE(address.baseUrl().path(), QString());
    QVERIFY(!address.baseUrl().toString().endsWith(u'/'));
    QCOMPARE(address.displayName(), displayName);
}

void TestDeviceAddress::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart"); // something the message must say, case-insensitive

    const auto row = [](const char *name, const QString &input, const char *part) {
        QTest::newRow(name) << input << QString::fromUtf8(part);
    };
    row("empty", QString(), "no device address");
    row("whitespace only", QStringLiteral("  \t\n "), "no device address");
    row("http", QStringLiteral("http://10.0.0.5"), "groov Manage only answers HTTPS; use https:// or just the address");
    row("HTTP upper", QStringLiteral("HTTP://epic-01/"), "only answers HTTPS");
    row("ftp scheme", QStringLiteral("ftp://10.0.0.5"), "\"ftp://\" is not supported");
    row("wss scheme", QStringLiteral("wss://epic-01"), "not supported");
    row("path", QStringLiteral("10.0.0.5/manage"), "path \"/manage\"");
    row("path after port", QStringLiteral("https://epic-01:8443/manage/api"), "path");
    row("double slash path", QStringLiteral("10.0.0.5//"), "path");
    row("query", QStringLiteral("10.0.0.5?x=1"), "query");
    row("query after slash", QStringLiteral("10.0.0.5/?x=1"), "query");
    row("fragment", QStringLiteral("https://10.0.0.5#top"), "fragment");
    row("port zero", QStringLiteral("10.0.0.5:0"), "out of range");
    row("port too big", QStringLiteral("10.0.0.5:65536"), "out of range");
    row("port huge", QStringLiteral("10.0.0.5:99999999999999999999"), "out of range");
    row("port non-numeric", QStringLiteral("epic-01:https"), "not a number");
    row("port negative", QStringLiteral("epic-01:-1"), "not a number");
    row("port missing", QStringLiteral("epic-01:"), "port after \":\" is missing");
    row("space inside", QStringLiteral("epic 01"), "space");
    row("space before port", QStringLiteral("10.0.0.5 :8443"), "space");
    row("user info", QStringLiteral("admin@10.0.0.5"), "user name");
    row("user and password", QStringLiteral("https://user:pw@epic-01"), "user name");
    row("scheme only", QStringLiteral("https://"), "missing");
    row("scheme and slash", QStringLiteral("https:///"), "missing");
    row("port only", QStringLiteral(":8443"), "missing");
    row("bad character", QStringLiteral("epic!01"), "\"!\" is not allowed");
    row("bad character star", QStringLiteral("*.local"), "not allowed");
    row("empty label", QStringLiteral("epic..local"), "empty part");
    row("leading dot", QStringLiteral(".local"), "empty part");
    row("leading hyphen", QStringLiteral("-epic.local"), "\"-\"");
    row("label too long", QString(64, u'a') + QStringLiteral(".local"), "longer than 63");
    const QString label63(63, u'a');
    row("host too long", label63 + u'.' + label63 + u'.' + label63 + u'.' + label63, "at most 253");
    row("IPv4 octet too big", QStringLiteral("10.0.0.256"), "IPv4");
    row("IPv4 three parts", QStringLiteral("10.0.5"), "IPv4");
    row("bare IPv6 with port-like suffix", QStringLiteral("fe80::1::8443"), "brackets");
    row("bare IPv6 with a port", QStringLiteral("fe80::1:8443"),
        "Write [fe80::1]:8443 for port 8443, or [fe80::1:8443]");
    row("bare IPv6 URL with a port", QStringLiteral("https://2001:db8::5:443/"), "Write [2001:db8::5]:443");
    row("300-char host", QStringList(5, QString(59, u'h')).join(u'.') + u'h', "300 characters long; at most 253");
    row("bracket not closed", QStringLiteral("[fe80::1"), "\"]\"");
    row("bracket with garbage", QStringLiteral("[fe80::1]x"), "after the IPv6 address");
    row("bracket not IPv6", QStringLiteral("[10.0.0.5]"), "not a valid IPv6");
    row("bracket bad port", QStringLiteral("[fe80::1]:0"), "out of range");
}

void TestDeviceAddress::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);

    const Result<DeviceAddress> result = DeviceAddress::parse(input);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value().baseUrl().toString() : QString()));
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    const QString message = result.error().message;
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    // Every message says what to type instead (an example or what to change).
    QVERIFY2(message.contains(QLatin1String("Type"), Qt::CaseInsensitive) ||
                 message.contains(QLatin1String("use"), Qt::CaseInsensitive) ||
                 message.contains(QLatin1String("Check"), Qt::CaseInsensitive) ||
                 message.contains(QLatin1String("Write"), Qt::CaseInsensitive) ||
                 message.contains(QLatin1String("for example"), Qt::CaseInsensitive),
             qPrintable(message));
}

void TestDeviceAddress::defaultIsInvalid()
{
    const DeviceAddress address;
    QVERIFY(!address.isValid());
    QVERIFY(address.baseUrl().isEmpty());
}

void TestDeviceAddress::equality()
{
    const Result<DeviceAddress> a = DeviceAddress::parse(QStringLiteral("https://Epic-01:443/"));
    const Result<DeviceAddress> b = DeviceAddress::parse(QStringLiteral("epic-01"));
    const Result<DeviceAddress> c = DeviceAddress::parse(QStringLiteral("epic-01:8443"));
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(a.value() == b.value());
    QVERIFY(a.value() != c.value());
}

void TestDeviceAddress::fuzzFoundRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    // QUrl reads these names as IPv4 addresses in other notations: the requests would go to 0.0.0.2 or 10.0.0.5.
    QTest::newRow("binary-looking name") << QStringLiteral("0b10")
                                         << QStringLiteral("read as the IPv4 address 0.0.0.2");
    QTest::newRow("hex-looking name") << QStringLiteral("https://0x0a000005:8443")
                                      << QStringLiteral("read as the IPv4 address 10.0.0.5");
    // QHostAddress stops at a NUL and took what came before it.
    QTest::newRow("NUL after IPv6") << QString::fromUtf8(QByteArray("::100:1000:1000\0.", 17))
                                    << QStringLiteral("the control character \\x00");
    // A zone id that names no interface, holding "]", non-ASCII and NUL characters.
    QTest::newRow("garbage zone id") << QString::fromUtf8(QByteArray("fe80::1%25eth0\xff\xff\xff\xff\xc0"
                                                                     "1]3844\0"
                                                                     "3",
                                                                     27))
                                     << QStringLiteral("the control character \\x00");
    QTest::newRow("zone id with a bang") << QStringLiteral("[fe80::1%eth0!]")
                                         << QStringLiteral("is not a valid IPv6 address");
}

void TestDeviceAddress::fuzzFoundRejects()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const Result<DeviceAddress> result = DeviceAddress::parse(input);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value().baseUrl().toString() : QString()));
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestDeviceAddress::ipv6ZoneIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");

    // In a URL the zone separator is "%25" (RFC 6874); typed bare, "%25" is zone 25 (a Windows interface index).
    QTest::newRow("URL, encoded separator")
        << QStringLiteral("https://[fe80::1%25eth0]:8443/") << QStringLiteral("fe80::1%eth0");
    QTest::newRow("URL, encoded zone 25") << QStringLiteral("https://[fe80::1%2525]") << QStringLiteral("fe80::1%25");
    QTest::newRow("bare zone 25") << QStringLiteral("fe80::1%25") << QStringLiteral("fe80::1%25");
    QTest::newRow("bracketed zone 25") << QStringLiteral("[fe80::1%25]:8443") << QStringLiteral("fe80::1%25");
    QTest::newRow("interface name") << QStringLiteral("[FE80::1%enp3s0.10]") << QStringLiteral("fe80::1%enp3s0.10");
}

void TestDeviceAddress::ipv6ZoneIds()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    const Result<DeviceAddress> result = DeviceAddress::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result->isIpv6());
    QCOMPARE(result->host(), host);
}

void TestDeviceAddress::shownAddressParsesBack_data()
{
    QTest::addColumn<QString>("input");
    for (const char *input : {"10.0.0.5:8443", "Epic-01.Local.", "fe80::1", "[fe80::1%eth0]:8443",
                              "https://[fe80::1%25eth0]", "fe80::1%25", "[fe80::1%2525]:1", "https://[fe80::1%2525]",
                              "grv_epic_01:443", "xn--gert-noa.local:8443", "[::ffff:10.0.0.5]"})
        QTest::newRow(input) << QString::fromUtf8(input);
}

// What the address shows of itself, and its base URL, lead back to the same address.
void TestDeviceAddress::shownAddressParsesBack()
{
    QFETCH(QString, input);
    const Result<DeviceAddress> address = DeviceAddress::parse(input);
    QVERIFY2(address.ok(), qPrintable(address.ok() ? QString() : address.error().message));
    for (const QString &shown : {address->displayName(), address->baseUrl().toString()}) {
        const Result<DeviceAddress> again = DeviceAddress::parse(shown);
        QVERIFY2(again.ok(),
                 qPrintable(shown + QLatin1String(": ") + (again.ok() ? QString() : again.error().message)));
        QVERIFY2(again.value() == address.value(), qPrintable(shown + QLatin1String(" -> ") + again->displayName()));
    }
}

void TestDeviceAddress::oneRuleForHosts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    const auto row = [](const char *name, const QString &input, const QString &part) {
        QTest::newRow(name) << input << part;
    };
    // IDNA maps these onto 127.0.0.1 or epic.local: what is connected to would not be what was typed.
    row("ideographic full stops", QString::fromUtf8("127\u30020\u30020\u30021"),
        QStringLiteral("only look like digits or dots. Type the IP address with plain digits and dots"));
    row("full-width digits", QString::fromUtf8("\uff11\uff12\uff17.\uff10.\uff10.\uff11:8443"),
        QStringLiteral("only look like digits or dots"));
    row("full-width letters", QString::fromUtf8("\uff45\uff50\uff49\uff43.local"),
        QStringLiteral("outside plain ASCII. Type its ASCII form, epic.local, or use the IP address"));
    row("international name", QString::fromUtf8("ger\u00e4t.local"),
        QStringLiteral("Type its ASCII form, xn--gert-noa.local"));
    row("no IDNA form", QString::fromUtf8("\ufffd.local"), QStringLiteral("characters that are not allowed"));
    // Numbers that are no dotted quad: another reader takes them for an address the user did not see.
    row("octal", QStringLiteral("0177.0.0.1"), QStringLiteral("would be read as the IPv4 address 127.0.0.1"));
    row("leading zero", QStringLiteral("127.0.0.01"), QStringLiteral("would be read as the IPv4 address 127.0.0.1"));
    row("two parts", QStringLiteral("127.1"), QStringLiteral("would be read as the IPv4 address 127.0.0.1"));
    row("five parts", QStringLiteral("1.2.3.4.5"), QStringLiteral("not a valid IPv4 address"));
    row("name ending in a number", QStringLiteral("epic.1"), QStringLiteral("not a valid IPv4 address"));
    row("name ending in a hex number", QStringLiteral("epic.0x10"), QStringLiteral("not a valid IPv4 address"));
    // Typed text is repeated escaped: it cannot forge a line or move the cursor.
    row("line break", QStringLiteral("127.0.0.1\nResult: SUCCEEDED"),
        QStringLiteral("\"127.0.0.1\\x0AResult: SUCCEEDED\" is not usable: it contains the control character \\x0A"));
    row("escape sequence", QStringLiteral("epic\x1b[2J.local"), QStringLiteral("control character \\x1B"));
    row("C1 control", QString::fromUtf8("epic\u009b.local"), QStringLiteral("control character \\x9B"));
    row("reordering in a path", QString::fromUtf8("10.0.0.5/\u202emanage"), QStringLiteral("path \"/\\u202Emanage\""));
    row("reordering in a port", QString::fromUtf8("10.0.0.5:\u202e443"), QStringLiteral("port \"\\u202E443\""));
}

void TestDeviceAddress::oneRuleForHosts()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const Result<DeviceAddress> result = DeviceAddress::parse(input);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value().baseUrl().toString() : QString()));
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    const QString message = result.error().message;
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    for (const QChar c : message) {
        const char16_t u = c.unicode();
        QVERIFY2(u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f) && !(u >= 0x202a && u <= 0x202e),
                 qPrintable(QStringLiteral("raw U+%1 in: ").arg(uint(u), 4, 16, QLatin1Char('0')) + message));
    }
}

QTEST_GUILESS_MAIN(TestDeviceAddress)
#include "tst_deviceaddress.moc"
