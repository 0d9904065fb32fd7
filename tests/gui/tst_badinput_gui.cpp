// The wizard's bad-input catalogue (issue 5): a bad address, key or firmware file is shown next to its own field,
// the way forward stays closed, and the simulator sees no request. Damaged profiles are listed as skipped.
#include "DevicePage.h"
#include "FirmwarePage.h"
#include "SelfSignedCertificate.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "Translations.h"
#include "TrustDialog.h"
#include "WizardContext.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

namespace {

template<typename Widget>
Widget *child(const QWidget &page, const char *name)
{
    auto *widget = page.findChild<Widget *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}

// What the user reads: the labels show rich text.
QString plainText(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

bool shows(const QLabel *label, const QRegularExpression &pattern)
{
    return label->isVisibleTo(label->parentWidget()) && plainText(label).contains(pattern);
}

} // namespace

class TestBadInputGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void deviceFieldShowsItsErrorAndSendsNothing_data();
    void deviceFieldShowsItsErrorAndSendsNothing();
    void editingClearsTheFieldError();
    void firmwareFieldShowsItsError_data();
    void firmwareFieldShowsItsError();
    void unusableProfilesAreSkippedAndNamed();
    void damagedProfilesFileIsShownAndKept();
    void profilesOthersCanChangeAreNotOffered();
    void aCertificateNameIsShownAsItsCharacters();

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
};

void TestBadInputGui::init()
{
    qputenv("GROOV_API_KEY", QByteArray());
}

