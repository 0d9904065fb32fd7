// A technician's walk through the wizard (issue 12), from the keyboard where a person would use it: where focus goes
// after a check, and that a device's facts never outlive its check.
#include "DevicePage.h"
#include "FirmwarePage.h"
#include "ResultPage.h"
#include "SimulatedDevice.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

class TestWizardWalk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void checkFromTheKeyboardLeavesFocusOnNext();
    void enterInTheKeyFieldChecksTheDevice();
    void anotherDeviceStartsWithoutTheLastCheck();
    void reviewChecksAgainWhenTheCheckIsOld();

private:
    static QLineEdit *field(UpdateWizard &wizard, const char *name)
    {
        return wizard.devicePage()->findChild<QLineEdit *>(QLatin1String(name));
    }
    static QString status(UpdateWizard &wizard)
    {
        return wizard.devicePage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    }
    static QString summary(UpdateWizard &wizard)
    {
        return wizard.currentPage()->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    }
    // Shows the wizard and types the simulated device's address and key into the focused fields.
    // Address and key typed as a person would; the certificate, once asked about, is trusted once.
    static void typeDevice(WizardFixture &fixture)
    {
        fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
        UpdateWizard &wizard = fixture.wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QLineEdit *address = field(wizard, "addressEdit");
        QTRY_COMPARE(QApplication::focusWidget(), address);
        QTest::keyClicks(address, fixture.sim.device().baseUrl().toString());
        QTest::keyClick(address, Qt::Key_Tab);
        QLineEdit *key = field(wizard, "apiKeyEdit");
        QCOMPARE(QApplication::focusWidget(), key);
        QTest::keyClicks(key, fixture.sim.device().apiKey());
    }
    // Device checked (certificate trusted once), firmware hashed: the Review page is shown.
    static void walkToReview(WizardFixture &fixture, const QString &firmware)
    {
        UpdateWizard &wizard = fixture.wizard;
        QSignalSpy checked(wizard.devicePage(), &DevicePage::checkFinished);
        wizard.devicePage()->checkDevice();
        QVERIFY(checked.wait(20'000));
        QVERIFY(checked.at(0).at(0).toBool());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(UpdateWizard::FirmwarePageId));
        QSignalSpy hashed(wizard.firmwarePage(), &FirmwarePage::hashed);
        wizard.firmwarePage()->chooseFile(firmware);
        QVERIFY(hashed.wait(20'000));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(UpdateWizard::ReviewPageId));
    }
};

void TestWizardWalk::init()
{
    qputenv("GROOV_API_KEY", QByteArray());
}

void TestWizardWalk::checkFromTheKeyboardLeavesFocusOnNext()
{
    WizardFixture fixture;
    UpdateWizard &wizard = fixture.wizard;
    typeDevice(fixture);
    if (QTest::currentTestFailed())
        return;
    auto *check = wizard.devicePage()->findChild<QPushButton *>(QStringLiteral("checkButton"));
    check->setFocus();
    QSignalSpy checked(wizard.devicePage(), &DevicePage::checkFinished);
    QTest::keyClick(check, Qt::Key_Return);
    QVERIFY(checked.wait(20'000));
    QVERIFY(checked.at(0).at(0).toBool());

    // The next Enter goes on to the firmware; it never cancels the wizard.
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), next);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(UpdateWizard::FirmwarePageId));
}

void TestWizardWalk::enterInTheKeyFieldChecksTheDevice()
{
    WizardFixture fixture;
    UpdateWizard &wizard = fixture.wizard;
    typeDevice(fixture);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy checked(wizard.devicePage(), &DevicePage::checkFinished);
    QTest::keyClick(field(wizard, "apiKeyEdit"), Qt::Key_Return);
    QVERIFY(checked.wait(20'000));
    QVERIFY(checked.at(0).at(0).toBool());
    QCOMPARE(fixture.prompts.trustQuestions().size(), 1);
    QTRY_COMPARE(QApplication::focusWidget(), wizard.button(QWizard::NextButton));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(UpdateWizard::FirmwarePageId));
}

void TestWizardWalk::anotherDeviceStartsWithoutTheLastCheck()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 500'000);
    WizardDriver::walkToProgress(fixture, firmware);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    QCOMPARE(sim.device().firmwareVersion(), QStringLiteral("4.1.0-b.42"));

    wizard.resultPage()->findChild<QPushButton *>(QStringLiteral("anotherDeviceButton"))->click();
    QCOMPARE(wizard.currentId(), int(UpdateWizard::DevicePageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(!status(wizard).contains(QLatin1String("GRV-EPIC-PR2")), qPrintable(status(wizard)));
    QVERIFY2(!status(wizard).contains(QLatin1String("3.6.0-b.105")), qPrintable(status(wizard)));
    QVERIFY(fixture.context.deviceCheck.device.firmwareVersion.isEmpty());

    // The same device checked again: the Review page shows the version it has now.
    walkToReview(fixture, firmware);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY2(summary(wizard).contains(QLatin1String("4.1.0-b.42")), qPrintable(summary(wizard)));
    QVERIFY2(!summary(wizard).contains(QLatin1String("3.6.0-b.105")), qPrintable(summary(wizard)));
}

void TestWizardWalk::reviewChecksAgainWhenTheCheckIsOld()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    QDateTime now = QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);
    fixture.context.clock = [&now] {
        return now;
    };
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
    wizard.show();
    field(wizard, "addressEdit")->setText(sim.device().baseUrl().toString());
    field(wizard, "apiKeyEdit")->setText(sim.device().apiKey());
    walkToReview(fixture, sim.makeFirmware(QStringLiteral("epic"), 300'000));
    if (QTest::currentTestFailed())
        return;
    const int infoAsked = sim.requestCount(QStringLiteral("io/local/info"));
    QVERIFY2(summary(wizard).contains(QLatin1String("3.6.0-b.105")), qPrintable(summary(wizard)));
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());

    // Four minutes later the check still stands: nothing is asked again.
    wizard.back();
    now = now.addSecs(4 * 60);
    wizard.next();
    QCOMPARE(sim.requestCount(QStringLiteral("io/local/info")), infoAsked);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());

    // Six minutes after the check, what it found may be out of date (here made so by hand): the page asks again and
    // shows what the device says now, and Update waits for that answer.
    wizard.back();
    now = now.addSecs(2 * 60);
    fixture.context.deviceCheck.device.firmwareVersion = QStringLiteral("0.0.1-stale");
    wizard.next();
    QCOMPARE(wizard.currentId(), int(UpdateWizard::ReviewPageId));
    QVERIFY2(!summary(wizard).contains(QLatin1String("0.0.1-stale")), qPrintable(summary(wizard)));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(summary(wizard).contains(QLatin1String("3.6.0-b.105")), 20'000);
    QCOMPARE(sim.requestCount(QStringLiteral("io/local/info")), infoAsked + 1);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(fixture.prompts.trustQuestions().size(), 1); // the certificate trusted once still holds
}

QTEST_MAIN(TestWizardWalk)
#include "tst_wizardwalk.moc"
