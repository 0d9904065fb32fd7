// The whole wizard against the in-process simulator, driven like a person would: page by page to the result.
#include "DevicePage.h"
#include "FirmwarePage.h"
#include "ProgressPage.h"
#include "ResultPage.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "UpdateWizard.h"
#include "WizardContext.h"

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

namespace {
// A wizard over a profile store in a temporary folder and an in-memory keychain, with the engine's waits compressed
// for the simulated device it will update.
struct WizardFixture
{
    SimHarness sim;
    QTemporaryDir dir;
    MemorySecretStore secrets;
    WizardContext context{ProfileStore(dir.filePath(QStringLiteral("profiles.ini"))), &secrets};
    UpdateWizard wizard{withFastTimings(context)};

    static WizardContext &withFastTimings(WizardContext &context)
    {
        context.timings = SimHarness::fastTimings();
        return context;
    }
};
} // namespace

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

private:
    // Walks to the Progress page: device checked (certificate trusted once), firmware hashed, review passed.
    static void walkToProgress(UpdateWizard &wizard, SimHarness &sim, const QString &firmware);
    static void grabIfAsked(QWidget &widget, const QString &name);
};

void TestUpdateWizard::grabIfAsked(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("GROOV_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // let pending layout requests settle, as they would on screen
    widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestUpdateWizard::walkToProgress(UpdateWizard &wizard, SimHarness &sim, const QString &firmware)
{
    wizard.devicePage()->setTrustPrompt([](const QSslCertificate &presented, const QByteArray &pinned) {
        TrustDialog dialog(presented, pinned);
        dialog.show();
        grabIfAsked(dialog, QStringLiteral("2-trust"));
        return TrustDialog::Decision::TrustOnce;
    });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.devicePage()
        ->findChild<QLineEdit *>(QStringLiteral("addressEdit"))
        ->setText(sim.device().baseUrl().toString());
    wizard.devicePage()->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(sim.device().apiKey());
    QSignalSpy checked(wizard.devicePage(), &DevicePage::checkFinished);
    wizard.devicePage()->checkDevice();
    QVERIFY(checked.wait(20'000));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    grabIfAsked(wizard, QStringLiteral("1-device"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(UpdateWizard::FirmwarePageId));

    QSignalSpy hashed(wizard.firmwarePage(), &FirmwarePage::hashed);
    wizard.firmwarePage()->chooseFile(firmware);
    QVERIFY(hashed.wait(20'000));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    grabIfAsked(wizard, QStringLiteral("3-firmware"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(UpdateWizard::ReviewPageId));
    grabIfAsked(wizard, QStringLiteral("4-review"));
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(UpdateWizard::ProgressPageId));
}

void TestUpdateWizard::updatesTheDeviceFromStartToResult()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 3'000'000);
    walkToProgress(wizard, sim, firmware);
    if (QTest::currentTestFailed())
        return;

    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller().phase() >= UpdatePhase::Upload, 30'000);
    grabIfAsked(wizard, QStringLiteral("5-progress-upload"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller().phase() >= UpdatePhase::Restarts, 30'000);
    grabIfAsked(wizard, QStringLiteral("6-progress-restart"));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    grabIfAsked(wizard, QStringLiteral("7-result-success"));
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
    walkToProgress(wizard, sim, sim.makeFirmware(QStringLiteral("rio"), 1'000'000, QStringLiteral("update.bin")));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    grabIfAsked(wizard, QStringLiteral("8-result-failure"));
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
    walkToProgress(wizard, sim, sim.makeFirmware(QStringLiteral("epic"), 3'000'000));
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
    walkToProgress(fixture.wizard, fixture.sim, fixture.sim.makeFirmware(QStringLiteral("epic"), 200'000));
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
