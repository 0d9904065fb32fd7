// groov-update-gui: the firmware update wizard.
#include "CryptoLibrary.h"
#include "KeychainSecretStore.h"
#include "LanguageSetting.h"
#include "Translations.h"
#include "UpdateWizard.h"
#include "WizardContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace {

// The translation context of this file's texts (for lupdate and the lookup alike).
class ApplicationText
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationText)
};

struct Options
{
    // The value names in --help are words for people too.
    QCommandLineOption device{QStringLiteral("device"), ApplicationText::tr("Device address."),
                              ApplicationText::tr("ADDRESS")};
    QCommandLineOption firmware{QStringLiteral("firmware"), ApplicationText::tr("Firmware file."),
                                ApplicationText::tr("FILE")};
    QCommandLineOption language{QStringLiteral("lang"),
                                ApplicationText::tr("The language of this run: %1 (default: the one chosen in "
                                                    "Settings, else the system's).")
                                    .arg(groov::Translations::languages().join(QStringLiteral(", "))),
                                ApplicationText::tr("LANGUAGE")};
};

// --lang for this run, else the one chosen in Settings, else the system's. A name that is not shipped is refused in
// main() once the parser has run.
void installLanguage(groov::Translations &translations)
{
    translations.install(groov::Translations::chosen(QCoreApplication::arguments(), groov::gui::LanguageSetting::read(),
                                                     QLocale::system().uiLanguages()));
}

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("groov-update-gui"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROOV_VERSION));
}

// Optional starting values, so that a script (or the demo) can open the wizard ready to go. The API key is never an
// argument: it comes from GROOV_API_KEY or the keychain.
void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(ApplicationText::tr("Updates the firmware of a groov EPIC or RIO."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.device, options.firmware, options.language});
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
    groov::Translations translations;
    installLanguage(translations);
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
    groov::Translations translations;
    installLanguage(translations);
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);
    if (const QString problem = groov::Translations::problemWith(parser.value(options.language)); !problem.isEmpty()) {
        std::fprintf(stderr, "groov-update-gui: %s\n", qPrintable(problem));
        return 2;
    }

    groov::KeychainSecretStore keychain;
    groov::gui::WizardContext context(groov::ProfileStore(), &keychain);
    context.address = parser.value(options.device);
    context.firmwarePath = parser.value(options.firmware);
    groov::gui::UpdateWizard wizard(context);
    wizard.show();
    endWhenShownIfBenchmarked(wizard);
    return QApplication::exec();
}
