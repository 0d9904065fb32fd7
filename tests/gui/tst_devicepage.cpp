// The wizard's Device page against the in-process simulator: trust on first use, a changed certificate, a wrong
// key, and what is (not) sent meanwhile.
#include "DevicePage.h"
#include "ProfilesDialog.h"
#include "PromptScript.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "TrustDialog.h"
#include "WizardContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

class TestDevicePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstContactCancelSendsNothing();
    void trustAndRememberPinsTheProfile();
    void changedCertificateIsShownAgainstThePin();
    void certificateAfterAFactoryResetIsExplained();
    void keyRefusedAfterAFactoryResetIsExplained();
    void wrongKeyIsStoppedHere();
    void editingAfterACheckAsksForANewOne();
    void enterNeverTrustsAChangedCertificate();
    void checkedDeviceCanBeSavedAsAProfile();
    void trustIsNeverCarriedToAnotherDevice();
    void editingTheAddressClearsTheShownCheck();
    void switchingProfileClearsTheShownCheck();
    void renamingTheChosenProfileKeepsItAndItsCheck();
    void trustAndRememberSaysWhatItSaves();

private:
    // A Device page over a profile store in a temporary folder and an in-memory keychain; its questions (the trust
    // dialog, a profile's name) are answered by the script, which keeps them.
    struct Fixture
    {
        PromptScript prompts;
        QTemporaryDir dir;
        MemorySecretStore secrets;
        WizardContext context{ProfileStore(dir.filePath(QStringLiteral("profiles.ini"))), &secrets};
        std::unique_ptr<DevicePage> page;

        // Builds the page; profiles saved before are listed by it.
        void build() { page = std::make_unique<DevicePage>(context); }
        // The pin each trust dialog was shown against (empty on first contact).
        QList<QByteArray> promptedPins() const
        {
            QList<QByteArray> pins;
            for (const TrustDialog::Question &question : prompts.trustQuestions())
                pins.append(question.pinnedFingerprint);
            return pins;
        }
        const QList<TrustDialog::Question> &questions() const { return prompts.trustQuestions(); }
        // A profile for the simulated device, pinned to `fingerprint`.
        DeviceProfile saveProfile(SimHarness &sim, const QString &fingerprint, const QDateTime &erasedAt = {})
        {
            DeviceProfile profile;
            profile.name = QStringLiteral("press line");
            profile.address = sim.device().baseUrl().toString();
            profile.trust = DeviceProfile::Trust::Pinned;
            profile.pinnedFingerprint = fingerprint;
            profile.erasedByUpdateAt = erasedAt;
            [[maybe_unused]] const Status saved = context.profiles().save(profile);
            return profile;
        }
        template<typename Widget>
        Widget *child(const char *name) const
        {
            return page->findChild<Widget *>(QLatin1String(name));
        }
        void fill(const QString &address, const QString &key)
        {
            child<QLineEdit>("addressEdit")->setText(address);
            child<QLineEdit>("apiKeyEdit")->setText(key);
        }
        bool check()
        {
            QSignalSpy finished(page.get(), &DevicePage::checkFinished);
            QTest::mouseClick(child<QPushButton>("checkButton"), Qt::LeftButton);
            return finished.wait(20'000) && finished.at(0).at(0).toBool();
        }
        QString status() const { return child<QLabel>("statusLabel")->text(); }
        QString keyNote() const { return child<QLabel>("keyNoteLabel")->text(); }
        // Shows the page, so that it takes key events as on screen.
        void show()
        {
            page->show();
            QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        }
        // Replaces a field's text by typing, as a person would: select all, then type.
        void type(const char *field, const QString &text)
        {
            auto *edit = child<QLineEdit>(field);
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            if (!edit->text().isEmpty())
                QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, text);
        }
        // "Check device" from the keyboard: the button focused, then Space.
        bool checkByKeyboard()
        {
            QSignalSpy finished(page.get(), &DevicePage::checkFinished);
            auto *button = child<QPushButton>("checkButton");
            button->setFocus();
            QTest::keyClick(button, Qt::Key_Space);
            return finished.wait(20'000) && finished.at(0).at(0).toBool();
        }
    };
};

void TestDevicePage::init()
{
    qputenv("GROOV_API_KEY", QByteArray());
}

