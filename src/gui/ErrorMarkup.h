#pragma once

#include <QCoreApplication>
#include <QString>

namespace groov::gui {

// Names the translation context of the words errorHtml() adds.
class ErrorMarkup
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMarkup)
};

// The one red of a problem said in a label's rich text, with a sign and a word before it, so that colour is never the
// only signal; the text is escaped here.
inline QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#c62828\">&#9888; %1 %2</span>")
        .arg(ErrorMarkup::tr("Error:").toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace groov::gui
