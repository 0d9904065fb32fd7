// groov-update's bad-input catalogue (issue 5): every bad address, key, file, option combination and profile gets a
// specific message that says what to do, exit code 2, no request at the device, and never the key in the output.
// The real binary runs against the simulator living in this process.
#include "CliRun.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace groov;
using namespace groov::test;

namespace {

constexpr double kSpeed = 300.0;

// Placeholders in arguments, the environment key and profiles.ini, replaced by Fixture::resolve().
const QString kDevice = QStringLiteral("@DEVICE@");     // the simulator's address
const QString kFirmware = QStringLiteral("@FIRMWARE@"); // a good image
const QString kPin = QStringLiteral("@FP@");            // the simulator's fingerprint
const QString kKey = QStringLiteral("@KEY@");           // the simulator's API key

QString longHost()
{
    const QStringList labels(5, QString(59, QLatin1Char('h'))); // 5 * 59 + 4 dots + 1 = 300 characters
    return labels.join(QLatin1Char('.')) + QLatin1Char('h');
}

// A valid profile named "line3" for the simulator, with one field replaced.
QByteArray profileText(const QByteArray &address = "@DEVICE@", const QByteArray &fingerprint = "@FP@",
                       const QByteArray &preserve = "true")
{
    return "[profiles]\nline3\\address=" + address + "\nline3\\trust=pinned\nline3\\fingerprint=" + fingerprint +
           "\nline3\\preserveSettings=" + preserve + "\n";
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

// The simulator and every odd file a row can name.
class Fixture
{
public:
    Fixture() : sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed)
    {
        const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 100'000);
        const QDir dir = QFileInfo(firmware).absoluteDir();
        key = sim.device().apiKey();
        m_values = {
            {kDevice, sim.device().baseUrl().toString()},
            {kFirmware, firmware},
            {kPin, fingerprintOf(sim)},
            {QStringLiteral("@MISSING@"), dir.filePath(QStringLiteral("no-such-firmware.bin"))},
            {QStringLiteral("@MISSINGKEY@"), dir.filePath(QStringLiteral("no-such-key.txt"))},
            {QStringLiteral("@EMPTY@"), sim.makeFile({}, QStringLiteral("empty.bin"))},
            {QStringLiteral("@FOLDER@"), dir.filePath(QStringLiteral("a-folder"))},
            {QStringLiteral("@FIFO@"), dir.filePath(QStringLiteral("a-pipe"))},
            {QStringLiteral("@BROKENLINK@"), dir.filePath(QStringLiteral("broken-link"))},
            {QStringLiteral("@LOOP@"), dir.filePath(QStringLiteral("loop-a"))},
            {QStringLiteral("@UNREADABLE@"), sim.makeFile("secret bytes", QStringLiteral("unreadable.bin"))},
            {QStringLiteral("@DEVZERO@"), QStringLiteral("/dev/zero")},
            {QStringLiteral("@KEYFILE@"), sim.makeFile(key.toLatin1() + '\n', QStringLiteral("key.txt"))},
            {QStringLiteral("@KEYFILE_BLANK@"), sim.makeFile(" \t\r\n\n  ", QStringLiteral("blank-key.txt"))},
            {QStringLiteral("@KEYFILE_LONG@"), sim.makeFile(QByteArray(10'000, 'k'), QStringLiteral("long-key.txt"))},
            {QStringLiteral("@KEYFILE_HUGE@"), sim.makeFile(QByteArray(100'000, 'k'), QStringLiteral("huge-key.txt"))},
        };
        QDir().mkpath(m_values.value(QStringLiteral("@FOLDER@")));
        QFile::link(dir.filePath(QStringLiteral("gone.bin")), m_values.value(QStringLiteral("@BROKENLINK@")));
        QFile::link(dir.filePath(QStringLiteral("loop-b")), dir.filePath(QStringLiteral("loop-a")));
        QFile::link(dir.filePath(QStringLiteral("loop-a")), dir.filePath(QStringLiteral("loop-b")));
        QFile::setPermissions(m_values.value(QStringLiteral("@UNREADABLE@")), QFileDevice::Permissions());
#ifdef Q_OS_UNIX
        ::mkfifo(QFile::encodeName(m_values.value(QStringLiteral("@FIFO@"))).constData(), 0600);
#endif
    }

    QString resolve(QString text) const
    {
        if (m_values.contains(text))
            return m_values.value(text);
        text.replace(kKey, key);
        text.replace(kDevice, m_values.value(kDevice));
        return text.replace(kPin, m_values.value(kPin));
    }

    // Writes a profiles.ini (creating its folder) whose @DEVICE@ and @FP@ name this fixture's device and pin; text
    // becomes what was written.
    bool writeProfiles(const QString &path, QByteArray &text) const
    {
        text.replace("@DEVICE@", resolve(kDevice).toUtf8()).replace("@FP@", resolve(kPin).toUtf8());
        QFile file(path);
        return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly) &&
               file.write(text) == text.size();
    }

    SimHarness sim;
    QString key;

private:
    QMap<QString, QString> m_values;
};

// Empty when standard error matches the pattern (across lines); otherwise what is wrong.
QString stderrMismatch(const CliRun &cli, const QString &pattern)
{
    const QRegularExpression expected(pattern, QRegularExpression::DotMatchesEverythingOption);
    if (!expected.isValid())
        return expected.errorString();
    if (!cli.errorText().contains(expected))
        return QStringLiteral("stderr does not match /%1/:\n").arg(pattern) + cli.errorText();
    return {};
}

} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // Issue 10, a table of its own: input that was let through or taken silently (numbers that flood the device,
    // options given twice, look-alike addresses, typed line breaks).
    void hostileInputExits2_data();
    void hostileInputExits2();
    void exits2WithASpecificMessageAndSendsNothing_data();
    void exits2WithASpecificMessageAndSendsNothing();
    void profilesOthersCanChangeAreRefused_data();
    void profilesOthersCanChangeAreRefused();
    void keyFromAnInheritedPipeIsRead();
};

void TestCliBadInput::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("groov.sim.info=false\ngroov.sim.debug=false"));
    QVERIFY2(QFileInfo(CliRun::binary()).isExecutable(), qPrintable(CliRun::binary()));
}

void TestCliBadInput::exits2WithASpecificMessageAndSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environmentKey"); // GROOV_API_KEY; a null string leaves it unset
    QTest::addColumn<QByteArray>("profiles");    // profiles.ini; empty for none
    QTest::addColumn<QString>("stderrPattern");  // names the bad thing and says what to do
    QTest::addColumn<bool>("json");

    const QStringList device{QStringLiteral("--device"), kDevice};
    const QStringList firmware{QStringLiteral("--firmware"), kFirmware};
    const QStringList pin{QStringLiteral("--fingerprint"), kPin};
    const QStringList poll{QStringLiteral("--poll-interval"), QStringLiteral("0.05")};
    const QStringList good = device + firmware + pin + poll;
    const auto withDevice = [&](const QString &address) {
        return QStringList{QStringLiteral("--device"), address} + firmware + pin + poll;
    };
    const auto withFirmware = [&](const QString &path) {
        return device + QStringList{QStringLiteral("--firmware"), path} + pin + poll;
    };
    const auto withKeyFile = [&](const QString &path) {
        return good + QStringList{QStringLiteral("--api-key-file"), path};
    };
    const auto withProfile = [&](const QString &name) {
        return QStringList{QStringLiteral("--profile"), name} + firmware + poll;
    };
    const auto row = [](const char *name, const QStringList &arguments, const QString &environmentKey,
                        const QString &pattern, const QByteArray &profiles = {}, bool json = false) {
        QTest::newRow(name) << arguments << environmentKey << profiles << pattern << json;
    };
    const QString none; // no GROOV_API_KEY

    // Usage
    row("unknown option", good + QStringList{QStringLiteral("--bogus-option")}, kKey,
        QStringLiteral("Unknown option 'bogus-option'.*see --help"));
    row("missing --device", firmware + pin + poll, kKey, QStringLiteral("No device given: add --device ADDRESS"));
    row("missing --firmware", device + pin + poll, kKey, QStringLiteral("No firmware given: add --firmware FILE"));
    row("stray argument", good + QStringList{QStringLiteral("extra.bin")}, kKey,
        QStringLiteral("Unexpected argument \"extra\\.bin\" \\(see --help\\)"));

    // Addresses
    row("address empty", withDevice(QString()), kKey, QStringLiteral("No device address given\\. Type the device"));
    row("address with a space", withDevice(QStringLiteral("epic 01")), kKey,
        QStringLiteral("\"epic 01\".*contains a space\\. Type only the host name"));
    row("address scheme only", withDevice(QStringLiteral("https://")), kKey,
        QStringLiteral("\"https://\".*host name or IP address is missing\\. Type it after https://"));
    row("address http", withDevice(QStringLiteral("http://10.0.0.5")), kKey,
        QStringLiteral("only answers HTTPS; use https:// or just the address"));
    row("address with a path", withDevice(QStringLiteral("10.0.0.5/manage")), kKey,
        QStringLiteral("contains the path \"/manage\".*type only the address, for example 10\\.0\\.0\\.5"));
    row("address port 0", withDevice(QStringLiteral("10.0.0.5:0")), kKey,
        QStringLiteral("the port 0 is out of range\\. Type a port number between 1 and 65535"));
    row("address port 65536", withDevice(QStringLiteral("10.0.0.5:65536")), kKey,
        QStringLiteral("the port 65536 is out of range\\. Type a port number between 1 and 65535"));
    row("address IPv6 without brackets", withDevice(QStringLiteral("fe80::1:8443")), kKey,
        QStringLiteral("without brackets cannot carry a port.*Write \\[fe80::1\\]:8443 for port 8443"));
    row("address 300-char host", withDevice(longHost()), kKey,
        QStringLiteral("host name is 300 characters long; at most 253"));
    row("address 64-char label", withDevice(QString(64, QLatin1Char('a')) + QStringLiteral(".local")), kKey,
        QStringLiteral("longer than 63 characters\\. Check what was pasted"));
    row("address port 0 (--json)", withDevice(QStringLiteral("10.0.0.5:0")) + QStringList{QStringLiteral("--json")},
        kKey, QStringLiteral("the port 0 is out of range"), {}, true);

    // Keys
    row("no key anywhere", good, none, QStringLiteral("No API key: set the environment variable GROOV_API_KEY"));
    row("key empty (--api-key \"\")", good + QStringList{QStringLiteral("--api-key"), QString()}, none,
        QStringLiteral("No API key given\\. Create one in groov Manage"));
    row("key whitespace only", good + QStringList{QStringLiteral("--api-key"), QStringLiteral(" \t ")}, none,
        QStringLiteral("only white space\\. Copy the key again"));
    row("key with a line break", good, kKey + QStringLiteral("\r\nX-Injected: 1"),
        QStringLiteral("line break, control or non-ASCII character.*Copy the key again"));
    row("key with a control character", good, QStringLiteral("abc\x01") + kKey,
        QStringLiteral("control or non-ASCII character.*only printable ASCII"));
    row("key non-ASCII", good, QString::fromUtf8("schl\xc3\xbcssel-") + kKey,
        QStringLiteral("non-ASCII character.*only printable ASCII"));
    row("key 10,000 characters", withKeyFile(QStringLiteral("@KEYFILE_LONG@")), none,
        QStringLiteral("10000 characters long; at most 1024.*holds only the key"));
    row("--api-key-file and --api-key",
        withKeyFile(QStringLiteral("@KEYFILE@")) + QStringList{QStringLiteral("--api-key"), kKey}, none,
        QStringLiteral("Give only one of --api-key-file and --api-key"));

    // Key files
    row("key file missing", withKeyFile(QStringLiteral("@MISSINGKEY@")), none,
        QStringLiteral("The API key file \".*no-such-key\\.txt\" does not exist\\. Check the path"));
    row("key file is a folder", withKeyFile(QStringLiteral("@FOLDER@")), none,
        QStringLiteral("a-folder\" is a folder, not a file\\. Give the file inside it"));
    row("key file is a FIFO", withKeyFile(QStringLiteral("@FIFO@")), none,
        QStringLiteral("a-pipe\" is a named pipe \\(FIFO\\) in the file system: opening it could wait forever\\. "
                       "Only a pipe this command already holds open is read, given as /dev/fd/N.*Save the key in an "
                       "ordinary file"));
    row("key file is /dev/zero", withKeyFile(QStringLiteral("@DEVZERO@")), none,
        QStringLiteral("\"/dev/zero\" is a device file.*reading it may never end\\. Save the key in an ordinary file"));
    row("key file broken symlink", withKeyFile(QStringLiteral("@BROKENLINK@")), none,
        QStringLiteral("broken-link\" is a link to \".*gone\\.bin\", which does not exist\\. Fix the link"));
    row("key file symlink loop", withKeyFile(QStringLiteral("@LOOP@")), none,
        QStringLiteral("The API key file \".*loop-a\" leads into a loop of symbolic links.*Fix the links"));
    row("key file blank after trimming", withKeyFile(QStringLiteral("@KEYFILE_BLANK@")), none,
        QStringLiteral("blank-key\\.txt\" is empty; its first line must be the key"));
    row("key file 100 kB", withKeyFile(QStringLiteral("@KEYFILE_HUGE@")), none,
        QStringLiteral("huge-key\\.txt\" is 100000 bytes, more than such a file ever holds \\(at most 65536 bytes\\)"));
    row("key file unreadable", withKeyFile(QStringLiteral("@UNREADABLE@")), none,
        QStringLiteral("The API key file \".*unreadable\\.bin\" cannot be read.*Check its permissions"));

    // Firmware files
    row("firmware missing", withFirmware(QStringLiteral("@MISSING@")), kKey,
        QStringLiteral("no-such-firmware\\.bin\" does not exist\\. Check the path"));
    row("firmware is a folder", withFirmware(QStringLiteral("@FOLDER@")), kKey,
        QStringLiteral("The firmware file \".*a-folder\" is a folder, not a file\\. Give the file inside it"));
    row("firmware empty", withFirmware(QStringLiteral("@EMPTY@")), kKey,
        QStringLiteral("empty\\.bin\" is empty \\(0 bytes\\)\\. Choose the firmware file .* or download it again"));
    row("firmware is a FIFO", withFirmware(QStringLiteral("@FIFO@")), kKey,
        QStringLiteral("a-pipe\" is a named pipe \\(FIFO\\), not a regular file.*Choose the firmware file"));
    row("firmware is /dev/zero", withFirmware(QStringLiteral("@DEVZERO@")), kKey,
        QStringLiteral("\"/dev/zero\" is a device file.*not a regular file.*Choose the firmware file"));
    row("firmware broken symlink", withFirmware(QStringLiteral("@BROKENLINK@")), kKey,
        QStringLiteral("broken-link\" is a link to .*gone\\.bin\", which does not exist.*Fix the link"));
    row("firmware unreadable", withFirmware(QStringLiteral("@UNREADABLE@")), kKey,
        QStringLiteral("unreadable\\.bin\" cannot be read .*Check its permissions"));

    // Trust
    row("--fingerprint and --insecure", good + QStringList{QStringLiteral("--insecure")}, kKey,
        QStringLiteral("Give only one of --fingerprint, --cacert and --insecure"));
    row("--fingerprint and --cacert", good + QStringList{QStringLiteral("--cacert"), kFirmware}, kKey,
        QStringLiteral("Give only one of --fingerprint, --cacert and --insecure"));
    row("--fingerprint malformed",
        device + firmware + QStringList{QStringLiteral("--fingerprint"), QStringLiteral("not-a-fingerprint")} + poll,
        kKey, QStringLiteral("fingerprint.*(64|hex)"));
    const auto withCaFile = [&](const QString &path) {
        return device + firmware + QStringList{QStringLiteral("--cacert"), path} + poll;
    };
    row("--cacert missing", withCaFile(QStringLiteral("@MISSING@")), kKey,
        QStringLiteral("The CA certificate file \".*no-such-firmware\\.bin\" does not exist\\. Check the path"));
    row("--cacert /dev/zero", withCaFile(QStringLiteral("@DEVZERO@")), kKey,
        QStringLiteral("The CA certificate file \"/dev/zero\" is a device file.*reading it may never end\\. Give a "
                       "PEM file"));
    row("--cacert FIFO", withCaFile(QStringLiteral("@FIFO@")), kKey,
        QStringLiteral("The CA certificate file \".*a-pipe\" is a named pipe \\(FIFO\\).*Give a PEM file"));
    // Our message alone: before, Qt warned "QFSFileEngine::open: No file name specified" first.
    row("--cacert empty", withCaFile(QString()), kKey,
        QStringLiteral("^groov-update: The CA certificate file was given as an empty path\\. Give a PEM file"));
    row("--cacert folder", withCaFile(QStringLiteral("@FOLDER@")), kKey,
        QStringLiteral("The CA certificate file \".*a-folder\" is a folder, not a file"));
    row("--cacert symlink loop", withCaFile(QStringLiteral("@LOOP@")), kKey,
        QStringLiteral("The CA certificate file \".*loop-a\" leads into a loop of symbolic links"));

    // Factory reset
    row("--no-preserve-settings unconfirmed", good + QStringList{QStringLiteral("--no-preserve-settings")}, kKey,
        QStringLiteral("erases the device's accounts.*Add --confirm-factory-reset if that is what you want"));
    row("--confirm-factory-reset alone", good + QStringList{QStringLiteral("--confirm-factory-reset")}, kKey,
        QStringLiteral("--confirm-factory-reset only goes with --no-preserve-settings"));

    // Following an update already under way
    const QStringList follow = device + pin + poll + QStringList{QStringLiteral("--follow")};
    row("--follow with --firmware", follow + firmware, kKey,
        QStringLiteral("--firmware does not go with --follow, which only watches an update already under way"));
    row("--follow with --no-wait", follow + QStringList{QStringLiteral("--no-wait")}, kKey,
        QStringLiteral("--no-wait does not go with --follow"));
    row("--follow with --dry-run", follow + QStringList{QStringLiteral("--dry-run")}, kKey,
        QStringLiteral("--dry-run does not go with --follow"));
    row("--follow with --confirm-factory-reset",
        follow + QStringList{QStringLiteral("--no-preserve-settings"), QStringLiteral("--confirm-factory-reset")}, kKey,
        QStringLiteral("--confirm-factory-reset is not needed with --follow, which erases nothing"));
    row("--version-before without --follow",
        good + QStringList{QStringLiteral("--version-before"), QStringLiteral("3.6.0")}, kKey,
        QStringLiteral("--version-before only goes with --follow"));
    row("--version-before with a control character",
        follow + QStringList{QStringLiteral("--version-before"), QStringLiteral("3.6\x1b[2J")}, kKey,
        QStringLiteral("The version before the update must be at most 64 printable ASCII characters"));
    row("--version-before too long",
        follow + QStringList{QStringLiteral("--version-before"), QString(65, QLatin1Char('9'))}, kKey,
        QStringLiteral("The version before the update must be at most 64 printable ASCII characters"));

    // Timeouts
    const auto withOption = [&](const char *option, const char *value) {
        return device + firmware + pin + QStringList{QString::fromLatin1(option), QString::fromLatin1(value)};
    };
    row("--timeout negative", withOption("--timeout", "-1"), kKey,
        QStringLiteral("--timeout needs a number of minutes greater than 0 and at most 1440, not \"-1\""));
    row("--timeout zero", withOption("--timeout", "0"), kKey,
        QStringLiteral("--timeout needs a number of minutes greater than 0 and at most 1440, not \"0\""));
    row("--timeout absurd", withOption("--timeout", "100000"), kKey,
        QStringLiteral("--timeout needs a number of minutes .* at most 1440, not \"100000\""));
    row("--timeout not a number", withOption("--timeout", "soon"), kKey,
        QStringLiteral("--timeout needs a number of minutes .*not \"soon\""));
    row("--poll-interval negative", withOption("--poll-interval", "-1"), kKey,
        QStringLiteral("--poll-interval needs a number of seconds greater than 0 and at most 600, not \"-1\""));
    row("--poll-interval absurd", withOption("--poll-interval", "1e9"), kKey,
        QStringLiteral("--poll-interval needs a number of seconds .* at most 600, not \"1e9\""));

    // Profiles
    row("profile unknown", withProfile(QStringLiteral("no-such-profile")), kKey,
        QStringLiteral("No profile named \"no-such-profile\" \\(known profiles: line3\\)\\. Check the name"),
        profileText());
    row("profile unknown, no profiles file", withProfile(QStringLiteral("line3")), kKey,
        QStringLiteral("No profile named \"line3\" \\(there are none yet; groov-update-gui saves them\\)"));
    row("profiles.ini garbage bytes", withProfile(QStringLiteral("line3")), kKey,
        QStringLiteral("profiles file .*profiles\\.ini is damaged: it contains binary data\\. It was left as it is"),
        QByteArray("\x00\xff\xfe garbage \x01\x02", 14));
    row("profiles.ini not UTF-8", withProfile(QStringLiteral("line3")), kKey,
        QStringLiteral("profiles\\.ini is damaged: it is not UTF-8 text\\. It was left as it is; fix it"),
        QByteArray("[profiles]\nline3\\address=\xff\xfe\n"));
    row("profiles.ini truncated", withProfile(QStringLiteral("line3")), kKey,
        QStringLiteral("profiles\\.ini is damaged: line 3 is neither a \\[section\\] nor a key=value line"),
        profileText().left(40));
    row("profile preserveSettings of the wrong type", withProfile(QStringLiteral("line3")), kKey,
        QStringLiteral("Profile \"line3\" cannot be used: its preserveSettings value \"maybe\" is neither true nor "
                       "false\\. Edit or delete it in groov-update-gui"),
        profileText("@DEVICE@", "@FP@", "maybe"));
    row("profile unknown trust", withProfile(QStringLiteral("line3")), kKey,
        QStringLiteral("Profile \"line3\" cannot be used: its trust setting \"trust-me\" is unknown\\. Edit or "
                       "delete it"),
        profileText().replace("trust=pinned", "trust=trust-me"));
    row("profile malformed address", withProfile(QStringLiteral("line3")), kKey,
        QStringLiteral("Profile \"line3\" cannot be used: The device address \"epic 01\" is not usable: it "
                       "contains a space.*Edit or delete it in groov-update-gui"),
        profileText("epic 01"));
    row("profile malformed fingerprint", withProfile(QStringLiteral("line3")), kKey,
        QStringLiteral("Profile \"line3\" cannot be used: .*fingerprint.*Edit or delete it in groov-update-gui"),
        profileText("@DEVICE@", "12:34:zz"));
}

void TestCliBadInput::exits2WithASpecificMessageAndSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environmentKey);
    QFETCH(QByteArray, profiles);
    QFETCH(QString, stderrPattern);
    QFETCH(bool, json);
    if (QByteArray(QTest::currentDataTag()).contains("unreadable") && runningAsRoot())
        QSKIP("root reads a file without read permission; the FIFO, folder and /dev/zero rows cover files that "
              "cannot be read as a file");

    Fixture fixture;
    for (QString &argument : arguments)
        argument = fixture.resolve(argument);
    CliRun cli;
    if (!environmentKey.isNull())
        cli.setApiKeyInEnvironment(fixture.resolve(environmentKey));
    const QString profilesPath =
        cli.environment().value(QStringLiteral("XDG_CONFIG_HOME")) + QStringLiteral("/groov-update/profiles.ini");
    if (!profiles.isEmpty())
        QVERIFY(fixture.writeProfiles(profilesPath, profiles));

    QVERIFY2(cli.run(arguments), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 2);
    const QString mismatch = stderrMismatch(cli, stderrPattern);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // Nothing was sent: the device saw no request at all.
    QCOMPARE(fixture.sim.requestCount(), 0);
    // The key, right or wrong, never shows up.
    const QByteArray output = cli.standardOutput() + cli.standardError();
    QVERIFY2(!output.contains(fixture.key.toUtf8()), "the device's API key appears in the output");
    if (!environmentKey.isEmpty())
        QVERIFY2(!output.contains(fixture.resolve(environmentKey).toUtf8()), "the given key appears in the output");
    // A damaged or partly wrong profiles file is left exactly as it was.
    if (!profiles.isEmpty()) {
        QFile file(profilesPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), profiles);
    }
    if (json) {
        GROOV_CLI_EXPECT_JSON_STREAM(cli);
        QVERIFY(!cli.events().isEmpty());
        const QJsonObject result = cli.events().constLast();
        QCOMPARE(result.value(QLatin1String("type")).toString(), QStringLiteral("result"));
        QCOMPARE(result.value(QLatin1String("exitCode")).toInt(), 2);
        const QRegularExpression expected(stderrPattern, QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(result.value(QLatin1String("message")).toString().contains(expected),
                 qPrintable(result.value(QLatin1String("message")).toString()));
    }
}

