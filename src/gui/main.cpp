// groov-update-gui: the firmware update wizard.
#include "KeychainSecretStore.h"
#include "UpdateWizard.h"
#include "WizardContext.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("groov-update-gui"));
    QApplication::setApplicationVersion(QStringLiteral(GROOV_VERSION));

    // Optional starting values, so that a script (or the demo) can open the wizard ready to go. The API key is
    // never an argument: it comes from GROOV_API_KEY or the keychain.
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Updates the firmware of a groov EPIC or RIO."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption device(QStringLiteral("device"), QApplication::translate("main", "Device address."),
                                    QStringLiteral("ADDRESS"));
    const QCommandLineOption firmware(QStringLiteral("firmware"), QApplication::translate("main", "Firmware file."),
                                      QStringLiteral("FILE"));
    parser.addOptions({device, firmware});
    parser.process(app);

    groov::KeychainSecretStore keychain;
    groov::gui::WizardContext context(groov::ProfileStore(), &keychain);
    context.address = parser.value(device);
    context.firmwarePath = parser.value(firmware);
    groov::gui::UpdateWizard wizard(context);
    wizard.show();
    return QApplication::exec();
}
