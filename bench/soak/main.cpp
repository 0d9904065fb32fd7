// groov-soak: complete updates back to back in one process; resident memory and file descriptors must stay flat
// (bench/README.md).
#include "SoakOptions.h"
#include "SoakRunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <variant>

#if defined(__SANITIZE_ADDRESS__)
#define GROOV_SOAK_SANITIZED true
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GROOV_SOAK_SANITIZED true
#endif
#endif
#ifndef GROOV_SOAK_SANITIZED
#define GROOV_SOAK_SANITIZED false
#endif

using namespace groov::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groov-soak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROOV_VERSION));
    // Hundreds of updates of engine and simulator chatter would bury the table; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("groov.*.debug=false\ngroov.*.info=false"));

    auto parsed = SoakOptions::parse(QCoreApplication::arguments());
    if (const auto *exit = std::get_if<SoakOptions::Exit>(&parsed)) {
        std::fputs(qPrintable(exit->text), exit->code == 0 ? stdout : stderr);
        return exit->code;
    }
    const SoakOptions options = std::get<SoakOptions>(parsed);

    // ASan's quarantine and shadow memory make RSS meaningless there; that build is for LeakSanitizer.
    SoakRunner runner(options, GROOV_SOAK_SANITIZED, options.json ? stderr : stdout);
    QObject::connect(&runner, &SoakRunner::finished, &app,
                     [](SoakRunner::Verdict verdict) { QCoreApplication::exit(int(verdict)); });
    QTimer::singleShot(0, &runner, &SoakRunner::start);
    return QCoreApplication::exec();
}