void TestDevicePage::firstContactCancelSendsNothing()
{
    SimHarness sim;
    Fixture fixture;
    fixture.build();
    fixture.prompts.answerTrust(TrustDialog::Decision::Cancel);
    fixture.fill(sim.device().baseUrl().toString(), sim.device().apiKey());
    QVERIFY(!fixture.check());
    QCOMPARE(fixture.promptedPins(), QList<QByteArray>{QByteArray()});
    QVERIFY(!fixture.page->isComplete());
    QVERIFY2(fixture.status().contains(QLatin1String("nothing was sent")), qPrintable(fixture.status()));
    QCOMPARE(sim.requestsWithKey(), 0);
}

void TestDevicePage::trustAndRememberPinsTheProfile()
{
    SimHarness sim;
    Fixture fixture;
    fixture.build();
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustAndRemember);
    fixture.fill(sim.device().baseUrl().toString(), sim.device().apiKey());
    QVERIFY(fixture.check());
    QVERIFY(fixture.page->isComplete());
    QCOMPARE(fixture.context.deviceCheck.device.model, QStringLiteral("GRV-EPIC-PR2"));
    QVERIFY2(fixture.status().contains(QLatin1String("GRV-EPIC-PR2")), qPrintable(fixture.status()));

    const auto names = fixture.context.profiles().names();
    QCOMPARE(names->size(), 1);
    const auto profile = fixture.context.profiles().load(names->first());
    QCOMPARE(profile->trust, DeviceProfile::Trust::Pinned);
    QCOMPARE(profile->pinnedFingerprint.toLatin1(), sim.device().fingerprintSha256());
    QTRY_VERIFY(fixture.secrets.contains(names->first()));
    // The key went only to the device whose certificate was accepted.
    QCOMPARE(sim.requestsWithKey(), 1);
}

void TestDevicePage::changedCertificateIsShownAgainstThePin()
{
    SimHarness sim;
    Fixture fixture;
    const DeviceProfile profile = fixture.saveProfile(sim, QString(64, QLatin1Char('b')));
    fixture.build();
    fixture.child<QComboBox>("profileCombo")->setCurrentText(QStringLiteral("press line"));
    QCOMPARE(fixture.child<QLineEdit>("addressEdit")->text(), profile.address);
    fixture.child<QLineEdit>("apiKeyEdit")->setText(sim.device().apiKey());
    fixture.prompts.answerTrust(TrustDialog::Decision::Cancel);
    QVERIFY(!fixture.check());
    QCOMPARE(fixture.promptedPins(), QList<QByteArray>{QByteArray(64, 'b')});
    QCOMPARE(sim.requestsWithKey(), 0);

    // Nothing erased the device's settings: the dialog warns.
    const TrustDialog::Question &question = fixture.questions().first();
    QVERIFY(!question.erasedByUpdateAt.isValid());
    QCOMPARE(question.address, QStringLiteral("127.0.0.1:%1").arg(sim.device().port()));
    TrustDialog dialog(question);
    const QString headline = dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
    QVERIFY2(headline.contains(QLatin1String("Warning")), qPrintable(headline));
    QVERIFY2(headline.contains(question.address), qPrintable(headline));
}

void TestDevicePage::certificateAfterAFactoryResetIsExplained()
{
    SimHarness sim;
    Fixture fixture;
    const QDateTime erasedAt(QDate(2024, 5, 1), QTime(14, 30), Qt::LocalTime);
    fixture.saveProfile(sim, QString(64, QLatin1Char('b')), erasedAt);
    fixture.build();
    fixture.child<QComboBox>("profileCombo")->setCurrentText(QStringLiteral("press line"));
    fixture.child<QLineEdit>("apiKeyEdit")->setText(sim.device().apiKey());
    fixture.prompts.answerTrust(TrustDialog::Decision::Cancel);
    QVERIFY(!fixture.check());
    QCOMPARE(fixture.questions().size(), 1);
    const TrustDialog::Question &question = fixture.questions().first();
    QCOMPARE(question.erasedByUpdateAt, erasedAt);
    QCOMPARE(question.pinnedFingerprint, QByteArray(64, 'b'));
    QCOMPARE(sim.requestsWithKey(), 0); // explained, but still asked first

    TrustDialog dialog(question);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString headline = dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
    const QString explanation = dialog.findChild<QLabel *>(QStringLiteral("explanationLabel"))->text();
    QVERIFY2(!headline.contains(QLatin1String("Warning")), qPrintable(headline));
    QVERIFY2(headline.contains(question.address), qPrintable(headline));
    const QString date = QLocale().toString(erasedAt, QLocale::ShortFormat);
    QVERIFY2(
        explanation.startsWith(QStringLiteral("An update on %1 erased this device's settings, which gives it a new "
                                              "certificate: compare the new fingerprint with the one groov Manage "
                                              "shows, then trust it.")
                                   .arg(date)),
        qPrintable(explanation));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pinnedLabel"))->isVisibleTo(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("New certificate after a factory reset"));
    // Still nothing is trusted by Enter.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.decision(), TrustDialog::Decision::Cancel);
}

