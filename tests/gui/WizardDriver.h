#pragma once

#include "SecretStore.h"
#include "SimHarness.h"
#include "UpdateWizard.h"
#include "WizardContext.h"

#include <QTemporaryDir>

class QWidget;

namespace groov::test {

// A wizard over a profile store in a temporary folder and an in-memory keychain, with the engine's waits compressed
// for the simulated device it will update.
struct WizardFixture
{
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
    // Device checked (certificate trusted once), firmware hashed, review passed: the update is running.
    static void walkToProgress(gui::UpdateWizard &wizard, SimHarness &sim, const QString &firmware);
    // Saves a picture of the widget into $GROOV_SCREENSHOT_DIR (scripts/screenshots) when that is set.
    static void grabIfAsked(QWidget &widget, const QString &name);
};

} // namespace groov::test
