#include "WizardDriver.h"

#include "DevicePage.h"
#include "FirmwarePage.h"
#include "SimulatedDevice.h"
#include "TrustDialog.h"

#include <QAbstractButton>
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
    using gui::TrustDialog;
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
    QSignalSpy checked(wizard.devicePage(), &gui::DevicePage::checkFinished);
    wizard.devicePage()->checkDevice();
    QVERIFY(checked.wait(20'000));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    grabIfAsked(wizard, QStringLiteral("1-device"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::UpdateWizard::FirmwarePageId));

    QSignalSpy hashed(wizard.firmwarePage(), &gui::FirmwarePage::hashed);
    wizard.firmwarePage()->chooseFile(firmware);
    QVERIFY(hashed.wait(20'000));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    grabIfAsked(wizard, QStringLiteral("3-firmware"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::UpdateWizard::ReviewPageId));
    grabIfAsked(wizard, QStringLiteral("4-review"));
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(gui::UpdateWizard::ProgressPageId));
}

} // namespace groov::test
