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
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

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
    void trustAndRememberNeverReplacesAProfile();
    void checkClearedByAnotherPageDisablesNext();
    void opensOnTheLastProfileUsed();
    void refusedKeyIsMarkedUntilEdited();

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
        // The start of most tests: the page, the simulated device and `key` (its own by default) filled in, and the
        // answer to its certificate queued.
        void start(SimHarness &sim, TrustDialog::Decision trust, const QString &key = QString())
        {
            build();
            prompts.answerTrust(trust);
            fill(sim.device().baseUrl().toString(), key.isNull() ? sim.device().apiKey() : key);
        }
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
    fixture.start(sim, TrustDialog::Decision::Cancel);
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
    fixture.start(sim, TrustDialog::Decision::TrustAndRemember);
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
    fixture.start(sim, TrustDialog::Decision::TrustOnce, QStringLiteral("not-the-key"));
    QVERIFY(!fixture.check());
    QVERIFY(!fixture.page->isComplete());
    QVERIFY2(fixture.status().contains(QLatin1String("Unauthorized")), qPrintable(fixture.status()));
    QVERIFY(fixture.context.profiles().names()->isEmpty()); // trusted once: nothing remembered
}

void TestDevicePage::editingAfterACheckAsksForANewOne()
{
    SimHarness sim;
    Fixture fixture;
    fixture.start(sim, TrustDialog::Decision::TrustOnce);
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
    fixture.start(sim, TrustDialog::Decision::TrustOnce); // trusted for now, not remembered yet
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
    fixture.start(sim, TrustDialog::Decision::TrustOnce);
    fixture.show();
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
    fixture.start(sim, TrustDialog::Decision::TrustAndRemember);
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

void TestDevicePage::trustAndRememberNeverReplacesAProfile()
{
    SimHarness sim;
    Fixture fixture;
    const QString name = QStringLiteral("127.0.0.1:%1").arg(sim.device().port());
    DeviceProfile other;
    other.name = name; // the name the new device's profile would get
    other.address = QStringLiteral("10.0.0.9");
    QVERIFY(fixture.context.profiles().save(other).ok());

    fixture.start(sim, TrustDialog::Decision::TrustAndRemember);
    QVERIFY(fixture.check());
    const QString freeName = name + QStringLiteral(" (2)");
    // The dialog announced the name used, and the page says it.
    QCOMPARE(fixture.questions().first().profileName, freeName);
    QVERIFY2(fixture.status().contains(QStringLiteral("Saved as profile \"%1\"").arg(freeName)),
             qPrintable(fixture.status()));
    QCOMPARE(fixture.context.profiles().names().value(), (QStringList{name, freeName}));
    QCOMPARE(fixture.context.profiles().load(name)->address, other.address); // untouched
    QCOMPARE(fixture.context.profiles().load(freeName)->pinnedFingerprint.toLatin1(), sim.device().fingerprintSha256());
    QCOMPARE(fixture.child<QComboBox>("profileCombo")->currentText(), freeName);
}

void TestDevicePage::checkClearedByAnotherPageDisablesNext()
{
    SimHarness sim;
    Fixture fixture;
    fixture.start(sim, TrustDialog::Decision::TrustOnce);
    QWizard wizard;
    wizard.addPage(fixture.page.get());
    wizard.addPage(new QWizardPage); // stands for the Review page
    // The fixture owns the page: the wizard must not delete it too.
    const auto keepPage = qScopeGuard([&fixture] { fixture.page->setParent(nullptr); });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(fixture.check());
    QVERIFY(next->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), 1);
    fixture.context.clearCheck(); // as the Review page does when its re-check fails
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentPage(), fixture.page.get());
    QVERIFY(!next->isEnabled());
    QVERIFY(!fixture.page->isComplete());
    // The facts of the check that no longer stands are gone, and the page says why Next is off.
    QVERIFY2(!fixture.status().contains(QLatin1String("GRV-EPIC-PR2")), qPrintable(fixture.status()));
    QVERIFY2(fixture.status().contains(QLatin1String("check the device again")), qPrintable(fixture.status()));
    QVERIFY(!fixture.child<QPushButton>("saveProfileButton")->isVisibleTo(fixture.page.get()));

    // Checked again, Next comes back.
    QVERIFY(fixture.check());
    QVERIFY(next->isEnabled());
}