void TestDevicePage::keyRefusedAfterAFactoryResetIsExplained()
{
    SimHarness sim;
    Fixture fixture;
    fixture.saveProfile(sim, QString::fromLatin1(sim.device().fingerprintSha256()),
                        QDateTime(QDate(2024, 5, 1), QTime(14, 30), Qt::LocalTime));
    fixture.build();
    fixture.child<QComboBox>("profileCombo")->setCurrentText(QStringLiteral("press line"));
    fixture.child<QLineEdit>("apiKeyEdit")->setText(QStringLiteral("the-key-from-before-the-reset"));
    QVERIFY(!fixture.check());
    QVERIFY(fixture.questions().isEmpty()); // the same certificate: nothing to ask
    QVERIFY2(fixture.status().contains(QLatin1String("erased this device's settings, and its API keys with them")),
             qPrintable(fixture.status()));
    QVERIFY2(fixture.status().contains(QLatin1String("new API key")), qPrintable(fixture.status()));
    QVERIFY(!fixture.status().contains(QLatin1String("the-key-from-before-the-reset")));
}

void TestDevicePage::wrongKeyIsStoppedHere()
{
    SimHarness sim;
    Fixture fixture;
    fixture.build();
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
    fixture.fill(sim.device().baseUrl().toString(), QStringLiteral("not-the-key"));
    QVERIFY(!fixture.check());
    QVERIFY(!fixture.page->isComplete());
    QVERIFY2(fixture.status().contains(QLatin1String("Unauthorized")), qPrintable(fixture.status()));
    QVERIFY(fixture.context.profiles().names()->isEmpty()); // trusted once: nothing remembered
}

void TestDevicePage::editingAfterACheckAsksForANewOne()
{
    SimHarness sim;
    Fixture fixture;
    fixture.build();
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
    fixture.fill(sim.device().baseUrl().toString(), sim.device().apiKey());
    QVERIFY(fixture.check());
    QVERIFY(fixture.page->isComplete());
    QTest::keyClick(fixture.child<QLineEdit>("addressEdit"), Qt::Key_Backspace);
    QVERIFY(!fixture.page->isComplete());
}

void TestDevicePage::enterNeverTrustsAChangedCertificate()
{
    const auto certificates = QSslCertificate::fromPath(QStringLiteral(GROOV_TEST_DATA "/device-a.pem"));
    QVERIFY(!certificates.isEmpty());
    TrustDialog dialog({certificates.first(), QStringLiteral("epic-01:8443"), QByteArray(64, 'b'), QDateTime()});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.decision(), TrustDialog::Decision::Cancel);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pinnedLabel"))->isVisibleTo(&dialog));
}

