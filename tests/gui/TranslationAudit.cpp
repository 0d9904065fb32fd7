#include "TranslationAudit.h"

namespace groov::test {

TranslationAudit::TranslationAudit(const QString &language)
    : m_ready(m_shipped.load(QStringLiteral("groov_") + language, QStringLiteral(":/i18n")))
{}

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
