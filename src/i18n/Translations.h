#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>

namespace groov {

// The language of the texts people read: our own translations (embedded in the program) and Qt's for its standard
// dialogs (from the system, where Debian's qt6-translations-l10n put them). Machine-readable output (--json, exit
// codes, JSON ids) never depends on it. English, the source language, needs no translator.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    static const QStringList &languages(); // "en" first, then every shipped translation

    // The first of the user's preferred languages (QLocale::uiLanguages, e.g. "de-DE") that is shipped, else "en".
    static QString preferredOf(const QStringList &uiLanguages);

    // Checks a language asked for by name (--lang, the GUI's setting): one of languages(), or empty for "as the
    // system says". The message says what to type instead.
    static QString problemWith(const QString &requested);

    // The value of --lang in a raw argument list ("--lang de" or "--lang=de"), read before the real parsing so that
    // the parser's own messages are already in that language; empty when absent.
    static QString requestedIn(const QStringList &arguments);

    // The language of a run: --lang in `arguments` when it names a shipped one, else `saved` (the GUI's setting;
    // empty for none), else the first shipped one of `uiLanguages`, else English. A --lang that is not shipped is
    // passed over here: the parser refuses it, in the language chosen without it.
    static QString chosen(const QStringList &arguments, const QString &saved, const QStringList &uiLanguages);

    // Installs the translators of `language` (a value of languages()) into the application and makes it the
    // default locale, so numbers and dates match the words. Returns false if our translation could not be loaded.
    bool install(const QString &language);

    QString language() const { return m_language; }

private:
    QTranslator m_ours;
    QTranslator m_qts;
    QString m_language = QStringLiteral("en");
};

} // namespace groov