void TestCliBadInput::profilesOthersCanChangeAreRefused_data()
{
    QTest::addColumn<QString>("writable"); // relative to XDG_CONFIG_HOME
    QTest::addColumn<int>("mode");
    QTest::newRow("profiles.ini world-writable") << QStringLiteral("groov-update/profiles.ini") << 0666;
    QTest::newRow("profiles folder world-writable") << QStringLiteral("groov-update") << 0777;
    QTest::newRow("config folder group-writable") << QString() << 0770;
}

void TestCliBadInput::profilesOthersCanChangeAreRefused()
{
    QFETCH(QString, writable);
    QFETCH(int, mode);
    // Whoever can change the profiles could point this one at their own server, pinned to their own certificate.
    Fixture fixture;
    CliRun cli;
    cli.setApiKeyInEnvironment(fixture.key);
    const QDir config(cli.environment().value(QStringLiteral("XDG_CONFIG_HOME")));
    QByteArray text = profileText();
    QVERIFY(fixture.writeProfiles(config.filePath(QStringLiteral("groov-update/profiles.ini")), text));
    const QString culprit = QDir::cleanPath(config.filePath(writable));
    QCOMPARE(::chmod(QFile::encodeName(culprit).constData(), mode_t(mode)), 0);

    QVERIFY2(cli.run({QStringLiteral("--profile"), QStringLiteral("line3"), QStringLiteral("--firmware"),
                      fixture.resolve(kFirmware), QStringLiteral("--poll-interval"), QStringLiteral("0.05")}),
             qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 2);
    const QString expected = QStringLiteral("other users of this computer can change %1, so they could point a profile "
                                            "at their own server and receive the device's API key. Make it private: "
                                            "chmod go-w %1")
                                 .arg(culprit);
    QVERIFY2(cli.errorText().contains(expected), qPrintable(cli.errorText()));
    QCOMPARE(fixture.sim.requestCount(), 0);
}

