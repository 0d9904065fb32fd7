#include "FactoryResetConfirmation.h"

#include "Prompts.h"

namespace groov::gui {

QString FactoryResetConfirmation::consequence()
{
    return tr("Not preserving settings erases the device's user accounts, network settings, certificates and the rest "
              "of its configuration. It comes back factory-fresh, possibly at another address, and must be "
              "commissioned again (a new administrator account and API key).");
}

bool FactoryResetConfirmation::confirms(const QString &typed, const QString &expected)
{
    return !expected.isEmpty() && typed.trimmed() == expected;
}

bool FactoryResetConfirmation::askForFleet(QWidget *parent, int deviceCount)
{
    // Typed, not clicked: the number makes the user look at how many devices this is.
    const QString words = tr("erase %n device(s)", nullptr, deviceCount);
    const QString typed = Prompts::askText(
        parent,
        {tr("Factory reset of every device"),
         tr("%1 This plan does it to every device in it. To confirm, type: %2").arg(consequence(), words), QString()});
    return confirms(typed, words);
}

} // namespace groov::gui
