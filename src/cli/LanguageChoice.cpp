#include "LanguageChoice.h"

#include "Translations.h"

#include <QLocale>

namespace groov::cli {

QCommandLineOption LanguageChoice::option()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              tr("The language of messages: %1 (default: the system's).")
                                  .arg(Translations::languages().join(QStringLiteral(", "))),
                              tr("LANGUAGE"));
}

Status LanguageChoice::check(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QStringList values = parser.values(option);
    if (values.size() > 1)
        return invalidInput(tr("--lang is given more than once."));
    if (const QString problem = Translations::problemWith(values.value(0)); !problem.isEmpty())
        return invalidInput(problem);
    return Done{};
}

void LanguageChoice::install(Translations &translations, const QStringList &arguments)
{
    // A --json run is English as a whole (still with English plural forms).
    translations.install(arguments.contains(QLatin1String("--json"))
                             ? Translations::languages().constFirst()
                             : Translations::chosen(arguments, QString(), QLocale::system().uiLanguages()));
}

} // namespace groov::cli