void TestBadInputGui::deviceFieldShowsItsErrorAndSendsNothing_data()
{
    QTest::addColumn<QString>("address"); // @DEVICE@: the simulator's
    QTest::addColumn<QString>("key");     // @KEY@: the simulator's
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("pattern");

    const QString device = QStringLiteral("@DEVICE@");
    const QString key = QStringLiteral("@KEY@");
    const QString addressError = QStringLiteral("addressErrorLabel");
    const QString keyError = QStringLiteral("apiKeyErrorLabel");
    QTest::newRow("address empty") << QString() << key << addressError
                                   << QStringLiteral("No device address given\\. Type the device");
    QTest::newRow("address with spaces") << QStringLiteral("epic 01") << key << addressError
                                         << QStringLiteral("contains a space\\. Type only the host name");
    QTest::newRow("address scheme only") << QStringLiteral("https://") << key << addressError
                                         << QStringLiteral("host name or IP address is missing");
    QTest::newRow("address port 65536") << QStringLiteral("10.0.0.5:65536") << key << addressError
                                        << QStringLiteral("port 65536 is out of range.*between 1 and 65535");
    QTest::newRow("address IPv6 without brackets")
        << QStringLiteral("fe80::1:8443") << key << addressError
        << QStringLiteral("cannot carry a port.*Write \\[fe80::1\\]:8443 for port 8443");
    QTest::newRow("address 300-char host")
        << QStringList(5, QString(59, QLatin1Char('h'))).join(QLatin1Char('.')) + QLatin1Char('h') << key
        << addressError << QStringLiteral("300 characters long; at most 253");
    QTest::newRow("key empty") << device << QString() << keyError
                               << QStringLiteral("Enter the API key\\. Create one in groov Manage .* paste it here");
    QTest::newRow("key whitespace only") << device << QStringLiteral("   ") << keyError
                                         << QStringLiteral("only white space\\. Copy the key again");
    QTest::newRow("key control character") << device << QStringLiteral("abc\x07") + key << keyError
                                           << QStringLiteral("control or non-ASCII character.*printable ASCII");
    QTest::newRow("key non-ASCII") << device << QString::fromUtf8("schl\xc3\xbcssel") << keyError
                                   << QStringLiteral("non-ASCII character.*printable ASCII");
    QTest::newRow("key 10,000 characters") << device << QString(10'000, QLatin1Char('k')) << keyError
                                           << QStringLiteral("10000 characters long; at most 1024");
}

void TestBadInputGui::deviceFieldShowsItsErrorAndSendsNothing()
{
    QFETCH(QString, address);
    QFETCH(QString, key);
    QFETCH(QString, errorLabel);
    QFETCH(QString, pattern);

    SimHarness sim;
    address.replace(QLatin1String("@DEVICE@"), sim.device().baseUrl().toString());
    key.replace(QLatin1String("@KEY@"), sim.device().apiKey());
    WizardContext context(ProfileStore(m_dir.filePath(QStringLiteral("profiles.ini"))), &m_secrets);
    DevicePage page(context);
    child<QLineEdit>(page, "addressEdit")->setText(address);
    child<QLineEdit>(page, "apiKeyEdit")->setText(key);

    QSignalSpy finished(&page, &DevicePage::checkFinished);
    QTest::mouseClick(child<QPushButton>(page, "checkButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);

    // The error stands next to the field it is about, and only there.
    const QRegularExpression expected(pattern, QRegularExpression::DotMatchesEverythingOption);
    const auto *label = child<QLabel>(page, qPrintable(errorLabel));
    QVERIFY2(shows(label, expected), qPrintable(errorLabel + QStringLiteral(": ") + plainText(label)));
    const char *other = errorLabel == QLatin1String("addressErrorLabel") ? "apiKeyErrorLabel" : "addressErrorLabel";
    QVERIFY2(!child<QLabel>(page, other)->isVisibleTo(&page), other);
    QVERIFY(!page.isComplete());
    const QString status = plainText(child<QLabel>(page, "statusLabel"));
    QVERIFY2(status.contains(QLatin1String("nothing was sent")), qPrintable(status));
    QVERIFY(!status.contains(sim.device().apiKey()));
    QVERIFY(!label->text().contains(sim.device().apiKey()));
    QCOMPARE(sim.requestCount(), 0);
}

void TestBadInputGui::editingClearsTheFieldError()
{
    WizardContext context(ProfileStore(m_dir.filePath(QStringLiteral("profiles.ini"))), &m_secrets);
    DevicePage page(context);
    child<QLineEdit>(page, "apiKeyEdit")->setText(QStringLiteral("key"));
    page.checkDevice();
    QVERIFY(child<QLabel>(page, "addressErrorLabel")->isVisibleTo(&page));
    QTest::keyClicks(child<QLineEdit>(page, "addressEdit"), QStringLiteral("1"));
    QVERIFY(!child<QLabel>(page, "addressErrorLabel")->isVisibleTo(&page));
}

void TestBadInputGui::firmwareFieldShowsItsError_data()
{
    QTest::addColumn<QString>("file"); // a name in the temporary folder, or an absolute path
    QTest::addColumn<QString>("pattern");
    QTest::newRow("missing") << QStringLiteral("no-such.bin") << QStringLiteral("no-such\\.bin\" does not exist");
    QTest::newRow("folder") << QStringLiteral("a-folder") << QStringLiteral("is a folder, not a file");
    QTest::newRow("empty") << QStringLiteral("empty.bin") << QStringLiteral("is empty \\(0 bytes\\)");
    QTest::newRow("FIFO") << QStringLiteral("a-pipe") << QStringLiteral("is a named pipe \\(FIFO\\)");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("is a device file");
    QTest::newRow("broken symlink") << QStringLiteral("broken-link")
                                    << QStringLiteral("is a link to .*gone\\.bin\", which does not exist");
}

void TestBadInputGui::firmwareFieldShowsItsError()
{
    QFETCH(QString, file);
    QFETCH(QString, pattern);
    const QDir dir(m_dir.path());
    QDir().mkpath(dir.filePath(QStringLiteral("a-folder")));
    QFile(dir.filePath(QStringLiteral("empty.bin"))).open(QIODevice::WriteOnly);
    QFile::link(dir.filePath(QStringLiteral("gone.bin")), dir.filePath(QStringLiteral("broken-link")));
#ifdef Q_OS_UNIX
    ::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("a-pipe"))).constData(), 0600);
#endif

    // The page sends nothing by itself; it must refuse before the Review page could.
    WizardContext context(ProfileStore(dir.filePath(QStringLiteral("profiles.ini"))), &m_secrets);
    FirmwarePage page(context);
    page.chooseFile(file.startsWith(QLatin1Char('/')) ? file : dir.filePath(file));
    const auto *label = child<QLabel>(page, "messageLabel");
    QVERIFY2(plainText(label).contains(QRegularExpression(pattern)), qPrintable(plainText(label)));
    QVERIFY(!page.isComplete());
    QVERIFY(!page.isHashing());
}

