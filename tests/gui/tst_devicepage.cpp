// The wizard's Device page against the in-process simulator: trust on first use, a changed certificate, a wrong
// key, and what is (not) sent meanwhile.
#include "DevicePage.h"
#include "PromptScript.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "TrustDialog.h"
#include "WizardContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(TestDevicePage)
#include "tst_devicepage.moc"
