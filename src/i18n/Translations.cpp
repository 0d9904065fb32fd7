#include "Translations.h"

#include "DeviceText.h"

#include <QLibraryInfo>
#include <QLocale>

namespace groov {

namespace {
const QString OwnPrefix = QStringLiteral("groov_");
const QString OwnFolder = QStringLiteral(":/i18n");
const QString LanguageOption = QStringLiteral("--lang");
} // namespace

const QStringList &Translations::languages()
{
    static const QStringList shipped{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
    return shipped;
}

QString Translations::preferredOf(const QStringList &uiLanguages)
{
    for (const QString &tag : uiLanguages) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (languages().contains(language))
            return language;
    }
    return languages().constFirst();
}

QString Translations::problemWith(const QString &requested)
{
    if (requested.isEmpty() || languages().contains(requested))
        return {};
    // What was typed is repeated escaped and cut: it goes to a terminal.
    constexpr qsizetype MaxShown = 16;
    return tr("The language \"%1\" is not available. Choose one of: %2.")
        .arg(printableDeviceText(requested, MaxShown), languages().join(QStringLiteral(", ")));
}

QString Translations::requestedIn(const QStringList &arguments)
{
    const QString withValue = LanguageOption + QLatin1Char('=');
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == LanguageOption && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(withValue))
            return argument.mid(withValue.size());
    }
    return {};
}

QString Translations::chosen(const QStringList &arguments, const QString &saved, const QStringList &uiLanguages)
{
    for (const QString &candidate : {requestedIn(arguments), saved}) {
        if (!candidate.isEmpty() && problemWith(candidate).isEmpty())
            return candidate;
    }
    return preferredOf(uiLanguages);
}

bool Translations::install(const QString &language)
{
    m_language = language;
    QLocale::setDefault(QLocale(language));
    // Qt's own words (the standard buttons, file dialogs) are English already, and optional for the others: without
    // them those stay English. English, the source language, still has a file of ours: the plural forms of the %n
    // texts ("1 second", "2 seconds").
    const bool english = language == languages().constFirst();
    if (!english &&
        m_qts.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qts);
    if (!m_ours.load(OwnPrefix + language, OwnFolder))
        return false;
    QCoreApplication::installTranslator(&m_ours);
    return true;
}

} // namespace groov
