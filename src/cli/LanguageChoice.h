#pragma once

#include "Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace groov {
class Translations;
}

namespace groov::cli {

// --lang: the language of the command's words (docs/cli.md). It is installed from the raw arguments before any
// parsing, so that the parser's own messages are in that language too; each parser then checks it like any option.
class LanguageChoice
{
    Q_DECLARE_TR_FUNCTIONS(LanguageChoice)

public:
    static QCommandLineOption option();
    static Status check(const QCommandLineParser &parser, const QCommandLineOption &option);

    // The language --lang names, else the system's; English with --json, whose events are for programs and stay
    // English whatever the user reads.
    static void install(Translations &translations, const QStringList &arguments);
};

} // namespace groov::cli
