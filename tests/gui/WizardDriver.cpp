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

void WizardDriver::walkToProgress(WizardFixture &fixture, const QString &firmware)
{
    walkToProgress(fixture, firmware, Walk());
}

void WizardDriver::walkToProgress(WizardFixture &fixture, const QString &firmware, const Walk &walk)
{
    gui::UpdateWizard &wizard = fixture.wizard;
    SimHarness &sim = fixture.sim;
    const auto grab = [&walk](QWidget &widget, const QString &name) {
        if (walk.grabPages)
            grabIfAsked(widget, name);
        if (walk.visit)
            walk.visit(widget, name);
    };
    fixture.prompts.answerTrust(walk.trust);
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
    // The first contact asked about the certificate: the picture shows the dialog the script answered.
    QVERIFY(!fixture.prompts.trustQuestions().isEmpty());
    if (walk.grabPages || walk.visit) {
        gui::TrustDialog trustDialog(fixture.prompts.trustQuestions().constLast());
        trustDialog.show();
        grab(trustDialog, QStringLiteral("2-trust"));
    }
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