void TestDevicePage::opensOnTheLastProfileUsed()
{
    SimHarness sim;
    Fixture fixture;
    DeviceProfile first;
    first.name = QStringLiteral("another device"); // listed first
    first.address = QStringLiteral("10.0.0.9");
    QVERIFY(fixture.context.profiles().save(first).ok());
    const DeviceProfile used = fixture.saveProfile(sim, QString::fromLatin1(sim.device().fingerprintSha256()));
    fixture.build();
    QCOMPARE(fixture.child<QComboBox>("profileCombo")->currentIndex(), 0); // nothing used yet: New device
    fixture.child<QComboBox>("profileCombo")->setCurrentText(used.name);
    fixture.child<QLineEdit>("apiKeyEdit")->setText(sim.device().apiKey());
    QVERIFY(fixture.check());

    // The next run, over the same profiles file, opens on it.
    const QString file = fixture.context.profiles().filePath();
    WizardContext nextRun(ProfileStore(file), &fixture.secrets);
    DevicePage page(nextRun);
    QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(), used.name);
    QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text(), used.address);
    QCOMPARE(nextRun.profileName, used.name);
    // The file keeps the name, never the key.
    QFile settings(file);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray contents = settings.readAll();
    QVERIFY(contents.contains(used.name.toUtf8()));
    QVERIFY(!contents.contains(sim.device().apiKey().toUtf8()));

    // Once it is deleted, the next run opens on New device.
    QVERIFY(nextRun.profiles().remove(used.name).ok());
    WizardContext thirdRun(ProfileStore(file), &fixture.secrets);
    DevicePage third(thirdRun);
    QCOMPARE(third.findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentIndex(), 0);
    QVERIFY(thirdRun.profileName.isEmpty());
}

void TestDevicePage::refusedKeyIsMarkedUntilEdited()
{
    SimHarness sim;
    Fixture fixture;
    fixture.build();
    fixture.show();
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
    fixture.type("addressEdit", sim.device().baseUrl().toString());
    fixture.type("apiKeyEdit", QStringLiteral("not-the-key"));
    auto *key = fixture.child<QLineEdit>("apiKeyEdit");
    QVERIFY(key->actions().isEmpty());
    QVERIFY(!fixture.checkByKeyboard()); // the simulator answers 401

    // Marked, and said to assistive technology; focused, with the wrong key selected.
    QCOMPARE(key->actions().size(), 1);
    QVERIFY2(key->accessibleDescription().contains(QLatin1String("refused")), qPrintable(key->accessibleDescription()));
    QVERIFY(!key->accessibleDescription().contains(QLatin1String("not-the-key")));
    QTRY_VERIFY(key->hasFocus());
    QCOMPARE(key->selectedText(), QStringLiteral("not-the-key"));
    QVERIFY(fixture.child<QLineEdit>("addressEdit")->actions().isEmpty()); // only the key was wrong

    // Typing replaces the selected key and clears the mark; Enter checks again.
    QTest::keyClicks(key, sim.device().apiKey());
    QCOMPARE(key->text(), sim.device().apiKey());
    QVERIFY(key->actions().isEmpty());
    QVERIFY(key->accessibleDescription().isEmpty());
    QSignalSpy finished(fixture.page.get(), &DevicePage::checkFinished);
    QTest::keyClick(key, Qt::Key_Return);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
}

QTEST_MAIN(TestDevicePage)
#include "tst_devicepage.moc"
