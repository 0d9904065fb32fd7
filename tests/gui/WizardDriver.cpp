#include "WizardDriver.h"

#include "DevicePage.h"
#include "FirmwarePage.h"
#include "SimulatedDevice.h"
#include "TrustDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

namespace groov::test {

gui::WizardContext &WizardFixture::withFastTimings(gui::WizardContext &context)
{
    context.timings = SimHarness::fastTimings();
    return context;
}

void WizardDriver::grabIfAsked(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("GROOV_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // let pending layout requests settle, as they would on screen
    widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void WizardDriver::walkToProgress(gui::UpdateWizard &wizard, SimHarness &sim, const QString &firmware)
{
    walkToProgress(wizard, sim, firmware, Walk());
}

void WizardDriver::walkToProgress(gui::UpdateWizard &wizard, SimHarness &sim, const QString &firmware, const Walk &walk)
{
    using gui::TrustDialog;
    // By value: the prompt outlives this call.
    const auto grab = [grabPages = walk.grabPages](QWidget &widget, const QString &name) {
        if (grabPages)
            grabIfAsked(widget, name);
    };
    wizard.devicePage()->setTrustPrompt([grab, trust = walk.trust](const TrustDialog::Question &question) {
        TrustDialog dialog(question);
        dialog.show();
        grab(dialog, QStringLiteral("2-trust"));
        return trust;
    });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.devicePage()
        ->findChild<QLineEdit *>(QStringLiteral("addressEdit"))
        ->setText(sim.device().baseUrl().toString());
    wizard.devicePage()->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(sim.device().apiKey());
    wizard.devicePage()->findChild<QCheckBox *>(QStringLiteral("preserveCheck"))->setChecked(walk.preserveSettings);
    QSignalSpy checked(wizard.devicePage(), &gui::DevicePage::checkFinished);
    wizard.devicePage()->checkDevice();
    QVERIFY(checked.wait(20'000));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    grab(wizard, QStringLiteral("1-device"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::UpdateWizard::FirmwarePageId));

    QSignalSpy hashed(wizard.firmwarePage(), &gui::FirmwarePage::hashed);
    wizard.firmwarePage()->chooseFile(firmware);
    QVERIFY(hashed.wait(20'000));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    grab(wizard, QStringLiteral("3-firmware"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::UpdateWizard::ReviewPageId));
    if (!walk.preserveSettings) {
        // The Review page asks for the device's name (its host will do) before it erases anything.
        wizard.currentPage()
            ->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
            ->setText(sim.device().baseUrl().host());
    }
    grab(wizard, QStringLiteral("4-review"));
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(gui::UpdateWizard::ProgressPageId));
}

} // namespace groov::test
