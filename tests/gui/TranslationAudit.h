#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTranslator>

namespace groov::test {

// The translations as a person in one language meets them, checked while the program runs.
//
// Installed last (so asked first), it answers nothing itself and notes every text of ours that the shipped
// translation does not know under the context the program asked for: a text lupdate filed under another context
// stays English in every language. It also reads the .ts file, so a test can tell an English text left on screen
// from a translated one.
class TranslationAudit : public QTranslator
{
public:
    // `tsFile`: the language's translations/groov_<language>.ts.
    TranslationAudit(const QString &language, const QString &tsFile);

    bool isReady() const { return m_ready; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override;
    bool isEmpty() const override { return false; }

    QStringList missed() const; // "context: text", one per text not found, in the order met
    // Whether `text` is an English source whose translation differs, i.e. English left where the user reads.
    bool isUntranslatedEnglish(const QString &text) const;
    bool isTranslation(const QString &text) const { return m_translations.contains(text); }

private:
    static bool isQtsOwn(const QString &context);
    static bool isTheSimulators(const QString &context);

    QTranslator m_shipped;
    QSet<QString> m_untranslatable; // sources whose translation is the same text (a name, a unit)
    QHash<QString, QString> m_translationOf;
    QSet<QString> m_translations;
    mutable QStringList m_missed;
    bool m_ready = false;
};

} // namespace groov::test