void TestDevicePage::checkedDeviceCanBeSavedAsAProfile()
{
    SimHarness sim;
    Fixture fixture;
    fixture.build();
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce); // trusted for now, not remembered yet
    fixture.fill(sim.device().baseUrl().toString(), sim.device().apiKey());
    auto *save = fixture.child<QPushButton>("saveProfileButton");
    QVERIFY(!save->isVisibleTo(fixture.page.get()));
    QVERIFY(fixture.check());
    QVERIFY(save->isVisibleTo(fixture.page.get()));
    QVERIFY(fixture.context.profiles().names()->isEmpty());

    fixture.prompts.answerText(QStringLiteral("Bench EPIC"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(fixture.prompts.textQuestions().size(), 1);
    // The question says what the profile keeps: the certificate trusted once is pinned in it.
    const QString label = fixture.prompts.textQuestions().first().label;
    QVERIFY2(label.contains(QLatin1String("pins the certificate")), qPrintable(label));
    QVERIFY2(label.contains(TlsTrust::shortFingerprintOf(fixture.context.deviceCheck.certificate)), qPrintable(label));
    QVERIFY2(fixture.status().contains(QLatin1String("Saved as profile \"Bench EPIC\"")), qPrintable(fixture.status()));
    QCOMPARE(fixture.prompts.textQuestions().first().suggestion,
             QStringLiteral("127.0.0.1:%1").arg(sim.device().port()));
    const auto profile = fixture.context.profiles().load(QStringLiteral("Bench EPIC"));
    QVERIFY(profile.ok());
    QCOMPARE(profile->trust, DeviceProfile::Trust::Pinned);
    QCOMPARE(profile->pinnedFingerprint.toLatin1(), sim.device().fingerprintSha256());
    QTRY_VERIFY(fixture.secrets.contains(QStringLiteral("Bench EPIC")));
    QCOMPARE(fixture.child<QComboBox>("profileCombo")->currentText(), QStringLiteral("Bench EPIC"));
    QVERIFY(!save->isVisibleTo(fixture.page.get()));
}

void TestDevicePage::trustIsNeverCarriedToAnotherDevice()
{
    SimHarness first;
    SimHarness second;
    Fixture fixture;
    fixture.build();
    fixture.show();
    const QString firstName = QStringLiteral("127.0.0.1:%1").arg(first.device().port());
    const QString secondName = QStringLiteral("127.0.0.1:%1").arg(second.device().port());

    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
    fixture.type("addressEdit", firstName);
    fixture.type("apiKeyEdit", first.device().apiKey());
    QVERIFY(fixture.checkByKeyboard());

    // Another device, new to this session: a first contact, about that device, with no pin of the first one's.
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
    fixture.type("addressEdit", secondName);
    fixture.type("apiKeyEdit", second.device().apiKey());
    QVERIFY(fixture.checkByKeyboard());
    QCOMPARE(fixture.questions().size(), 2);
    QCOMPARE(fixture.questions().at(0).address, firstName);
    QCOMPARE(fixture.questions().at(1).address, secondName);
    QCOMPARE(fixture.promptedPins(), (QList<QByteArray>{QByteArray(), QByteArray()}));
    TrustDialog dialog(fixture.questions().at(1));
    const QString headline = dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
    QVERIFY2(!headline.contains(QLatin1String("Warning")), qPrintable(headline));
    QVERIFY2(headline.contains(secondName), qPrintable(headline));
    QCOMPARE(fixture.context.makeRequest().trust.pinnedFingerprint(), second.device().fingerprintSha256());
    QCOMPARE(fixture.context.deviceCheck.certificate.digest(QCryptographicHash::Sha256).toHex(),
             second.device().fingerprintSha256());

    // Back to the first device: trusted once in this session, so not asked again, and its own pin is used.
    fixture.type("addressEdit", firstName);
    fixture.type("apiKeyEdit", first.device().apiKey());
    QVERIFY(fixture.checkByKeyboard());
    QCOMPARE(fixture.questions().size(), 2);
    QCOMPARE(fixture.context.makeRequest().trust.pinnedFingerprint(), first.device().fingerprintSha256());
    QCOMPARE(first.requestsWithKey(), 2);
    QCOMPARE(second.requestsWithKey(), 1);
}

void TestDevicePage::editingTheAddressClearsTheShownCheck()
{
    SimHarness sim;
    Fixture fixture;
    fixture.build();
    fixture.show();
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
    fixture.fill(sim.device().baseUrl().toString(), sim.device().apiKey());
    QVERIFY(fixture.check());
    QVERIFY2(fixture.status().contains(QLatin1String("GRV-EPIC-PR2")), qPrintable(fixture.status()));

    QTest::keyClicks(fixture.child<QLineEdit>("addressEdit"), QStringLiteral("1"));
    QVERIFY(!fixture.page->isComplete());
    QVERIFY2(!fixture.status().contains(QLatin1String("GRV-EPIC-PR2")), qPrintable(fixture.status()));
    QVERIFY2(!fixture.status().contains(QLatin1String("3.6.0")), qPrintable(fixture.status()));
    QVERIFY2(!fixture.status().contains(QLatin1String("Certificate")), qPrintable(fixture.status()));
    QVERIFY(fixture.context.deviceCheck.device.model.isEmpty());
    QVERIFY(fixture.context.deviceCheck.certificate.isNull());
}

void TestDevicePage::switchingProfileClearsTheShownCheck()
{
    SimHarness sim;
    Fixture fixture;
    fixture.saveProfile(sim, QString::fromLatin1(sim.device().fingerprintSha256()));
    fixture.build();
    fixture.show();
    fixture.child<QComboBox>("profileCombo")->setCurrentText(QStringLiteral("press line"));
    fixture.type("apiKeyEdit", sim.device().apiKey());
    QVERIFY(fixture.check());
    QVERIFY2(fixture.status().contains(QLatin1String("GRV-EPIC-PR2")), qPrintable(fixture.status()));

    fixture.child<QComboBox>("profileCombo")->setCurrentIndex(0); // New device
    QVERIFY(!fixture.page->isComplete());
    QVERIFY2(!fixture.status().contains(QLatin1String("GRV-EPIC-PR2")), qPrintable(fixture.status()));
    QVERIFY(fixture.context.deviceCheck.device.model.isEmpty());
}

void TestDevicePage::renamingTheChosenProfileKeepsItAndItsCheck()
{
    SimHarness sim;
    Fixture fixture;
    fixture.saveProfile(sim, QString::fromLatin1(sim.device().fingerprintSha256()));
    bool written = false;
    fixture.secrets.writeApiKey(QStringLiteral("press line"), sim.device().apiKey(),
                                [&written](const SecretStore::Answer &) { written = true; });
    QTRY_VERIFY(written);
    fixture.build();
    fixture.show();
    fixture.child<QComboBox>("profileCombo")->setCurrentText(QStringLiteral("press line"));
    QTRY_COMPARE(fixture.child<QLineEdit>("apiKeyEdit")->text(), sim.device().apiKey());
    QVERIFY2(fixture.keyNote().contains(QLatin1String("\"press line\"")), qPrintable(fixture.keyNote()));
    QVERIFY(fixture.check());
    const QString checked = fixture.status();

    // Manage profiles: rename the chosen profile, then close the dialog.
    fixture.prompts.answerText(QStringLiteral("press line 2"));
    bool renamed = false;
    QTimer::singleShot(0, fixture.page.get(), [&renamed] {
        ProfilesDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<ProfilesDialog *>(widget); candidate && candidate->isVisible())
                dialog = candidate;
        }
        if (!dialog)
            return;
        dialog->selectProfile(QStringLiteral("press line"));
        dialog->renameSelected();
        renamed = QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 10'000);
        dialog->accept();
    });
    QTest::mouseClick(fixture.child<QPushButton>("manageProfilesButton"), Qt::LeftButton);
    QVERIFY(renamed);
    QCOMPARE(fixture.context.profiles().names().value(), QStringList{QStringLiteral("press line 2")});

    QCOMPARE(fixture.child<QComboBox>("profileCombo")->currentText(), QStringLiteral("press line 2"));
    QCOMPARE(fixture.context.profileName, QStringLiteral("press line 2"));
    QVERIFY(fixture.page->isComplete());
    QCOMPARE(fixture.status(), checked);
    QCOMPARE(fixture.context.deviceCheck.device.model, QStringLiteral("GRV-EPIC-PR2"));
    QVERIFY2(fixture.keyNote().contains(QLatin1String("\"press line 2\"")), qPrintable(fixture.keyNote()));
    QCOMPARE(fixture.child<QLineEdit>("apiKeyEdit")->text(), sim.device().apiKey());
}

