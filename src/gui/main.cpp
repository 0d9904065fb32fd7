// groov-update-gui: the firmware update wizard.
#include "CryptoLibrary.h"
#include "KeychainSecretStore.h"
#include "UpdateWizard.h"
#include "WizardContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace {

struct Options
{
    QCommandLineOption device{QStringLiteral("device"), QCoreApplication::translate("main", "Device address."),
                              QStringLiteral("ADDRESS")};
    QCommandLineOption firmware{QStringLiteral("firmware"), QCoreApplication::translate("main", "Firmware file."),
                                QStringLiteral("FILE")};
};

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("groov-update-gui"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROOV_VERSION));
}

// Optional starting values, so that a script (or the demo) can open the wizard ready to go. The API key is never an
// argument: it comes from GROOV_API_KEY or the keychain.
void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Updates the firmware of a groov EPIC or RIO."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.device, options.firmware});
}

// Whether the command line asks for the help or the version, which need no window: a technician's terminal over
// SSH has no display, and QApplication stops the program without one.
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

// Prints the help or the version and exits, from a QCoreApplication, which needs no display. Returns when the
// command line asks for something else after all (such as "--device --help", an address).
void answerWithoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameTheApplication();
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    // Qt's own GUI options (-platform, -style) are unknown to a QCoreApplication: no error for them here; the
    // QApplication's parser reports any real mistake.
    [[maybe_unused]] const bool parsed = parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
}

// Benchmarks only (bench/gui.sh), never in normal use: GROOV_BENCH_PROBE=exit-when-shown ends the program once its
// first window is painted, so that start-up can be timed from outside.
void endWhenShownIfBenchmarked(QWidget &window)
{
    if (qgetenv("GROOV_BENCH_PROBE") != "exit-when-shown")
        return;
    QTimer::singleShot(0, &window, [&window] {
        window.repaint();
        QCoreApplication::quit();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    groov::CryptoLibrary::keepStateUntilExit();
    if (asksForTextOnly(argc, argv))
        answerWithoutWindow(argc, argv);

    QApplication app(argc, argv);
    nameTheApplication();
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    groov::KeychainSecretStore keychain;
    groov::gui::WizardContext context(groov::ProfileStore(), &keychain);
    context.address = parser.value(options.device);
    context.firmwarePath = parser.value(options.firmware);
    groov::gui::UpdateWizard wizard(context);
    wizard.show();
    endWhenShownIfBenchmarked(wizard);
    return QApplication::exec();
}
