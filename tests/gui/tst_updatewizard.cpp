// The whole wizard against the in-process simulator, driven like a person would: page by page to the result.
#include "DevicePage.h"
#include "FirmwarePage.h"
#include "ProgressPage.h"
#include "ResultPage.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "UpdateWizard.h"
#include "WizardContext.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

class TestUpdateWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { qputenv("GROOV_API_KEY", QByteArray()); }
    void updatesTheDeviceFromStartToResult();
    void wrongFamilyIsExplainedOnTheResultPage();
    void closingDuringTheUpdateAsksFirst();
    void keyboardAloneReachesTheResult();
    void updateEndingInTheBackgroundIsAnnounced();
};

void TestUpdateWizard::updatesTheDeviceFromStartToResult()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 3'000'000);
    WizardDriver::walkToProgress(wizard, sim, firmware);
    if (QTest::currentTestFailed())
        return;

    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller().phase() >= UpdatePhase::Upload, 30'000);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("5-progress-upload"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller().phase() >= UpdatePhase::Restarts, 30'000);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("6-progress-restart"));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("7-result-success"));
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::Succeeded);
    QCOMPARE(sim.violations(), QStringList());
    QVERIFY(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    const QString headline = wizard.resultPage()->findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
    QVERIFY2(headline.contains(QLatin1String("succeeded")), qPrintable(headline));
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
}

void TestUpdateWizard::wrongFamilyIsExplainedOnTheResultPage()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    WizardDriver::walkToProgress(wizard, sim,
                                 sim.makeFirmware(QStringLiteral("rio"), 1'000'000, QStringLiteral("update.bin")));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("8-result-failure"));
    const QString details = wizard.resultPage()->findChild<QLabel *>(QStringLiteral("detailsLabel"))->text();
    QVERIFY2(details.contains(QLatin1String("Decrypt")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("error code 8")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("different device family")), qPrintable(details));
}

void TestUpdateWizard::closingDuringTheUpdateAsksFirst()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    QStringList asked;
    bool answer = false;
    wizard.setConfirmClose([&asked, &answer](const QString &consequence) {
        asked.append(consequence);
        return answer;
    });
    WizardDriver::walkToProgress(wizard, sim, sim.makeFirmware(QStringLiteral("epic"), 3'000'000));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller().phase() >= UpdatePhase::DeviceStages, 30'000);

    QVERIFY(!wizard.close()); // "keep updating"
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QLatin1String("continues the update on its own")), qPrintable(asked.first()));
    QVERIFY(wizard.controller().isRunning());

    answer = true;
    QVERIFY(wizard.close());
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::Cancelled);
}

void TestUpdateWizard::keyboardAloneReachesTheResult()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    wizard.devicePage()->setTrustPrompt(
        [](const QSslCertificate &, const QByteArray &) { return TrustDialog::Decision::TrustOnce; });
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 500'000);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    const auto typeIntoFocus = [](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    };

    // Device: the address field has the focus; Tab to the key; Alt+C checks.
    QTRY_VERIFY(QApplication::focusWidget());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("addressEdit"));
    typeIntoFocus(sim.device().baseUrl().toString());
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("apiKeyEdit"));
    typeIntoFocus(sim.device().apiKey());
    QSignalSpy checked(wizard.devicePage(), &DevicePage::checkFinished);
    press(Qt::Key_C, Qt::AltModifier);
    QVERIFY(checked.wait(20'000));
    QVERIFY(checked.at(0).at(0).toBool());
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(UpdateWizard::FirmwarePageId));

    // Firmware: type the path; Enter checks and hashes it; Enter again goes on.
    QTRY_VERIFY(QApplication::focusWidget());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("fileEdit"));
    QSignalSpy hashed(wizard.firmwarePage(), &FirmwarePage::hashed);
    typeIntoFocus(firmware);
    press(Qt::Key_Return);
    QVERIFY(hashed.wait(20'000));
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(UpdateWizard::ReviewPageId));

    // Review: Enter presses Update.
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(UpdateWizard::ProgressPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::Succeeded);
}

void TestUpdateWizard::updateEndingInTheBackgroundIsAnnounced()
{
    WizardFixture fixture;
    QStringList announced;
    fixture.wizard.setNotifier([&announced](const QString &title, const QString &, bool succeeded) {
        announced.append(title + (succeeded ? QStringLiteral(" ok") : QStringLiteral(" not ok")));
    });
    WizardDriver::walkToProgress(fixture.wizard, fixture.sim,
                                 fixture.sim.makeFirmware(QStringLiteral("epic"), 200'000));
    if (QTest::currentTestFailed())
        return;
    // Another window takes the focus while the device works.
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    QCOMPARE(announced, QStringList{QStringLiteral("groov firmware update succeeded ok")});
}

QTEST_MAIN(TestUpdateWizard)
#include "tst_updatewizard.moc"
