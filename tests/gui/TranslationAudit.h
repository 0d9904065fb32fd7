#pragma once

#include <QStringList>
#include <QTranslator>

namespace groov::test {

// Every text of ours the program looks up while a test runs, checked against the shipped translation.
//
// Installed last (so asked first), it answers nothing itself and notes each text that the embedded translation does
// not know under the context the program asked for: a text lupdate filed under another context stays English in
// every language.
class TranslationAudit : public QTranslator
{
public:
    explicit TranslationAudit(const QString &language);

    bool isReady() const { return m_ready; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override;
    bool isEmpty() const override { return false; }

    QStringList missed() const { return m_missed; } // "context: text", in the order met

private:
    static bool isQtsOwn(const QString &context);
    static bool isTheSimulators(const QString &context);

    QTranslator m_shipped;
    mutable QStringList m_missed;
    bool m_ready = false;
};

} // namespace groov::test