void TestCliBadInput::keyFromAnInheritedPipeIsRead()
{
    // As from --api-key-file <(secret-tool lookup ...): the shell hands over an open pipe as /dev/fd/N.
    Fixture fixture;
    int ends[2] = {-1, -1};
    QCOMPARE(::pipe(ends), 0);
    const QByteArray key = fixture.key.toLatin1();
    QCOMPARE(::write(ends[1], key.constData(), size_t(key.size())), ssize_t(key.size()));
    ::close(ends[1]);

    CliRun cli; // no GROOV_API_KEY: the pipe is the only source of the key
    cli.start({QStringLiteral("--device"), fixture.resolve(kDevice), QStringLiteral("--firmware"),
               fixture.resolve(kFirmware), QStringLiteral("--fingerprint"), fixture.resolve(kPin),
               QStringLiteral("--api-key-file"), QStringLiteral("/dev/fd/%1").arg(ends[0]),
               QStringLiteral("--dry-run")});
    const bool finished = cli.waitFinished();
    ::close(ends[0]);
    QVERIFY2(finished, qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 0);
    QVERIFY(fixture.sim.requestsWithKey() >= 1);
    int accepted = 0;
    for (const QJsonValue &request : fixture.sim.report().value(QLatin1String("requests")).toArray())
        accepted += request.toObject().value(QLatin1String("apiKey")).toString() == QLatin1String("valid") ? 1 : 0;
    QVERIFY(accepted >= 1);
    QVERIFY(!cli.standardError().contains(key));
}

