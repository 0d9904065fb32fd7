#include "TsCatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace groov::test {

TsCatalogue::TsCatalogue(const QString &language)
{
    QFile file(QStringLiteral(GROOV_SOURCE_DIR "/translations/groov_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
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
            if (translation != source)
                m_translationOf.insert(source, translation);
        }
    }
    if (xml.hasError())
        m_translationOf.clear();
}

bool TsCatalogue::isUntranslatedEnglish(const QString &text) const
{
    const QString shown = plain(text);
    return m_translationOf.contains(shown) && !m_translations.contains(shown);
}

QString TsCatalogue::plain(QString text)
{
    return text.remove(QLatin1Char('&')).trimmed();
}

} // namespace groov::test