void TestDevicePage::trustAndRememberSaysWhatItSaves()
{
    SimHarness sim;
    Fixture fixture;
    fixture.build();
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustAndRemember);
    fixture.fill(sim.device().baseUrl().toString(), sim.device().apiKey());
    QVERIFY(fixture.check());
    const QString name = QStringLiteral("127.0.0.1:%1").arg(sim.device().port());

    // The dialog said what "Trust and remember" saves, before it was chosen...
    TrustDialog dialog(fixture.questions().first());
    const QString remember = dialog.findChild<QLabel *>(QStringLiteral("rememberLabel"))->text();
    QVERIFY2(remember.contains(QStringLiteral("saves a new profile named \"%1\"").arg(name)), qPrintable(remember));
    QVERIFY2(remember.contains(QLatin1String("Trust once saves nothing")), qPrintable(remember));
    // ...and the page says that it did.
    QVERIFY2(fixture.status().contains(QStringLiteral("Saved as profile \"%1\"").arg(name)),
             qPrintable(fixture.status()));
    QVERIFY2(fixture.status().contains(QLatin1String("certificate pinned")), qPrintable(fixture.status()));
    QCOMPARE(fixture.child<QComboBox>("profileCombo")->currentText(), name);
}

QTEST_MAIN(TestDevicePage)
#include "tst_devicepage.moc"