void TestBadInputGui::unusableProfilesAreSkippedAndNamed()
{
    SimHarness sim;
    const QString path = m_dir.filePath(QStringLiteral("skipped.ini"));
    const QByteArray text = "[profiles]\ngood\\address=10.0.0.5\ngood\\trust=system\n"
                            "spaced\\address=epic 01\nspaced\\trust=system\n"
                            "badpin\\address=10.0.0.6\nbadpin\\trust=pinned\nbadpin\\fingerprint=zz\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    }
    // English as the application installs it, with its plural forms ("2 saved profiles").
    groov::Translations english;
    QVERIFY(english.install(QStringLiteral("en")));
    WizardContext context{ProfileStore(path), &m_secrets};
    DevicePage page(context);
    const auto *combo = child<QComboBox>(page, "profileCombo");
    QCOMPARE(combo->count(), 2); // "New device" and the one usable profile
    QCOMPARE(combo->itemText(1), QStringLiteral("good"));
    const QString status = plainText(child<QLabel>(page, "statusLabel"));
    QVERIFY2(status.contains(QLatin1String("Skipped 2 saved profiles that cannot be used")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("Profile \"spaced\" cannot be used")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("Profile \"badpin\" cannot be used")), qPrintable(status));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
    QCOMPARE(sim.requestCount(), 0);
}

void TestBadInputGui::damagedProfilesFileIsShownAndKept()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.ini"));
    const QByteArray garbage("\x00\x01 not a profiles file \xff", 25);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(garbage) == garbage.size());
    }
    WizardContext context{ProfileStore(path), &m_secrets};
    DevicePage page(context);
    QCOMPARE(child<QComboBox>(page, "profileCombo")->count(), 1);
    const QString status = plainText(child<QLabel>(page, "statusLabel"));
    QVERIFY2(status.contains(QLatin1String("is damaged: it contains binary data. It was left as it is")),
             qPrintable(status));
    // Saving a new profile is refused instead of replacing the damaged file.
    DeviceProfile profile;
    profile.name = QStringLiteral("new");
    profile.address = QStringLiteral("10.0.0.7");
    QVERIFY(!context.profiles().save(profile).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TestBadInputGui::profilesOthersCanChangeAreNotOffered()
{
    // Another user could have pointed "good" at their own server: it is not offered, so no key goes there.
    const QString path = m_dir.filePath(QStringLiteral("shared.ini"));
    const QByteArray text = "[profiles]\ngood\\address=10.0.0.5\ngood\\trust=system\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                            QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther));
    WizardContext context{ProfileStore(path), &m_secrets};
    DevicePage page(context);
    QCOMPARE(child<QComboBox>(page, "profileCombo")->count(), 1); // only "New device"
    const QString status = plainText(child<QLabel>(page, "statusLabel"));
    QVERIFY2(status.contains(QStringLiteral("other users of this computer can change %1").arg(path)) &&
                 status.contains(QStringLiteral("chmod go-w %1").arg(path)),
             qPrintable(status));
    QVERIFY(context.profileName.isEmpty());
}

void TestBadInputGui::aCertificateNameIsShownAsItsCharacters()
{
    // Whoever made the certificate chose its subject: markup, a line break and an escape sequence, shown before any
    // trust decision.
    QString error;
    const auto hostile =
        sim::SelfSignedCertificate::issue("IP:127.0.0.1", -60, 3600, &error, "<b>groov</b>\x1b[2J\nTrusted by Opto 22");
    QVERIFY2(hostile, qPrintable(error));
    gui::TrustDialog dialog({hostile->certificate(), QStringLiteral("127.0.0.1:8443"), {}, {}});
    const auto *subject = dialog.findChild<QLabel *>(QStringLiteral("subjectLabel"));
    QVERIFY(subject);
    QCOMPARE(subject->textFormat(), Qt::PlainText);
    QCOMPARE(subject->text(), QStringLiteral("<b>groov</b>\\x1B[2J\\x0ATrusted by Opto 22"));
}

QTEST_MAIN(TestBadInputGui)
#include "tst_badinput_gui.moc"