void TestCliBadInput::hostileInputExits2_data()
{
    QTest::addColumn<QStringList>("arguments"); // placeholders as above, and @PORT@ for the simulator's port
    QTest::addColumn<QString>("stderrPattern");

    const QStringList device{QStringLiteral("--device"), kDevice};
    const QStringList firmware{QStringLiteral("--firmware"), kFirmware};
    const QStringList pin{QStringLiteral("--fingerprint"), kPin};
    const QStringList good = device + firmware + pin;
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *item : list)
            result << QString::fromUtf8(item);
        return result;
    };
    const auto withDevice = [&](const char *address) {
        return QStringList{QStringLiteral("--device"), QString::fromUtf8(address)} + firmware + pin;
    };
    const auto row = [](const char *name, const QStringList &arguments, const QString &pattern) {
        QTest::newRow(name) << arguments << pattern;
    };

    // Numbers: a poll interval that floods the device, a timeout that ends before anything can happen.
    row("--poll-interval 0.0001", good + args({"--poll-interval", "0.0001"}),
        QStringLiteral("--poll-interval must be at least 1 second, not \"0\\.0001\": asking more often only loads"));
    row("--poll-interval 0.5", good + args({"--poll-interval", "0.5"}),
        QStringLiteral("--poll-interval must be at least 1 second, not \"0\\.5\".*default of 2 seconds"));
    row("--timeout under a second", good + args({"--timeout", "0.00001"}),
        QStringLiteral("--timeout is in minutes: \"0\\.00001\" is less than a second.*default of 45 minutes"));

    // An option given twice: the second value used to win silently.
    row("--device twice", good + args({"--device", "127.0.0.1:1"}),
        QStringLiteral("--device was given twice: \"https://127\\.0\\.0\\.1:\\d+\", \"127\\.0\\.0\\.1:1\"\\. "
                       "Give it once, with the value you mean"));
    row("--firmware twice", good + args({"--firmware", "other.bin"}),
        QStringLiteral("--firmware was given twice: \".*\", \"other\\.bin\"\\. Give it once"));
    row("--fingerprint twice", good + QStringList{QStringLiteral("--fingerprint"), kPin},
        QStringLiteral("--fingerprint was given twice: .*Give it once"));
    row("--api-key-file twice", good + args({"--api-key-file", "a.txt", "--api-key-file", "b.txt"}),
        QStringLiteral("--api-key-file was given twice: \"a\\.txt\", \"b\\.txt\"\\. Give it once"));
    row("--api-key twice, never shown",
        good + QStringList{QStringLiteral("--api-key"), kKey, QStringLiteral("--api-key"), kKey},
        QStringLiteral("^groov-update: --api-key was given twice\\. Give it once\\.\n$"));
    row("--cacert twice", device + firmware + args({"--cacert", "a.pem", "--cacert", "b.pem"}),
        QStringLiteral("--cacert was given twice: \"a\\.pem\", \"b\\.pem\""));
    row("--profile twice", firmware + args({"--profile", "line1", "--profile", "line2"}),
        QStringLiteral("--profile was given twice: \"line1\", \"line2\""));
    row("--timeout three times", good + args({"--timeout", "10", "--timeout", "20", "--timeout=30"}),
        QStringLiteral("--timeout was given 3 times: \"10\", \"20\", \"30\""));
    row("--poll-interval twice", good + args({"--poll-interval", "2", "--poll-interval", "5"}),
        QStringLiteral("--poll-interval was given twice: \"2\", \"5\""));
    row("--version-before twice", device + pin + args({"--follow", "--version-before", "1", "--version-before", "2"}),
        QStringLiteral("--version-before was given twice: \"1\", \"2\""));

    // Addresses that IDNA or an IPv4 parser would turn into the simulator's address: refused before any request.
    row("address with ideographic full stops", withDevice("127\u30020\u30020\u30021:@PORT@"),
        QStringLiteral("only look like digits or dots\\. Type the IP address with plain digits and dots"));
    row("address with full-width digits", withDevice("\uff11\uff12\uff17.\uff10.\uff10.\uff11:@PORT@"),
        QStringLiteral("only look like digits or dots"));
    row("address in octal", withDevice("0177.0.0.1:@PORT@"),
        QStringLiteral("\"0177\\.0\\.0\\.1\" would be read as the IPv4 address 127\\.0\\.0\\.1"));
    row("address in two parts", withDevice("127.1:@PORT@"),
        QStringLiteral("would be read as the IPv4 address 127\\.0\\.0\\.1"));

    // Typed line breaks and escapes are repeated escaped, never raw: no forged line, no terminal command.
    row("address with a line break", withDevice("127.0.0.1\nResult: FORGED"),
        QStringLiteral("\"127\\.0\\.0\\.1\\\\x0AResult: FORGED\" is not usable: it contains the control character "
                       "\\\\x0A"));
    row("address with an escape sequence", withDevice("epic\x1b]0;owned\x07"),
        QStringLiteral("\"epic\\\\x1B\\]0;owned\\\\x07\" is not usable"));
    row("firmware path with a line break", device + pin + args({"--firmware", "/no/such/fw\nResult: FORGED.bin"}),
        QStringLiteral("fw\\\\x0AResult: FORGED\\.bin\" does not exist"));
    row("stray argument with a line break", good + args({"extra\nResult: FORGED"}),
        QStringLiteral("Unexpected argument \"extra\\\\x0AResult: FORGED\""));
}

void TestCliBadInput::hostileInputExits2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrPattern);

    Fixture fixture;
    for (QString &argument : arguments) {
        argument.replace(QLatin1String("@PORT@"), QString::number(fixture.sim.device().port()));
        argument = fixture.resolve(argument);
    }
    CliRun cli;
    cli.environment().remove(QString::fromLatin1(CliRun::PollFloorVariable)); // the real floor
    cli.setApiKeyInEnvironment(fixture.key);
    QVERIFY2(cli.run(arguments), qPrintable(cli.describe()));
    GROOV_CLI_EXPECT_EXIT(cli, 2);
    const QString mismatch = stderrMismatch(cli, stderrPattern);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(fixture.sim.requestCount(), 0);
    QVERIFY2(!cli.standardError().contains(fixture.key.toUtf8()), "the API key appears on stderr");
    // One line, and nothing in it a terminal would act on.
    QCOMPARE(cli.errorLines().size(), 1);
    for (const char c : cli.standardError())
        QVERIFY2(c == '\n' || (uchar(c) >= 0x20 && c != 0x7f), qPrintable(cli.errorText()));
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
