// groov-update-gui: the firmware update wizard.
#include "KeychainSecretStore.h"
#include "UpdateWizard.h"
#include "WizardContext.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("groov-update-gui"));
    QApplication::setApplicationVersion(QStringLiteral(GROOV_VERSION));

    groov::KeychainSecretStore keychain;
    groov::gui::WizardContext context(groov::ProfileStore(), &keychain);
    groov::gui::UpdateWizard wizard(context);
    wizard.show();
    return QApplication::exec();
}
