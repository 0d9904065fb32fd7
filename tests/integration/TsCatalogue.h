#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace groov::test {

// One language's translations/groov_<language>.ts as a test reads it: which English texts have a translation, and
// what it is. Texts are compared without the accelerators' "&" and the spaces around them.
class TsCatalogue
{
public:
    explicit TsCatalogue(const QString &language);

    bool isLoaded() const { return !m_translationOf.isEmpty(); }
    // The translation of an English source, or an empty string when it has none (or the same text).
    QString translationOf(const QString &source) const { return m_translationOf.value(plain(source)); }
    bool isTranslation(const QString &text) const { return m_translations.contains(plain(text)); }
    // An English source whose translation differs, shown as it is: English left where the user reads.
    bool isUntranslatedEnglish(const QString &text) const;

    static QString plain(QString text);

private:
    QHash<QString, QString> m_translationOf;
    QSet<QString> m_translations;
};

} // namespace groov::test
