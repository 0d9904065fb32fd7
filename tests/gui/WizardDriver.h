#pragma once

#include "PromptScript.h"
#include "SecretStore.h"
#include "SimHarness.h"
#include "TrustDialog.h"
#include "UpdateWizard.h"
#include "WizardContext.h"

#include <QTemporaryDir>

#include <functional>

class QWidget;

namespace groov::test {

// A wizard over a profile store in a temporary folder and an in-memory keychain, with the engine's waits compressed
// for the simulated device it will update. Its questions are answered by the script, which keeps them.
struct WizardFixture
{
    gui::PromptScript prompts;
    SimHarness sim;
    QTemporaryDir dir;
    MemorySecretStore secrets;
    gui::WizardContext context{ProfileStore(dir.filePath(QStringLiteral("profiles.ini"))), &secrets};
    gui::UpdateWizard wizard{withFastTimings(context)};

    QString profilesPath() const { return dir.filePath(QStringLiteral("profiles.ini")); }

private:
    static gui::WizardContext &withFastTimings(gui::WizardContext &context);
};

// Drives the wizard like a person would. Failures are reported through QtTest; callers check
// QTest::currentTestFailed() after each step.
class WizardDriver
{
public:
    struct Walk
    {
        // How the first contact's certificate is answered; TrustAndRemember saves a profile named after the address.
        gui::TrustDialog::Decision trust = gui::TrustDialog::Decision::TrustOnce;
        bool preserveSettings = true; // false: a factory reset, confirmed on the Review page
        bool grabPages = false;       // the screenshots 1 to 4, when they are asked for (one walk takes them)
        // Called with each page (and the certificate dialog) as it is shown, with the screenshot's name.
        std::function<void(QWidget &, const QString &)> visit{};
    };

    // Device checked (certificate trusted once), firmware hashed, review passed: the update is running.
    static void walkToProgress(WizardFixture &fixture, const QString &firmware);
    static void walkToProgress(WizardFixture &fixture, const QString &firmware, const Walk &walk);
    // Saves a picture of the widget into $GROOV_SCREENSHOT_DIR (scripts/screenshots) when that is set.
    static void grabIfAsked(QWidget &widget, const QString &name);
};

} // namespace groov::test
