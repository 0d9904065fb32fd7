#include "TranslationAudit.h"

#include <QFile>
#include <QXmlStreamReader>

namespace groov::test {

namespace {
// A visible text without the accelerator's "&" and the spaces around it, as a .ts source would hold it.
QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).trimmed();
}
} // namespace

TranslationAudit::TranslationAudit(const QString &language, const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly) ||
        !m_shipped.load(QStringLiteral("groov_") + language, QStringLiteral(":/i18n")))
        return;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = plain(xml.readElementText());
        } else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            const QString translation = plain(xml.readElementText(QXmlStreamReader::SkipChildElements));
            if (translation.isEmpty())
                continue;
            m_translations.insert(translation);
            if (translation == source)
                m_untranslatable.insert(source);
            else
                m_translationOf.insert(source, translation);
        }
    }
    m_ready = !xml.hasError() && !m_translationOf.isEmpty();
}

QString TranslationAudit::translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const
{
    const QString contextName = QString::fromUtf8(context);
    if (!isQtsOwn(contextName) && !isTheSimulators(contextName) &&
        m_shipped.translate(context, sourceText, disambiguation, n).isEmpty()) {
        const QString entry = contextName + QStringLiteral(": ") + QString::fromUtf8(sourceText);
        if (!m_missed.contains(entry))
            m_missed.append(entry);
    }
    return {};
}

QStringList TranslationAudit::missed() const
{
    return m_missed;
}

bool TranslationAudit::isUntranslatedEnglish(const QString &text) const
{
    const QString shown = plain(text);
    return m_translationOf.contains(shown) && !m_untranslatable.contains(shown) && !m_translations.contains(shown);
}

bool TranslationAudit::isTheSimulators(const QString &context)
{
    // The simulated device answers in English, as the real one does; its texts are never translated.
    return context.startsWith(QLatin1String("groov::sim::"));
}

bool TranslationAudit::isQtsOwn(const QString &context)
{
    // Qt's contexts are its class names (QWizard, QDialogButtonBox, ...); ours never start so.
    return context.size() > 1 && context.at(0) == QLatin1Char('Q') && context.at(1).isUpper();
}

} // namespace groov::test
